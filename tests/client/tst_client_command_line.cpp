// The privateca-server command line as a user meets it: the one "Listening on" line, loopback
// unless --allow-remote (with a warning), credentials from the environment, a wrong
// passphrase refused, SIGINT as clean as SIGTERM.
#include "ServerProcess.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace pca::test;

class TestClientCommandLine : public QObject
{
    Q_OBJECT

private:
    static ClientRun runServer(const ServerProcess &server, const QStringList &arguments)
    {
        return server.run(QStringLiteral(PRIVATECA_SERVER_BINARY),
                          QStringList{QStringLiteral("--data-dir"), server.dataDirectory()} +
                              arguments,
                          QByteArray(), 60'000);
    }

private Q_SLOTS:
    void listeningLineAndSigint()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QCOMPARE(server.startupOutput().count(QStringLiteral("Listening on ")), 1);
        QVERIFY(server.startupOutput().contains(QStringLiteral("Public URL: ") + server.url()));
        QVERIFY(server.startupOutput().contains(
            QStringLiteral("export AWS_SHARED_CREDENTIALS_FILE=") + server.credentialsFile()));
        const ClientRun list =
            server.aws({QStringLiteral("acm-pca"), QStringLiteral("list-certificate-authorities")});
        PCA_VERIFY_RUN(list);
        QCOMPARE(server.stopWith(SIGINT), 0);
    }

    void loopbackUnlessAllowed()
    {
        ServerProcess server;
        const ClientRun refused =
            runServer(server, {QStringLiteral("--passphrase-file"), server.passphraseFile(),
                               QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--allow-remote"), qPrintable(refused.describe()));

        QVERIFY(server.start({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                              QStringLiteral("--allow-remote"), QStringLiteral("--public-url"),
                              QStringLiteral("http://pki.example.test:8080")}));
        QVERIFY(server.url().startsWith(QStringLiteral("http://0.0.0.0:")));
        QCOMPARE(server.stop(), 0);
        QVERIFY2(server.serverErrors().contains(QStringLiteral("warning: listening on 0.0.0.0")),
                 qPrintable(server.serverErrors()));
        QVERIFY(server.startupOutput().contains(
            QStringLiteral("Public URL: http://pki.example.test:8080")));
    }

    void wrongPassphraseIsRefused()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QCOMPARE(server.stop(), 0);
        const ClientRun wrong = server.run(
            QStringLiteral(PRIVATECA_SERVER_BINARY),
            {QStringLiteral("--data-dir"), server.dataDirectory(), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0")},
            QByteArray(), 60'000, {QStringLiteral("PRIVATECA_PASSPHRASE=not the passphrase")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("passphrase"), qPrintable(wrong.describe()));
        QVERIFY(!wrong.out.contains("Listening on"));
    }

    void credentialsFromTheEnvironment()
    {
        ServerProcess server;
        QVERIFY(
            server.start({}, {QStringLiteral("PRIVATECA_ACCESS_KEY_ID=AKPCFROMENVIRONMENT0"),
                              QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY=environment-secret")}));
        QVERIFY(server.startupOutput().contains(QStringLiteral("AKPCFROMENVIRONMENT0")));
        QVERIFY(!QFile::exists(server.credentialsFile()));
        const ClientRun list =
            server.aws({QStringLiteral("acm-pca"), QStringLiteral("list-certificate-authorities")},
                       {QStringLiteral("AWS_ACCESS_KEY_ID=AKPCFROMENVIRONMENT0"),
                        QStringLiteral("AWS_SECRET_ACCESS_KEY=environment-secret")});
        PCA_VERIFY_RUN(list);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientCommandLine)
#include "tst_client_command_line.moc"

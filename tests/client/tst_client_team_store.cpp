// The team store: privateca-server on PostgreSQL (--store URL) and `store copy` between SQLite
// and PostgreSQL, checked by what real clients (boto3) read back from each copy.
#include "ServerProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pca::test;

namespace {

ClientRun runServerBinary(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PRIVATECA_PASSPHRASE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PRIVATECA_SERVER_BINARY), arguments);
    ClientRun run;
    if (!process.waitForFinished(300'000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TeamStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeUrlsAreChecked();
    void copyRoundTripsSqlitePostgresSqlite();

private:
    // A fresh schema of the fixture's cluster, as a store URL.
    QString postgresUrl(const QString &schema) const;
    QString fingerprint(const ServerProcess &server, const QString &stateFile) const;

    QString m_socketDirectory;
};

void TeamStoreTest::initTestCase()
{
    m_socketDirectory = qEnvironmentVariable("PRIVATECA_TEST_PG_DIR");
    QVERIFY2(!m_socketDirectory.isEmpty(), "PRIVATECA_TEST_PG_DIR names the test cluster");
}

QString TeamStoreTest::postgresUrl(const QString &schema) const
{
    // One arg() call: the socket directory's %2F escapes are not placeholders.
    return QStringLiteral("postgresql://privateca@%1/privateca_test?schema=%2_%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_socketDirectory)), schema,
             QString::number(QCoreApplication::applicationPid()));
}

QString TeamStoreTest::fingerprint(const ServerProcess &server, const QString &stateFile) const
{
    const ClientRun run = server.run(
        QStringLiteral("/usr/bin/python3"),
        {QDir(QStringLiteral(PRIVATECA_CLIENT_TEST_DIR)).filePath(QStringLiteral("team_store.py")),
         QStringLiteral("fingerprint"), stateFile});
    if (run.exitCode != 0)
        return QStringLiteral("fingerprint failed: ") + run.describe();
    return QString::fromUtf8(run.out.trimmed());
}

void TeamStoreTest::storeUrlsAreChecked()
{
    ServerProcess server;
    const struct
    {
        const char *location;
        const char *message;
    } cases[] = {
        {"mysql://db.example/pca", "is not a postgresql:// URL"},
        {"postgresql://privateca@localhost/pca?schema=Team-A", "the schema name 'Team-A'"},
        {"postgresql://privateca@localhost:99999/pca", "'99999' is not a port number"},
        {"postgresql://privateca@localhost/pca?sslmode", "the parameter 'sslmode' has no value"},
    };
    for (const auto &bad : cases) {
        QVERIFY(!server.start({QStringLiteral("--store"), QString::fromLatin1(bad.location)}));
        QVERIFY2(server.serverErrors().contains(QLatin1String(bad.message)),
                 qPrintable(server.serverErrors()));
    }
    // A reachable cluster without the schema's store: the store is created there.
    const QString url = postgresUrl(QStringLiteral("fresh"));
    QVERIFY2(server.start({QStringLiteral("--store"), url}), qPrintable(server.serverErrors()));
    QVERIFY2(server.startupOutput().contains(QStringLiteral("Created a new store in ") + url),
             qPrintable(server.startupOutput()));
    PCA_VERIFY_RUN(
        server.aws({QStringLiteral("acm-pca"), QStringLiteral("list-certificate-authorities")}));
    QCOMPARE(server.stop(), 0);
    // Started again, it opens the store it created (same account).
    QVERIFY2(server.start({QStringLiteral("--store"), url}), qPrintable(server.serverErrors()));
    QVERIFY(!server.startupOutput().contains(QStringLiteral("Created a new store")));
    QCOMPARE(server.stop(), 0);
}

void TeamStoreTest::copyRoundTripsSqlitePostgresSqlite()
{
    // A SQLite store with a bit of everything.
    ServerProcess original;
    QVERIFY2(original.start(), qPrintable(original.serverErrors()));
    const QString stateFile = QDir(original.workDirectory()).filePath(QStringLiteral("team.json"));
    PCA_VERIFY_RUN(original.run(
        QStringLiteral("/usr/bin/python3"),
        {QDir(QStringLiteral(PRIVATECA_CLIENT_TEST_DIR)).filePath(QStringLiteral("team_store.py")),
         QStringLiteral("populate"), stateFile}));
    const QString expected = fingerprint(original, stateFile);
    QVERIFY2(expected.startsWith(QLatin1Char('{')), qPrintable(expected));
    QCOMPARE(original.stop(), 0);

    // SQLite → PostgreSQL.
    const QString url = postgresUrl(QStringLiteral("copied"));
    ClientRun copy =
        runServerBinary({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                         original.dataDirectory(), QStringLiteral("--to"), url,
                         QStringLiteral("--passphrase-file"), original.passphraseFile()});
    PCA_VERIFY_RUN(copy);
    QVERIFY2(copy.out.contains("audit trail (") && copy.out.contains(") verified."),
             qPrintable(copy.describe()));
    QVERIFY2(copy.out.contains(" 5 certificates read back"), qPrintable(copy.describe()));

    ServerProcess onPostgres;
    QVERIFY2(onPostgres.start({QStringLiteral("--store"), url}),
             qPrintable(onPostgres.serverErrors()));
    QCOMPARE(fingerprint(onPostgres, stateFile), expected);
    QCOMPARE(onPostgres.stop(), 0);

    // PostgreSQL → SQLite, into the directory a new server then opens as its own store.
    ServerProcess back;
    copy =
        runServerBinary({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                         url, QStringLiteral("--to"), back.dataDirectory(),
                         QStringLiteral("--passphrase-file"), original.passphraseFile()});
    PCA_VERIFY_RUN(copy);
    QVERIFY2(back.start(), qPrintable(back.serverErrors()));
    QVERIFY(!back.startupOutput().contains(QStringLiteral("Created a new store")));
    QCOMPARE(fingerprint(back, stateFile), expected);
    QCOMPARE(back.stop(), 0);

    // A target that holds a store is refused, and left as it was.
    copy =
        runServerBinary({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                         original.dataDirectory(), QStringLiteral("--to"), url,
                         QStringLiteral("--passphrase-file"), original.passphraseFile()});
    QCOMPARE(copy.exitCode, 1);
    QVERIFY2(copy.err.contains("already holds a store"), qPrintable(copy.describe()));
    // The wrong passphrase copies nothing.
    QFile wrong(QDir(original.workDirectory()).filePath(QStringLiteral("wrong")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not the passphrase\n");
    wrong.close();
    const QString untouched = postgresUrl(QStringLiteral("never"));
    copy =
        runServerBinary({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                         original.dataDirectory(), QStringLiteral("--to"), untouched,
                         QStringLiteral("--passphrase-file"), wrong.fileName()});
    QCOMPARE(copy.exitCode, 1);
    QVERIFY2(copy.err.contains("passphrase"), qPrintable(copy.describe()));
    ServerProcess probe;
    QVERIFY2(probe.start({QStringLiteral("--store"), untouched}), qPrintable(probe.serverErrors()));
    QVERIFY2(probe.startupOutput().contains(QStringLiteral("Created a new store")),
             "the failed copy left no store behind");
    QCOMPARE(probe.stop(), 0);
}

QTEST_GUILESS_MAIN(TeamStoreTest)
#include "tst_client_team_store.moc"

// Configuration helpers of privateca-server: --listen parsing and the credentials (environment
// first, else an AWS shared-credentials file created 0600 with random keys).
#include "AccessCredentials.h"
#include "ListenAddress.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pca::server;

class TestServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenAddresses()
    {
        ListenAddress a = ListenAddress::parse(QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(a.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(a.port, quint16(8080));
        QVERIFY(a.isLoopback());
        QCOMPARE(a.authority(9000), QStringLiteral("127.0.0.1:9000"));

        a = ListenAddress::parse(QStringLiteral("[::1]:0"));
        QCOMPARE(a.address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(a.port, quint16(0));
        QVERIFY(a.isLoopback());
        QCOMPARE(a.authority(1234), QStringLiteral("[::1]:1234"));

        a = ListenAddress::parse(QStringLiteral("localhost:80"));
        QVERIFY(a.isLoopback());

        a = ListenAddress::parse(QStringLiteral("0.0.0.0:8443"));
        QVERIFY(!a.isLoopback());
        QVERIFY(a.isWildcard());
        a = ListenAddress::parse(QStringLiteral("192.168.1.10:8080"));
        QVERIFY(!a.isLoopback());
        QVERIFY(!a.isWildcard());

        for (const char *bad :
             {"127.0.0.1", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:+80",
              "::1:8080", "[::1]8080", "example.com:80", ":8080", "999.1.1.1:80"}) {
            bool threw = false;
            try {
                ListenAddress::parse(QString::fromLatin1(bad));
            } catch (const ConfigurationError &) {
                threw = true;
            }
            QVERIFY2(threw, bad);
        }
    }

    void generatedKeys()
    {
        QSet<QByteArray> ids;
        for (int i = 0; i < 50; ++i) {
            const AccessKey key = SharedCredentialsFile::generate();
            QCOMPARE(key.accessKeyId.size(), 20);
            QVERIFY(key.accessKeyId.startsWith("AKPC"));
            for (char c : key.accessKeyId)
                QVERIFY((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'));
            QCOMPARE(key.secretAccessKey.size(), 40);
            ids.insert(key.accessKeyId);
        }
        QCOMPARE(ids.size(), 50);
    }

    void credentialsFileIsCreatedPrivateAndReused()
    {
        QTemporaryDir dir;
        const QProcessEnvironment empty;
        const ServerCredentials first = loadOrCreateCredentials(dir.path(), empty);
        QVERIFY(first.created);
        QCOMPARE(first.filePath, QDir(dir.path()).filePath(QStringLiteral("credentials")));
        QCOMPARE(QFile::permissions(first.filePath),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QFile file(first.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("[privateca]\n"));
        QVERIFY(content.contains("aws_access_key_id = " + first.key.accessKeyId + "\n"));
        QVERIFY(content.contains("aws_secret_access_key = " + first.key.secretAccessKey + "\n"));

        const ServerCredentials second = loadOrCreateCredentials(dir.path(), empty);
        QVERIFY(!second.created);
        QCOMPARE(second.key.accessKeyId, first.key.accessKeyId);
        QCOMPARE(second.key.secretAccessKey, first.key.secretAccessKey);

        // Never overwritten.
        bool threw = false;
        try {
            SharedCredentialsFile::create(first.filePath, QStringLiteral("privateca"),
                                          SharedCredentialsFile::generate());
        } catch (const ConfigurationError &) {
            threw = true;
        }
        QVERIFY(threw);
    }

    void credentialsFileWithOtherProfiles()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("credentials"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[default]\naws_access_key_id=WRONG\naws_secret_access_key=WRONG\n"
                   "; comment\n[privateca]\n  aws_access_key_id =  AKPCRIGHT  \n"
                   "# comment\naws_secret_access_key=s3cr3t/+=\n[other]\naws_access_key_id=X\n");
        file.close();
        const auto key = SharedCredentialsFile::read(path, QStringLiteral("privateca"));
        QVERIFY(key);
        QCOMPARE(key->accessKeyId, QByteArray("AKPCRIGHT"));
        QCOMPARE(key->secretAccessKey, QByteArray("s3cr3t/+="));
        QVERIFY(!SharedCredentialsFile::read(path, QStringLiteral("other")));
    }

    void environmentWins()
    {
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PRIVATECA_ACCESS_KEY_ID"), QStringLiteral("AKPCFROMENV"));
        env.insert(QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY"), QStringLiteral("env-secret"));
        const ServerCredentials credentials = loadOrCreateCredentials(dir.path(), env);
        QCOMPARE(credentials.key.accessKeyId, QByteArray("AKPCFROMENV"));
        QCOMPARE(credentials.key.secretAccessKey, QByteArray("env-secret"));
        QVERIFY(credentials.filePath.isEmpty());
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("credentials"))));

        env.remove(QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY"));
        bool threw = false;
        try {
            loadOrCreateCredentials(dir.path(), env);
        } catch (const ConfigurationError &) {
            threw = true;
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"

// boto3 (Debian's python3-boto3 under /usr/bin/python3) against a spawned privateca-server:
// the full lifecycle with waiters and paginators, then a restart on the same store; error
// codes as botocore reports them; what Terraform, cert-manager's issuer and the SDK waiters and
// paginators rely on; SigV4 rejections with botocore's own signer; Certificate Manager through
// boto3's acm client.
#include "ServerProcess.h"

#include <QFile>
#include <QTest>

using namespace pca::test;

class TestClientBoto3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycleThenRestart()
    {
        ServerProcess server;
        QVERIFY(server.start());
        // The credentials file the server created is what the clients use.
        QVERIFY2(server.startupOutput().contains(QStringLiteral("Credentials: ") +
                                                 server.credentialsFile() +
                                                 QStringLiteral(" (profile privateca, created)")),
                 qPrintable(server.startupOutput()));
        QCOMPARE(QFile::permissions(server.credentialsFile()) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        PCA_VERIFY_RUN(server.python(QStringLiteral("boto3_lifecycle.py")));
        QCOMPARE(server.stop(), 0); // SIGTERM: a clean exit

        QVERIFY(server.start());
        QVERIFY(!server.startupOutput().contains(QStringLiteral("Created a new store")));
        QVERIFY(!server.startupOutput().contains(QStringLiteral(", created)")));
        PCA_VERIFY_RUN(server.python(QStringLiteral("boto3_after_restart.py")));
        QCOMPARE(server.stop(), 0);
    }

    void errorCodes()
    {
        ServerProcess server;
        QVERIFY(server.start());
        PCA_VERIFY_RUN(server.python(QStringLiteral("boto3_errors.py")));
        QCOMPARE(server.stop(), 0);
    }

    // Certificate Manager's acm client: request, waiter, export, renewal with and without the
    // CA's grant to acm.amazonaws.com, paginated lists, tags, import, errors.
    void certificateManager()
    {
        ServerProcess server;
        QVERIFY(server.start());
        PCA_VERIFY_RUN(server.python(QStringLiteral("boto3_acm.py")));
        QCOMPARE(server.stop(), 0);
    }

    // The calls Terraform's AWS provider, cert-manager's aws-privateca-issuer and the SDK
    // waiters and paginators make, with the error codes and AWS's sentences they match on
    // (docs/server.md, "Client compatibility").
    void clientCompatibility()
    {
        ServerProcess server;
        QVERIFY(server.start());
        PCA_VERIFY_RUN(server.python(QStringLiteral("boto3_client_compat.py")));
        QCOMPARE(server.stop(), 0);
    }

    void sigv4Rejections()
    {
        ServerProcess server;
        QVERIFY(server.start());
        PCA_VERIFY_RUN(server.python(QStringLiteral("boto3_sigv4.py")));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientBoto3)
#include "tst_client_boto3.moc"

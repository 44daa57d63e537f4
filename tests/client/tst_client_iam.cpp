// Callers with real clients: `privateca-server account` to add partner accounts, boto3 for IAM
// users, identity and resource policies, STS and CloudTrail (boto3_iam.py, 60 cases), and the
// aws CLI for the walkthrough of docs/server.md ("Callers and policies").
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace pca::test;

namespace {

struct AccountKey
{
    QString accountId;
    QString keyId;
    QString secret;
};

QJsonObject json(const ClientRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestClientIam : public QObject
{
    Q_OBJECT

private:
    static ClientRun account(const ServerProcess &server, const QStringList &arguments)
    {
        return server.run(QStringLiteral(PRIVATECA_SERVER_BINARY),
                          QStringList{QStringLiteral("--data-dir"), server.dataDirectory(),
                                      QStringLiteral("--passphrase-file"), server.passphraseFile(),
                                      QStringLiteral("account")} +
                              arguments,
                          QByteArray(), 60'000);
    }

    // The key an `account create` printed (a shared-credentials profile).
    static AccountKey keyOf(const ClientRun &run)
    {
        const QString out = QString::fromUtf8(run.out);
        AccountKey key;
        key.accountId =
            QRegularExpression(QStringLiteral("# Account (\\d{12})")).match(out).captured(1);
        key.keyId =
            QRegularExpression(QStringLiteral("aws_access_key_id = (\\S+)")).match(out).captured(1);
        key.secret = QRegularExpression(QStringLiteral("aws_secret_access_key = (\\S+)"))
                         .match(out)
                         .captured(1);
        return key;
    }

    static QStringList as(const AccountKey &key)
    {
        return {QStringLiteral("AWS_ACCESS_KEY_ID=") + key.keyId,
                QStringLiteral("AWS_SECRET_ACCESS_KEY=") + key.secret};
    }

private Q_SLOTS:
    // The 60 cases of boto3_iam.py: an issuer limited to a template, a read-only auditor, an
    // explicit Deny over FullAccess, conditions on the CA's tags, inactive keys and deleted
    // users, a partner account before and after the CA's resource policy, and the event
    // history showing who did what and what was refused.
    void policiesWithBoto3()
    {
        ServerProcess server;
        QVERIFY(server.start());
        const ClientRun created =
            account(server, {QStringLiteral("create"), QStringLiteral("--account-id"),
                             QStringLiteral("111122223333"), QStringLiteral("--name"),
                             QStringLiteral("partner")});
        PCA_VERIFY_RUN(created);
        const AccountKey partner = keyOf(created);
        QCOMPARE(partner.accountId, QStringLiteral("111122223333"));
        const ClientRun run = server.run(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(PRIVATECA_CLIENT_TEST_DIR "/boto3_iam.py")}, QByteArray(), 600'000,
            {QStringLiteral("PARTNER_ACCOUNT=") + partner.accountId,
             QStringLiteral("PARTNER_KEY_ID=") + partner.keyId,
             QStringLiteral("PARTNER_SECRET=") + partner.secret});
        PCA_VERIFY_RUN(run);
        QVERIFY2(run.out.contains("61 cases passed"), run.out.right(400).constData());
        QCOMPARE(server.stop(), 0);
    }

    // `privateca-server account`: create (with and without the server running), list, errors,
    // delete — after which the running server refuses the account's key on the next request.
    void accountCommand()
    {
        ServerProcess server;
        QVERIFY(server.start());
        const ClientRun created =
            account(server, {QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("Team Blue")});
        PCA_VERIFY_RUN(created);
        const AccountKey blue = keyOf(created);
        QVERIFY2(blue.accountId.size() == 12 && blue.keyId.startsWith(QStringLiteral("AKIA")) &&
                     blue.secret.size() == 40,
                 created.out.constData());
        QVERIFY2(created.out.contains("\n[team-blue]\n"), created.out.constData());

        // The new administrator is the root of its own account, at once.
        const ClientRun who =
            server.aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, as(blue));
        PCA_VERIFY_RUN(who);
        QCOMPARE(json(who).value(QStringLiteral("Arn")).toString(),
                 QStringLiteral("arn:aws:iam::%1:root").arg(blue.accountId));

        const ClientRun duplicate = account(
            server, {QStringLiteral("create"), QStringLiteral("--account-id"), blue.accountId});
        QVERIFY(duplicate.exitCode != 0);
        QVERIFY2(duplicate.err.contains("already exists"), qPrintable(duplicate.describe()));
        const ClientRun malformed =
            account(server, {QStringLiteral("create"), QStringLiteral("--account-id"),
                             QStringLiteral("12345")});
        QVERIFY(malformed.exitCode != 0);
        QVERIFY2(malformed.err.contains("12 digits"), qPrintable(malformed.describe()));

        const ClientRun listed = account(server, {QStringLiteral("list")});
        PCA_VERIFY_RUN(listed);
        QVERIFY2(listed.out.contains(blue.accountId.toUtf8()) && listed.out.contains("Team Blue") &&
                     listed.out.contains("the store's account"),
                 listed.out.constData());

        const ClientRun whoami =
            server.aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")});
        PCA_VERIFY_RUN(whoami);
        const QString storeAccount = json(whoami).value(QStringLiteral("Account")).toString();
        const ClientRun storeRefused = account(server, {QStringLiteral("delete"), storeAccount});
        QVERIFY(storeRefused.exitCode != 0);
        QVERIFY2(storeRefused.err.contains("store's own account"),
                 qPrintable(storeRefused.describe()));

        PCA_VERIFY_RUN(account(server, {QStringLiteral("delete"), blue.accountId}));
        const ClientRun gone =
            server.aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, as(blue));
        QVERIFY(gone.exitCode != 0);
        QVERIFY2(gone.err.contains("InvalidClientTokenId"), qPrintable(gone.describe()));
        QVERIFY(!account(server, {QStringLiteral("list")}).out.contains(blue.accountId.toUtf8()));
        QCOMPARE(server.stop(), 0);

        // Without a running server too.
        const ClientRun offline =
            account(server, {QStringLiteral("create"), QStringLiteral("--account-id"),
                             QStringLiteral("444455556666")});
        PCA_VERIFY_RUN(offline);
        QVERIFY(server.start());
        const ClientRun partnerWho = server.aws(
            {QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, as(keyOf(offline)));
        PCA_VERIFY_RUN(partnerWho);
        QCOMPARE(json(partnerWho).value(QStringLiteral("Account")).toString(),
                 QStringLiteral("444455556666"));
        QCOMPARE(server.stop(), 0);
    }

    // --event-retention-days 0 keeps no history: calls work, LookupEvents says why it cannot.
    void withoutEventHistory()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--event-retention-days"), QStringLiteral("0")}));
        PCA_VERIFY_RUN(server.aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}));
        const ClientRun lookup =
            server.aws({QStringLiteral("cloudtrail"), QStringLiteral("lookup-events")});
        QVERIFY(lookup.exitCode != 0);
        QVERIFY2(lookup.err.contains("OperationNotPermittedException") &&
                     lookup.err.contains("no event history"),
                 qPrintable(lookup.describe()));
        QCOMPARE(server.stop(), 0);
        QVERIFY(!server.start({QStringLiteral("--event-retention-days"), QStringLiteral("-1")}));
    }

    // The walkthrough of docs/server.md with the aws CLI: a user who may only issue from one
    // CA, its key, who it is, and the event history after a restart.
    void walkthroughWithAwsCli()
    {
        ServerProcess server;
        QVERIFY(server.start());
        const ClientRun ca = server.aws(
            {QStringLiteral("acm-pca"), QStringLiteral("create-certificate-authority"),
             QStringLiteral("--certificate-authority-type"), QStringLiteral("ROOT"),
             QStringLiteral("--certificate-authority-configuration"),
             QStringLiteral("KeyAlgorithm=EC_prime256v1,SigningAlgorithm=SHA256WITHECDSA,"
                            "Subject={CommonName=Walkthrough Root}")});
        PCA_VERIFY_RUN(ca);
        const QString caArn = json(ca).value(QStringLiteral("CertificateAuthorityArn")).toString();

        PCA_VERIFY_RUN(server.aws({QStringLiteral("iam"), QStringLiteral("create-user"),
                                   QStringLiteral("--user-name"), QStringLiteral("web-issuer")}));
        const QString policy =
            QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                           "\"Action\":[\"acm-pca:IssueCertificate\",\"acm-pca:GetCertificate\"],"
                           "\"Resource\":\"%1\"}]}")
                .arg(caArn);
        PCA_VERIFY_RUN(server.aws({QStringLiteral("iam"), QStringLiteral("put-user-policy"),
                                   QStringLiteral("--user-name"), QStringLiteral("web-issuer"),
                                   QStringLiteral("--policy-name"), QStringLiteral("issue"),
                                   QStringLiteral("--policy-document"), policy}));
        const ClientRun key =
            server.aws({QStringLiteral("iam"), QStringLiteral("create-access-key"),
                        QStringLiteral("--user-name"), QStringLiteral("web-issuer")});
        PCA_VERIFY_RUN(key);
        const QJsonObject accessKey = json(key).value(QStringLiteral("AccessKey")).toObject();
        const AccountKey user{QString(), accessKey.value(QStringLiteral("AccessKeyId")).toString(),
                              accessKey.value(QStringLiteral("SecretAccessKey")).toString()};
        QVERIFY(user.secret.size() == 40);

        const ClientRun who =
            server.aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, as(user));
        PCA_VERIFY_RUN(who);
        QVERIFY(json(who)
                    .value(QStringLiteral("Arn"))
                    .toString()
                    .endsWith(QStringLiteral(":user/web-issuer")));
        const ClientRun refused =
            server.aws({QStringLiteral("acm-pca"), QStringLiteral("update-certificate-authority"),
                        QStringLiteral("--certificate-authority-arn"), caArn,
                        QStringLiteral("--status"), QStringLiteral("DISABLED")},
                       as(user));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("AccessDeniedException") &&
                     refused.err.contains("is not authorized to perform: "
                                          "acm-pca:UpdateCertificateAuthority"),
                 qPrintable(refused.describe()));
        const ClientRun users = server.aws({QStringLiteral("iam"), QStringLiteral("list-users")});
        PCA_VERIFY_RUN(users);
        QCOMPARE(json(users).value(QStringLiteral("Users")).toArray().size(), 1);

        // The history is written in the background; a clean stop writes what is buffered.
        QCOMPARE(server.stop(), 0);
        QVERIFY(server.start());
        const ClientRun events =
            server.aws({QStringLiteral("cloudtrail"), QStringLiteral("lookup-events"),
                        QStringLiteral("--lookup-attributes"),
                        QStringLiteral("AttributeKey=Username,AttributeValue=web-issuer")});
        PCA_VERIFY_RUN(events);
        const QJsonArray list = json(events).value(QStringLiteral("Events")).toArray();
        QStringList seen;
        for (const QJsonValue &event : list) {
            const QJsonObject record =
                QJsonDocument::fromJson(
                    event.toObject().value(QStringLiteral("CloudTrailEvent")).toString().toUtf8())
                    .object();
            seen << record.value(QStringLiteral("eventName")).toString() + QLatin1Char(':') +
                        record.value(QStringLiteral("errorCode")).toString();
        }
        QVERIFY2(
            seen.contains(QStringLiteral("UpdateCertificateAuthority:AccessDeniedException")) &&
                seen.contains(QStringLiteral("GetCallerIdentity:")),
            qPrintable(seen.join(QLatin1Char(' '))));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientIam)
#include "tst_client_iam.moc"

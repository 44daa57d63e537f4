// The aws CLI v2 of Debian (/usr/bin/aws, with its older acm-pca model) against a spawned
// privateca-server: every acm-pca command a user runs through a CA's life, the CLI waiters,
// pagination, reading the audit report with `aws s3 cp`, errors as the CLI prints them, and
// Certificate Manager with `aws acm`.
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pca::test;

// Runs `aws <arguments>`, requires success and parses its JSON output into `var`.
#define AWS_JSON(var, ...)                                                                         \
    QJsonObject var;                                                                               \
    do {                                                                                           \
        const ClientRun run_ = m_server->aws(__VA_ARGS__);                                         \
        QVERIFY2(run_.exitCode == 0, qPrintable(run_.describe()));                                 \
        var = QJsonDocument::fromJson(run_.out).object();                                          \
    } while (false)

// Runs `aws <arguments>` and requires the service error `code` as the CLI prints it.
#define AWS_ERROR(code, operation, ...)                                                            \
    do {                                                                                           \
        const ClientRun run_ = m_server->aws(__VA_ARGS__);                                         \
        QVERIFY2(run_.exitCode == 254, qPrintable(run_.describe()));                               \
        QVERIFY2(run_.err.contains("An error occurred (" code ") when calling the " operation      \
                                   " operation"),                                                  \
                 qPrintable(run_.describe()));                                                     \
    } while (false)

class TestClientAwsCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;

    QString file(const QString &name, const QByteArray &content = QByteArray())
    {
        const QString path = QDir(m_server->workDirectory()).filePath(name);
        if (!content.isNull()) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write %s", qPrintable(path));
            f.write(content);
        }
        return path;
    }

    QByteArray opensslCsr(const QString &name, const QString &commonName)
    {
        const ClientRun run =
            m_server->run(QStringLiteral("/usr/bin/openssl"),
                          {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"), file(name + QStringLiteral(".key")),
                           QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                           QStringLiteral("-out"), file(name + QStringLiteral(".csr"))});
        return run.exitCode == 0 ? QByteArray("ok") : run.describe().toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->start());
        const ClientRun version =
            m_server->run(QStringLiteral("/usr/bin/aws"), {QStringLiteral("--version")});
        QVERIFY2(version.out.startsWith("aws-cli/2."), qPrintable(version.describe()));
    }

    void cleanupTestCase() { QCOMPARE(m_server->stop(), 0); }

    void caLifecycle()
    {
        AWS_JSON(empty, {"acm-pca", "list-certificate-authorities"});
        QCOMPARE(empty.value("CertificateAuthorities").toArray().size(), 0);

        // Root CA with CRLs and OCSP.
        file("ca-config.json", R"({"KeyAlgorithm": "EC_prime256v1",
            "SigningAlgorithm": "SHA256WITHECDSA",
            "Subject": {"Country": "US", "Organization": "Example Corp", "CommonName": "CLI Root"}})");
        file("revocation.json", R"({"CrlConfiguration": {"Enabled": true, "ExpirationInDays": 7,
            "S3BucketName": "cli-crls"}, "OcspConfiguration": {"Enabled": true}})");
        AWS_JSON(created, {"acm-pca", "create-certificate-authority",
                           "--certificate-authority-configuration", "file://ca-config.json",
                           "--revocation-configuration", "file://revocation.json",
                           "--certificate-authority-type", "ROOT", "--tags", "Key=team,Value=pki"});
        const QString arn = created.value("CertificateAuthorityArn").toString();
        QVERIFY(arn.startsWith("arn:aws:acm-pca:us-east-1:"));
        AWS_JSON(waited, {"acm-pca", "wait", "certificate-authority-csr-created",
                          "--certificate-authority-arn", arn});
        AWS_JSON(csr,
                 {"acm-pca", "get-certificate-authority-csr", "--certificate-authority-arn", arn});
        file("root.csr", csr.value("Csr").toString().toLatin1());
        AWS_JSON(issued, {"acm-pca", "issue-certificate", "--certificate-authority-arn", arn,
                          "--csr", "fileb://root.csr", "--signing-algorithm", "SHA256WITHECDSA",
                          "--template-arn", "arn:aws:acm-pca:::template/RootCACertificate/V1",
                          "--validity", "Value=10,Type=YEARS"});
        const QString rootCertArn = issued.value("CertificateArn").toString();
        AWS_JSON(issuedWait,
                 {"acm-pca", "wait", "certificate-issued", "--certificate-authority-arn", arn,
                  "--certificate-arn", rootCertArn});
        AWS_JSON(rootCert, {"acm-pca", "get-certificate", "--certificate-authority-arn", arn,
                            "--certificate-arn", rootCertArn});
        file("root.pem", rootCert.value("Certificate").toString().toLatin1());
        AWS_JSON(imported,
                 {"acm-pca", "import-certificate-authority-certificate",
                  "--certificate-authority-arn", arn, "--certificate", "fileb://root.pem"});
        AWS_JSON(described,
                 {"acm-pca", "describe-certificate-authority", "--certificate-authority-arn", arn});
        QCOMPARE(described.value("CertificateAuthority").toObject().value("Status").toString(),
                 QStringLiteral("ACTIVE"));

        // A server certificate, verified with openssl.
        QCOMPARE(opensslCsr("leaf", "cli.example.com"), QByteArray("ok"));
        AWS_JSON(leaf,
                 {"acm-pca", "issue-certificate", "--certificate-authority-arn", arn, "--csr",
                  "fileb://leaf.csr", "--signing-algorithm", "SHA256WITHECDSA", "--template-arn",
                  "arn:aws:acm-pca:::template/EndEntityServerAuthCertificate/V1", "--validity",
                  "Value=30,Type=DAYS", "--idempotency-token", "cli-leaf-1"});
        const QString leafArn = leaf.value("CertificateArn").toString();
        AWS_JSON(leafWait, {"acm-pca", "wait", "certificate-issued", "--certificate-authority-arn",
                            arn, "--certificate-arn", leafArn});
        AWS_JSON(leafCert, {"acm-pca", "get-certificate", "--certificate-authority-arn", arn,
                            "--certificate-arn", leafArn});
        file("leaf.pem", leafCert.value("Certificate").toString().toLatin1());
        const ClientRun verify =
            m_server->run(QStringLiteral("/usr/bin/openssl"),
                          {"verify", "-CAfile", file("root.pem"), file("leaf.pem")});
        QVERIFY2(verify.exitCode == 0 && verify.out.contains(": OK"),
                 qPrintable(verify.describe()));

        // Revocation, and its error when repeated.
        const QString serial = leafArn.section('/', -1);
        AWS_JSON(revoked, {"acm-pca", "revoke-certificate", "--certificate-authority-arn", arn,
                           "--certificate-serial", serial, "--revocation-reason", "SUPERSEDED"});
        AWS_ERROR("RequestAlreadyProcessedException", "RevokeCertificate",
                  {"acm-pca", "revoke-certificate", "--certificate-authority-arn", arn,
                   "--certificate-serial", serial, "--revocation-reason", "SUPERSEDED"});

        // Tags, with the CLI's pagination.
        AWS_JSON(tagged, {"acm-pca", "tag-certificate-authority", "--certificate-authority-arn",
                          arn, "--tags", "Key=env,Value=test", "Key=owner,Value=bob"});
        AWS_JSON(firstTag,
                 {"acm-pca", "list-tags", "--certificate-authority-arn", arn, "--max-items", "1"});
        QCOMPARE(firstTag.value("Tags").toArray().size(), 1);
        QVERIFY(!firstTag.value("NextToken").toString().isEmpty());
        AWS_JSON(allTags,
                 {"acm-pca", "list-tags", "--certificate-authority-arn", arn, "--page-size", "1"});
        QCOMPARE(allTags.value("Tags").toArray().size(), 3);
        AWS_JSON(untagged, {"acm-pca", "untag-certificate-authority", "--certificate-authority-arn",
                            arn, "--tags", "Key=owner"});
        AWS_JSON(twoTags, {"acm-pca", "list-tags", "--certificate-authority-arn", arn});
        QCOMPARE(twoTags.value("Tags").toArray().size(), 2);

        // Permissions for ACM.
        AWS_JSON(permitted, {"acm-pca", "create-permission", "--certificate-authority-arn", arn,
                             "--principal", "acm.amazonaws.com", "--actions", "IssueCertificate",
                             "GetCertificate", "ListPermissions"});
        AWS_JSON(permissions, {"acm-pca", "list-permissions", "--certificate-authority-arn", arn});
        QCOMPARE(permissions.value("Permissions").toArray().size(), 1);
        QCOMPARE(permissions.value("Permissions")
                     .toArray()
                     .first()
                     .toObject()
                     .value("Principal")
                     .toString(),
                 QStringLiteral("acm.amazonaws.com"));
        AWS_JSON(unpermitted, {"acm-pca", "delete-permission", "--certificate-authority-arn", arn,
                               "--principal", "acm.amazonaws.com"});
        AWS_JSON(noPermissions,
                 {"acm-pca", "list-permissions", "--certificate-authority-arn", arn});
        QCOMPARE(noPermissions.value("Permissions").toArray().size(), 0);

        // Resource policy.
        const QByteArray policy =
            QJsonDocument(
                QJsonObject{
                    {"Version", "2012-10-17"},
                    {"Statement", QJsonArray{QJsonObject{
                                      {"Sid", "ReadOnly"},
                                      {"Effect", "Allow"},
                                      {"Principal", QJsonObject{{"AWS", "111122223333"}}},
                                      {"Action", QJsonArray{"acm-pca:DescribeCertificateAuthority",
                                                            "acm-pca:GetCertificate"}},
                                      {"Resource", arn}}}}})
                .toJson(QJsonDocument::Compact);
        file("policy.json", policy);
        AWS_JSON(put, {"acm-pca", "put-policy", "--resource-arn", arn, "--policy",
                       "file://policy.json"});
        AWS_JSON(got, {"acm-pca", "get-policy", "--resource-arn", arn});
        QCOMPARE(QJsonDocument::fromJson(got.value("Policy").toString().toUtf8()),
                 QJsonDocument::fromJson(policy));
        AWS_JSON(deletedPolicy, {"acm-pca", "delete-policy", "--resource-arn", arn});
        AWS_ERROR("ResourceNotFoundException", "GetPolicy",
                  {"acm-pca", "get-policy", "--resource-arn", arn});

        // Audit report, read with `aws s3 cp` (SigV4 for S3 on the same server).
        AWS_JSON(report, {"acm-pca", "create-certificate-authority-audit-report",
                          "--certificate-authority-arn", arn, "--s3-bucket-name", "cli-audit",
                          "--audit-report-response-format", "CSV"});
        const QString reportId = report.value("AuditReportId").toString();
        const QString key = report.value("S3Key").toString();
        AWS_JSON(reportWait, {"acm-pca", "wait", "audit-report-created",
                              "--certificate-authority-arn", arn, "--audit-report-id", reportId});
        AWS_JSON(reportState, {"acm-pca", "describe-certificate-authority-audit-report",
                               "--certificate-authority-arn", arn, "--audit-report-id", reportId});
        QCOMPARE(reportState.value("AuditReportStatus").toString(), QStringLiteral("SUCCESS"));
        const ClientRun csv = m_server->aws({"s3", "cp", "s3://cli-audit/" + key, "-"});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        QVERIFY2(csv.out.startsWith("awsAccountId,"), csv.out.constData());
        QVERIFY(csv.out.contains(leafArn.toLatin1()));
        QVERIFY(csv.out.contains("SUPERSEDED"));

        // Disable, delete, restore.
        AWS_JSON(disabled, {"acm-pca", "update-certificate-authority",
                            "--certificate-authority-arn", arn, "--status", "DISABLED"});
        AWS_JSON(deleted, {"acm-pca", "delete-certificate-authority", "--certificate-authority-arn",
                           arn, "--permanent-deletion-time-in-days", "7"});
        AWS_JSON(afterDelete,
                 {"acm-pca", "describe-certificate-authority", "--certificate-authority-arn", arn});
        const QJsonObject deletedCa = afterDelete.value("CertificateAuthority").toObject();
        QCOMPARE(deletedCa.value("Status").toString(), QStringLiteral("DELETED"));
        QVERIFY(deletedCa.contains("RestorableUntil"));
        AWS_JSON(restored,
                 {"acm-pca", "restore-certificate-authority", "--certificate-authority-arn", arn});
        AWS_JSON(afterRestore,
                 {"acm-pca", "describe-certificate-authority", "--certificate-authority-arn", arn});
        QCOMPARE(afterRestore.value("CertificateAuthority").toObject().value("Status").toString(),
                 QStringLiteral("DISABLED"));
    }

    void paginationOfCas()
    {
        for (const char *name : {"Pager One", "Pager Two"}) {
            file("pager.json", QByteArray(R"({"KeyAlgorithm": "EC_prime256v1",
                "SigningAlgorithm": "SHA256WITHECDSA", "Subject": {"CommonName": ")") +
                                   name + "\"}}");
            AWS_JSON(created, {"acm-pca", "create-certificate-authority",
                               "--certificate-authority-configuration", "file://pager.json",
                               "--certificate-authority-type", "ROOT"});
        }
        AWS_JSON(all, {"acm-pca", "list-certificate-authorities", "--page-size", "1"});
        QCOMPARE(all.value("CertificateAuthorities").toArray().size(), 3);
        AWS_JSON(first, {"acm-pca", "list-certificate-authorities", "--max-items", "2"});
        QCOMPARE(first.value("CertificateAuthorities").toArray().size(), 2);
        const QString token = first.value("NextToken").toString();
        QVERIFY(!token.isEmpty());
        AWS_JSON(rest, {"acm-pca", "list-certificate-authorities", "--starting-token", token});
        QCOMPARE(rest.value("CertificateAuthorities").toArray().size(), 1);
    }

    // Certificate Manager with `aws acm`: a private certificate from a CA of the store, the
    // CLI's waiter, export decrypted by openssl, renewal refused and then allowed by the CA's
    // grant to acm.amazonaws.com.
    void certificateManager()
    {
        file("acm-ca.json", R"({"KeyAlgorithm": "RSA_2048", "SigningAlgorithm": "SHA256WITHRSA",
            "Subject": {"CommonName": "CLI ACM Root"}})");
        AWS_JSON(created, {"acm-pca", "create-certificate-authority",
                           "--certificate-authority-configuration", "file://acm-ca.json",
                           "--certificate-authority-type", "ROOT"});
        const QString ca = created.value("CertificateAuthorityArn").toString();
        AWS_JSON(csrReady, {"acm-pca", "wait", "certificate-authority-csr-created",
                            "--certificate-authority-arn", ca});
        AWS_JSON(csr,
                 {"acm-pca", "get-certificate-authority-csr", "--certificate-authority-arn", ca});
        file("acm-root.csr", csr.value("Csr").toString().toLatin1());
        AWS_JSON(rootIssued,
                 {"acm-pca", "issue-certificate", "--certificate-authority-arn", ca, "--csr",
                  "fileb://acm-root.csr", "--signing-algorithm", "SHA256WITHRSA", "--template-arn",
                  "arn:aws:acm-pca:::template/RootCACertificate/V1", "--validity",
                  "Value=5,Type=YEARS"});
        AWS_JSON(rootWait,
                 {"acm-pca", "wait", "certificate-issued", "--certificate-authority-arn", ca,
                  "--certificate-arn", rootIssued.value("CertificateArn").toString()});
        AWS_JSON(rootCert, {"acm-pca", "get-certificate", "--certificate-authority-arn", ca,
                            "--certificate-arn", rootIssued.value("CertificateArn").toString()});
        file("acm-root.pem", rootCert.value("Certificate").toString().toLatin1());
        AWS_JSON(imported,
                 {"acm-pca", "import-certificate-authority-certificate",
                  "--certificate-authority-arn", ca, "--certificate", "fileb://acm-root.pem"});

        AWS_ERROR("InvalidParameterException", "RequestCertificate",
                  {"acm", "request-certificate", "--domain-name", "public.example.com"});
        AWS_JSON(requested, {"acm", "request-certificate", "--domain-name", "cli.example.com",
                             "--subject-alternative-names", "cli.example.com",
                             "www.cli.example.com", "--certificate-authority-arn", ca});
        const QString arn = requested.value("CertificateArn").toString();
        QVERIFY(arn.startsWith("arn:aws:acm:us-east-1:"));
        // Issuance takes a moment; the CLI waiter (which polls once a minute) then answers at once.
        for (int i = 0; i < 100; ++i) {
            AWS_JSON(poll, {"acm", "describe-certificate", "--certificate-arn", arn});
            if (poll.value("Certificate").toObject().value("Status").toString() !=
                "PENDING_VALIDATION")
                break;
            QTest::qWait(200);
        }
        AWS_JSON(validated, {"acm", "wait", "certificate-validated", "--certificate-arn", arn});
        AWS_JSON(described, {"acm", "describe-certificate", "--certificate-arn", arn});
        const QJsonObject detail = described.value("Certificate").toObject();
        QCOMPARE(detail.value("Status").toString(), QStringLiteral("ISSUED"));
        QCOMPARE(detail.value("Type").toString(), QStringLiteral("PRIVATE"));
        QCOMPARE(detail.value("KeyAlgorithm").toString(), QStringLiteral("RSA_2048"));
        QCOMPARE(detail.value("CertificateAuthorityArn").toString(), ca);

        file("acm-pass.txt", "a long export passphrase");
        AWS_JSON(exported, {"acm", "export-certificate", "--certificate-arn", arn, "--passphrase",
                            "fileb://acm-pass.txt"});
        file("acm-key.pem", exported.value("PrivateKey").toString().toLatin1());
        file("acm-leaf.pem", exported.value("Certificate").toString().toLatin1());
        file("acm-chain.pem", exported.value("CertificateChain").toString().toLatin1());
        const ClientRun decrypted = m_server->run(QStringLiteral("/usr/bin/openssl"),
                                                  {QStringLiteral("pkcs8"), QStringLiteral("-in"),
                                                   file("acm-key.pem"), QStringLiteral("-passin"),
                                                   QStringLiteral("file:") + file("acm-pass.txt")});
        PCA_VERIFY_RUN(decrypted);
        QVERIFY(decrypted.out.contains("BEGIN PRIVATE KEY"));
        PCA_VERIFY_RUN(m_server->run(QStringLiteral("/usr/bin/openssl"),
                                     {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                      file("acm-chain.pem"), file("acm-leaf.pem")}));

        // Renewal: refused without the grant, done with it.
        const auto renewal = [&]() -> QJsonObject {
            for (int i = 0; i < 100; ++i) {
                const ClientRun run =
                    m_server->aws({"acm", "describe-certificate", "--certificate-arn", arn});
                const QJsonObject summary = QJsonDocument::fromJson(run.out)
                                                .object()
                                                .value("Certificate")
                                                .toObject()
                                                .value("RenewalSummary")
                                                .toObject();
                if (summary.value("RenewalStatus").toString() == QLatin1String("SUCCESS") ||
                    summary.value("RenewalStatus").toString() == QLatin1String("FAILED"))
                    return summary;
                QTest::qWait(200);
            }
            return {};
        };
        AWS_JSON(renewRefused, {"acm", "renew-certificate", "--certificate-arn", arn});
        const QJsonObject failed = renewal();
        QCOMPARE(failed.value("RenewalStatus").toString(), QStringLiteral("FAILED"));
        QCOMPARE(failed.value("RenewalStatusReason").toString(),
                 QStringLiteral("PCA_ACCESS_DENIED"));
        AWS_JSON(granted, {"acm-pca", "create-permission", "--certificate-authority-arn", ca,
                           "--principal", "acm.amazonaws.com", "--actions", "IssueCertificate",
                           "GetCertificate", "ListPermissions"});
        AWS_JSON(renewed, {"acm", "renew-certificate", "--certificate-arn", arn});
        QCOMPARE(renewal().value("RenewalStatus").toString(), QStringLiteral("SUCCESS"));
        AWS_JSON(after, {"acm", "describe-certificate", "--certificate-arn", arn});
        QVERIFY(after.value("Certificate").toObject().value("Serial") != detail.value("Serial"));

        AWS_JSON(listed, {"acm", "list-certificates"});
        QCOMPARE(listed.value("CertificateSummaryList").toArray().size(), 1);
        AWS_JSON(tagged, {"acm", "add-tags-to-certificate", "--certificate-arn", arn, "--tags",
                          "Key=owner,Value=cli"});
        AWS_JSON(tags, {"acm", "list-tags-for-certificate", "--certificate-arn", arn});
        QCOMPARE(tags.value("Tags").toArray().size(), 1);
        AWS_JSON(deleted, {"acm", "delete-certificate", "--certificate-arn", arn});
        AWS_ERROR("ResourceNotFoundException", "DescribeCertificate",
                  {"acm", "describe-certificate", "--certificate-arn", arn});
    }

    void errorsAsTheCliPrintsThem()
    {
        AWS_ERROR("ResourceNotFoundException", "DescribeCertificateAuthority",
                  {"acm-pca", "describe-certificate-authority", "--certificate-authority-arn",
                   "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                   "11111111-2222-3333-4444-555555555555"});
        AWS_ERROR("MissingAuthenticationTokenException", "ListCertificateAuthorities",
                  {"acm-pca", "list-certificate-authorities", "--no-sign-request"});
        const QByteArray keyId = [this] {
            QFile credentials(m_server->credentialsFile());
            credentials.open(QIODevice::ReadOnly);
            for (const QByteArray &line : credentials.readAll().split('\n')) {
                if (line.startsWith("aws_access_key_id"))
                    return line.split('=').value(1).trimmed();
            }
            return QByteArray();
        }();
        QVERIFY(keyId.startsWith("AKPC"));
        // Environment credentials take precedence over the profile in the CLI.
        const ClientRun wrongSecret = m_server->aws(
            {"acm-pca", "list-certificate-authorities"},
            {"AWS_ACCESS_KEY_ID=" + QString::fromLatin1(keyId), "AWS_SECRET_ACCESS_KEY=wrong"});
        QCOMPARE(wrongSecret.exitCode, 254);
        QVERIFY2(wrongSecret.err.contains("(InvalidSignatureException)"),
                 qPrintable(wrongSecret.describe()));
        const ClientRun unknown =
            m_server->aws({"acm-pca", "list-certificate-authorities"},
                          {"AWS_ACCESS_KEY_ID=AKPCSOMEBODYELSE0000", "AWS_SECRET_ACCESS_KEY=x"});
        QCOMPARE(unknown.exitCode, 254);
        QVERIFY2(unknown.err.contains("(UnrecognizedClientException)"),
                 qPrintable(unknown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestClientAwsCli)
#include "tst_client_aws_cli.moc"

// CreateCertificateAuthorityAuditReport and DescribeCertificateAuthorityAuditReport: formats
// and columns of PcaAuditReport.md, the bucket object, the 30-minute limit, states and errors.
#include "TestEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace pca;
using namespace pca::test;
using api::AuditReportResponseFormat;
using api::AuditReportStatus;

namespace {

const QStringList kColumns = {
    QStringLiteral("awsAccountId"),   QStringLiteral("requestedByServicePrincipal"),
    QStringLiteral("certificateArn"), QStringLiteral("serial"),
    QStringLiteral("subject"),        QStringLiteral("notBefore"),
    QStringLiteral("notAfter"),       QStringLiteral("issuedAt"),
    QStringLiteral("revokedAt"),      QStringLiteral("revocationReason"),
    QStringLiteral("templateArn")};

// Splits one CSV line (RFC 4180 quoting).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

} // namespace

class AuditReportsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    QString ca;
    QString leafA;
    QString leafB;
    PrivateCaService &svc() { return engine->service(); }

    api::CreateCertificateAuthorityAuditReportRequest
    request(AuditReportResponseFormat format,
            const QString &bucket = QStringLiteral("audit-bucket"))
    {
        api::CreateCertificateAuthorityAuditReportRequest r;
        r.certificateAuthorityArn = ca;
        r.s3BucketName = bucket;
        r.auditReportResponseFormat = format;
        return r;
    }

    QByteArray reportContent(const api::CreateCertificateAuthorityAuditReportResponse &created)
    {
        svc().waitForBackgroundWork();
        const auto described =
            svc().describeCertificateAuthorityAuditReport({ca, *created.auditReportId});
        if (*described.auditReportStatus != AuditReportStatus::SUCCESS)
            return QByteArray();
        const auto object = svc().getObject(*described.s3BucketName, *described.s3Key);
        return object ? object->content : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        engine = std::make_unique<TestEngine>();
        ca = engine->createActiveRoot(QStringLiteral("Audited Root"));
        engine->clock().advanceSeconds(10); // rows come in issuance order
        leafA = engine->issue(ca, QStringLiteral("a.example.com"));
        engine->clock().advanceSeconds(10);
        leafB = engine->issue(ca, QStringLiteral("b.example.com"));
        engine->clock().advanceSeconds(10);
        svc().revokeCertificate(
            {ca, leafB.section(QLatin1Char('/'), -1), api::RevocationReason::KEY_COMPROMISE});
    }
    void cleanup() { engine.reset(); }

    void jsonReport()
    {
        const qint64 requested = engine->clock().nowMs();
        const auto created =
            svc().createCertificateAuthorityAuditReport(request(AuditReportResponseFormat::JSON));
        QVERIFY(
            QRegularExpression(
                QStringLiteral("^[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}$"))
                .match(*created.auditReportId)
                .hasMatch());
        const QString caId = ca.section(QLatin1Char('/'), -1);
        QCOMPARE(*created.s3Key,
                 QStringLiteral("audit-report/%1/%2.json").arg(caId, *created.auditReportId));

        const QByteArray content = reportContent(created);
        QVERIFY(!content.isEmpty());
        const auto described =
            svc().describeCertificateAuthorityAuditReport({ca, *created.auditReportId});
        QCOMPARE(*described.s3BucketName, QStringLiteral("audit-bucket"));
        QCOMPARE(described.createdAt->toMSecsSinceEpoch(), requested);
        QCOMPARE(svc().getObject(QStringLiteral("audit-bucket"), *created.s3Key)->contentType,
                 QStringLiteral("application/json"));

        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(content, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(rows.size(), 3); // the root's own certificate and two leaves
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            for (const QString &key : row.keys())
                QVERIFY2(kColumns.contains(key), qPrintable(key));
            QCOMPARE(row.value(QStringLiteral("awsAccountId")).toString(),
                     QStringLiteral("123456789012"));
            QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{2}:)+[0-9a-f]{2}$"))
                        .match(row.value(QStringLiteral("serial")).toString())
                        .hasMatch());
            QVERIFY(QRegularExpression(
                        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000$"))
                        .match(row.value(QStringLiteral("issuedAt")).toString())
                        .hasMatch());
            QVERIFY(row.value(QStringLiteral("templateArn"))
                        .toString()
                        .startsWith(QStringLiteral("arn:aws:acm-pca:::template/")));
        }
        const QJsonObject revoked = rows.at(2).toObject();
        QCOMPARE(revoked.value(QStringLiteral("certificateArn")).toString(), leafB);
        QCOMPARE(revoked.value(QStringLiteral("revocationReason")).toString(),
                 QStringLiteral("KEY_COMPROMISE"));
        QVERIFY(revoked.contains(QStringLiteral("revokedAt")));
        QCOMPARE(revoked.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("CN=b.example.com"));
        const QJsonObject valid = rows.at(1).toObject();
        QVERIFY(!valid.contains(QStringLiteral("revokedAt")));
        QCOMPARE(valid.value(QStringLiteral("serial")).toString().remove(QLatin1Char(':')),
                 leafA.section(QLatin1Char('/'), -1));
    }

    void csvReport()
    {
        const auto created =
            svc().createCertificateAuthorityAuditReport(request(AuditReportResponseFormat::CSV));
        QVERIFY(created.s3Key->endsWith(QStringLiteral(".csv")));
        const QStringList lines =
            QString::fromUtf8(reportContent(created)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(csvFields(lines.first()), kColumns);
        const QStringList root = csvFields(lines.at(1));
        QCOMPARE(root.size(), kColumns.size());
        // The root's subject contains commas, so it is quoted.
        QVERIFY2(lines.at(1).contains(QStringLiteral("\"CN=Audited Root,O=Example Corp,C=US\"")),
                 qPrintable(lines.at(1)));
        QCOMPARE(root.at(4), QStringLiteral("CN=Audited Root,O=Example Corp,C=US"));
        const QStringList revoked = csvFields(lines.at(3));
        QCOMPARE(revoked.at(2), leafB);
        QCOMPARE(revoked.at(9), QStringLiteral("KEY_COMPROMISE"));
        QVERIFY(!revoked.at(8).isEmpty());
        QVERIFY(csvFields(lines.at(2)).at(8).isEmpty());
    }

    void oneReportPerThirtyMinutes()
    {
        svc().createCertificateAuthorityAuditReport(request(AuditReportResponseFormat::JSON));
        engine->clock().advanceSeconds(29 * 60);
        PCA_EXPECT_ERROR(errors::RequestInProgress, svc().createCertificateAuthorityAuditReport(
                                                        request(AuditReportResponseFormat::CSV)));
        engine->clock().advanceSeconds(61);
        QVERIFY(svc()
                    .createCertificateAuthorityAuditReport(request(AuditReportResponseFormat::CSV))
                    .auditReportId);
        svc().waitForBackgroundWork();
        QCOMPARE(svc().listAuditReports(ca).size(), 2);
        // The limit is per CA.
        const QString other = engine->createActiveRoot(QStringLiteral("Other"));
        auto otherRequest = request(AuditReportResponseFormat::JSON);
        otherRequest.certificateAuthorityArn = other;
        QVERIFY(svc().createCertificateAuthorityAuditReport(otherRequest).auditReportId);
    }

    void errorsAndStates()
    {
        PCA_EXPECT_ERROR(errors::InvalidArgs,
                         svc().createCertificateAuthorityAuditReport(request(
                             AuditReportResponseFormat::JSON, QStringLiteral("Bad_Bucket"))));
        PCA_EXPECT_ERROR(errors::Validation,
                         svc().createCertificateAuthorityAuditReport(
                             request(AuditReportResponseFormat::JSON, QStringLiteral("ab"))));
        PCA_EXPECT_ERROR(errors::ResourceNotFound,
                         svc().describeCertificateAuthorityAuditReport(
                             {ca, QStringLiteral("00000000-0000-0000-0000-000000000000")}));
        PCA_EXPECT_ERROR(errors::Validation, svc().describeCertificateAuthorityAuditReport(
                                                 {ca, QStringLiteral("not-a-report")}));
        // A report of one CA is not found under another.
        const auto created =
            svc().createCertificateAuthorityAuditReport(request(AuditReportResponseFormat::JSON));
        const QString other = engine->createActiveRoot(QStringLiteral("Other"));
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().describeCertificateAuthorityAuditReport(
                                                       {other, *created.auditReportId}));
        // Pending CAs cannot be audited; disabled ones can.
        const QString pending =
            engine->createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        auto pendingRequest = request(AuditReportResponseFormat::JSON);
        pendingRequest.certificateAuthorityArn = pending;
        PCA_EXPECT_ERROR(errors::InvalidState,
                         svc().createCertificateAuthorityAuditReport(pendingRequest));
        api::UpdateCertificateAuthorityRequest disable;
        disable.certificateAuthorityArn = other;
        disable.status = api::CertificateAuthorityStatus::DISABLED;
        svc().updateCertificateAuthority(disable);
        auto disabledRequest = request(AuditReportResponseFormat::CSV);
        disabledRequest.certificateAuthorityArn = other;
        QVERIFY(svc().createCertificateAuthorityAuditReport(disabledRequest).auditReportId);
    }

    void reportIsCreatingWhileBuilt()
    {
        // Reports are built in the background: the call returns at once with CREATING.
        const auto created =
            svc().createCertificateAuthorityAuditReport(request(AuditReportResponseFormat::JSON));
        const auto status =
            *svc()
                 .describeCertificateAuthorityAuditReport({ca, *created.auditReportId})
                 .auditReportStatus;
        QVERIFY(status == AuditReportStatus::CREATING || status == AuditReportStatus::SUCCESS);
        svc().waitForBackgroundWork();
        QCOMPARE(*svc()
                      .describeCertificateAuthorityAuditReport({ca, *created.auditReportId})
                      .auditReportStatus,
                 AuditReportStatus::SUCCESS);
    }
};

QTEST_GUILESS_MAIN(AuditReportsTest)
#include "tst_audit_reports.moc"

// AuditReportModel: a requested report shows up, turns Ready when the engine finishes it, and
// its object can be fetched.
#include "AuditReportModel.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>

using namespace pca;
using namespace pca::models;

class AuditReportModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportAppearsAndBecomesReady();
};

void AuditReportModelTest::reportAppearsAndBecomesReady()
{
    test::ClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Audited"));
    f.issueMany(ca, 5);
    AuditReportModel model(&f.client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificateAuthority(ca);
    f.client.waitForIdle();
    QCOMPARE(model.rowCount(), 0);

    api::CreateCertificateAuthorityAuditReportRequest request;
    request.certificateAuthorityArn = ca;
    request.s3BucketName = QStringLiteral("audit-bucket");
    request.auditReportResponseFormat = api::AuditReportResponseFormat::CSV;
    QString id;
    f.client.createCertificateAuthorityAuditReport(
        request, nullptr,
        [&](const Reply<api::CreateCertificateAuthorityAuditReportResponse> &reply) {
            QVERIFY(reply.ok());
            id = *reply.value().auditReportId;
        });
    PCA_WAIT_FOR(model.rowCount() == 1);
    QCOMPARE(model.index(0, AuditReportModel::FormatColumn).data().toString(),
             QStringLiteral("CSV"));
    PCA_WAIT_FOR(model.index(0, AuditReportModel::StatusColumn).data().toString() ==
                 QStringLiteral("Ready"));
    QVERIFY(!model.hasReportInProgress());
    QCOMPARE(model.index(0, 0).data(AuditReportModel::ReportIdRole).toString(), id);

    std::optional<QByteArray> content;
    f.client.getObject(model.index(0, 0).data(AuditReportModel::BucketRole).toString(),
                       model.index(0, 0).data(AuditReportModel::KeyRole).toString(), nullptr,
                       [&](const Reply<store::StoredObject> &reply) {
                           QVERIFY(reply.ok());
                           content = reply.value().content;
                       });
    PCA_WAIT_FOR(content.has_value());
    QVERIFY(content->startsWith("awsAccountId,"));
    QCOMPARE(content->count('\n'), 1 + 6); // header + 5 certificates + the root's own
}

QTEST_MAIN(AuditReportModelTest)
#include "tst_audit_report_model.moc"

// Certificate Manager on the desktop's side: the asynchronous client, ManagedCertificateModel
// (requested → issued, failed issuance and failed renewal in plain words, DaysBeforeExpiry,
// row-by-row updates), the tags of a certificate, what the ACM checkbox of a CA governs, the
// exports, and the domain-name checks of the Request dialog. Every model runs under
// QAbstractItemModelTester.
#include "AcmRenewalDependents.h"
#include "DisplayNames.h"
#include "DomainNames.h"
#include "ManagedCertificateModel.h"
#include "ManagedCertificateTagModel.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pca;
using namespace pca::models;
using api::acm::CertificateStatus;
using Column = ManagedCertificateModel::Column;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

// Requests a certificate through the client and returns its ARN.
QString request(test::AcmClientFixture &f, const QString &caArn, const QString &domain,
                const QList<QString> &moreNames = {},
                api::acm::KeyAlgorithm key = api::acm::KeyAlgorithm::EC_prime256v1,
                const QList<api::Tag> &tags = {})
{
    api::acm::RequestCertificateRequest request;
    request.domainName = domain;
    request.certificateAuthorityArn = caArn;
    request.keyAlgorithm = key;
    if (!moreNames.isEmpty())
        request.subjectAlternativeNames = moreNames;
    if (!tags.isEmpty())
        request.tags = tags;
    QString arn;
    f.acmClient.requestCertificate(
        request, nullptr, [&arn](const Reply<api::acm::RequestCertificateResponse> &reply) {
            if (reply.ok())
                arn = reply.value().certificateArn.value_or(QString());
            else
                qWarning("%s", qPrintable(reply.error().message()));
        });
    f.acmClient.waitForIdle();
    return arn;
}

QString cell(const ManagedCertificateModel &model, const QString &arn, int column,
             int role = Qt::DisplayRole)
{
    return model.index(model.rowForArn(arn), column).data(role).toString();
}

CertificateStatus status(const ManagedCertificateModel &model, const QString &arn)
{
    return CertificateStatus(
        model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::StatusRole).toInt());
}

QMap<QString, QString> engineTags(test::AcmClientFixture &f, const QString &arn)
{
    QMap<QString, QString> out;
    const QList<api::Tag> tags =
        f.manager.listTagsForCertificate({arn}).tags.value_or(QList<api::Tag>());
    for (const api::Tag &tag : tags)
        out.insert(tag.key, tag.value.value_or(QString()));
    return out;
}

} // namespace

class ManagedCertificateModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestedCertificateIsListedAndIssued();
    void failedIssuanceSaysWhyInPlainWords();
    void renewalWithoutTheCheckboxFailsAndWithItSucceeds();
    void approachingExpiryFollowsDaysBeforeExpiry();
    void updatesKeepRowsAndSelections();
    void tagsOfACertificate();
    void dependentsOfTheAcmCheckbox();
    void exportsThroughTheClient();
    void domainNamesAreCheckedAsAcmChecksThem_data();
    void domainNamesAreCheckedAsAcmChecksThem();
    void additionalNames();
};

void ManagedCertificateModelTest::requestedCertificateIsListedAndIssued()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Managed Root"));
    f.authorizeAcm(ca);
    ManagedCertificateModel model(&f.acmClient);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ManagedCertificateModel::ColumnCount));
    QCOMPARE(model.daysBeforeExpiry(), 45);

    const QString arn = request(f, ca, QStringLiteral("www.example.com"),
                                {QStringLiteral("example.com")}, api::acm::KeyAlgorithm::RSA_2048);
    QVERIFY(!arn.isEmpty());
    // The change signal brings the row in without a reload by hand.
    PCA_WAIT_FOR(model.rowForArn(arn) >= 0);
    PCA_WAIT_FOR(status(model, arn) == CertificateStatus::ISSUED);
    QCOMPARE(cell(model, arn, Column::DomainColumn), QStringLiteral("www.example.com (+1)"));
    QCOMPARE(cell(model, arn, Column::DomainColumn, Qt::ToolTipRole),
             QStringLiteral("www.example.com\nexample.com"));
    QCOMPARE(cell(model, arn, Column::StatusColumn), QStringLiteral("Issued"));
    QCOMPARE(cell(model, arn, Column::CaColumn), QStringLiteral("Managed Root"));
    QCOMPARE(cell(model, arn, Column::CaColumn, ManagedCertificateModel::CaArnRole), ca);
    QCOMPARE(cell(model, arn, Column::KeyAlgorithmColumn), QStringLiteral("RSA 2048"));
    // 395 days of validity (NotAfter has whole seconds, so a moment less counts as 394).
    const qint64 daysLeft = model.certificate(model.rowForArn(arn))->daysLeft;
    QVERIFY2(daysLeft == 395 || daysLeft == 394, qPrintable(QString::number(daysLeft)));
    QCOMPARE(cell(model, arn, Column::DaysLeftColumn), QString::number(daysLeft));
    QCOMPARE(cell(model, arn, Column::RenewalColumn), QString());
    QCOMPARE(model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::RenewalStatusRole),
             QVariant(-1));
    const ManagedCertificateView *view = model.certificate(model.rowForArn(arn));
    QVERIFY(view && view->detail.notAfter);
    QCOMPARE(cell(model, arn, Column::NotAfterColumn), DisplayNames::date(*view->detail.notAfter));
    // Managed renewal starts 60 days before NotAfter, and the table says when.
    QCOMPARE(cell(model, arn, Column::DetailsColumn),
             QStringLiteral("Managed renewal from %1.")
                 .arg(DisplayNames::date(view->detail.notAfter->addDays(-60))));
    QCOMPARE(model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::ExpiryRole),
             QVariant(int(ManagedCertificateModel::Expiry::Distant)));
    QCOMPARE(model.approachingExpiryCount() + model.failedCount() + model.failedRenewalCount(), 0);
}

void ManagedCertificateModelTest::failedIssuanceSaysWhyInPlainWords()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Disabled Root"));
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = ca;
    disable.status = api::CertificateAuthorityStatus::DISABLED;
    f.engine.service().updateCertificateAuthority(disable);
    ManagedCertificateModel model(&f.acmClient);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();

    const QString arn = request(f, ca, QStringLiteral("down.example.com"));
    PCA_WAIT_FOR(model.rowForArn(arn) >= 0 && status(model, arn) == CertificateStatus::FAILED);
    QCOMPARE(cell(model, arn, Column::StatusColumn), QStringLiteral("Failed"));
    // A few words in the table, the sentence in the tooltip and the Details pane.
    QCOMPARE(cell(model, arn, Column::DetailsColumn), QStringLiteral("CA not active"));
    const QString why = QStringLiteral("The CA is not active (enable it or pick another CA).");
    QCOMPARE(model.details(*model.certificate(model.rowForArn(arn))), why);
    const QString tip = cell(model, arn, Column::DetailsColumn, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(why + QLatin1Char('\n')), qPrintable(tip));
    // The CA's own answer stays at hand.
    QVERIFY2(tip.contains("not ACTIVE"), qPrintable(tip));
    QCOMPARE(
        model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::CaArnRole).toString(),
        ca);
    QCOMPARE(cell(model, arn, Column::DaysLeftColumn), QStringLiteral("—"));
    QCOMPARE(model.failedCount(), 1);
}

void ManagedCertificateModelTest::renewalWithoutTheCheckboxFailsAndWithItSucceeds()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Unauthorized Root"));
    ManagedCertificateModel model(&f.acmClient);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QString arn = request(f, ca, QStringLiteral("renew.example.com"));
    PCA_WAIT_FOR(model.rowForArn(arn) >= 0 && status(model, arn) == CertificateStatus::ISSUED);
    const QString firstSerial = *model.certificate(model.rowForArn(arn))->detail.serial;

    // Without "Authorize ACM to use this CA for renewals" the renewal fails, in plain words.
    bool done = false;
    f.acmClient.renewCertificate(arn, nullptr,
                                 [&done](const Reply<Done> &reply) { done = reply.ok(); });
    PCA_WAIT_FOR(done);
    PCA_WAIT_FOR(cell(model, arn, Column::RenewalColumn) == QStringLiteral("Renewal failed"));
    // ACM's reason: PCA_ACCESS_DENIED, in a few words and as a sentence.
    const ManagedCertificateView *failed = model.certificate(model.rowForArn(arn));
    QVERIFY(failed->detail.renewalSummary);
    QCOMPARE(failed->detail.renewalSummary->renewalStatus, api::acm::RenewalStatus::FAILED);
    QCOMPARE(failed->detail.renewalSummary->renewalStatusReason,
             std::optional(api::acm::FailureReason::PCA_ACCESS_DENIED));
    QCOMPARE(model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::RenewalStatusRole),
             QVariant(int(api::acm::RenewalStatus::FAILED)));
    QCOMPARE(cell(model, arn, Column::DetailsColumn),
             QStringLiteral("ACM not authorized by the CA"));
    QCOMPARE(model.details(*failed),
             QStringLiteral("The CA does not authorize ACM to renew (Permissions tab)."));
    QVERIFY(cell(model, arn, Column::RenewalColumn, Qt::ToolTipRole).contains("acm.amazonaws.com"));
    QVERIFY(cell(model, arn, Column::DetailsColumn, Qt::ToolTipRole)
                .startsWith(model.details(*failed) + QLatin1Char('\n')));
    QCOMPARE(*failed->detail.serial, firstSerial); // the old version still serves
    QCOMPARE(status(model, arn), CertificateStatus::ISSUED);
    QCOMPARE(model.failedRenewalCount(), 1);

    // With it, the next renewal replaces the certificate.
    f.authorizeAcm(ca);
    done = false;
    f.acmClient.renewCertificate(arn, nullptr,
                                 [&done](const Reply<Done> &reply) { done = reply.ok(); });
    PCA_WAIT_FOR(done);
    PCA_WAIT_FOR(cell(model, arn, Column::RenewalColumn) == QStringLiteral("Renewed"));
    QVERIFY(*model.certificate(model.rowForArn(arn))->detail.serial != firstSerial);
    QCOMPARE(model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::RenewalStatusRole),
             QVariant(int(api::acm::RenewalStatus::SUCCESS)));
    QVERIFY(cell(model, arn, Column::DetailsColumn).startsWith(QStringLiteral("Renewed on ")));
    QCOMPARE(model.failedRenewalCount(), 0);
}

void ManagedCertificateModelTest::approachingExpiryFollowsDaysBeforeExpiry()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Expiry Root"));
    ManagedCertificateModel model(&f.acmClient);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString arn = request(f, ca, QStringLiteral("soon.example.com"));
    f.manager.waitForBackgroundWork();

    // 30 days before NotAfter: within the default 45 days.
    f.engine.clock().advanceDays(CertificateManager::kValidityDays - 30);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded() && model.rowForArn(arn) >= 0);
    QCOMPARE(model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::ExpiryRole),
             QVariant(int(ManagedCertificateModel::Expiry::Approaching)));
    const qint64 daysLeft = model.certificate(model.rowForArn(arn))->daysLeft;
    QVERIFY2(daysLeft == 30 || daysLeft == 29, qPrintable(QString::number(daysLeft)));
    QCOMPARE(cell(model, arn, Column::DaysLeftColumn), QString::number(daysLeft));
    QCOMPARE(cell(model, arn, Column::DetailsColumn),
             QStringLiteral("Expires in %1 days.").arg(daysLeft));
    QCOMPARE(cell(model, arn, Column::DetailsColumn, Qt::ToolTipRole),
             QStringLiteral("Expires in %1 days, within the 45 days of DaysBeforeExpiry.")
                 .arg(daysLeft));
    QCOMPARE(model.approachingExpiryCount(), 1);

    // The account's DaysBeforeExpiry decides.
    api::acm::PutAccountConfigurationRequest configuration;
    configuration.expiryEvents = api::acm::ExpiryEventsConfiguration{20};
    configuration.idempotencyToken = QStringLiteral("days20");
    f.manager.putAccountConfiguration(configuration);
    model.reload();
    PCA_WAIT_FOR(model.daysBeforeExpiry() == 20);
    PCA_WAIT_FOR(model.approachingExpiryCount() == 0);
    QCOMPARE(model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::ExpiryRole),
             QVariant(int(ManagedCertificateModel::Expiry::Distant)));

    // After NotAfter.
    f.engine.clock().advanceDays(31);
    model.reload();
    PCA_WAIT_FOR(status(model, arn) == CertificateStatus::EXPIRED);
    QCOMPARE(model.index(model.rowForArn(arn), 0).data(ManagedCertificateModel::ExpiryRole),
             QVariant(int(ManagedCertificateModel::Expiry::Expired)));
    QCOMPARE(cell(model, arn, Column::DaysLeftColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, arn, Column::DetailsColumn), QStringLiteral("Request a new certificate."));
    QCOMPARE(cell(model, arn, Column::DetailsColumn, Qt::ToolTipRole),
             QStringLiteral("Expired; request a new certificate."));
}

void ManagedCertificateModelTest::updatesKeepRowsAndSelections()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Rows Root"));
    ManagedCertificateModel model(&f.acmClient);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QString first = request(f, ca, QStringLiteral("one.example.com"));
    const QString second = request(f, ca, QStringLiteral("two.example.com"));
    PCA_WAIT_FOR(model.rowCount() == 2 && status(model, first) == CertificateStatus::ISSUED &&
                 status(model, second) == CertificateStatus::ISSUED);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex kept = model.index(model.rowForArn(second), 0);

    bool deleted = false;
    f.acmClient.deleteCertificate(first, nullptr,
                                  [&deleted](const Reply<Done> &reply) { deleted = reply.ok(); });
    PCA_WAIT_FOR(deleted && model.rowCount() == 1);
    // The other row moved up; what points at it still does.
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(ManagedCertificateModel::ArnRole).toString(), second);
    f.engine.clock().advanceMs(1000); // rows are in creation order
    const QString third = request(f, ca, QStringLiteral("three.example.com"));
    PCA_WAIT_FOR(model.rowCount() == 2 && status(model, third) == CertificateStatus::ISSUED);
    QCOMPARE(kept.data(ManagedCertificateModel::ArnRole).toString(), second);
    QCOMPARE(model.rowForArn(third), 1);
    QCOMPARE(resets.count(), 0);
}

void ManagedCertificateModelTest::tagsOfACertificate()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Tag Root"));
    const QString arn = request(f, ca, QStringLiteral("tags.example.com"), {},
                                api::acm::KeyAlgorithm::EC_prime256v1,
                                {api::Tag{QStringLiteral("team"), QStringLiteral("web")}});
    ManagedCertificateTagModel model(&f.acmClient);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificate(arn);
    PCA_WAIT_FOR(model.isLoaded());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TagModel::KeyColumn).data().toString(), QStringLiteral("team"));
    QCOMPARE(model.index(0, TagModel::ValueColumn).data().toString(), QStringLiteral("web"));

    // Adding: a new row, a key, a value; each applies at once.
    const QModelIndex key = model.addRow();
    QVERIFY(model.setData(key, QStringLiteral("environment")));
    PCA_WAIT_FOR(!model.isBusy() && model.rowCount() == 2);
    QVERIFY(model.setData(model.index(1, TagModel::ValueColumn), QStringLiteral("staging")));
    PCA_WAIT_FOR(!model.isBusy() && engineTags(f, arn).value(QStringLiteral("environment")) ==
                                        QStringLiteral("staging"));
    // Bad input changes nothing.
    QSignalSpy refused(&model, &TagModel::validationFailed);
    QVERIFY(!model.setData(model.index(0, TagModel::KeyColumn), QStringLiteral("aws:owner")));
    QCOMPARE(refused.count(), 1);
    // Removing.
    QVERIFY(model.removeRows(0, 1));
    PCA_WAIT_FOR(!model.isBusy() && model.isLoaded() && model.rowCount() == 1);
    QCOMPARE(engineTags(f, arn),
             (QMap<QString, QString>{{QStringLiteral("environment"), QStringLiteral("staging")}}));
}

void ManagedCertificateModelTest::dependentsOfTheAcmCheckbox()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Depended Root"));
    const QString other = f.engine.createActiveRoot(QStringLiteral("Other Root"));
    AcmRenewalDependents dependents(&f.acmClient);
    dependents.setCertificateAuthority(ca);
    QVERIFY(!dependents.isKnown());
    PCA_WAIT_FOR(dependents.isKnown());
    QCOMPARE(dependents.count(), 0);
    QCOMPARE(dependents.summary(),
             QStringLiteral("No certificate managed by ACM renews through this CA."));
    QVERIFY(dependents.clearingConfirmation().isEmpty());

    // Each certificate issued through the CA joins, as the change signals arrive.
    request(f, ca, QStringLiteral("a.example.com"));
    PCA_WAIT_FOR(dependents.count() == 1);
    QVERIFY2(dependents.summary().startsWith(
                 QStringLiteral("1 certificate managed by ACM renews through this CA; the next "
                                "renewal is due on ")),
             qPrintable(dependents.summary()));
    QVERIFY(dependents.clearingConfirmation().contains(
        QStringLiteral("This certificate will fail to renew: a.example.com.")));
    request(f, other, QStringLiteral("elsewhere.example.com"));
    for (int i = 0; i < 11; ++i)
        request(f, ca, QStringLiteral("host%1.example.com").arg(i));
    PCA_WAIT_FOR(dependents.count() == 12);
    f.manager.waitForBackgroundWork();
    const AcmDependents truth = f.manager.dependentsOf(ca);
    PCA_WAIT_FOR(dependents.dependents().domains == truth.domains);
    QVERIFY(dependents.summary().startsWith(
        QStringLiteral("12 certificates managed by ACM renew through this CA; the next renewal "
                       "is due on %1.")
            .arg(DisplayNames::date(QDateTime::fromMSecsSinceEpoch(*truth.nextRenewal, Qt::UTC)))));
    const QString confirmation = dependents.clearingConfirmation();
    QVERIFY2(confirmation.contains(QStringLiteral("the 12 certificates")),
             qPrintable(confirmation));
    QVERIFY(confirmation.contains(truth.domains.first()));
    QVERIFY(confirmation.contains(QStringLiteral(" and 2 more.")));
    QVERIFY(!confirmation.contains(QStringLiteral("elsewhere.example.com")));
    QVERIFY(!confirmation.contains(truth.domains.last()));
}

void ManagedCertificateModelTest::exportsThroughTheClient()
{
    test::AcmClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Export Root"));
    const QString arn = request(f, ca, QStringLiteral("export.example.com"));
    f.manager.waitForBackgroundWork();
    QTemporaryDir dir;

    QByteArray p12;
    f.acmClient.exportPkcs12(arn, "p12 passphrase", nullptr,
                             [&p12](const Reply<QByteArray> &reply) {
                                 if (reply.ok())
                                     p12 = reply.value();
                             });
    PCA_WAIT_FOR(!p12.isEmpty());
    const QString p12Path = test::writeFile(dir.path(), QStringLiteral("e.p12"), p12);
    QByteArray opened;
    QCOMPARE(test::runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12Path,
                               QStringLiteral("-passin"), QStringLiteral("pass:p12 passphrase"),
                               QStringLiteral("-nodes")},
                              &opened),
             0);
    QVERIFY(opened.contains("PRIVATE KEY") && opened.contains("export.example.com"));

    std::optional<api::acm::ExportCertificateResponse> pem;
    api::acm::ExportCertificateRequest exportRequest;
    exportRequest.certificateArn = arn;
    exportRequest.passphrase = "pem passphrase";
    f.acmClient.exportCertificate(exportRequest, nullptr,
                                  [&pem](const Reply<api::acm::ExportCertificateResponse> &reply) {
                                      if (reply.ok())
                                          pem = reply.value();
                                  });
    PCA_WAIT_FOR(pem.has_value());
    QVERIFY(pem->privateKey->contains(QStringLiteral("ENCRYPTED PRIVATE KEY")));
    const QString keyPath =
        test::writeFile(dir.path(), QStringLiteral("key.pem"), pem->privateKey->toLatin1());
    QCOMPARE(test::runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyPath,
                               QStringLiteral("-passin"), QStringLiteral("pass:pem passphrase"),
                               QStringLiteral("-noout")}),
             0);
    // Exports are recorded: the table says the key has left the store.
    ManagedCertificateModel model(&f.acmClient);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    QVERIFY(model.certificate(model.rowForArn(arn))->exported);

    // A certificate still being issued, or failed, has nothing to export.
    QString error;
    f.acmClient.exportPkcs12(arn, "abc", nullptr, [&error](const Reply<QByteArray> &reply) {
        error = reply.ok() ? QStringLiteral("ok") : reply.error().type();
    });
    PCA_WAIT_FOR(!error.isEmpty());
    QCOMPARE(error, QStringLiteral("ValidationException")); // too short a passphrase
}

void ManagedCertificateModelTest::domainNamesAreCheckedAsAcmChecksThem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("host") << "www.example.com" << true;
    QTest::newRow("wildcard") << "*.example.com" << true;
    QTest::newRow("digits and hyphen") << "a-1.b2.example" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("single label") << "localhost" << false;
    QTest::newRow("leading hyphen") << "-a.example.com" << false;
    QTest::newRow("inner wildcard") << "www.*.example.com" << false;
    QTest::newRow("space") << "a b.example.com" << false;
    QTest::newRow("too long") << QString(250, QLatin1Char('a')) + QStringLiteral(".com") << false;
}

void ManagedCertificateModelTest::domainNamesAreCheckedAsAcmChecksThem()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(DomainNames::problem(name).isEmpty(), accepted);
}

void ManagedCertificateModelTest::additionalNames()
{
    QString problem;
    QCOMPARE(DomainNames::additionalNames(
                 QStringLiteral("example.com\napi.example.com, API.example.com;www.example.com\n"),
                 QStringLiteral("www.example.com"), &problem),
             (QStringList{QStringLiteral("example.com"), QStringLiteral("api.example.com")}));
    QVERIFY(problem.isEmpty());
    QVERIFY(DomainNames::additionalNames(QStringLiteral("ok.example.com\nnot_ok"),
                                         QStringLiteral("www.example.com"), &problem)
                .isEmpty());
    QVERIFY(problem.contains(QStringLiteral("not_ok")));
    problem.clear();
    QStringList many;
    for (int i = 0; i < DomainNames::kMaxNames; ++i)
        many << QStringLiteral("h%1.example.com").arg(i);
    QVERIFY(DomainNames::additionalNames(many.join(QLatin1Char('\n')),
                                         QStringLiteral("www.example.com"), &problem)
                .isEmpty());
    QVERIFY(problem.contains(QStringLiteral("at most 100 names")));
}

QTEST_MAIN(ManagedCertificateModelTest)
#include "tst_managed_certificate_model.moc"

// The Certificate Manager area driven like a user: request a certificate through the dialog,
// see it issued in the table, export it as PKCS#12 and as PEM files, edit its tags, clear the
// CA's "Authorize ACM" box (answering the confirmation that names the certificate), see the
// next renewal fail in plain words, and delete the certificate.
#include "AcmRenewalDependents.h"
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityModel.h"
#include "ExportManagedCertificateDialog.h"
#include "FieldMessage.h"
#include "GuiTestSupport.h"
#include "ManagedCertificateModel.h"
#include "ManagedCertificateTagModel.h"
#include "ManagedCertificateTagsDialog.h"
#include "ManagedCertificatesPage.h"
#include "RequestCertificateDialog.h"
#include "StatusBadge.h"
#include "TagModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

using namespace pca;
using namespace pca::views;
using Column = models::ManagedCertificateModel::Column;

namespace {

// Clicks an area of the navigation list.
void showArea(MainWindow *window, MainWindow::Area area)
{
    QListWidget *navigation = window->areaNavigation();
    const QRect item = navigation->visualItemRect(navigation->item(int(area)));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(window->area(), area);
}

// Clicks the button of a Certificate Manager action on the toolbar.
void clickToolbar(MainWindow *window, const QString &actionName)
{
    auto *toolbar = test::find<QToolBar>(window, QStringLiteral("certificateToolBar"));
    QVERIFY(toolbar && toolbar->isVisible());
    auto *action = window->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    auto *button = qobject_cast<QAbstractButton *>(toolbar->widgetForAction(action));
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
    test::click(button);
}

// The table row (of the view) showing `domain`, or -1.
int rowOf(QTableView *table, const QString &domain)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, Column::DomainColumn).data().toString().startsWith(domain))
            return row;
    }
    return -1;
}

QString cellOf(QTableView *table, const QString &domain, int column)
{
    const int row = rowOf(table, domain);
    return row < 0 ? QString() : table->model()->index(row, column).data().toString();
}

} // namespace

class CertificateManagerGuiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::dropOffscreenSizeHintWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void requestExportAndStopRenewals();
    void tagsAndDelete();
    void requestNeedsAnActiveCa();
};

void CertificateManagerGuiTest::requestExportAndStopRenewals()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Shop Root CA"));
    api::CreatePermissionRequest grant;
    grant.certificateAuthorityArn = ca;
    grant.principal = QStringLiteral("acm.amazonaws.com");
    grant.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                     api::ActionType::ListPermissions};
    f.engine.service().createPermission(grant);
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());

    // ---- the Certificate Manager area has its own toolbar
    showArea(f.window.get(), MainWindow::Area::ManagedCertificates);
    QVERIFY(!test::find<QToolBar>(f.window.get(), QStringLiteral("mainToolBar"))->isVisible());
    ManagedCertificatesPage *page = f.window->certificatesPage();
    QVERIFY(page->isVisible());
    PCA_WAIT_FOR(page->model()->isLoaded());
    auto *summary = test::find<QLabel>(page, QStringLiteral("managedCertificateSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("No managed certificates yet.")));

    // ---- request
    clickToolbar(f.window.get(), QStringLiteral("actionRequestCertificate"));
    QPointer<RequestCertificateDialog> dialog =
        test::visibleWidget<RequestCertificateDialog>(f.window.get());
    QVERIFY(dialog);
    auto *requestButton = test::find<QPushButton>(dialog, QStringLiteral("requestButton"));
    QVERIFY(!requestButton->isEnabled()); // no domain yet
    auto *domain = test::find<QLineEdit>(dialog, QStringLiteral("requestDomainName"));
    QTest::keyClicks(domain, QStringLiteral("shop example"));
    auto *domainMessage = test::find<QLabel>(dialog, QStringLiteral("requestDomainMessage"));
    QVERIFY(domainMessage->isVisible() &&
            domainMessage->text().contains(QStringLiteral("is not a domain name")));
    QVERIFY(!requestButton->isEnabled());
    domain->clear();
    QTest::keyClicks(domain, QStringLiteral("shop.example.com"));
    QVERIFY(!domainMessage->isVisible());
    QTest::keyClicks(test::find<QPlainTextEdit>(dialog, QStringLiteral("requestAdditionalNames")),
                     QStringLiteral("www.shop.example.com"));
    // The CA: the store's active one, which lets ACM renew; RSA 2048 as ACM's default key.
    auto *caBox = test::find<QComboBox>(dialog, QStringLiteral("requestCertificateAuthority"));
    QCOMPARE(caBox->count(), 1);
    QCOMPARE(caBox->currentData().toString(), ca);
    auto *caMessage = test::find<QLabel>(dialog, QStringLiteral("requestCaMessage"));
    PCA_WAIT_FOR(caMessage->text() ==
                 QStringLiteral("This CA authorizes ACM to renew the certificate."));
    QCOMPARE(test::find<QComboBox>(dialog, QStringLiteral("requestKeyAlgorithm"))->currentText(),
             QStringLiteral("RSA 2048"));
    test::click(test::find<QPushButton>(dialog, QStringLiteral("requestAddTag")));
    auto *tags = test::find<QTableWidget>(dialog, QStringLiteral("requestTags"));
    tags->item(0, 0)->setText(QStringLiteral("team"));
    tags->item(0, 1)->setText(QStringLiteral("shop"));
    QVERIFY(requestButton->isEnabled());
    test::click(requestButton);
    PCA_WAIT_FOR(!dialog || !dialog->isVisible());

    // ---- issued, in the table and in the details below it
    QTableView *table = page->table();
    PCA_WAIT_FOR(cellOf(table, QStringLiteral("shop.example.com"), Column::StatusColumn) ==
                 QStringLiteral("Issued"));
    QCOMPARE(cellOf(table, QStringLiteral("shop.example.com"), Column::DomainColumn),
             QStringLiteral("shop.example.com (+1)"));
    QCOMPARE(cellOf(table, QStringLiteral("shop.example.com"), Column::CaColumn),
             QStringLiteral("Shop Root CA"));
    QCOMPARE(cellOf(table, QStringLiteral("shop.example.com"), Column::KeyAlgorithmColumn),
             QStringLiteral("RSA 2048"));
    const QList<ManagedCertificateView> stored = f.certificateManager.listForDisplay();
    QCOMPARE(stored.size(), 1);
    const QString arn = *stored.first().detail.certificateArn;
    QCOMPARE(*stored.first().detail.subjectAlternativeNames,
             (QList<QString>{QStringLiteral("shop.example.com"),
                             QStringLiteral("www.shop.example.com")}));
    QCOMPARE(f.certificateManager.listTagsForCertificate({arn}).tags->first().value,
             std::optional(QStringLiteral("shop")));
    PCA_WAIT_FOR(page->selectedArn() == arn); // the new certificate is selected
    auto *badge = test::find<StatusBadge>(page, QStringLiteral("managedCertificateStatus"));
    PCA_WAIT_FOR(badge->text() == QStringLiteral("Issued"));
    QCOMPARE(test::find<QLabel>(page, QStringLiteral("managedCertificateArn"))->text(), arn);

    // ---- export as PKCS#12: the passphrase twice
    QTemporaryDir out;
    clickToolbar(f.window.get(), QStringLiteral("actionExportCertificate"));
    QPointer<ExportManagedCertificateDialog> exporter =
        test::visibleWidget<ExportManagedCertificateDialog>(f.window.get());
    QVERIFY(exporter);
    auto *exportButton = test::find<QPushButton>(exporter, QStringLiteral("exportButton"));
    auto *passphrase = test::find<QLineEdit>(exporter, QStringLiteral("exportPassphrase"));
    auto *repeat = test::find<QLineEdit>(exporter, QStringLiteral("exportPassphraseRepeat"));
    QVERIFY(!exportButton->isEnabled());
    QTest::keyClicks(passphrase, QStringLiteral("shop secret"));
    QTest::keyClicks(repeat, QStringLiteral("shop secrte"));
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(test::find<QLabel>(exporter, QStringLiteral("exportPassphraseMessage"))->text(),
             QStringLiteral("The passphrases do not match."));
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("shop secret"));
    QVERIFY(exportButton->isEnabled());
    const QString p12 = out.filePath(QStringLiteral("shop.p12"));
    ModalHooks::setNextFileName(p12);
    test::click(exportButton);
    auto *result = test::find<QLabel>(exporter, QStringLiteral("exportResultMessage"));
    PCA_WAIT_FOR(result->text().startsWith(QStringLiteral("Saved to")));
    QByteArray opened;
    QCOMPARE(test::runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12,
                               QStringLiteral("-passin"), QStringLiteral("pass:shop secret"),
                               QStringLiteral("-nodes")},
                              &opened),
             0);
    QVERIFY(opened.contains("PRIVATE KEY") && opened.contains("CN = shop.example.com"));
    QVERIFY(!(QFile::permissions(p12) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    // The passphrase served that export and is gone from the form.
    QVERIFY(passphrase->text().isEmpty() && repeat->text().isEmpty());

    // ---- and as PEM files: certificate, chain, encrypted key
    test::click(test::find<QRadioButton>(exporter, QStringLiteral("exportFormatPem")));
    QTest::keyClicks(passphrase, QStringLiteral("pem secret"));
    QTest::keyClicks(repeat, QStringLiteral("pem secret"));
    ModalHooks::setNextFileName(out.path());
    test::click(exportButton);
    const QString certificate = out.filePath(QStringLiteral("shop.example.com-certificate.pem"));
    const QString chain = out.filePath(QStringLiteral("shop.example.com-chain.pem"));
    const QString key = out.filePath(QStringLiteral("shop.example.com-private-key.pem"));
    PCA_WAIT_FOR(QFileInfo(key).size() > 0);
    QByteArray verified;
    QCOMPARE(
        test::runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), chain, certificate},
                         &verified),
        0);
    QCOMPARE(test::runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), key,
                               QStringLiteral("-passin"), QStringLiteral("pass:pem secret"),
                               QStringLiteral("-noout")}),
             0);
    QVERIFY(QFile(key).open(QIODevice::ReadOnly));
    test::click(test::find<QPushButton>(exporter, QStringLiteral("exportCloseButton")));
    PCA_WAIT_FOR(!exporter || !exporter->isVisible());
    PCA_WAIT_FOR(test::find<QLabel>(page, QStringLiteral("managedCertificateExported"))
                     ->text()
                     .startsWith(QStringLiteral("Yes")));

    // ---- the CA's Permissions tab says what its checkbox governs
    showArea(f.window.get(), MainWindow::Area::PrivateCas);
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Permissions);
    auto *box = test::find<QCheckBox>(f.window.get(), QStringLiteral("acmRenewalCheckBox"));
    auto *dependents = test::find<QLabel>(f.window.get(), QStringLiteral("acmRenewalDependents"));
    PCA_WAIT_FOR(box->isEnabled() && box->checkState() == Qt::Checked);
    PCA_WAIT_FOR(dependents->text().startsWith(
        QStringLiteral("1 certificate managed by ACM renews through this CA; the next renewal "
                       "is due on ")));

    // Clearing asks first and names the certificate; "No" keeps the grant.
    ModalHooks::setNextAnswer(QMessageBox::No);
    test::click(box);
    QCOMPARE(ModalHooks::shownQuestions().size(), 1);
    QCOMPARE(ModalHooks::shownQuestionTitles().last(), QStringLiteral("Stop ACM renewals?"));
    QVERIFY2(ModalHooks::shownQuestions().last().contains(
                 QStringLiteral("This certificate will fail to renew: shop.example.com.")),
             qPrintable(ModalHooks::shownQuestions().last()));
    QCOMPARE(box->checkState(), Qt::Checked);
    f.client.waitForIdle();
    QVERIFY(f.engine.service().acmRenewalAuthorization(ca).authorized());
    // "Yes" clears it.
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    test::click(box);
    QCOMPARE(ModalHooks::shownQuestions().size(), 2);
    PCA_WAIT_FOR(box->isEnabled() && box->checkState() == Qt::Unchecked);
    QVERIFY(f.engine.service().acmRenewalAuthorization(ca).granted.isEmpty());
    PCA_WAIT_FOR(
        dependents->text().endsWith(QStringLiteral("Renewals fail while the box is clear.")));

    // ---- so the next renewal fails, and the table says why in plain words
    showArea(f.window.get(), MainWindow::Area::ManagedCertificates);
    page->selectCertificate(arn);
    clickToolbar(f.window.get(), QStringLiteral("actionRenewCertificate"));
    PCA_WAIT_FOR(cellOf(table, QStringLiteral("shop.example.com"), Column::RenewalColumn) ==
                 QStringLiteral("Renewal failed"));
    QCOMPARE(cellOf(table, QStringLiteral("shop.example.com"), Column::DetailsColumn),
             QStringLiteral("ACM not authorized by the CA"));
    auto *problem = test::find<FieldMessage>(page, QStringLiteral("managedCertificateProblem"));
    PCA_WAIT_FOR(problem->text() == QStringLiteral("Renewal failed: The CA does not authorize ACM "
                                                   "to renew (Permissions tab)."));
    auto *renewalBadge = test::find<StatusBadge>(page, QStringLiteral("managedCertificateRenewal"));
    QVERIFY(renewalBadge->isVisible());
    QCOMPARE(renewalBadge->text(), QStringLiteral("Renewal failed"));
    QVERIFY(test::find<QLabel>(page, QStringLiteral("managedCertificateCaAnswer"))
                ->text()
                .contains(QStringLiteral("acm.amazonaws.com")));
    PCA_WAIT_FOR(summary->text().startsWith(QStringLiteral("1 renewal failed.")));
    // What ACM itself reports: RenewalSummary FAILED with PCA_ACCESS_DENIED, and the certificate
    // kept its version.
    const QString serial = *stored.first().detail.serial;
    api::acm::CertificateDetail described =
        *f.certificateManager.describeCertificate({arn}).certificate;
    QCOMPARE(described.renewalSummary->renewalStatus, api::acm::RenewalStatus::FAILED);
    QCOMPARE(described.renewalSummary->renewalStatusReason,
             std::optional(api::acm::FailureReason::PCA_ACCESS_DENIED));
    QCOMPARE(*described.serial, serial);

    // ---- checking the box again (no question: nothing fails by it) lets the renewal succeed
    showArea(f.window.get(), MainWindow::Area::PrivateCas);
    const int questions = int(ModalHooks::shownQuestions().size());
    test::click(box);
    PCA_WAIT_FOR(box->isEnabled() && box->checkState() == Qt::Checked);
    QCOMPARE(ModalHooks::shownQuestions().size(), questions);
    QVERIFY(f.engine.service().acmRenewalAuthorization(ca).authorized());
    PCA_WAIT_FOR(
        dependents->text().startsWith(QStringLiteral("1 certificate managed by ACM")) &&
        !dependents->text().endsWith(QStringLiteral("Renewals fail while the box is clear.")));
    showArea(f.window.get(), MainWindow::Area::ManagedCertificates);
    page->selectCertificate(arn);
    clickToolbar(f.window.get(), QStringLiteral("actionRenewCertificate"));
    PCA_WAIT_FOR(cellOf(table, QStringLiteral("shop.example.com"), Column::RenewalColumn) ==
                 QStringLiteral("Renewed"));
    QVERIFY(cellOf(table, QStringLiteral("shop.example.com"), Column::DetailsColumn)
                .startsWith(QStringLiteral("Renewed on ")));
    PCA_WAIT_FOR(renewalBadge->text() == QStringLiteral("Renewed"));
    QVERIFY(!problem->isError());
    QVERIFY(
        test::find<QLabel>(page, QStringLiteral("managedCertificateCaAnswer"))->text().isEmpty());
    described = *f.certificateManager.describeCertificate({arn}).certificate;
    QCOMPARE(described.renewalSummary->renewalStatus, api::acm::RenewalStatus::SUCCESS);
    QVERIFY(*described.serial != serial); // a new version under the same ARN
    QCOMPARE(*described.certificateArn, arn);
    PCA_WAIT_FOR(test::find<QLabel>(page, QStringLiteral("managedCertificateSerial"))->text() ==
                 described.serial->toUpper());
    PCA_WAIT_FOR(summary->text().startsWith(QStringLiteral("Certificates within 45 days")));
    QVERIFY(ModalHooks::shownErrors().isEmpty());
}

void CertificateManagerGuiTest::tagsAndDelete()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Tag Root CA"));
    api::acm::RequestCertificateRequest request;
    request.domainName = QStringLiteral("tagged.example.com");
    request.certificateAuthorityArn = ca;
    request.keyAlgorithm = api::acm::KeyAlgorithm::EC_prime256v1;
    request.tags = QList<api::Tag>{api::Tag{QStringLiteral("team"), QStringLiteral("web")}};
    const QString arn = *f.certificateManager.requestCertificate(request).certificateArn;
    f.certificateManager.waitForBackgroundWork();

    showArea(f.window.get(), MainWindow::Area::ManagedCertificates);
    ManagedCertificatesPage *page = f.window->certificatesPage();
    // Nothing selected: only Request acts.
    PCA_WAIT_FOR(page->model()->rowForArn(arn) >= 0);
    QVERIFY(!page->action(ManagedCertificatesPage::Action::Export)->isEnabled());
    QVERIFY(!page->action(ManagedCertificatesPage::Action::Delete)->isEnabled());
    page->selectCertificate(arn);
    PCA_WAIT_FOR(page->action(ManagedCertificatesPage::Action::Delete)->isEnabled());

    // ---- tags: the certificate's, edited in place
    clickToolbar(f.window.get(), QStringLiteral("actionCertificateTags"));
    QPointer<ManagedCertificateTagsDialog> tags =
        test::visibleWidget<ManagedCertificateTagsDialog>(f.window.get());
    QVERIFY(tags);
    auto *tagTable = test::find<QTableView>(tags, QStringLiteral("tagTable"));
    PCA_WAIT_FOR(tagTable->model()->rowCount() == 1);
    QCOMPARE(tagTable->model()->index(0, 0).data().toString(), QStringLiteral("team"));
    test::click(test::find<QPushButton>(tags, QStringLiteral("addTagButton")));
    tagTable->model()->setData(tagTable->model()->index(1, models::TagModel::KeyColumn),
                               QStringLiteral("environment"));
    PCA_WAIT_FOR(!tags->model()->isBusy() && tagTable->model()->rowCount() == 2);
    tagTable->model()->setData(tagTable->model()->index(1, models::TagModel::ValueColumn),
                               QStringLiteral("production"));
    PCA_WAIT_FOR(!tags->model()->isBusy() &&
                 f.certificateManager.listTagsForCertificate({arn}).tags->size() == 2);
    tagTable->selectRow(0);
    test::click(test::find<QPushButton>(tags, QStringLiteral("removeTagButton")));
    PCA_WAIT_FOR(!tags->model()->isBusy() &&
                 f.certificateManager.listTagsForCertificate({arn}).tags->size() == 1);
    QCOMPARE(f.certificateManager.listTagsForCertificate({arn}).tags->first().key,
             QStringLiteral("environment"));
    test::click(test::find<QPushButton>(tags, QStringLiteral("tagsCloseButton")));
    PCA_WAIT_FOR(!tags || !tags->isVisible());

    // ---- delete: "No" keeps it, "Yes" deletes it
    ModalHooks::setNextAnswer(QMessageBox::No);
    clickToolbar(f.window.get(), QStringLiteral("actionDeleteCertificate"));
    QCOMPARE(ModalHooks::shownQuestions().size(), 1);
    QVERIFY(ModalHooks::shownQuestions().last().contains(QStringLiteral("tagged.example.com")));
    f.acmClient.waitForIdle();
    QCOMPARE(f.certificateManager.listForDisplay().size(), 1);
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    clickToolbar(f.window.get(), QStringLiteral("actionDeleteCertificate"));
    PCA_WAIT_FOR(page->model()->rowCount() == 0);
    QVERIFY(f.certificateManager.listForDisplay().isEmpty());
    PCA_WAIT_FOR(!page->action(ManagedCertificatesPage::Action::Delete)->isEnabled());
}

void CertificateManagerGuiTest::requestNeedsAnActiveCa()
{
    test::GuiFixture f;
    const QString pending =
        f.engine.createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending CA"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(pending).isValid());
    // Chosen from the menu while the CAs are shown: the area follows.
    f.window->certificatesPage()->action(ManagedCertificatesPage::Action::Request)->trigger();
    QCOMPARE(f.window->area(), MainWindow::Area::ManagedCertificates);
    auto *dialog = test::visibleWidget<RequestCertificateDialog>(f.window.get());
    QVERIFY(dialog);
    QTest::keyClicks(test::find<QLineEdit>(dialog, QStringLiteral("requestDomainName")),
                     QStringLiteral("www.example.com"));
    QVERIFY(
        !test::find<QComboBox>(dialog, QStringLiteral("requestCertificateAuthority"))->isEnabled());
    QVERIFY(test::find<QLabel>(dialog, QStringLiteral("requestCaMessage"))
                ->text()
                .startsWith(QStringLiteral("No CA of this store is active.")));
    QVERIFY(!test::find<QPushButton>(dialog, QStringLiteral("requestButton"))->isEnabled());
    dialog->reject();
}

QTEST_MAIN(CertificateManagerGuiTest)
#include "tst_gui_certificate_manager.moc"

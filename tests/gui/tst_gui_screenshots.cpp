// Saves a PNG of every main screen under <build>/screenshots: the main window (empty, each tab
// of an active CA, a pending CA, dark theme), every page of the Create CA wizard, every dialog,
// and the Certificate Manager area (certificates in different states, its dialogs, and the
// Permissions tab with what the ACM checkbox governs), and the main window, the Create CA wizard
// and the Permissions tab in every language the app ships. People look at these; the test
// checks that each was written and, for the translated ones, that no label or button is too
// narrow for its text.
#include "AccessModels.h"
#include "AccessPage.h"
#include "ActivityPage.h"
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityModel.h"
#include "CertificateModel.h"
#include "CertificatesTab.h"
#include "CreateCertificateAuthorityWizard.h"
#include "DeleteCertificateAuthorityDialog.h"
#include "ErrorDialog.h"
#include "EventModel.h"
#include "ExportManagedCertificateDialog.h"
#include "GuiTestSupport.h"
#include "InstallCaCertificateDialog.h"
#include "IssueCertificateDialog.h"
#include "Languages.h"
#include "ManagedCertificateModel.h"
#include "ManagedCertificateTagsDialog.h"
#include "ManagedCertificatesPage.h"
#include "OneTimeSecretDialog.h"
#include "PassphraseDialog.h"
#include "PolicyEditorDialog.h"
#include "RequestCertificateDialog.h"
#include "ResourcePolicyText.h"
#include "RevokeCertificateDialog.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include <thread>

using namespace pca;
using namespace pca::views;
using models::CaAction;

class ScreenshotsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStore();
    void mainWindowAndTabs();
    void wizardPages();
    void dialogs();
    void certificateManager();
    void accessAndActivity();
    void firstStartAndUnlock();
    void darkTheme();
    void cutOffTextsAreFound();
    void languages_data();
    void languages();
    void cleanupTestCase();

private:
    void populate(test::GuiFixture &f);
    void shoot(QWidget *widget, const QString &name);
    QString m_root, m_issuing, m_pending, m_lab;
    QStringList m_saved;
};

void ScreenshotsTest::initTestCase()
{
    test::dropOffscreenSizeHintWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

void ScreenshotsTest::shoot(QWidget *widget, const QString &name)
{
    QVERIFY2(test::saveScreenshot(widget, name), qPrintable(name));
    const QString path = QDir(test::screenshotDirectory()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
    m_saved << path;
}

void ScreenshotsTest::populate(test::GuiFixture &f)
{
    api::RevocationConfiguration revocation;
    revocation.crlConfiguration = api::CrlConfiguration{};
    revocation.crlConfiguration->enabled = true;
    revocation.crlConfiguration->s3BucketName = QStringLiteral("example-crl");
    revocation.crlConfiguration->expirationInDays = 7;
    revocation.ocspConfiguration = api::OcspConfiguration{true, std::nullopt};
    m_root = f.engine.createActiveRoot(QStringLiteral("Example Corp Root CA"),
                                       api::KeyAlgorithm::EC_secp384r1,
                                       api::SigningAlgorithm::SHA384WITHECDSA, 20, revocation);
    // The issuing CA publishes partitioned CRLs (shown on its Revocation tab).
    api::RevocationConfiguration partitioned = revocation;
    partitioned.crlConfiguration->crlType = api::CrlType::PARTITIONED;
    m_issuing = f.engine.createActiveSubordinate(m_root, QStringLiteral("Example Corp Issuing CA"),
                                                 0, partitioned);
    m_pending = f.engine.createCa(api::CertificateAuthorityType::SUBORDINATE,
                                  QStringLiteral("Partner Bridge CA"));
    m_lab = f.engine.createActiveRoot(QStringLiteral("Lab Root CA"), api::KeyAlgorithm::RSA_2048,
                                      api::SigningAlgorithm::SHA256WITHRSA, 5);
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = m_lab;
    disable.status = api::CertificateAuthorityStatus::DISABLED;
    f.engine.service().updateCertificateAuthority(disable);

    // Certificates with spread-out expiries for the inventory and the chart.
    const QStringList hosts = {QStringLiteral("www"),  QStringLiteral("api"),
                               QStringLiteral("mail"), QStringLiteral("vpn"),
                               QStringLiteral("git"),  QStringLiteral("intranet")};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = t; i < 240; i += 4) {
                const int days = 15 + (i * 37) % 340;
                f.engine.issue(m_issuing,
                               QStringLiteral("%1-%2.example.com").arg(hosts.at(i % 6)).arg(i),
                               QString(), days);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    store::CertificateQuery query;
    query.caId = models::caIdFromArn(m_issuing);
    query.limit = 5;
    for (const CertificateSummary &summary : f.engine.service().queryCertificates(query))
        f.engine.service().revokeCertificate(
            {m_issuing, summary.record.serial, api::RevocationReason::SUPERSEDED});
    f.engine.service().tagCertificateAuthority(
        {m_issuing,
         {api::Tag{QStringLiteral("team"), QStringLiteral("platform security")},
          api::Tag{QStringLiteral("environment"), QStringLiteral("production")},
          api::Tag{QStringLiteral("cost-center"), QStringLiteral("4711")}}});
    api::CreatePermissionRequest permission;
    permission.certificateAuthorityArn = m_issuing;
    permission.principal = QStringLiteral("acm.amazonaws.com");
    permission.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                          api::ActionType::ListPermissions};
    f.engine.service().createPermission(permission);
    f.engine.service().putPolicy({m_issuing, models::ResourcePolicyText::example(
                                                 m_issuing, QStringLiteral("210987654321"))});
    api::CreateCertificateAuthorityAuditReportRequest report;
    report.certificateAuthorityArn = m_issuing;
    report.s3BucketName = QStringLiteral("audit-reports");
    f.engine.service().createCertificateAuthorityAuditReport(report);
    f.engine.service().waitForBackgroundWork();
}

void ScreenshotsTest::emptyStore()
{
    test::GuiFixture f;
    PCA_WAIT_FOR(f.window->caModel()->isLoaded());
    shoot(f.window.get(), QStringLiteral("main-window-empty"));
}

void ScreenshotsTest::mainWindowAndTabs()
{
    test::GuiFixture f;
    populate(f);
    f.window->refresh();
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(m_issuing).isValid());
    f.window->selectCertificateAuthority(m_issuing);
    PCA_WAIT_FOR(f.window->selectedArn() == m_issuing);
    QTabWidget *tabs = f.window->details()->tabs();
    const QStringList names = {QStringLiteral("general"),      QStringLiteral("ca-certificate"),
                               QStringLiteral("certificates"), QStringLiteral("revocation"),
                               QStringLiteral("permissions"),  QStringLiteral("policy"),
                               QStringLiteral("tags"),         QStringLiteral("audit-reports")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        // Let each tab load before the picture.
        switch (i) {
        case CertificateAuthorityDetails::General: {
            auto *chart = test::find<QWidget>(f.window.get(), QStringLiteral("expiryChart"));
            PCA_WAIT_FOR(!chart->accessibleDescription().isEmpty());
            break;
        }
        case CertificateAuthorityDetails::Certificates:
            PCA_WAIT_FOR(f.window->details()->certificatesTab()->model()->totalCount() > 0 &&
                         f.window->details()->certificatesTab()->model()->rowCount() > 0);
            break;
        case CertificateAuthorityDetails::Permissions: {
            auto *box = test::find<QCheckBox>(f.window.get(), QStringLiteral("acmRenewalCheckBox"));
            PCA_WAIT_FOR(box->isEnabled() && box->isChecked());
            break;
        }
        case CertificateAuthorityDetails::Policy: {
            auto *editor =
                test::find<QPlainTextEdit>(f.window.get(), QStringLiteral("policyEditor"));
            PCA_WAIT_FOR(!editor->toPlainText().isEmpty());
            break;
        }
        default:
            break;
        }
        f.client.waitForIdle();
        QTest::qWait(50); // debounced validations settle
        f.client.waitForIdle();
        shoot(f.window.get(), QStringLiteral("tab-%1-%2").arg(i + 1).arg(names.at(i)));
    }
    tabs->setCurrentIndex(CertificateAuthorityDetails::General);
    f.client.waitForIdle();
    shoot(f.window.get(), QStringLiteral("main-window"));

    // The chain view of the CA certificate tab.
    tabs->setCurrentIndex(CertificateAuthorityDetails::CaCertificate);
    auto *views = test::find<QTabWidget>(f.window.get(), QStringLiteral("caCertificateViews"));
    views->setCurrentIndex(2);
    f.client.waitForIdle();
    shoot(f.window.get(), QStringLiteral("tab-2-ca-certificate-chain"));

    // A pending CA: its CSR instead of a certificate.
    f.window->selectCertificateAuthority(m_pending);
    f.client.waitForIdle();
    shoot(f.window.get(), QStringLiteral("main-window-pending-ca"));
    // A disabled CA on the Permissions tab.
    f.window->selectCertificateAuthority(m_lab);
    tabs->setCurrentIndex(CertificateAuthorityDetails::Permissions);
    f.client.waitForIdle();
    QCoreApplication::processEvents();
    f.client.waitForIdle();
    shoot(f.window.get(), QStringLiteral("main-window-disabled-ca-permissions"));
}

void ScreenshotsTest::wizardPages()
{
    test::GuiFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Example Corp Root CA"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(root).isValid());
    f.window->action(CaAction::CreateCertificateAuthority)->trigger();
    auto *wizard = test::visibleWidget<CreateCertificateAuthorityWizard>(f.window.get());
    QVERIFY(wizard);
    const auto next = [&wizard] {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        test::click(button);
    };
    const QStringList names = {
        QStringLiteral("type"),     QStringLiteral("subject"),     QStringLiteral("key"),
        QStringLiteral("validity"), QStringLiteral("revocation"),  QStringLiteral("options"),
        QStringLiteral("tags"),     QStringLiteral("permissions"), QStringLiteral("review")};
    const auto page = [&](int index) {
        return QStringLiteral("wizard-%1-%2")
            .arg(index + 1, 2, 10, QLatin1Char('0'))
            .arg(names.at(index));
    };
    // A subordinate signed by the store's root, to show every choice.
    test::click(test::find<QRadioButton>(wizard, QStringLiteral("wizardTypeSubordinate")));
    shoot(wizard, page(0));
    next();
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectCommonName")),
                     QStringLiteral("Example Corp Web CA"));
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectOrganization")),
                     QStringLiteral("Example Corp"));
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectCountry")),
                     QStringLiteral("DE"));
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectLocality")),
                     QStringLiteral("Berlin"));
    shoot(wizard, page(1));
    next();
    auto *key = test::find<QComboBox>(wizard, QStringLiteral("wizardKeyAlgorithm"));
    key->setCurrentIndex(key->findData(int(api::KeyAlgorithm::EC_prime256v1)));
    shoot(wizard, page(2));
    next();
    shoot(wizard, page(3));
    next();
    test::click(test::find<QCheckBox>(wizard, QStringLiteral("crlEnabled")));
    test::click(test::find<QCheckBox>(wizard, QStringLiteral("ocspEnabled")));
    f.client.waitForIdle();
    shoot(wizard, page(4));
    next();
    shoot(wizard, page(5));
    next();
    test::click(test::find<QPushButton>(wizard, QStringLiteral("wizardAddTag")));
    auto *tags = test::find<QTableWidget>(wizard, QStringLiteral("wizardTags"));
    tags->item(0, 0)->setText(QStringLiteral("team"));
    tags->item(0, 1)->setText(QStringLiteral("web platform"));
    shoot(wizard, page(6));
    next();
    shoot(wizard, page(7));
    next();
    f.client.waitForIdle();
    shoot(wizard, page(8));
    test::click(wizard->button(QWizard::CommitButton));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 20000);
    shoot(wizard, QStringLiteral("wizard-10-progress"));
    test::click(wizard->button(QWizard::FinishButton));

    // The external-signing ending shows the CSR.
    f.window->action(CaAction::CreateCertificateAuthority)->trigger();
    PCA_WAIT_FOR(test::visibleWidget<CreateCertificateAuthorityWizard>(f.window.get()) &&
                 test::visibleWidget<CreateCertificateAuthorityWizard>(f.window.get()) != wizard);
    wizard = test::visibleWidget<CreateCertificateAuthorityWizard>(f.window.get());
    test::click(test::find<QRadioButton>(wizard, QStringLiteral("wizardTypeSubordinate")));
    next();
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectCommonName")),
                     QStringLiteral("Partner Bridge CA"));
    for (int i = 0; i < 7; ++i)
        next();
    test::click(test::find<QRadioButton>(wizard, QStringLiteral("wizardExportCsr")));
    test::click(wizard->button(QWizard::CommitButton));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 20000);
    shoot(wizard, QStringLiteral("wizard-10-progress-external-csr"));
    test::click(wizard->button(QWizard::FinishButton));
}

void ScreenshotsTest::dialogs()
{
    test::GuiFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Example Corp Root CA"));
    const QString pending = f.engine.createCa(api::CertificateAuthorityType::SUBORDINATE,
                                              QStringLiteral("Partner Bridge CA"));
    f.engine.issue(root, QStringLiteral("www.example.com"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(pending).isValid());
    f.window->selectCertificateAuthority(root);
    PCA_WAIT_FOR(f.window->action(CaAction::IssueCertificate)->isEnabled());

    f.window->action(CaAction::IssueCertificate)->trigger();
    auto *issue = test::visibleWidget<IssueCertificateDialog>(f.window.get());
    QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("issueSubjectCommonName")),
                     QStringLiteral("shop.example.com"));
    QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("issueSubjectOrganization")),
                     QStringLiteral("Example Corp"));
    test::find<QPlainTextEdit>(issue, QStringLiteral("issueSans"))
        ->setPlainText(QStringLiteral("shop.example.com\nwww.shop.example.com"));
    shoot(issue, QStringLiteral("dialog-issue-certificate"));
    test::click(test::find<QPushButton>(issue, QStringLiteral("issueButton")));
    auto *arn = test::find<QLineEdit>(issue, QStringLiteral("issueResultArn"));
    PCA_WAIT_FOR(!arn->text().isEmpty() && arn->isVisible());
    shoot(issue, QStringLiteral("dialog-issue-certificate-result"));
    ModalHooks::setNextAnswer(QMessageBox::Yes); // discard the key
    test::click(test::find<QPushButton>(issue, QStringLiteral("issueDoneButton")));

    f.window->revokeCertificate(models::serialFromCertificateArn(arn->text()));
    auto *revoke = test::visibleWidget<RevokeCertificateDialog>(f.window.get());
    shoot(revoke, QStringLiteral("dialog-revoke-certificate"));
    revoke->reject();

    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Certificates);
    CertificatesTab *tab = f.window->details()->certificatesTab();
    PCA_WAIT_FOR(tab->model()->rowCount() > 0);
    tab->table()->doubleClicked(tab->model()->index(0, 0));
    QDialog *details = nullptr;
    PCA_WAIT_FOR(
        (details = f.window->findChild<QDialog *>(QStringLiteral("certificateDetailsDialog"))) &&
        details->isVisible());
    f.client.waitForIdle();
    shoot(details, QStringLiteral("dialog-certificate-details"));
    details->reject();

    f.window->selectCertificateAuthority(pending);
    PCA_WAIT_FOR(f.window->action(CaAction::InstallCaCertificate)->isEnabled());
    f.window->action(CaAction::InstallCaCertificate)->trigger();
    auto *install = test::visibleWidget<InstallCaCertificateDialog>(f.window.get());
    f.client.waitForIdle();
    shoot(install, QStringLiteral("dialog-install-ca-certificate"));
    test::click(test::find<QRadioButton>(install, QStringLiteral("installImportExternal")));
    f.client.waitForIdle();
    shoot(install, QStringLiteral("dialog-install-ca-certificate-import"));
    install->reject();

    f.window->action(CaAction::Delete)->trigger();
    auto *del = test::visibleWidget<DeleteCertificateAuthorityDialog>(f.window.get());
    shoot(del, QStringLiteral("dialog-delete-ca"));
    del->reject();

    SettingsDialog settings(&f.client, f.engine.directory(), f.window.get());
    settings.show();
    f.client.waitForIdle();
    QCoreApplication::processEvents();
    shoot(&settings, QStringLiteral("dialog-settings"));

    ErrorDialog error(QStringLiteral("Issue certificate"),
                      PcaError(errors::InvalidState,
                               QStringLiteral("The certificate authority is not in a valid state "
                                              "for issuing certificates. Certificate authority "
                                              "arn:aws:acm-pca:us-east-1:123456789012:"
                                              "certificate-authority/… is DISABLED.")),
                      f.window.get());
    error.show();
    shoot(&error, QStringLiteral("dialog-error"));
}

void ScreenshotsTest::certificateManager()
{
    test::GuiFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Example Corp Root CA"),
                                                   api::KeyAlgorithm::EC_secp384r1,
                                                   api::SigningAlgorithm::SHA384WITHECDSA, 20);
    const QString issuing =
        f.engine.createActiveSubordinate(root, QStringLiteral("Example Corp Issuing CA"));
    const QString lab =
        f.engine.createActiveRoot(QStringLiteral("Lab Root CA"), api::KeyAlgorithm::RSA_2048,
                                  api::SigningAlgorithm::SHA256WITHRSA, 5);
    const QString retired = f.engine.createActiveRoot(QStringLiteral("Retired Root CA"));
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = retired;
    disable.status = api::CertificateAuthorityStatus::DISABLED;
    f.engine.service().updateCertificateAuthority(disable);
    api::CreatePermissionRequest grant;
    grant.certificateAuthorityArn = issuing;
    grant.principal = QStringLiteral("acm.amazonaws.com");
    grant.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                     api::ActionType::ListPermissions};
    f.engine.service().createPermission(grant);

    CertificateManager &acm = f.certificateManager;
    const auto request = [&acm](const QString &ca, const QString &domain,
                                QList<QString> moreNames = {},
                                api::acm::KeyAlgorithm key = api::acm::KeyAlgorithm::RSA_2048) {
        api::acm::RequestCertificateRequest r;
        r.domainName = domain;
        r.certificateAuthorityArn = ca;
        r.keyAlgorithm = key;
        if (!moreNames.isEmpty())
            r.subjectAlternativeNames = moreNames;
        const QString arn = *acm.requestCertificate(r).certificateArn;
        acm.waitForBackgroundWork();
        return arn;
    };
    // A year ago, from the lab CA that never let ACM renew: now within DaysBeforeExpiry, and
    // managed renewal fails.
    const QString legacy = request(lab, QStringLiteral("legacy.example.com"), {},
                                   api::acm::KeyAlgorithm::EC_prime256v1);
    f.engine.clock().advanceDays(CertificateManager::kValidityDays - 31);
    acm.runMaintenance();
    request(issuing, QStringLiteral("www.example.com"), {QStringLiteral("example.com")});
    const QString api =
        request(issuing, QStringLiteral("api.example.com"), {QStringLiteral("api-v2.example.com")},
                api::acm::KeyAlgorithm::EC_prime256v1);
    acm.renewCertificate({api});
    acm.waitForBackgroundWork();
    const QString git =
        request(lab, QStringLiteral("git.example.com"), {}, api::acm::KeyAlgorithm::EC_prime256v1);
    acm.renewCertificate({git});
    acm.waitForBackgroundWork();
    const QString vpn = request(retired, QStringLiteral("vpn.example.com"), {},
                                api::acm::KeyAlgorithm::EC_secp384r1);
    acm.addTagsToCertificate(
        {legacy,
         {api::Tag{QStringLiteral("team"), QStringLiteral("platform")},
          api::Tag{QStringLiteral("environment"), QStringLiteral("production")}}});

    PCA_WAIT_FOR(f.window->caModel()->indexForArn(issuing).isValid());
    f.window->selectCertificateAuthority(issuing);
    f.window->setArea(MainWindow::Area::ManagedCertificates);
    ManagedCertificatesPage *page = f.window->certificatesPage();
    page->refresh();
    PCA_WAIT_FOR(page->model()->rowCount() == 5 && page->model()->failedCount() == 1);
    page->selectCertificate(legacy);
    f.acmClient.waitForIdle();
    QCoreApplication::processEvents();
    shoot(f.window.get(), QStringLiteral("acm-1-managed-certificates"));
    page->selectCertificate(vpn);
    QCoreApplication::processEvents();
    shoot(f.window.get(), QStringLiteral("acm-2-managed-certificate-failed"));

    // The request dialog, filled in.
    page->action(ManagedCertificatesPage::Action::Request)->trigger();
    auto *requestDialog = test::visibleWidget<RequestCertificateDialog>(f.window.get());
    QVERIFY(requestDialog);
    QTest::keyClicks(test::find<QLineEdit>(requestDialog, QStringLiteral("requestDomainName")),
                     QStringLiteral("shop.example.com"));
    test::find<QPlainTextEdit>(requestDialog, QStringLiteral("requestAdditionalNames"))
        ->setPlainText(QStringLiteral("www.shop.example.com\nshop.example.net"));
    test::click(test::find<QPushButton>(requestDialog, QStringLiteral("requestAddTag")));
    auto *tags = test::find<QTableWidget>(requestDialog, QStringLiteral("requestTags"));
    tags->item(0, 0)->setText(QStringLiteral("team"));
    tags->item(0, 1)->setText(QStringLiteral("web shop"));
    auto *caMessage = test::find<QLabel>(requestDialog, QStringLiteral("requestCaMessage"));
    PCA_WAIT_FOR(caMessage->text().startsWith(QStringLiteral("This CA authorizes")));
    shoot(requestDialog, QStringLiteral("acm-3-dialog-request-certificate"));
    // A CA that does not let ACM renew says so before the request.
    auto *caBox =
        test::find<QComboBox>(requestDialog, QStringLiteral("requestCertificateAuthority"));
    caBox->setCurrentIndex(caBox->findData(lab));
    PCA_WAIT_FOR(caMessage->text().startsWith(QStringLiteral("This CA does not authorize")));
    shoot(requestDialog, QStringLiteral("acm-3-dialog-request-certificate-unauthorized-ca"));
    requestDialog->reject();

    // The export dialog, passphrase typed twice.
    page->selectCertificate(legacy);
    page->action(ManagedCertificatesPage::Action::Export)->trigger();
    auto *exportDialog = test::visibleWidget<ExportManagedCertificateDialog>(f.window.get());
    QVERIFY(exportDialog);
    QTest::keyClicks(test::find<QLineEdit>(exportDialog, QStringLiteral("exportPassphrase")),
                     QStringLiteral("correct horse"));
    QTest::keyClicks(test::find<QLineEdit>(exportDialog, QStringLiteral("exportPassphraseRepeat")),
                     QStringLiteral("correct horse"));
    shoot(exportDialog, QStringLiteral("acm-4-dialog-export-certificate"));
    exportDialog->reject();

    page->action(ManagedCertificatesPage::Action::Tags)->trigger();
    auto *tagsDialog = test::visibleWidget<ManagedCertificateTagsDialog>(f.window.get());
    QVERIFY(tagsDialog);
    PCA_WAIT_FOR(
        test::find<QTableView>(tagsDialog, QStringLiteral("tagTable"))->model()->rowCount() == 2);
    shoot(tagsDialog, QStringLiteral("acm-5-dialog-certificate-tags"));
    tagsDialog->reject();

    // The Permissions tab of the issuing CA: what its checkbox governs, and the question asked
    // before it is cleared.
    f.window->setArea(MainWindow::Area::PrivateCas);
    f.window->selectCertificateAuthority(issuing);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Permissions);
    auto *box = test::find<QCheckBox>(f.window.get(), QStringLiteral("acmRenewalCheckBox"));
    auto *dependents = test::find<QLabel>(f.window.get(), QStringLiteral("acmRenewalDependents"));
    PCA_WAIT_FOR(box->isEnabled() && box->isChecked() &&
                 dependents->text().startsWith(QStringLiteral("2 certificates")));
    f.client.waitForIdle();
    shoot(f.window.get(), QStringLiteral("acm-6-permissions-dependents"));
    ModalHooks::setNextAnswer(QMessageBox::No);
    test::click(box);
    QVERIFY(box->isChecked());
    QVERIFY(!ModalHooks::shownQuestions().isEmpty());
    std::unique_ptr<QMessageBox> question =
        ModalHooks::questionBox(f.window.get(), ModalHooks::shownQuestionTitles().last(),
                                ModalHooks::shownQuestions().last());
    question->show();
    shoot(question.get(), QStringLiteral("acm-7-permissions-confirmation"));
    question.reset();
    // The lab CA: a certificate depends on it, but the box is clear.
    f.window->selectCertificateAuthority(lab);
    PCA_WAIT_FOR(box->isEnabled() && !box->isChecked() &&
                 dependents->text().startsWith(QStringLiteral("2 certificates")));
    f.client.waitForIdle();
    shoot(f.window.get(), QStringLiteral("acm-8-permissions-unauthorized"));

    Theme::apply(ThemeChoice::Dark);
    f.window->setArea(MainWindow::Area::ManagedCertificates);
    page->selectCertificate(git);
    QCoreApplication::processEvents();
    shoot(f.window.get(), QStringLiteral("acm-1-managed-certificates-dark"));
    Theme::apply(ThemeChoice::System);
}

void ScreenshotsTest::accessAndActivity()
{
    test::GuiFixture f;
    const QString account = f.identity.storeAccountId();
    f.identity.createAccount(QStringLiteral("444455556666"), QStringLiteral("Partner Corp"));
    QString botKey;
    {
        const Caller administrator = Caller::administratorOf(account);
        const CallerScope scope(administrator);
        f.identity.createUser(QStringLiteral("issuer-bot"), QStringLiteral("/"), {});
        f.identity.createUser(QStringLiteral("auditor"), QStringLiteral("/"), {});
        f.identity.createUser(QStringLiteral("ci-pipeline"), QStringLiteral("/"), {});
        botKey = f.identity.createAccessKey(QStringLiteral("issuer-bot")).accessKeyId;
        const QString old = f.identity.createAccessKey(QStringLiteral("issuer-bot")).accessKeyId;
        f.identity.updateAccessKey(QStringLiteral("issuer-bot"), old, QStringLiteral("Inactive"));
        f.identity.putUserPolicy(
            QStringLiteral("issuer-bot"), QStringLiteral("IssueEndEntityOnly"),
            QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                           "\"Action\":\"acm-pca:IssueCertificate\",\"Resource\":\"*\","
                           "\"Condition\":{\"StringEquals\":{\"acm-pca:TemplateArn\":"
                           "\"arn:aws:acm-pca:::template/EndEntityCertificate/V1\"}}}]}"));
        f.identity.attachUserPolicy(QStringLiteral("issuer-bot"),
                                    models::AccessClient::managedPolicies().at(1).arn);
    }
    // The event history: a morning of calls, two of them denied.
    const QString ca = QStringLiteral("arn:aws:acm-pca:us-east-1:%1:certificate-authority/"
                                      "0f6c2a4e-81d3-4b7a-9c1e-5d2f7a8b9c01")
                           .arg(account);
    struct Call
    {
        const char *user;
        const char *source;
        const char *name;
        const char *error;
    };
    const QList<Call> calls = {
        {"", "acm-pca.amazonaws.com", "CreateCertificateAuthority", ""},
        {"", "iam.amazonaws.com", "CreateUser", ""},
        {"", "iam.amazonaws.com", "PutUserPolicy", ""},
        {"issuer-bot", "acm-pca.amazonaws.com", "IssueCertificate", ""},
        {"issuer-bot", "acm-pca.amazonaws.com", "GetCertificate", ""},
        {"auditor", "acm-pca.amazonaws.com", "DescribeCertificateAuthority", ""},
        {"auditor", "acm-pca.amazonaws.com", "ListPermissions", ""},
        {"issuer-bot", "acm-pca.amazonaws.com", "RevokeCertificate", "AccessDeniedException"},
        {"ci-pipeline", "acm.amazonaws.com", "RequestCertificate", ""},
        {"auditor", "acm-pca.amazonaws.com", "DeleteCertificateAuthority", "AccessDeniedException"},
        {"issuer-bot", "acm-pca.amazonaws.com", "IssueCertificate", ""},
    };
    for (int i = 0; i < calls.size(); ++i) {
        const Call &c = calls.at(i);
        ApiCallRecord call;
        const QString user = QString::fromLatin1(c.user);
        if (user.isEmpty()) {
            call.caller = Caller::administratorOf(account);
        } else {
            call.caller.accountId = account;
            call.caller.userName = user;
            call.caller.arn = QStringLiteral("arn:aws:iam::%1:user/%2").arg(account, user);
            call.caller.userId = QStringLiteral("AIDA") + user.toUpper().remove(QLatin1Char('-'));
            call.caller.accessKeyId = botKey;
        }
        call.caller.sourceIp = QStringLiteral("10.0.4.17");
        call.caller.userAgent = QStringLiteral("aws-cli/2.15.0 Python/3.11");
        call.eventSource = QString::fromLatin1(c.source);
        call.eventName = QString::fromLatin1(c.name);
        call.region = QStringLiteral("us-east-1");
        call.requestId =
            QStringLiteral("5e1b%1-7c2d-4e8f-9a0b-1c2d3e4f5a6b").arg(i, 4, 10, QLatin1Char('0'));
        call.eventTimeMs = f.engine.clock().nowMs() - qint64(calls.size() - i) * 7 * 60 * 1000;
        call.readOnly = call.eventName.startsWith(QLatin1String("Describe")) ||
                        call.eventName.startsWith(QLatin1String("Get")) ||
                        call.eventName.startsWith(QLatin1String("List"));
        call.requestParameters = {{QStringLiteral("CertificateAuthorityArn"), ca}};
        const QString error = QString::fromLatin1(c.error);
        if (error.isEmpty()) {
            call.responseElements = QJsonObject();
        } else {
            call.errorCode = error;
            call.errorMessage = QStringLiteral("User: %1 is not authorized to perform: acm-pca:%2 "
                                               "on resource: %3 because no identity-based "
                                               "policy allows the acm-pca:%2 action")
                                    .arg(call.caller.arn, call.eventName, ca);
        }
        if (call.eventSource != QLatin1String("iam.amazonaws.com"))
            call.resources = {{QStringLiteral("AWS::ACMPCA::CertificateAuthority"), ca}};
        f.events.record(call);
    }
    f.events.flush();

    f.window->setArea(MainWindow::Area::Access);
    AccessPage *access = f.window->accessPage();
    PCA_WAIT_FOR(access->accounts()->rowCount() == 2);
    access->selectAccount(account);
    PCA_WAIT_FOR(access->users()->isLoaded() && access->users()->rowCount() == 3);
    access->selectUser(QStringLiteral("issuer-bot"));
    PCA_WAIT_FOR(access->keys()->rowCount() == 2 && access->policies()->rowCount() == 2);
    access->selectKey(botKey);
    f.accessClient.waitForIdle();
    shoot(f.window.get(), QStringLiteral("access-1-users-keys-policies"));

    // A new key's secret, shown once.
    access->selectUser(QStringLiteral("auditor"));
    PCA_WAIT_FOR(access->selectedUser() == QStringLiteral("auditor") && access->keys()->isLoaded());
    access->createAccessKey();
    PCA_WAIT_FOR(access->secretDialog() && access->secretDialog()->isVisible());
    shoot(access->secretDialog(), QStringLiteral("access-2-new-key-secret"));
    access->secretDialog()->accept();

    // The policy editor refusing a document, with IAM's reason.
    access->addInlinePolicy();
    PCA_WAIT_FOR(access->policyEditor() && access->policyEditor()->isVisible());
    PolicyEditorDialog *editor = access->policyEditor();
    editor->nameEdit()->setText(QStringLiteral("AuditOnly"));
    editor->documentEdit()->setPlainText(
        QStringLiteral("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
                       "      \"Effect\": \"Allow\",\n      \"Action\": \"acm-pca:Describe*\",\n"
                       "      \"Resource\": \"*\",\n      \"Condition\": {\"NumericLessThan\": "
                       "{\"aws:MultiFactorAuthAge\": \"3600\"}}\n    }\n  ]\n}\n"));
    editor->validate();
    shoot(editor, QStringLiteral("access-3-policy-editor-invalid"));
    editor->reject();

    f.window->setArea(MainWindow::Area::Activity);
    ActivityPage *activity = f.window->activityPage();
    PCA_WAIT_FOR(activity->model()->isLoaded() && activity->model()->rowCount() == calls.size());
    activity->table()->selectRow(2);
    f.accessClient.waitForIdle();
    shoot(f.window.get(), QStringLiteral("activity-1-events"));
    activity->errorsOnly()->setChecked(true);
    PCA_WAIT_FOR(activity->model()->rowCount() == 2 && !activity->model()->isFetching());
    activity->table()->selectRow(0);
    f.accessClient.waitForIdle();
    shoot(f.window.get(), QStringLiteral("activity-2-errors-only"));
}

void ScreenshotsTest::firstStartAndUnlock()
{
    QTemporaryDir dir;
    WelcomeDialog welcome(dir.filePath(QStringLiteral("store")));
    welcome.show();
    QTest::keyClicks(test::find<QLineEdit>(&welcome, QStringLiteral("welcomePassphrase")),
                     QStringLiteral("violet harbor"));
    QTest::keyClicks(test::find<QLineEdit>(&welcome, QStringLiteral("welcomePassphraseRepeat")),
                     QStringLiteral("violet"));
    shoot(&welcome, QStringLiteral("dialog-welcome"));

    store::StoreOptions options;
    options.directory = dir.filePath(QStringLiteral("existing"));
    store::SqlStore::create(options, "right",
                            {QStringLiteral("111122223333"), QStringLiteral("eu-west-1")});
    PassphraseDialog prompt(options.directory);
    prompt.show();
    QTest::keyClicks(test::find<QLineEdit>(&prompt, QStringLiteral("passphraseInput")),
                     QStringLiteral("wrong"));
    prompt.accept();
    PCA_WAIT_FOR(prompt.attempts() == 1 &&
                 test::find<QPushButton>(&prompt, QStringLiteral("unlockButton"))->isEnabled());
    shoot(&prompt, QStringLiteral("dialog-passphrase-wrong"));
}

void ScreenshotsTest::darkTheme()
{
    Theme::apply(ThemeChoice::System);
    Theme::apply(ThemeChoice::Dark);
    {
        test::GuiFixture f;
        populate(f);
        f.window->refresh();
        PCA_WAIT_FOR(f.window->caModel()->indexForArn(m_issuing).isValid());
        f.window->selectCertificateAuthority(m_issuing);
        auto *chart = test::find<QWidget>(f.window.get(), QStringLiteral("expiryChart"));
        PCA_WAIT_FOR(!chart->accessibleDescription().isEmpty());
        f.client.waitForIdle();
        shoot(f.window.get(), QStringLiteral("main-window-dark"));
        f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Certificates);
        PCA_WAIT_FOR(f.window->details()->certificatesTab()->model()->rowCount() > 0);
        f.client.waitForIdle();
        shoot(f.window.get(), QStringLiteral("tab-3-certificates-dark"));
    }
    Theme::apply(ThemeChoice::System);
}

namespace {

// Visible labels, buttons and tabs under `root` whose text does not fit: what a translation
// longer than the English cuts off.
QStringList cutOffTexts(QWidget *root)
{
    QStringList cut;
    const auto visible = [root](QWidget *widget) {
        return widget->isVisibleTo(root) && widget->width() > 0;
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!visible(label) || label->wordWrap() || label->text().isEmpty() ||
            !label->pixmap().isNull() || label->textFormat() == Qt::RichText)
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text()) -
                           (label->text().contains(QLatin1Char('&')) ? 1 : 0);
        if (label->contentsRect().width() + 1 < needed)
            cut << QStringLiteral("label %1 (%2 < %3 px)")
                       .arg(label->text())
                       .arg(label->contentsRect().width())
                       .arg(needed);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty() ||
            (button->inherits("QToolButton") &&
             static_cast<QToolButton *>(button)->toolButtonStyle() == Qt::ToolButtonIconOnly))
            continue;
        if (button->width() < button->minimumSizeHint().width())
            cut << QStringLiteral("button %1 (%2 < %3 px)")
                       .arg(button->text())
                       .arg(button->width())
                       .arg(button->minimumSizeHint().width());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!visible(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            const QRect rect = bar->tabRect(i);
            const int needed = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
            if (bar->isTabVisible(i) && rect.width() < needed)
                cut << QStringLiteral("tab %1 (%2 < %3 px)")
                           .arg(bar->tabText(i))
                           .arg(rect.width())
                           .arg(needed);
        }
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (!visible(box) || box->title().isEmpty())
            continue;
        if (box->width() < box->fontMetrics().horizontalAdvance(box->title()))
            cut << QStringLiteral("group %1").arg(box->title());
    }
    return cut;
}

} // namespace

// The check behind the translated screenshots finds what it is meant to find.
void ScreenshotsTest::cutOffTextsAreFound()
{
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Nom personnalisé (CNAME) :"), &window);
    auto *button = new QPushButton(QStringLiteral("Enregistrer les modifications"), &window);
    auto *fitting = new QLabel(QStringLiteral("OK"), &window);
    label->setGeometry(0, 0, 40, 20);
    button->setGeometry(0, 30, 40, 30);
    fitting->setGeometry(0, 70, 200, 20);
    window.resize(240, 100);
    window.show();
    const QStringList cut = cutOffTexts(&window);
    QCOMPARE(cut.size(), 2);
    QVERIFY(cut.at(0).startsWith(QStringLiteral("label Nom personnalisé")));
    QVERIFY(cut.at(1).startsWith(QStringLiteral("button Enregistrer")));
}

void ScreenshotsTest::languages_data()
{
    QTest::addColumn<QString>("code");
    const QStringList catalogues =
        QDir(QStringLiteral(PRIVATECA_QM_DIR))
            .entryList({QStringLiteral("privateca_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : catalogues) {
        const QString code = QFileInfo(file).completeBaseName().mid(int(qstrlen("privateca_")));
        QTest::newRow(qPrintable(code)) << code;
    }
}

void ScreenshotsTest::languages()
{
    QFETCH(QString, code);
    // As the app starts with this language chosen in Settings: its catalogue and Qt's own.
    Languages::setCatalogueDirectory(QStringLiteral(PRIVATECA_QM_DIR));
    Languages::setChosen(code);
    QCOMPARE(Languages::install(QCoreApplication::instance()), code);
    const auto cleanUp = qScopeGuard([] {
        Languages::setChosen(QStringLiteral("en"));
        Languages::install(QCoreApplication::instance());
        Languages::setChosen(QString());
        QLocale::setDefault(QLocale::c());
    });
    const auto shootFitting = [this](QWidget *widget, const QString &name) {
        shoot(widget, name);
        const QStringList cut = cutOffTexts(widget);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
    };

    test::GuiFixture f;
    api::RevocationConfiguration revocation;
    revocation.crlConfiguration = api::CrlConfiguration{};
    revocation.crlConfiguration->enabled = true;
    revocation.crlConfiguration->s3BucketName = QStringLiteral("example-crl");
    revocation.crlConfiguration->expirationInDays = 7;
    revocation.ocspConfiguration = api::OcspConfiguration{true, std::nullopt};
    const QString root = f.engine.createActiveRoot(
        QStringLiteral("Example Corp Root CA"), api::KeyAlgorithm::EC_secp384r1,
        api::SigningAlgorithm::SHA384WITHECDSA, 20, revocation);
    const QString issuing = f.engine.createActiveSubordinate(
        root, QStringLiteral("Example Corp Issuing CA"), 0, revocation);
    for (int i = 0; i < 12; ++i)
        f.engine.issue(issuing, QStringLiteral("host-%1.example.com").arg(i), QString(),
                       20 + i * 29);
    api::CreatePermissionRequest permission;
    permission.certificateAuthorityArn = issuing;
    permission.principal = QStringLiteral("acm.amazonaws.com");
    permission.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                          api::ActionType::ListPermissions};
    f.engine.service().createPermission(permission);
    f.window->refresh();
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(issuing).isValid());
    f.window->selectCertificateAuthority(issuing);
    PCA_WAIT_FOR(f.window->selectedArn() == issuing);
    auto *chart = test::find<QWidget>(f.window.get(), QStringLiteral("expiryChart"));
    PCA_WAIT_FOR(!chart->accessibleDescription().isEmpty());
    f.client.waitForIdle();
    QTest::qWait(50);
    f.client.waitForIdle();
    shootFitting(f.window.get(), QStringLiteral("main-window-%1").arg(code));

    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Permissions);
    auto *box = test::find<QCheckBox>(f.window.get(), QStringLiteral("acmRenewalCheckBox"));
    PCA_WAIT_FOR(box->isEnabled() && box->isChecked());
    f.client.waitForIdle();
    QTest::qWait(50);
    shootFitting(f.window.get(), QStringLiteral("tab-5-permissions-%1").arg(code));

    // The Create CA wizard: a subordinate signed by the store's root shows every choice.
    f.window->action(CaAction::CreateCertificateAuthority)->trigger();
    auto *wizard = test::visibleWidget<CreateCertificateAuthorityWizard>(f.window.get());
    QVERIFY(wizard);
    const auto next = [&wizard] {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        test::click(button);
    };
    test::click(test::find<QRadioButton>(wizard, QStringLiteral("wizardTypeSubordinate")));
    shootFitting(wizard, QStringLiteral("wizard-01-type-%1").arg(code));
    next();
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectCommonName")),
                     QStringLiteral("Example Corp Web CA"));
    next(); // key
    next(); // validity
    next(); // revocation
    test::click(test::find<QCheckBox>(wizard, QStringLiteral("crlEnabled")));
    test::click(test::find<QCheckBox>(wizard, QStringLiteral("ocspEnabled")));
    f.client.waitForIdle();
    shootFitting(wizard, QStringLiteral("wizard-05-revocation-%1").arg(code));
    next(); // options
    next(); // tags
    next(); // permissions
    shootFitting(wizard, QStringLiteral("wizard-08-permissions-%1").arg(code));
    next(); // review
    auto *issuer = test::find<QComboBox>(wizard, QStringLiteral("wizardIssuer"));
    issuer->setCurrentIndex(issuer->findData(root)); // the CA list is in ARN order
    f.client.waitForIdle();
    shootFitting(wizard, QStringLiteral("wizard-09-review-%1").arg(code));
    wizard->reject();
}

void ScreenshotsTest::cleanupTestCase()
{
    qInfo("%lld screenshots in %s", qint64(m_saved.size()),
          qPrintable(test::screenshotDirectory()));
}

QTEST_MAIN(ScreenshotsTest)
#include "tst_gui_screenshots.moc"

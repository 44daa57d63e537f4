// The main window driven like a user: create and activate a root CA through the wizard,
// toggle the ACM renewal checkbox, issue and revoke through the dialogs, edit tags, and the
// actions that follow the CA's state.
#include "AcmRenewalPermission.h"
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityFilterModel.h"
#include "CertificateAuthorityModel.h"
#include "CertificateModel.h"
#include "CertificatesTab.h"
#include "CreateCertificateAuthorityWizard.h"
#include "DeleteCertificateAuthorityDialog.h"
#include "DisplayNames.h"
#include "GuiTestSupport.h"
#include "IssueCertificateDialog.h"
#include "PermissionModel.h"
#include "PermissionsTab.h"
#include "RevokeCertificateDialog.h"
#include "StatusBadge.h"
#include "TagModel.h"
#include "TagsTab.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace pca;
using namespace pca::views;
using models::CaAction;
using Status = api::CertificateAuthorityStatus;

namespace {

QList<api::Permission> listPermissions(test::GuiFixture &f, const QString &ca)
{
    api::ListPermissionsRequest request;
    request.certificateAuthorityArn = ca;
    const api::ListPermissionsResponse response = f.engine.service().listPermissions(request);
    return response.permissions.value_or(QList<api::Permission>());
}

void clickWizardButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible() && button->isEnabled(), 20000);
    test::click(button);
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::dropOffscreenSizeHintWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void createRootCaThroughTheWizardAndActivateIt();
    void permissionsCheckboxGrantsAndRevokes();
    void permissionsCheckboxIsDisabledForADisabledCa();
    void issueAndRevokeThroughTheDialogs();
    void editTagsInTheTable();
    void actionsFollowTheCaState();
    void deleteAndRestore();
    void refreshShowsChangesMadeElsewhere();
};

void MainWindowTest::createRootCaThroughTheWizardAndActivateIt()
{
    test::GuiFixture f;
    PCA_WAIT_FOR(f.window->caModel()->isLoaded());
    QVERIFY(!f.window->details()->isShowingCertificateAuthority());
    f.window->action(CaAction::CreateCertificateAuthority)->trigger();
    auto *wizard = test::visibleWidget<CreateCertificateAuthorityWizard>(f.window.get());
    QVERIFY(wizard);

    // Type: root (the default).
    QVERIFY(test::find<QRadioButton>(wizard, QStringLiteral("wizardTypeRoot"))->isChecked());
    clickWizardButton(wizard, QWizard::NextButton);
    // Subject.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // a name is needed
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectCommonName")),
                     QStringLiteral("GUI Root CA"));
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectOrganization")),
                     QStringLiteral("Example Corp"));
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectCountry")),
                     QStringLiteral("DE"));
    clickWizardButton(wizard, QWizard::NextButton);
    // Key: P-256 offers only ECDSA signing algorithms.
    auto *key = test::find<QComboBox>(wizard, QStringLiteral("wizardKeyAlgorithm"));
    key->setCurrentIndex(key->findData(int(api::KeyAlgorithm::EC_prime256v1)));
    auto *signing = test::find<QComboBox>(wizard, QStringLiteral("wizardSigningAlgorithm"));
    QCOMPARE(signing->count(), 3);
    for (int i = 0; i < signing->count(); ++i)
        QVERIFY(signing->itemText(i).startsWith(QStringLiteral("ECDSA")));
    clickWizardButton(wizard, QWizard::NextButton);
    // Validity: 10 years by default for a root.
    clickWizardButton(wizard, QWizard::NextButton);
    // Revocation: publish a CRL (the bucket name is proposed).
    test::click(test::find<QCheckBox>(wizard, QStringLiteral("crlEnabled")));
    QVERIFY(!test::find<QLineEdit>(wizard, QStringLiteral("crlBucket"))->text().isEmpty());
    // Every CRL setting of the console is offered, as on the Revocation tab.
    QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("crlCustomPath")),
                     QStringLiteral("pki/crl"));
    test::click(test::find<QCheckBox>(wizard, QStringLiteral("crlOmitExtension")));
    clickWizardButton(wizard, QWizard::NextButton);
    // Usage mode and key storage: defaults.
    clickWizardButton(wizard, QWizard::NextButton);
    // Tags: one tag.
    test::click(test::find<QPushButton>(wizard, QStringLiteral("wizardAddTag")));
    auto *tags = test::find<QTableWidget>(wizard, QStringLiteral("wizardTags"));
    tags->item(0, 0)->setText(QStringLiteral("team"));
    tags->item(0, 1)->setText(QStringLiteral("pki"));
    clickWizardButton(wizard, QWizard::NextButton);
    // Permissions: ACM is authorized by default.
    QVERIFY(test::find<QCheckBox>(wizard, QStringLiteral("wizardAcmCheckBox"))->isChecked());
    clickWizardButton(wizard, QWizard::NextButton);
    // Review: activate now.
    QVERIFY(test::find<QCheckBox>(wizard, QStringLiteral("wizardActivateRoot"))->isChecked());
    QVERIFY(test::find<QWidget>(wizard, QStringLiteral("wizardSummary")));
    clickWizardButton(wizard, QWizard::CommitButton);
    // Progress: the engine makes the key, signs and installs the certificate, grants ACM.
    clickWizardButton(wizard, QWizard::FinishButton);

    const QString arn = wizard->createdArn();
    QVERIFY(!arn.isEmpty());
    QCOMPARE(f.engine.status(arn), Status::ACTIVE);
    QVERIFY(f.engine.service().isAcmAuthorizedForRenewals(arn));
    const auto ca = f.engine.describe(arn);
    QCOMPARE(ca.certificateAuthorityConfiguration->subject.commonName,
             std::optional(QStringLiteral("GUI Root CA")));
    const api::CrlConfiguration &crl = *ca.revocationConfiguration->crlConfiguration;
    QVERIFY(crl.enabled);
    QCOMPARE(crl.s3BucketName, std::optional(QStringLiteral("crl-123456789012")));
    QCOMPARE(crl.customPath, std::optional(QStringLiteral("pki/crl")));
    QVERIFY(crl.crlDistributionPointExtensionConfiguration &&
            crl.crlDistributionPointExtensionConfiguration->omitExtension);
    QVERIFY(qAbs(ca.notBefore->daysTo(*ca.notAfter) - 3652) <= 2);
    api::ListTagsRequest tagsRequest;
    tagsRequest.certificateAuthorityArn = arn;
    const api::ListTagsResponse tagResponse = f.engine.service().listTags(tagsRequest);
    const QList<api::Tag> tagList = *tagResponse.tags;
    QCOMPARE(tagList.size(), 1);
    QCOMPARE(tagList.first().key, QStringLiteral("team"));
    // The new CA is selected and shown as active.
    PCA_WAIT_FOR(f.window->selectedArn() == arn);
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(arn, 1).data().toString() ==
                 QStringLiteral("Active"));
    auto *badge = test::find<StatusBadge>(f.window.get(), QStringLiteral("caHeaderStatus"));
    PCA_WAIT_FOR(badge->text() == QStringLiteral("Active"));
}

void MainWindowTest::permissionsCheckboxGrantsAndRevokes()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Permission Root"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Permissions);
    auto *box = test::find<QCheckBox>(f.window.get(), QStringLiteral("acmRenewalCheckBox"));
    auto *table = test::find<QTableView>(f.window.get(), QStringLiteral("permissionTable"));
    QVERIFY(box && table);
    PCA_WAIT_FOR(box->isEnabled());
    QCOMPARE(box->checkState(), Qt::Unchecked);
    QVERIFY(listPermissions(f, ca).isEmpty());

    // On: ListPermissions shows ACM with the three actions, and so does the table.
    test::click(box);
    QCOMPARE(box->checkState(), Qt::Checked);
    PCA_WAIT_FOR(box->isEnabled() && listPermissions(f, ca).size() == 1);
    const api::Permission granted = listPermissions(f, ca).first();
    QCOMPARE(granted.principal, std::optional(QStringLiteral("acm.amazonaws.com")));
    QCOMPARE(granted.actions->size(), 3);
    QVERIFY(f.engine.service().isAcmAuthorizedForRenewals(ca));
    PCA_WAIT_FOR(table->model()->rowCount() == 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("acm.amazonaws.com"));
    QCOMPARE(box->checkState(), Qt::Checked);

    // Off: nothing left.
    test::click(box);
    PCA_WAIT_FOR(box->isEnabled() && listPermissions(f, ca).isEmpty());
    QCOMPARE(box->checkState(), Qt::Unchecked);
    PCA_WAIT_FOR(table->model()->rowCount() == 0);
    QVERIFY(!f.engine.service().isAcmAuthorizedForRenewals(ca));

    // And on again with the keyboard (Space on the focused box).
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    PCA_WAIT_FOR(box->isEnabled() && listPermissions(f, ca).size() == 1);
    QCOMPARE(box->checkState(), Qt::Checked);
}

void MainWindowTest::permissionsCheckboxIsDisabledForADisabledCa()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Soon Disabled"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Permissions);
    auto *box = test::find<QCheckBox>(f.window.get(), QStringLiteral("acmRenewalCheckBox"));
    PCA_WAIT_FOR(box->isEnabled());

    // Disable through the toolbar action; the confirmation is answered by the hook.
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    QAction *toggle = f.window->disableEnableAction();
    QCOMPARE(toggle->text(), QStringLiteral("Disable CA"));
    toggle->trigger();
    PCA_WAIT_FOR(f.engine.status(ca) == Status::DISABLED);
    PCA_WAIT_FOR(!box->isEnabled() && toggle->text() == QStringLiteral("Enable CA"));
    QVERIFY2(box->toolTip().contains(QStringLiteral("disabled")), qPrintable(box->toolTip()));
    auto *note = test::find<QLabel>(f.window.get(), QStringLiteral("acmRenewalNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("active")));
    // Clicking a disabled box changes nothing.
    test::click(box);
    QVERIFY(listPermissions(f, ca).isEmpty());
    // Issuing is not possible either, and the toolbar says why.
    QAction *issue = f.window->action(CaAction::IssueCertificate);
    QVERIFY(!issue->isEnabled());
    QVERIFY(issue->toolTip().contains(QStringLiteral("disabled")));

    // Enabled again: the box comes back.
    toggle->trigger();
    PCA_WAIT_FOR(f.engine.status(ca) == Status::ACTIVE);
    PCA_WAIT_FOR(box->isEnabled());
}

void MainWindowTest::issueAndRevokeThroughTheDialogs()
{
    test::GuiFixture f;
    QTemporaryDir out;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Issuing Root"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    PCA_WAIT_FOR(f.window->action(CaAction::IssueCertificate)->isEnabled());

    // Issue: key and CSR generated here.
    f.window->action(CaAction::IssueCertificate)->trigger();
    // The dialogs delete themselves when closed: QPointer notices.
    QPointer<IssueCertificateDialog> issue =
        test::visibleWidget<IssueCertificateDialog>(f.window.get());
    QVERIFY(issue);
    QVERIFY(test::find<QRadioButton>(issue, QStringLiteral("issueGenerateKey"))->isChecked());
    QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("issueSubjectCommonName")),
                     QStringLiteral("www.example.com"));
    test::find<QPlainTextEdit>(issue, QStringLiteral("issueSans"))
        ->setPlainText(QStringLiteral("www.example.com\n10.0.0.7"));
    auto *templates = test::find<QComboBox>(issue, QStringLiteral("issueTemplate"));
    templates->setCurrentIndex(
        templates->findText(QStringLiteral("EndEntityServerAuthCertificate/V1")));
    QVERIFY(test::find<QLabel>(issue, QStringLiteral("issueTemplateDescription"))
                ->text()
                .contains(QStringLiteral("server")));
    auto *issueButton = test::find<QPushButton>(issue, QStringLiteral("issueButton"));
    QVERIFY(issueButton->isEnabled());
    test::click(issueButton);
    auto *arnField = test::find<QLineEdit>(issue, QStringLiteral("issueResultArn"));
    PCA_WAIT_FOR(!arnField->text().isEmpty() && arnField->isVisible());
    const QString certificateArn = arnField->text();
    const QByteArray pem = f.engine.certificatePem(ca, certificateArn);
    QByteArray text;
    test::runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")},
                     &text, nullptr, pem);
    QVERIFY2(text.contains("DNS:www.example.com") && text.contains("IP Address:10.0.0.7"),
             text.constData());
    QVERIFY(text.contains("TLS Web Server Authentication"));

    // Export as PKCS#12 with a password; openssl opens it.
    QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("exportPassword")),
                     QStringLiteral("export pw"));
    QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("exportPasswordRepeat")),
                     QStringLiteral("export pw"));
    const QString p12 = out.filePath(QStringLiteral("www.p12"));
    ModalHooks::setNextFileName(p12);
    test::click(test::find<QPushButton>(issue, QStringLiteral("savePkcs12Button")));
    PCA_WAIT_FOR(QFileInfo(p12).size() > 0);
    QByteArray p12Text;
    QCOMPARE(test::runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12,
                               QStringLiteral("-passin"), QStringLiteral("pass:export pw"),
                               QStringLiteral("-nodes")},
                              &p12Text),
             0);
    QVERIFY(p12Text.contains("PRIVATE KEY"));
    test::click(test::find<QPushButton>(issue, QStringLiteral("issueDoneButton")));
    PCA_WAIT_FOR(!issue || !issue->isVisible());

    // The certificate appears in the inventory; revoke it from there.
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Certificates);
    CertificatesTab *tab = f.window->details()->certificatesTab();
    const QString serial = models::serialFromCertificateArn(certificateArn);
    PCA_WAIT_FOR(tab->model()->rowForSerial(serial) >= 0);
    tab->table()->selectRow(tab->model()->rowForSerial(serial));
    QCOMPARE(tab->selectedSerial(), serial);
    PCA_WAIT_FOR(f.window->action(CaAction::RevokeCertificate)->isEnabled());
    f.window->action(CaAction::RevokeCertificate)->trigger();
    QPointer<RevokeCertificateDialog> revoke =
        test::visibleWidget<RevokeCertificateDialog>(f.window.get());
    QVERIFY(revoke);
    QCOMPARE(test::find<QLineEdit>(revoke, QStringLiteral("revokeSerial"))->text(),
             models::DisplayNames::serial(serial));
    auto *reason = test::find<QComboBox>(revoke, QStringLiteral("revokeReason"));
    reason->setCurrentIndex(reason->findData(int(api::RevocationReason::KEY_COMPROMISE)));
    QVERIFY(test::find<QLabel>(revoke, QStringLiteral("revokeReasonExplanation"))
                ->text()
                .contains(QStringLiteral("private key")));
    test::click(test::find<QPushButton>(revoke, QStringLiteral("revokeButton")));
    PCA_WAIT_FOR(!revoke || !revoke->isVisible());
    PCA_WAIT_FOR(
        tab->model()
            ->index(tab->model()->rowForSerial(serial), models::CertificateModel::StatusColumn)
            .data()
            .toString() == QStringLiteral("Revoked"));
    api::GetCertificateRequest get{ca, certificateArn};
    store::CertificateQuery query;
    query.caId = models::caIdFromArn(ca);
    query.status = store::CertificateQuery::StatusFilter::Revoked;
    QCOMPARE(f.engine.service().countCertificates(query), 1);

    // Issue again, this time from a pasted CSR.
    f.window->action(CaAction::IssueCertificate)->trigger();
    issue = test::visibleWidget<IssueCertificateDialog>(f.window.get());
    QVERIFY(issue);
    test::click(test::find<QRadioButton>(issue, QStringLiteral("issueUseCsr")));
    test::CsrOptions csrOptions;
    csrOptions.commonName = QStringLiteral("pasted.example.com");
    const auto [csr, keyPem] = test::makeCsr(csrOptions);
    test::find<QPlainTextEdit>(issue, QStringLiteral("issueCsrText"))
        ->setPlainText(QString::fromLatin1(csr));
    PCA_WAIT_FOR(test::find<QPushButton>(issue, QStringLiteral("issueButton"))->isEnabled());
    test::click(test::find<QPushButton>(issue, QStringLiteral("issueButton")));
    arnField = test::find<QLineEdit>(issue, QStringLiteral("issueResultArn"));
    PCA_WAIT_FOR(!arnField->text().isEmpty() && arnField->isVisible());
    QVERIFY(!test::find<QWidget>(issue, QStringLiteral("savePkcs12Button"))->isVisible());
    QVERIFY(f.engine.certificatePem(ca, arnField->text()).startsWith("-----BEGIN CERTIFICATE"));
    test::click(test::find<QPushButton>(issue, QStringLiteral("issueDoneButton")));
    PCA_WAIT_FOR(!issue || !issue->isVisible());
}

void MainWindowTest::editTagsInTheTable()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Tagged Root"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Tags);
    TagsTab *tab = f.window->details()->tagsTab();
    const auto engineTags = [&] {
        api::ListTagsRequest request;
        request.certificateAuthorityArn = ca;
        QMap<QString, QString> out;
        const api::ListTagsResponse response = f.engine.service().listTags(request);
        for (const api::Tag &tag : *response.tags)
            out.insert(tag.key, tag.value.value_or(QString()));
        return out;
    };
    const auto visibleEditor = [tab]() -> QLineEdit * {
        for (QLineEdit *edit : tab->table()->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible())
                return edit;
        }
        return nullptr;
    };
    QSignalSpy loaded(tab->model(), &models::TagModel::loaded);
    // Add a tag by typing into the table's editor (once the tags are read).
    PCA_WAIT_FOR(test::find<QPushButton>(tab, QStringLiteral("addTagButton"))->isEnabled());
    test::click(test::find<QPushButton>(tab, QStringLiteral("addTagButton")));
    QLineEdit *editor = nullptr;
    PCA_WAIT_FOR((editor = visibleEditor()));
    QTest::keyClicks(editor, QStringLiteral("owner"));
    QTest::keyClick(editor, Qt::Key_Return);
    PCA_WAIT_FOR(engineTags().contains(QStringLiteral("owner")) && !tab->model()->isBusy());
    // Then its value, once the table shows the engine's state again.
    const int loads = int(loaded.size());
    PCA_WAIT_FOR(loaded.size() > loads - 1 && tab->model()->rowCount() == 1 &&
                 tab->model()->index(0, 0).data().toString() == QStringLiteral("owner"));
    f.client.waitForIdle();
    const QModelIndex value = tab->model()->index(0, models::TagModel::ValueColumn);
    tab->table()->setCurrentIndex(value);
    tab->table()->edit(value);
    PCA_WAIT_FOR((editor = visibleEditor()));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("security team"));
    QTest::keyClick(editor, Qt::Key_Return);
    PCA_WAIT_FOR(engineTags().value(QStringLiteral("owner")) == QStringLiteral("security team"));
    PCA_WAIT_FOR(!tab->model()->isBusy());
    f.client.waitForIdle();
    // A reserved key is refused inline and changes nothing.
    const QModelIndex key = tab->model()->index(0, models::TagModel::KeyColumn);
    tab->table()->edit(key);
    PCA_WAIT_FOR((editor = visibleEditor()));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("aws:owner"));
    QTest::keyClick(editor, Qt::Key_Return);
    auto *message = test::find<QLabel>(tab, QStringLiteral("tagMessage"));
    PCA_WAIT_FOR(message->isVisible() && message->text().contains(QStringLiteral("reserved")));
    QCOMPARE(engineTags().keys(), QStringList{QStringLiteral("owner")});
    // Remove it.
    tab->table()->selectRow(0);
    test::click(test::find<QPushButton>(tab, QStringLiteral("removeTagButton")));
    PCA_WAIT_FOR(engineTags().isEmpty());
}

void MainWindowTest::actionsFollowTheCaState()
{
    test::GuiFixture f;
    const QString pending =
        f.engine.createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(pending).isValid());
    f.window->selectCertificateAuthority(pending);
    PCA_WAIT_FOR(f.window->selectedArn() == pending);
    QAction *issue = f.window->action(CaAction::IssueCertificate);
    QAction *install = f.window->action(CaAction::InstallCaCertificate);
    QAction *restore = f.window->action(CaAction::Restore);
    QAction *del = f.window->action(CaAction::Delete);
    QAction *audit = f.window->action(CaAction::AuditReport);
    PCA_WAIT_FOR(issue->toolTip().contains(QStringLiteral("Install the CA certificate first")));
    QVERIFY(!issue->isEnabled());
    QVERIFY(install->isEnabled());
    QVERIFY(del->isEnabled());
    QVERIFY(!restore->isEnabled());
    QVERIFY(!audit->isEnabled());
    QVERIFY(!f.window->disableEnableAction()->isEnabled());
    QVERIFY(f.window->action(CaAction::CreateCertificateAuthority)->isEnabled());
    QVERIFY(f.window->action(CaAction::Refresh)->isEnabled());
    // Shortcuts exist for every action.
    for (CaAction a : {CaAction::CreateCertificateAuthority, CaAction::InstallCaCertificate,
                       CaAction::IssueCertificate, CaAction::RevokeCertificate, CaAction::Delete,
                       CaAction::Restore, CaAction::AuditReport, CaAction::Refresh})
        QVERIFY(!f.window->action(a)->shortcut().isEmpty());

    const QString active = f.engine.createActiveRoot(QStringLiteral("Active"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(active).isValid());
    f.window->selectCertificateAuthority(active);
    PCA_WAIT_FOR(issue->isEnabled());
    QVERIFY(!del->isEnabled());
    QVERIFY(del->toolTip().contains(QStringLiteral("Disable the CA before deleting it")));
    QVERIFY(audit->isEnabled());
    QVERIFY(f.window->disableEnableAction()->isEnabled());

    // The filter box narrows the tree.
    QTest::keyClicks(f.window->filterEdit(), QStringLiteral("pending"));
    QCOMPARE(f.window->caFilter()->rowCount(), 1);
    f.window->filterEdit()->clear();
    QCOMPARE(f.window->caFilter()->rowCount(), 2);
}

void MainWindowTest::deleteAndRestore()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Deleted Later"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    // Deleting an active CA is not offered; disable it first.
    PCA_WAIT_FOR(f.window->disableEnableAction()->isEnabled());
    QVERIFY(!f.window->action(CaAction::Delete)->isEnabled());
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    f.window->disableEnableAction()->trigger();
    PCA_WAIT_FOR(f.engine.status(ca) == Status::DISABLED);
    PCA_WAIT_FOR(f.window->action(CaAction::Delete)->isEnabled());
    f.window->action(CaAction::Delete)->trigger();
    auto *dialog = test::visibleWidget<DeleteCertificateAuthorityDialog>(f.window.get());
    QVERIFY(dialog);
    auto *deleteButton = test::find<QPushButton>(dialog, QStringLiteral("deleteButton"));
    QVERIFY(!deleteButton->isEnabled()); // confirmation first
    test::find<QSpinBox>(dialog, QStringLiteral("deletePeriodDays"))->setValue(7);
    test::click(test::find<QCheckBox>(dialog, QStringLiteral("deleteConfirm")));
    QVERIFY(deleteButton->isEnabled());
    test::click(deleteButton);
    PCA_WAIT_FOR(f.engine.status(ca) == Status::DELETED);
    const auto deleted = f.engine.describe(ca);
    QVERIFY(qAbs(deleted.lastStateChangeAt->daysTo(*deleted.restorableUntil) - 7) <= 1);
    PCA_WAIT_FOR(f.window->action(CaAction::Restore)->isEnabled());
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    f.window->action(CaAction::Restore)->trigger();
    PCA_WAIT_FOR(f.engine.status(ca) == Status::DISABLED);
    // Declining the question changes nothing.
    ModalHooks::setNextAnswer(QMessageBox::No);
    PCA_WAIT_FOR(f.window->disableEnableAction()->isEnabled());
    f.window->disableEnableAction()->trigger(); // enabling asks nothing
    PCA_WAIT_FOR(f.engine.status(ca) == Status::ACTIVE);
    PCA_WAIT_FOR(f.window->disableEnableAction()->text() == QStringLiteral("Disable CA"));
    f.window->disableEnableAction()->trigger(); // answered No
    f.client.waitForIdle();
    QCOMPARE(f.engine.status(ca), Status::ACTIVE);
}

void MainWindowTest::refreshShowsChangesMadeElsewhere()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Shared Root"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Tags);
    TagsTab *tab = f.window->details()->tagsTab();
    PCA_WAIT_FOR(tab->model()->isLoaded());
    QCOMPARE(tab->model()->rowCount(), 0);
    // Another program on the same store (here a second engine instance: its changes are not
    // signalled to this window) adds a tag and a CA.
    {
        PrivateCaService other(f.engine.store(), f.engine.clock());
        other.tagCertificateAuthority(
            {ca, {api::Tag{QStringLiteral("added"), QStringLiteral("elsewhere")}}});
        api::CreateCertificateAuthorityRequest request;
        request.certificateAuthorityConfiguration =
            test::TestEngine::configuration(QStringLiteral("Made Elsewhere"));
        other.createCertificateAuthority(request);
        other.waitForBackgroundWork();
    }
    f.client.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(tab->model()->rowCount(), 0);
    QCOMPARE(f.window->caModel()->certificateAuthorityCount(), 1);
    // F5.
    QTest::keyClick(f.window.get(), Qt::Key_F5);
    PCA_WAIT_FOR(f.window->caModel()->certificateAuthorityCount() == 2);
    PCA_WAIT_FOR(tab->model()->rowCount() == 1);
    QCOMPARE(tab->model()->index(0, 0).data().toString(), QStringLiteral("added"));
    QCOMPARE(f.window->selectedArn(), ca);
}

QTEST_MAIN(MainWindowTest)
#include "tst_gui_main_window.moc"

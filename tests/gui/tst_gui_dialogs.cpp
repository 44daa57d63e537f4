// Dialogs and tabs with input: the first-start and passphrase flows, bad input that shows an
// error and changes nothing, the policy editor, the revocation form, audit reports, settings
// and the error dialog.
#include "AuditReportModel.h"
#include "AuditReportsTab.h"
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityModel.h"
#include "ErrorDialog.h"
#include "GuiTestSupport.h"
#include "InstallCaCertificateDialog.h"
#include "IssueCertificateDialog.h"
#include "PassphraseDialog.h"
#include "PolicyTab.h"
#include "RevocationTab.h"
#include "RevokeCertificateDialog.h"
#include "SettingsDialog.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace pca;
using namespace pca::views;
using models::CaAction;
using Status = api::CertificateAuthorityStatus;

class DialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::dropOffscreenSizeHintWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void welcomeCreatesTheStore();
    void wrongPassphraseCanBeRetried();
    void badInputShowsAnErrorAndChangesNothing();
    void policyIsValidatedBeforeItApplies();
    void revocationFormValidatesInlineAndSavesTheCrl();
    void revocationFormSavesForAPendingCa();
    void auditReportIsCreatedAndSaved();
    void settingsStoreThePublicUrl();
    void errorDialogNamesTheException();
    void issueCertificateSansParsing();
};

void DialogsTest::welcomeCreatesTheStore()
{
    QTemporaryDir dir;
    const QString storeDir = dir.filePath(QStringLiteral("store"));
    WelcomeDialog dialog(storeDir);
    dialog.show();
    auto *create = test::find<QPushButton>(&dialog, QStringLiteral("welcomeCreateButton"));
    auto *passphrase = test::find<QLineEdit>(&dialog, QStringLiteral("welcomePassphrase"));
    auto *repeat = test::find<QLineEdit>(&dialog, QStringLiteral("welcomePassphraseRepeat"));
    auto *message = test::find<QLabel>(&dialog, QStringLiteral("welcomeMessage"));
    auto *strength = test::find<QLabel>(&dialog, QStringLiteral("welcomeStrengthLabel"));
    QCOMPARE(test::find<QLineEdit>(&dialog, QStringLiteral("welcomeAccountId"))->text().size(), 12);
    QCOMPARE(test::find<QComboBox>(&dialog, QStringLiteral("welcomeRegion"))->currentText(),
             QStringLiteral("us-east-1"));
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(passphrase, QStringLiteral("abc"));
    QVERIFY(strength->text().contains(QStringLiteral("weak"), Qt::CaseInsensitive));
    QTest::keyClicks(passphrase, QStringLiteral(" violet harbor ladders"));
    QVERIFY(strength->text().contains(QStringLiteral("Strong")));
    QTest::keyClicks(repeat, QStringLiteral("abc violet harbor"));
    QVERIFY(message->isVisible() && message->text().contains(QStringLiteral("differ")));
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(repeat, QStringLiteral(" ladders"));
    QVERIFY(create->isEnabled());
    test::click(create);
    PCA_WAIT_FOR(dialog.result() == QDialog::Accepted && dialog.store());
    store::StoreOptions options;
    options.directory = storeDir;
    QVERIFY(store::SqlStore::exists(options));
    QCOMPARE(dialog.store()->identity().region, QStringLiteral("us-east-1"));
}

void DialogsTest::wrongPassphraseCanBeRetried()
{
    QTemporaryDir dir;
    store::StoreOptions options;
    options.directory = dir.path();
    store::SqlStore::create(options, "the right one",
                            {QStringLiteral("111122223333"), QStringLiteral("eu-west-1")});
    PassphraseDialog dialog(dir.path());
    dialog.show();
    auto *input = test::find<QLineEdit>(&dialog, QStringLiteral("passphraseInput"));
    auto *unlock = test::find<QPushButton>(&dialog, QStringLiteral("unlockButton"));
    auto *message = test::find<QLabel>(&dialog, QStringLiteral("passphraseMessage"));
    QVERIFY(!unlock->isEnabled());
    QTest::keyClicks(input, QStringLiteral("a wrong one"));
    test::click(unlock);
    PCA_WAIT_FOR(dialog.attempts() == 1 && unlock->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("does not unlock")));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.store());
    // Retry.
    input->clear();
    QTest::keyClicks(input, QStringLiteral("the right one"));
    QTest::keyClick(input, Qt::Key_Return);
    PCA_WAIT_FOR(dialog.result() == QDialog::Accepted && dialog.store());
    QCOMPARE(dialog.attempts(), 2);
    QCOMPARE(dialog.store()->identity().accountId, QStringLiteral("111122223333"));
}

void DialogsTest::badInputShowsAnErrorAndChangesNothing()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Careful Root"));
    f.engine.issue(ca, QStringLiteral("kept.example.com"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    store::CertificateQuery revokedQuery;
    revokedQuery.caId = models::caIdFromArn(ca);
    revokedQuery.status = store::CertificateQuery::StatusFilter::Revoked;
    store::CertificateQuery allQuery;
    allQuery.caId = revokedQuery.caId;
    const qint64 certificates = f.engine.service().countCertificates(allQuery);

    // Revoking a serial this CA never issued: the dialog says so and stays open.
    PCA_WAIT_FOR(f.window->action(CaAction::RevokeCertificate)->isEnabled());
    f.window->revokeCertificate();
    auto *revoke = test::visibleWidget<RevokeCertificateDialog>(f.window.get());
    QVERIFY(revoke);
    auto *revokeButton = test::find<QPushButton>(revoke, QStringLiteral("revokeButton"));
    QVERIFY(!revokeButton->isEnabled()); // no serial yet
    QTest::keyClicks(test::find<QLineEdit>(revoke, QStringLiteral("revokeSerial")),
                     QStringLiteral("DE:AD:BE:EF"));
    test::click(revokeButton);
    auto *revokeMessage = test::find<QLabel>(revoke, QStringLiteral("revokeMessage"));
    PCA_WAIT_FOR(revokeMessage->isVisible() &&
                 revokeMessage->text().contains(QStringLiteral("no longer exists")));
    QVERIFY(revoke->isVisible());
    QCOMPARE(f.engine.service().countCertificates(revokedQuery), 0);
    revoke->reject();

    // Issuing from something that is not a CSR: refused before sending.
    f.window->action(CaAction::IssueCertificate)->trigger();
    auto *issue = test::visibleWidget<IssueCertificateDialog>(f.window.get());
    QVERIFY(issue);
    test::click(test::find<QRadioButton>(issue, QStringLiteral("issueUseCsr")));
    test::find<QPlainTextEdit>(issue, QStringLiteral("issueCsrText"))
        ->setPlainText(QStringLiteral("-----BEGIN CERTIFICATE REQUEST-----\nnot base64\n"
                                      "-----END CERTIFICATE REQUEST-----"));
    auto *csrMessage = test::find<QLabel>(issue, QStringLiteral("issueCsrMessage"));
    QVERIFY(csrMessage->isVisible() && !csrMessage->text().isEmpty());
    QVERIFY(!test::find<QPushButton>(issue, QStringLiteral("issueButton"))->isEnabled());
    // A bad alternative name too.
    test::click(test::find<QRadioButton>(issue, QStringLiteral("issueGenerateKey")));
    QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("issueSubjectCommonName")),
                     QStringLiteral("ok.example.com"));
    test::find<QPlainTextEdit>(issue, QStringLiteral("issueSans"))
        ->setPlainText(QStringLiteral("IP:999.1.2.3"));
    auto *sansMessage = test::find<QLabel>(issue, QStringLiteral("issueSansMessage"));
    QVERIFY(sansMessage->isVisible() && sansMessage->text().contains(QStringLiteral("999.1.2.3")));
    QVERIFY(!test::find<QPushButton>(issue, QStringLiteral("issueButton"))->isEnabled());
    // A country code of three letters.
    QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("issueSubjectCountry")),
                     QStringLiteral("D"));
    auto *subjectMessage = test::find<QLabel>(issue, QStringLiteral("issueSubjectMessage"));
    QVERIFY(subjectMessage->isVisible());
    issue->reject();
    f.client.waitForIdle();
    QCOMPARE(f.engine.service().countCertificates(allQuery), certificates);

    // Installing a certificate that belongs to another CA: refused with the reason.
    const QString pending =
        f.engine.createCa(api::CertificateAuthorityType::ROOT, QStringLiteral("Waiting Root"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(pending).isValid());
    f.window->selectCertificateAuthority(pending);
    PCA_WAIT_FOR(f.window->action(CaAction::InstallCaCertificate)->isEnabled());
    f.window->action(CaAction::InstallCaCertificate)->trigger();
    auto *install = test::visibleWidget<InstallCaCertificateDialog>(f.window.get());
    QVERIFY(install);
    test::click(test::find<QRadioButton>(install, QStringLiteral("installImportExternal")));
    test::find<QPlainTextEdit>(install, QStringLiteral("installCertificatePem"))
        ->setPlainText(QString::fromLatin1(
            f.engine.service().getCertificateAuthorityCertificate({ca}).certificate->toLatin1()));
    test::click(test::find<QPushButton>(install, QStringLiteral("installButton")));
    auto *installMessage = test::find<QLabel>(install, QStringLiteral("installMessage"));
    PCA_WAIT_FOR(installMessage->isVisible() &&
                 installMessage->text().contains(QStringLiteral("does not belong")));
    QCOMPARE(f.engine.status(pending), Status::PENDING_CERTIFICATE);
    // The one-click way works.
    test::click(test::find<QRadioButton>(install, QStringLiteral("installSignHere")));
    auto *installButton = test::find<QPushButton>(install, QStringLiteral("installButton"));
    PCA_WAIT_FOR(installButton->isEnabled());
    test::click(installButton);
    QPointer<InstallCaCertificateDialog> guard(install);
    QPointer<QLabel> messageGuard(installMessage);
    QTRY_VERIFY2_WITH_TIMEOUT(!guard || !guard->isVisible(),
                              qPrintable(messageGuard ? messageGuard->text() : QString()), 20000);
    QCOMPARE(f.engine.status(pending), Status::ACTIVE);
}

void DialogsTest::policyIsValidatedBeforeItApplies()
{
    test::GuiFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Policy Root"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Policy);
    PolicyTab *tab = f.window->details()->policyTab();
    auto *editor = test::find<QPlainTextEdit>(tab, QStringLiteral("policyEditor"));
    auto *apply = test::find<QPushButton>(tab, QStringLiteral("applyPolicyButton"));
    auto *message = test::find<QLabel>(tab, QStringLiteral("policyMessage"));
    PCA_WAIT_FOR(editor->isEnabled());
    // Not JSON: an error, Apply stays disabled, nothing is stored.
    editor->setPlainText(QStringLiteral("{ \"Version\": "));
    PCA_WAIT_FOR(message->isVisible() && !message->text().isEmpty() && !apply->isEnabled());
    QVERIFY(!apply->isEnabled());
    PCA_EXPECT_ERROR(errors::ResourceNotFound, f.engine.service().getPolicy({ca}));
    // A policy for another CA's ARN: named as the problem.
    test::click(test::find<QPushButton>(tab, QStringLiteral("insertPolicyExampleButton")));
    PCA_WAIT_FOR(apply->isEnabled());
    const QString valid = editor->toPlainText();
    editor->setPlainText(QString(valid).replace(
        models::caIdFromArn(ca), QStringLiteral("00000000-0000-0000-0000-000000000000")));
    PCA_WAIT_FOR(!apply->isEnabled() && message->isVisible());
    // The example applies.
    editor->setPlainText(valid);
    PCA_WAIT_FOR(apply->isEnabled());
    test::click(apply);
    PCA_WAIT_FOR(message->text().contains(QStringLiteral("attached")));
    QCOMPARE(*f.engine.service().getPolicy({ca}).policy, valid);
    // Delete (confirmed through the hook).
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    test::click(test::find<QPushButton>(tab, QStringLiteral("deletePolicyButton")));
    PCA_WAIT_FOR(editor->toPlainText().isEmpty());
    f.client.waitForIdle();
    PCA_EXPECT_ERROR(errors::ResourceNotFound, f.engine.service().getPolicy({ca}));
}

void DialogsTest::revocationFormValidatesInlineAndSavesTheCrl()
{
    test::GuiFixture f;
    QTemporaryDir out;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("CRL Root"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Revocation);
    RevocationTab *tab = f.window->details()->revocationTab();
    auto *enabled = test::find<QCheckBox>(tab, QStringLiteral("crlEnabled"));
    auto *bucket = test::find<QLineEdit>(tab, QStringLiteral("crlBucket"));
    auto *save = test::find<QPushButton>(tab, QStringLiteral("saveRevocationButton"));
    auto *message = test::find<QLabel>(tab, QStringLiteral("revocationMessage"));
    QVERIFY(!save->isEnabled());
    test::click(enabled);
    QTest::keyClicks(bucket, QStringLiteral("Bad_Bucket"));
    PCA_WAIT_FOR(message->isVisible() && message->text().contains(QStringLiteral("Bad_Bucket")));
    QVERIFY(!save->isEnabled());
    QVERIFY(!f.engine.describe(ca).revocationConfiguration->crlConfiguration->enabled);
    bucket->clear();
    QTest::keyClicks(bucket, QStringLiteral("example-crl"));
    PCA_WAIT_FOR(save->isEnabled());
    test::click(save);
    PCA_WAIT_FOR(f.engine.describe(ca).revocationConfiguration->crlConfiguration->enabled);
    QCOMPARE(*f.engine.describe(ca).revocationConfiguration->crlConfiguration->s3BucketName,
             QStringLiteral("example-crl"));
    auto *number = test::find<QLabel>(tab, QStringLiteral("crlNumber"));
    PCA_WAIT_FOR(number->text().toLongLong() >= 1);
    // Save the CRL; openssl reads it.
    const QString path = out.filePath(QStringLiteral("root.crl"));
    ModalHooks::setNextFileName(path);
    auto *saveCrl = test::find<QPushButton>(tab, QStringLiteral("saveCrlButton"));
    PCA_WAIT_FOR(saveCrl->isEnabled());
    test::click(saveCrl);
    PCA_WAIT_FOR(QFileInfo(path).size() > 0);
    QByteArray text;
    QCOMPARE(test::runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"),
                               QStringLiteral("DER"), QStringLiteral("-in"), path,
                               QStringLiteral("-noout"), QStringLiteral("-text")},
                              &text),
             0);
    QVERIFY(text.contains("CRL Number"));

    // Partitioned CRLs: the first certificate starts a partition, which the tab lists.
    auto *partitions = test::find<QLabel>(tab, QStringLiteral("crlPartitions"));
    QVERIFY(!partitions->isVisibleTo(tab));
    auto *type = test::find<QComboBox>(tab, QStringLiteral("crlType"));
    type->setCurrentIndex(type->findData(int(api::CrlType::PARTITIONED)));
    PCA_WAIT_FOR(save->isEnabled());
    test::click(save);
    PCA_WAIT_FOR(f.engine.describe(ca).revocationConfiguration->crlConfiguration->crlType ==
                 api::CrlType::PARTITIONED);
    f.engine.issue(ca, QStringLiteral("partitioned.example.com"));
    PCA_WAIT_FOR(partitions->isVisibleTo(tab) &&
                 partitions->text().startsWith(QStringLiteral("1 (each has its own CRL")));
}

// A CA waiting for its certificate takes a revocation configuration (as the API does, and as
// Terraform sets it); there is no CRL to save or publish until the certificate is installed.
void DialogsTest::revocationFormSavesForAPendingCa()
{
    test::GuiFixture f;
    const QString ca =
        f.engine.createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Revocation);
    RevocationTab *tab = f.window->details()->revocationTab();
    auto *save = test::find<QPushButton>(tab, QStringLiteral("saveRevocationButton"));
    // No "can be changed only while …" once the tab shows the pending CA.
    PCA_WAIT_FOR(save->toolTip().isEmpty());
    QVERIFY(!save->isEnabled());
    test::click(test::find<QCheckBox>(tab, QStringLiteral("crlEnabled")));
    QTest::keyClicks(test::find<QLineEdit>(tab, QStringLiteral("crlBucket")),
                     QStringLiteral("pending-crl"));
    PCA_WAIT_FOR(save->isEnabled());
    test::click(save);
    PCA_WAIT_FOR(f.engine.describe(ca).revocationConfiguration->crlConfiguration->enabled);
    QCOMPARE(f.engine.status(ca), Status::PENDING_CERTIFICATE);
    f.client.waitForIdle();
    QVERIFY(!test::find<QPushButton>(tab, QStringLiteral("saveCrlButton"))->isEnabled());
}

void DialogsTest::auditReportIsCreatedAndSaved()
{
    test::GuiFixture f;
    QTemporaryDir out;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Audited Root"));
    f.engine.issue(ca, QStringLiteral("audited.example.com"));
    PCA_WAIT_FOR(f.window->caModel()->indexForArn(ca).isValid());
    f.window->selectCertificateAuthority(ca);
    PCA_WAIT_FOR(f.window->action(CaAction::AuditReport)->isEnabled());
    AuditReportsTab *tab = f.window->details()->auditReportsTab();
    // Wrong bucket name first: the engine's words, nothing created.
    f.window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::AuditReports);
    auto *bucket = test::find<QLineEdit>(tab, QStringLiteral("auditReportBucket"));
    bucket->setText(QStringLiteral("No"));
    test::click(test::find<QPushButton>(tab, QStringLiteral("createAuditReportButton")));
    auto *message = test::find<QLabel>(tab, QStringLiteral("auditReportMessage"));
    PCA_WAIT_FOR(message->text().contains(QStringLiteral("bucket"), Qt::CaseInsensitive));
    QCOMPARE(f.engine.service().listAuditReports(ca).size(), 0);
    // The main window's action creates it with the form's values.
    bucket->setText(QStringLiteral("audit-reports"));
    test::find<QComboBox>(tab, QStringLiteral("auditReportFormat"))->setCurrentIndex(1); // CSV
    f.window->action(CaAction::AuditReport)->trigger();
    auto *table = test::find<QTableView>(tab, QStringLiteral("auditReportTable"));
    PCA_WAIT_FOR(
        table->model()->rowCount() == 1 &&
        table->model()->index(0, models::AuditReportModel::StatusColumn).data().toString() ==
            QStringLiteral("Ready"));
    table->selectRow(0);
    const QString path = out.filePath(QStringLiteral("report.csv"));
    ModalHooks::setNextFileName(path);
    test::click(test::find<QPushButton>(tab, QStringLiteral("saveAuditReportButton")));
    PCA_WAIT_FOR(QFileInfo(path).size() > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("audited.example.com"));
    // Open hands a file to the desktop (recorded in test mode).
    test::click(test::find<QPushButton>(tab, QStringLiteral("openAuditReportButton")));
    PCA_WAIT_FOR(!ModalHooks::openedUrls().isEmpty());
    QVERIFY(ModalHooks::openedUrls().last().endsWith(QStringLiteral(".csv")));
}

void DialogsTest::settingsStoreThePublicUrl()
{
    test::GuiFixture f;
    SettingsDialog dialog(&f.client, f.engine.directory());
    dialog.show();
    auto *url = test::find<QLineEdit>(&dialog, QStringLiteral("settingsPublicUrl"));
    PCA_WAIT_FOR(url->text() == QStringLiteral("http://127.0.0.1:8080"));
    url->setText(QStringLiteral("ftp://nope"));
    QVERIFY(!test::find<QPushButton>(&dialog, QStringLiteral("settingsOkButton"))->isEnabled());
    url->setText(QStringLiteral("https://pki.example.com"));
    auto *ok = test::find<QPushButton>(&dialog, QStringLiteral("settingsOkButton"));
    QVERIFY(ok->isEnabled());
    test::click(ok);
    PCA_WAIT_FOR(dialog.result() == QDialog::Accepted);
    QCOMPARE(f.engine.service().publicBaseUrl(), QStringLiteral("https://pki.example.com"));
    QCOMPARE(QSettings().value(QStringLiteral("storeDirectory")).toString(), f.engine.directory());
}

void DialogsTest::errorDialogNamesTheException()
{
    ErrorDialog dialog(QStringLiteral("Issue"),
                       PcaError(errors::InvalidState, QStringLiteral("The CA is DISABLED.")));
    QVERIFY(test::find<QLabel>(&dialog, QStringLiteral("errorSummary"))
                ->text()
                .contains(QStringLiteral("state")));
    QCOMPARE(test::find<QLabel>(&dialog, QStringLiteral("errorDetail"))->text(),
             QStringLiteral("The CA is DISABLED."));
    QVERIFY(test::find<QLabel>(&dialog, QStringLiteral("errorName"))
                ->text()
                .contains(QStringLiteral("InvalidStateException")));
    test::click(test::find<QPushButton>(&dialog, QStringLiteral("copyErrorNameButton")));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("InvalidStateException"));
}

void DialogsTest::issueCertificateSansParsing()
{
    QString problem;
    const QList<api::GeneralName> names = IssueCertificateDialog::parseSubjectAltNames(
        QStringLiteral("www.example.com\n10.1.2.3, ops@example.com\nhttps://example.com/x\n"
                       "DNS:*.example.org\nIP:2001:db8::1\nemail:a@b.example"),
        &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(names.size(), 7);
    QCOMPARE(names[0].dnsName, std::optional(QStringLiteral("www.example.com")));
    QCOMPARE(names[1].ipAddress, std::optional(QStringLiteral("10.1.2.3")));
    QCOMPARE(names[2].rfc822Name, std::optional(QStringLiteral("ops@example.com")));
    QCOMPARE(names[3].uniformResourceIdentifier,
             std::optional(QStringLiteral("https://example.com/x")));
    QCOMPARE(names[4].dnsName, std::optional(QStringLiteral("*.example.org")));
    QCOMPARE(names[5].ipAddress, std::optional(QStringLiteral("2001:db8::1")));
    QCOMPARE(names[6].rfc822Name, std::optional(QStringLiteral("a@b.example")));
    IssueCertificateDialog::parseSubjectAltNames(QStringLiteral("bad name!"), &problem);
    QVERIFY(!problem.isEmpty());
}

QTEST_MAIN(DialogsTest)
#include "tst_gui_dialogs.moc"

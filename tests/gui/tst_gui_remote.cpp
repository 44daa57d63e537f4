// The main window as a client of a spawned privateca-server (the remote clients of models/, signed
// with the key of an AWS profile), driven like a user: the title and status bar say where it is
// connected; create and activate a root CA through the wizard; the ACM renewal checkbox cleared
// and set; issue and revoke through the dialogs; a tag typed into the table; a managed
// certificate requested; a refusal of the server shown in the server's words; what has no API
// hidden with the reason. What the window did is checked on the server through a second,
// independent connection.
#include "AwsProfiles.h"
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityModel.h"
#include "CertificateModel.h"
#include "CertificatesTab.h"
#include "CreateCertificateAuthorityWizard.h"
#include "GuiTestSupport.h"
#include "IssueCertificateDialog.h"
#include "ManagedCertificatesPage.h"
#include "PermissionModel.h"
#include "RemoteAccessClient.h"
#include "RemoteCertificateManagerClient.h"
#include "RemoteConnection.h"
#include "RemotePrivateCaClient.h"
#include "RevocationTab.h"
#include "RevokeCertificateDialog.h"
#include "ServerProcess.h"
#include "StatusBadge.h"
#include "TagModel.h"
#include "TagsTab.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace pca;
using namespace pca::views;
using models::CaAction;
using Status = api::CertificateAuthorityStatus;

namespace {

void clickWizardButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible() && button->isEnabled(), 60000);
    test::click(button);
}

#define PCA_WAIT_REMOTE(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 60000)

// Waits, by the wall clock, until `condition` holds: for conditions that ask the server (QTRY_*
// count their steps, not the time the calls take).
template <typename Condition>
bool eventually(Condition condition, int timeoutMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QTest::qWait(200);
    }
    return condition();
}

} // namespace

class RemoteMainWindowTest : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    models::CallerIdentity m_identity;
    // The window's connection and clients.
    std::unique_ptr<models::RemoteConnection> m_connection;
    std::unique_ptr<models::RemotePrivateCaClient> m_client;
    std::unique_ptr<models::RemoteCertificateManagerClient> m_acmClient;
    std::unique_ptr<models::RemoteAccessClient> m_accessClient;
    std::unique_ptr<MainWindow> m_window;
    // An independent connection that checks what the server holds.
    std::unique_ptr<models::RemoteConnection> m_checkConnection;
    std::unique_ptr<models::RemotePrivateCaClient> m_check;
    QString m_rootArn;

    template <typename T, typename Call>
    models::Reply<T> await(Call call)
    {
        std::optional<models::Reply<T>> reply;
        call([&reply](const models::Reply<T> &r) { reply = r; });
        QElapsedTimer timer;
        timer.start();
        while (!reply && timer.elapsed() < 60'000)
            QTest::qWait(10);
        if (!reply)
            return PcaError("TestTimeout", QStringLiteral("no answer within a minute"));
        return *reply;
    }

    api::CertificateAuthority describe(const QString &arn)
    {
        const auto reply = await<api::CertificateAuthority>(
            [&](auto handler) { m_check->describeCertificateAuthority(arn, this, handler); });
        return reply.ok() ? reply.value() : api::CertificateAuthority();
    }
    QList<api::Permission> permissions(const QString &arn)
    {
        const auto reply = await<QList<api::Permission>>(
            [&](auto handler) { m_check->listAllPermissions(arn, this, handler); });
        return reply.ok() ? reply.value() : QList<api::Permission>();
    }
    QMap<QString, QString> tags(const QString &arn)
    {
        const auto reply =
            await<QList<api::Tag>>([&](auto handler) { m_check->listAllTags(arn, this, handler); });
        QMap<QString, QString> out;
        if (reply.ok()) {
            for (const api::Tag &tag : reply.value())
                out.insert(tag.key, tag.value.value_or(QString()));
        }
        return out;
    }

    models::RemoteEndpoint endpoint() const
    {
        const std::optional<models::AwsProfile> profile =
            models::AwsProfiles::load(QStringLiteral("privateca"));
        models::RemoteEndpoint out;
        out.url = QUrl(m_server.url());
        out.region = QStringLiteral("us-east-1");
        out.profile = QStringLiteral("privateca");
        if (profile) {
            out.accessKeyId = profile->accessKeyId;
            out.secretAccessKey = profile->secretAccessKey;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::dropOffscreenSizeHintWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ModalHooks::setTestMode(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.serverErrors()));
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_server.credentialsFile().toLocal8Bit());
        qputenv("AWS_CONFIG_FILE", QByteArray("/nonexistent"));
        m_connection = std::make_unique<models::RemoteConnection>(endpoint());
        const auto identity = await<models::CallerIdentity>(
            [&](auto handler) { m_connection->getCallerIdentity(this, handler); });
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message()));
        m_identity = identity.value();
        m_client = std::make_unique<models::RemotePrivateCaClient>(m_connection.get(), m_identity);
        m_client->setPollInterval(200);
        m_acmClient = std::make_unique<models::RemoteCertificateManagerClient>(m_connection.get());
        m_acmClient->setPollInterval(200);
        m_accessClient =
            std::make_unique<models::RemoteAccessClient>(m_connection.get(), m_identity);
        m_checkConnection = std::make_unique<models::RemoteConnection>(endpoint());
        m_check =
            std::make_unique<models::RemotePrivateCaClient>(m_checkConnection.get(), m_identity);
        m_window =
            std::make_unique<MainWindow>(m_client.get(), m_acmClient.get(), m_accessClient.get());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        PCA_WAIT_REMOTE(m_window->caModel()->isLoaded());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_accessClient.reset();
        m_acmClient.reset();
        m_client.reset();
        m_check.reset();
        m_connection.reset();
        m_checkConnection.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void titleAndStatusBarSayWhereItIsConnected()
    {
        const QString url = m_server.url();
        QCOMPARE(
            m_window->windowTitle(),
            QStringLiteral("Private CA Manager — %1 (%2, us-east-1)").arg(url, m_identity.account));
        bool found = false;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("Server %1").arg(url)) &&
                label->text().contains(m_identity.arn))
                found = true;
        }
        QVERIFY(found);
        // File > Disconnect goes back to the local store; Connect is there too.
        QAction *disconnect = m_window->findChild<QAction *>(QStringLiteral("actionDisconnect"));
        QVERIFY(disconnect);
        QSignalSpy back(m_window.get(), &MainWindow::openLocalStoreRequested);
        disconnect->trigger();
        QCOMPARE(back.size(), 1);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionConnectToServer")));
    }

    void createRootCaThroughTheWizardAndActivateIt()
    {
        m_window->action(CaAction::CreateCertificateAuthority)->trigger();
        auto *wizard = test::visibleWidget<CreateCertificateAuthorityWizard>(m_window.get());
        QVERIFY(wizard);
        QVERIFY(test::find<QRadioButton>(wizard, QStringLiteral("wizardTypeRoot"))->isChecked());
        clickWizardButton(wizard, QWizard::NextButton);
        QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectCommonName")),
                         QStringLiteral("Remote GUI Root"));
        QTest::keyClicks(test::find<QLineEdit>(wizard, QStringLiteral("wizardSubjectOrganization")),
                         QStringLiteral("Example Corp"));
        clickWizardButton(wizard, QWizard::NextButton);
        auto *key = test::find<QComboBox>(wizard, QStringLiteral("wizardKeyAlgorithm"));
        key->setCurrentIndex(key->findData(int(api::KeyAlgorithm::EC_prime256v1)));
        clickWizardButton(wizard, QWizard::NextButton); // key
        clickWizardButton(wizard, QWizard::NextButton); // validity
        clickWizardButton(wizard, QWizard::NextButton); // revocation
        clickWizardButton(wizard, QWizard::NextButton); // usage mode, key storage
        clickWizardButton(wizard, QWizard::NextButton); // tags
        QVERIFY(test::find<QCheckBox>(wizard, QStringLiteral("wizardAcmCheckBox"))->isChecked());
        clickWizardButton(wizard, QWizard::NextButton);
        QVERIFY(test::find<QCheckBox>(wizard, QStringLiteral("wizardActivateRoot"))->isChecked());
        clickWizardButton(wizard, QWizard::CommitButton);
        // The server makes the key; the window signs and installs the certificate, grants ACM.
        clickWizardButton(wizard, QWizard::FinishButton);

        m_rootArn = wizard->createdArn();
        QVERIFY(!m_rootArn.isEmpty());
        const api::CertificateAuthority ca = describe(m_rootArn);
        QCOMPARE(ca.status, std::optional(Status::ACTIVE));
        QCOMPARE(ca.certificateAuthorityConfiguration->subject.commonName,
                 std::optional(QStringLiteral("Remote GUI Root")));
        QCOMPARE(permissions(m_rootArn).size(), 1);
        PCA_WAIT_REMOTE(m_window->selectedArn() == m_rootArn);
        auto *badge = test::find<StatusBadge>(m_window.get(), QStringLiteral("caHeaderStatus"));
        PCA_WAIT_REMOTE(badge->text() == QStringLiteral("Active"));
    }

    void permissionsCheckboxClearsAndSetsAcm()
    {
        QVERIFY(!m_rootArn.isEmpty());
        m_window->selectCertificateAuthority(m_rootArn);
        m_window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Permissions);
        auto *box = test::find<QCheckBox>(m_window.get(), QStringLiteral("acmRenewalCheckBox"));
        auto *table = test::find<QTableView>(m_window.get(), QStringLiteral("permissionTable"));
        QVERIFY(box && table);
        PCA_WAIT_REMOTE(box->isEnabled() && box->checkState() == Qt::Checked);
        PCA_WAIT_REMOTE(table->model()->rowCount() == 1);

        test::click(box); // off
        QVERIFY(eventually([&] { return box->isEnabled() && permissions(m_rootArn).isEmpty(); }));
        QCOMPARE(box->checkState(), Qt::Unchecked);
        PCA_WAIT_REMOTE(table->model()->rowCount() == 0);

        test::click(box); // on again
        QVERIFY(eventually([&] { return box->isEnabled() && permissions(m_rootArn).size() == 1; }));
        QCOMPARE(permissions(m_rootArn).first().principal,
                 std::optional(QStringLiteral("acm.amazonaws.com")));
        QCOMPARE(box->checkState(), Qt::Checked);
        PCA_WAIT_REMOTE(table->model()->rowCount() == 1);
    }

    void issueAndRevokeThroughTheDialogs()
    {
        QVERIFY(!m_rootArn.isEmpty());
        m_window->selectCertificateAuthority(m_rootArn);
        PCA_WAIT_REMOTE(m_window->action(CaAction::IssueCertificate)->isEnabled());
        m_window->action(CaAction::IssueCertificate)->trigger();
        QPointer<IssueCertificateDialog> issue =
            test::visibleWidget<IssueCertificateDialog>(m_window.get());
        QVERIFY(issue);
        QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("issueSubjectCommonName")),
                         QStringLiteral("remote.example.com"));
        test::find<QPlainTextEdit>(issue, QStringLiteral("issueSans"))
            ->setPlainText(QStringLiteral("remote.example.com"));
        test::click(test::find<QPushButton>(issue, QStringLiteral("issueButton")));
        auto *arnField = test::find<QLineEdit>(issue, QStringLiteral("issueResultArn"));
        PCA_WAIT_REMOTE(!arnField->text().isEmpty() && arnField->isVisible());
        const QString certificateArn = arnField->text();
        QVERIFY(certificateArn.startsWith(m_rootArn + QStringLiteral("/certificate/")));
        ModalHooks::setNextAnswer(QMessageBox::Yes); // the key generated here is not kept
        test::click(test::find<QPushButton>(issue, QStringLiteral("issueDoneButton")));
        PCA_WAIT_REMOTE(!issue || !issue->isVisible());

        // The inventory (the server's extension) lists it; revoke it from there.
        m_window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Certificates);
        CertificatesTab *tab = m_window->details()->certificatesTab();
        const QString serial = models::serialFromCertificateArn(certificateArn);
        PCA_WAIT_REMOTE(tab->model()->rowForSerial(serial) >= 0);
        tab->table()->selectRow(tab->model()->rowForSerial(serial));
        PCA_WAIT_REMOTE(m_window->action(CaAction::RevokeCertificate)->isEnabled());
        m_window->action(CaAction::RevokeCertificate)->trigger();
        QPointer<RevokeCertificateDialog> revoke =
            test::visibleWidget<RevokeCertificateDialog>(m_window.get());
        QVERIFY(revoke);
        auto *reason = test::find<QComboBox>(revoke, QStringLiteral("revokeReason"));
        reason->setCurrentIndex(reason->findData(int(api::RevocationReason::SUPERSEDED)));
        test::click(test::find<QPushButton>(revoke, QStringLiteral("revokeButton")));
        PCA_WAIT_REMOTE(!revoke || !revoke->isVisible());
        PCA_WAIT_REMOTE(
            tab->model()
                ->index(tab->model()->rowForSerial(serial), models::CertificateModel::StatusColumn)
                .data()
                .toString() == QStringLiteral("Revoked"));
        // The server agrees: revoking again is refused as already revoked.
        api::RevokeCertificateRequest again;
        again.certificateAuthorityArn = m_rootArn;
        again.certificateSerial = serial;
        again.revocationReason = api::RevocationReason::SUPERSEDED;
        const auto refused = await<models::Done>(
            [&](auto handler) { m_check->revokeCertificate(again, this, handler); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().type(), QStringLiteral("RequestAlreadyProcessedException"));
    }

    void tagTypedIntoTheTable()
    {
        QVERIFY(!m_rootArn.isEmpty());
        m_window->selectCertificateAuthority(m_rootArn);
        m_window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::Tags);
        TagsTab *tab = m_window->details()->tagsTab();
        const auto visibleEditor = [tab]() -> QLineEdit * {
            for (QLineEdit *edit : tab->table()->viewport()->findChildren<QLineEdit *>()) {
                if (edit->isVisible())
                    return edit;
            }
            return nullptr;
        };
        PCA_WAIT_REMOTE(test::find<QPushButton>(tab, QStringLiteral("addTagButton"))->isEnabled());
        test::click(test::find<QPushButton>(tab, QStringLiteral("addTagButton")));
        QLineEdit *editor = nullptr;
        PCA_WAIT_REMOTE((editor = visibleEditor()));
        QTest::keyClicks(editor, QStringLiteral("owner"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(eventually([&] { return tags(m_rootArn).contains(QStringLiteral("owner")); }));
        PCA_WAIT_REMOTE(!tab->model()->isBusy() && tab->model()->rowCount() == 1);
        // Removed again from the table.
        tab->table()->selectRow(0);
        test::click(test::find<QPushButton>(tab, QStringLiteral("removeTagButton")));
        QVERIFY(eventually([&] { return !tags(m_rootArn).contains(QStringLiteral("owner")); }));
    }

    void managedCertificateRequestedAppearsInTheTable()
    {
        QVERIFY(!m_rootArn.isEmpty());
        api::acm::RequestCertificateRequest request;
        request.domainName = QStringLiteral("managed.example.com");
        request.certificateAuthorityArn = m_rootArn;
        const auto requested = await<api::acm::RequestCertificateResponse>(
            [&](auto handler) { m_acmClient->requestCertificate(request, this, handler); });
        QVERIFY2(requested.ok(),
                 qPrintable(requested.ok() ? QString() : requested.error().message()));
        m_window->setArea(MainWindow::Area::ManagedCertificates);
        auto *table =
            test::find<QTableView>(m_window.get(), QStringLiteral("managedCertificateTable"));
        QVERIFY(table);
        const auto shows = [table](const QString &text) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                for (int column = 0; column < table->model()->columnCount(); ++column) {
                    if (table->model()->index(row, column).data().toString().contains(text))
                        return true;
                }
            }
            return false;
        };
        PCA_WAIT_REMOTE(shows(QStringLiteral("managed.example.com")));
        // The issuing CA's name comes from ACM PCA's DescribeCertificateAuthority.
        PCA_WAIT_REMOTE(shows(QStringLiteral("Remote GUI Root")));
        // And what the CA's renewal checkbox counts, once the server has issued it.
        QStringList domains;
        QVERIFY(eventually([&] {
            const auto dependents = await<AcmDependents>(
                [&](auto handler) { m_acmClient->dependentsOf(m_rootArn, this, handler); });
            domains = dependents.ok() ? dependents.value().domains : QStringList();
            return dependents.ok() && dependents.value().certificates == 1;
        }));
        QCOMPARE(domains, QStringList{QStringLiteral("managed.example.com")});
        m_window->setArea(MainWindow::Area::PrivateCas);
    }

    void refusalOfTheServerShowsItsMessage()
    {
        QVERIFY(!m_rootArn.isEmpty());
        m_window->selectCertificateAuthority(m_rootArn);
        PCA_WAIT_REMOTE(m_window->action(CaAction::IssueCertificate)->isEnabled());
        // Disabled elsewhere (another connection): the window does not know yet and offers to
        // issue; the server refuses, and the dialog shows the server's reason.
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = m_rootArn;
        update.status = Status::DISABLED;
        const auto disabled = await<models::Done>(
            [&](auto handler) { m_check->updateCertificateAuthority(update, this, handler); });
        QVERIFY(disabled.ok());
        m_window->action(CaAction::IssueCertificate)->trigger();
        QPointer<IssueCertificateDialog> issue =
            test::visibleWidget<IssueCertificateDialog>(m_window.get());
        QVERIFY(issue);
        QTest::keyClicks(test::find<QLineEdit>(issue, QStringLiteral("issueSubjectCommonName")),
                         QStringLiteral("refused.example.com"));
        test::click(test::find<QPushButton>(issue, QStringLiteral("issueButton")));
        auto *message = test::find<QLabel>(issue, QStringLiteral("issueMessage"));
        // The server's words (its InvalidStateException names the CA's state), after the
        // progress hints.
        QTRY_VERIFY2_WITH_TIMEOUT(
            message->isVisible() &&
                message->text().contains(QStringLiteral("DISABLED"), Qt::CaseInsensitive),
            qPrintable(message->text()), 60000);
        QVERIFY(test::find<QLineEdit>(issue, QStringLiteral("issueResultArn"))->text().isEmpty());
        issue->close();
        update.status = Status::ACTIVE;
        QVERIFY((await<models::Done>([&](auto handler) {
                    m_check->updateCertificateAuthority(update, this, handler);
                })).ok());
        m_window->refresh();
    }

    void whatHasNoApiIsHiddenWithTheReason()
    {
        // Publishing a CRL on demand is the server's work.
        QVERIFY(
            !m_client->unavailableReason(models::PrivateCaClient::Feature::GenerateCrl).isEmpty());
        // Accounts are made on the server: the Access page says so instead of offering it.
        m_window->setArea(MainWindow::Area::Access);
        auto *reason =
            test::find<QLabel>(m_window.get(), QStringLiteral("accountsUnavailableReason"));
        QVERIFY(reason);
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().contains(QStringLiteral("privateca-server account create")));
        auto *create =
            test::find<QPushButton>(m_window.get(), QStringLiteral("createAccountButton"));
        QVERIFY(create && !create->isVisible());
        m_window->setArea(MainWindow::Area::PrivateCas);
    }

    // The way in at the first start: the welcome dialog offers a server instead of a store.
    void welcomeDialogOffersAServer()
    {
        QTemporaryDir none;
        WelcomeDialog welcome(none.filePath(QStringLiteral("store")));
        welcome.show();
        test::click(test::find<QPushButton>(&welcome, QStringLiteral("welcomeConnectButton")));
        QCOMPARE(welcome.result(), int(WelcomeDialog::ConnectToServer));
        QVERIFY(!QFileInfo::exists(none.filePath(QStringLiteral("store"))));
    }

    void screenshotOfTheConnectedWindow()
    {
        QVERIFY(!m_rootArn.isEmpty());
        m_window->selectCertificateAuthority(m_rootArn);
        m_window->details()->tabs()->setCurrentIndex(CertificateAuthorityDetails::General);
        PCA_WAIT_REMOTE(m_window->caModel()->indexForArn(m_rootArn, 1).data().toString() ==
                        QStringLiteral("Active"));
        QTest::qWait(300);
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("remote-main-window")));
    }
};

QTEST_MAIN(RemoteMainWindowTest)
#include "tst_gui_remote.moc"

// The main window: areas chosen in a navigation list, as the console's services — Private CAs
// (the CA tree with filter and sortable columns above the selected CA's details), Managed
// certificates (Certificate Manager) and, given an access client, Access (IAM: accounts,
// users, keys, policies) and Activity (the CloudTrail event history). Toolbar, menus and shortcuts
// for every action, each enabled only when the state of what is selected allows it, with the reason
// in its tooltip.
#pragma once

#include "AccessClient.h"
#include "ActionAvailability.h"
#include "CertificateManagerClient.h"
#include "PrivateCaClient.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace pca::models {
class AcmGrantOnActivation;
class CertificateAuthorityFilterModel;
class CertificateAuthorityModel;
} // namespace pca::models

namespace pca::views {

class AccessPage;
class ActivityPage;
class CertificateAuthorityDetails;
class ManagedCertificatesPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area
    {
        PrivateCas,
        ManagedCertificates,
        Access,  // only with an access client
        Activity // only with an access client
    };

    // Without `accessClient`, the Access and Activity areas are not shown.
    MainWindow(models::PrivateCaClient *client, models::CertificateManagerClient *acmClient,
               models::AccessClient *accessClient = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setArea(Area area);
    Area area() const;
    QListWidget *areaNavigation() const { return m_navigation; }
    ManagedCertificatesPage *certificatesPage() const { return m_certificates; }
    AccessPage *accessPage() const { return m_access; }
    ActivityPage *activityPage() const { return m_activity; }

    models::CertificateAuthorityModel *caModel() const { return m_model; }
    models::CertificateAuthorityFilterModel *caFilter() const { return m_filter; }
    QTreeView *caTree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    CertificateAuthorityDetails *details() const { return m_details; }
    QAction *action(models::CaAction action) const { return m_actions.value(int(action)); }
    // The Disable/Enable action (one action whose text follows the state).
    QAction *disableEnableAction() const { return m_disableEnable; }

    void selectCertificateAuthority(const QString &arn);
    QString selectedArn() const { return m_selectedArn; }
    std::optional<api::CertificateAuthority> selectedCertificateAuthority() const;

public Q_SLOTS:
    void createCertificateAuthority();
    void installCaCertificate();
    void issueCertificate();
    void revokeCertificate(const QString &serial = QString());
    void toggleEnabled();
    void deleteCertificateAuthority();
    void restoreCertificateAuthority();
    void createAuditReport();
    void refresh();
    void showSettings();

Q_SIGNALS:
    // File > Connect to a server… and, when connected, File > Disconnect (back to the local
    // store): the app replaces the clients and the window.
    void connectToServerRequested();
    void openLocalStoreRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentralArea();
    QWidget *buildCaArea();
    void styleNavigation();
    QAction *addCaAction(models::CaAction action, const QString &icon, const QString &text,
                         const QKeySequence &shortcut, const QString &objectName,
                         void (MainWindow::*slot)());
    void selectionChanged();
    void showSelected();
    void updateActions();
    void restoreSelection();
    void updateStatusBar();
    void areaChanged();
    void showAbout();
    void refreshIcons();

    models::PrivateCaClient *m_client;
    models::CertificateManagerClient *m_acmClient;
    models::AccessClient *m_accessClient;
    AccessPage *m_access = nullptr;
    ActivityPage *m_activity = nullptr;
    models::CertificateAuthorityModel *m_model;
    models::CertificateAuthorityFilterModel *m_filter;
    models::AcmGrantOnActivation *m_pendingGrants;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    CertificateAuthorityDetails *m_details;
    ManagedCertificatesPage *m_certificates;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_areas = nullptr;
    QToolBar *m_caToolBar = nullptr;
    QToolBar *m_certificateToolBar = nullptr;
    QHash<int, QAction *> m_actions;
    QHash<QAction *, QString> m_actionIcons;
    QAction *m_disableEnable = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_connectToServer = nullptr;
    QAction *m_disconnect = nullptr;
    QLabel *m_storeLabel;
    QLabel *m_countLabel;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
    QString m_selectedArn;
    QString m_pendingSelection;
};

} // namespace pca::views

#include "MainWindow.h"

#include "AccessModels.h"
#include "AccessPage.h"
#include "ActivityPage.h"
#include "AuditReportsTab.h"
#include "BusyIndicator.h"
#include "CaCertificateTab.h"
#include "CertificateAuthorityCreation.h"
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityFilterModel.h"
#include "CertificateAuthorityModel.h"
#include "CertificatesTab.h"
#include "CreateCertificateAuthorityWizard.h"
#include "DeleteCertificateAuthorityDialog.h"
#include "DisplayNames.h"
#include "ErrorText.h"
#include "EventModel.h"
#include "InstallCaCertificateDialog.h"
#include "IssueCertificateDialog.h"
#include "ManagedCertificateModel.h"
#include "ManagedCertificatesPage.h"
#include "ModalHooks.h"
#include "RevokeCertificateDialog.h"
#include "SettingsDialog.h"
#include "StatusBadge.h"
#include "ThemedIcons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace pca::views {

using models::CaAction;
using models::CertificateAuthorityModel;
using Status = api::CertificateAuthorityStatus;

namespace {

// The name column shows a root or subordinate icon before the name.
class NameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool root = index.data(CertificateAuthorityModel::TypeRole).toInt() ==
                          int(api::CertificateAuthorityType::ROOT);
        option->icon =
            ThemedIcons::icon(root ? QStringLiteral("ca-root") : QStringLiteral("ca-subordinate"));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(18, 18);
    }
};

} // namespace

MainWindow::MainWindow(models::PrivateCaClient *client, models::CertificateManagerClient *acmClient,
                       models::AccessClient *accessClient, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_acmClient(acmClient)
    , m_accessClient(accessClient)
    , m_model(new CertificateAuthorityModel(client, this))
    , m_filter(new models::CertificateAuthorityFilterModel(this))
    , m_pendingGrants(new models::AcmGrantOnActivation(client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Connected to a server: where, and in which account and region.
    const bool remote = !client->callerArn().isEmpty();
    setWindowTitle(remote ? tr("Private CA Manager — %1 (%2, %3)")
                                .arg(client->location(), client->accountId(), client->region())
                          : tr("Private CA Manager"));
    setWindowIcon(ThemedIcons::icon(QStringLiteral("privateca")));
    m_filter->setSourceModel(m_model);
    m_certificates = new ManagedCertificatesPage(acmClient, client, m_model, this);
    if (accessClient) {
        m_access = new AccessPage(accessClient, this);
        m_activity = new ActivityPage(accessClient, this);
    }
    buildActions();
    buildMenus();
    buildCentralArea();

    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("caCountLabel"));
    m_busy = createBusyIndicator(this, QStringLiteral("busyIndicator"), tr("Working"));
    m_busy->setMaximumSize(90, 10);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_busy);
    // Show "working" only for calls that take a moment (no flicker).
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(400);
    const auto anyBusy = [this] {
        return m_client->isBusy() || m_acmClient->isBusy() ||
               (m_accessClient && m_accessClient->isBusy());
    };
    connect(m_busyDelay, &QTimer::timeout, this,
            [this, anyBusy] { m_busy->setVisible(anyBusy()); });
    const auto busyChanged = [this, anyBusy] {
        if (anyBusy())
            m_busyDelay->start();
        else
            m_busy->setVisible(false);
    };
    connect(client, &models::PrivateCaClient::busyChanged, this, busyChanged);
    connect(acmClient, &models::CertificateManagerClient::busyChanged, this, busyChanged);
    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    };
    connect(m_certificates, &ManagedCertificatesPage::statusMessage, this, showMessage);
    if (accessClient) {
        connect(accessClient, &models::AccessClient::busyChanged, this, busyChanged);
        connect(m_access, &AccessPage::statusMessage, this, showMessage);
        connect(m_activity, &ActivityPage::statusMessage, this, showMessage);
        connect(m_access->accounts(), &models::AccountModel::loaded, this,
                &MainWindow::updateStatusBar);
        connect(m_activity->model(), &models::EventModel::loaded, this,
                &MainWindow::updateStatusBar);
    }
    connect(m_certificates->model(), &models::ManagedCertificateModel::loaded, this,
            &MainWindow::updateStatusBar);

    connect(m_model, &CertificateAuthorityModel::loaded, this, [this] {
        restoreSelection();
        updateStatusBar();
    });
    connect(m_model, &CertificateAuthorityModel::entryChanged, this, [this](const QString &arn) {
        if (!m_pendingSelection.isEmpty() && arn == m_pendingSelection &&
            m_model->indexForArn(arn).isValid()) {
            m_pendingSelection.clear();
            selectCertificateAuthority(arn);
        } else if (arn == m_selectedArn) {
            showSelected();
        } else if (m_selectedArn.isEmpty()) {
            restoreSelection();
        }
        updateStatusBar();
    });
    connect(m_model, &CertificateAuthorityModel::errorOccurred, this, [this](const PcaError &e) {
        ModalHooks::showError(this, tr("Certificate authorities"), e);
    });
    connect(m_pendingGrants, &models::AcmGrantOnActivation::granted, this,
            [this](const QString &arn) {
                const auto *entry = m_model->entry(arn);
                statusBar()->showMessage(
                    tr("ACM may now renew certificates of %1.")
                        .arg(entry ? models::DisplayNames::caTitle(entry->ca) : arn),
                    8000);
            });
    connect(m_pendingGrants, &models::AcmGrantOnActivation::failed, this,
            [this](const QString &, const PcaError &error) {
                ModalHooks::showError(this, tr("ACM renewal permission"), error);
            });

    resize(1280, 820);
    updateActions();
    updateStatusBar();
    m_model->reload();
    m_pendingGrants->checkAll();
    m_tree->setFocus();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addCaAction(CaAction action, const QString &icon, const QString &text,
                                 const QKeySequence &shortcut, const QString &objectName,
                                 void (MainWindow::*slot)())
{
    auto *a = new QAction(ThemedIcons::icon(icon), text, this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    a->setShortcutVisibleInContextMenu(true);
    // Chosen from the menu or by shortcut while the managed certificates are shown: first show
    // the CA it acts on.
    if (action != CaAction::Refresh)
        connect(a, &QAction::triggered, this, [this] { setArea(Area::PrivateCas); });
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    m_actions.insert(int(action), a);
    m_actionIcons.insert(a, icon);
    return a;
}

void MainWindow::buildActions()
{
    addCaAction(CaAction::CreateCertificateAuthority, QStringLiteral("create-ca"), tr("Create CA…"),
                QKeySequence(tr("Ctrl+N")), QStringLiteral("actionCreateCa"),
                &MainWindow::createCertificateAuthority);
    addCaAction(CaAction::InstallCaCertificate, QStringLiteral("install-certificate"),
                tr("Install CA certificate…"), QKeySequence(tr("Ctrl+Shift+I")),
                QStringLiteral("actionInstallCaCertificate"), &MainWindow::installCaCertificate);
    addCaAction(CaAction::IssueCertificate, QStringLiteral("issue-certificate"),
                tr("Issue certificate…"), QKeySequence(tr("Ctrl+I")),
                QStringLiteral("actionIssueCertificate"), &MainWindow::issueCertificate);
    QAction *revoke = addCaAction(CaAction::RevokeCertificate, QStringLiteral("revoke"),
                                  tr("Revoke certificate…"), QKeySequence(tr("Ctrl+Shift+R")),
                                  QStringLiteral("actionRevokeCertificate"), nullptr);
    connect(revoke, &QAction::triggered, this,
            [this] { revokeCertificate(m_details->certificatesTab()->selectedSerial()); });
    m_disableEnable = addCaAction(CaAction::Disable, QStringLiteral("disable"), tr("Disable CA"),
                                  QKeySequence(tr("Ctrl+D")), QStringLiteral("actionDisableEnable"),
                                  &MainWindow::toggleEnabled);
    m_actions.insert(int(CaAction::Enable), m_disableEnable);
    addCaAction(CaAction::Delete, QStringLiteral("delete"), tr("Delete CA…"),
                QKeySequence(tr("Ctrl+Del")), QStringLiteral("actionDelete"),
                &MainWindow::deleteCertificateAuthority);
    addCaAction(CaAction::Restore, QStringLiteral("restore"), tr("Restore CA"),
                QKeySequence(tr("Ctrl+Shift+U")), QStringLiteral("actionRestore"),
                &MainWindow::restoreCertificateAuthority);
    addCaAction(CaAction::AuditReport, QStringLiteral("audit-report"), tr("Audit report…"),
                QKeySequence(tr("Ctrl+Shift+A")), QStringLiteral("actionAuditReport"),
                &MainWindow::createAuditReport);
    addCaAction(CaAction::Refresh, QStringLiteral("refresh"), tr("Refresh"), QKeySequence::Refresh,
                QStringLiteral("actionRefresh"), &MainWindow::refresh);
    m_settings = new QAction(ThemedIcons::icon(QStringLiteral("settings")), tr("Settings…"), this);
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_actionIcons.insert(m_settings, QStringLiteral("settings"));
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_connectToServer = new QAction(tr("Connect to a server…"), this);
    m_connectToServer->setObjectName(QStringLiteral("actionConnectToServer"));
    m_connectToServer->setStatusTip(
        tr("Work with the certificate authorities of a privateca-server, with your access key."));
    connect(m_connectToServer, &QAction::triggered, this, &MainWindow::connectToServerRequested);
    if (!m_client->callerArn().isEmpty()) {
        m_disconnect = new QAction(tr("&Disconnect"), this);
        m_disconnect->setObjectName(QStringLiteral("actionDisconnect"));
        m_disconnect->setStatusTip(
            tr("Close the connection to %1 and open the local store.").arg(m_client->location()));
        connect(m_disconnect, &QAction::triggered, this, &MainWindow::openLocalStoreRequested);
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectToServer);
    if (m_disconnect)
        file->addAction(m_disconnect);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *ca = menuBar()->addMenu(tr("&Certificate authority"));
    ca->addAction(action(CaAction::CreateCertificateAuthority));
    ca->addAction(action(CaAction::InstallCaCertificate));
    ca->addSeparator();
    ca->addAction(m_disableEnable);
    ca->addAction(action(CaAction::Delete));
    ca->addAction(action(CaAction::Restore));
    ca->addSeparator();
    ca->addAction(action(CaAction::AuditReport));
    ca->addAction(action(CaAction::Refresh));

    QMenu *certificates = menuBar()->addMenu(tr("C&ertificates"));
    certificates->addAction(action(CaAction::IssueCertificate));
    certificates->addAction(action(CaAction::RevokeCertificate));

    QMenu *acm = menuBar()->addMenu(tr("Certificate &Manager"));
    acm->addActions(m_certificates->pageActions());
    acm->insertSeparator(m_certificates->action(ManagedCertificatesPage::Action::Export));
    acm->insertSeparator(m_certificates->action(ManagedCertificatesPage::Action::Delete));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QStringList areaNames = {tr("Private CAs"), tr("Managed certificates")};
    QStringList areaObjects = {QStringLiteral("actionShowPrivateCas"),
                               QStringLiteral("actionShowManagedCertificates")};
    if (m_accessClient) {
        areaNames << tr("Access") << tr("Activity");
        areaObjects << QStringLiteral("actionShowAccess") << QStringLiteral("actionShowActivity");
    }
    for (int i = 0; i < areaNames.size(); ++i) {
        QAction *area = view->addAction(areaNames.at(i));
        area->setObjectName(areaObjects.at(i));
        area->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
        connect(area, &QAction::triggered, this, [this, i] { setArea(Area(i)); });
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("Find certificate authority"));
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        setArea(Area::PrivateCas);
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    view->addSeparator();
    const QStringList tabNames = {tr("General"),    tr("CA certificate"), tr("Certificates"),
                                  tr("Revocation"), tr("Permissions"),    tr("Policy"),
                                  tr("Tags"),       tr("Audit reports")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction *tab = view->addAction(tabNames.at(i));
        tab->setShortcut(QKeySequence(tr("Alt+%1").arg(i + 1)));
        connect(tab, &QAction::triggered, this, [this, i] {
            setArea(Area::PrivateCas);
            m_details->tabs()->setCurrentIndex(i);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Private CA Manager"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolbar->setIconSize(QSize(24, 24));
    toolbar->setContextMenuPolicy(Qt::PreventContextMenu); // each area shows its own
    m_caToolBar = toolbar;
    toolbar->addAction(action(CaAction::CreateCertificateAuthority));
    toolbar->addAction(action(CaAction::InstallCaCertificate));
    toolbar->addSeparator();
    toolbar->addAction(action(CaAction::IssueCertificate));
    toolbar->addAction(action(CaAction::RevokeCertificate));
    toolbar->addSeparator();
    toolbar->addAction(m_disableEnable);
    toolbar->addAction(action(CaAction::Delete));
    toolbar->addAction(action(CaAction::Restore));
    toolbar->addSeparator();
    toolbar->addAction(action(CaAction::AuditReport));
    toolbar->addAction(action(CaAction::Refresh));

    m_certificateToolBar = addToolBar(tr("Certificate Manager"));
    m_certificateToolBar->setObjectName(QStringLiteral("certificateToolBar"));
    m_certificateToolBar->setMovable(false);
    m_certificateToolBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_certificateToolBar->setIconSize(QSize(24, 24));
    m_certificateToolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    using PageAction = ManagedCertificatesPage::Action;
    m_certificateToolBar->addAction(m_certificates->action(PageAction::Request));
    m_certificateToolBar->addSeparator();
    m_certificateToolBar->addAction(m_certificates->action(PageAction::Export));
    m_certificateToolBar->addAction(m_certificates->action(PageAction::Renew));
    m_certificateToolBar->addAction(m_certificates->action(PageAction::Tags));
    m_certificateToolBar->addSeparator();
    m_certificateToolBar->addAction(m_certificates->action(PageAction::Delete));
    m_certificateToolBar->addSeparator();
    m_certificateToolBar->addAction(action(CaAction::Refresh));
    m_certificateToolBar->setVisible(false);
    for (QAction *a : m_certificates->pageActions())
        m_actionIcons.insert(a, a->property("themedIcon").toString());
    // Chosen from the menu while the CAs are shown: first show what it acts on.
    connect(m_certificates, &ManagedCertificatesPage::actionTriggered, this,
            [this] { setArea(Area::ManagedCertificates); });
}

void MainWindow::buildCentralArea()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("areaNavigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QStringList names = {tr("Private CAs"), tr("Managed certificates")};
    QStringList icons = {QStringLiteral("ca-root"), QStringLiteral("certificates")};
    QStringList tips = {tr("AWS Private CA: certificate authorities and what they issue"),
                        tr("AWS Certificate Manager: certificates it issues through your "
                           "CAs and renews")};
    if (m_accessClient) {
        names << tr("Access") << tr("Activity");
        icons << QStringLiteral("permissions") << QStringLiteral("audit-report");
        tips << tr("IAM: accounts, users, access keys and policies of the store's callers")
             << tr("CloudTrail: who called what, allowed or denied");
    }
    int width = 0;
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(ThemedIcons::icon(icons.at(i)), names.at(i));
        item->setToolTip(tips.at(i));
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 18));
        m_navigation->addItem(item);
        width = qMax(width, m_navigation->fontMetrics().horizontalAdvance(names.at(i)));
    }
    m_navigation->setFixedWidth(width + 22 + 40);
    styleNavigation();

    m_areas = new QStackedWidget(this);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->addWidget(buildCaArea());
    m_areas->addWidget(m_certificates);
    if (m_accessClient) {
        m_areas->addWidget(m_access);
        m_areas->addWidget(m_activity);
    }
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::areaChanged);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);
    setTabOrder(m_navigation, m_filterEdit);
    setTabOrder(m_filterEdit, m_tree);
    setTabOrder(m_tree, m_details->tabs());
}

void MainWindow::styleNavigation()
{
    // A sidebar: the window's colour, not a list's.
    QPalette p = m_navigation->palette();
    p.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_navigation->setPalette(p);
}

QWidget *MainWindow::buildCaArea()
{
    auto *listPane = new QWidget(this);
    m_filterEdit = new QLineEdit(listPane);
    m_filterEdit->setObjectName(QStringLiteral("caFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, status, type, algorithm or ARN"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(ThemedIcons::icon(QStringLiteral("search")),
                            QLineEdit::LeadingPosition);
    m_filterEdit->setAccessibleName(tr("Filter certificate authorities"));
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });

    m_tree = new QTreeView(listPane);
    m_tree->setObjectName(QStringLiteral("caTree"));
    m_tree->setAccessibleName(tr("Certificate authorities"));
    m_tree->setModel(m_filter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(CertificateAuthorityModel::CreatedColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setItemDelegateForColumn(CertificateAuthorityModel::NameColumn,
                                     new NameDelegate(m_tree));
    m_tree->setItemDelegateForColumn(
        CertificateAuthorityModel::StatusColumn,
        new StatusBadgeDelegate(StatusBadgeDelegate::Kind::CertificateAuthority,
                                CertificateAuthorityModel::StatusRole, m_tree));
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CertificateAuthorityModel::NameColumn, QHeaderView::Stretch);
    // Each column as wide as its header or its widest typical value, in any language.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const auto fit = [&](int column, const QString &sample, int padding) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(metrics.horizontalAdvance(title) + 30,
                                           metrics.horizontalAdvance(sample) + padding));
    };
    fit(CertificateAuthorityModel::StatusColumn,
        models::DisplayNames::status(Status::PENDING_CERTIFICATE), 40);
    fit(CertificateAuthorityModel::TypeColumn,
        models::DisplayNames::caType(api::CertificateAuthorityType::SUBORDINATE), 30);
    fit(CertificateAuthorityModel::KeyAlgorithmColumn,
        models::DisplayNames::keyAlgorithm(api::KeyAlgorithm::EC_prime256v1), 30);
    const QString date = models::DisplayNames::date(QDateTime::currentDateTime());
    fit(CertificateAuthorityModel::ExpiresColumn, date, 36);
    fit(CertificateAuthorityModel::CreatedColumn, date, 36);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::selectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { m_tree->expand(parent); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandAll(); });
    connect(m_filter, &QAbstractItemModel::rowsMoved, this, [this] { m_tree->expandAll(); });

    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(8, 8, 8, 0);
    listLayout->addWidget(m_filterEdit);
    listLayout->addWidget(m_tree, 1);

    m_details = new CertificateAuthorityDetails(m_client, m_acmClient, this);
    connect(m_details, &CertificateAuthorityDetails::createRequested, this,
            &MainWindow::createCertificateAuthority);
    connect(m_details->caCertificateTab(), &CaCertificateTab::installRequested, this,
            &MainWindow::installCaCertificate);
    connect(m_details->certificatesTab(), &CertificatesTab::issueRequested, this,
            &MainWindow::issueCertificate);
    connect(m_details->certificatesTab(), &CertificatesTab::revokeRequested, this,
            &MainWindow::revokeCertificate);
    connect(m_details->certificatesTab(), &CertificatesTab::selectionChanged, this,
            &MainWindow::updateActions);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({230, 560});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void MainWindow::setArea(Area area)
{
    m_navigation->setCurrentRow(int(area));
}

MainWindow::Area MainWindow::area() const
{
    return Area(m_areas->currentIndex());
}

void MainWindow::areaChanged()
{
    const int row = qMax(0, m_navigation->currentRow());
    m_areas->setCurrentIndex(row);
    const bool cas = Area(row) == Area::PrivateCas;
    const bool certificates = Area(row) == Area::ManagedCertificates;
    m_caToolBar->setVisible(cas);
    m_certificateToolBar->setVisible(certificates);
    if (certificates)
        m_certificates->setPreferredCertificateAuthority(m_selectedArn);
    updateStatusBar();
}

// ---- selection ----------------------------------------------------------------------------------

void MainWindow::selectCertificateAuthority(const QString &arn)
{
    const QModelIndex source = m_model->indexForArn(arn);
    if (!source.isValid()) {
        m_pendingSelection = arn;
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        m_filterEdit->clear(); // a filter hides it: show it anyway
    }
    const QModelIndex visible = m_filter->mapFromSource(source);
    m_tree->expand(visible.parent());
    m_tree->setCurrentIndex(visible);
    m_tree->scrollTo(visible);
}

std::optional<api::CertificateAuthority> MainWindow::selectedCertificateAuthority() const
{
    const models::CertificateAuthorityEntry *entry = m_model->entry(m_selectedArn);
    return entry ? std::optional(entry->ca) : std::nullopt;
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    m_selectedArn =
        current.isValid() ? current.data(CertificateAuthorityModel::ArnRole).toString() : QString();
    m_certificates->setPreferredCertificateAuthority(m_selectedArn);
    showSelected();
}

void MainWindow::showSelected()
{
    const std::optional<api::CertificateAuthority> ca = selectedCertificateAuthority();
    if (ca)
        m_details->showCertificateAuthority(*ca);
    else
        m_details->showNothing(m_model->certificateAuthorityCount() == 0);
    updateActions();
}

void MainWindow::restoreSelection()
{
    if (!m_selectedArn.isEmpty() && m_model->indexForArn(m_selectedArn).isValid()) {
        selectCertificateAuthority(m_selectedArn);
        return;
    }
    const QModelIndex first = m_filter->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    else
        showSelected();
}

// ---- actions
// ---------------------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const std::optional<api::CertificateAuthority> ca = selectedCertificateAuthority();
    for (auto it = m_actions.constBegin(); it != m_actions.constEnd(); ++it) {
        if (it.value() == m_disableEnable)
            continue;
        const models::Availability availability =
            models::ActionAvailability::of(CaAction(it.key()), ca);
        it.value()->setEnabled(availability.allowed);
        it.value()->setToolTip(availability.allowed
                                   ? it.value()->text().remove(QStringLiteral("…"))
                                   : it.value()->text().remove(QStringLiteral("…")) +
                                         QStringLiteral("\n") + availability.reason);
        it.value()->setStatusTip(availability.reason);
    }
    const bool disabled = ca && ca->status == Status::DISABLED;
    const models::Availability toggle =
        models::ActionAvailability::of(disabled ? CaAction::Enable : CaAction::Disable, ca);
    m_disableEnable->setText(disabled ? tr("Enable CA") : tr("Disable CA"));
    m_actionIcons.insert(m_disableEnable,
                         disabled ? QStringLiteral("enable") : QStringLiteral("disable"));
    m_disableEnable->setIcon(ThemedIcons::icon(m_actionIcons.value(m_disableEnable)));
    m_disableEnable->setEnabled(toggle.allowed);
    m_disableEnable->setToolTip(toggle.allowed ? m_disableEnable->text()
                                               : m_disableEnable->text() + QStringLiteral("\n") +
                                                     toggle.reason);
}

void MainWindow::updateStatusBar()
{
    const QString location = m_client->location();
    if (!m_client->callerArn().isEmpty()) {
        m_storeLabel->setText(
            tr("Server %1 · %2 · account %3 · %4")
                .arg(location, m_client->callerArn(), m_client->accountId(), m_client->region()));
    } else {
        m_storeLabel->setText(
            location.isEmpty()
                ? tr("Account %1 · %2").arg(m_client->accountId(), m_client->region())
                : tr("Store %1 · account %2 · %3")
                      .arg(QDir::toNativeSeparators(location), m_client->accountId(),
                           m_client->region()));
    }
    if (area() == Area::Access) {
        const models::AccountModel *accounts = m_access->accounts();
        const int count = accounts->rowCount();
        m_countLabel->setText(!accounts->isLoaded() ? tr("Loading…")
                                                    : tr("%n account(s)", nullptr, count));
        return;
    }
    if (area() == Area::Activity) {
        const models::EventModel *events = m_activity->model();
        const int count = events->rowCount();
        m_countLabel->setText(!events->isLoaded() ? tr("Loading…")
                              : events->hasMore() ? tr("%n event(s) loaded", nullptr, count)
                                                  : tr("%n event(s)", nullptr, count));
        return;
    }
    if (area() == Area::ManagedCertificates) {
        const models::ManagedCertificateModel *certificates = m_certificates->model();
        const int count = certificates->rowCount();
        m_countLabel->setText(!certificates->isLoaded() ? tr("Loading…")
                              : count == 1              ? tr("1 managed certificate")
                                                        : tr("%1 managed certificates").arg(count));
        return;
    }
    const int count = m_model->certificateAuthorityCount();
    m_countLabel->setText(!m_model->isLoaded() ? tr("Loading…")
                          : count == 1         ? tr("1 certificate authority")
                                               : tr("%1 certificate authorities").arg(count));
}

void MainWindow::createCertificateAuthority()
{
    auto *wizard =
        new CreateCertificateAuthorityWizard(m_client, m_pendingGrants, m_model->entries(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateCertificateAuthorityWizard::created, this,
            [this](const QString &arn) { selectCertificateAuthority(arn); });
    wizard->open();
}

void MainWindow::installCaCertificate()
{
    const auto ca = selectedCertificateAuthority();
    if (!ca || !models::ActionAvailability::of(CaAction::InstallCaCertificate, ca).allowed)
        return;
    auto *dialog = new InstallCaCertificateDialog(m_client, *ca, m_model->entries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstallCaCertificateDialog::installed, this, [this](const QString &arn) {
        statusBar()->showMessage(tr("The CA certificate is installed."), 5000);
        if (arn == m_selectedArn)
            m_details->tabs()->setCurrentIndex(CertificateAuthorityDetails::CaCertificate);
    });
    dialog->open();
}

void MainWindow::issueCertificate()
{
    const auto ca = selectedCertificateAuthority();
    if (!ca || !models::ActionAvailability::of(CaAction::IssueCertificate, ca).allowed)
        return;
    auto *dialog = new IssueCertificateDialog(m_client, *ca, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IssueCertificateDialog::issued, this,
            [this] { statusBar()->showMessage(tr("Certificate issued."), 5000); });
    dialog->open();
}

void MainWindow::revokeCertificate(const QString &serial)
{
    const auto ca = selectedCertificateAuthority();
    if (!ca || !models::ActionAvailability::of(CaAction::RevokeCertificate, ca).allowed)
        return;
    auto *dialog = new RevokeCertificateDialog(m_client, *ca, serial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeCertificateDialog::revoked, this, [this](const QString &revoked) {
        statusBar()->showMessage(tr("Certificate %1 revoked.").arg(revoked), 5000);
    });
    dialog->open();
}

void MainWindow::toggleEnabled()
{
    const auto ca = selectedCertificateAuthority();
    if (!ca)
        return;
    const bool enable = ca->status == Status::DISABLED;
    if (!models::ActionAvailability::of(enable ? CaAction::Enable : CaAction::Disable, ca).allowed)
        return;
    if (!enable &&
        ModalHooks::question(this, tr("Disable CA"),
                             tr("Disable %1? It stops issuing certificates until it is enabled "
                                "again; revocation keeps working.")
                                 .arg(models::DisplayNames::caTitle(*ca))) != QMessageBox::Yes)
        return;
    api::UpdateCertificateAuthorityRequest request;
    request.certificateAuthorityArn = *ca->arn;
    request.status = enable ? Status::ACTIVE : Status::DISABLED;
    m_client->updateCertificateAuthority(
        request, this, [this, enable](const models::Reply<models::Done> &reply) {
            if (!reply.ok())
                ModalHooks::showError(this, enable ? tr("Enable CA") : tr("Disable CA"),
                                      reply.error());
        });
}

void MainWindow::deleteCertificateAuthority()
{
    const auto ca = selectedCertificateAuthority();
    if (!ca || !models::ActionAvailability::of(CaAction::Delete, ca).allowed)
        return;
    auto *dialog = new DeleteCertificateAuthorityDialog(m_client, *ca, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreCertificateAuthority()
{
    const auto ca = selectedCertificateAuthority();
    if (!ca || !models::ActionAvailability::of(CaAction::Restore, ca).allowed)
        return;
    if (ModalHooks::question(this, tr("Restore CA"),
                             tr("Restore %1? It returns to the state it had before it was "
                                "deleted.")
                                 .arg(models::DisplayNames::caTitle(*ca)),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return;
    m_client->restoreCertificateAuthority(
        *ca->arn, this, [this](const models::Reply<models::Done> &reply) {
            if (!reply.ok())
                ModalHooks::showError(this, tr("Restore CA"), reply.error());
        });
}

void MainWindow::createAuditReport()
{
    const auto ca = selectedCertificateAuthority();
    if (!ca || !models::ActionAvailability::of(CaAction::AuditReport, ca).allowed)
        return;
    m_details->tabs()->setCurrentIndex(CertificateAuthorityDetails::AuditReports);
    m_details->auditReportsTab()->createReport();
}

void MainWindow::refresh()
{
    m_model->reload();
    m_certificates->refresh();
    if (m_access && area() == Area::Access)
        m_access->refresh();
    if (m_activity && area() == Area::Activity)
        m_activity->refresh();
    if (selectedCertificateAuthority())
        m_details->reload(); // the tabs read again what they show
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_client, m_client->location(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Private CA Manager"),
                                tr("<h3>Private CA Manager %1</h3>"
                                   "<p>Private certificate authorities on your own machine, with "
                                   "the behaviour of AWS Private CA.</p>"
                                   "<p>Qt %2 · %3</p>")
                                    .arg(QApplication::applicationVersion(),
                                         QString::fromLatin1(qVersion()), tr("OpenSSL 3")),
                                QMessageBox::Ok, this);
    box->setIconPixmap(ThemedIcons::icon(QStringLiteral("privateca")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::refreshIcons()
{
    for (auto it = m_actionIcons.constBegin(); it != m_actionIcons.constEnd(); ++it)
        it.key()->setIcon(ThemedIcons::icon(it.value()));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange) {
        ThemedIcons::clearCache();
        refreshIcons();
        styleNavigation();
    }
}

} // namespace pca::views

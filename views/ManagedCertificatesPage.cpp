#include "ManagedCertificatesPage.h"

#include "AcmDisplayNames.h"
#include "CertificateAuthorityModel.h"
#include "DisplayNames.h"
#include "ExportManagedCertificateDialog.h"
#include "FieldMessage.h"
#include "ManagedCertificateDetails.h"
#include "ManagedCertificateModel.h"
#include "ManagedCertificateTagsDialog.h"
#include "ModalHooks.h"
#include "RequestCertificateDialog.h"
#include "StatusBadge.h"
#include "ThemedIcons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pca::views {

using models::ManagedCertificateModel;
using CertificateStatus = api::acm::CertificateStatus;

namespace {

bool needsAttention(const QModelIndex &index)
{
    const auto status = CertificateStatus(index.data(ManagedCertificateModel::StatusRole).toInt());
    const auto expiry =
        ManagedCertificateModel::Expiry(index.data(ManagedCertificateModel::ExpiryRole).toInt());
    return status == CertificateStatus::FAILED || status == CertificateStatus::REVOKED ||
           expiry == ManagedCertificateModel::Expiry::Approaching ||
           expiry == ManagedCertificateModel::Expiry::Expired ||
           index.data(ManagedCertificateModel::RenewalStatusRole).toInt() ==
               int(api::acm::RenewalStatus::FAILED);
}

// The domain column: a warning sign before certificates that need attention.
class DomainDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->icon = ThemedIcons::icon(needsAttention(index) ? QStringLiteral("warning")
                                                               : QStringLiteral("certificate"));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(18, 18);
    }
};

} // namespace

ManagedCertificatesPage::ManagedCertificatesPage(models::CertificateManagerClient *acm,
                                                 models::PrivateCaClient *privateCa,
                                                 models::CertificateAuthorityModel *cas,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_acm(acm)
    , m_privateCa(privateCa)
    , m_cas(cas)
    , m_model(new ManagedCertificateModel(acm, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("managedCertificatesPage"));
    createAction(QStringLiteral("issue-certificate"), tr("Request certificate…"),
                 QKeySequence(tr("Ctrl+Shift+N")), QStringLiteral("actionRequestCertificate"),
                 &ManagedCertificatesPage::requestCertificate);
    createAction(QStringLiteral("export"), tr("Export…"), QKeySequence(tr("Ctrl+E")),
                 QStringLiteral("actionExportCertificate"),
                 &ManagedCertificatesPage::exportCertificate);
    // Not Ctrl+R: that is Refresh on some desktops.
    createAction(QStringLiteral("renew"), tr("Renew now"), QKeySequence(tr("Ctrl+Shift+W")),
                 QStringLiteral("actionRenewCertificate"),
                 &ManagedCertificatesPage::renewCertificate);
    createAction(QStringLiteral("tag"), tr("Tags…"), QKeySequence(tr("Ctrl+T")),
                 QStringLiteral("actionCertificateTags"), &ManagedCertificatesPage::editTags);
    createAction(QStringLiteral("delete"), tr("Delete…"), QKeySequence::Delete,
                 QStringLiteral("actionDeleteCertificate"),
                 &ManagedCertificatesPage::deleteCertificate);

    // ---- header
    auto *icon = new QLabel(this);
    icon->setPixmap(ThemedIcons::icon(QStringLiteral("certificates")).pixmap(40, 40));
    auto *title = new QLabel(tr("Managed certificates"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new FieldMessage(this); // muted, in every theme
    subtitle->showHint(tr("Private certificates that Certificate Manager (ACM) issues through the "
                          "CAs of this store and renews before they expire."));
    m_summary = new FieldMessage(this);
    m_summary->setObjectName(QStringLiteral("managedCertificateSummary"));
    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(title);
    titleColumn->addWidget(subtitle);
    titleColumn->addWidget(m_summary);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titleColumn, 1);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("managedCertificateFilter"));
    m_filter->setPlaceholderText(tr("Filter by domain, status, CA or renewal"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(ThemedIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setAccessibleName(tr("Filter managed certificates"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    buildTable();
    m_details = new ManagedCertificateDetails(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("managedCertificatesSplitter"));
    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_table, 1);
    splitter->addWidget(listPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The details get room for what they show; the table the rest.
    splitter->setSizes({480, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_model, &ManagedCertificateModel::loaded, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_model->rowForArn(m_pendingSelection) >= 0)
            selectCertificate(m_pendingSelection);
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &ManagedCertificatesPage::showSelected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            &ManagedCertificatesPage::showSelected);
    connect(m_model, &ManagedCertificateModel::errorOccurred, this, [this](const PcaError &error) {
        ModalHooks::showError(this, tr("Managed certificates"), error);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ManagedCertificatesPage::showSelected);
    updateSummary();
    showSelected();
    m_model->reload();
}

QAction *ManagedCertificatesPage::createAction(const QString &icon, const QString &text,
                                               const QKeySequence &shortcut,
                                               const QString &objectName,
                                               void (ManagedCertificatesPage::*slot)())
{
    auto *a = new QAction(ThemedIcons::icon(icon), text, this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while this area has focus
    a->setShortcutVisibleInContextMenu(true);
    a->setProperty("themedIcon", icon);
    // First the window shows this area (chosen from the menu elsewhere), then the action runs.
    connect(a, &QAction::triggered, this, &ManagedCertificatesPage::actionTriggered);
    connect(a, &QAction::triggered, this, slot);
    addAction(a);
    m_actions << a;
    return a;
}

QAction *ManagedCertificatesPage::action(Action which) const
{
    return m_actions.value(int(which));
}

void ManagedCertificatesPage::buildTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManagedCertificateModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("managedCertificateTable"));
    m_table->setAccessibleName(tr("Managed certificates"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ManagedCertificateModel::DomainColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setItemDelegateForColumn(ManagedCertificateModel::DomainColumn,
                                      new DomainDelegate(m_table));
    m_table->setItemDelegateForColumn(
        ManagedCertificateModel::StatusColumn,
        new StatusBadgeDelegate(
            [](const QModelIndex &index) -> std::optional<BadgeTone> {
                return toneOf(
                    CertificateStatus(index.data(ManagedCertificateModel::StatusRole).toInt()));
            },
            m_table));
    m_table->setItemDelegateForColumn(
        ManagedCertificateModel::DaysLeftColumn,
        new StatusBadgeDelegate(
            [](const QModelIndex &index) -> std::optional<BadgeTone> {
                switch (ManagedCertificateModel::Expiry(
                    index.data(ManagedCertificateModel::ExpiryRole).toInt())) {
                case ManagedCertificateModel::Expiry::Approaching:
                    return BadgeTone::Warning;
                case ManagedCertificateModel::Expiry::Expired:
                    return BadgeTone::Negative;
                default:
                    return std::nullopt;
                }
            },
            m_table));
    m_table->setItemDelegateForColumn(
        ManagedCertificateModel::RenewalColumn,
        new StatusBadgeDelegate(
            [](const QModelIndex &index) -> std::optional<BadgeTone> {
                const int renewal = index.data(ManagedCertificateModel::RenewalStatusRole).toInt();
                if (renewal < 0)
                    return std::nullopt;
                return toneOf(api::acm::RenewalStatus(renewal));
            },
            m_table));

    // Each column as wide as its header or its widest typical value, in any language.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(60);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &sample, int padding) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(metrics.horizontalAdvance(title) + 30,
                                           metrics.horizontalAdvance(sample) + padding));
    };
    using models::AcmDisplayNames;
    fit(ManagedCertificateModel::DomainColumn, QStringLiteral("www.example.com (+1)"), 44);
    fit(ManagedCertificateModel::StatusColumn,
        AcmDisplayNames::status(CertificateStatus::PENDING_VALIDATION), 40);
    fit(ManagedCertificateModel::CaColumn, QStringLiteral("Example Corp Issuing CA"), 16);
    fit(ManagedCertificateModel::KeyAlgorithmColumn,
        AcmDisplayNames::keyAlgorithm(api::acm::KeyAlgorithm::EC_prime256v1), 16);
    fit(ManagedCertificateModel::NotAfterColumn,
        models::DisplayNames::date(QDateTime::currentDateTime()), 16);
    fit(ManagedCertificateModel::DaysLeftColumn, QStringLiteral("000"), 40);
    fit(ManagedCertificateModel::RenewalColumn,
        AcmDisplayNames::renewalStatus(api::acm::RenewalStatus::FAILED), 40);

    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        for (QAction *a : m_actions)
            menu.addAction(a);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

// ---- selection ----------------------------------------------------------------------------------

const ManagedCertificateView *ManagedCertificatesPage::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->certificate(m_proxy->mapToSource(current).row());
}

QString ManagedCertificatesPage::selectedArn() const
{
    const ManagedCertificateView *view = selected();
    return view ? view->detail.certificateArn.value_or(QString()) : QString();
}

void ManagedCertificatesPage::selectCertificate(const QString &certificateArn)
{
    const int row = m_model->rowForArn(certificateArn);
    if (row < 0) {
        m_pendingSelection = certificateArn;
        return;
    }
    m_pendingSelection.clear();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // a filter hides it: show it anyway
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ManagedCertificatesPage::showSelected()
{
    const ManagedCertificateView *view = selected();
    if (view)
        m_details->showCertificate(*view, m_model->details(*view));
    else
        m_details->showNothing();
    updateActions();
}

void ManagedCertificatesPage::updateActions()
{
    const ManagedCertificateView *view = selected();
    const auto status = view ? view->detail.status.value_or(CertificateStatus::PENDING_VALIDATION)
                             : CertificateStatus::PENDING_VALIDATION;
    const bool hasKey = view && status != CertificateStatus::PENDING_VALIDATION &&
                        status != CertificateStatus::FAILED;
    const auto set = [](QAction *a, bool enabled, const QString &reason) {
        a->setEnabled(enabled);
        const QString name = a->text().remove(QStringLiteral("…"));
        a->setToolTip(enabled || reason.isEmpty() ? name : name + QLatin1Char('\n') + reason);
        a->setStatusTip(enabled ? QString() : reason);
    };
    const QString select = tr("Select a certificate first.");
    set(action(Action::Export), hasKey,
        !view ? select : tr("Only an issued certificate has a key and certificate to export."));
    set(action(Action::Renew), view && status == CertificateStatus::ISSUED,
        !view ? select : tr("Only an issued certificate can be renewed."));
    set(action(Action::Tags), view != nullptr, select);
    set(action(Action::Delete), view != nullptr, select);
    set(action(Action::Request), true, QString());
}

void ManagedCertificatesPage::updateSummary()
{
    if (!m_model->isLoaded()) {
        m_summary->showHint(tr("Loading…"));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_summary->showHint(tr("No managed certificates yet. Request one with Request "
                               "certificate; its CA must be active."));
        return;
    }
    QStringList problems;
    const int approaching = m_model->approachingExpiryCount();
    const int renewals = m_model->failedRenewalCount();
    const int failed = m_model->failedCount();
    if (approaching == 1)
        problems << tr("1 certificate expires within %1 days").arg(m_model->daysBeforeExpiry());
    else if (approaching > 1)
        problems << tr("%1 certificates expire within %2 days")
                        .arg(approaching)
                        .arg(m_model->daysBeforeExpiry());
    if (renewals == 1)
        problems << tr("1 renewal failed");
    else if (renewals > 1)
        problems << tr("%1 renewals failed").arg(renewals);
    if (failed == 1)
        problems << tr("1 request failed");
    else if (failed > 1)
        problems << tr("%1 requests failed").arg(failed);
    const QString threshold =
        tr("Certificates within %1 days of expiry (the account's DaysBeforeExpiry) are marked.")
            .arg(m_model->daysBeforeExpiry());
    if (problems.isEmpty())
        m_summary->showHint(threshold);
    else
        m_summary->showError(problems.join(QStringLiteral(" · ")) + QStringLiteral(". ") +
                             threshold);
}

// ---- actions ------------------------------------------------------------------------------------

void ManagedCertificatesPage::requestCertificate()
{
    auto *dialog =
        new RequestCertificateDialog(m_acm, m_privateCa, m_cas->entries(), m_preferredCa, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestCertificateDialog::requested, this, [this](const QString &arn) {
        Q_EMIT statusMessage(tr("Certificate requested; its CA is issuing it."));
        selectCertificate(arn);
        m_model->reload();
    });
    dialog->open();
}

void ManagedCertificatesPage::exportCertificate()
{
    const ManagedCertificateView *view = selected();
    if (!view || !action(Action::Export)->isEnabled())
        return;
    auto *dialog = new ExportManagedCertificateDialog(m_acm, *view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportManagedCertificateDialog::exported, this,
            [this](const QStringList &paths) {
                Q_EMIT statusMessage(tr("Exported %1 files.").arg(paths.size()));
            });
    dialog->open();
}

void ManagedCertificatesPage::renewCertificate()
{
    const ManagedCertificateView *view = selected();
    if (!view || !action(Action::Renew)->isEnabled())
        return;
    const QString domain = view->detail.domainName.value_or(QString());
    m_acm->renewCertificate(view->detail.certificateArn.value_or(QString()), this,
                            [this, domain](const models::Reply<models::Done> &reply) {
                                if (!reply.ok()) {
                                    ModalHooks::showError(this, tr("Renew certificate"),
                                                          reply.error());
                                    return;
                                }
                                Q_EMIT statusMessage(tr("Renewal of %1 requested.").arg(domain));
                            });
}

void ManagedCertificatesPage::editTags()
{
    const ManagedCertificateView *view = selected();
    if (!view || !action(Action::Tags)->isEnabled())
        return;
    auto *dialog = new ManagedCertificateTagsDialog(m_acm, *view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ManagedCertificatesPage::deleteCertificate()
{
    const ManagedCertificateView *view = selected();
    if (!view || !action(Action::Delete)->isEnabled())
        return;
    // Copied: the model may change while the question is open.
    const QString arn = view->detail.certificateArn.value_or(QString());
    const QString domain = view->detail.domainName.value_or(QString());
    view = nullptr;
    if (ModalHooks::question(
            this, tr("Delete certificate"),
            tr("Delete the certificate for %1? ACM forgets it and its private key and stops "
               "renewing it. The certificate stays in its CA's inventory and remains valid "
               "until it expires or is revoked.")
                .arg(domain)) != QMessageBox::Yes)
        return;
    m_acm->deleteCertificate(arn, this, [this, domain](const models::Reply<models::Done> &reply) {
        if (!reply.ok()) {
            ModalHooks::showError(this, tr("Delete certificate"), reply.error());
            return;
        }
        Q_EMIT statusMessage(tr("Certificate for %1 deleted.").arg(domain));
    });
}

void ManagedCertificatesPage::refresh()
{
    m_model->reload();
}

} // namespace pca::views

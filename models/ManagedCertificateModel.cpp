#include "ManagedCertificateModel.h"

#include "AcmDisplayNames.h"
#include "DisplayNames.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace pca::models {

using api::acm::CertificateStatus;
using api::acm::FailureReason;
using api::acm::RenewalStatus;

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

QString arnOf(const ManagedCertificateView &view)
{
    return view.detail.certificateArn.value_or(QString());
}

CertificateStatus statusOf(const ManagedCertificateView &view)
{
    return view.detail.status.value_or(CertificateStatus::PENDING_VALIDATION);
}

std::optional<RenewalStatus> renewalOf(const ManagedCertificateView &view)
{
    if (!view.detail.renewalSummary)
        return std::nullopt;
    return view.detail.renewalSummary->renewalStatus;
}

// Status order for sorting: what needs attention first.
int statusOrder(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::FAILED:
        return 0;
    case CertificateStatus::REVOKED:
        return 1;
    case CertificateStatus::EXPIRED:
        return 2;
    case CertificateStatus::VALIDATION_TIMED_OUT:
        return 3;
    case CertificateStatus::PENDING_VALIDATION:
        return 4;
    case CertificateStatus::INACTIVE:
        return 5;
    case CertificateStatus::ISSUED:
        return 6;
    }
    return 7;
}

} // namespace

ManagedCertificateModel::ManagedCertificateModel(CertificateManagerClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_changes.setSingleShot(true);
    m_changes.setInterval(50);
    connect(&m_changes, &QTimer::timeout, this, &ManagedCertificateModel::reload);
    connect(client, &CertificateManagerClient::certificateChanged, this,
            [this] { m_changes.start(); });
}

int ManagedCertificateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ManagedCertificateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManagedCertificateModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case StatusColumn:
        return tr("Status");
    case CaColumn:
        return tr("Issuing CA");
    case KeyAlgorithmColumn:
        return tr("Key");
    case NotAfterColumn:
        return tr("Not after");
    case DaysLeftColumn:
        return tr("Days left");
    case RenewalColumn:
        return tr("Renewal");
    case DetailsColumn:
        return tr("Details");
    }
    return QVariant();
}

QVariant ManagedCertificateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ManagedCertificateView &view = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(view, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(view, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case ArnRole:
        return arnOf(view);
    case CaArnRole:
        return view.detail.certificateAuthorityArn.value_or(QString());
    case StatusRole:
        return int(statusOf(view));
    case RenewalStatusRole: {
        const auto renewal = renewalOf(view);
        return renewal ? int(*renewal) : -1;
    }
    case ExpiryRole:
        return int(expiryOf(view));
    case SortRole:
        return sortValue(view, index.column());
    }
    return QVariant();
}

QVariant ManagedCertificateModel::display(const ManagedCertificateView &view, int column) const
{
    switch (column) {
    case DomainColumn: {
        const QList<QString> names = view.detail.subjectAlternativeNames.value_or(QList<QString>());
        const QString domain = view.detail.domainName.value_or(QString());
        // The other names, counted: the Details pane lists them.
        return names.size() > 1 ? tr("%1 (+%2)").arg(domain).arg(names.size() - 1) : domain;
    }
    case StatusColumn:
        return AcmDisplayNames::status(statusOf(view));
    case CaColumn:
        return view.caCommonName;
    case KeyAlgorithmColumn:
        return view.detail.keyAlgorithm ? AcmDisplayNames::keyAlgorithm(*view.detail.keyAlgorithm)
                                        : QString();
    case NotAfterColumn:
        return view.detail.notAfter ? DisplayNames::date(*view.detail.notAfter)
                                    : QStringLiteral("—");
    case DaysLeftColumn:
        if (!view.detail.notAfter)
            return QStringLiteral("—");
        return QString::number(qMax<qint64>(0, view.daysLeft));
    case RenewalColumn: {
        const auto renewal = renewalOf(view);
        return renewal ? AcmDisplayNames::renewalStatus(*renewal) : QString();
    }
    case DetailsColumn:
        return shortDetails(view);
    }
    return QVariant();
}

QVariant ManagedCertificateModel::sortValue(const ManagedCertificateView &view, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusOrder(statusOf(view));
    case NotAfterColumn:
    case DaysLeftColumn:
        return view.detail.notAfter ? view.detail.notAfter->toMSecsSinceEpoch()
                                    : std::numeric_limits<qint64>::max();
    case RenewalColumn: {
        // Failed renewals first.
        const auto renewal = renewalOf(view);
        return renewal == RenewalStatus::FAILED ? 0 : renewal ? 1 + int(*renewal) : 9;
    }
    default:
        return display(view, column).toString().toLower();
    }
}

QString ManagedCertificateModel::toolTip(const ManagedCertificateView &view, int column) const
{
    switch (column) {
    case DomainColumn:
        return view.detail.subjectAlternativeNames.value_or(QList<QString>())
            .join(QLatin1Char('\n'));
    case CaColumn:
        return view.detail.certificateAuthorityArn.value_or(QString());
    case DetailsColumn: {
        // The whole sentence, and the CA's own answer when something failed.
        QString tip = details(view);
        if (!view.failureMessage.isEmpty())
            tip += QLatin1Char('\n') + tr("The CA answered: %1").arg(view.failureMessage);
        return tip;
    }
    case StatusColumn:
    case RenewalColumn:
        if (!view.failureMessage.isEmpty())
            return tr("The CA answered: %1").arg(view.failureMessage);
        break;
    default:
        break;
    }
    return QString();
}

ManagedCertificateModel::Expiry
ManagedCertificateModel::expiryOf(const ManagedCertificateView &view)
{
    if (!view.detail.notAfter)
        return Expiry::Unknown;
    if (statusOf(view) == CertificateStatus::EXPIRED || view.daysLeft < 0)
        return Expiry::Expired;
    return view.approachingExpiry ? Expiry::Approaching : Expiry::Distant;
}

QString ManagedCertificateModel::details(const ManagedCertificateView &view) const
{
    switch (statusOf(view)) {
    case CertificateStatus::FAILED:
        // The Status column says it failed; this says why.
        return AcmDisplayNames::failureReason(
                   view.detail.failureReason.value_or(FailureReason::OTHER)) +
               QLatin1Char('.');
    case CertificateStatus::PENDING_VALIDATION:
        return tr("The CA is issuing the certificate…");
    case CertificateStatus::REVOKED:
        return view.detail.revokedAt
                   ? tr("Revoked by its CA on %1.").arg(DisplayNames::date(*view.detail.revokedAt))
                   : tr("Revoked by its CA.");
    case CertificateStatus::EXPIRED:
        return tr("Expired; request a new certificate.");
    default:
        break;
    }
    const std::optional<api::acm::RenewalSummary> &renewal = view.detail.renewalSummary;
    if (renewal && renewal->renewalStatus == RenewalStatus::FAILED) {
        // The Renewal column says it failed; this says why.
        return AcmDisplayNames::failureReason(
                   renewal->renewalStatusReason.value_or(FailureReason::OTHER)) +
               QLatin1Char('.');
    }
    if (renewal && renewal->renewalStatus == RenewalStatus::PENDING_AUTO_RENEWAL)
        return tr("Renewal under way.");
    if (view.approachingExpiry) {
        if (view.daysLeft <= 0)
            return tr("Expires today, within the %1 days of DaysBeforeExpiry.")
                .arg(m_daysBeforeExpiry);
        return view.daysLeft == 1
                   ? tr("Expires tomorrow, within the %1 days of DaysBeforeExpiry.")
                         .arg(m_daysBeforeExpiry)
                   : tr("Expires in %1 days, within the %2 days of DaysBeforeExpiry.")
                         .arg(view.daysLeft)
                         .arg(m_daysBeforeExpiry);
    }
    if (renewal && renewal->renewalStatus == RenewalStatus::SUCCESS)
        return tr("Renewed on %1.").arg(DisplayNames::date(renewal->updatedAt));
    if (view.detail.notAfter) {
        const QDateTime due =
            view.detail.notAfter->addMSecs(-CertificateManager::kRenewalWindowDays * kMsPerDay);
        return tr("Managed renewal from %1.").arg(DisplayNames::date(due));
    }
    return QString();
}

QString ManagedCertificateModel::shortDetails(const ManagedCertificateView &view) const
{
    switch (statusOf(view)) {
    case CertificateStatus::FAILED:
        return AcmDisplayNames::shortFailureReason(
            view.detail.failureReason.value_or(FailureReason::OTHER));
    case CertificateStatus::PENDING_VALIDATION:
        return tr("Waiting for the CA…");
    case CertificateStatus::REVOKED:
        return view.detail.revokedAt
                   ? tr("Revoked on %1.").arg(DisplayNames::date(*view.detail.revokedAt))
                   : tr("Revoked.");
    case CertificateStatus::EXPIRED:
        return tr("Request a new certificate.");
    default:
        break;
    }
    const std::optional<api::acm::RenewalSummary> &renewal = view.detail.renewalSummary;
    if (renewal && renewal->renewalStatus == RenewalStatus::FAILED)
        return AcmDisplayNames::shortFailureReason(
            renewal->renewalStatusReason.value_or(FailureReason::OTHER));
    if (renewal && renewal->renewalStatus == RenewalStatus::PENDING_AUTO_RENEWAL)
        return tr("Renewal under way.");
    if (view.approachingExpiry) {
        if (view.daysLeft <= 0)
            return tr("Expires today.");
        return view.daysLeft == 1 ? tr("Expires tomorrow.")
                                  : tr("Expires in %1 days.").arg(view.daysLeft);
    }
    // The rest is short already.
    return details(view);
}

const ManagedCertificateView *ManagedCertificateModel::certificate(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ManagedCertificateModel::rowForArn(const QString &certificateArn) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (arnOf(m_rows.at(row)) == certificateArn)
            return int(row);
    }
    return -1;
}

int ManagedCertificateModel::approachingExpiryCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const ManagedCertificateView &v) { return v.approachingExpiry; }));
}

int ManagedCertificateModel::failedRenewalCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const ManagedCertificateView &v) {
        return statusOf(v) == CertificateStatus::ISSUED && renewalOf(v) == RenewalStatus::FAILED;
    }));
}

int ManagedCertificateModel::failedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const ManagedCertificateView &v) {
        return statusOf(v) == CertificateStatus::FAILED;
    }));
}

void ManagedCertificateModel::reload()
{
    m_changes.stop();
    const int generation = ++m_generation;
    m_client->daysBeforeExpiry(this, [this, generation](const Reply<int> &days) {
        if (generation != m_generation)
            return;
        if (days.ok())
            m_daysBeforeExpiry = days.value();
        m_client->listManagedCertificates(
            this, [this, generation](const Reply<QList<ManagedCertificateView>> &reply) {
                if (generation != m_generation)
                    return;
                if (!reply.ok()) {
                    Q_EMIT errorOccurred(reply.error());
                    return;
                }
                apply(reply.value());
                m_loaded = true;
                Q_EMIT loaded();
            });
    });
}

void ManagedCertificateModel::apply(QList<ManagedCertificateView> next)
{
    QSet<QString> nextArns;
    for (const ManagedCertificateView &view : next)
        nextArns.insert(arnOf(view));
    // Gone: removed row by row.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (!nextArns.contains(arnOf(m_rows.at(row)))) {
            beginRemoveRows(QModelIndex(), int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Both lists are in creation order; if what is left is not a subsequence of the new list
    // (it never should be), start over.
    qsizetype kept = 0;
    for (const ManagedCertificateView &view : next) {
        if (kept < m_rows.size() && arnOf(m_rows.at(kept)) == arnOf(view))
            ++kept;
    }
    if (kept != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
        return;
    }
    // New ones inserted where they belong, the others updated in place.
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (i < m_rows.size() && arnOf(m_rows.at(i)) == arnOf(next.at(i))) {
            m_rows[i] = next.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            continue;
        }
        beginInsertRows(QModelIndex(), int(i), int(i));
        m_rows.insert(i, next.at(i));
        endInsertRows();
    }
}

} // namespace pca::models

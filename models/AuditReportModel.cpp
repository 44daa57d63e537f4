#include "AuditReportModel.h"

#include "DisplayNames.h"

namespace pca::models {

AuditReportModel::AuditReportModel(PrivateCaClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(client, &PrivateCaClient::auditReportChanged, this, [this](const QString &arn) {
        if (arn == m_caArn)
            reload();
    });
}

int AuditReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int AuditReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const store::AuditReportRecord &report = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CreatedColumn:
            return DisplayNames::dateTime(report.createdAt);
        case FormatColumn:
            return api::enumName(report.format);
        case StatusColumn:
            return DisplayNames::auditReportStatus(report.status);
        case ObjectColumn:
            return report.bucket + QLatin1Char('/') + report.key;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Report %1").arg(report.id);
    case ReportIdRole:
        return report.id;
    case StatusRole:
        return int(report.status);
    case BucketRole:
        return report.bucket;
    case KeyRole:
        return report.key;
    }
    return QVariant();
}

QVariant AuditReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CreatedColumn:
        return tr("Requested");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    case ObjectColumn:
        return tr("Object");
    }
    return QVariant();
}

void AuditReportModel::setCertificateAuthority(const QString &caArn)
{
    if (caArn == m_caArn)
        return;
    m_caArn = caArn;
    beginResetModel();
    m_reports.clear();
    endResetModel();
    reload();
}

void AuditReportModel::reload()
{
    const int generation = ++m_generation;
    if (m_caArn.isEmpty())
        return;
    m_client->listAuditReports(
        m_caArn, this, [this, generation](const Reply<QList<store::AuditReportRecord>> &reply) {
            if (generation != m_generation)
                return;
            QList<store::AuditReportRecord> reports =
                reply.ok() ? reply.value() : QList<store::AuditReportRecord>();
            std::sort(reports.begin(), reports.end(),
                      [](const auto &a, const auto &b) { return a.createdAt > b.createdAt; });
            beginResetModel();
            m_reports = reports;
            endResetModel();
            Q_EMIT loaded();
        });
}

bool AuditReportModel::hasReportInProgress() const
{
    return std::any_of(m_reports.begin(), m_reports.end(), [](const auto &report) {
        return report.status == api::AuditReportStatus::CREATING;
    });
}

const store::AuditReportRecord *AuditReportModel::report(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

} // namespace pca::models

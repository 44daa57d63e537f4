#include "CertificateModel.h"

#include "DisplayNames.h"

#include <QDateTime>
#include <QFontDatabase>

namespace pca::models {

using SortColumn = store::CertificateQuery::SortColumn;

namespace {

std::optional<SortColumn> engineSortColumn(int column)
{
    switch (column) {
    case CertificateModel::SerialColumn:
        return SortColumn::Serial;
    case CertificateModel::SubjectColumn:
        return SortColumn::Subject;
    case CertificateModel::IssuedColumn:
        return SortColumn::IssuedAt;
    case CertificateModel::NotBeforeColumn:
        return SortColumn::NotBefore;
    case CertificateModel::NotAfterColumn:
        return SortColumn::NotAfter;
    case CertificateModel::StatusColumn:
        return SortColumn::RevokedAt;
    default:
        return std::nullopt;
    }
}

QVariant cursorValue(SortColumn column, const store::CertificateRecord &record)
{
    switch (column) {
    case SortColumn::IssuedAt:
        return record.issuedAt;
    case SortColumn::Serial:
        return record.serial;
    case SortColumn::Subject:
        return record.subject;
    case SortColumn::NotBefore:
        return record.notBefore;
    case SortColumn::NotAfter:
        return record.notAfter;
    case SortColumn::RevokedAt:
        return record.revokedAt ? QVariant(*record.revokedAt) : QVariant();
    }
    return QVariant();
}

QString templateName(const QString &arn)
{
    const qsizetype marker = arn.indexOf(QStringLiteral(":template/"));
    return marker < 0 ? arn : arn.mid(marker + 10);
}

} // namespace

CertificateModel::CertificateModel(PrivateCaClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_issuedDebounce.setSingleShot(true);
    m_issuedDebounce.setInterval(250);
    m_recountDebounce.setSingleShot(true);
    m_recountDebounce.setInterval(250);
    connect(&m_issuedDebounce, &QTimer::timeout, this, &CertificateModel::loadNewest);
    connect(&m_recountDebounce, &QTimer::timeout, this, &CertificateModel::recount);
    connect(client, &PrivateCaClient::certificateIssued, this, &CertificateModel::onIssued);
    connect(client, &PrivateCaClient::certificateRevoked, this, &CertificateModel::onRevoked);
}

bool CertificateModel::isSortable(int column)
{
    return engineSortColumn(column).has_value();
}

int CertificateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CertificateSummary &row = m_rows.at(index.row());
    const store::CertificateRecord &record = row.record;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SerialColumn:
            // Shown: the part that differs between rows; read aloud: all of it.
            return role == Qt::DisplayRole ? DisplayNames::serialTail(record.serial)
                                           : DisplayNames::serial(record.serial);
        case SubjectColumn:
            return record.subject;
        case SubjectAltNamesColumn:
            return record.subjectAltNames;
        case TemplateColumn:
            return templateName(record.templateArn);
        case IssuedColumn:
            return DisplayNames::date(QDateTime::fromMSecsSinceEpoch(record.issuedAt, Qt::UTC));
        case NotBeforeColumn:
            return DisplayNames::date(QDateTime::fromMSecsSinceEpoch(record.notBefore, Qt::UTC));
        case NotAfterColumn:
            return DisplayNames::date(QDateTime::fromMSecsSinceEpoch(record.notAfter, Qt::UTC));
        case StatusColumn:
            return DisplayNames::certificateState(row.state);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && record.revokedAt) {
            return tr("Revoked on %1: %2")
                .arg(DisplayNames::dateTime(*record.revokedAt),
                     DisplayNames::revocationReason(
                         record.revocationReason.value_or(api::RevocationReason::UNSPECIFIED)));
        }
        if (index.column() == TemplateColumn)
            return record.templateArn;
        if (index.column() == SerialColumn)
            return DisplayNames::serial(record.serial) + QLatin1Char('\n') + row.arn;
        if (index.column() == SubjectColumn || index.column() == SubjectAltNamesColumn)
            return index.data(Qt::DisplayRole);
        if (index.column() == IssuedColumn)
            return DisplayNames::dateTime(record.issuedAt);
        if (index.column() == NotBeforeColumn)
            return DisplayNames::dateTime(record.notBefore);
        if (index.column() == NotAfterColumn)
            return DisplayNames::dateTime(record.notAfter);
        break;
    case Qt::FontRole:
        if (index.column() == SerialColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case SerialRole:
        return record.serial;
    case ArnRole:
        return row.arn;
    case StateRole:
        return int(row.state);
    case SummaryRole:
        return QVariant::fromValue(row);
    }
    return QVariant();
}

QVariant CertificateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted.");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SerialColumn:
        return tr("Serial");
    case SubjectColumn:
        return tr("Subject");
    case SubjectAltNamesColumn:
        return tr("Alternative names");
    case TemplateColumn:
        return tr("Template");
    case IssuedColumn:
        return tr("Issued");
    case NotBeforeColumn:
        return tr("Not before");
    case NotAfterColumn:
        return tr("Not after");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

bool CertificateModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_caId.isEmpty() && !m_exhausted && !m_fetching;
}

void CertificateModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchPage();
}

void CertificateModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void CertificateModel::setCertificateAuthority(const QString &caArn)
{
    if (caArn == m_caArn)
        return;
    m_caArn = caArn;
    m_caId = caIdFromArn(caArn);
    reload();
}

void CertificateModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    const QString before = effectiveSearch();
    m_search = trimmed;
    if (effectiveSearch() != before)
        reload();
    else
        Q_EMIT totalCountChanged(m_totalCount); // searchTooShort() may have changed
}

QString CertificateModel::effectiveSearch() const
{
    return store::isIndexedSearch(m_search) ? m_search : QString();
}

bool CertificateModel::searchTooShort() const
{
    return !m_search.isEmpty() && effectiveSearch().isEmpty();
}

void CertificateModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    reload();
}

store::CertificateQuery CertificateModel::baseQuery() const
{
    store::CertificateQuery query;
    query.caId = m_caId;
    query.search = effectiveSearch();
    query.status = m_statusFilter;
    query.nowMs = QDateTime::currentMSecsSinceEpoch();
    query.sortColumn = engineSortColumn(m_sortColumn).value_or(SortColumn::IssuedAt);
    query.descending = m_sortOrder == Qt::DescendingOrder;
    query.limit = m_pageSize;
    return query;
}

void CertificateModel::setFetching(bool fetching)
{
    if (fetching == m_fetching)
        return;
    m_fetching = fetching;
    Q_EMIT fetchingChanged(fetching);
}

void CertificateModel::reload()
{
    beginResetModel();
    m_rows.clear();
    ++m_generation; // results of earlier requests are dropped
    m_exhausted = m_caId.isEmpty();
    setFetching(false);
    endResetModel(); // views may fetch the first page right here
    m_totalCount = -1;
    m_totalCountCapped = false;
    Q_EMIT totalCountChanged(m_totalCount);
    if (!m_caId.isEmpty()) {
        fetchPage();
        recount();
    }
}

void CertificateModel::fetchPage()
{
    if (m_caId.isEmpty() || m_fetching || m_exhausted)
        return;
    store::CertificateQuery query = baseQuery();
    if (!m_rows.isEmpty()) {
        const store::CertificateRecord &last = m_rows.last().record;
        query.afterValue = cursorValue(query.sortColumn, last);
        query.afterSerial = last.serial;
    }
    setFetching(true);
    const int generation = m_generation;
    m_client->queryCertificates(query, this,
                                [this, generation](const Reply<QList<CertificateSummary>> &reply) {
                                    if (generation != m_generation)
                                        return;
                                    if (!reply.ok()) {
                                        m_exhausted = true;
                                        setFetching(false);
                                        Q_EMIT errorOccurred(reply.error());
                                        return;
                                    }
                                    const QList<CertificateSummary> &page = reply.value();
                                    m_exhausted = page.size() < m_pageSize;
                                    // Still "fetching" while the rows go in: views and testers that
                                    // ask for more during the insertion must wait for the new
                                    // cursor.
                                    if (!page.isEmpty()) {
                                        beginInsertRows(QModelIndex(), int(m_rows.size()),
                                                        int(m_rows.size() + page.size() - 1));
                                        m_rows += page;
                                        endInsertRows();
                                    }
                                    setFetching(false);
                                    Q_EMIT pageLoaded(int(page.size()));
                                });
}

void CertificateModel::recount()
{
    if (m_caId.isEmpty())
        return;
    const int generation = m_generation;
    store::CertificateQuery query = baseQuery();
    // A search counts its matches only up to a limit: a common term would otherwise cost a walk
    // over every match of the store for each keystroke.
    if (!query.search.isEmpty())
        query.countLimit = m_searchCountLimit;
    m_client->countCertificates(
        query, this, [this, generation, limit = query.countLimit](const Reply<qint64> &reply) {
            if (generation != m_generation || !reply.ok())
                return;
            const bool capped = limit > 0 && reply.value() > limit;
            const qint64 count = capped ? limit : reply.value();
            if (count != m_totalCount || capped != m_totalCountCapped) {
                m_totalCount = count;
                m_totalCountCapped = capped;
                Q_EMIT totalCountChanged(m_totalCount);
            }
        });
}

void CertificateModel::onIssued(const QString &caArn)
{
    if (caArn == m_caArn && !m_caId.isEmpty())
        m_issuedDebounce.start();
}

void CertificateModel::loadNewest()
{
    const bool newestFirst = m_sortColumn == IssuedColumn && m_sortOrder == Qt::DescendingOrder;
    if (!newestFirst || m_rows.isEmpty()) {
        // Elsewhere in the order, new rows would land between loaded ones: start over.
        reload();
        return;
    }
    store::CertificateQuery query = baseQuery();
    const store::CertificateRecord &first = m_rows.first().record;
    query.descending = false;
    query.afterValue = first.issuedAt;
    query.afterSerial = first.serial;
    query.limit = m_pageSize + 1;
    const int generation = m_generation;
    m_client->queryCertificates(
        query, this, [this, generation](const Reply<QList<CertificateSummary>> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                Q_EMIT errorOccurred(reply.error());
                return;
            }
            const QList<CertificateSummary> &newer = reply.value();
            if (newer.size() > m_pageSize) {
                reload(); // a burst: the first page is all new
                return;
            }
            if (!newer.isEmpty()) {
                beginInsertRows(QModelIndex(), 0, int(newer.size() - 1));
                for (const CertificateSummary &summary : newer)
                    m_rows.prepend(summary); // ascending in, newest ends up first
                endInsertRows();
            }
            recount();
        });
}

void CertificateModel::onRevoked(const QString &caArn, const QString &certificateArn)
{
    if (caArn != m_caArn || m_caId.isEmpty())
        return;
    const QString serial = serialFromCertificateArn(certificateArn);
    if (rowForSerial(serial) < 0) {
        if (m_statusFilter == StatusFilter::Revoked || m_sortColumn == StatusColumn)
            m_issuedDebounce.start(); // it joins the rows shown: reload soon
        else
            m_recountDebounce.start();
        return;
    }
    store::CertificateQuery query;
    query.caId = m_caId;
    query.search = serial;
    query.limit = 20;
    const int generation = m_generation;
    m_client->queryCertificates(
        query, this, [this, generation, serial](const Reply<QList<CertificateSummary>> &reply) {
            if (generation != m_generation || !reply.ok())
                return;
            const int row = rowForSerial(serial);
            if (row < 0)
                return;
            for (const CertificateSummary &summary : reply.value()) {
                if (summary.record.serial != serial)
                    continue;
                const bool stillMatches =
                    m_statusFilter == StatusFilter::All || m_statusFilter == StatusFilter::Revoked;
                if (stillMatches) {
                    m_rows[row] = summary;
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                } else {
                    beginRemoveRows(QModelIndex(), row, row);
                    m_rows.removeAt(row);
                    endRemoveRows();
                }
                break;
            }
            m_recountDebounce.start();
        });
}

const CertificateSummary *CertificateModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CertificateModel::rowForSerial(const QString &serial) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.serial == serial)
            return int(i);
    }
    return -1;
}

} // namespace pca::models

// The certificate inventory of one CA as a table that loads page by page (keyset pagination
// in the engine), so that 10^6 certificates cost only the rows the user scrolls to. Sorting,
// search and the status filter are done by the engine; issued and revoked certificates show
// up without a reload of what is already loaded where the sort order allows it.
#pragma once

#include "PrivateCaClient.h"
#include "store/CertificateSearchTerm.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace pca::models {

class CertificateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SerialColumn,
        SubjectColumn,
        SubjectAltNamesColumn,
        TemplateColumn,
        IssuedColumn,
        NotBeforeColumn,
        NotAfterColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SerialRole = Qt::UserRole + 1, // lower-case hex
        ArnRole,
        StateRole, // int(CertificateSummary::State)
        SummaryRole,
    };
    using StatusFilter = store::CertificateQuery::StatusFilter;

    explicit CertificateModel(PrivateCaClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows the certificates of this CA (empty: none).
    void setCertificateAuthority(const QString &caArn);
    QString certificateAuthority() const { return m_caArn; }
    // Searches from kMinimumSearchLength characters on (the index works on trigrams); a shorter
    // text leaves the list unfiltered and searchTooShort() says so.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    static constexpr int kMinimumSearchLength = store::kMinimumIndexedSearch;
    bool searchTooShort() const;
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Rows per page (200 by default).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // Whether a column can be sorted by the engine.
    static bool isSortable(int column);

    // Matching certificates in the store (-1 until counted). While searching, counting stops at
    // searchCountLimit(): totalCount() is then that limit and isTotalCountCapped() holds.
    qint64 totalCount() const { return m_totalCount; }
    bool isTotalCountCapped() const { return m_totalCountCapped; }
    void setSearchCountLimit(qint64 limit) { m_searchCountLimit = qMax<qint64>(1, limit); }
    qint64 searchCountLimit() const { return m_searchCountLimit; }
    bool isFetching() const { return m_fetching; }
    // Reloads from the first page (keeps CA, search, filter and sort).
    void reload();
    const CertificateSummary *summary(int row) const;
    int rowForSerial(const QString &serial) const;

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void fetchingChanged(bool fetching);
    // A page arrived (first page after each reload, then every further page).
    void pageLoaded(int rows);
    void errorOccurred(const pca::PcaError &error);

private:
    store::CertificateQuery baseQuery() const;
    QString effectiveSearch() const;
    void fetchPage();
    void recount();
    void onIssued(const QString &caArn);
    void onRevoked(const QString &caArn, const QString &certificateArn);
    void loadNewest();
    void setFetching(bool fetching);

    PrivateCaClient *m_client;
    QString m_caArn;
    QString m_caId;
    QString m_search;
    StatusFilter m_statusFilter = StatusFilter::All;
    int m_sortColumn = IssuedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = 200;
    QList<CertificateSummary> m_rows;
    bool m_exhausted = true;
    bool m_fetching = false;
    qint64 m_totalCount = -1;
    bool m_totalCountCapped = false;
    qint64 m_searchCountLimit = 10000;
    int m_generation = 0;
    QTimer m_issuedDebounce;
    QTimer m_recountDebounce;
};

} // namespace pca::models

Q_DECLARE_METATYPE(pca::CertificateSummary)

// The event history as a table for the desktop's Activity page: newest first, filtered by the
// store owner (user, action, resource, errors only, time range), loaded a page at a time as the
// view scrolls (canFetchMore/fetchMore), with each event's CloudTrail record for the details
// pane and the export ({"Records":[...]}, as CloudTrail writes its log files).
#pragma once

#include "AccessClient.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace pca::models {

class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        EventNameColumn,
        UserColumn,
        AccountColumn,
        SourceColumn,
        ErrorColumn,
        ResourceColumn, // last: the longest, elided to the table's width
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1,
        ErrorCodeRole, // empty for calls that succeeded
        EventTimeRole, // ms since the epoch
    };

    explicit EventModel(AccessClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Replaces the filter and reads the first page again. The request's token is ignored.
    void setFilter(const EventBrowseRequest &filter);
    const EventBrowseRequest &filter() const { return m_filter; }
    // Reads the first page again with the same filter.
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isFetching() const { return m_fetching; }
    // Whether more events match than are loaded.
    bool hasMore() const { return !m_nextToken.isEmpty(); }
    // Events per page (1 to 500).
    void setPageSize(int size) { m_filter.maxResults = size; }

    const store::EventRecord *event(int row) const;
    // The event's CloudTrail record (an empty object when the stored text is not JSON).
    QJsonObject record(int row) const;
    // The record indented for reading.
    QString prettyRecord(int row) const;
    // The loaded events as CloudTrail's log file shape: {"Records": [...]}, newest first.
    QByteArray exportJson() const;

Q_SIGNALS:
    // A page was read (the first after every filter change, then each further one).
    void loaded();
    void errorOccurred(const pca::PcaError &error);

private:
    void fetch(bool first);

    AccessClient *m_client;
    EventBrowseRequest m_filter;
    QList<store::EventRecord> m_rows;
    QString m_nextToken;
    bool m_loaded = false;
    bool m_fetching = false;
    int m_generation = 0;
};

} // namespace pca::models

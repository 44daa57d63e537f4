#include "EventModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace pca::models {

EventModel::EventModel(AccessClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::EventRecord &event = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.eventTime).toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case EventNameColumn:
            return event.eventName;
        case UserColumn:
            return event.username;
        case AccountColumn:
            return event.callerAccount;
        case SourceColumn:
            return event.eventSource;
        case ResourceColumn: {
            if (event.resources.isEmpty())
                return {};
            const QString first = event.resources.first().name;
            return event.resources.size() == 1
                       ? first
                       : tr("%1 (+%n more)", nullptr, int(event.resources.size() - 1)).arg(first);
        }
        case ErrorColumn:
            return event.errorCode;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !event.errorCode.isEmpty()) {
            const QString message =
                record(index.row()).value(QLatin1String("errorMessage")).toString();
            return message.isEmpty() ? event.errorCode : message;
        }
        if (index.column() == ResourceColumn) {
            QStringList names;
            for (const store::EventResource &resource : event.resources)
                names << resource.name;
            return names.join(QLatin1Char('\n'));
        }
        if (index.column() == UserColumn && event.username == QLatin1String("root"))
            return tr("The account's administrator (the store owner for the store's account)");
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(event.eventTime, QTimeZone::utc())
                .toString(Qt::ISODateWithMs);
        return {};
    case EventIdRole:
        return event.eventId;
    case ErrorCodeRole:
        return event.errorCode;
    case EventTimeRole:
        return event.eventTime;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventNameColumn:
        return tr("Event name");
    case UserColumn:
        return tr("User");
    case AccountColumn:
        return tr("Account");
    case SourceColumn:
        return tr("Event source");
    case ResourceColumn:
        return tr("Resource");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

bool EventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_fetching && !m_nextToken.isEmpty();
}

void EventModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch(false);
}

void EventModel::setFilter(const EventBrowseRequest &filter)
{
    const int pageSize = m_filter.maxResults;
    m_filter = filter;
    m_filter.maxResults = pageSize;
    m_filter.nextToken.clear();
    reload();
}

void EventModel::reload()
{
    fetch(true);
}

void EventModel::fetch(bool first)
{
    const int generation = ++m_generation;
    EventBrowseRequest request = m_filter;
    request.nextToken = first ? QString() : m_nextToken;
    m_fetching = true;
    m_client->browseEvents(request, this,
                           [this, generation, first](const Reply<EventLookupResult> &reply) {
                               if (generation != m_generation)
                                   return;
                               m_fetching = false;
                               if (!reply.ok()) {
                                   Q_EMIT errorOccurred(reply.error());
                                   return;
                               }
                               const EventLookupResult &result = reply.value();
                               // Before the rows are announced: a view may fetch more at once.
                               m_nextToken = result.nextToken;
                               if (first) {
                                   beginResetModel();
                                   m_rows = result.events;
                                   m_loaded = true;
                                   endResetModel();
                               } else if (!result.events.isEmpty()) {
                                   const int from = int(m_rows.size());
                                   beginInsertRows({}, from, from + int(result.events.size()) - 1);
                                   m_rows << result.events;
                                   endInsertRows();
                               }
                               Q_EMIT loaded();
                           });
}

const store::EventRecord *EventModel::event(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QJsonObject EventModel::record(int row) const
{
    const store::EventRecord *e = event(row);
    return e ? QJsonDocument::fromJson(e->record.toUtf8()).object() : QJsonObject();
}

QString EventModel::prettyRecord(int row) const
{
    return QString::fromUtf8(QJsonDocument(record(row)).toJson(QJsonDocument::Indented));
}

QByteArray EventModel::exportJson() const
{
    QJsonArray records;
    for (int row = 0; row < m_rows.size(); ++row)
        records.append(record(row));
    return QJsonDocument(QJsonObject{{QStringLiteral("Records"), records}})
        .toJson(QJsonDocument::Indented);
}

} // namespace pca::models

#include "store/EventStore.h"

#include "crypto/OpenSsl.h"
#include "store/SqlHelpers.h"

#include <QtEndian>

namespace pca::store {

using namespace sql;

namespace {

#define PCA_EVENT_COLUMNS                                                                          \
    "seq, event_id, event_time, caller_account, resource_account, event_name, event_source, "      \
    "username, access_key_id, read_only, error_code, record, mac"

EventRecord readEvent(const QSqlQuery &q)
{
    EventRecord r;
    r.seq = q.value(0).toLongLong();
    r.eventId = q.value(1).toString();
    r.eventTime = q.value(2).toLongLong();
    r.callerAccount = q.value(3).toString();
    r.resourceAccount = q.value(4).toString();
    r.eventName = q.value(5).toString();
    r.eventSource = q.value(6).toString();
    r.username = q.value(7).toString();
    r.accessKeyId = q.value(8).toString();
    r.readOnly = q.value(9).toLongLong() != 0;
    r.errorCode = q.value(10).toString();
    r.record = q.value(11).toString();
    r.mac = QByteArray::fromHex(q.value(12).toString().toLatin1());
    return r;
}

void appendField(QByteArray &out, const QByteArray &field)
{
    char length[8];
    qToBigEndian<quint64>(quint64(field.size()), length);
    out.append(length, 8);
    out.append(field);
}

} // namespace

QByteArray eventMac(const QByteArray &key, const QByteArray &previousMac, qint64 seq,
                    const EventRecord &event)
{
    // Length-prefixed fields, so that no two different events have the same input.
    QByteArray input;
    appendField(input, previousMac);
    appendField(input, QByteArray::number(seq));
    appendField(input, event.callerAccount.toUtf8());
    appendField(input, event.resourceAccount.toUtf8());
    appendField(input, event.record.toUtf8());
    return crypto::hmacSha256(key, input);
}

// ---- reads ------------------------------------------------------------------------------------

QList<EventRecord> EventReader::lookup(const EventQuery &query) const
{
    QString sql = QStringLiteral("SELECT " PCA_EVENT_COLUMNS " FROM cloudtrail_events e WHERE "
                                 "(caller_account = ? OR resource_account = ?) AND event_time "
                                 ">= ? AND event_time <= ?");
    QVariantList values = {text(query.accountId), text(query.accountId), query.startMs,
                           query.endMs};
    if (query.before) {
        sql += QStringLiteral(" AND (event_time < ? OR (event_time = ? AND seq < ?))");
        values << query.before->first << query.before->first << query.before->second;
    }
    static const QHash<QString, QString> columns = {
        {QStringLiteral("EventId"), QStringLiteral("event_id")},
        {QStringLiteral("EventName"), QStringLiteral("event_name")},
        {QStringLiteral("Username"), QStringLiteral("username")},
        {QStringLiteral("EventSource"), QStringLiteral("event_source")},
        {QStringLiteral("AccessKeyId"), QStringLiteral("access_key_id")},
    };
    if (columns.contains(query.attributeKey)) {
        sql += QStringLiteral(" AND %1 = ?").arg(columns.value(query.attributeKey));
        values << text(query.attributeValue);
    } else if (query.attributeKey == QLatin1String("ReadOnly")) {
        sql += QStringLiteral(" AND read_only = ?");
        values << (query.attributeValue.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                       ? 1
                       : 0);
    } else if (query.attributeKey == QLatin1String("ResourceName")) {
        sql += QStringLiteral(" AND seq IN (SELECT seq FROM cloudtrail_event_resources WHERE "
                              "resource_name = ?)");
        values << text(query.attributeValue);
    } else if (query.attributeKey == QLatin1String("ResourceType")) {
        sql += QStringLiteral(" AND seq IN (SELECT seq FROM cloudtrail_event_resources WHERE "
                              "resource_type = ?)");
        values << text(query.attributeValue);
    }
    sql += QStringLiteral(" ORDER BY event_time DESC, seq DESC LIMIT %1").arg(query.limit);
    return selectEvents(sql, values);
}

QList<EventRecord> EventReader::browse(const EventBrowseQuery &query) const
{
    QString sql = QStringLiteral("SELECT " PCA_EVENT_COLUMNS
                                 " FROM cloudtrail_events e WHERE event_time >= ? AND "
                                 "event_time <= ?");
    QVariantList values = {query.startMs, query.endMs};
    if (!query.accountId.isEmpty()) {
        sql += QStringLiteral(" AND (caller_account = ? OR resource_account = ?)");
        values << text(query.accountId) << text(query.accountId);
    }
    if (query.before) {
        sql += QStringLiteral(" AND (event_time < ? OR (event_time = ? AND seq < ?))");
        values << query.before->first << query.before->first << query.before->second;
    }
    // LIKE with an explicit escape character and both sides lower-cased: the same answer on
    // SQLite (case-insensitive LIKE) and PostgreSQL (case-sensitive LIKE).
    const auto pattern = [](const QString &part) {
        QString escaped = part.toLower();
        escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
        escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
        escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
        return QVariant(QLatin1Char('%') + escaped + QLatin1Char('%'));
    };
    if (!query.username.isEmpty()) {
        sql += QStringLiteral(" AND LOWER(username) LIKE ? ESCAPE '!'");
        values << pattern(query.username);
    }
    if (!query.eventName.isEmpty()) {
        sql += QStringLiteral(" AND LOWER(event_name) LIKE ? ESCAPE '!'");
        values << pattern(query.eventName);
    }
    if (!query.resourceName.isEmpty()) {
        sql += QStringLiteral(" AND seq IN (SELECT seq FROM cloudtrail_event_resources WHERE "
                              "LOWER(resource_name) LIKE ? ESCAPE '!')");
        values << pattern(query.resourceName);
    }
    if (query.errorsOnly)
        sql += QStringLiteral(" AND error_code <> ''");
    sql += QStringLiteral(" ORDER BY event_time DESC, seq DESC LIMIT %1").arg(query.limit);
    return selectEvents(sql, values);
}

QList<EventRecord> EventReader::selectEvents(const QString &sql, const QVariantList &values) const
{
    // Dynamic text (a handful of shapes): prepared on this connection for this call.
    QSqlQuery q(database());
    if (!q.prepare(sql))
        storeError(QStringLiteral("Cannot look up events"), q.lastError());
    for (const QVariant &value : values)
        q.addBindValue(value);
    execOrThrow(q, "Cannot look up events");
    QList<EventRecord> out;
    while (q.next())
        out << readEvent(q);
    q.finish();

    for (EventRecord &event : out) {
        event.resources = selectAll(
            prepared("SELECT resource_type, resource_name FROM cloudtrail_event_resources WHERE "
                     "seq = ? ORDER BY resource_name"),
            {event.seq}, "Cannot read event resources", [](const QSqlQuery &r) {
                return EventResource{r.value(0).toString(), r.value(1).toString()};
            });
    }
    return out;
}

void EventReader::forEachEvent(const std::function<void(const EventRecord &)> &fn) const
{
    qint64 after = 0;
    for (;;) {
        const QList<EventRecord> page =
            selectAll(prepared("SELECT " PCA_EVENT_COLUMNS " FROM cloudtrail_events WHERE seq > ? "
                               "ORDER BY seq LIMIT 500"),
                      {after}, "Cannot read events", readEvent);
        for (const EventRecord &event : page)
            fn(event);
        if (page.size() < 500)
            return;
        after = page.last().seq;
    }
}

qint64 EventReader::count() const
{
    return selectOne(prepared("SELECT COUNT(*) FROM cloudtrail_events"), {}, "Cannot count events",
                     [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

EventChainAnchor EventReader::anchor() const
{
    EventChainAnchor anchor;
    anchor.seq = meta(QStringLiteral("cloudtrail_anchor_seq")).value_or(QString()).toLongLong();
    anchor.mac = QByteArray::fromHex(
        meta(QStringLiteral("cloudtrail_anchor_mac")).value_or(QString()).toLatin1());
    return anchor;
}

// ---- writes -----------------------------------------------------------------------------------

void EventWriter::append(QList<EventRecord> events, const QByteArray &key)
{
    if (events.isEmpty())
        return;
    auto head =
        selectOne(prepared("SELECT seq, mac FROM cloudtrail_events ORDER BY seq DESC "
                           "LIMIT 1"),
                  {}, "Cannot read the event history", [](const QSqlQuery &q) {
                      return std::make_pair(q.value(0).toLongLong(),
                                            QByteArray::fromHex(q.value(1).toString().toLatin1()));
                  });
    if (!head) {
        // Empty: continue from the anchor of the pruned events, if any.
        const EventChainAnchor anchor = EventReader(*this).anchor();
        head = std::make_pair(anchor.seq, anchor.mac);
    }
    qint64 seq = head->first;
    QByteArray previous = head->second;
    for (EventRecord &event : events) {
        event.seq = ++seq;
        event.mac = eventMac(key, previous, event.seq, event);
        previous = event.mac;
        QSqlQuery &q = prepared("INSERT INTO cloudtrail_events (" PCA_EVENT_COLUMNS ") VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.addBindValue(event.seq);
        q.addBindValue(text(event.eventId));
        q.addBindValue(event.eventTime);
        q.addBindValue(text(event.callerAccount));
        q.addBindValue(text(event.resourceAccount));
        q.addBindValue(text(event.eventName));
        q.addBindValue(text(event.eventSource));
        q.addBindValue(text(event.username));
        q.addBindValue(text(event.accessKeyId));
        q.addBindValue(event.readOnly ? 1 : 0);
        q.addBindValue(text(event.errorCode));
        q.addBindValue(text(event.record));
        q.addBindValue(QString::fromLatin1(event.mac.toHex()));
        execOrThrow(q, "Cannot record an event");
        for (const EventResource &resource : event.resources) {
            QSqlQuery &r = prepared("INSERT INTO cloudtrail_event_resources (seq, resource_name, "
                                    "resource_type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
            r.addBindValue(event.seq);
            r.addBindValue(text(resource.name));
            r.addBindValue(text(resource.type));
            execOrThrow(r, "Cannot record an event's resources");
        }
    }
}

qint64 EventWriter::pruneBefore(qint64 before)
{
    const auto last =
        selectOne(prepared("SELECT seq, mac FROM cloudtrail_events WHERE "
                           "event_time < ? ORDER BY seq DESC LIMIT 1"),
                  {before}, "Cannot read the event history", [](const QSqlQuery &q) {
                      return std::make_pair(q.value(0).toLongLong(), q.value(1).toString());
                  });
    if (!last)
        return 0;
    // Events are appended in time order (one writer), so everything up to the newest old
    // event goes: the chain stays contiguous.
    const qint64 removed =
        selectOne(prepared("SELECT COUNT(*) FROM cloudtrail_events WHERE seq <= ?"), {last->first},
                  "Cannot count events", [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
            .value_or(0);
    for (const char *sql : {"DELETE FROM cloudtrail_event_resources WHERE seq <= ?",
                            "DELETE FROM cloudtrail_events WHERE seq <= ?"}) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(last->first);
        execOrThrow(q, "Cannot prune the event history");
    }
    setMeta(QStringLiteral("cloudtrail_anchor_seq"), QString::number(last->first));
    setMeta(QStringLiteral("cloudtrail_anchor_mac"), last->second);
    return removed;
}

} // namespace pca::store

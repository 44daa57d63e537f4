// The event history (CloudTrail) in the store: one row per API call with CloudTrail's record
// as JSON, the columns that lookups filter on, and a MAC that chains each event to the one
// before, like the audit trail. Pruning old events keeps the MAC of the last pruned one as the
// anchor the remaining chain starts from.
#pragma once

#include "store/SqlStore.h"

#include <functional>
#include <optional>

namespace pca::store {

struct EventResource
{
    QString type; // e.g. AWS::ACMPCA::CertificateAuthority
    QString name; // the ARN
};

struct EventRecord
{
    qint64 seq = 0; // assigned when appended
    QString eventId;
    qint64 eventTime = 0; // ms since the epoch
    QString callerAccount;
    QString resourceAccount; // the caller's account unless the call reached another's
    QString eventName;
    QString eventSource;
    QString username;
    QString accessKeyId;
    bool readOnly = false;
    QString errorCode;
    QString record; // CloudTrail's JSON record
    QList<EventResource> resources;
    QByteArray mac; // assigned when appended
};

// One LookupEvents query: events an account can see (its callers' and those made on its
// resources), newest first.
struct EventQuery
{
    QString accountId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    // At most one attribute (CloudTrail's rule): EventId, EventName, ReadOnly, Username,
    // ResourceType, ResourceName, EventSource, AccessKeyId.
    QString attributeKey;
    QString attributeValue;
    // Continue after this (eventTime, seq), exclusive.
    std::optional<std::pair<qint64, qint64>> before;
    int limit = 50;
};

// The store owner's browsing of the history (the desktop's Activity page): any account or all,
// several filters at once, each a case-insensitive "contains" match, and errors only.
struct EventBrowseQuery
{
    QString accountId; // empty: every account
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString username;     // contained in the caller's user name
    QString eventName;    // contained in the event name
    QString resourceName; // contained in the name (ARN) of one of the event's resources
    bool errorsOnly = false;
    std::optional<std::pair<qint64, qint64>> before; // (eventTime, seq), exclusive
    int limit = 50;
};

struct EventChainAnchor
{
    qint64 seq = 0; // the last pruned event (0: nothing pruned)
    QByteArray mac; // its MAC (empty: nothing pruned)
};

QByteArray eventMac(const QByteArray &key, const QByteArray &previousMac, qint64 seq,
                    const EventRecord &event);

class EventReader : public StoreReader
{
public:
    explicit EventReader(const StoreReader &reader)
        : StoreReader(reader)
    {}

    QList<EventRecord> lookup(const EventQuery &query) const;
    QList<EventRecord> browse(const EventBrowseQuery &query) const;
    // Every event, oldest first (verification).
    void forEachEvent(const std::function<void(const EventRecord &)> &fn) const;
    qint64 count() const;
    EventChainAnchor anchor() const;

private:
    QList<EventRecord> selectEvents(const QString &sql, const QVariantList &values) const;
};

class EventWriter : public StoreWriter
{
public:
    explicit EventWriter(StoreWriter &writer)
        : StoreWriter(writer)
    {}

    // Appends events in order, continuing the chain from the newest stored event.
    void append(QList<EventRecord> events, const QByteArray &key);
    // Removes events older than `before` (ms) and records the anchor; returns how many.
    qint64 pruneBefore(qint64 before);
};

} // namespace pca::store

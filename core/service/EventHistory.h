// The event history: every API call, allowed or denied, as a CloudTrail record, looked up with
// CloudTrail's LookupEvents and verified like the audit trail.
//
// Recording never waits for the store: records are buffered and written by a background thread
// in batches (every `flushIntervalMs`, or sooner when `maxBuffered` are waiting), one store
// transaction per batch, so a call pays no durable commit of its own. What is lost when the
// process is killed is at most the last interval's events. Secrets never reach a record:
// private keys, passphrases and secret access keys are replaced, as CloudTrail does, by
// HIDDEN_DUE_TO_SECURITY_REASONS, and long values (certificates, CSRs) are summarised.
#pragma once

#include "Clock.h"
#include "service/AccessControl.h"
#include "store/EventStore.h"

#include <QJsonObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace pca {

// What a front end knows of one call.
struct ApiCallRecord
{
    Caller caller;
    QString eventSource; // acm-pca.amazonaws.com, acm.amazonaws.com, iam.amazonaws.com, ...
    QString eventName;   // the operation
    QString region;
    QString requestId;
    qint64 eventTimeMs = 0;
    bool readOnly = false;
    QJsonObject requestParameters; // as received; scrubbed when recorded
    std::optional<QJsonObject> responseElements;
    QString errorCode;
    QString errorMessage;
    QList<store::EventResource> resources;
    QString resourceAccount; // empty: the caller's own
};

struct EventLookupRequest
{
    QString attributeKey; // empty: none
    QString attributeValue;
    int attributeCount = 0; // CloudTrail allows one
    std::optional<qint64> startTimeMs;
    std::optional<qint64> endTimeMs;
    std::optional<QString> eventCategory;
    std::optional<int> maxResults;
    std::optional<QString> nextToken;
};

struct EventLookupResult
{
    QList<store::EventRecord> events;
    QString nextToken;
};

// What the store owner browses (the desktop's Activity page): every account or one, several
// filters at once ("contains", case-insensitive), errors only, and a time range.
struct EventBrowseRequest
{
    QString accountId; // empty: every account
    QString username;
    QString eventName;
    QString resourceName;
    bool errorsOnly = false;
    std::optional<qint64> startTimeMs; // default: the retention's start
    std::optional<qint64> endTimeMs;   // default: now
    int maxResults = 50;               // 1 to 500
    QString nextToken;                 // from the previous page
};

struct EventHistoryVerification
{
    bool intact = true;
    qint64 events = 0;
    qint64 firstBrokenSequence = 0;
    QString problem;
};

class EventHistory
{
public:
    struct Options
    {
        int retentionDays = 90;
        int flushIntervalMs = 100;
        int maxBuffered = 64;
    };

    EventHistory(store::SqlStore &store, const Clock &clock, Options options);
    EventHistory(store::SqlStore &store, const Clock &clock)
        : EventHistory(store, clock, Options())
    {}
    // Writes what is buffered before it returns.
    ~EventHistory();
    EventHistory(const EventHistory &) = delete;
    EventHistory &operator=(const EventHistory &) = delete;

    // Queues the call's record; never blocks on the store. Thread-safe.
    void record(const ApiCallRecord &call);
    // Writes everything recorded so far and waits for the commit.
    void flush();

    // CloudTrail's LookupEvents for `caller`'s account: its callers' events and those made
    // on its resources, newest first. Throws CloudTrail's exceptions for bad input.
    EventLookupResult lookup(const Caller &caller, const EventLookupRequest &request);

    // The store owner's view of the history, newest first; not an API action (no caller is
    // authorized or recorded). Throws ValidationException for a bad range, size or token.
    EventLookupResult browse(const EventBrowseRequest &request);

    EventHistoryVerification verify();
    // Removes events older than the retention; returns how many. Run by maintenance.
    qint64 prune();

    const Options &options() const { return m_options; }

    // The CloudTrail record of one call, as stored (exposed for tests).
    static QJsonObject cloudTrailRecord(const ApiCallRecord &call, const QString &eventId);
    // `parameters` with secrets hidden, long values summarised and member names in CloudTrail's
    // lower camel case.
    static QJsonObject scrubbed(const QJsonObject &parameters);

private:
    void run();
    void writeBatch(QList<store::EventRecord> batch, bool wait);

    store::SqlStore &m_store;
    const Clock &m_clock;
    Options m_options;
    QByteArray m_key;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<store::EventRecord> m_buffer;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pca

#include "service/EventHistory.h"

#include "crypto/OpenSsl.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

namespace pca {

Q_LOGGING_CATEGORY(lcEvents, "privateca.events")

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qsizetype kMaxRecordedValue = 4096;
const QString kHidden = QStringLiteral("HIDDEN_DUE_TO_SECURITY_REASONS");

bool isSecretMember(const QString &name)
{
    static const QStringList secrets = {QStringLiteral("privatekey"), QStringLiteral("passphrase"),
                                        QStringLiteral("secretaccesskey"),
                                        QStringLiteral("password")};
    return secrets.contains(name.toLower());
}

QString lowerCamel(const QString &name)
{
    if (name.isEmpty() || !name.at(0).isUpper())
        return name;
    // "CertificateAuthorityArn" -> "certificateAuthorityArn", "CsrExtensions" -> "csrExtensions"
    return name.at(0).toLower() + name.mid(1);
}

QJsonValue scrubbedValue(const QJsonValue &value)
{
    if (value.isObject())
        return EventHistory::scrubbed(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(scrubbedValue(element));
        return out;
    }
    if (value.isString() && value.toString().size() > kMaxRecordedValue)
        return QStringLiteral("(%1 characters, not recorded)").arg(value.toString().size());
    return value;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms / 1000 * 1000, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject userIdentity(const Caller &caller)
{
    QJsonObject identity;
    identity.insert(QStringLiteral("type"),
                    caller.administrator ? QStringLiteral("Root") : QStringLiteral("IAMUser"));
    identity.insert(QStringLiteral("principalId"), caller.userId);
    identity.insert(QStringLiteral("arn"), caller.arn);
    identity.insert(QStringLiteral("accountId"), caller.accountId);
    if (!caller.accessKeyId.isEmpty())
        identity.insert(QStringLiteral("accessKeyId"), caller.accessKeyId);
    if (!caller.userName.isEmpty())
        identity.insert(QStringLiteral("userName"), caller.userName);
    return identity;
}

QString usernameOf(const Caller &caller)
{
    return caller.administrator ? QStringLiteral("root") : caller.userName;
}

[[noreturn]] void refuse(const char *type, const QString &message)
{
    throw PcaError(type, message);
}

QByteArray lookupFingerprint(const Caller &caller, const EventLookupRequest &request, qint64 start,
                             qint64 end)
{
    const QString text = QStringList{caller.accountId, request.attributeKey, request.attributeValue,
                                     QString::number(start), QString::number(end)}
                             .join(QLatin1Char('\n'));
    return crypto::sha256(text.toUtf8()).left(8).toHex();
}

} // namespace

EventHistory::EventHistory(store::SqlStore &store, const Clock &clock, Options options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_key(store.derivedKey("cloudtrail-events"))
{
    m_thread = std::thread([this] { run(); });
}

EventHistory::~EventHistory()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

QJsonObject EventHistory::scrubbed(const QJsonObject &parameters)
{
    QJsonObject out;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QString name = lowerCamel(it.key());
        if (isSecretMember(it.key()))
            out.insert(name, kHidden);
        else
            out.insert(name, scrubbedValue(it.value()));
    }
    return out;
}

QJsonObject EventHistory::cloudTrailRecord(const ApiCallRecord &call, const QString &eventId)
{
    const QString resourceAccount =
        call.resourceAccount.isEmpty() ? call.caller.accountId : call.resourceAccount;
    QJsonObject record;
    record.insert(QStringLiteral("eventVersion"), QStringLiteral("1.08"));
    record.insert(QStringLiteral("userIdentity"), userIdentity(call.caller));
    record.insert(QStringLiteral("eventTime"), isoTime(call.eventTimeMs));
    record.insert(QStringLiteral("eventSource"), call.eventSource);
    record.insert(QStringLiteral("eventName"), call.eventName);
    record.insert(QStringLiteral("awsRegion"), call.region);
    record.insert(QStringLiteral("sourceIPAddress"), call.caller.sourceIp);
    record.insert(QStringLiteral("userAgent"), call.caller.userAgent);
    if (!call.errorCode.isEmpty()) {
        record.insert(QStringLiteral("errorCode"), call.errorCode);
        record.insert(QStringLiteral("errorMessage"), call.errorMessage);
    }
    record.insert(QStringLiteral("requestParameters"),
                  call.requestParameters.isEmpty() ? QJsonValue()
                                                   : QJsonValue(scrubbed(call.requestParameters)));
    record.insert(QStringLiteral("responseElements"),
                  call.responseElements && !call.responseElements->isEmpty()
                      ? QJsonValue(scrubbed(*call.responseElements))
                      : QJsonValue());
    record.insert(QStringLiteral("requestID"), call.requestId);
    record.insert(QStringLiteral("eventID"), eventId);
    record.insert(QStringLiteral("readOnly"), call.readOnly);
    if (!call.resources.isEmpty()) {
        QJsonArray resources;
        for (const store::EventResource &resource : call.resources) {
            QJsonObject entry;
            entry.insert(QStringLiteral("accountId"), resourceAccount);
            entry.insert(QStringLiteral("type"), resource.type);
            entry.insert(QStringLiteral("ARN"), resource.name);
            resources.append(entry);
        }
        record.insert(QStringLiteral("resources"), resources);
    }
    record.insert(QStringLiteral("eventType"), QStringLiteral("AwsApiCall"));
    record.insert(QStringLiteral("managementEvent"), true);
    record.insert(QStringLiteral("recipientAccountId"), call.caller.accountId);
    record.insert(QStringLiteral("eventCategory"), QStringLiteral("Management"));
    return record;
}

void EventHistory::record(const ApiCallRecord &call)
{
    store::EventRecord event;
    event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.eventTime = call.eventTimeMs;
    event.callerAccount = call.caller.accountId;
    event.resourceAccount =
        call.resourceAccount.isEmpty() ? call.caller.accountId : call.resourceAccount;
    event.eventName = call.eventName;
    event.eventSource = call.eventSource;
    event.username = usernameOf(call.caller);
    event.accessKeyId = call.caller.accessKeyId;
    event.readOnly = call.readOnly;
    event.errorCode = call.errorCode;
    event.resources = call.resources;
    event.record = QString::fromUtf8(
        QJsonDocument(cloudTrailRecord(call, event.eventId)).toJson(QJsonDocument::Compact));

    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_buffer.append(std::move(event));
        wake = m_buffer.size() >= m_options.maxBuffered;
    }
    if (wake)
        m_wake.notify_all();
}

void EventHistory::writeBatch(QList<store::EventRecord> batch, bool wait)
{
    if (batch.isEmpty())
        return;
    const QByteArray key = m_key;
    auto job = [batch = std::move(batch), key](store::StoreWriter &w) mutable {
        store::EventWriter(w).append(std::move(batch), key);
    };
    if (wait) {
        m_store.write(job);
        return;
    }
    m_store.writeAsync(std::move(job), [](std::exception_ptr error) {
        if (!error)
            return;
        try {
            std::rethrow_exception(error);
        } catch (const std::exception &e) {
            qCWarning(lcEvents, "Events could not be recorded: %s", e.what());
        }
    });
}

void EventHistory::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_options.flushIntervalMs),
                        [this] { return m_stopping || m_buffer.size() >= m_options.maxBuffered; });
        QList<store::EventRecord> batch;
        batch.swap(m_buffer);
        const bool stopping = m_stopping;
        lock.unlock();
        try {
            writeBatch(std::move(batch), stopping);
        } catch (const std::exception &e) {
            qCWarning(lcEvents, "Events could not be recorded: %s", e.what());
        }
        lock.lock();
        if (stopping && m_buffer.isEmpty())
            return;
    }
}

void EventHistory::flush()
{
    QList<store::EventRecord> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_buffer);
    }
    if (batch.isEmpty()) {
        // Wait for what the background thread has queued: the next write runs after it.
        m_store.write([](store::StoreWriter &) {});
        return;
    }
    writeBatch(std::move(batch), true);
}

EventLookupResult EventHistory::lookup(const Caller &caller, const EventLookupRequest &request)
{
    static const QStringList keys = {QStringLiteral("EventId"),      QStringLiteral("EventName"),
                                     QStringLiteral("ReadOnly"),     QStringLiteral("Username"),
                                     QStringLiteral("ResourceType"), QStringLiteral("ResourceName"),
                                     QStringLiteral("EventSource"),  QStringLiteral("AccessKeyId")};
    if (request.attributeCount > 1) {
        refuse("InvalidLookupAttributesException",
               QStringLiteral("You can specify only one lookup attribute."));
    }
    if (request.attributeCount == 1) {
        if (!keys.contains(request.attributeKey)) {
            refuse("InvalidLookupAttributesException",
                   QStringLiteral("The attribute key %1 is not valid. Valid keys: %2.")
                       .arg(request.attributeKey, keys.join(QStringLiteral(", "))));
        }
        if (request.attributeValue.isEmpty() || request.attributeValue.size() > 2000) {
            refuse("InvalidLookupAttributesException",
                   QStringLiteral("The attribute value must be 1 to 2000 characters long."));
        }
        if (request.attributeKey == QLatin1String("ReadOnly") &&
            request.attributeValue != QLatin1String("true") &&
            request.attributeValue != QLatin1String("false")) {
            refuse("InvalidLookupAttributesException",
                   QStringLiteral("The value of ReadOnly must be true or false."));
        }
    }
    if (request.eventCategory && *request.eventCategory != QLatin1String("insight")) {
        refuse("InvalidEventCategoryException",
               QStringLiteral("The event category %1 is not valid.").arg(*request.eventCategory));
    }
    const int limit = request.maxResults.value_or(50);
    if (limit < 1 || limit > 50) {
        refuse("InvalidMaxResultsException",
               QStringLiteral("MaxResults must be between 1 and 50, not %1.").arg(limit));
    }
    const qint64 now = m_clock.nowMs();
    const qint64 end = request.endTimeMs.value_or(now);
    const qint64 start =
        request.startTimeMs.value_or(now - qint64(m_options.retentionDays) * kDayMs);
    if (start > end) {
        refuse("InvalidTimeRangeException",
               QStringLiteral("The start time must be earlier than the end time."));
    }

    store::EventQuery query;
    query.accountId = caller.accountId;
    query.startMs = start;
    query.endMs = end;
    if (request.attributeCount == 1) {
        query.attributeKey = request.attributeKey;
        query.attributeValue = request.attributeValue;
    }
    query.limit = limit + 1;
    const QByteArray fingerprint = lookupFingerprint(caller, request, start, end);
    if (request.nextToken) {
        // <time>.<seq>.<fingerprint of the query>
        const QList<QByteArray> parts = request.nextToken->toLatin1().split('.');
        bool timeOk = false;
        bool seqOk = false;
        const qint64 time = parts.value(0).toLongLong(&timeOk);
        const qint64 seq = parts.value(1).toLongLong(&seqOk);
        if (parts.size() != 3 || !timeOk || !seqOk || parts.at(2) != fingerprint) {
            refuse("InvalidNextTokenException",
                   QStringLiteral("The NextToken is not valid for this request."));
        }
        query.before = std::make_pair(time, seq);
    }

    EventLookupResult result;
    if (request.eventCategory)
        return result; // no Insights events here
    flush();           // a caller sees its own calls at once
    result.events = store::EventReader(m_store.reader()).lookup(query);
    if (result.events.size() > limit) {
        result.events.resize(limit);
        const store::EventRecord &last = result.events.last();
        result.nextToken = QStringLiteral("%1.%2.%3")
                               .arg(last.eventTime)
                               .arg(last.seq)
                               .arg(QString::fromLatin1(fingerprint));
    }
    return result;
}

EventLookupResult EventHistory::browse(const EventBrowseRequest &request)
{
    if (request.maxResults < 1 || request.maxResults > 500) {
        refuse(errors::Validation,
               QStringLiteral("The page size must be between 1 and 500, not %1.")
                   .arg(request.maxResults));
    }
    const qint64 now = m_clock.nowMs();
    store::EventBrowseQuery query;
    query.accountId = request.accountId;
    query.endMs = request.endTimeMs.value_or(now);
    query.startMs = request.startTimeMs.value_or(now - qint64(m_options.retentionDays) * kDayMs);
    if (query.startMs > query.endMs) {
        refuse(errors::Validation,
               QStringLiteral("The start time must be earlier than the end time."));
    }
    query.username = request.username.trimmed();
    query.eventName = request.eventName.trimmed();
    query.resourceName = request.resourceName.trimmed();
    query.errorsOnly = request.errorsOnly;
    query.limit = request.maxResults + 1;
    if (!request.nextToken.isEmpty()) {
        // <time>.<seq> of the last event shown
        const QStringList parts = request.nextToken.split(QLatin1Char('.'));
        bool timeOk = false;
        bool seqOk = false;
        const qint64 time = parts.value(0).toLongLong(&timeOk);
        const qint64 seq = parts.value(1).toLongLong(&seqOk);
        if (parts.size() != 2 || !timeOk || !seqOk)
            refuse(errors::Validation, QStringLiteral("The page token is not valid."));
        query.before = std::make_pair(time, seq);
    }

    flush();
    EventLookupResult result;
    result.events = store::EventReader(m_store.reader()).browse(query);
    if (result.events.size() > request.maxResults) {
        result.events.resize(request.maxResults);
        const store::EventRecord &last = result.events.last();
        result.nextToken = QStringLiteral("%1.%2").arg(last.eventTime).arg(last.seq);
    }
    return result;
}

EventHistoryVerification EventHistory::verify()
{
    flush();
    EventHistoryVerification result;
    const store::EventReader reader(m_store.reader());
    const store::EventChainAnchor anchor = reader.anchor();
    qint64 expected = anchor.seq + 1;
    QByteArray previous = anchor.mac;
    reader.forEachEvent([&](const store::EventRecord &event) {
        if (!result.intact)
            return;
        ++result.events;
        const auto broken = [&](const QString &problem) {
            result.intact = false;
            result.firstBrokenSequence = event.seq;
            result.problem = problem;
        };
        if (event.seq != expected) {
            broken(QStringLiteral("Event %1 is missing.").arg(expected));
            return;
        }
        if (!crypto::constantTimeEquals(eventMac(m_key, previous, event.seq, event), event.mac)) {
            broken(QStringLiteral("Event %1 was altered: its MAC does not match.").arg(event.seq));
            return;
        }
        // The columns lookups filter on must say what the record says.
        const QJsonObject record = QJsonDocument::fromJson(event.record.toUtf8()).object();
        const QJsonObject identity = record.value(QLatin1String("userIdentity")).toObject();
        const QString username =
            identity.value(QLatin1String("type")).toString() == QLatin1String("Root")
                ? QStringLiteral("root")
                : identity.value(QLatin1String("userName")).toString();
        if (record.value(QLatin1String("eventID")).toString() != event.eventId ||
            record.value(QLatin1String("eventName")).toString() != event.eventName ||
            record.value(QLatin1String("eventSource")).toString() != event.eventSource ||
            record.value(QLatin1String("errorCode")).toString() != event.errorCode ||
            record.value(QLatin1String("readOnly")).toBool() != event.readOnly ||
            identity.value(QLatin1String("accessKeyId")).toString() != event.accessKeyId ||
            username != event.username ||
            record.value(QLatin1String("eventTime")).toString() != isoTime(event.eventTime)) {
            broken(QStringLiteral("Event %1 was altered: its columns differ from its record.")
                       .arg(event.seq));
            return;
        }
        previous = event.mac;
        ++expected;
    });
    return result;
}

qint64 EventHistory::prune()
{
    const qint64 before = m_clock.nowMs() - qint64(m_options.retentionDays) * kDayMs;
    const std::shared_ptr<void> exclusive = m_store.tryExclusive(QStringLiteral("event-prune"));
    if (!exclusive)
        return 0; // another server of the store prunes
    return m_store.write(
        [before](store::StoreWriter &w) { return store::EventWriter(w).pruneBefore(before); });
}

} // namespace pca

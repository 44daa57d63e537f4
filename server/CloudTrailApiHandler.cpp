#include "CloudTrailApiHandler.h"

#include "ApiContext.h"
#include "JsonApiHandler.h"
#include "api/StrictJson.h"
#include "service/PrivateCaService.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pca::server {

namespace {

[[noreturn]] void invalidParameter(const QString &message)
{
    throw PcaError(QStringLiteral("InvalidParameterException"), message);
}

std::optional<qint64> timeOf(const QJsonObject &input, const char *name)
{
    const QJsonValue value = input.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        throw PcaError(QStringLiteral("InvalidTimeRangeException"),
                       QStringLiteral("%1 must be a time in seconds since the epoch.")
                           .arg(QLatin1String(name)));
    return qint64(std::llround(value.toDouble() * 1000.0));
}

EventLookupRequest lookupRequestOf(const QJsonObject &input)
{
    EventLookupRequest request;
    const QJsonValue attributes = input.value(QLatin1String("LookupAttributes"));
    if (!attributes.isUndefined() && !attributes.isNull()) {
        if (!attributes.isArray())
            invalidParameter(QStringLiteral("LookupAttributes must be a list."));
        const QJsonArray list = attributes.toArray();
        request.attributeCount = int(list.size());
        if (!list.isEmpty()) {
            const QJsonObject first = list.first().toObject();
            request.attributeKey = first.value(QLatin1String("AttributeKey")).toString();
            request.attributeValue = first.value(QLatin1String("AttributeValue")).toString();
        }
    }
    request.startTimeMs = timeOf(input, "StartTime");
    request.endTimeMs = timeOf(input, "EndTime");
    if (input.contains(QLatin1String("EventCategory")))
        request.eventCategory = input.value(QLatin1String("EventCategory")).toString();
    if (input.contains(QLatin1String("MaxResults"))) {
        const QJsonValue value = input.value(QLatin1String("MaxResults"));
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
            throw PcaError(QStringLiteral("InvalidMaxResultsException"),
                           QStringLiteral("MaxResults must be an integer."));
        request.maxResults = int(qBound(-1.0, value.toDouble(), 1000.0));
    }
    if (input.contains(QLatin1String("NextToken")))
        request.nextToken = input.value(QLatin1String("NextToken")).toString();
    return request;
}

QJsonObject eventJson(const store::EventRecord &event)
{
    QJsonObject out;
    out.insert(QStringLiteral("EventId"), event.eventId);
    out.insert(QStringLiteral("EventName"), event.eventName);
    out.insert(QStringLiteral("ReadOnly"),
               event.readOnly ? QStringLiteral("true") : QStringLiteral("false"));
    if (!event.accessKeyId.isEmpty())
        out.insert(QStringLiteral("AccessKeyId"), event.accessKeyId);
    out.insert(QStringLiteral("EventTime"), double(event.eventTime / 1000));
    out.insert(QStringLiteral("EventSource"), event.eventSource);
    out.insert(QStringLiteral("Username"), event.username);
    QJsonArray resources;
    for (const store::EventResource &resource : event.resources) {
        resources.append(QJsonObject{{QStringLiteral("ResourceType"), resource.type},
                                     {QStringLiteral("ResourceName"), resource.name}});
    }
    out.insert(QStringLiteral("Resources"), resources);
    out.insert(QStringLiteral("CloudTrailEvent"), event.record);
    return out;
}

} // namespace

CloudTrailApiHandler::CloudTrailApiHandler(const ApiContext &context)
    : m_context(context)
{}

bool CloudTrailApiHandler::isCloudTrailTarget(const QByteArray &target)
{
    return target.startsWith(kTargetPrefix);
}

HttpResponse CloudTrailApiHandler::handle(const HttpRequest &request) const
{
    const QByteArray target = request.header("x-amz-target");
    try {
        const Caller caller = m_context.authenticate(request, {QByteArray(kSigningName)});
        if (target != QByteArray(kTargetPrefix) + "LookupEvents") {
            throw PcaError(QStringLiteral("UnknownOperationException"),
                           QStringLiteral("Unknown operation %1: this server serves "
                                          "CloudTrail's LookupEvents only.")
                               .arg(QString::fromUtf8(target.left(128))));
        }
        if (!m_context.events) {
            throw PcaError(QStringLiteral("OperationNotPermittedException"),
                           QStringLiteral("This server keeps no event history."));
        }
        QJsonObject input;
        if (!request.body.trimmed().isEmpty())
            input = api::parseStrictJsonObject(request.body, errors::Serialization,
                                               QStringLiteral("The request body"));
        if (!(caller.administrator)) {
            AccessRequest access;
            access.action = QStringLiteral("cloudtrail:LookupEvents");
            access.resourceAccount = caller.accountId;
            authorize(caller, access, m_context.service.clock().nowMs(), errors::AccessDenied);
        }
        const EventLookupResult result = m_context.events->lookup(caller, lookupRequestOf(input));
        QJsonArray events;
        for (const store::EventRecord &event : result.events)
            events.append(eventJson(event));
        QJsonObject output{{QStringLiteral("Events"), events}};
        if (!result.nextToken.isEmpty())
            output.insert(QStringLiteral("NextToken"), result.nextToken);
        return HttpResponse(200, JsonApiHandler::kContentType,
                            QJsonDocument(output).toJson(QJsonDocument::Compact));
    } catch (...) {
        return JsonApiHandler::failureResponse(target, std::current_exception());
    }
}

} // namespace pca::server

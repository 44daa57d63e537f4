#include "RemoteAccessClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamReader>

#include <memory>

namespace pca::models {

namespace {

constexpr const char *kIamVersion = "2010-05-08";
constexpr const char *kCloudTrailTarget =
    "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents";
// CloudTrail's largest page.
constexpr int kLookupPage = 50;

using Fields = QHash<QString, QString>;

// The children (name -> text) of each <member> of the first element named `listName`.
QList<Fields> xmlMembers(const QByteArray &xml, const QString &listName)
{
    QList<Fields> out;
    QXmlStreamReader reader(xml);
    int depth = 0;
    int listDepth = -1;
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (reader.isEndElement()) {
            if (--depth < listDepth)
                break;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        ++depth;
        if (listDepth < 0) {
            if (reader.name() == listName)
                listDepth = depth;
            continue;
        }
        if (depth != listDepth + 1 || reader.name() != QLatin1String("member"))
            continue;
        // A member: either text (PolicyNames) or elements (read whole, so the next end
        // element is the member's).
        Fields member;
        QString text;
        while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
            if (reader.isStartElement()) {
                member.insert(reader.name().toString(),
                              reader.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (reader.isCharacters()) {
                text += reader.text();
            } else if (reader.isEndElement()) {
                break;
            }
        }
        --depth; // </member>
        if (member.isEmpty())
            member.insert(QString(), text.trimmed());
        out << member;
    }
    return out;
}

// The text of the first element named `name`.
QString xmlText(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (reader.isStartElement() && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return QString();
}

// The children of the first element named `name`.
Fields xmlElement(const QByteArray &xml, const QString &name)
{
    Fields out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (!reader.isStartElement() || reader.name() != name)
            continue;
        while (reader.readNextStartElement())
            out.insert(reader.name().toString(),
                       reader.readElementText(QXmlStreamReader::IncludeChildElements));
        break;
    }
    return out;
}

qint64 isoMs(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

api::iam::User userOf(const Fields &fields)
{
    api::iam::User user;
    user.path = fields.value(QStringLiteral("Path"));
    user.userName = fields.value(QStringLiteral("UserName"));
    user.userId = fields.value(QStringLiteral("UserId"));
    user.arn = fields.value(QStringLiteral("Arn"));
    user.createDate = isoMs(fields.value(QStringLiteral("CreateDate")));
    return user;
}

// Hands a transformed value on, or the error.
template <typename T, typename From, typename Transform>
Handler<From> mapped(Handler<T> handler, Transform transform)
{
    return [handler = std::move(handler), transform](const Reply<From> &reply) {
        if (!handler)
            return;
        if (reply.ok())
            handler(transform(reply.value()));
        else
            handler(reply.error());
    };
}

bool containsText(const QString &haystack, const QString &needle)
{
    return needle.trimmed().isEmpty() || haystack.contains(needle.trimmed(), Qt::CaseInsensitive);
}

// An event of LookupEvents as the event store holds it (the record carries what the summary
// leaves out: the error, the accounts, the time to the millisecond).
store::EventRecord eventOf(const QJsonObject &event)
{
    store::EventRecord out;
    out.eventId = event.value(QLatin1String("EventId")).toString();
    out.eventName = event.value(QLatin1String("EventName")).toString();
    out.eventSource = event.value(QLatin1String("EventSource")).toString();
    out.username = event.value(QLatin1String("Username")).toString();
    out.accessKeyId = event.value(QLatin1String("AccessKeyId")).toString();
    out.readOnly = event.value(QLatin1String("ReadOnly")).toString() == QLatin1String("true");
    out.eventTime = qint64(event.value(QLatin1String("EventTime")).toDouble() * 1000.0);
    out.record = event.value(QLatin1String("CloudTrailEvent")).toString();
    const QJsonObject record = QJsonDocument::fromJson(out.record.toUtf8()).object();
    if (const qint64 precise = isoMs(record.value(QLatin1String("eventTime")).toString()))
        out.eventTime = precise;
    out.errorCode = record.value(QLatin1String("errorCode")).toString();
    out.callerAccount = record.value(QLatin1String("userIdentity"))
                            .toObject()
                            .value(QLatin1String("accountId"))
                            .toString();
    out.resourceAccount = out.callerAccount;
    const QJsonArray resources = record.value(QLatin1String("resources")).toArray();
    if (!resources.isEmpty())
        out.resourceAccount =
            resources.first().toObject().value(QLatin1String("accountId")).toString();
    for (const QJsonValue &resource : event.value(QLatin1String("Resources")).toArray()) {
        const QJsonObject entry = resource.toObject();
        out.resources << store::EventResource{
            entry.value(QLatin1String("ResourceType")).toString(),
            entry.value(QLatin1String("ResourceName")).toString()};
    }
    return out;
}

bool matches(const store::EventRecord &event, const EventBrowseRequest &request)
{
    if (request.errorsOnly && event.errorCode.isEmpty())
        return false;
    if (!containsText(event.username, request.username) ||
        !containsText(event.eventName, request.eventName))
        return false;
    if (request.resourceName.trimmed().isEmpty())
        return true;
    for (const store::EventResource &resource : event.resources) {
        if (containsText(resource.name, request.resourceName))
            return true;
    }
    return false;
}

} // namespace

RemoteAccessClient::RemoteAccessClient(RemoteConnection *connection, CallerIdentity identity,
                                       QObject *parent)
    : AccessClient(parent)
    , m_connection(connection)
    , m_identity(std::move(identity))
{
    connect(connection, &RemoteConnection::busyChanged, this, &AccessClient::busyChanged);
}

RemoteAccessClient::~RemoteAccessClient() = default;

bool RemoteAccessClient::isBusy() const
{
    return m_connection->isBusy();
}

QString RemoteAccessClient::unavailableReason(Feature feature) const
{
    switch (feature) {
    case Feature::ManageAccounts:
        return tr("Connected to %1: accounts are made and removed on the server "
                  "(privateca-server account create); this key acts in account %2.")
            .arg(m_connection->location(), m_identity.account);
    }
    return QString();
}

std::optional<PcaError> RemoteAccessClient::foreignAccount(const QString &accountId) const
{
    if (accountId.isEmpty() || accountId == m_identity.account)
        return std::nullopt;
    return PcaError(api::iam::errors::AccessDenied,
                    tr("Connected as %1: IAM acts in the caller's account %2, not in %3.")
                        .arg(m_identity.arn, m_identity.account, accountId));
}

void RemoteAccessClient::iam(const QString &action, Parameters parameters, QObject *receiver,
                             Handler<QByteArray> handler)
{
    parameters.prepend({QStringLiteral("Version"), QLatin1String(kIamVersion)});
    parameters.prepend({QStringLiteral("Action"), action});
    m_connection->callQuery("iam", parameters, receiver, std::move(handler));
}

void RemoteAccessClient::change(const QString &action, Parameters parameters, QObject *receiver,
                                Handler<Done> handler)
{
    // The change is announced even when the receiver is gone: other views show the same data.
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    iam(action, std::move(parameters), this,
        [this, guard, guarded, handler = std::move(handler)](const Reply<QByteArray> &reply) {
            if (handler && (!guarded || guard)) {
                if (reply.ok())
                    handler(Done{});
                else
                    handler(reply.error());
            }
            if (reply.ok())
                Q_EMIT accessChanged();
        });
}

void RemoteAccessClient::listAll(const QString &action, const Parameters &parameters,
                                 const QString &listName, QObject *receiver,
                                 Handler<QList<Fields>> handler)
{
    struct Listing
    {
        QList<Fields> items;
        Handler<QList<Fields>> handler;
    };
    auto listing = std::make_shared<Listing>();
    listing->handler = std::move(handler);
    // Each page asks for the next one; the shared state lives as long as a page is in flight.
    auto next = std::make_shared<std::function<void(const QString &)>>();
    std::weak_ptr<std::function<void(const QString &)>> weakNext = next;
    *next = [this, action, parameters, listName, receiver, listing,
             weakNext](const QString &marker) {
        Parameters page = parameters;
        page << std::make_pair(QStringLiteral("MaxItems"), QStringLiteral("1000"));
        if (!marker.isEmpty())
            page << std::make_pair(QStringLiteral("Marker"), marker);
        const auto self = weakNext.lock();
        iam(action, page, receiver, [listing, listName, self](const Reply<QByteArray> &reply) {
            if (!reply.ok()) {
                if (listing->handler)
                    listing->handler(reply.error());
                return;
            }
            listing->items << xmlMembers(reply.value(), listName);
            if (xmlText(reply.value(), QStringLiteral("IsTruncated")) == QLatin1String("true") &&
                self) {
                (*self)(xmlText(reply.value(), QStringLiteral("Marker")));
                return;
            }
            if (listing->handler)
                listing->handler(listing->items);
        });
    };
    (*next)(QString());
}

// ---- accounts ---------------------------------------------------------------------------------

void RemoteAccessClient::listAccounts(QObject *receiver, Handler<QList<AccountSummary>> handler)
{
    // The caller's account only, with its users counted.
    listUsers(m_identity.account, receiver,
              mapped<QList<AccountSummary>, QList<api::iam::User>>(
                  std::move(handler), [account = m_identity.account](const auto &users) {
                      AccountSummary summary;
                      summary.accountId = account;
                      summary.storeAccount = true;
                      summary.users = users.size();
                      return QList<AccountSummary>{summary};
                  }));
}

void RemoteAccessClient::createAccount(const QString &, const QString &, QObject *receiver,
                                       Handler<CreatedAccount> handler)
{
    QPointer<QObject> guard(receiver);
    const QString reason = unavailableReason(Feature::ManageAccounts);
    QTimer::singleShot(0, this, [guard, reason, handler = std::move(handler)] {
        if (handler && guard)
            handler(PcaError(QStringLiteral("OperationNotSupportedException"), reason));
    });
}

void RemoteAccessClient::deleteAccount(const QString &, QObject *receiver, Handler<Done> handler)
{
    QPointer<QObject> guard(receiver);
    const QString reason = unavailableReason(Feature::ManageAccounts);
    QTimer::singleShot(0, this, [guard, reason, handler = std::move(handler)] {
        if (handler && guard)
            handler(PcaError(QStringLiteral("OperationNotSupportedException"), reason));
    });
}

// ---- users ------------------------------------------------------------------------------------

void RemoteAccessClient::listUsers(const QString &accountId, QObject *receiver,
                                   Handler<QList<api::iam::User>> handler)
{
    if (auto refused = foreignAccount(accountId)) {
        QPointer<QObject> guard(receiver);
        QTimer::singleShot(0, this, [guard, error = *refused, handler = std::move(handler)] {
            if (handler && guard)
                handler(error);
        });
        return;
    }
    listAll(QStringLiteral("ListUsers"), {}, QStringLiteral("Users"), receiver,
            mapped<QList<api::iam::User>, QList<Fields>>(std::move(handler),
                                                         [](const QList<Fields> &members) {
                                                             QList<api::iam::User> users;
                                                             for (const Fields &m : members)
                                                                 users << userOf(m);
                                                             return users;
                                                         }));
}

void RemoteAccessClient::createUser(const QString &, const QString &userName, QObject *receiver,
                                    Handler<api::iam::User> handler)
{
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    iam(QStringLiteral("CreateUser"), {{QStringLiteral("UserName"), userName}}, this,
        [this, guard, guarded, handler = std::move(handler)](const Reply<QByteArray> &reply) {
            if (handler && (!guarded || guard)) {
                if (reply.ok())
                    handler(userOf(xmlElement(reply.value(), QStringLiteral("User"))));
                else
                    handler(reply.error());
            }
            if (reply.ok())
                Q_EMIT accessChanged();
        });
}

void RemoteAccessClient::deleteUser(const QString &, const QString &userName, QObject *receiver,
                                    Handler<Done> handler)
{
    change(QStringLiteral("DeleteUser"), {{QStringLiteral("UserName"), userName}}, receiver,
           std::move(handler));
}

// ---- access keys ------------------------------------------------------------------------------

void RemoteAccessClient::listAccessKeys(const QString &, const QString &userName, QObject *receiver,
                                        Handler<QList<api::iam::AccessKeyMetadata>> handler)
{
    listAll(QStringLiteral("ListAccessKeys"), {{QStringLiteral("UserName"), userName}},
            QStringLiteral("AccessKeyMetadata"), receiver,
            mapped<QList<api::iam::AccessKeyMetadata>, QList<Fields>>(
                std::move(handler), [](const QList<Fields> &members) {
                    QList<api::iam::AccessKeyMetadata> keys;
                    for (const Fields &m : members) {
                        keys << api::iam::AccessKeyMetadata{
                            m.value(QStringLiteral("UserName")),
                            m.value(QStringLiteral("AccessKeyId")),
                            m.value(QStringLiteral("Status")),
                            isoMs(m.value(QStringLiteral("CreateDate")))};
                    }
                    return keys;
                }));
}

void RemoteAccessClient::createAccessKey(const QString &, const QString &userName,
                                         QObject *receiver, Handler<api::iam::AccessKey> handler)
{
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    iam(QStringLiteral("CreateAccessKey"), {{QStringLiteral("UserName"), userName}}, this,
        [this, guard, guarded, handler = std::move(handler)](const Reply<QByteArray> &reply) {
            if (handler && (!guarded || guard)) {
                if (reply.ok()) {
                    const Fields m = xmlElement(reply.value(), QStringLiteral("AccessKey"));
                    handler(api::iam::AccessKey{m.value(QStringLiteral("UserName")),
                                                m.value(QStringLiteral("AccessKeyId")),
                                                m.value(QStringLiteral("Status")),
                                                m.value(QStringLiteral("SecretAccessKey")),
                                                isoMs(m.value(QStringLiteral("CreateDate")))});
                } else {
                    handler(reply.error());
                }
            }
            if (reply.ok())
                Q_EMIT accessChanged();
        });
}

void RemoteAccessClient::updateAccessKey(const QString &, const QString &userName,
                                         const QString &accessKeyId, bool active, QObject *receiver,
                                         Handler<Done> handler)
{
    change(QStringLiteral("UpdateAccessKey"),
           {{QStringLiteral("UserName"), userName},
            {QStringLiteral("AccessKeyId"), accessKeyId},
            {QStringLiteral("Status"),
             active ? QStringLiteral("Active") : QStringLiteral("Inactive")}},
           receiver, std::move(handler));
}

void RemoteAccessClient::deleteAccessKey(const QString &, const QString &userName,
                                         const QString &accessKeyId, QObject *receiver,
                                         Handler<Done> handler)
{
    change(QStringLiteral("DeleteAccessKey"),
           {{QStringLiteral("UserName"), userName}, {QStringLiteral("AccessKeyId"), accessKeyId}},
           receiver, std::move(handler));
}

// ---- policies ---------------------------------------------------------------------------------

void RemoteAccessClient::listUserPolicies(const QString &, const QString &userName,
                                          QObject *receiver, Handler<QStringList> handler)
{
    listAll(
        QStringLiteral("ListUserPolicies"), {{QStringLiteral("UserName"), userName}},
        QStringLiteral("PolicyNames"), receiver,
        mapped<QStringList, QList<Fields>>(std::move(handler), [](const QList<Fields> &members) {
            QStringList names;
            for (const Fields &m : members)
                names << m.value(QString());
            return names;
        }));
}

void RemoteAccessClient::getUserPolicy(const QString &, const QString &userName,
                                       const QString &policyName, QObject *receiver,
                                       Handler<api::iam::UserPolicy> handler)
{
    iam(QStringLiteral("GetUserPolicy"),
        {{QStringLiteral("UserName"), userName}, {QStringLiteral("PolicyName"), policyName}},
        receiver,
        mapped<api::iam::UserPolicy, QByteArray>(std::move(handler), [](const QByteArray &xml) {
            // IAM sends the document URL-encoded (RFC 3986).
            return api::iam::UserPolicy{
                xmlText(xml, QStringLiteral("UserName")),
                xmlText(xml, QStringLiteral("PolicyName")),
                QUrl::fromPercentEncoding(xmlText(xml, QStringLiteral("PolicyDocument")).toUtf8())};
        }));
}

void RemoteAccessClient::putUserPolicy(const QString &, const QString &userName,
                                       const QString &policyName, const QString &document,
                                       QObject *receiver, Handler<Done> handler)
{
    change(QStringLiteral("PutUserPolicy"),
           {{QStringLiteral("UserName"), userName},
            {QStringLiteral("PolicyName"), policyName},
            {QStringLiteral("PolicyDocument"), document}},
           receiver, std::move(handler));
}

void RemoteAccessClient::deleteUserPolicy(const QString &, const QString &userName,
                                          const QString &policyName, QObject *receiver,
                                          Handler<Done> handler)
{
    change(QStringLiteral("DeleteUserPolicy"),
           {{QStringLiteral("UserName"), userName}, {QStringLiteral("PolicyName"), policyName}},
           receiver, std::move(handler));
}

void RemoteAccessClient::listAttachedUserPolicies(const QString &, const QString &userName,
                                                  QObject *receiver,
                                                  Handler<QList<api::iam::AttachedPolicy>> handler)
{
    listAll(QStringLiteral("ListAttachedUserPolicies"), {{QStringLiteral("UserName"), userName}},
            QStringLiteral("AttachedPolicies"), receiver,
            mapped<QList<api::iam::AttachedPolicy>, QList<Fields>>(
                std::move(handler), [](const QList<Fields> &members) {
                    QList<api::iam::AttachedPolicy> policies;
                    for (const Fields &m : members)
                        policies << api::iam::AttachedPolicy{m.value(QStringLiteral("PolicyName")),
                                                             m.value(QStringLiteral("PolicyArn"))};
                    return policies;
                }));
}

void RemoteAccessClient::attachUserPolicy(const QString &, const QString &userName,
                                          const QString &policyArn, QObject *receiver,
                                          Handler<Done> handler)
{
    change(QStringLiteral("AttachUserPolicy"),
           {{QStringLiteral("UserName"), userName}, {QStringLiteral("PolicyArn"), policyArn}},
           receiver, std::move(handler));
}

void RemoteAccessClient::detachUserPolicy(const QString &, const QString &userName,
                                          const QString &policyArn, QObject *receiver,
                                          Handler<Done> handler)
{
    change(QStringLiteral("DetachUserPolicy"),
           {{QStringLiteral("UserName"), userName}, {QStringLiteral("PolicyArn"), policyArn}},
           receiver, std::move(handler));
}

// ---- event history ----------------------------------------------------------------------------

void RemoteAccessClient::browseEvents(const EventBrowseRequest &request, QObject *receiver,
                                      Handler<EventLookupResult> handler)
{
    QJsonObject input;
    if (request.startTimeMs)
        input.insert(QStringLiteral("StartTime"), double(*request.startTimeMs) / 1000.0);
    if (request.endTimeMs)
        input.insert(QStringLiteral("EndTime"), double(*request.endTimeMs) / 1000.0);
    input.insert(QStringLiteral("MaxResults"), qMin(kLookupPage, request.maxResults));
    if (!request.nextToken.isEmpty())
        input.insert(QStringLiteral("NextToken"), request.nextToken);
    // One page of CloudTrail's, filtered here; its token continues where it ended.
    m_connection->callJson(
        "cloudtrail", kCloudTrailTarget, input, receiver,
        mapped<EventLookupResult, QJsonObject>(std::move(handler), [request](const QJsonObject &o) {
            EventLookupResult result;
            for (const QJsonValue &value : o.value(QLatin1String("Events")).toArray()) {
                const store::EventRecord event = eventOf(value.toObject());
                if (matches(event, request))
                    result.events << event;
            }
            result.nextToken = o.value(QLatin1String("NextToken")).toString();
            return result;
        }));
}

void RemoteAccessClient::runMaintenance(QObject *receiver, Handler<qint64> handler)
{
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    QTimer::singleShot(0, this, [guard, guarded, handler = std::move(handler)] {
        if (handler && (!guarded || guard))
            handler(qint64(0));
    });
}

} // namespace pca::models

#include "QueryApiHandler.h"

#include "ApiContext.h"
#include "JsonApiHandler.h"
#include "service/IdentityService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QUrl>

namespace pca::server {

Q_LOGGING_CATEGORY(lcQuery, "privateca.query")

namespace {

namespace iamErrors = api::iam::errors;
using Params = QHash<QString, QString>;

constexpr const char *kIamNamespace = "https://iam.amazonaws.com/doc/2010-05-08/";
constexpr const char *kStsNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\r':
            out += QLatin1String("&#13;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString element(const char *name, const QString &value)
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(name), xmlEscaped(value));
}

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// ---- input ------------------------------------------------------------------------------------

[[noreturn]] void missing(const char *member)
{
    throw PcaError(iamErrors::Validation,
                   QStringLiteral("1 validation error detected: Value null at '%1' failed to "
                                  "satisfy constraint: Member must not be null")
                       .arg(QLatin1String(member)));
}

QString required(const Params &params, const char *name, const char *member)
{
    const auto it = params.constFind(QLatin1String(name));
    if (it == params.cend())
        missing(member);
    return it.value();
}

std::optional<QString> optional(const Params &params, const char *name)
{
    const auto it = params.constFind(QLatin1String(name));
    if (it == params.cend())
        return std::nullopt;
    return it.value();
}

api::iam::PageRequest pageRequest(const Params &params)
{
    api::iam::PageRequest page;
    page.marker = optional(params, "Marker");
    if (const auto text = optional(params, "MaxItems")) {
        bool ok = false;
        const int value = text->toInt(&ok);
        if (!ok) {
            throw PcaError(iamErrors::Validation,
                           QStringLiteral("1 validation error detected: Value '%1' at 'maxItems' "
                                          "failed to satisfy constraint: Member must be an "
                                          "integer")
                               .arg(*text));
        }
        page.maxItems = value;
    }
    return page;
}

QList<api::Tag> tagsOf(const Params &params)
{
    QList<api::Tag> tags;
    for (int i = 1;; ++i) {
        const auto key = optional(params, QStringLiteral("Tags.member.%1.Key").arg(i).toLatin1());
        if (!key)
            break;
        api::Tag tag;
        tag.key = *key;
        tag.value = optional(params, QStringLiteral("Tags.member.%1.Value").arg(i).toLatin1())
                        .value_or(QString());
        tags << tag;
    }
    return tags;
}

// ---- output -----------------------------------------------------------------------------------

QString tagsXml(const QList<api::Tag> &tags)
{
    if (tags.isEmpty())
        return QString();
    QString out = QStringLiteral("<Tags>");
    for (const api::Tag &tag : tags) {
        out += QStringLiteral("<member>") + element("Key", tag.key) +
               element("Value", tag.value.value_or(QString())) + QStringLiteral("</member>");
    }
    return out + QStringLiteral("</Tags>");
}

QString userXml(const api::iam::User &user)
{
    QString out = element("Path", user.path);
    if (!user.userName.isEmpty())
        out += element("UserName", user.userName);
    out += element("UserId", user.userId) + element("Arn", user.arn);
    if (user.createDate > 0)
        out += element("CreateDate", isoDate(user.createDate));
    return out + tagsXml(user.tags);
}

QJsonObject userJson(const api::iam::User &user)
{
    QJsonObject out;
    out.insert(QStringLiteral("Path"), user.path);
    out.insert(QStringLiteral("UserName"), user.userName);
    out.insert(QStringLiteral("UserId"), user.userId);
    out.insert(QStringLiteral("Arn"), user.arn);
    out.insert(QStringLiteral("CreateDate"), isoDate(user.createDate));
    return out;
}

QString pageXml(bool truncated, const QString &marker)
{
    QString out =
        element("IsTruncated", truncated ? QStringLiteral("true") : QStringLiteral("false"));
    if (truncated)
        out += element("Marker", marker);
    return out;
}

// ---- the actions ------------------------------------------------------------------------------

struct QueryCall
{
    const Params &params;
    IdentityService &identity;
    QString result;                              // the content of <ActionResult>
    std::optional<QJsonObject> responseElements; // for the event of a change
};

using ActionFn = void (*)(QueryCall &);

struct Action
{
    const char *name;
    ActionFn run;
    bool readOnly;
    bool sts = false;
};

constexpr Action kActions[] = {
    {"CreateUser",
     [](QueryCall &c) {
         const api::iam::User user = c.identity.createUser(
             required(c.params, "UserName", "userName"),
             optional(c.params, "Path").value_or(QString()), tagsOf(c.params));
         c.result = QStringLiteral("<User>") + userXml(user) + QStringLiteral("</User>");
         c.responseElements = QJsonObject{{QStringLiteral("User"), userJson(user)}};
     },
     false},
    {"GetUser",
     [](QueryCall &c) {
         const api::iam::User user = c.identity.getUser(optional(c.params, "UserName"));
         c.result = QStringLiteral("<User>") + userXml(user) + QStringLiteral("</User>");
     },
     true},
    {"ListUsers",
     [](QueryCall &c) {
         const auto page = c.identity.listUsers(
             optional(c.params, "PathPrefix").value_or(QString()), pageRequest(c.params));
         c.result = QStringLiteral("<Users>");
         for (const api::iam::User &user : page.items)
             c.result += QStringLiteral("<member>") + userXml(user) + QStringLiteral("</member>");
         c.result += QStringLiteral("</Users>") + pageXml(page.isTruncated, page.marker);
     },
     true},
    {"DeleteUser",
     [](QueryCall &c) { c.identity.deleteUser(required(c.params, "UserName", "userName")); },
     false},
    {"CreateAccessKey",
     [](QueryCall &c) {
         const api::iam::AccessKey key = c.identity.createAccessKey(optional(c.params, "UserName"));
         c.result = QStringLiteral("<AccessKey>") + element("UserName", key.userName) +
                    element("AccessKeyId", key.accessKeyId) + element("Status", key.status) +
                    element("SecretAccessKey", key.secretAccessKey) +
                    element("CreateDate", isoDate(key.createDate)) + QStringLiteral("</AccessKey>");
         // The secret is hidden from the event by the history's scrubbing.
         c.responseElements =
             QJsonObject{{QStringLiteral("AccessKey"),
                          QJsonObject{{QStringLiteral("UserName"), key.userName},
                                      {QStringLiteral("AccessKeyId"), key.accessKeyId},
                                      {QStringLiteral("Status"), key.status},
                                      {QStringLiteral("SecretAccessKey"), key.secretAccessKey},
                                      {QStringLiteral("CreateDate"), isoDate(key.createDate)}}}};
     },
     false},
    {"ListAccessKeys",
     [](QueryCall &c) {
         const auto page =
             c.identity.listAccessKeys(optional(c.params, "UserName"), pageRequest(c.params));
         c.result = QStringLiteral("<AccessKeyMetadata>");
         for (const api::iam::AccessKeyMetadata &key : page.items) {
             c.result += QStringLiteral("<member>") + element("UserName", key.userName) +
                         element("AccessKeyId", key.accessKeyId) + element("Status", key.status) +
                         element("CreateDate", isoDate(key.createDate)) +
                         QStringLiteral("</member>");
         }
         c.result +=
             QStringLiteral("</AccessKeyMetadata>") + pageXml(page.isTruncated, page.marker);
     },
     true},
    {"UpdateAccessKey",
     [](QueryCall &c) {
         c.identity.updateAccessKey(optional(c.params, "UserName"),
                                    required(c.params, "AccessKeyId", "accessKeyId"),
                                    required(c.params, "Status", "status"));
     },
     false},
    {"DeleteAccessKey",
     [](QueryCall &c) {
         c.identity.deleteAccessKey(optional(c.params, "UserName"),
                                    required(c.params, "AccessKeyId", "accessKeyId"));
     },
     false},
    {"PutUserPolicy",
     [](QueryCall &c) {
         c.identity.putUserPolicy(required(c.params, "UserName", "userName"),
                                  required(c.params, "PolicyName", "policyName"),
                                  required(c.params, "PolicyDocument", "policyDocument"));
     },
     false},
    {"GetUserPolicy",
     [](QueryCall &c) {
         const api::iam::UserPolicy policy =
             c.identity.getUserPolicy(required(c.params, "UserName", "userName"),
                                      required(c.params, "PolicyName", "policyName"));
         // IAM returns the document URL-encoded (RFC 3986); SDKs decode it.
         c.result = element("UserName", policy.userName) +
                    element("PolicyName", policy.policyName) +
                    element("PolicyDocument",
                            QString::fromLatin1(QUrl::toPercentEncoding(policy.policyDocument)));
     },
     true},
    {"ListUserPolicies",
     [](QueryCall &c) {
         const auto page = c.identity.listUserPolicies(required(c.params, "UserName", "userName"),
                                                       pageRequest(c.params));
         c.result = QStringLiteral("<PolicyNames>");
         for (const QString &name : page.items)
             c.result += element("member", name);
         c.result += QStringLiteral("</PolicyNames>") + pageXml(page.isTruncated, page.marker);
     },
     true},
    {"DeleteUserPolicy",
     [](QueryCall &c) {
         c.identity.deleteUserPolicy(required(c.params, "UserName", "userName"),
                                     required(c.params, "PolicyName", "policyName"));
     },
     false},
    {"AttachUserPolicy",
     [](QueryCall &c) {
         c.identity.attachUserPolicy(required(c.params, "UserName", "userName"),
                                     required(c.params, "PolicyArn", "policyArn"));
     },
     false},
    {"DetachUserPolicy",
     [](QueryCall &c) {
         c.identity.detachUserPolicy(required(c.params, "UserName", "userName"),
                                     required(c.params, "PolicyArn", "policyArn"));
     },
     false},
    {"ListAttachedUserPolicies",
     [](QueryCall &c) {
         const auto page = c.identity.listAttachedUserPolicies(
             required(c.params, "UserName", "userName"),
             optional(c.params, "PathPrefix").value_or(QString()), pageRequest(c.params));
         c.result = QStringLiteral("<AttachedPolicies>");
         for (const api::iam::AttachedPolicy &policy : page.items) {
             c.result += QStringLiteral("<member>") + element("PolicyName", policy.policyName) +
                         element("PolicyArn", policy.policyArn) + QStringLiteral("</member>");
         }
         c.result += QStringLiteral("</AttachedPolicies>") + pageXml(page.isTruncated, page.marker);
     },
     true},
    {"GetCallerIdentity",
     [](QueryCall &c) {
         const api::iam::CallerIdentity identity = c.identity.getCallerIdentity();
         c.result = element("Arn", identity.arn) + element("UserId", identity.userId) +
                    element("Account", identity.account);
     },
     true, true},
};

const Action *findAction(const QString &name)
{
    for (const Action &action : kActions) {
        if (name == QLatin1String(action.name))
            return &action;
    }
    return nullptr;
}

int statusOf(const QString &code)
{
    static const QHash<QString, int> statuses = {
        {QStringLiteral("NoSuchEntity"), 404},
        {QStringLiteral("EntityAlreadyExists"), 409},
        {QStringLiteral("LimitExceeded"), 409},
        {QStringLiteral("DeleteConflict"), 409},
        {QStringLiteral("AccessDenied"), 403},
        {QStringLiteral("InvalidClientTokenId"), 403},
        {QStringLiteral("SignatureDoesNotMatch"), 403},
        {QStringLiteral("MissingAuthenticationToken"), 403},
        {QStringLiteral("ServiceFailure"), 500},
        {QStringLiteral("InternalFailure"), 500},
    };
    return statuses.value(code, 400);
}

// The Query protocol's names for SigV4 refusals.
QString queryCode(const PcaError &error)
{
    if (error.is(authErrors::UnrecognizedClient))
        return QStringLiteral("InvalidClientTokenId");
    if (error.is(authErrors::InvalidSignature))
        return QStringLiteral("SignatureDoesNotMatch");
    if (error.is(authErrors::IncompleteSignature))
        return QStringLiteral("IncompleteSignature");
    if (error.is(authErrors::MissingAuthenticationToken))
        return QStringLiteral("MissingAuthenticationToken");
    if (error.is(errors::InternalFailure) || error.is(errors::StoreError))
        return QStringLiteral("ServiceFailure");
    return error.type();
}

HttpResponse errorResponse(const char *xmlNamespace, const QString &code, const QString &message,
                           const QByteArray &requestId)
{
    const int status = statusOf(code);
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse xmlns=\"%1\">"
                       "<Error><Type>%2</Type>%3%4</Error>%5</ErrorResponse>\n")
            .arg(QLatin1String(xmlNamespace),
                 status >= 500 ? QStringLiteral("Receiver") : QStringLiteral("Sender"),
                 element("Code", code), element("Message", message),
                 element("RequestId", QString::fromLatin1(requestId)));
    return HttpResponse(status, QByteArrayLiteral("text/xml"), xml.toUtf8());
}

HttpResponse failure(const char *xmlNamespace, std::exception_ptr error,
                     const QByteArray &requestId)
{
    try {
        std::rethrow_exception(error);
    } catch (const PcaError &e) {
        const QString code = queryCode(e);
        if (statusOf(code) >= 500)
            qCWarning(lcQuery, "IAM call failed: %s", e.what());
        return errorResponse(xmlNamespace, code, e.message(), requestId);
    } catch (const std::exception &e) {
        qCWarning(lcQuery, "IAM call failed: %s", e.what());
    } catch (...) {
    }
    return errorResponse(xmlNamespace, QStringLiteral("ServiceFailure"),
                         QStringLiteral("The server encountered an internal error."), requestId);
}

// The request's parameters as the event records them (Action and Version left out).
QJsonObject eventParameters(const Params &params)
{
    QJsonObject out;
    QJsonArray tags;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() == QLatin1String("Action") || it.key() == QLatin1String("Version") ||
            it.key().startsWith(QLatin1String("Tags.member.")))
            continue;
        out.insert(it.key(), it.value());
    }
    for (const api::Tag &tag : tagsOf(params)) {
        tags.append(QJsonObject{{QStringLiteral("Key"), tag.key},
                                {QStringLiteral("Value"), tag.value.value_or(QString())}});
    }
    if (!tags.isEmpty())
        out.insert(QStringLiteral("Tags"), tags);
    return out;
}

} // namespace

QueryApiHandler::QueryApiHandler(const ApiContext &context)
    : m_context(context)
{}

bool QueryApiHandler::isQueryRequest(const HttpRequest &request)
{
    return request.method == "POST" && request.path == "/" && request.mediaType() == kContentType;
}

QStringList QueryApiHandler::iamActionNames()
{
    QStringList names;
    for (const Action &action : kActions) {
        if (!action.sts)
            names << QString::fromLatin1(action.name);
    }
    return names;
}

std::optional<QHash<QString, QString>> QueryApiHandler::parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QList<QByteArray> parts = {equals < 0 ? pair : pair.left(equals),
                                   equals < 0 ? QByteArray() : pair.mid(equals + 1)};
        QStringList decoded;
        for (QByteArray part : parts) {
            part.replace('+', ' ');
            for (qsizetype i = 0; i < part.size(); ++i) {
                if (part.at(i) != '%')
                    continue;
                if (i + 2 >= part.size() || !isxdigit(static_cast<unsigned char>(part.at(i + 1))) ||
                    !isxdigit(static_cast<unsigned char>(part.at(i + 2))))
                    return std::nullopt;
            }
            const QByteArray bytes = QByteArray::fromPercentEncoding(part);
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = utf8(bytes);
            if (utf8.hasError())
                return std::nullopt;
            decoded << text;
        }
        if (out.contains(decoded.at(0)))
            return std::nullopt; // a parameter given twice is ambiguous
        out.insert(decoded.at(0), decoded.at(1));
    }
    return out;
}

HttpResponse QueryApiHandler::handle(const HttpRequest &request, const QByteArray &requestId) const
{
    const std::optional<Params> params = parseForm(request.body);
    const QString actionName = params ? params->value(QStringLiteral("Action")) : QString();
    const Action *action = findAction(actionName);
    const char *xmlNamespace = action && action->sts ? kStsNamespace : kIamNamespace;
    Caller caller;
    try {
        caller =
            m_context.authenticate(request, {QByteArray(action && action->sts ? "sts" : "iam")});
        if (!params) {
            throw PcaError(QStringLiteral("MalformedQueryString"),
                           QStringLiteral("The request body is not a valid form "
                                          "(application/x-www-form-urlencoded, UTF-8)."));
        }
        if (!action) {
            throw PcaError(QStringLiteral("InvalidAction"),
                           actionName.isEmpty()
                               ? QStringLiteral("The Action parameter is missing.")
                               : QStringLiteral("Could not find operation %1 for version "
                                                "2010-05-08")
                                     .arg(actionName.left(128)));
        }
        if (!m_context.identity)
            throw PcaError(errors::InternalFailure, QStringLiteral("IAM is not served here."));
    } catch (...) {
        return failure(xmlNamespace, std::current_exception(), requestId);
    }

    const CallerScope scope(caller);
    ApiCallRecord call =
        m_context.newCall(caller, action->sts ? "sts.amazonaws.com" : "iam.amazonaws.com",
                          QLatin1String(action->name), requestId, action->readOnly);
    call.requestParameters = eventParameters(*params);
    if (const auto userName = params->value(QStringLiteral("UserName")); !userName.isEmpty()) {
        call.resources.append(
            {QStringLiteral("AWS::IAM::User"),
             QStringLiteral("arn:aws:iam::%1:user/%2").arg(caller.accountId, userName)});
    }
    QueryCall run{*params, *m_context.identity, QString(), std::nullopt};
    try {
        action->run(run);
    } catch (...) {
        ApiContext::setError(call, std::current_exception());
        m_context.record(std::move(call));
        return failure(xmlNamespace, std::current_exception(), requestId);
    }
    call.responseElements = run.responseElements;
    m_context.record(std::move(call));
    const QString name = QLatin1String(action->name);
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<%1Response xmlns=\"%2\">%3"
                       "<ResponseMetadata>%4</ResponseMetadata></%1Response>\n")
            .arg(name, QLatin1String(xmlNamespace),
                 run.result.isEmpty()
                     ? QString()
                     : QStringLiteral("<%1Result>%2</%1Result>").arg(name, run.result),
                 element("RequestId", QString::fromLatin1(requestId)));
    return HttpResponse(200, QByteArrayLiteral("text/xml"), xml.toUtf8());
}

} // namespace pca::server

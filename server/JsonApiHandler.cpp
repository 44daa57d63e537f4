#include "JsonApiHandler.h"

#include "ApiContext.h"
#include "SigV4.h"
#include "api/ApiJson.h"
#include "api/StrictJson.h"
#include "service/PrivateCaService.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <type_traits>

namespace pca::server {

Q_LOGGING_CATEGORY(lcApi, "privateca.api")

namespace {

// The request and response types of an engine method `Response method(const Request &)`.
template <typename Method>
struct ActionSignature;
template <typename Response, typename Request>
struct ActionSignature<Response (PrivateCaService::*)(const Request &)>
{
    using RequestType = Request;
    using ResponseType = Response;
};

// Reads the request shape, calls the engine, writes the response shape (nothing for actions
// without output, as AWS answers them with an empty body).
template <auto Method>
std::optional<QJsonObject> invokeAction(PrivateCaService &service, const QJsonObject &input)
{
    using Signature = ActionSignature<decltype(Method)>;
    const auto request = api::fromJson<typename Signature::RequestType>(input);
    if constexpr (std::is_void_v<typename Signature::ResponseType>) {
        (service.*Method)(request);
        return std::nullopt;
    } else {
        return api::toJson((service.*Method)(request));
    }
}

using ActionInvoker = std::optional<QJsonObject> (*)(PrivateCaService &, const QJsonObject &);

} // namespace

struct JsonApiHandler::Operation
{
    const char *name;
    ActionInvoker invoke;
    // Reads only: never waits for a store commit (JsonApiHandler::isReadOnly).
    bool readOnly = false;
};

namespace {

using Operation = JsonApiHandler::Operation;
using S = PrivateCaService;
// The 23 operations of ACM PCA 2017-08-22.
constexpr Operation kOperations[] = {
    {"CreateCertificateAuthority", &invokeAction<&S::createCertificateAuthority>},
    {"CreateCertificateAuthorityAuditReport",
     &invokeAction<&S::createCertificateAuthorityAuditReport>},
    {"CreatePermission", &invokeAction<&S::createPermission>},
    {"DeleteCertificateAuthority", &invokeAction<&S::deleteCertificateAuthority>},
    {"DeletePermission", &invokeAction<&S::deletePermission>},
    {"DeletePolicy", &invokeAction<&S::deletePolicy>},
    {"DescribeCertificateAuthority", &invokeAction<&S::describeCertificateAuthority>, true},
    {"DescribeCertificateAuthorityAuditReport",
     &invokeAction<&S::describeCertificateAuthorityAuditReport>, true},
    {"GetCertificate", &invokeAction<&S::getCertificate>, true},
    {"GetCertificateAuthorityCertificate", &invokeAction<&S::getCertificateAuthorityCertificate>,
     true},
    {"GetCertificateAuthorityCsr", &invokeAction<&S::getCertificateAuthorityCsr>, true},
    {"GetPolicy", &invokeAction<&S::getPolicy>, true},
    {"ImportCertificateAuthorityCertificate",
     &invokeAction<&S::importCertificateAuthorityCertificate>},
    {"IssueCertificate", &invokeAction<&S::issueCertificate>},
    {"ListCertificateAuthorities", &invokeAction<&S::listCertificateAuthorities>, true},
    {"ListPermissions", &invokeAction<&S::listPermissions>, true},
    {"ListTags", &invokeAction<&S::listTags>, true},
    {"PutPolicy", &invokeAction<&S::putPolicy>},
    {"RestoreCertificateAuthority", &invokeAction<&S::restoreCertificateAuthority>},
    {"RevokeCertificate", &invokeAction<&S::revokeCertificate>},
    {"TagCertificateAuthority", &invokeAction<&S::tagCertificateAuthority>},
    {"UntagCertificateAuthority", &invokeAction<&S::untagCertificateAuthority>},
    {"UpdateCertificateAuthority", &invokeAction<&S::updateCertificateAuthority>},
};

const QHash<QByteArray, const Operation *> &operationsByTarget()
{
    static const QHash<QByteArray, const Operation *> table = [] {
        QHash<QByteArray, const Operation *> out;
        for (const Operation &operation : kOperations)
            out.insert(QByteArray(JsonApiHandler::kTargetPrefix) + operation.name, &operation);
        return out;
    }();
    return table;
}

} // namespace

JsonApiHandler::JsonApiHandler(const ApiContext &context)
    : m_context(context)
{}

QByteArray JsonApiHandler::body(const std::optional<QJsonObject> &output)
{
    // Operations without output answer with an empty body, as AWS does.
    return output ? QJsonDocument(*output).toJson(QJsonDocument::Compact) : QByteArray();
}

QStringList JsonApiHandler::operationNames()
{
    QStringList names;
    for (const Operation &operation : kOperations)
        names << QString::fromLatin1(operation.name);
    return names;
}

bool JsonApiHandler::isReadOnly(const QByteArray &target)
{
    const Operation *operation = operationsByTarget().value(target);
    return operation && operation->readOnly;
}

HttpResponse JsonApiHandler::errorResponse(int status, const QString &type, const QString &message)
{
    QJsonObject body;
    body.insert(QStringLiteral("__type"), type);
    body.insert(QStringLiteral("message"), message);
    return HttpResponse(status, kContentType, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

int JsonApiHandler::statusFor(const PcaError &error)
{
    if (isAuthenticationError(error))
        return 403;
    if (error.is(errors::InternalFailure) || error.is(errors::StoreError))
        return 500;
    return 400;
}

const JsonApiHandler::Operation *JsonApiHandler::prepare(const HttpRequest &request,
                                                         QJsonObject &input) const
{
    const QByteArray target = request.header("x-amz-target");
    const auto &operations = operationsByTarget();
    const auto operation = operations.constFind(target);
    if (operation == operations.cend()) {
        throw PcaError(
            errors::UnknownOperation,
            target.isEmpty()
                ? QStringLiteral("The X-Amz-Target header is missing.")
                : QStringLiteral("Unknown operation %1.").arg(QString::fromUtf8(target.left(128))));
    }
    if (!request.body.trimmed().isEmpty()) {
        input = api::parseStrictJsonObject(request.body, errors::Serialization,
                                           QStringLiteral("The request body"));
    }
    return operation.value();
}

HttpResponse JsonApiHandler::failureResponse(const QByteArray &target, std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PcaError &e) {
        const int status = statusFor(e);
        if (status >= 500)
            qCWarning(lcApi, "%s failed: %s", target.constData(), e.what());
        return errorResponse(status, e.type(), e.message());
    } catch (const std::exception &e) {
        qCWarning(lcApi, "%s failed: %s", target.constData(), e.what());
    } catch (...) {
        qCWarning(lcApi, "%s failed with an unknown exception", target.constData());
    }
    return errorResponse(500, QString::fromLatin1(errors::InternalFailure),
                         QStringLiteral("The server encountered an internal error."));
}

HttpResponse JsonApiHandler::handle(const HttpRequest &request, const QByteArray &requestId) const
{
    const QByteArray target = request.header("x-amz-target");
    Caller caller;
    try {
        caller = m_context.authenticate(request, {QByteArray(kSigningName)});
    } catch (...) {
        return failureResponse(target, std::current_exception());
    }
    const CallerScope scope(caller);
    QJsonObject input;
    const Operation *operation = nullptr;
    try {
        operation = prepare(request, input);
    } catch (...) {
        return failureResponse(target, std::current_exception()); // not an API call: no event
    }
    ApiCallRecord call = m_context.newCall(caller, kEventSource, QLatin1String(operation->name),
                                           requestId, operation->readOnly);
    call.requestParameters = input;
    try {
        const std::optional<QJsonObject> output = operation->invoke(m_context.service, input);
        addResources(call, input, output.value_or(QJsonObject()));
        call.responseElements = output;
        m_context.record(std::move(call));
        return HttpResponse(200, kContentType, body(output));
    } catch (...) {
        addResources(call, input, QJsonObject());
        ApiContext::setError(call, std::current_exception());
        m_context.record(std::move(call));
        return failureResponse(target, std::current_exception());
    }
}

bool JsonApiHandler::isDeferred(const QByteArray &target)
{
    static const QByteArray issue = QByteArray(kTargetPrefix) + "IssueCertificate";
    return target == issue;
}

bool JsonApiHandler::start(const HttpRequest &request, const QByteArray &requestId,
                           const Responder &respond) const
{
    const QByteArray target = request.header("x-amz-target");
    if (!isDeferred(target))
        return false;
    Caller caller;
    QJsonObject input;
    try {
        caller = m_context.authenticate(request, {QByteArray(kSigningName)});
        prepare(request, input);
    } catch (...) {
        respond(failureResponse(target, std::current_exception()));
        return true;
    }
    const CallerScope scope(caller);
    ApiCallRecord call = m_context.newCall(caller, kEventSource, QStringLiteral("IssueCertificate"),
                                           requestId, false);
    call.requestParameters = input;
    const ApiContext &context = m_context;
    const auto finish = [respond, target, &context](ApiCallRecord call,
                                                    std::optional<QJsonObject> output,
                                                    std::exception_ptr error) {
        if (output) {
            addResources(call, call.requestParameters, *output);
            call.responseElements = *output;
            context.record(std::move(call));
            respond(HttpResponse(200, kContentType, body(*output)));
        } else {
            addResources(call, call.requestParameters, QJsonObject());
            ApiContext::setError(call, error);
            context.record(std::move(call));
            respond(failureResponse(target, error));
        }
    };
    try {
        m_context.service.issueCertificateAsync(
            api::fromJson<api::IssueCertificateRequest>(input),
            [finish, call](std::optional<api::IssueCertificateResponse> response,
                           std::exception_ptr error) mutable {
                if (response)
                    finish(std::move(call), api::toJson(*response), nullptr);
                else
                    finish(std::move(call), std::nullopt, error);
            });
    } catch (...) {
        finish(std::move(call), std::nullopt, std::current_exception());
    }
    return true;
}

} // namespace pca::server

#include "AcmApiHandler.h"

#include "ApiContext.h"
#include "JsonApiHandler.h"
#include "SigV4.h"
#include "api/ApiJson.h"
#include "api/StrictJson.h"
#include "service/CertificateManager.h"

#include <QHash>
#include <QJsonDocument>

#include <type_traits>

namespace pca::server {

namespace {

template <typename Method>
struct ActionSignature;
template <typename Response, typename Request>
struct ActionSignature<Response (CertificateManager::*)(const Request &)>
{
    using RequestType = Request;
    using ResponseType = Response;
};

template <auto Method>
std::optional<QJsonObject> invokeAction(CertificateManager &manager, const QJsonObject &input)
{
    using Signature = ActionSignature<decltype(Method)>;
    const auto request = api::fromJson<typename Signature::RequestType>(input);
    if constexpr (std::is_void_v<typename Signature::ResponseType>) {
        (manager.*Method)(request);
        return std::nullopt;
    } else {
        return api::toJson((manager.*Method)(request));
    }
}

using ActionInvoker = std::optional<QJsonObject> (*)(CertificateManager &, const QJsonObject &);

} // namespace

struct AcmApiHandler::Operation
{
    const char *name;
    ActionInvoker invoke;
    bool readOnly = false;
};

namespace {

using Operation = AcmApiHandler::Operation;
using M = CertificateManager;
// The operations of ACM 2015-12-08 (Debian 12's model).
constexpr Operation kOperations[] = {
    {"AddTagsToCertificate", &invokeAction<&M::addTagsToCertificate>},
    {"DeleteCertificate", &invokeAction<&M::deleteCertificate>},
    {"DescribeCertificate", &invokeAction<&M::describeCertificate>, true},
    {"ExportCertificate", &invokeAction<&M::exportCertificate>},
    {"GetAccountConfiguration", &invokeAction<&M::getAccountConfiguration>, true},
    {"GetCertificate", &invokeAction<&M::getCertificate>, true},
    {"ImportCertificate", &invokeAction<&M::importCertificate>},
    {"ListCertificates", &invokeAction<&M::listCertificates>, true},
    {"ListTagsForCertificate", &invokeAction<&M::listTagsForCertificate>, true},
    {"PutAccountConfiguration", &invokeAction<&M::putAccountConfiguration>},
    {"RemoveTagsFromCertificate", &invokeAction<&M::removeTagsFromCertificate>},
    {"RenewCertificate", &invokeAction<&M::renewCertificate>},
    {"RequestCertificate", &invokeAction<&M::requestCertificate>},
    {"ResendValidationEmail", &invokeAction<&M::resendValidationEmail>},
    {"UpdateCertificateOptions", &invokeAction<&M::updateCertificateOptions>},
};

const QHash<QByteArray, const Operation *> &operationsByTarget()
{
    static const QHash<QByteArray, const Operation *> table = [] {
        QHash<QByteArray, const Operation *> out;
        for (const Operation &operation : kOperations)
            out.insert(QByteArray(AcmApiHandler::kTargetPrefix) + operation.name, &operation);
        return out;
    }();
    return table;
}

} // namespace

AcmApiHandler::AcmApiHandler(const ApiContext &context)
    : m_context(context)
{}

bool AcmApiHandler::isAcmTarget(const QByteArray &target)
{
    return target.startsWith(kTargetPrefix);
}

bool AcmApiHandler::isReadOnly(const QByteArray &target)
{
    const Operation *operation = operationsByTarget().value(target);
    return operation && operation->readOnly;
}

QStringList AcmApiHandler::operationNames()
{
    QStringList names;
    for (const Operation &operation : kOperations)
        names << QString::fromLatin1(operation.name);
    return names;
}

HttpResponse AcmApiHandler::handle(const HttpRequest &request, const QByteArray &requestId) const
{
    const QByteArray target = request.header("x-amz-target");
    Caller caller;
    const Operation *operation = nullptr;
    QJsonObject input;
    try {
        caller = m_context.authenticate(request, {QByteArray(kSigningName)});
        operation = operationsByTarget().value(target);
        if (!operation) {
            throw PcaError(
                errors::UnknownOperation,
                QStringLiteral("Unknown operation %1.").arg(QString::fromUtf8(target.left(128))));
        }
        if (!request.body.trimmed().isEmpty())
            input = api::parseStrictJsonObject(request.body, errors::Serialization,
                                               QStringLiteral("The request body"));
    } catch (...) {
        return JsonApiHandler::failureResponse(target, std::current_exception());
    }
    const CallerScope scope(caller);
    ApiCallRecord call = m_context.newCall(caller, kEventSource, QLatin1String(operation->name),
                                           requestId, operation->readOnly);
    call.requestParameters = input;
    try {
        const std::optional<QJsonObject> output = operation->invoke(*m_context.manager, input);
        addResources(call, input, output.value_or(QJsonObject()));
        call.responseElements = output;
        m_context.record(std::move(call));
        return HttpResponse(200, JsonApiHandler::kContentType, JsonApiHandler::body(output));
    } catch (...) {
        addResources(call, input, QJsonObject());
        ApiContext::setError(call, std::current_exception());
        m_context.record(std::move(call));
        return JsonApiHandler::failureResponse(target, std::current_exception());
    }
}

} // namespace pca::server

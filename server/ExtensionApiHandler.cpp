#include "ExtensionApiHandler.h"

#include "ApiContext.h"
#include "JsonApiHandler.h"
#include "api/ExtensionTypes.h"
#include "api/StrictJson.h"
#include "service/AccessControl.h"
#include "service/InventoryExtension.h"

namespace pca::server {

ExtensionApiHandler::ExtensionApiHandler(const ApiContext &context)
    : m_context(context)
{}

bool ExtensionApiHandler::isExtensionTarget(const QByteArray &target)
{
    return target.startsWith(api::extension::kTargetPrefix);
}

HttpResponse ExtensionApiHandler::handle(const HttpRequest &request) const
{
    const QByteArray target = request.header("x-amz-target");
    try {
        const Caller caller =
            m_context.authenticate(request, {QByteArray(JsonApiHandler::kSigningName)});
        const CallerScope scope(caller);
        QJsonObject input;
        if (!request.body.trimmed().isEmpty()) {
            input = api::parseStrictJsonObject(request.body, errors::Serialization,
                                               QStringLiteral("The request body"));
        }
        const QString operation = QString::fromUtf8(
            target.mid(qsizetype(qstrlen(api::extension::kTargetPrefix))).left(128));
        const QJsonObject output = extension::invoke(m_context.service, operation, input);
        return HttpResponse(200, JsonApiHandler::kContentType,
                            JsonApiHandler::body(std::optional<QJsonObject>(output)));
    } catch (...) {
        return JsonApiHandler::failureResponse(target, std::current_exception());
    }
}

} // namespace pca::server

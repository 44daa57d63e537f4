// AWS Certificate Manager's API over the AWS JSON 1.1 protocol, next to ACM PCA on the same
// listener: POST / with "X-Amz-Target: CertificateManager.<Operation>", signed with SigV4 for
// the service "acm". The same table-driven dispatch and error answers as JsonApiHandler.
#pragma once

#include "HttpMessage.h"

#include <QJsonObject>
#include <QStringList>

namespace pca::server {

class ApiContext;

class AcmApiHandler
{
public:
    struct Operation; // one row of the operation table
    static constexpr const char *kTargetPrefix = "CertificateManager.";
    static constexpr const char *kSigningName = "acm";
    static constexpr const char *kEventSource = "acm.amazonaws.com";

    // `context.manager` must be set.
    explicit AcmApiHandler(const ApiContext &context);

    HttpResponse handle(const HttpRequest &request, const QByteArray &requestId) const;

    // Whether the X-Amz-Target is one of this API's (its prefix).
    static bool isAcmTarget(const QByteArray &target);
    // Whether the operation only reads (Describe*, Get*, List*).
    static bool isReadOnly(const QByteArray &target);
    static QStringList operationNames();

private:
    const ApiContext &m_context;
};

} // namespace pca::server

// Routes every request of privateca-server to its endpoint:
//
//   POST /                 X-Amz-Target: ACMPrivateCA.*   -> JsonApiHandler (SigV4, acm-pca)
//   POST /                 X-Amz-Target: CertificateManager.* -> AcmApiHandler (SigV4, acm)
//   POST /                 X-Amz-Target: com.amazonaws.cloudtrail.* -> CloudTrailApiHandler
//   POST /                 X-Amz-Target: PrivateCaManager.* -> ExtensionApiHandler (acm-pca)
//   POST /                 application/x-www-form-urlencoded -> QueryApiHandler (IAM, STS)
//   POST /ocsp, POST /     Content-Type: application/ocsp-request -> OcspEndpoint
//   GET  /ocsp/<base64>                                   -> OcspEndpoint
//   GET|HEAD /<bucket>/<key>, /crl/<CA id>.crl            -> ObjectEndpoint
//
// Every response carries an x-amzn-RequestId.
#pragma once

#include "AcmApiHandler.h"
#include "ApiContext.h"
#include "CloudTrailApiHandler.h"
#include "ExtensionApiHandler.h"
#include "HttpMessage.h"
#include "JsonApiHandler.h"
#include "ObjectEndpoint.h"
#include "OcspEndpoint.h"
#include "QueryApiHandler.h"

#include <memory>

namespace pca::server {

class RequestRouter
{
public:
    // `manager`: Certificate Manager's API is served too when given. `identity`: the store's
    // IAM users and keys are callers too, and IAM is served. `events`: authenticated calls are
    // recorded, and CloudTrail's LookupEvents is served. `ownerKeyIds`: the keys of the store
    // account's administrator (the server's own credentials).
    RequestRouter(PrivateCaService &service, const SigV4Verifier &verifier,
                  CertificateManager *manager = nullptr, IdentityService *identity = nullptr,
                  EventHistory *events = nullptr, QList<QByteArray> ownerKeyIds = {});

    HttpResponse handle(const HttpRequest &request) const;
    // Starts requests that are answered later (JsonApiHandler::start) and returns true; false
    // for every other request.
    bool start(const HttpRequest &request, const Responder &respond) const;

    // Quick requests that never wait for a store commit: the read-only API operations and OCSP.
    // The HTTP server answers them on its I/O threads.
    static bool isQuickRead(const HttpRequest &request);

    // The answer to a request the HTTP layer refuses (HttpServerOptions::protocolErrorResponse):
    // an AWS JSON error body ({"__type", "message"}) and an x-amzn-RequestId, like every other
    // answer. The exception names: 400/417/505 SerializationException (the request cannot be
    // read), 408 RequestTimeoutException, 413/431 RequestEntityTooLargeException,
    // 501 NotImplementedException, 500 InternalFailure.
    static HttpResponse protocolErrorResponse(int status, const QByteArray &message);

private:
    HttpResponse route(const HttpRequest &request, const QByteArray &requestId) const;

    ApiContext m_context;
    JsonApiHandler m_api;
    std::unique_ptr<AcmApiHandler> m_acm;
    QueryApiHandler m_query;
    CloudTrailApiHandler m_cloudTrail;
    ExtensionApiHandler m_extension;
    OcspEndpoint m_ocsp;
    ObjectEndpoint m_objects;
};

} // namespace pca::server

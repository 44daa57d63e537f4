// Routes every request of privateca-server to its endpoint:
//
//   POST /                 X-Amz-Target: ACMPrivateCA.*   -> JsonApiHandler (SigV4, acm-pca)
//   POST /                 X-Amz-Target: CertificateManager.* -> AcmApiHandler (SigV4, acm)
//   POST /ocsp, POST /     Content-Type: application/ocsp-request -> OcspEndpoint
//   GET  /ocsp/<base64>                                   -> OcspEndpoint
//   GET|HEAD /<bucket>/<key>, /crl/<CA id>.crl            -> ObjectEndpoint
//
// Every response carries an x-amzn-RequestId.
#pragma once

#include "AcmApiHandler.h"
#include "HttpMessage.h"
#include "JsonApiHandler.h"
#include "ObjectEndpoint.h"
#include "OcspEndpoint.h"

#include <memory>

namespace pca::server {

class RequestRouter
{
public:
    // `manager`: Certificate Manager's API is served too when given.
    RequestRouter(PrivateCaService &service, const SigV4Verifier &verifier,
                  CertificateManager *manager = nullptr);

    HttpResponse handle(const HttpRequest &request) const;
    // Starts requests that are answered later (JsonApiHandler::start) and returns true; false
    // for every other request.
    bool start(const HttpRequest &request, const Responder &respond) const;

    // Quick requests that never wait for a store commit: the read-only API operations. The
    // HTTP server answers them on its I/O threads.
    static bool isQuickRead(const HttpRequest &request);

    // The answer to a request the HTTP layer refuses (HttpServerOptions::protocolErrorResponse):
    // an AWS JSON error body ({"__type", "message"}) and an x-amzn-RequestId, like every other
    // answer. The exception names: 400/417/505 SerializationException (the request cannot be
    // read), 408 RequestTimeoutException, 413/431 RequestEntityTooLargeException,
    // 501 NotImplementedException, 500 InternalFailure.
    static HttpResponse protocolErrorResponse(int status, const QByteArray &message);

private:
    HttpResponse route(const HttpRequest &request) const;

    JsonApiHandler m_api;
    std::unique_ptr<AcmApiHandler> m_acm;
    OcspEndpoint m_ocsp;
    ObjectEndpoint m_objects;
};

} // namespace pca::server

// The OCSP responder (RFC 6960, RFC 5019 profile): POST application/ocsp-request bodies and
// GET /ocsp/<url-encoded base64 request>. Answers come from the engine, signed by the issuing
// CA; requests that cannot be parsed get an unsigned malformedRequest response, as RFC 6960
// prescribes, with HTTP 200.
#pragma once

#include "HttpMessage.h"

namespace pca {
class PrivateCaService;
}

namespace pca::server {

class OcspEndpoint
{
public:
    static constexpr const char *kRequestType = "application/ocsp-request";
    static constexpr const char *kResponseType = "application/ocsp-response";
    // OCSP requests are a few hundred bytes; anything far larger is not one.
    static constexpr qsizetype kMaxRequestBytes = 64 * 1024;

    explicit OcspEndpoint(PrivateCaService &service);

    HttpResponse answerPost(const HttpRequest &request) const;
    // `encodedRequest`: what follows the responder path in a GET, still percent-encoded.
    HttpResponse answerGet(const QByteArray &encodedRequest) const;

    // The DER request carried by a GET path segment (percent-decoded, then base64 in either
    // alphabet, padding optional); empty when it is not base64.
    static QByteArray decodeGetRequest(const QByteArray &encodedRequest);

private:
    HttpResponse answer(const QByteArray &derRequest) const;

    PrivateCaService &m_service;
};

} // namespace pca::server

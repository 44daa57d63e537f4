// The OCSP responder (RFC 6960, RFC 5019 profile): POST application/ocsp-request bodies and
// GET /ocsp/<url-encoded base64 request>. Answers come from the engine's pre-produced
// responses, signed by the issuing CA; requests that cannot be parsed get an unsigned
// malformedRequest response, as RFC 6960 prescribes, with HTTP 200.
//
// HTTP caching (RFC 5019 section 6): a GET answered with a pre-produced response carries
// Cache-Control "max-age=<seconds to nextUpdate>, public, no-transform, must-revalidate",
// Last-Modified (thisUpdate), Expires (nextUpdate) and an ETag (SHA-1 of the response), and a
// GET whose If-None-Match names the current ETag gets 304. Other GET answers (errors, responses
// signed for one request) carry "Cache-Control: no-cache". POST answers carry no caching
// headers: HTTP caches do not keep them.
#pragma once

#include "HttpMessage.h"

namespace pca {
class PrivateCaService;
struct OcspAnswer;
} // namespace pca

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
    HttpResponse answerGet(const HttpRequest &request, const QByteArray &encodedRequest) const;

    // The DER request carried by a GET path segment (percent-decoded, then base64 in either
    // alphabet, padding optional); empty when it is not base64.
    static QByteArray decodeGetRequest(const QByteArray &encodedRequest);
    // Whether the router sends this request here (POST to /ocsp or with the OCSP media type,
    // GET or HEAD under /ocsp/).
    static bool isOcspRequest(const HttpRequest &request);

private:
    OcspAnswer answer(const QByteArray &derRequest) const;

    PrivateCaService &m_service;
};

} // namespace pca::server

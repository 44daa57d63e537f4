#include "OcspEndpoint.h"

#include "service/PrivateCaService.h"

namespace pca::server {

OcspEndpoint::OcspEndpoint(PrivateCaService &service)
    : m_service(service)
{}

OcspAnswer OcspEndpoint::answer(const QByteArray &derRequest) const
{
    // Oversized or empty input is answered like any malformed request: the engine returns
    // malformedRequest for bytes that are not an OCSPRequest.
    const QByteArray input = derRequest.size() > kMaxRequestBytes ? QByteArray() : derRequest;
    return m_service.answerOcsp(input);
}

HttpResponse OcspEndpoint::answerPost(const HttpRequest &request) const
{
    return HttpResponse(200, kResponseType, answer(request.body).response);
}

HttpResponse OcspEndpoint::answerGet(const HttpRequest &request,
                                     const QByteArray &encodedRequest) const
{
    const OcspAnswer answered = answer(decodeGetRequest(encodedRequest));
    HttpResponse response(200, kResponseType, answered.response);
    if (!answered.cacheable) {
        response.setHeader("Cache-Control", "no-cache");
        return response;
    }
    const qint64 maxAge = qMax<qint64>(0, (answered.nextUpdate - answered.servedAt) / 1000);
    const QByteArray etag = '"' + answered.etag + '"';
    response.setHeader("Cache-Control", "max-age=" + QByteArray::number(maxAge) +
                                            ", public, no-transform, must-revalidate");
    response.setHeader("Last-Modified", httpDate(answered.thisUpdate));
    response.setHeader("Expires", httpDate(answered.nextUpdate));
    response.setHeader("ETag", etag);
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty()) {
        for (const QByteArray &tag : ifNoneMatch.split(',')) {
            const QByteArray trimmed = tag.trimmed();
            if (trimmed == etag || trimmed == "W/" + etag || trimmed == "*") {
                response.status = 304;
                response.body.clear();
                break;
            }
        }
    }
    return response;
}

QByteArray OcspEndpoint::decodeGetRequest(const QByteArray &encodedRequest)
{
    if (encodedRequest.size() > kMaxRequestBytes * 2)
        return QByteArray();
    QByteArray base64 = QByteArray::fromPercentEncoding(encodedRequest).trimmed();
    // Some clients (and the RFC 5019 examples) use the URL-safe alphabet or drop the padding.
    base64.replace('-', '+').replace('_', '/');
    while (base64.size() % 4 != 0)
        base64 += '=';
    const auto decoded =
        QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

bool OcspEndpoint::isOcspRequest(const HttpRequest &request)
{
    const bool ocspPath = request.path == "/ocsp" || request.path == "/ocsp/";
    if (request.method == "POST")
        return ocspPath || (request.path == "/" && request.mediaType() == kRequestType);
    if (request.method == "GET" || request.method == "HEAD")
        return request.path.startsWith("/ocsp/");
    return false;
}

} // namespace pca::server

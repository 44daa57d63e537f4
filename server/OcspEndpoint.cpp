#include "OcspEndpoint.h"

#include "service/PrivateCaService.h"

namespace pca::server {

OcspEndpoint::OcspEndpoint(PrivateCaService &service)
    : m_service(service)
{}

HttpResponse OcspEndpoint::answer(const QByteArray &derRequest) const
{
    // Oversized or empty input is answered like any malformed request: the engine returns
    // malformedRequest for bytes that are not an OCSPRequest.
    const QByteArray input = derRequest.size() > kMaxRequestBytes ? QByteArray() : derRequest;
    return HttpResponse(200, kResponseType, m_service.answerOcspRequest(input));
}

HttpResponse OcspEndpoint::answerPost(const HttpRequest &request) const
{
    return answer(request.body);
}

HttpResponse OcspEndpoint::answerGet(const QByteArray &encodedRequest) const
{
    return answer(decodeGetRequest(encodedRequest));
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

} // namespace pca::server

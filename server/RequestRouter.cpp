#include "RequestRouter.h"

#include <QRandomGenerator64>

#include <cstring>

namespace pca::server {

RequestRouter::RequestRouter(PrivateCaService &service, const SigV4Verifier &verifier,
                             CertificateManager *manager, IdentityService *identity,
                             EventHistory *events, QList<QByteArray> ownerKeyIds)
    : m_context(service, verifier, manager, identity, events, std::move(ownerKeyIds))
    , m_api(m_context)
    , m_acm(manager ? std::make_unique<AcmApiHandler>(m_context) : nullptr)
    , m_query(m_context)
    , m_cloudTrail(m_context)
    , m_extension(m_context)
    , m_ocsp(service)
    , m_objects(m_context)
{}

namespace {

// A random (version 4) UUID naming one request in logs and error reports. It needs to be
// unique, not secret: a per-thread generator seeded from the system spares a system call per
// request.
QByteArray newRequestId()
{
    thread_local QRandomGenerator64 generator(QRandomGenerator::system()->generate64());
    unsigned char bytes[16];
    const quint64 high = generator.generate64();
    const quint64 low = generator.generate64();
    std::memcpy(bytes, &high, 8);
    std::memcpy(bytes + 8, &low, 8);
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes), 16).toHex();
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
           hex.mid(20);
}

} // namespace

HttpResponse RequestRouter::handle(const HttpRequest &request) const
{
    const QByteArray requestId = newRequestId();
    HttpResponse response = route(request, requestId);
    response.setHeader("x-amzn-RequestId", requestId);
    return response;
}

bool RequestRouter::start(const HttpRequest &request, const Responder &respond) const
{
    if (request.method != "POST" || request.path != "/" ||
        request.mediaType() == OcspEndpoint::kRequestType ||
        !JsonApiHandler::isDeferred(request.header("x-amz-target")))
        return false;
    const QByteArray requestId = newRequestId();
    return m_api.start(request, requestId, [respond, requestId](HttpResponse response) {
        response.setHeader("x-amzn-RequestId", requestId);
        respond(std::move(response));
    });
}

HttpResponse RequestRouter::protocolErrorResponse(int status, const QByteArray &message)
{
    const char *type = errors::Serialization;
    switch (status) {
    case 408:
        type = "RequestTimeoutException";
        break;
    case 413:
    case 431:
        type = "RequestEntityTooLargeException";
        break;
    case 501:
        type = "NotImplementedException";
        break;
    case 500:
        type = errors::InternalFailure;
        break;
    default:
        break;
    }
    HttpResponse response = JsonApiHandler::errorResponse(status, QString::fromLatin1(type),
                                                          QString::fromUtf8(message));
    response.setHeader("x-amzn-RequestId", newRequestId());
    return response;
}

bool RequestRouter::isQuickRead(const HttpRequest &request)
{
    // OCSP answers read the store and never wait for a commit (pre-produced responses).
    if (OcspEndpoint::isOcspRequest(request))
        return true;
    if (request.method != "POST" || request.path != "/" ||
        request.mediaType() == OcspEndpoint::kRequestType)
        return false;
    const QByteArray target = request.header("x-amz-target");
    return JsonApiHandler::isReadOnly(target) || AcmApiHandler::isReadOnly(target);
}

HttpResponse RequestRouter::route(const HttpRequest &request, const QByteArray &requestId) const
{
    const auto notFound = [] {
        return HttpResponse(404, QByteArrayLiteral("text/plain; charset=utf-8"),
                            QByteArrayLiteral("Not found\n"));
    };
    const bool ocspPath = request.path == "/ocsp" || request.path == "/ocsp/";
    if (request.method == "POST") {
        if (request.mediaType() == OcspEndpoint::kRequestType) {
            if (request.path == "/" || ocspPath)
                return m_ocsp.answerPost(request);
            return notFound();
        }
        if (ocspPath)
            return m_ocsp.answerPost(request);
        const QByteArray target = request.header("x-amz-target");
        if (request.path == "/" && m_acm && AcmApiHandler::isAcmTarget(target))
            return m_acm->handle(request, requestId);
        if (request.path == "/" && CloudTrailApiHandler::isCloudTrailTarget(target))
            return m_cloudTrail.handle(request);
        if (request.path == "/" && ExtensionApiHandler::isExtensionTarget(target))
            return m_extension.handle(request);
        if (QueryApiHandler::isQueryRequest(request) && target.isEmpty())
            return m_query.handle(request, requestId);
        if (request.path == "/")
            return m_api.handle(request, requestId);
        return notFound();
    }
    if (request.method == "GET" || request.method == "HEAD") {
        if (request.path.startsWith("/ocsp/"))
            return m_ocsp.answerGet(request, request.path.mid(6));
        const std::optional<QString> path = request.decodedPath();
        if (!path)
            return notFound();
        QString objectPath = *path;
        while (objectPath.startsWith(QLatin1Char('/')))
            objectPath.remove(0, 1);
        if (objectPath.isEmpty())
            return notFound();
        HttpResponse response = m_objects.handle(request, objectPath);
        if (response.status == 404) {
            // An OCSP GET to a CNAME-style responder URL (http://<OcspCustomCname>/<base64>).
            const QByteArray der = OcspEndpoint::decodeGetRequest(request.path.mid(1));
            if (der.startsWith('\x30'))
                return m_ocsp.answerGet(request, request.path.mid(1));
        }
        return response;
    }
    HttpResponse response(405, QByteArrayLiteral("text/plain; charset=utf-8"),
                          QByteArrayLiteral("Method not allowed\n"));
    response.setHeader("Allow", "GET, HEAD, POST");
    return response;
}

} // namespace pca::server

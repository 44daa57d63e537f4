#include "ObjectEndpoint.h"

#include "ApiContext.h"
#include "SigV4.h"
#include "crypto/OpenSsl.h"
#include "service/PrivateCaService.h"

#include <QRegularExpression>

namespace pca::server {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isSafeObjectPath(const QString &path)
{
    if (path.isEmpty() || path.size() > 2048)
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('\\'))
            return false;
    }
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1StringView(".") || segment == QLatin1StringView(".."))
            return false;
    }
    return !segments.first().isEmpty();
}

} // namespace

ObjectEndpoint::ObjectEndpoint(const ApiContext &context)
    : m_service(context.service)
    , m_context(context)
{}

HttpResponse ObjectEndpoint::s3Error(int status, const QString &code, const QString &message)
{
    const QString body = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                        "<Error><Code>%1</Code><Message>%2</Message></Error>\n")
                             .arg(xmlEscaped(code), xmlEscaped(message));
    return HttpResponse(status, QByteArrayLiteral("application/xml"), body.toUtf8());
}

HttpResponse ObjectEndpoint::content(const HttpRequest &request, const QByteArray &bytes,
                                     const QByteArray &contentType, qint64 updatedAtMs) const
{
    const QByteArray etag = '"' + crypto::sha256(bytes).toHex().left(32) + '"';
    if (request.header("if-none-match") == etag) {
        HttpResponse notModified(304, QByteArray(), QByteArray());
        notModified.setHeader("ETag", etag);
        return notModified;
    }
    HttpResponse response(200, contentType, bytes);
    response.setHeader("ETag", etag);
    if (updatedAtMs > 0)
        response.setHeader("Last-Modified", httpDate(updatedAtMs));
    return response;
}

std::optional<HttpResponse> ObjectEndpoint::crlByCaPath(const HttpRequest &request,
                                                        const QString &objectPath) const
{
    static const QRegularExpression crlFile(QStringLiteral(
        "(?:\\A|/)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.crl\\z"));
    const QRegularExpressionMatch match = crlFile.match(objectPath);
    if (!match.hasMatch())
        return std::nullopt;
    const store::StoreIdentity &identity = m_service.identity();
    const QString caArn = QStringLiteral("arn:aws:acm-pca:%1:%2:%3%4")
                              .arg(identity.region, identity.accountId,
                                   PrivateCaService::caArnResource(), match.captured(1));
    try {
        // A partition of a PARTITIONED CA's CRL: <path>/<partition id>.crl.
        if (const auto partition = m_service.crlPartitionLocation(match.captured(1))) {
            if (objectPath != partition->objectKey &&
                objectPath != partition->bucket + QLatin1Char('/') + partition->objectKey)
                return std::nullopt;
            const auto stored = m_service.getObject(partition->bucket, partition->objectKey);
            if (!stored)
                return std::nullopt;
            return content(request, stored->content, kCrlType, stored->updatedAt);
        }
        const CrlStatus status = m_service.crlStatus(caArn);
        if (!status.enabled)
            return std::nullopt;
        // The CNAME form (<key>) or the bucket form (<bucket>/<key>) of this CA's CRL.
        if (objectPath != status.objectKey &&
            objectPath != status.bucket + QLatin1Char('/') + status.objectKey)
            return std::nullopt;
        const QByteArray crl = m_service.currentCrl(caArn);
        const auto stored = m_service.getObject(status.bucket, status.objectKey);
        return content(request, crl, kCrlType, stored ? stored->updatedAt : 0);
    } catch (const PcaError &) {
        return std::nullopt; // unknown CA or partition, or no CRL to serve
    }
}

HttpResponse ObjectEndpoint::handle(const HttpRequest &request, const QString &objectPath) const
{
    const auto noSuchKey = [] {
        return s3Error(404, QStringLiteral("NoSuchKey"),
                       QStringLiteral("The specified key does not exist."));
    };
    if (!isSafeObjectPath(objectPath))
        return noSuchKey();
    if (auto crl = crlByCaPath(request, objectPath))
        return *crl;

    const qsizetype slash = objectPath.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == objectPath.size() - 1)
        return noSuchKey();
    const QString bucket = objectPath.left(slash);
    const QString key = objectPath.mid(slash + 1);
    const std::optional<store::StoredObject> object = m_service.getObject(bucket, key);
    if (!object)
        return noSuchKey();
    if (object->contentType != QLatin1StringView(kCrlType)) {
        // Private objects: only the holder of the credentials may read them.
        try {
            const Caller caller = m_context.authenticate(
                request, {QByteArrayLiteral("s3"), QByteArrayLiteral("acm-pca")});
            // The buckets are the store account's: its administrator reads them; anyone else
            // needs s3:GetObject on the object in an identity policy.
            if (!(caller.administrator &&
                  caller.accountId == m_context.service.identity().accountId)) {
                AccessRequest access;
                access.action = QStringLiteral("s3:GetObject");
                access.resource = QStringLiteral("arn:aws:s3:::%1/%2").arg(bucket, key);
                access.resourceAccount = m_context.service.identity().accountId;
                authorize(caller, access, m_context.service.clock().nowMs(), "AccessDenied");
            }
        } catch (const PcaError &error) {
            if (error.is("AccessDenied"))
                return s3Error(403, QStringLiteral("AccessDenied"), error.message());
            const bool missing = error.is(authErrors::MissingAuthenticationToken);
            return s3Error(403, missing ? QStringLiteral("AccessDenied") : error.type(),
                           missing ? QStringLiteral("Access Denied. This object is private; "
                                                    "sign the request with SigV4.")
                                   : error.message());
        }
    }
    return content(request, object->content, object->contentType.toUtf8(), object->updatedAt);
}

} // namespace pca::server

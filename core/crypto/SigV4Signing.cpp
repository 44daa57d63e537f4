#include "crypto/SigV4Signing.h"

#include "crypto/OpenSsl.h"

#include <QDateTime>

#include <algorithm>

namespace pca::sigv4 {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Whitespace runs collapsed to one space, leading and trailing whitespace removed.
QByteArray collapseWhitespace(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (char c : value) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

// RFC 3986 5.2.4 dot-segment removal, with empty segments collapsed as the SDKs do; a
// trailing slash is kept.
QByteArray normalizePath(const QByteArray &path)
{
    QList<QByteArray> out;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(segment);
    }
    QByteArray normalized = '/' + out.join('/');
    if (path.endsWith('/') && normalized != "/")
        normalized += '/';
    return normalized;
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3 / 2 + 4);
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    return out;
}

QByteArray canonicalUri(const QByteArray &rawPath, bool s3Style)
{
    const QByteArray path = rawPath.isEmpty() ? QByteArrayLiteral("/") : rawPath;
    if (s3Style)
        return path;
    // The path on the wire is already encoded once; encoding it again is what the SDKs sign.
    return uriEncode(normalizePath(path), true);
}

QByteArray canonicalQuery(const QByteArray &rawQuery)
{
    if (rawQuery.isEmpty())
        return QByteArray();
    QList<std::pair<QByteArray, QByteArray>> parameters;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        parameters.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                           uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(parameters.begin(), parameters.end());
    QByteArray out;
    for (const auto &parameter : parameters) {
        if (!out.isEmpty())
            out += '&';
        out += parameter.first;
        out += '=';
        out += parameter.second;
    }
    return out;
}

QByteArray canonicalHeaders(const HeaderList &headers, const QList<QByteArray> &signedHeaders)
{
    QByteArray out;
    for (const QByteArray &name : signedHeaders) {
        out += name;
        out += ':';
        bool first = true;
        for (const auto &header : headers) {
            if (header.first.size() != name.size() ||
                QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!first)
                out += ',';
            out += collapseWhitespace(header.second);
            first = false;
        }
        out += '\n';
    }
    return out;
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &rawPath,
                            const QByteArray &rawQuery, const HeaderList &headers,
                            const QList<QByteArray> &signedHeaders,
                            const QByteArray &payloadHashHex, bool s3Style)
{
    QByteArray out;
    out.reserve(512);
    out += method;
    out += '\n';
    out += canonicalUri(rawPath, s3Style);
    out += '\n';
    out += canonicalQuery(rawQuery);
    out += '\n';
    out += canonicalHeaders(headers, signedHeaders);
    out += '\n';
    out += signedHeaders.join(';');
    out += '\n';
    out += payloadHashHex;
    return out;
}

QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonicalRequest)
{
    QByteArray out = kAlgorithm;
    out += '\n';
    out += amzDate;
    out += '\n';
    out += scope;
    out += '\n';
    out += hexSha256(canonicalRequest);
    return out;
}

QByteArray deriveSigningKey(const QByteArray &secret, const QByteArray &date,
                            const QByteArray &region, const QByteArray &service)
{
    const QByteArray dateKey = crypto::hmacSha256("AWS4" + secret, date);
    const QByteArray regionKey = crypto::hmacSha256(dateKey, region);
    const QByteArray serviceKey = crypto::hmacSha256(regionKey, service);
    return crypto::hmacSha256(serviceKey, kTerminator);
}

QByteArray hexSha256(const QByteArray &data)
{
    return crypto::sha256(data).toHex();
}

QByteArray amzDate(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

QList<QByteArray> headerNames(const HeaderList &headers)
{
    QList<QByteArray> names;
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        if (!names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray authorization(const QByteArray &accessKeyId, const QByteArray &signingKey,
                         const QByteArray &amzDate, const QByteArray &region,
                         const QByteArray &service, const QList<QByteArray> &signedHeaders,
                         const QByteArray &canonicalRequest)
{
    const QByteArray scope = amzDate.left(8) + '/' + region + '/' + service + '/' + kTerminator;
    const QByteArray signature =
        crypto::hmacSha256(signingKey, stringToSign(amzDate, scope, canonicalRequest)).toHex();
    QByteArray out = kAlgorithm;
    out += " Credential=" + accessKeyId + '/' + scope;
    out += ", SignedHeaders=" + signedHeaders.join(';');
    out += ", Signature=" + signature;
    return out;
}

QByteArray sign(const RequestToSign &request, const QByteArray &accessKeyId,
                const QByteArray &secretAccessKey, const QByteArray &region,
                const QByteArray &service)
{
    QByteArray date;
    for (const auto &header : request.headers) {
        if (QByteArrayView(header.first).compare("x-amz-date", Qt::CaseInsensitive) == 0)
            date = header.second;
    }
    const QList<QByteArray> signedHeaders = headerNames(request.headers);
    const bool s3 = service == "s3";
    const QByteArray canonical =
        canonicalRequest(request.method, request.rawPath, request.rawQuery, request.headers,
                         signedHeaders, hexSha256(request.body), s3);
    return authorization(accessKeyId,
                         deriveSigningKey(secretAccessKey, date.left(8), region, service), date,
                         region, service, signedHeaders, canonical);
}

} // namespace pca::sigv4

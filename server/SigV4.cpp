#include "SigV4.h"

#include "crypto/OpenSsl.h"
#include "crypto/SigV4Signing.h"

#include <QDateTime>

#include <algorithm>
#include <optional>

namespace pca::server {

bool isAuthenticationError(const PcaError &error)
{
    return error.is(authErrors::MissingAuthenticationToken) ||
           error.is(authErrors::IncompleteSignature) || error.is(authErrors::UnrecognizedClient) ||
           error.is(authErrors::InvalidSignature);
}

namespace sigv4 {

// The canonical forms live in core (crypto/SigV4Signing), shared with the clients that sign;
// these adapt the server's request type to them.

namespace {

pca::sigv4::HeaderList headerList(const HttpRequest &request)
{
    pca::sigv4::HeaderList headers;
    headers.reserve(request.headers.size());
    for (const HttpHeader &header : request.headers)
        headers.append({header.name, header.value});
    return headers;
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    return pca::sigv4::uriEncode(bytes, keepSlash);
}

QByteArray canonicalUri(const QByteArray &rawPath, bool s3Style)
{
    return pca::sigv4::canonicalUri(rawPath, s3Style);
}

QByteArray canonicalQuery(const QByteArray &rawQuery)
{
    return pca::sigv4::canonicalQuery(rawQuery);
}

QByteArray canonicalHeaders(const HttpRequest &request, const QList<QByteArray> &signedHeaders)
{
    return pca::sigv4::canonicalHeaders(headerList(request), signedHeaders);
}

QByteArray canonicalRequest(const HttpRequest &request, const QList<QByteArray> &signedHeaders,
                            const QByteArray &payloadHashHex, bool s3Style)
{
    return pca::sigv4::canonicalRequest(request.method, request.path, request.query,
                                        headerList(request), signedHeaders, payloadHashHex,
                                        s3Style);
}

QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonicalRequest)
{
    return pca::sigv4::stringToSign(amzDate, scope, canonicalRequest);
}

QByteArray deriveSigningKey(const QByteArray &secret, const QByteArray &date,
                            const QByteArray &region, const QByteArray &service)
{
    return pca::sigv4::deriveSigningKey(secret, date, region, service);
}

QByteArray hexSha256(const QByteArray &data)
{
    return pca::sigv4::hexSha256(data);
}

QByteArray amzDate(qint64 msSinceEpoch)
{
    return pca::sigv4::amzDate(msSinceEpoch);
}

} // namespace sigv4

// ---- SigV4Signer -------------------------------------------------------------------------------

SigV4Signer::SigV4Signer(AccessKey key, QByteArray region, QByteArray service)
    : m_key(std::move(key))
    , m_region(std::move(region))
    , m_service(std::move(service))
{}

void SigV4Signer::sign(HttpRequest &request, qint64 msSinceEpoch) const
{
    const QByteArray date = sigv4::amzDate(msSinceEpoch);
    const QByteArray day = date.left(8);
    const bool s3 = m_service == "s3";
    const QByteArray payloadHash = sigv4::hexSha256(request.body);
    auto removeHeader = [&request](QByteArrayView name) {
        request.headers.removeIf([name](const HttpHeader &h) {
            return QByteArrayView(h.name).compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    removeHeader("authorization");
    removeHeader("x-amz-date");
    request.headers.append({QByteArrayLiteral("X-Amz-Date"), date});
    if (s3) {
        removeHeader("x-amz-content-sha256");
        request.headers.append({QByteArrayLiteral("X-Amz-Content-SHA256"), payloadHash});
    }

    const QList<QByteArray> signedHeaders = pca::sigv4::headerNames(sigv4::headerList(request));
    QByteArray signingKey;
    {
        QMutexLocker lock(&m_mutex);
        if (m_cachedDate != day) {
            m_cachedSigningKey =
                sigv4::deriveSigningKey(m_key.secretAccessKey, day, m_region, m_service);
            m_cachedDate = day;
        }
        signingKey = m_cachedSigningKey;
    }
    const QByteArray canonical = sigv4::canonicalRequest(request, signedHeaders, payloadHash, s3);
    const QByteArray authorization = pca::sigv4::authorization(
        m_key.accessKeyId, signingKey, date, m_region, m_service, signedHeaders, canonical);
    request.headers.append({QByteArrayLiteral("Authorization"), authorization});
}

// ---- SigV4Verifier -----------------------------------------------------------------------------

namespace {

[[noreturn]] void reject(const char *type, const QString &message)
{
    throw PcaError(type, message);
}

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

struct AuthorizationHeader
{
    QByteArray accessKeyId;
    QByteArray date;
    QByteArray region;
    QByteArray service;
    QByteArray terminator;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

[[noreturn]] void malformedAuthorization(const QString &message)
{
    reject(authErrors::IncompleteSignature, message);
}

AuthorizationHeader parseAuthorization(const QByteArray &value)
{
    const QByteArray prefix = QByteArray(sigv4::kAlgorithm) + ' ';
    if (!value.startsWith(prefix)) {
        const QByteArray algorithm = value.left(value.indexOf(' '));
        reject(authErrors::IncompleteSignature,
               QStringLiteral("Unsupported AWS 'algorithm': '%1'. This server accepts "
                              "AWS4-HMAC-SHA256.")
                   .arg(latin1(algorithm.left(64))));
    }
    // Exactly the three parameters of the AWS Signature Version 4 documentation, each once:
    // a header that two readers could read differently is refused, not guessed at.
    std::optional<QByteArray> credential;
    std::optional<QByteArray> signedHeaders;
    std::optional<QByteArray> signature;
    for (const QByteArray &part : value.mid(prefix.size()).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0) {
            malformedAuthorization(
                QStringLiteral("'%1' not a valid key=value pair (missing equal-sign) in "
                               "Authorization header.")
                    .arg(latin1(item.left(64))));
        }
        const QByteArray name = item.left(equals);
        std::optional<QByteArray> *slot = name == "Credential"      ? &credential
                                          : name == "SignedHeaders" ? &signedHeaders
                                          : name == "Signature"     ? &signature
                                                                    : nullptr;
        if (!slot) {
            malformedAuthorization(
                QStringLiteral("'%1' is not a parameter of the Authorization header (expected "
                               "Credential, SignedHeaders and Signature).")
                    .arg(latin1(name.left(64))));
        }
        if (slot->has_value()) {
            malformedAuthorization(
                QStringLiteral("The Authorization header has the parameter '%1' more than once.")
                    .arg(latin1(name)));
        }
        *slot = item.mid(equals + 1);
    }
    QStringList missing;
    if (!credential || credential->isEmpty())
        missing << QStringLiteral("Authorization header requires 'Credential' parameter.");
    if (!signature || signature->isEmpty())
        missing << QStringLiteral("Authorization header requires 'Signature' parameter.");
    if (!signedHeaders || signedHeaders->isEmpty())
        missing << QStringLiteral("Authorization header requires 'SignedHeaders' parameter.");
    if (!missing.isEmpty())
        reject(authErrors::IncompleteSignature, missing.join(QLatin1Char(' ')));

    // "The 256-bit signature expressed as 64 lowercase hexadecimal characters."
    bool hex = signature->size() == 64;
    for (const char c : *signature)
        hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    if (!hex) {
        malformedAuthorization(QStringLiteral("The Signature must be 64 lower-case hexadecimal "
                                              "characters."));
    }
    // "An alphabetically sorted, semicolon-separated list of lowercase request header names."
    const QList<QByteArray> headerNames = signedHeaders->split(';');
    for (qsizetype i = 0; i < headerNames.size(); ++i) {
        const QByteArray &name = headerNames.at(i);
        if (name.isEmpty() || name != name.toLower() || name.contains(' ')) {
            malformedAuthorization(QStringLiteral("SignedHeaders must be lower-case header names "
                                                  "separated by ';' (found '%1').")
                                       .arg(latin1(name.left(64))));
        }
        if (i > 0 && !(headerNames.at(i - 1) < name)) {
            malformedAuthorization(
                QStringLiteral("SignedHeaders must be sorted alphabetically, "
                               "each name once ('%1' follows '%2').")
                    .arg(latin1(name.left(64)), latin1(headerNames.at(i - 1).left(64))));
        }
    }
    const QByteArray &credentialText = *credential;

    const QList<QByteArray> scope = credentialText.split('/');
    if (scope.size() != 5 || scope.at(0).isEmpty()) {
        reject(authErrors::IncompleteSignature,
               QStringLiteral("Credential must have exactly 5 slash-delimited elements, e.g. "
                              "keyid/date/region/service/term, got '%1'.")
                   .arg(latin1(credentialText.left(256))));
    }
    AuthorizationHeader out;
    out.accessKeyId = scope.at(0);
    out.date = scope.at(1);
    out.region = scope.at(2);
    out.service = scope.at(3);
    out.terminator = scope.at(4);
    out.signedHeaders = headerNames;
    out.signature = *signature;
    return out;
}

// Parses "YYYYMMDDTHHMMSSZ"; -1 when malformed.
qint64 parseAmzDate(const QByteArray &text)
{
    if (text.size() != 16 || text.at(8) != 'T' || text.at(15) != 'Z')
        return -1;
    for (int i = 0; i < 15; ++i) {
        if (i != 8 && (text.at(i) < '0' || text.at(i) > '9'))
            return -1;
    }
    const auto number = [&text](int from, int length) { return text.mid(from, length).toInt(); };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(9, 2), number(11, 2), number(13, 2));
    if (!date.isValid() || !time.isValid())
        return -1;
    const QDateTime parsed(date, time, Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

} // namespace

SigV4Verifier::SigV4Verifier(QList<AccessKey> keys, QByteArray region, const Clock &clock)
    : m_keys(std::move(keys))
    , m_region(std::move(region))
    , m_clock(clock)
{}

QByteArray SigV4Verifier::signingKey(const QByteArray &secret, const QByteArray &date,
                                     const QByteArray &region, const QByteArray &service) const
{
    const QByteArray cacheKey = secret + '\n' + date + '\n' + region + '\n' + service;
    QMutexLocker lock(&m_cacheMutex);
    if (const auto found = m_signingKeys.constFind(cacheKey); found != m_signingKeys.cend())
        return found.value();
    lock.unlock();
    const QByteArray key = sigv4::deriveSigningKey(secret, date, region, service);
    lock.relock();
    if (m_signingKeys.size() > 1024)
        m_signingKeys.clear(); // dates roll over and keys come and go; keep the cache small
    m_signingKeys.insert(cacheKey, key);
    return key;
}

QByteArray SigV4Verifier::verify(const HttpRequest &request,
                                 const QList<QByteArray> &services) const
{
    int authorizationHeaders = 0;
    for (const HttpHeader &h : request.headers)
        authorizationHeaders += h.name.compare("authorization", Qt::CaseInsensitive) == 0;
    if (authorizationHeaders > 1) {
        reject(authErrors::IncompleteSignature,
               QStringLiteral("The request has more than one Authorization header."));
    }
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        if (request.query.contains("X-Amz-Signature=") ||
            request.query.contains("X-Amz-Algorithm=")) {
            reject(authErrors::IncompleteSignature,
                   QStringLiteral("Query-string (presigned) authentication is not supported by "
                                  "this server; sign the Authorization header."));
        }
        reject(authErrors::MissingAuthenticationToken,
               QStringLiteral("Missing Authentication Token"));
    }
    const AuthorizationHeader auth = parseAuthorization(authorization);

    const QByteArray dateText = request.header("x-amz-date");
    if (dateText.isEmpty()) {
        reject(authErrors::IncompleteSignature,
               QStringLiteral("Authorization header requires existence of a 'X-Amz-Date' "
                              "header."));
    }
    const qint64 signedAt = parseAmzDate(dateText);
    if (signedAt < 0) {
        reject(authErrors::IncompleteSignature,
               QStringLiteral("X-Amz-Date must be in the ISO-8601 basic format "
                              "YYYYMMDD'T'HHMMSS'Z', got '%1'.")
                   .arg(latin1(dateText.left(64))));
    }
    const qint64 now = m_clock.nowMs();
    if (signedAt < now - sigv4::kMaxClockSkewMs) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                   .arg(latin1(dateText), latin1(sigv4::amzDate(now - sigv4::kMaxClockSkewMs)),
                        latin1(sigv4::amzDate(now))));
    }
    if (signedAt > now + sigv4::kMaxClockSkewMs) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 15 "
                              "min.)")
                   .arg(latin1(dateText), latin1(sigv4::amzDate(now + sigv4::kMaxClockSkewMs)),
                        latin1(sigv4::amzDate(now))));
    }

    QByteArray secret;
    for (const AccessKey &candidate : m_keys) {
        if (candidate.accessKeyId == auth.accessKeyId) {
            secret = candidate.secretAccessKey;
            break;
        }
    }
    if (secret.isEmpty() && m_lookup) {
        if (const std::optional<QByteArray> found = m_lookup(auth.accessKeyId))
            secret = *found;
    }
    if (secret.isEmpty()) {
        reject(authErrors::UnrecognizedClient,
               QStringLiteral("The security token included in the request is invalid."));
    }

    if (auth.date != dateText.left(8)) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                              "version of date from HTTP: '%1' != '%2', from '%3'.")
                   .arg(latin1(auth.date.left(16)), latin1(dateText.left(8)), latin1(dateText)));
    }
    if (!services.contains(auth.service)) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("Credential should be scoped to correct service: '%1'.")
                   .arg(latin1(services.value(0))));
    }
    // IAM is a global service: clients sign it for us-east-1 whatever their region.
    const bool globalRegion = auth.service == "iam" && auth.region == "us-east-1";
    if (auth.region != m_region && !globalRegion) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("Credential should be scoped to a valid region, not '%1'. This "
                              "server serves region '%2'.")
                   .arg(latin1(auth.region.left(64)), latin1(m_region)));
    }
    if (auth.terminator != sigv4::kTerminator) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("Credential should be scoped with a valid terminator: "
                              "'aws4_request', not '%1'.")
                   .arg(latin1(auth.terminator.left(64))));
    }
    for (const QByteArray &name : auth.signedHeaders) {
        if (!request.hasHeader(name)) {
            reject(authErrors::IncompleteSignature,
                   QStringLiteral("The signed header '%1' is not in the request.")
                       .arg(latin1(name.left(64))));
        }
    }
    if (!auth.signedHeaders.contains("host")) {
        reject(authErrors::IncompleteSignature,
               QStringLiteral("'Host' must be a 'SignedHeader' in the AWS Authorization."));
    }
    if (!auth.signedHeaders.contains("x-amz-date")) {
        reject(authErrors::IncompleteSignature,
               QStringLiteral("'X-Amz-Date' must be a 'SignedHeader' in the AWS "
                              "Authorization."));
    }

    if (request.hasHeader("x-amz-security-token")) {
        // Temporary credentials are not issued by this server, so no session token can be
        // valid; AWS answers an unknown token so.
        reject(authErrors::UnrecognizedClient,
               QStringLiteral("The security token included in the request is invalid."));
    }

    const bool s3 = auth.service == "s3";
    const QByteArray bodyHash = sigv4::hexSha256(request.body);
    QByteArray payloadHash = bodyHash;
    const QByteArray declaredHash = request.header("x-amz-content-sha256");
    if (s3) {
        if (declaredHash.isEmpty()) {
            reject(authErrors::IncompleteSignature,
                   QStringLiteral("Missing required header for this request: "
                                  "x-amz-content-sha256."));
        }
        if (declaredHash != sigv4::kUnsignedPayload && declaredHash != bodyHash) {
            reject(authErrors::InvalidSignature,
                   QStringLiteral("The provided 'x-amz-content-sha256' header does not match "
                                  "what was computed."));
        }
        payloadHash = declaredHash;
    } else if (!declaredHash.isEmpty() && declaredHash != bodyHash) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("The provided 'x-amz-content-sha256' header does not match what "
                              "was computed."));
    }

    const QByteArray scope =
        auth.date + '/' + auth.region + '/' + auth.service + '/' + auth.terminator;
    const QByteArray canonical =
        sigv4::canonicalRequest(request, auth.signedHeaders, payloadHash, s3);
    const QByteArray expected =
        crypto::hmacSha256(signingKey(secret, auth.date, auth.region, auth.service),
                           sigv4::stringToSign(dateText, scope, canonical))
            .toHex();
    if (!crypto::constantTimeEquals(expected, auth.signature)) {
        reject(authErrors::InvalidSignature,
               QStringLiteral("The request signature we calculated does not match the "
                              "signature you provided. Check your AWS Secret Access Key and "
                              "signing method. Consult the service documentation for details."));
    }
    return auth.accessKeyId;
}

} // namespace pca::server

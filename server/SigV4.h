// AWS Signature Version 4 (header form, AWS4-HMAC-SHA256), as the AWS SDKs and CLI sign:
//
//   CanonicalRequest = Method \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n
//                      SignedHeaders \n hex(SHA256(payload))
//   StringToSign     = "AWS4-HMAC-SHA256" \n X-Amz-Date \n Scope \n hex(SHA256(CanonicalRequest))
//   Scope            = YYYYMMDD/region/service/aws4_request
//   SigningKey       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service),
//                           "aws4_request")
//   Signature        = hex(HMAC(SigningKey, StringToSign))
//
// Services other than S3 normalise the path and URI-encode it a second time; S3 signs the path
// as sent and takes the payload hash from the x-amz-content-sha256 header.
#pragma once

#include "Clock.h"
#include "HttpMessage.h"
#include "PcaError.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <optional>

namespace pca::server {

// Exception names of AWS request authentication (answered with HTTP 403).
namespace authErrors {
inline constexpr const char *MissingAuthenticationToken = "MissingAuthenticationTokenException";
inline constexpr const char *IncompleteSignature = "IncompleteSignatureException";
inline constexpr const char *UnrecognizedClient = "UnrecognizedClientException";
inline constexpr const char *InvalidSignature = "InvalidSignatureException";
} // namespace authErrors

bool isAuthenticationError(const PcaError &error);

struct AccessKey
{
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
};

namespace sigv4 {

inline constexpr const char *kAlgorithm = "AWS4-HMAC-SHA256";
inline constexpr const char *kTerminator = "aws4_request";
inline constexpr const char *kUnsignedPayload = "UNSIGNED-PAYLOAD";
// How far X-Amz-Date may be from the server's clock, either way.
inline constexpr qint64 kMaxClockSkewMs = 15 * 60 * 1000;

// RFC 3986 percent-encoding of everything but unreserved characters (and '/' when kept).
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
// The canonical URI of a raw (still percent-encoded) request path.
QByteArray canonicalUri(const QByteArray &rawPath, bool s3Style);
// The canonical query string of a raw query (parameters decoded, re-encoded and sorted).
QByteArray canonicalQuery(const QByteArray &rawQuery);
// "name:value\n" lines of the signed headers (lower-case names, trimmed values with inner
// whitespace runs collapsed, repeated headers joined with ',').
QByteArray canonicalHeaders(const HttpRequest &request, const QList<QByteArray> &signedHeaders);
QByteArray canonicalRequest(const HttpRequest &request, const QList<QByteArray> &signedHeaders,
                            const QByteArray &payloadHashHex, bool s3Style);
QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonicalRequest);
QByteArray deriveSigningKey(const QByteArray &secret, const QByteArray &date,
                            const QByteArray &region, const QByteArray &service);
QByteArray hexSha256(const QByteArray &data);
// "20150830T123600Z" for a time.
QByteArray amzDate(qint64 msSinceEpoch);

} // namespace sigv4

// Signs requests like an SDK does (for the benchmark's load generator and for tests).
class SigV4Signer
{
public:
    SigV4Signer(AccessKey key, QByteArray region, QByteArray service);

    // Sets X-Amz-Date and Authorization on a request that has its Host header, body and every
    // header to sign; signs all of its headers. S3 requests also get x-amz-content-sha256.
    void sign(HttpRequest &request, qint64 msSinceEpoch) const;

private:
    AccessKey m_key;
    QByteArray m_region;
    QByteArray m_service;
    mutable QMutex m_mutex;
    mutable QByteArray m_cachedDate;
    mutable QByteArray m_cachedSigningKey;
};

// Verifies signed requests. Thread-safe; signing keys are cached per (secret, date, region,
// service).
class SigV4Verifier
{
public:
    SigV4Verifier(QList<AccessKey> keys, QByteArray region, const Clock &clock);

    // Returns the access key id that signed the request for one of `services`. Throws PcaError
    // with an authErrors name (and an AWS-worded message) when the request is not signed, not
    // signed by a known key, signed for another scope, outside the clock-skew window, or when
    // the signature does not match.
    QByteArray verify(const HttpRequest &request, const QList<QByteArray> &services) const;

    const QByteArray &region() const { return m_region; }

    // Where keys beyond the fixed ones are found (the store's IAM keys): the secret of an
    // active key, or nothing. Called on every request signed with such a key; must be
    // thread-safe. Set before the verifier is used.
    using SecretLookup = std::function<std::optional<QByteArray>(const QByteArray &accessKeyId)>;
    void setSecretLookup(SecretLookup lookup) { m_lookup = std::move(lookup); }

private:
    QByteArray signingKey(const QByteArray &secret, const QByteArray &date,
                          const QByteArray &region, const QByteArray &service) const;

    QList<AccessKey> m_keys;
    SecretLookup m_lookup;
    QByteArray m_region;
    const Clock &m_clock;
    mutable QMutex m_cacheMutex;
    mutable QHash<QByteArray, QByteArray> m_signingKeys;
};

} // namespace pca::server

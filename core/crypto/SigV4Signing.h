// AWS Signature Version 4 (header form, AWS4-HMAC-SHA256): the canonical forms and the
// signature, shared by the server's verifier (server/SigV4) and every client that signs (the
// desktop's remote clients, the benchmark's load generator):
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
// as sent. Pure byte manipulation and hashing: no network, no Qt Network types.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace pca::sigv4 {

inline constexpr const char *kAlgorithm = "AWS4-HMAC-SHA256";
inline constexpr const char *kTerminator = "aws4_request";

// Request headers as (name, value) pairs, names compared case-insensitively.
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// RFC 3986 percent-encoding of everything but unreserved characters (and '/' when kept).
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
// The canonical URI of a raw (still percent-encoded) request path.
QByteArray canonicalUri(const QByteArray &rawPath, bool s3Style);
// The canonical query string of a raw query (parameters decoded, re-encoded and sorted).
QByteArray canonicalQuery(const QByteArray &rawQuery);
// "name:value\n" lines of the signed headers (lower-case names, trimmed values with inner
// whitespace runs collapsed, repeated headers joined with ',').
QByteArray canonicalHeaders(const HeaderList &headers, const QList<QByteArray> &signedHeaders);
QByteArray canonicalRequest(const QByteArray &method, const QByteArray &rawPath,
                            const QByteArray &rawQuery, const HeaderList &headers,
                            const QList<QByteArray> &signedHeaders,
                            const QByteArray &payloadHashHex, bool s3Style);
QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonicalRequest);
QByteArray deriveSigningKey(const QByteArray &secret, const QByteArray &date,
                            const QByteArray &region, const QByteArray &service);
QByteArray hexSha256(const QByteArray &data);
// "20150830T123600Z" for a time.
QByteArray amzDate(qint64 msSinceEpoch);
// The lower-case, sorted, distinct names of `headers` (what a signer signs).
QList<QByteArray> headerNames(const HeaderList &headers);
// The value of the Authorization header for a canonical request signed with `signingKey`
// (deriveSigningKey for the scope's date, region and service).
QByteArray authorization(const QByteArray &accessKeyId, const QByteArray &signingKey,
                         const QByteArray &amzDate, const QByteArray &region,
                         const QByteArray &service, const QList<QByteArray> &signedHeaders,
                         const QByteArray &canonicalRequest);

// Signs a request like the AWS SDKs do: with its X-Amz-Date header among `headers` (and Host),
// every header in `headers` signed. Returns the Authorization header's value.
struct RequestToSign
{
    QByteArray method;
    QByteArray rawPath; // percent-encoded, "/" when empty
    QByteArray rawQuery;
    HeaderList headers; // must hold Host and X-Amz-Date
    QByteArray body;
};
QByteArray sign(const RequestToSign &request, const QByteArray &accessKeyId,
                const QByteArray &secretAccessKey, const QByteArray &region,
                const QByteArray &service);

} // namespace pca::sigv4

// OCSP (RFC 6960 / RFC 5019): parsing requests and building signed responses.
#pragma once

#include "api/Enums.h"
#include "crypto/OpenSsl.h"

#include <QList>

namespace pca::crypto {

struct OcspCertificateId
{
    const EVP_MD *hash = nullptr; // hash of issuerNameHash / issuerKeyHash (usually SHA-1)
    QByteArray issuerNameHash;
    QByteArray issuerKeyHash;
    QString serialHex;         // canonical
    QByteArray der;            // the CertID's DER, as the response repeats it
    OCSP_CERTID *id = nullptr; // owned by the request
};

struct ParsedOcspRequest
{
    OcspRequestPtr request;
    QList<OcspCertificateId> certificates;
};

// Parses a DER OCSPRequest; std::nullopt when it is malformed or empty.
std::optional<ParsedOcspRequest> parseOcspRequest(const QByteArray &der);

// issuerNameHash and issuerKeyHash of a CA certificate under `hash`.
QByteArray issuerNameHash(X509 *issuer, const EVP_MD *hash);
QByteArray issuerKeyHash(X509 *issuer, const EVP_MD *hash);
// SHA-1, the hash of nearly every OCSP request (so callers can precompute its issuer hashes).
const EVP_MD *sha1Digest();
bool isSha1(const EVP_MD *hash);
// The hashes a CertID may name that responders index issuers by: SHA-1, SHA-224, SHA-256,
// SHA-384 and SHA-512.
QList<const EVP_MD *> ocspIssuerDigests();
// A short stable name of a digest (its NID in decimal), for keys of maps; empty for nullptr.
QByteArray digestName(const EVP_MD *hash);

struct OcspSingleStatus
{
    enum class Kind
    {
        Good,
        Revoked,
        Unknown
    } kind = Kind::Unknown;
    qint64 revokedAtMs = 0;
    api::RevocationReason reason = api::RevocationReason::UNSPECIFIED;
};

// A successful, signed BasicOCSPResponse answering every CertID of the request in order.
// `statuses` has one entry per request CertID. The response carries no nonce, whether the
// request has one or not: responses are pre-produced and served to every client asking about
// the same certificate (RFC 5019 section 4, RFC 8954 section 2), so they cannot echo one.
QByteArray buildOcspResponse(const ParsedOcspRequest &request,
                             const QList<OcspSingleStatus> &statuses, X509 *issuer,
                             EVP_PKEY *issuerKey, api::SigningAlgorithm algorithm,
                             qint64 thisUpdateMs, qint64 nextUpdateMs);

// Unsigned error responses (malformedRequest, internalError, unauthorized, tryLater).
QByteArray ocspErrorResponse(int status);

} // namespace pca::crypto

#include "crypto/OcspResponder.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/CrlBuilder.h"
#include "crypto/Signing.h"

namespace pca::crypto {

namespace {
QByteArray bytesOf(const ASN1_OCTET_STRING *s)
{
    return s ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                          ASN1_STRING_length(s))
             : QByteArray();
}

QByteArray encodeResponse(OCSP_RESPONSE *response)
{
    const int length = i2d_OCSP_RESPONSE(response, nullptr);
    check(length, "encoding an OCSP response");
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    check(i2d_OCSP_RESPONSE(response, &p), "encoding an OCSP response");
    return out;
}
} // namespace

std::optional<ParsedOcspRequest> parseOcspRequest(const QByteArray &der)
{
    clearOpenSslErrors();
    if (der.isEmpty())
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ParsedOcspRequest parsed;
    parsed.request.reset(d2i_OCSP_REQUEST(nullptr, &p, der.size()));
    if (!parsed.request ||
        p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        clearOpenSslErrors();
        return std::nullopt;
    }
    const int count = OCSP_request_onereq_count(parsed.request.get());
    if (count <= 0)
        return std::nullopt;
    for (int i = 0; i < count; ++i) {
        OCSP_ONEREQ *one = OCSP_request_onereq_get0(parsed.request.get(), i);
        OCSP_CERTID *id = OCSP_onereq_get0_id(one);
        ASN1_OCTET_STRING *nameHash = nullptr;
        ASN1_OCTET_STRING *keyHash = nullptr;
        ASN1_OBJECT *hashAlgorithm = nullptr;
        ASN1_INTEGER *serial = nullptr;
        if (!OCSP_id_get0_info(&nameHash, &hashAlgorithm, &keyHash, &serial, id) || !serial) {
            clearOpenSslErrors();
            return std::nullopt;
        }
        OcspCertificateId entry;
        entry.hash = EVP_get_digestbyobj(hashAlgorithm);
        entry.issuerNameHash = bytesOf(nameHash);
        entry.issuerKeyHash = bytesOf(keyHash);
        if (ASN1_STRING_type(serial) == V_ASN1_NEG_INTEGER) {
            entry.serialHex = QString(); // never issued
        } else {
            entry.serialHex = serialHex(serial);
        }
        const int derLength = i2d_OCSP_CERTID(id, nullptr);
        if (derLength <= 0) {
            clearOpenSslErrors();
            return std::nullopt;
        }
        entry.der.resize(derLength);
        auto *out = reinterpret_cast<unsigned char *>(entry.der.data());
        if (i2d_OCSP_CERTID(id, &out) != derLength) {
            clearOpenSslErrors();
            return std::nullopt;
        }
        entry.id = id;
        parsed.certificates.append(entry);
    }
    clearOpenSslErrors();
    return parsed;
}

const EVP_MD *sha1Digest()
{
    return EVP_sha1();
}

bool isSha1(const EVP_MD *hash)
{
    return hash && EVP_MD_is_a(hash, "SHA1");
}

QList<const EVP_MD *> ocspIssuerDigests()
{
    return {EVP_sha1(), EVP_sha224(), EVP_sha256(), EVP_sha384(), EVP_sha512()};
}

QByteArray digestName(const EVP_MD *hash)
{
    return hash ? QByteArray::number(EVP_MD_get_type(hash)) : QByteArray();
}

QByteArray issuerNameHash(X509 *issuer, const EVP_MD *hash)
{
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(X509_NAME_digest(X509_get_subject_name(issuer), hash, buffer, &length),
          "hashing the issuer name");
    return QByteArray(reinterpret_cast<const char *>(buffer), int(length));
}

QByteArray issuerKeyHash(X509 *issuer, const EVP_MD *hash)
{
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(X509_pubkey_digest(issuer, hash, buffer, &length), "hashing the issuer key");
    return QByteArray(reinterpret_cast<const char *>(buffer), int(length));
}

QByteArray buildOcspResponse(const ParsedOcspRequest &request,
                             const QList<OcspSingleStatus> &statuses, X509 *issuer,
                             EVP_PKEY *issuerKey, api::SigningAlgorithm algorithm,
                             qint64 thisUpdateMs, qint64 nextUpdateMs)
{
    clearOpenSslErrors();
    OcspBasicResponsePtr basic(OCSP_BASICRESP_new());
    checkPtr(basic.get(), "allocating an OCSP response");
    Asn1TimePtr thisUpdate = asn1Time(thisUpdateMs);
    Asn1TimePtr nextUpdate = asn1Time(nextUpdateMs);
    for (qsizetype i = 0; i < request.certificates.size(); ++i) {
        const OcspSingleStatus &status = statuses.at(i);
        OcspCertIdPtr id(OCSP_CERTID_dup(request.certificates.at(i).id));
        checkPtr(id.get(), "copying a certificate ID");
        int kind = V_OCSP_CERTSTATUS_UNKNOWN;
        int reason = 0;
        Asn1TimePtr revokedAt;
        if (status.kind == OcspSingleStatus::Kind::Good) {
            kind = V_OCSP_CERTSTATUS_GOOD;
        } else if (status.kind == OcspSingleStatus::Kind::Revoked) {
            kind = V_OCSP_CERTSTATUS_REVOKED;
            reason = crlReasonCode(status.reason);
            revokedAt = asn1Time(status.revokedAtMs);
        }
        checkPtr(OCSP_basic_add1_status(basic.get(), id.get(), kind,
                                        kind == V_OCSP_CERTSTATUS_REVOKED ? reason : -1,
                                        revokedAt.get(), thisUpdate.get(), nextUpdate.get()),
                 "adding an OCSP status");
    }
    MdCtxPtr ctx = signingContext(issuerKey, algorithm);
    X509StackPtr certs(sk_X509_new_null());
    checkPtr(certs.get(), "allocating certificates");
    check(OCSP_basic_sign_ctx(basic.get(), issuer, ctx.get(), certs.get(), OCSP_RESPID_KEY),
          "signing the OCSP response");
    OcspResponsePtr response(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    checkPtr(response.get(), "creating the OCSP response");
    return encodeResponse(response.get());
}

QByteArray ocspErrorResponse(int status)
{
    OcspResponsePtr response(OCSP_response_create(status, nullptr));
    checkPtr(response.get(), "creating an OCSP error response");
    return encodeResponse(response.get());
}

} // namespace pca::crypto

// RAII ownership of OpenSSL objects and the error discipline of the crypto layer: every return
// value is checked and a failure drains OpenSSL's error queue into the PcaError message.
#pragma once

#include "PcaError.h"

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pca::crypto {

template <auto FreeFn>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T *p) const noexcept
    {
        FreeFn(p);
    }
};

template <typename T, auto FreeFn>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<FreeFn>>;

using PKeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using PKeyCtxPtr = OpenSslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using MdCtxPtr = OpenSslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using X509ReqPtr = OpenSslPtr<X509_REQ, X509_REQ_free>;
using X509CrlPtr = OpenSslPtr<X509_CRL, X509_CRL_free>;
using X509NamePtr = OpenSslPtr<X509_NAME, X509_NAME_free>;
using X509NameEntryPtr = OpenSslPtr<X509_NAME_ENTRY, X509_NAME_ENTRY_free>;
using X509ExtensionPtr = OpenSslPtr<X509_EXTENSION, X509_EXTENSION_free>;
using X509RevokedPtr = OpenSslPtr<X509_REVOKED, X509_REVOKED_free>;
using X509StorePtr = OpenSslPtr<X509_STORE, X509_STORE_free>;
using X509StoreCtxPtr = OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using Asn1IntegerPtr = OpenSslPtr<ASN1_INTEGER, ASN1_INTEGER_free>;
using Asn1TimePtr = OpenSslPtr<ASN1_TIME, ASN1_TIME_free>;
using Asn1ObjectPtr = OpenSslPtr<ASN1_OBJECT, ASN1_OBJECT_free>;
using Asn1OctetStringPtr = OpenSslPtr<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using Asn1StringPtr = OpenSslPtr<ASN1_STRING, ASN1_STRING_free>;
using Asn1TypePtr = OpenSslPtr<ASN1_TYPE, ASN1_TYPE_free>;
using BasicConstraintsPtr = OpenSslPtr<BASIC_CONSTRAINTS, BASIC_CONSTRAINTS_free>;
using GeneralNamePtr = OpenSslPtr<GENERAL_NAME, GENERAL_NAME_free>;
using OtherNamePtr = OpenSslPtr<OTHERNAME, OTHERNAME_free>;
using EdiPartyNamePtr = OpenSslPtr<EDIPARTYNAME, EDIPARTYNAME_free>;
using AccessDescriptionPtr = OpenSslPtr<ACCESS_DESCRIPTION, ACCESS_DESCRIPTION_free>;
using PolicyInfoPtr = OpenSslPtr<POLICYINFO, POLICYINFO_free>;
using PolicyQualInfoPtr = OpenSslPtr<POLICYQUALINFO, POLICYQUALINFO_free>;
using AuthorityKeyIdPtr = OpenSslPtr<AUTHORITY_KEYID, AUTHORITY_KEYID_free>;
using DistPointPtr = OpenSslPtr<DIST_POINT, DIST_POINT_free>;
using DistPointNamePtr = OpenSslPtr<DIST_POINT_NAME, DIST_POINT_NAME_free>;
using IssuingDistPointPtr = OpenSslPtr<ISSUING_DIST_POINT, ISSUING_DIST_POINT_free>;
using OcspRequestPtr = OpenSslPtr<OCSP_REQUEST, OCSP_REQUEST_free>;
using OcspResponsePtr = OpenSslPtr<OCSP_RESPONSE, OCSP_RESPONSE_free>;
using OcspBasicResponsePtr = OpenSslPtr<OCSP_BASICRESP, OCSP_BASICRESP_free>;
using OcspCertIdPtr = OpenSslPtr<OCSP_CERTID, OCSP_CERTID_free>;

inline void freeGeneralNames(GENERAL_NAMES *names)
{
    sk_GENERAL_NAME_pop_free(names, GENERAL_NAME_free);
}
inline void freeX509Stack(STACK_OF(X509) * certs)
{
    sk_X509_pop_free(certs, X509_free);
}
inline void freeExtensionStack(STACK_OF(X509_EXTENSION) * exts)
{
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
}
inline void freeAccessDescriptions(AUTHORITY_INFO_ACCESS *aia)
{
    AUTHORITY_INFO_ACCESS_free(aia);
}
inline void freeCertificatePolicies(CERTIFICATEPOLICIES *policies)
{
    CERTIFICATEPOLICIES_free(policies);
}
inline void freeExtendedKeyUsage(EXTENDED_KEY_USAGE *eku)
{
    EXTENDED_KEY_USAGE_free(eku);
}
inline void freeCrlDistPoints(CRL_DIST_POINTS *points)
{
    CRL_DIST_POINTS_free(points);
}
inline void freeBitString(ASN1_BIT_STRING *bits)
{
    ASN1_BIT_STRING_free(bits);
}

using GeneralNamesPtr = OpenSslPtr<GENERAL_NAMES, freeGeneralNames>;
using X509StackPtr = OpenSslPtr<STACK_OF(X509), freeX509Stack>;
using ExtensionStackPtr = OpenSslPtr<STACK_OF(X509_EXTENSION), freeExtensionStack>;
using AuthorityInfoAccessPtr = OpenSslPtr<AUTHORITY_INFO_ACCESS, freeAccessDescriptions>;
using CertificatePoliciesPtr = OpenSslPtr<CERTIFICATEPOLICIES, freeCertificatePolicies>;
using ExtendedKeyUsagePtr = OpenSslPtr<EXTENDED_KEY_USAGE, freeExtendedKeyUsage>;
using CrlDistPointsPtr = OpenSslPtr<CRL_DIST_POINTS, freeCrlDistPoints>;
using BitStringPtr = OpenSslPtr<ASN1_BIT_STRING, freeBitString>;

// Drains OpenSSL's thread-local error queue into one readable line (empty if nothing queued).
QString drainOpenSslErrors();
// Clears any stale errors (call before an operation whose failure you want to report).
void clearOpenSslErrors();

// Throws PcaError(type, "<context>: <OpenSSL errors>").
[[noreturn]] void throwOpenSsl(const char *type, const QString &context);

// Checks an OpenSSL return value (1 / non-null is success).
inline void check(int ret, const char *context, const char *type = errors::InternalFailure)
{
    if (ret <= 0)
        throwOpenSsl(type, QString::fromUtf8(context));
}
template <typename T>
T *checkPtr(T *ptr, const char *context, const char *type = errors::InternalFailure)
{
    if (!ptr)
        throwOpenSsl(type, QString::fromUtf8(context));
    return ptr;
}

// DER/PEM helpers.
QByteArray derOf(X509 *cert);
QByteArray derOf(X509_REQ *req);
QByteArray derOf(X509_CRL *crl);
QByteArray pemOf(X509 *cert);
QByteArray pemOf(X509_REQ *req);
QByteArray pemFromDer(const QByteArray &der, const char *label);
X509Ptr certificateFromDer(const QByteArray &der);
// Uniform random bytes from OpenSSL's CSPRNG.
QByteArray randomBytes(int count);
QByteArray sha256(const QByteArray &data);
QByteArray sha1(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// Constant-time comparison of two byte strings.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace pca::crypto

namespace pca::crypto {
// scrypt key derivation (RFC 7914).
QByteArray scrypt(const QByteArray &passphrase, const QByteArray &salt, int log2N, int r, int p,
                  int length);
} // namespace pca::crypto

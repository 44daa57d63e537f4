#include "crypto/CrlBuilder.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/ExtensionBuilder.h"
#include "crypto/Signing.h"

#include <openssl/bn.h>

namespace pca::crypto {

namespace {

// DER tag + length header written by OpenSSL.
QByteArray header(int constructed, int length, int tag, int xclass)
{
    const int size = ASN1_object_size(constructed, length, tag) - length;
    QByteArray out(size, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    ASN1_put_object(&p, constructed, length, tag, xclass);
    return out;
}

template <typename T, typename Fn>
QByteArray encode(T *object, Fn i2d, const char *context)
{
    const int length = i2d(object, nullptr);
    check(length, context);
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    check(i2d(object, &p), context);
    return out;
}

template <typename T, typename Fn>
void appendEncoded(QByteArray &out, T *object, Fn i2d, const char *context)
{
    const int length = i2d(object, nullptr);
    check(length, context);
    const qsizetype at = out.size();
    out.resize(at + length);
    auto *p = reinterpret_cast<unsigned char *>(out.data() + at);
    check(i2d(object, &p), context);
}

} // namespace

int crlReasonCode(api::RevocationReason reason)
{
    switch (reason) {
    case api::RevocationReason::UNSPECIFIED:
        return CRL_REASON_UNSPECIFIED;
    case api::RevocationReason::KEY_COMPROMISE:
        return CRL_REASON_KEY_COMPROMISE;
    case api::RevocationReason::CERTIFICATE_AUTHORITY_COMPROMISE:
        return CRL_REASON_CA_COMPROMISE;
    case api::RevocationReason::AFFILIATION_CHANGED:
        return CRL_REASON_AFFILIATION_CHANGED;
    case api::RevocationReason::SUPERSEDED:
        return CRL_REASON_SUPERSEDED;
    case api::RevocationReason::CESSATION_OF_OPERATION:
        return CRL_REASON_CESSATION_OF_OPERATION;
    case api::RevocationReason::PRIVILEGE_WITHDRAWN:
        return CRL_REASON_PRIVILEGE_WITHDRAWN;
    case api::RevocationReason::A_A_COMPROMISE:
        return CRL_REASON_AA_COMPROMISE;
    }
    return CRL_REASON_UNSPECIFIED;
}

CrlBuilder::CrlBuilder(X509 *issuerCertificate, EVP_PKEY *issuerKey,
                       api::SigningAlgorithm algorithm, qint64 crlNumber, qint64 thisUpdateMs,
                       qint64 nextUpdateMs)
    : m_issuer(issuerCertificate)
    , m_key(issuerKey)
    , m_algorithm(algorithm)
    , m_crlNumber(crlNumber)
    , m_thisUpdate(thisUpdateMs)
    , m_nextUpdate(nextUpdateMs)
    , m_serial(ASN1_INTEGER_new())
    , m_time(ASN1_TIME_new())
{
    checkPtr(m_serial.get(), "allocating a serial number");
    checkPtr(m_time.get(), "allocating a time");
    // The crlEntryExtensions of each reason code, encoded once.
    for (int code = 1; code <= 10; ++code) {
        if (code == 7 || code == 8) // 7 is unused; removeFromCRL only appears in delta CRLs
            continue;
        OpenSslPtr<ASN1_ENUMERATED, ASN1_ENUMERATED_free> value(ASN1_ENUMERATED_new());
        checkPtr(value.get(), "allocating a reason code");
        check(ASN1_ENUMERATED_set(value.get(), code), "setting a reason code");
        X509ExtensionPtr extension(X509V3_EXT_i2d(NID_crl_reason, 0, value.get()));
        checkPtr(extension.get(), "encoding a reason code");
        ExtensionStackPtr stack(sk_X509_EXTENSION_new_null());
        checkPtr(stack.get(), "allocating extensions");
        check(sk_X509_EXTENSION_push(stack.get(), extension.get()), "adding a reason code");
        extension.release();
        m_reasonExtensions[code] =
            encode(stack.get(), i2d_X509_EXTENSIONS, "encoding CRL entry extensions");
    }
}

CrlBuilder::~CrlBuilder() = default;

void CrlBuilder::reserve(qint64 entries)
{
    m_entries.reserve(qsizetype(entries * 56));
}

void CrlBuilder::addEntry(const QString &serialHex, qint64 revokedAtMs,
                          api::RevocationReason reason)
{
    const QByteArray serial = QByteArray::fromHex(serialHex.toLatin1());
    check(ASN1_STRING_set(m_serial.get(), serial.constData(), int(serial.size())),
          "setting a serial number");
    checkPtr(ASN1_TIME_set(m_time.get(), time_t(revokedAtMs / 1000)), "setting a time");
    const int code = crlReasonCode(reason);
    const QByteArray &extensions = code > 0 ? m_reasonExtensions[code] : QByteArray();

    const int serialLength = i2d_ASN1_INTEGER(m_serial.get(), nullptr);
    const int timeLength = i2d_ASN1_TIME(m_time.get(), nullptr);
    check(serialLength, "encoding a serial number");
    check(timeLength, "encoding a time");
    const int contentLength = serialLength + timeLength + int(extensions.size());
    const int totalLength = ASN1_object_size(1, contentLength, V_ASN1_SEQUENCE);

    const qsizetype at = m_entries.size();
    m_entries.resize(at + totalLength);
    auto *p = reinterpret_cast<unsigned char *>(m_entries.data() + at);
    ASN1_put_object(&p, 1, contentLength, V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL);
    i2d_ASN1_INTEGER(m_serial.get(), &p);
    i2d_ASN1_TIME(m_time.get(), &p);
    if (!extensions.isEmpty())
        memcpy(p, extensions.constData(), size_t(extensions.size()));
    ++m_count;
}

QByteArray CrlBuilder::finish()
{
    clearOpenSslErrors();
    // The signature AlgorithmIdentifier exactly as OpenSSL writes it for this key and
    // algorithm (including RSA-PSS parameters): sign a CRL without entries once and read it.
    X509CrlPtr probe(X509_CRL_new());
    checkPtr(probe.get(), "allocating a CRL");
    check(X509_CRL_set_version(probe.get(), X509_CRL_VERSION_2), "setting the CRL version");
    check(X509_CRL_set_issuer_name(probe.get(), X509_get_subject_name(m_issuer)),
          "setting the CRL issuer");
    {
        MdCtxPtr ctx = signingContext(m_key, m_algorithm);
        check(X509_CRL_sign_ctx(probe.get(), ctx.get()), "signing the CRL");
    }
    const X509_ALGOR *algorithm = nullptr;
    X509_CRL_get0_signature(probe.get(), nullptr, &algorithm);
    const QByteArray algorithmDer =
        encode(const_cast<X509_ALGOR *>(algorithm), i2d_X509_ALGOR, "encoding the algorithm");

    // crlExtensions: authority key identifier and CRL number.
    ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    checkPtr(extensions.get(), "allocating CRL extensions");
    const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(m_issuer);
    const QByteArray keyId =
        ski ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(ski)),
                         ASN1_STRING_length(ski))
            : keyIdentifierOf(m_key);
    X509ExtensionPtr aki = authorityKeyIdentifierExtension(keyId);
    check(sk_X509_EXTENSION_push(extensions.get(), aki.get()), "adding an extension");
    aki.release();
    OpenSslPtr<BIGNUM, BN_free> number(BN_new());
    checkPtr(number.get(), "allocating a CRL number");
    check(BN_set_word(number.get(), static_cast<BN_ULONG>(m_crlNumber)), "setting the CRL number");
    Asn1IntegerPtr crlNumber(BN_to_ASN1_INTEGER(number.get(), nullptr));
    checkPtr(crlNumber.get(), "encoding the CRL number");
    X509ExtensionPtr numberExtension(X509V3_EXT_i2d(NID_crl_number, 0, crlNumber.get()));
    checkPtr(numberExtension.get(), "encoding the CRL number");
    check(sk_X509_EXTENSION_push(extensions.get(), numberExtension.get()), "adding an extension");
    numberExtension.release();
    const QByteArray extensionsDer =
        encode(extensions.get(), i2d_X509_EXTENSIONS, "encoding CRL extensions");

    // TBSCertList.
    QByteArray body;
    body.reserve(m_entries.size() + 1024);
    {
        Asn1IntegerPtr version(ASN1_INTEGER_new());
        checkPtr(version.get(), "allocating the CRL version");
        check(ASN1_INTEGER_set(version.get(), 1), "setting the CRL version");
        appendEncoded(body, version.get(), i2d_ASN1_INTEGER, "encoding the CRL version");
    }
    body += algorithmDer;
    appendEncoded(body, X509_get_subject_name(m_issuer), i2d_X509_NAME, "encoding the issuer");
    Asn1TimePtr thisUpdate = asn1Time(m_thisUpdate);
    Asn1TimePtr nextUpdate = asn1Time(m_nextUpdate);
    appendEncoded(body, thisUpdate.get(), i2d_ASN1_TIME, "encoding thisUpdate");
    appendEncoded(body, nextUpdate.get(), i2d_ASN1_TIME, "encoding nextUpdate");
    if (m_count > 0) {
        body += header(1, int(m_entries.size()), V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL);
        body += m_entries;
        m_entries = QByteArray(); // release the entry bytes early
    }
    body += header(1, int(extensionsDer.size()), 0, V_ASN1_CONTEXT_SPECIFIC);
    body += extensionsDer;

    QByteArray tbs = header(1, int(body.size()), V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL);
    tbs.reserve(tbs.size() + body.size());
    tbs += body;
    body = QByteArray();

    const QByteArray signature = signData(m_key, m_algorithm, tbs);
    QByteArray signatureBits = header(0, int(signature.size()) + 1, V_ASN1_BIT_STRING,
                                      V_ASN1_UNIVERSAL);
    signatureBits += char(0); // no unused bits
    signatureBits += signature;

    const int contentLength = int(tbs.size() + algorithmDer.size() + signatureBits.size());
    QByteArray crl = header(1, contentLength, V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL);
    crl.reserve(crl.size() + contentLength);
    crl += tbs;
    tbs = QByteArray();
    crl += algorithmDer;
    crl += signatureBits;
    return crl;
}

} // namespace pca::crypto

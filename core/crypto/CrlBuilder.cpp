#include "crypto/CrlBuilder.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/Der.h"
#include "crypto/ExtensionBuilder.h"
#include "crypto/Signing.h"

#include <openssl/bn.h>

#include <cstring>
#include <limits>

namespace pca::crypto {

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
            der::encode(stack.get(), i2d_X509_EXTENSIONS, "encoding CRL entry extensions");
    }
}

CrlBuilder::~CrlBuilder() = default;

// The entry buffer starts with this much headroom, so that finish() can write the CRL's
// headers in front of the entries without copying them (a CRL of 10^6 entries is ~50 MB).
constexpr qsizetype kHeadroom = 16384;

void CrlBuilder::reserve(qint64 entries)
{
    m_entries.reserve(kHeadroom + qsizetype(entries * 56) + 4096);
}

namespace {
// Sets `time` to `seconds` since the epoch. ASN1_TIME_set formats through BIO_snprintf, which
// dominates the cost of a CRL entry; this fills the same RFC 5280 value and leaves the DER
// encoding to OpenSSL.
void setTime(ASN1_TIME *time, qint64 seconds)
{
    char text[16];
    int tag = 0;
    const int length = der::timeText(seconds, text, tag);
    if (length == 0) {
        checkPtr(ASN1_TIME_set(time, time_t(seconds)), "setting a time");
        return;
    }
    check(ASN1_STRING_set(time, text, length), "setting a time");
    time->type = tag;
}
} // namespace

void CrlBuilder::addEntry(const QString &serialHex, qint64 revokedAtMs,
                          api::RevocationReason reason)
{
    const QByteArray serial = QByteArray::fromHex(serialHex.toLatin1());
    check(ASN1_STRING_set(m_serial.get(), serial.constData(), int(serial.size())),
          "setting a serial number");
    setTime(m_time.get(), der::floorSeconds(revokedAtMs));
    const int code = crlReasonCode(reason);
    const QByteArray &extensions = code > 0 ? m_reasonExtensions[code] : QByteArray();

    const int serialLength = i2d_ASN1_INTEGER(m_serial.get(), nullptr);
    const int timeLength = i2d_ASN1_TIME(m_time.get(), nullptr);
    check(serialLength, "encoding a serial number");
    check(timeLength, "encoding a time");
    const int contentLength = serialLength + timeLength + int(extensions.size());
    const int totalLength = ASN1_object_size(1, contentLength, V_ASN1_SEQUENCE);

    if (m_entries.isEmpty())
        m_entries.resize(kHeadroom, '\0');
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
    MdCtxPtr ctx = signingContext(m_key, m_algorithm);
    const QByteArray algorithmDer = signatureAlgorithmDer(ctx.get());

    // crlExtensions: authority key identifier, CRL number and, for a partition, the IDP.
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
    if (!m_idpUrl.isEmpty()) {
        X509ExtensionPtr idp = issuingDistributionPointExtension(m_idpUrl);
        check(sk_X509_EXTENSION_push(extensions.get(), idp.get()), "adding an extension");
        idp.release();
    }
    const QByteArray extensionsDer =
        der::encode(extensions.get(), i2d_X509_EXTENSIONS, "encoding CRL extensions");

    // TBSCertList ::= SEQUENCE { version, signature, issuer, thisUpdate, nextUpdate,
    //                            revokedCertificates (omitted when empty), [0] crlExtensions }
    QByteArray fields;
    {
        Asn1IntegerPtr version(ASN1_INTEGER_new());
        checkPtr(version.get(), "allocating the CRL version");
        check(ASN1_INTEGER_set(version.get(), 1), "setting the CRL version");
        der::append(fields, version.get(), i2d_ASN1_INTEGER, "encoding the CRL version");
    }
    fields += algorithmDer;
    der::append(fields, X509_get_subject_name(m_issuer), i2d_X509_NAME, "encoding the issuer");
    der::appendTime(fields, der::floorSeconds(m_thisUpdate));
    der::appendTime(fields, der::floorSeconds(m_nextUpdate));
    const qsizetype entriesLength = m_count > 0 ? m_entries.size() - kHeadroom : 0;
    if (m_count > 0)
        fields += der::header(true, entriesLength, V_ASN1_SEQUENCE);
    QByteArray trailer = der::header(true, extensionsDer.size(), 0, V_ASN1_CONTEXT_SPECIFIC);
    trailer += extensionsDer;
    const qint64 tbsContent = fields.size() + entriesLength + trailer.size();
    if (tbsContent > std::numeric_limits<int>::max() / 2)
        throw PcaError(errors::LimitExceeded, QStringLiteral("The CRL would be too large."));
    const QByteArray tbsHeader = der::header(true, tbsContent, V_ASN1_SEQUENCE);
    const qint64 tbsLength = tbsHeader.size() + tbsContent;

    // Assemble in place: [headroom ... prefix][entries][trailer], then sign the TBS slice.
    QByteArray buffer = std::move(m_entries);
    m_entries = QByteArray();
    if (buffer.isEmpty())
        buffer.resize(kHeadroom, '\0');
    QByteArray prefix = tbsHeader + fields;
    qsizetype start = kHeadroom - prefix.size();
    if (start < 64) { // an unusually long issuer name: make room (one copy)
        buffer.insert(0, QByteArray(prefix.size() + 64, '\0'));
        start = kHeadroom + 64;
    }
    memcpy(buffer.data() + start, prefix.constData(), size_t(prefix.size()));
    buffer += trailer;
    const QByteArray signature =
        signData(ctx.get(), QByteArrayView(buffer.constData() + start, qsizetype(tbsLength)));
    QByteArray signatureBits;
    der::appendBitString(signatureBits, signature);
    buffer += algorithmDer;
    buffer += signatureBits;
    const qint64 contentLength = tbsLength + algorithmDer.size() + signatureBits.size();
    const QByteArray crlHeader = der::header(true, contentLength, V_ASN1_SEQUENCE);
    start -= crlHeader.size();
    memcpy(buffer.data() + start, crlHeader.constData(), size_t(crlHeader.size()));
    buffer.remove(0, start); // drops the unused headroom in place, no second buffer
    return buffer;
}

} // namespace pca::crypto

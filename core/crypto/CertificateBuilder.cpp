#include "crypto/CertificateBuilder.h"

#include "crypto/ExtensionBuilder.h"
#include "crypto/Signing.h"
#include "crypto/X509Names.h"

#include <openssl/bn.h>

#include <algorithm>
#include <vector>

namespace pca::crypto {

namespace {

class ExtensionSet
{
public:
    explicit ExtensionSet(X509 *cert)
        : m_cert(cert)
    {}

    bool has(const ASN1_OBJECT *object) const
    {
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef)
            return std::find(m_nids.begin(), m_nids.end(), nid) != m_nids.end();
        for (const ASN1_OBJECT *other : m_others) {
            if (OBJ_cmp(other, object) == 0)
                return true;
        }
        return false;
    }

    // Adds the extension unless one with the same OID is already present (higher priority).
    void add(X509ExtensionPtr extension)
    {
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(extension.get());
        if (has(object))
            return;
        check(X509_add_ext(m_cert, extension.get(), -1), "adding an extension");
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            m_nids.push_back(nid);
        } else {
            // Remember the certificate's own copy (`extension` is freed on return).
            X509_EXTENSION *added = X509_get_ext(m_cert, X509_get_ext_count(m_cert) - 1);
            m_others.push_back(X509_EXTENSION_get_object(added));
        }
    }
    void addCopy(X509_EXTENSION *extension)
    {
        if (has(X509_EXTENSION_get_object(extension)))
            return;
        X509ExtensionPtr copy(X509_EXTENSION_dup(extension));
        checkPtr(copy.get(), "copying an extension");
        add(std::move(copy));
    }

private:
    X509 *m_cert;
    std::vector<int> m_nids;
    std::vector<const ASN1_OBJECT *> m_others;
};

} // namespace

Asn1TimePtr asn1Time(qint64 msSinceEpoch)
{
    const time_t seconds =
        time_t(msSinceEpoch >= 0 ? msSinceEpoch / 1000 : (msSinceEpoch - 999) / 1000);
    Asn1TimePtr t(ASN1_TIME_set(nullptr, seconds));
    checkPtr(t.get(), "encoding a time");
    return t;
}

qint64 asn1TimeToMs(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(time, &tm) != 1) {
        clearOpenSslErrors();
        return 0;
    }
    return qint64(timegm(&tm)) * 1000;
}

QByteArray randomSerial(qint64 issuedAtMs)
{
    const auto ms = quint64(qMax<qint64>(issuedAtMs, 0)) & 0xffffffffffffULL;
    QByteArray serial(7, '\0');
    serial[0] = '\x01';
    for (int i = 0; i < 6; ++i)
        serial[1 + i] = char((ms >> (8 * (5 - i))) & 0xff);
    serial += randomBytes(10);
    return serial;
}

QString serialHex(const QByteArray &serial)
{
    return canonicalSerial(QString::fromLatin1(serial.toHex()));
}

QString serialHex(const ASN1_INTEGER *serial)
{
    OpenSslPtr<BIGNUM, BN_free> bn(ASN1_INTEGER_to_BN(serial, nullptr));
    checkPtr(bn.get(), "reading a serial number");
    const int length = BN_num_bytes(bn.get());
    QByteArray bytes(qMax(length, 1), '\0');
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return serialHex(bytes);
}

QString serialColonHex(const QString &canonicalHex)
{
    QString out;
    out.reserve(canonicalHex.size() * 3 / 2);
    for (qsizetype i = 0; i < canonicalHex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += canonicalHex.mid(i, 2);
    }
    return out;
}

QString canonicalSerial(const QString &text)
{
    QString hex;
    hex.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char(':'))
            continue;
        const QChar lower = c.toLower();
        if (!((lower >= QLatin1Char('0') && lower <= QLatin1Char('9')) ||
              (lower >= QLatin1Char('a') && lower <= QLatin1Char('f'))))
            return QString();
        hex += lower;
    }
    qsizetype start = 0;
    while (start < hex.size() - 1 && hex.at(start) == QLatin1Char('0'))
        ++start;
    hex = hex.mid(start);
    if (hex.isEmpty())
        return QString();
    if (hex.size() % 2)
        hex.prepend(QLatin1Char('0'));
    return hex;
}

X509Ptr buildCertificate(const IssuanceParameters &p)
{
    Q_ASSERT(p.certificateTemplate && p.csr && p.issuerKey);
    const CertificateTemplate &t = *p.certificateTemplate;
    const ParsedCsr &csr = *p.csr;
    const api::ApiPassthrough *apiValues = t.acceptsApiPassthrough() ? p.apiPassthrough : nullptr;
    const api::Extensions *apiExtensions =
        apiValues && apiValues->extensions ? &*apiValues->extensions : nullptr;

    clearOpenSslErrors();
    X509Ptr cert(X509_new());
    checkPtr(cert.get(), "allocating a certificate");
    check(X509_set_version(cert.get(), X509_VERSION_3), "setting the certificate version");

    Asn1IntegerPtr serial(ASN1_INTEGER_new());
    checkPtr(serial.get(), "allocating a serial number");
    OpenSslPtr<BIGNUM, BN_free> bn(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(p.serial.constData()),
                  int(p.serial.size()), nullptr));
    checkPtr(bn.get(), "decoding a serial number");
    checkPtr(BN_to_ASN1_INTEGER(bn.get(), serial.get()), "encoding a serial number");
    check(X509_set_serialNumber(cert.get(), serial.get()), "setting the serial number");

    // Subject: API passthrough (when the template takes it), else the CSR's.
    if (apiValues && apiValues->subject && !isEmptySubject(*apiValues->subject)) {
        X509NamePtr subject = buildName(*apiValues->subject);
        check(X509_set_subject_name(cert.get(), subject.get()), "setting the subject");
    } else {
        check(X509_set_subject_name(cert.get(), const_cast<X509_NAME *>(csr.subject())),
              "setting the subject");
    }
    if (p.issuerCertificate) {
        check(X509_set_issuer_name(cert.get(), X509_get_subject_name(p.issuerCertificate)),
              "setting the issuer");
    } else {
        check(X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())),
              "setting the issuer");
    }

    Asn1TimePtr notBefore = asn1Time(p.notBeforeMs);
    Asn1TimePtr notAfter = asn1Time(p.notAfterMs);
    check(X509_set1_notBefore(cert.get(), notBefore.get()), "setting notBefore");
    check(X509_set1_notAfter(cert.get(), notAfter.get()), "setting notAfter");
    csr.applyPublicKey(cert.get());

    ExtensionSet extensions(cert.get());

    // 1. The template definition.
    extensions.add(basicConstraintsExtension(t.ca, t.pathLength, t.basicConstraintsCritical));
    extensions.add(subjectKeyIdentifierExtension(csr.keyIdentifier()));
    if (t.authorityKeyIdentifier && p.issuerCertificate) {
        const ASN1_OCTET_STRING *issuerSki = X509_get0_subject_key_id(p.issuerCertificate);
        const QByteArray keyId =
            issuerSki ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(issuerSki)),
                                   ASN1_STRING_length(issuerSki))
                      : keyIdentifierOf(p.issuerKey);
        extensions.add(authorityKeyIdentifierExtension(keyId));
    }
    if (t.keyUsage)
        extensions.add(keyUsageExtension(t.keyUsage, t.keyUsageCritical));
    if (!t.extendedKeyUsage.isEmpty()) {
        ExtendedKeyUsagePtr eku(sk_ASN1_OBJECT_new_null());
        checkPtr(eku.get(), "allocating extended key usage");
        for (int nid : t.extendedKeyUsage)
            check(sk_ASN1_OBJECT_push(eku.get(), OBJ_nid2obj(nid)), "adding a key usage");
        X509ExtensionPtr ext(
            X509V3_EXT_i2d(NID_ext_key_usage, t.extendedKeyUsageCritical ? 1 : 0, eku.get()));
        checkPtr(ext.get(), "encoding extended key usage");
        extensions.add(std::move(ext));
    }
    // Subject alternative names are defined by every template as passthrough: from the API
    // (when accepted and given) before the CSR.
    if (apiExtensions && apiExtensions->subjectAlternativeNames &&
        !apiExtensions->subjectAlternativeNames->isEmpty()) {
        extensions.add(subjectAltNameExtension(*apiExtensions->subjectAlternativeNames));
    } else if (X509_EXTENSION *san = csr.extension(NID_subject_alt_name)) {
        extensions.addCopy(san);
    }
    if (t.revocationPointers) {
        if (!p.crlDistributionPointUrl.isEmpty())
            extensions.add(crlDistributionPointsExtension(p.crlDistributionPointUrl));
        if (!p.ocspUrl.isEmpty())
            extensions.add(ocspAuthorityInfoAccessExtension(p.ocspUrl));
    }

    // 2. API passthrough values for what the template does not define.
    if (apiExtensions) {
        if (apiExtensions->keyUsage && anyKeyUsage(*apiExtensions->keyUsage))
            extensions.add(keyUsageExtension(keyUsageFlags(*apiExtensions->keyUsage), true));
        if (apiExtensions->extendedKeyUsage && !apiExtensions->extendedKeyUsage->isEmpty())
            extensions.add(extendedKeyUsageExtension(*apiExtensions->extendedKeyUsage));
        if (apiExtensions->certificatePolicies && !apiExtensions->certificatePolicies->isEmpty())
            extensions.add(certificatePoliciesExtension(*apiExtensions->certificatePolicies));
        if (apiExtensions->customExtensions) {
            for (const auto &custom : *apiExtensions->customExtensions)
                extensions.add(customExtension(custom));
        }
    }

    // 3. CSR extensions for what neither the template nor the API defined.
    if (t.acceptsCsrPassthrough()) {
        for (int i = 0; i < sk_X509_EXTENSION_num(csr.extensions.get()); ++i)
            extensions.addCopy(sk_X509_EXTENSION_value(csr.extensions.get(), i));
    }

    MdCtxPtr ctx = signingContext(p.issuerKey, p.signingAlgorithm);
    check(X509_sign_ctx(cert.get(), ctx.get()), "signing the certificate");
    return cert;
}

} // namespace pca::crypto

#include "crypto/CertificateBuilder.h"

#include "crypto/CanonicalForms.h"
#include "crypto/CertificateInspector.h"
#include "crypto/Der.h"
#include "crypto/ExtensionBuilder.h"
#include "crypto/Signing.h"
#include "crypto/StrictDer.h"
#include "crypto/X509Names.h"

#include <openssl/bn.h>

#include <algorithm>
#include <vector>

namespace pca::crypto {

namespace {

// The extensions of a certificate in the order they are added, as DER. The first extension
// with an OID wins: later sources (API passthrough, CSR) cannot override earlier ones.
class ExtensionSet
{
public:
    bool has(const ASN1_OBJECT *object) const
    {
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef)
            return std::find(m_nids.begin(), m_nids.end(), nid) != m_nids.end();
        for (const Asn1ObjectPtr &other : m_others) {
            if (OBJ_cmp(other.get(), object) == 0)
                return true;
        }
        return false;
    }

    // Adds the extension unless one with the same OID is already present.
    void add(X509_EXTENSION *extension)
    {
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(extension);
        if (has(object))
            return;
        der::append(m_der, extension, i2d_X509_EXTENSION, "encoding an extension");
        const int nid = OBJ_obj2nid(object);
        if (nid == NID_subject_alt_name) {
            m_subjectAltNames.reset(static_cast<GENERAL_NAMES *>(X509V3_EXT_d2i(extension)));
            if (!m_subjectAltNames)
                clearOpenSslErrors();
        }
        if (nid != NID_undef) {
            m_nids.push_back(nid);
        } else {
            Asn1ObjectPtr copy(OBJ_dup(object));
            checkPtr(copy.get(), "copying an extension OID");
            m_others.push_back(std::move(copy));
        }
    }
    void add(const X509ExtensionPtr &extension) { add(extension.get()); }

    bool isEmpty() const { return m_der.isEmpty(); }
    // The concatenated Extension elements (the contents of the Extensions SEQUENCE).
    const QByteArray &der() const { return m_der; }
    // The subject alternative names added, or nullptr.
    const GENERAL_NAMES *subjectAltNames() const { return m_subjectAltNames.get(); }

private:
    QByteArray m_der;
    GeneralNamesPtr m_subjectAltNames;
    std::vector<int> m_nids;
    std::vector<Asn1ObjectPtr> m_others;
};

} // namespace

Asn1TimePtr asn1Time(qint64 msSinceEpoch)
{
    Asn1TimePtr t(ASN1_TIME_set(nullptr, time_t(der::floorSeconds(msSinceEpoch))));
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

BuiltCertificate buildCertificate(const IssuanceParameters &p)
{
    Q_ASSERT(p.certificateTemplate && p.csr && p.issuerKey);
    const CertificateTemplate &t = *p.certificateTemplate;
    const ParsedCsr &csr = *p.csr;
    const api::ApiPassthrough *apiValues = t.acceptsApiPassthrough() ? p.apiPassthrough : nullptr;
    const api::Extensions *apiExtensions =
        apiValues && apiValues->extensions ? &*apiValues->extensions : nullptr;

    clearOpenSslErrors();
    BuiltCertificate built;

    // Subject: API passthrough (when the template takes it), else the CSR's.
    // The CSR's subject is re-encoded: OpenSSL would otherwise copy the bytes it read.
    const X509NamePtr subjectName =
        apiValues && apiValues->subject && !isEmptySubject(*apiValues->subject)
            ? buildName(*apiValues->subject)
            : canonicalName(csr.subject(), errors::MalformedCsr, QStringLiteral("The CSR subject"));
    const X509_NAME *subject = subjectName.get();
    // The issuer: the CA certificate's subject, or the subject itself for a self-signed root.
    const X509_NAME *issuer =
        p.issuerCertificate ? X509_get_subject_name(p.issuerCertificate) : subject;

    ExtensionSet extensions;

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
        extensions.add(ext);
    }
    // Subject alternative names are defined by every template as passthrough: from the API
    // (when accepted and given) before the CSR.
    if (apiExtensions && apiExtensions->subjectAlternativeNames &&
        !apiExtensions->subjectAlternativeNames->isEmpty()) {
        extensions.add(subjectAltNameExtension(*apiExtensions->subjectAlternativeNames));
    } else if (X509_EXTENSION *san = csr.extension(NID_subject_alt_name)) {
        extensions.add(canonicalExtension(san, errors::MalformedCsr));
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
        for (int i = 0; i < sk_X509_EXTENSION_num(csr.extensions.get()); ++i) {
            X509_EXTENSION *requested = sk_X509_EXTENSION_value(csr.extensions.get(), i);
            if (!extensions.has(X509_EXTENSION_get_object(requested)))
                extensions.add(canonicalExtension(requested, errors::MalformedCsr));
        }
    }

    MdCtxPtr ctx = signingContext(p.issuerKey, p.signingAlgorithm);
    const QByteArray signatureAlgorithm = signatureAlgorithmDer(ctx.get());
    built.notBeforeMs = der::floorSeconds(p.notBeforeMs) * 1000;
    built.notAfterMs = der::floorSeconds(p.notAfterMs) * 1000;

    // TBSCertificate ::= SEQUENCE { [0] EXPLICIT version, serialNumber, signature, issuer,
    //     validity, subject, subjectPublicKeyInfo, [3] EXPLICIT extensions }
    QByteArray fields;
    fields.reserve(1024 + extensions.der().size());
    fields.append("\xa0\x03\x02\x01\x02", 5); // v3
    der::appendUnsignedInteger(fields, p.serial);
    fields += signatureAlgorithm;
    der::append(fields, issuer, i2d_X509_NAME, "encoding the issuer");
    QByteArray validity;
    der::appendTime(validity, der::floorSeconds(p.notBeforeMs));
    der::appendTime(validity, der::floorSeconds(p.notAfterMs));
    der::appendSequence(fields, validity);
    der::append(fields, subject, i2d_X509_NAME, "encoding the subject");
    {
        // SubjectPublicKeyInfo: the CSR's algorithm and key bits, exactly as requested.
        QByteArray keyInfo;
        der::append(keyInfo, csr.publicKeyAlgorithm.get(), i2d_X509_ALGOR,
                    "encoding the key algorithm");
        der::appendBitString(keyInfo, csr.publicKeyBits);
        der::appendSequence(fields, keyInfo);
    }
    if (!extensions.isEmpty()) {
        QByteArray sequence;
        der::appendSequence(sequence, extensions.der());
        der::appendElement(fields, true, 3, sequence, V_ASN1_CONTEXT_SPECIFIC);
    }
    QByteArray tbs;
    der::appendSequence(tbs, fields);
    // Never sign anything but canonical DER: every part above is built or re-encoded here, so
    // a problem is a defect of this builder, and nothing is signed.
    if (const auto problem = der::certificateDerProblem(tbs)) {
        throw PcaError(errors::InternalFailure,
                       QStringLiteral("The certificate was not signed because its encoding is "
                                      "not DER: %1.")
                           .arg(*problem));
    }

    const QByteArray signature = signData(ctx.get(), tbs);
    QByteArray certificate = std::move(tbs);
    certificate += signatureAlgorithm;
    der::appendBitString(certificate, signature);
    built.der.reserve(certificate.size() + 8);
    der::appendSequence(built.der, certificate);

    built.subject = rfc4514Name(subject);
    if (const GENERAL_NAMES *names = extensions.subjectAltNames())
        built.subjectAltNames = generalNamesText(names);
    return built;
}

} // namespace pca::crypto

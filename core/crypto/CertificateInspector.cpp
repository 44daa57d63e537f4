#include "crypto/CertificateInspector.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/Keys.h"
#include "crypto/Pem.h"
#include "crypto/StrictDer.h"
#include "crypto/X509Names.h"

#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace pca::crypto {

QString colonHex(const QByteArray &bytes)
{
    QString out;
    const QByteArray hex = bytes.toHex().toUpper();
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += QLatin1StringView(hex.constData() + i, 2);
    }
    return out;
}

X509Ptr certificateFromStrictDer(const QByteArray &der, const char *errorType, const QString &what)
{
    clearOpenSslErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, der.size()));
    if (!cert) {
        const QString detail = drainOpenSslErrors();
        throw PcaError(errorType, QStringLiteral("%1 cannot be decoded: %2").arg(what, detail));
    }
    if (p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        throw PcaError(errorType,
                       QStringLiteral("%1 has trailing data after its DER encoding.").arg(what));
    // Certificates are stored, served in chains and named as issuers as they are; one that is
    // not DER would make strict clients refuse every chain it is part of.
    if (const auto problem = der::certificateDerProblem(der))
        throw PcaError(errorType, QStringLiteral("%1 is not DER-encoded: %2.").arg(what, *problem));
    return cert;
}

std::vector<X509Ptr> parseCertificates(const QByteArray &input, const char *errorType)
{
    std::vector<X509Ptr> out;
    const QByteArray trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return out;
    if (!startsWithPem(trimmed)) {
        if (!trimmed.startsWith('\x30'))
            throw PcaError(errorType, QStringLiteral("The certificate is neither PEM nor DER."));
        out.push_back(
            certificateFromStrictDer(input, errorType, QStringLiteral("The certificate")));
        return out;
    }
    int index = 0;
    for (const PemBlock &block : readPemBlocks(trimmed, errorType)) {
        ++index;
        if (block.label != "CERTIFICATE") {
            throw PcaError(errorType,
                           QStringLiteral("PEM block %1 is not a CERTIFICATE.").arg(index));
        }
        out.push_back(certificateFromStrictDer(block.der, errorType,
                                               QStringLiteral("Certificate %1").arg(index)));
    }
    if (out.empty())
        throw PcaError(errorType, QStringLiteral("No certificate was found in the input."));
    return out;
}

QStringList subjectAltNames(X509 *cert)
{
    GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names) {
        clearOpenSslErrors();
        return {};
    }
    return generalNamesText(names.get());
}

QStringList generalNamesText(const GENERAL_NAMES *names)
{
    QStringList out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        int type = 0;
        void *value = GENERAL_NAME_get0_value(name, &type);
        switch (type) {
        case GEN_DNS:
            out << QStringLiteral("DNS:") + asn1StringText(static_cast<ASN1_STRING *>(value));
            break;
        case GEN_EMAIL:
            out << QStringLiteral("email:") + asn1StringText(static_cast<ASN1_STRING *>(value));
            break;
        case GEN_URI:
            out << QStringLiteral("URI:") + asn1StringText(static_cast<ASN1_STRING *>(value));
            break;
        case GEN_IPADD: {
            const auto *ip = static_cast<ASN1_OCTET_STRING *>(value);
            const unsigned char *d = ASN1_STRING_get0_data(ip);
            const int n = ASN1_STRING_length(ip);
            QString text;
            if (n == 4) {
                text = QStringLiteral("%1.%2.%3.%4").arg(d[0]).arg(d[1]).arg(d[2]).arg(d[3]);
            } else {
                QStringList groups;
                for (int g = 0; g + 1 < n; g += 2)
                    groups << QString::number((d[g] << 8) | d[g + 1], 16);
                text = groups.join(QLatin1Char(':'));
            }
            out << QStringLiteral("IP:") + text;
            break;
        }
        case GEN_DIRNAME:
            out << QStringLiteral("DirName:") + displayName(static_cast<X509_NAME *>(value));
            break;
        case GEN_RID:
            out << QStringLiteral("RID:") + oidText(static_cast<ASN1_OBJECT *>(value));
            break;
        case GEN_OTHERNAME: {
            const auto *other = static_cast<OTHERNAME *>(value);
            QString text = oidText(other->type_id);
            if (other->value &&
                (other->value->type == V_ASN1_UTF8STRING || other->value->type == V_ASN1_IA5STRING))
                text += QLatin1Char(';') + asn1StringText(other->value->value.asn1_string);
            out << QStringLiteral("othername:") + text;
            break;
        }
        case GEN_EDIPARTY:
            out << QStringLiteral("EdiPartyName");
            break;
        default:
            break;
        }
    }
    return out;
}

bool isSelfSigned(X509 *cert)
{
    if (X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)) != 0)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(cert);
    const bool ok = key && X509_verify(cert, key) == 1;
    clearOpenSslErrors();
    return ok;
}

QStringList disallowedCriticalExtensions(X509 *cert)
{
    static const int allowed[] = {NID_authority_key_identifier,
                                  NID_basic_constraints,
                                  NID_certificate_policies,
                                  NID_ext_key_usage,
                                  NID_inhibit_any_policy,
                                  NID_issuer_alt_name,
                                  NID_key_usage,
                                  NID_name_constraints,
                                  NID_policy_mappings,
                                  NID_subject_alt_name,
                                  NID_subject_directory_attributes,
                                  NID_subject_key_identifier,
                                  NID_sinfo_access};
    QStringList out;
    for (int i = 0; i < X509_get_ext_count(cert); ++i) {
        X509_EXTENSION *ext = X509_get_ext(cert, i);
        if (!X509_EXTENSION_get_critical(ext))
            continue;
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(ext);
        const int nid = OBJ_obj2nid(object);
        if (std::find(std::begin(allowed), std::end(allowed), nid) != std::end(allowed))
            continue;
        const char *name = nid != NID_undef ? OBJ_nid2ln(nid) : nullptr;
        out << (name ? QString::fromLatin1(name) : oidText(object));
    }
    return out;
}

namespace {
QString keyDescription(EVP_PKEY *key)
{
    if (!key)
        return QString();
    const QString type = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1)
            return QStringLiteral("EC %1").arg(QString::fromLatin1(group, qsizetype(length)));
        clearOpenSslErrors();
    }
    return QStringLiteral("%1 %2 bits").arg(type).arg(EVP_PKEY_get_bits(key));
}

QString extensionText(X509_EXTENSION *ext)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return QString();
    if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1) {
        clearOpenSslErrors();
        const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(ext);
        return colonHex(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)),
                                   ASN1_STRING_length(data)));
    }
    char *text = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &text);
    return QString::fromUtf8(text, qsizetype(length)).trimmed();
}
} // namespace

CertificateDetails inspectCertificate(X509 *cert)
{
    CertificateDetails d;
    d.serialHex = serialHex(X509_get0_serialNumber(cert));
    d.subject = displayName(X509_get_subject_name(cert));
    d.issuer = displayName(X509_get_issuer_name(cert));
    d.subjectRfc4514 = rfc4514Name(X509_get_subject_name(cert));
    d.notBeforeMs = asn1TimeToMs(X509_get0_notBefore(cert));
    d.notAfterMs = asn1TimeToMs(X509_get0_notAfter(cert));
    d.subjectAltNames = subjectAltNames(cert);
    d.isCa = X509_check_ca(cert) > 0;
    const long pathLength = X509_get_pathlen(cert);
    d.pathLength = d.isCa && pathLength >= 0 ? int(pathLength) : -1;
    d.subjectKeyIdentifier = subjectKeyIdentifier(cert);
    if (const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(cert))
        d.authorityKeyIdentifier = colonHex(QByteArray(
            reinterpret_cast<const char *>(ASN1_STRING_get0_data(aki)), ASN1_STRING_length(aki)));
    d.publicKey = keyDescription(X509_get0_pubkey(cert));
    const int signatureNid = X509_get_signature_nid(cert);
    d.signatureAlgorithm = signatureNid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(signatureNid))
                                                     : QStringLiteral("unknown");
    const QByteArray der = derOf(cert);
    d.sha256Fingerprint = colonHex(sha256(der));
    d.sha1Fingerprint = colonHex(sha1(der));
    for (int i = 0; i < X509_get_ext_count(cert); ++i) {
        X509_EXTENSION *ext = X509_get_ext(cert, i);
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(ext);
        const int nid = OBJ_obj2nid(object);
        ExtensionDetails e;
        e.oid = oidText(object);
        e.name = nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : e.oid;
        e.critical = X509_EXTENSION_get_critical(ext) != 0;
        e.value = extensionText(ext);
        d.extensions.append(e);
    }
    d.selfSigned = isSelfSigned(cert);
    clearOpenSslErrors();
    return d;
}

QString subjectText(X509 *cert)
{
    return rfc4514Name(X509_get_subject_name(cert));
}

qint64 notBeforeMs(X509 *cert)
{
    return asn1TimeToMs(X509_get0_notBefore(cert));
}

qint64 notAfterMs(X509 *cert)
{
    return asn1TimeToMs(X509_get0_notAfter(cert));
}

bool certifiesKey(X509 *cert, EVP_PKEY *key)
{
    return samePublicKey(X509_get0_pubkey(cert), key);
}

void precomputeExtensionData(X509 *cert)
{
    X509_check_purpose(cert, -1, 0);
}

QString subjectKeyIdentifier(X509 *cert)
{
    const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(cert);
    return ski ? colonHex(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(ski)),
                                     ASN1_STRING_length(ski)))
               : QString();
}

bool hasCriticalCaBasicConstraints(X509 *cert)
{
    int critical = 0;
    BasicConstraintsPtr bc(static_cast<BASIC_CONSTRAINTS *>(
        X509_get_ext_d2i(cert, NID_basic_constraints, &critical, nullptr)));
    clearOpenSslErrors();
    return bc && bc->ca && critical == 1;
}

PKeyPtr csrPublicKey(const QByteArray &csrDer)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(csrDer.constData());
    X509ReqPtr csr(d2i_X509_REQ(nullptr, &bytes, csrDer.size()));
    checkPtr(csr.get(), "decoding a CSR");
    PKeyPtr key(X509_REQ_get_pubkey(csr.get()));
    checkPtr(key.get(), "reading the public key of a CSR");
    return key;
}

qsizetype firstBrokenChainLink(X509 *cert, const std::vector<X509Ptr> &chain)
{
    X509 *child = cert;
    for (size_t i = 0; i < chain.size(); ++i) {
        X509 *parent = chain.at(i).get();
        if (X509_check_issued(parent, child) != X509_V_OK ||
            X509_verify(child, X509_get0_pubkey(parent)) != 1) {
            clearOpenSslErrors();
            return qsizetype(i);
        }
        child = parent;
    }
    return -1;
}

QString pathValidationError(X509 *cert, const std::vector<X509Ptr> &chain)
{
    if (chain.empty())
        return QStringLiteral("no trust anchor");
    X509StorePtr anchors(X509_STORE_new());
    checkPtr(anchors.get(), "allocating a certificate store");
    check(X509_STORE_add_cert(anchors.get(), chain.back().get()), "adding the trust anchor");
    X509StackPtr untrusted(sk_X509_new_null());
    checkPtr(untrusted.get(), "allocating a certificate stack");
    for (size_t i = 0; i + 1 < chain.size(); ++i)
        sk_X509_push(untrusted.get(), chain.at(i).get());
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    checkPtr(ctx.get(), "allocating a validation context");
    check(X509_STORE_CTX_init(ctx.get(), anchors.get(), cert, untrusted.get()),
          "preparing chain validation");
    X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_NO_CHECK_TIME);
    const int verified = X509_verify_cert(ctx.get());
    const int error = X509_STORE_CTX_get_error(ctx.get());
    // The stack borrows the certificates of `chain`: empty it before it is freed.
    while (sk_X509_num(untrusted.get()) > 0)
        sk_X509_pop(untrusted.get());
    clearOpenSslErrors();
    return verified == 1 ? QString() : QString::fromLatin1(X509_verify_cert_error_string(error));
}

} // namespace pca::crypto

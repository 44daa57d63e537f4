#include "crypto/ManagedCertificateCrypto.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateInspector.h"
#include "crypto/Pem.h"
#include "crypto/X509Names.h"

#include <openssl/core_names.h>
#include <openssl/x509v3.h>

namespace pca::crypto {

using api::acm::ExtendedKeyUsageName;
using api::acm::KeyUsageName;
using AcmKey = api::acm::KeyAlgorithm;

std::optional<api::KeyAlgorithm> generatedKeyAlgorithm(AcmKey algorithm)
{
    switch (algorithm) {
    case AcmKey::RSA_1024:
        return std::nullopt;
    case AcmKey::RSA_2048:
        return api::KeyAlgorithm::RSA_2048;
    case AcmKey::RSA_3072:
        return api::KeyAlgorithm::RSA_3072;
    case AcmKey::RSA_4096:
        return api::KeyAlgorithm::RSA_4096;
    case AcmKey::EC_prime256v1:
        return api::KeyAlgorithm::EC_prime256v1;
    case AcmKey::EC_secp384r1:
        return api::KeyAlgorithm::EC_secp384r1;
    case AcmKey::EC_secp521r1:
        return api::KeyAlgorithm::EC_secp521r1;
    }
    return std::nullopt;
}

std::optional<AcmKey> acmKeyAlgorithmOf(EVP_PKEY *key)
{
    if (!key)
        return std::nullopt;
    if (EVP_PKEY_is_a(key, "RSA")) {
        switch (EVP_PKEY_get_bits(key)) {
        case 1024:
            return AcmKey::RSA_1024;
        case 2048:
            return AcmKey::RSA_2048;
        case 3072:
            return AcmKey::RSA_3072;
        case 4096:
            return AcmKey::RSA_4096;
        default:
            return std::nullopt;
        }
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &length) != 1) {
            clearOpenSslErrors();
            return std::nullopt;
        }
        const QByteArray name(group, qsizetype(length));
        if (name == "prime256v1" || name == "P-256")
            return AcmKey::EC_prime256v1;
        if (name == "secp384r1" || name == "P-384")
            return AcmKey::EC_secp384r1;
        if (name == "secp521r1" || name == "P-521")
            return AcmKey::EC_secp521r1;
    }
    return std::nullopt;
}

PKeyPtr readImportedPrivateKey(const QByteArray &pemOrDer, const char *errorType)
{
    QByteArray der = pemOrDer;
    if (startsWithPem(pemOrDer)) {
        const std::vector<PemBlock> blocks = readPemBlocks(pemOrDer, errorType);
        const PemBlock *found = nullptr;
        for (const PemBlock &block : blocks) {
            if (block.label == "ENCRYPTED PRIVATE KEY") {
                throw PcaError(errorType, QStringLiteral("The private key is encrypted; import "
                                                         "it without a passphrase."));
            }
            if (block.label.endsWith("PRIVATE KEY") && !found)
                found = &block;
        }
        if (!found)
            throw PcaError(errorType, QStringLiteral("No PRIVATE KEY block was found."));
        der = found->der;
    }
    clearOpenSslErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKeyPtr key(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
    if (!key || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        const QString detail = drainOpenSslErrors();
        throw PcaError(errorType,
                       QStringLiteral("The private key cannot be read: %1")
                           .arg(detail.isEmpty() ? QStringLiteral("unknown format") : detail));
    }
    return key;
}

namespace {

QString signatureAlgorithmName(X509 *cert)
{
    int digest = NID_undef;
    int pkey = NID_undef;
    const int nid = X509_get_signature_nid(cert);
    if (!OBJ_find_sigid_algs(nid, &digest, &pkey))
        return QString::fromLatin1(OBJ_nid2ln(nid)).toUpper();
    QString hash = QString::fromLatin1(OBJ_nid2sn(digest)).toUpper().remove(QLatin1Char('-'));
    if (pkey == NID_rsaEncryption)
        return hash + QStringLiteral("WITHRSA");
    if (pkey == NID_X9_62_id_ecPublicKey)
        return hash + QStringLiteral("WITHECDSA");
    if (nid == NID_rsassaPss)
        return QStringLiteral("RSASSA_PSS");
    return QString::fromLatin1(OBJ_nid2ln(nid)).toUpper();
}

} // namespace

CertificateFacts certificateFacts(X509 *cert)
{
    CertificateFacts facts;
    facts.subject = rfc4514Name(X509_get_subject_name(cert));
    facts.issuer = rfc4514Name(X509_get_issuer_name(cert));
    facts.serialColonHex = serialColonHex(serialHex(X509_get0_serialNumber(cert)));
    facts.signatureAlgorithm = signatureAlgorithmName(cert);
    facts.notBefore = asn1TimeToMs(X509_get0_notBefore(cert));
    facts.notAfter = asn1TimeToMs(X509_get0_notAfter(cert));
    const X509_NAME *subject = X509_get_subject_name(cert);
    const int cn = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (cn >= 0)
        facts.commonName =
            asn1StringText(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, cn)));
    for (const QString &name : subjectAltNames(cert)) {
        if (name.startsWith(QLatin1String("DNS:")))
            facts.dnsNames << name.mid(4);
    }
    const uint32_t usage = X509_get_key_usage(cert);
    if (usage != UINT32_MAX) {
        const std::pair<uint32_t, KeyUsageName> bits[] = {
            {KU_DIGITAL_SIGNATURE, KeyUsageName::DIGITAL_SIGNATURE},
            {KU_NON_REPUDIATION, KeyUsageName::NON_REPUDIATION},
            {KU_KEY_ENCIPHERMENT, KeyUsageName::KEY_ENCIPHERMENT},
            {KU_DATA_ENCIPHERMENT, KeyUsageName::DATA_ENCIPHERMENT},
            {KU_KEY_AGREEMENT, KeyUsageName::KEY_AGREEMENT},
            {KU_KEY_CERT_SIGN, KeyUsageName::CERTIFICATE_SIGNING},
            {KU_CRL_SIGN, KeyUsageName::CRL_SIGNING},
            {KU_ENCIPHER_ONLY, KeyUsageName::ENCIPHER_ONLY},
            {KU_DECIPHER_ONLY, KeyUsageName::DECIPHER_ONLY}};
        for (const auto &[bit, name] : bits) {
            if (usage & bit)
                facts.keyUsages << name;
        }
    }
    ExtendedKeyUsagePtr eku(static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr)));
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        const ASN1_OBJECT *object = sk_ASN1_OBJECT_value(eku.get(), i);
        api::acm::ExtendedKeyUsage entry;
        entry.oid = oidText(object);
        switch (OBJ_obj2nid(object)) {
        case NID_server_auth:
            entry.name = ExtendedKeyUsageName::TLS_WEB_SERVER_AUTHENTICATION;
            break;
        case NID_client_auth:
            entry.name = ExtendedKeyUsageName::TLS_WEB_CLIENT_AUTHENTICATION;
            break;
        case NID_code_sign:
            entry.name = ExtendedKeyUsageName::CODE_SIGNING;
            break;
        case NID_email_protect:
            entry.name = ExtendedKeyUsageName::EMAIL_PROTECTION;
            break;
        case NID_time_stamp:
            entry.name = ExtendedKeyUsageName::TIME_STAMPING;
            break;
        case NID_OCSP_sign:
            entry.name = ExtendedKeyUsageName::OCSP_SIGNING;
            break;
        case NID_ipsecEndSystem:
            entry.name = ExtendedKeyUsageName::IPSEC_END_SYSTEM;
            break;
        case NID_ipsecTunnel:
            entry.name = ExtendedKeyUsageName::IPSEC_TUNNEL;
            break;
        case NID_ipsecUser:
            entry.name = ExtendedKeyUsageName::IPSEC_USER;
            break;
        case NID_anyExtendedKeyUsage:
            entry.name = ExtendedKeyUsageName::ANY;
            break;
        default:
            entry.name = ExtendedKeyUsageName::CUSTOM;
            break;
        }
        facts.extendedKeyUsages << entry;
    }
    clearOpenSslErrors();
    facts.keyAlgorithm = acmKeyAlgorithmOf(X509_get0_pubkey(cert));
    return facts;
}

} // namespace pca::crypto

#include "crypto/Csr.h"

#include "crypto/Der.h"
#include "crypto/ExtensionBuilder.h"
#include "crypto/Keys.h"
#include "crypto/Pem.h"
#include "crypto/Signing.h"
#include "crypto/StrictDer.h"
#include "crypto/X509Names.h"

#include <openssl/core_names.h>
#include <openssl/param_build.h>

namespace pca::crypto {

namespace {

[[noreturn]] void malformed(const QString &message)
{
    const QString detail = drainOpenSslErrors();
    throw PcaError(errors::MalformedCsr,
                   detail.isEmpty() ? message
                                    : message + QStringLiteral(" (") + detail + QLatin1Char(')'));
}

QByteArray derFromInput(const QByteArray &input)
{
    if (!startsWithPem(input))
        return input;
    const std::vector<PemBlock> blocks = readPemBlocks(input, errors::MalformedCsr);
    if (blocks.size() != 1)
        malformed(QStringLiteral("The CSR must be one PEM block (found %1).").arg(blocks.size()));
    if (blocks.front().label != "CERTIFICATE REQUEST" &&
        blocks.front().label != "NEW CERTIFICATE REQUEST")
        malformed(QStringLiteral("The CSR is PEM, but not a CERTIFICATE REQUEST block."));
    const QByteArray endLine = "-----END " + blocks.front().label + "-----";
    if (!input.mid(input.lastIndexOf(endLine) + endLine.size()).trimmed().isEmpty())
        malformed(QStringLiteral("The CSR has trailing data after its PEM block."));
    if (!input.trimmed().startsWith("-----BEGIN "))
        malformed(QStringLiteral("The CSR has data before its PEM block."));
    return blocks.front().der;
}

void checkKey(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < 2048 || bits > 16384)
            malformed(QStringLiteral("RSA keys must have 2048 to 16384 bits (this one has %1).")
                          .arg(bits));
        return;
    }
    if (keyAlgorithmOf(key))
        return;
    malformed(QStringLiteral("The CSR's public key type (%1) cannot be certified.")
                  .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
}

// One DER element: its tag, the whole encoding and its contents.
struct Element
{
    int tag = 0;
    int xclass = 0;
    bool constructed = false;
    const unsigned char *start = nullptr;
    const unsigned char *content = nullptr;
    long contentLength = 0;
    const unsigned char *end() const { return content + contentLength; }
    long totalLength() const { return long(end() - start); }
};

bool readElement(const unsigned char *&p, const unsigned char *limit, Element &out)
{
    if (p >= limit)
        return false;
    out.start = p;
    long length = 0;
    int tag = 0;
    int xclass = 0;
    const int flags = ASN1_get_object(&p, &length, &tag, &xclass, long(limit - p));
    if (flags & 0x80 || flags == 0x21 /* indefinite length */)
        return false;
    out.tag = tag;
    out.xclass = xclass;
    out.constructed = (flags & V_ASN1_CONSTRUCTED) != 0;
    out.content = p;
    out.contentLength = length;
    if (length < 0 || p + length > limit)
        return false;
    p += length;
    return true;
}

// Domain parameters of the named curves CSRs use, built once.
EVP_PKEY *curveTemplate(int curve)
{
    struct Templates
    {
        PKeyPtr p256, p384, p521;
        Templates()
        {
            const auto make = [](const char *group) {
                PKeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
                OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
                                                                        const_cast<char *>(group),
                                                                        0),
                                       OSSL_PARAM_construct_end()};
                EVP_PKEY *key = nullptr;
                if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
                    EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_KEY_PARAMETERS, params) != 1)
                    clearOpenSslErrors();
                return PKeyPtr(key);
            };
            p256 = make("prime256v1");
            p384 = make("secp384r1");
            p521 = make("secp521r1");
        }
    };
    static const Templates templates;
    switch (curve) {
    case NID_X9_62_prime256v1:
        return templates.p256.get();
    case NID_secp384r1:
        return templates.p384.get();
    case NID_secp521r1:
        return templates.p521.get();
    default:
        return nullptr; // other curves (SM2, ...) take the generic path
    }
}

// The key of a SubjectPublicKeyInfo, built from its parts (the common key types) — OpenSSL
// 3.0's generic decoders cost more than the signature check itself.
PKeyPtr keyFromParts(const X509_ALGOR *algorithm, const QByteArray &bits)
{
    const ASN1_OBJECT *object = nullptr;
    int parameterType = 0;
    const void *parameter = nullptr;
    X509_ALGOR_get0(&object, &parameterType, &parameter, algorithm);
    const int nid = OBJ_obj2nid(object);
    OpenSslPtr<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free> builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return nullptr;
    const char *keyType = nullptr;
    OpenSslPtr<BIGNUM, BN_free> modulus;
    OpenSslPtr<BIGNUM, BN_free> exponent;
    if (nid == NID_X9_62_id_ecPublicKey && parameterType == V_ASN1_OBJECT) {
        const int curve = OBJ_obj2nid(static_cast<const ASN1_OBJECT *>(parameter));
        EVP_PKEY *parameters = curveTemplate(curve);
        if (!parameters)
            return nullptr;
        // Copying a template's parameters is several times cheaper than building the group.
        PKeyPtr key(EVP_PKEY_dup(parameters));
        if (!key || EVP_PKEY_set1_encoded_public_key(
                        key.get(), reinterpret_cast<const unsigned char *>(bits.constData()),
                        size_t(bits.size())) != 1)
            return nullptr;
        return key;
    }
    if (nid == NID_rsaEncryption) {
        // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
        const auto *p = reinterpret_cast<const unsigned char *>(bits.constData());
        const unsigned char *limit = p + bits.size();
        Element sequence;
        if (!readElement(p, limit, sequence) || sequence.tag != V_ASN1_SEQUENCE || p != limit)
            return nullptr;
        const unsigned char *q = sequence.content;
        Asn1IntegerPtr n(d2i_ASN1_INTEGER(nullptr, &q, sequence.end() - q));
        Asn1IntegerPtr e(d2i_ASN1_INTEGER(nullptr, &q, sequence.end() - q));
        if (!n || !e || q != sequence.end())
            return nullptr;
        modulus.reset(ASN1_INTEGER_to_BN(n.get(), nullptr));
        exponent.reset(ASN1_INTEGER_to_BN(e.get(), nullptr));
        if (!modulus || !exponent || BN_is_negative(modulus.get()))
            return nullptr;
        keyType = "RSA";
        if (!OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) ||
            !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()))
            return nullptr;
    } else {
        return nullptr;
    }
    OpenSslPtr<OSSL_PARAM, OSSL_PARAM_free> params(OSSL_PARAM_BLD_to_param(builder.get()));
    PKeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return PKeyPtr(key);
}

// Fast path: walks the DER with OpenSSL's ASN.1 primitives and verifies the signature over the
// encoded CertificationRequestInfo. Returns false when the CSR needs the generic path (unusual
// key or signature types, or anything it does not understand); a `true` result is complete.
bool parseFast(const QByteArray &der, ParsedCsr &csr)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *limit = p + der.size();
    Element request;
    if (!readElement(p, limit, request) || request.tag != V_ASN1_SEQUENCE || p != limit)
        return false;
    p = request.content;
    Element info;
    if (!readElement(p, request.end(), info) || info.tag != V_ASN1_SEQUENCE)
        return false;
    const unsigned char *q = p;
    AlgorithmPtr signatureAlgorithm(d2i_X509_ALGOR(nullptr, &q, request.end() - q));
    if (!signatureAlgorithm)
        return false;
    OpenSslPtr<ASN1_BIT_STRING, ASN1_BIT_STRING_free> signature(
        d2i_ASN1_BIT_STRING(nullptr, &q, request.end() - q));
    if (!signature || q != request.end())
        return false;

    // CertificationRequestInfo ::= SEQUENCE { version, subject, subjectPKInfo, [0] attributes }
    q = info.content;
    Asn1IntegerPtr version(d2i_ASN1_INTEGER(nullptr, &q, info.end() - q));
    if (!version || ASN1_INTEGER_get(version.get()) != 0)
        return false;
    csr.subjectName.reset(d2i_X509_NAME(nullptr, &q, info.end() - q));
    if (!csr.subjectName)
        return false;
    Element spki;
    if (!readElement(q, info.end(), spki) || spki.tag != V_ASN1_SEQUENCE)
        return false;
    {
        const unsigned char *r = spki.content;
        csr.publicKeyAlgorithm.reset(d2i_X509_ALGOR(nullptr, &r, spki.end() - r));
        OpenSslPtr<ASN1_BIT_STRING, ASN1_BIT_STRING_free> bits(
            d2i_ASN1_BIT_STRING(nullptr, &r, spki.end() - r));
        if (!csr.publicKeyAlgorithm || !bits || r != spki.end() || (bits->flags & 0x07))
            return false;
        csr.publicKeyBits = QByteArray(reinterpret_cast<const char *>(bits->data), bits->length);
    }
    Element attributes;
    if (!readElement(q, info.end(), attributes) || attributes.tag != 0 ||
        attributes.xclass != V_ASN1_CONTEXT_SPECIFIC || q != info.end())
        return false;
    csr.extensions.reset(sk_X509_EXTENSION_new_null());
    for (const unsigned char *a = attributes.content; a < attributes.end();) {
        OpenSslPtr<X509_ATTRIBUTE, X509_ATTRIBUTE_free> attribute(
            d2i_X509_ATTRIBUTE(nullptr, &a, attributes.end() - a));
        if (!attribute)
            return false;
        const int nid = OBJ_obj2nid(X509_ATTRIBUTE_get0_object(attribute.get()));
        if (nid != NID_ext_req && nid != NID_ms_ext_req)
            continue;
        const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute.get(), 0);
        if (!value || value->type != V_ASN1_SEQUENCE)
            return false;
        const unsigned char *e = value->value.sequence->data;
        ExtensionStackPtr extensions(
            d2i_X509_EXTENSIONS(nullptr, &e, value->value.sequence->length));
        if (!extensions)
            return false;
        csr.extensions = std::move(extensions);
    }

    // The signature: standard digest-with-key algorithms only (PSS and SM2 take the generic
    // path, which handles their parameters and identifiers).
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    const int signatureNid = OBJ_obj2nid(signatureAlgorithm->algorithm);
    if (!OBJ_find_sigid_algs(signatureNid, &digestNid, &keyNid) || digestNid == NID_undef ||
        (keyNid != NID_rsaEncryption && keyNid != NID_X9_62_id_ecPublicKey) ||
        (signature->flags & 0x07))
        return false;
    csr.publicKey = keyFromParts(csr.publicKeyAlgorithm.get(), csr.publicKeyBits);
    if (!csr.publicKey)
        return false;
    const bool rsaKey = EVP_PKEY_is_a(csr.publicKey.get(), "RSA");
    if (rsaKey != (keyNid == NID_rsaEncryption))
        malformed(QStringLiteral("The CSR's signature algorithm does not match its key."));
    checkKey(csr.publicKey.get());
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const EVP_MD *digest = EVP_get_digestbynid(digestNid);
    if (!ctx || !digest ||
        EVP_DigestVerifyInit(ctx.get(), nullptr, digest, nullptr, csr.publicKey.get()) != 1)
        return false;
    if (EVP_DigestVerify(ctx.get(), signature->data, size_t(signature->length), info.start,
                         size_t(info.totalLength())) != 1)
        malformed(QStringLiteral("The CSR's signature does not verify with its public key."));
    return true;
}

// Generic path: the full OpenSSL decoder for everything else (RSA-PSS, SM2, ML-DSA, ...).
void parseGeneric(const QByteArray &der, ParsedCsr &csr)
{
    clearOpenSslErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509ReqPtr request(d2i_X509_REQ(nullptr, &p, der.size()));
    if (!request)
        malformed(QStringLiteral("The CSR is neither PEM nor DER."));
    if (p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        malformed(QStringLiteral("The CSR has trailing data after its DER encoding."));
    csr.publicKey.reset(X509_REQ_get_pubkey(request.get()));
    if (!csr.publicKey)
        malformed(QStringLiteral("The CSR's public key cannot be read."));
    checkKey(csr.publicKey.get());
    clearOpenSslErrors();
    if (X509_REQ_verify(request.get(), csr.publicKey.get()) != 1)
        malformed(QStringLiteral("The CSR's signature does not verify with its public key."));

    csr.subjectName.reset(X509_NAME_dup(X509_REQ_get_subject_name(request.get())));
    checkPtr(csr.subjectName.get(), "reading the CSR subject", errors::MalformedCsr);
    X509_PUBKEY *spki = X509_REQ_get_X509_PUBKEY(request.get());
    X509_ALGOR *algorithm = nullptr;
    const unsigned char *bits = nullptr;
    int bitsLength = 0;
    check(X509_PUBKEY_get0_param(nullptr, &bits, &bitsLength, &algorithm, spki),
          "reading the CSR public key", errors::MalformedCsr);
    csr.publicKeyAlgorithm.reset(X509_ALGOR_dup(algorithm));
    checkPtr(csr.publicKeyAlgorithm.get(), "reading the key algorithm", errors::MalformedCsr);
    csr.publicKeyBits = QByteArray(reinterpret_cast<const char *>(bits), bitsLength);
    csr.extensions.reset(X509_REQ_get_extensions(request.get()));
    if (!csr.extensions) {
        clearOpenSslErrors();
        csr.extensions.reset(sk_X509_EXTENSION_new_null());
    }
}

} // namespace

X509_EXTENSION *ParsedCsr::extension(int nid) const
{
    const int index = X509v3_get_ext_by_NID(extensions.get(), nid, -1);
    return index >= 0 ? sk_X509_EXTENSION_value(extensions.get(), index) : nullptr;
}

QByteArray ParsedCsr::keyIdentifier() const
{
    return sha1(publicKeyBits);
}

ParsedCsr parseCsr(const QByteArray &input)
{
    if (input.isEmpty())
        malformed(QStringLiteral("The CSR is empty."));
    const QByteArray der = derFromInput(input);
    ParsedCsr csr;
    clearOpenSslErrors();
    if (!parseFast(der, csr)) {
        csr = ParsedCsr();
        parseGeneric(der, csr);
    }
    clearOpenSslErrors();

    // The certificate carries the key exactly as requested, so it must be DER already.
    QByteArray keyInfo;
    der::append(keyInfo, csr.publicKeyAlgorithm.get(), i2d_X509_ALGOR,
                "encoding the key algorithm");
    der::appendBitString(keyInfo, csr.publicKeyBits);
    QByteArray spki;
    der::appendSequence(spki, keyInfo);
    if (const auto problem = der::publicKeyInfoProblem(spki))
        malformed(QStringLiteral("The CSR's public key is not DER-encoded: %1.").arg(*problem));

    csr.hasSubject = X509_NAME_entry_count(csr.subjectName.get()) > 0;
    if (X509_EXTENSION *san = csr.extension(NID_subject_alt_name)) {
        GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(X509V3_EXT_d2i(san)));
        if (!names)
            malformed(QStringLiteral("The CSR's subject alternative name extension is invalid."));
        csr.hasSubjectAltName = sk_GENERAL_NAME_num(names.get()) > 0;
    }
    if (!csr.hasSubject && !csr.hasSubjectAltName) {
        malformed(QStringLiteral("A CSR must provide either a subject name or a subject "
                                 "alternative name."));
    }
    return csr;
}

QByteArray buildCaCsr(EVP_PKEY *key, const api::CertificateAuthorityConfiguration &config)
{
    clearOpenSslErrors();
    X509ReqPtr req(X509_REQ_new());
    checkPtr(req.get(), "allocating a CSR");
    check(X509_REQ_set_version(req.get(), X509_REQ_VERSION_1), "setting the CSR version");
    X509NamePtr name = buildName(config.subject);
    check(X509_REQ_set_subject_name(req.get(), name.get()), "setting the CSR subject");
    check(X509_REQ_set_pubkey(req.get(), key), "setting the CSR public key");

    ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    checkPtr(extensions.get(), "allocating extensions");
    auto push = [&extensions](X509ExtensionPtr extension) {
        check(sk_X509_EXTENSION_push(extensions.get(), extension.get()), "adding an extension");
        extension.release();
    };
    push(basicConstraintsExtension(true, -1, true));
    if (config.csrExtensions) {
        if (config.csrExtensions->keyUsage && anyKeyUsage(*config.csrExtensions->keyUsage))
            push(keyUsageExtension(keyUsageFlags(*config.csrExtensions->keyUsage), true));
        if (config.csrExtensions->subjectInformationAccess &&
            !config.csrExtensions->subjectInformationAccess->isEmpty())
            push(subjectInfoAccessExtension(*config.csrExtensions->subjectInformationAccess));
    }
    check(X509_REQ_add_extensions(req.get(), extensions.get()), "adding CSR extensions");

    MdCtxPtr ctx = signingContext(key, config.signingAlgorithm);
    check(X509_REQ_sign_ctx(req.get(), ctx.get()), "signing the CSR");
    return derOf(req.get());
}

} // namespace pca::crypto

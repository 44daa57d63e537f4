#include "crypto/Csr.h"

#include "crypto/ExtensionBuilder.h"
#include "crypto/Keys.h"
#include "crypto/Signing.h"
#include "crypto/X509Names.h"

#include <openssl/pem.h>

namespace pca::crypto {

namespace {

[[noreturn]] void malformed(const QString &message)
{
    const QString detail = drainOpenSslErrors();
    throw PcaError(errors::MalformedCsr,
                   detail.isEmpty() ? message : message + QStringLiteral(" (") + detail +
                                                    QLatin1Char(')'));
}

X509ReqPtr decodeRequest(const QByteArray &input)
{
    clearOpenSslErrors();
    const QByteArray trimmed = input.trimmed();
    if (trimmed.startsWith("-----BEGIN")) {
        if (!trimmed.startsWith("-----BEGIN CERTIFICATE REQUEST-----") &&
            !trimmed.startsWith("-----BEGIN NEW CERTIFICATE REQUEST-----")) {
            malformed(QStringLiteral("The CSR is PEM, but not a CERTIFICATE REQUEST block."));
        }
        BioPtr bio(BIO_new_mem_buf(trimmed.constData(), int(trimmed.size())));
        checkPtr(bio.get(), "allocating a buffer");
        X509ReqPtr req(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
        if (!req)
            malformed(QStringLiteral("The CSR could not be decoded from PEM."));
        return req;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(input.constData());
    X509ReqPtr req(d2i_X509_REQ(nullptr, &p, input.size()));
    if (!req)
        malformed(QStringLiteral("The CSR is neither PEM nor DER."));
    if (p != reinterpret_cast<const unsigned char *>(input.constData()) + input.size())
        malformed(QStringLiteral("The CSR has trailing data after its DER encoding."));
    return req;
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

} // namespace

X509_EXTENSION *ParsedCsr::extension(int nid) const
{
    const int index = X509v3_get_ext_by_NID(extensions.get(), nid, -1);
    return index >= 0 ? sk_X509_EXTENSION_value(extensions.get(), index) : nullptr;
}

ParsedCsr parseCsr(const QByteArray &input)
{
    if (input.isEmpty())
        malformed(QStringLiteral("The CSR is empty."));

    ParsedCsr csr;
    csr.request = decodeRequest(input);

    csr.publicKey.reset(X509_REQ_get_pubkey(csr.request.get()));
    if (!csr.publicKey)
        malformed(QStringLiteral("The CSR's public key cannot be read."));
    checkKey(csr.publicKey.get());

    clearOpenSslErrors();
    if (X509_REQ_verify(csr.request.get(), csr.publicKey.get()) != 1)
        malformed(QStringLiteral("The CSR's signature does not verify with its public key."));

    csr.extensions.reset(X509_REQ_get_extensions(csr.request.get()));
    if (!csr.extensions) {
        clearOpenSslErrors();
        csr.extensions.reset(sk_X509_EXTENSION_new_null());
        checkPtr(csr.extensions.get(), "allocating extensions");
    }

    csr.hasSubject = X509_NAME_entry_count(X509_REQ_get_subject_name(csr.request.get())) > 0;
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

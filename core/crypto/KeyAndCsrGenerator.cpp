#include "crypto/KeyAndCsrGenerator.h"

#include "crypto/CertificateInspector.h"
#include "crypto/ExtensionBuilder.h"
#include "crypto/KeyAndCsrState.h"
#include "crypto/Keys.h"
#include "crypto/Signing.h"
#include "crypto/X509Names.h"

namespace pca::crypto {

GeneratedKeyAndCsr::GeneratedKeyAndCsr() = default;
GeneratedKeyAndCsr::~GeneratedKeyAndCsr() = default;
GeneratedKeyAndCsr::GeneratedKeyAndCsr(const GeneratedKeyAndCsr &) = default;
GeneratedKeyAndCsr &GeneratedKeyAndCsr::operator=(const GeneratedKeyAndCsr &) = default;

api::KeyAlgorithm GeneratedKeyAndCsr::keyAlgorithm() const
{
    return d ? d->keyAlgorithm : api::KeyAlgorithm::EC_prime256v1;
}

api::SigningAlgorithm GeneratedKeyAndCsr::csrSigningAlgorithm() const
{
    return defaultSigningAlgorithm(keyAlgorithm());
}

QByteArray GeneratedKeyAndCsr::csrPem() const
{
    return d ? d->csrPem : QByteArray();
}

QByteArray GeneratedKeyAndCsr::encryptedKey(const QByteArray &passphrase) const
{
    if (!d)
        throw PcaError(errors::InternalFailure, QStringLiteral("There is no generated key."));
    return encryptPrivateKey(d->key.get(), passphrase);
}

bool GeneratedKeyAndCsr::matchesCertificate(const QByteArray &certificate) const
{
    if (!d)
        return false;
    try {
        const std::vector<X509Ptr> certs = parseCertificates(certificate, errors::InvalidArgs);
        return !certs.empty() && samePublicKey(X509_get0_pubkey(certs.front().get()), d->key.get());
    } catch (const PcaError &) {
        return false;
    }
}

api::SigningAlgorithm defaultSigningAlgorithm(api::KeyAlgorithm algorithm)
{
    using api::KeyAlgorithm;
    using api::SigningAlgorithm;
    switch (algorithm) {
    case KeyAlgorithm::RSA_2048:
    case KeyAlgorithm::RSA_3072:
    case KeyAlgorithm::RSA_4096:
        return SigningAlgorithm::SHA256WITHRSA;
    case KeyAlgorithm::EC_prime256v1:
        return SigningAlgorithm::SHA256WITHECDSA;
    case KeyAlgorithm::EC_secp384r1:
        return SigningAlgorithm::SHA384WITHECDSA;
    case KeyAlgorithm::EC_secp521r1:
        return SigningAlgorithm::SHA512WITHECDSA;
    case KeyAlgorithm::SM2:
        return SigningAlgorithm::SM3WITHSM2;
    case KeyAlgorithm::ML_DSA_44:
        return SigningAlgorithm::ML_DSA_44;
    case KeyAlgorithm::ML_DSA_65:
        return SigningAlgorithm::ML_DSA_65;
    case KeyAlgorithm::ML_DSA_87:
        return SigningAlgorithm::ML_DSA_87;
    }
    return SigningAlgorithm::SHA256WITHRSA;
}

GeneratedKeyAndCsr generateKeyAndCsr(const KeyAndCsrRequest &request)
{
    if (isEmptySubject(request.subject) && request.subjectAlternativeNames.isEmpty()) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("A certificate request needs a subject or at least one "
                                      "subject alternative name."));
    }
    // Names first: a typo should not cost a key generation.
    X509NamePtr name = buildName(request.subject);
    X509ExtensionPtr san;
    if (!request.subjectAlternativeNames.isEmpty())
        san = subjectAltNameExtension(request.subjectAlternativeNames);

    auto state = std::make_shared<GeneratedKeyAndCsr::State>();
    state->keyAlgorithm = request.keyAlgorithm;
    state->key = generateKey(request.keyAlgorithm);

    clearOpenSslErrors();
    X509ReqPtr req(X509_REQ_new());
    checkPtr(req.get(), "allocating a CSR");
    check(X509_REQ_set_version(req.get(), X509_REQ_VERSION_1), "setting the CSR version");
    check(X509_REQ_set_subject_name(req.get(), name.get()), "setting the CSR subject");
    check(X509_REQ_set_pubkey(req.get(), state->key.get()), "setting the CSR public key");
    if (san) {
        ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
        checkPtr(extensions.get(), "allocating extensions");
        check(sk_X509_EXTENSION_push(extensions.get(), san.get()), "adding an extension");
        san.release();
        check(X509_REQ_add_extensions(req.get(), extensions.get()), "adding CSR extensions");
    }
    MdCtxPtr ctx = signingContext(state->key.get(), defaultSigningAlgorithm(request.keyAlgorithm));
    check(X509_REQ_sign_ctx(req.get(), ctx.get()), "signing the CSR");
    state->csrPem = pemOf(req.get());

    GeneratedKeyAndCsr out;
    out.d = std::move(state);
    return out;
}

} // namespace pca::crypto

// Certificates taken in: ImportCertificateAuthorityCertificate (Certificate and
// CertificateChain), ACM's ImportCertificate (certificate and private key) and the desktop's
// certificate files (CertificateFiles::decode). Everything
// the import and the inspection read of them.
#include "FuzzSupport.h"
#include "crypto/CertificateInspector.h"
#include "crypto/ManagedCertificateCrypto.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    const QByteArray input = fuzz::bytes(data, size);
    // ACM's ImportCertificate reads its PrivateKey so (never with OpenSSL's PEM reader).
    fuzz::refusalsOnly([&] {
        const crypto::PKeyPtr key = crypto::readImportedPrivateKey(input, errors::Validation);
        crypto::acmKeyAlgorithmOf(key.get());
    });
    std::vector<crypto::X509Ptr> certificates;
    if (!fuzz::refusalsOnly(
            [&] { certificates = crypto::parseCertificates(input, errors::MalformedCertificate); }))
        return 0;
    for (const crypto::X509Ptr &certificate : certificates) {
        X509 *cert = certificate.get();
        fuzz::refusalsOnly([&] {
            crypto::inspectCertificate(cert);
            crypto::subjectAltNames(cert);
            crypto::disallowedCriticalExtensions(cert);
            crypto::isSelfSigned(cert);
            crypto::hasCriticalCaBasicConstraints(cert);
            crypto::subjectKeyIdentifier(cert);
            crypto::subjectText(cert);
            crypto::certificateFacts(cert);
        });
    }
    if (!certificates.empty()) {
        std::vector<crypto::X509Ptr> chain;
        for (size_t i = 1; i < certificates.size(); ++i)
            chain.push_back(std::move(certificates[i]));
        fuzz::refusalsOnly([&] {
            crypto::firstBrokenChainLink(certificates.front().get(), chain);
            crypto::pathValidationError(certificates.front().get(), chain);
        });
    }
    return 0;
}

// Certificate signing requests: parsing and checking incoming CSRs (IssueCertificate) and
// building the CSR of a CA from its configuration (CreateCertificateAuthority).
#pragma once

#include "api/ApiTypes.h"
#include "crypto/OpenSsl.h"

namespace pca::crypto {

using AlgorithmPtr = OpenSslPtr<X509_ALGOR, X509_ALGOR_free>;

struct ParsedCsr
{
    X509NamePtr subjectName;
    PKeyPtr publicKey;
    // The SubjectPublicKeyInfo as requested: its algorithm and the subjectPublicKey bits. The
    // certificate carries exactly these, copied without re-encoding the key.
    AlgorithmPtr publicKeyAlgorithm;
    QByteArray publicKeyBits;
    ExtensionStackPtr extensions; // requested extensions; never null (possibly empty)
    bool hasSubject = false;
    bool hasSubjectAltName = false;

    const X509_NAME *subject() const { return subjectName.get(); }
    // The requested extension with this NID, or nullptr.
    X509_EXTENSION *extension(int nid) const;
    // RFC 5280 method 1 key identifier: SHA-1 of the subjectPublicKey bits.
    QByteArray keyIdentifier() const;
};

// Parses a CSR given as PEM (one "CERTIFICATE REQUEST" block) or DER, verifies its
// self-signature and checks that it names a subject or a subject alternative name and carries
// a key the engine can certify. Throws MalformedCSRException saying what is wrong.
ParsedCsr parseCsr(const QByteArray &input);

// Builds and signs the CSR of a CA: subject, basicConstraints CA:TRUE (critical), and the CSR
// extensions of the configuration (KeyUsage, SubjectInformationAccess). Returns DER.
QByteArray buildCaCsr(EVP_PKEY *key, const api::CertificateAuthorityConfiguration &config);

} // namespace pca::crypto

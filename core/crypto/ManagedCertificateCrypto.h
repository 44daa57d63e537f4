// What Certificate Manager needs of the crypto layer: ACM's key algorithms, the private keys
// ImportCertificate takes (read without OpenSSL's PEM reader, never encrypted), and the facts of
// a certificate that DescribeCertificate reports.
#pragma once

#include "api/AcmTypes.h"
#include "crypto/OpenSsl.h"

namespace pca::crypto {

// The Private CA key algorithm a managed certificate's key is generated with; nothing for
// RSA_1024 (ACM does not request certificates with it).
std::optional<api::KeyAlgorithm> generatedKeyAlgorithm(api::acm::KeyAlgorithm algorithm);
// ACM's name of a key's algorithm, if ACM knows it.
std::optional<api::acm::KeyAlgorithm> acmKeyAlgorithmOf(EVP_PKEY *key);

// The private key of ImportCertificate: PEM ("PRIVATE KEY", "RSA PRIVATE KEY",
// "EC PRIVATE KEY") or DER. Encrypted keys are refused. Throws PcaError(errorType).
PKeyPtr readImportedPrivateKey(const QByteArray &pemOrDer, const char *errorType);

// What DescribeCertificate and ListCertificates report of a certificate.
struct CertificateFacts
{
    QString subject; // RFC 4514
    QString issuer;
    QString serialColonHex;     // "0a:1b:..." as ACM shows serials
    QString signatureAlgorithm; // e.g. SHA256WITHRSA, SHA384WITHECDSA
    qint64 notBefore = 0;
    qint64 notAfter = 0;
    QString commonName;
    QStringList dnsNames; // subject alternative names of type dNSName
    QList<api::acm::KeyUsageName> keyUsages;
    QList<api::acm::ExtendedKeyUsage> extendedKeyUsages;
    std::optional<api::acm::KeyAlgorithm> keyAlgorithm;
};
CertificateFacts certificateFacts(X509 *certificate);

} // namespace pca::crypto

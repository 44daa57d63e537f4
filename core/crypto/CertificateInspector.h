// Reading certificates: parsing PEM/DER input, decoded details for viewers, and the checks the
// engine applies to imported CA certificates.
#pragma once

#include "crypto/OpenSsl.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace pca::crypto {

struct ExtensionDetails
{
    QString oid;
    QString name;
    bool critical = false;
    QString value; // readable rendering (OpenSSL's X509V3_EXT_print)
};

struct CertificateDetails
{
    QString serialHex;
    QString subject;
    QString issuer;
    QString subjectRfc4514;
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
    QStringList subjectAltNames;
    bool isCa = false;
    int pathLength = -1;
    QString subjectKeyIdentifier;   // colon hex
    QString authorityKeyIdentifier; // colon hex
    QString publicKey;              // e.g. "RSA 2048 bits", "EC prime256v1"
    QString signatureAlgorithm;
    QString sha256Fingerprint; // colon hex, upper case
    QString sha1Fingerprint;
    QList<ExtensionDetails> extensions;
    bool selfSigned = false;
};

// Parses one or more certificates from PEM (any number of CERTIFICATE blocks, read by
// crypto/Pem.h: never a pass-phrase prompt) or a single DER certificate. Each must be strict
// DER. Throws PcaError(errorType) when nothing parses or a block is damaged.
std::vector<X509Ptr> parseCertificates(const QByteArray &input, const char *errorType);

// One DER certificate, exactly (no trailing data) and strictly (crypto/StrictDer.h) encoded.
// Throws PcaError(errorType) with `what` naming the certificate.
X509Ptr certificateFromStrictDer(const QByteArray &der, const char *errorType, const QString &what);

CertificateDetails inspectCertificate(X509 *cert);

// Subject alternative names in readable form ("DNS:example.com", "IP:10.0.0.1", ...).
QStringList subjectAltNames(X509 *cert);
// The same rendering for a list of general names.
QStringList generalNamesText(const GENERAL_NAMES *names);

// Issuer equals subject and the signature verifies with the certificate's own key.
bool isSelfSigned(X509 *cert);

// The import rules of ImportCertificateAuthorityCertificate for critical extensions: returns a
// description of every extension that is critical but not allowed to be (empty when fine).
QStringList disallowedCriticalExtensions(X509 *cert);

// The subject key identifier in colon hex (as CertificateDetails has it), empty without one.
QString subjectKeyIdentifier(X509 *cert);

// The subject as an RFC 4514 string, and the validity period in ms since the epoch.
QString subjectText(X509 *cert);
qint64 notBeforeMs(X509 *cert);
qint64 notAfterMs(X509 *cert);

// Whether `key` is the public key of `cert`.
bool certifiesKey(X509 *cert, EVP_PKEY *key);

// Makes OpenSSL decode the extension data it otherwise computes lazily, so that a certificate
// shared between threads is only read afterwards.
void precomputeExtensionData(X509 *cert);

// A critical basic constraints extension with CA:TRUE (what a CA certificate must carry).
bool hasCriticalCaBasicConstraints(X509 *cert);

// The public key of a DER-encoded CSR. Throws PcaError(InternalFailure) when it does not decode.
PKeyPtr csrPublicKey(const QByteArray &csrDer);

// The index of the first certificate of `chain` that did not sign the one before it (the
// first one must have signed `cert`), or -1 when each link is signed by the next.
qsizetype firstBrokenChainLink(X509 *cert, const std::vector<X509Ptr> &chain);

// RFC 5280 path validation of `cert` through `chain` up to the chain's last certificate as the
// trust anchor (path lengths, key usage; validity periods are not judged). Returns OpenSSL's
// reason when the path is invalid, an empty string when it is valid.
QString pathValidationError(X509 *cert, const std::vector<X509Ptr> &chain);

// Colon-separated upper-case hex.
QString colonHex(const QByteArray &bytes);

} // namespace pca::crypto

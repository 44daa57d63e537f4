// Builds and signs certificates from a template, a CSR, optional API passthrough values and the
// issuing CA, following the template order of operations: template definition first, then API
// passthrough values, then CSR extensions.
#pragma once

#include "api/ApiTypes.h"
#include "crypto/CertificateTemplates.h"
#include "crypto/Csr.h"

namespace pca::crypto {

struct IssuanceParameters
{
    const CertificateTemplate *certificateTemplate = nullptr;
    const ParsedCsr *csr = nullptr;
    const api::ApiPassthrough *apiPassthrough = nullptr; // ignored unless the template takes it
    X509 *issuerCertificate = nullptr; // nullptr: self-signed root (issuer = subject)
    EVP_PKEY *issuerKey = nullptr;
    api::SigningAlgorithm signingAlgorithm = api::SigningAlgorithm::SHA256WITHRSA;
    QByteArray serial; // big-endian, positive
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
    QString crlDistributionPointUrl; // empty: no CRL distribution point from the CA
    QString ocspUrl;                 // empty: no OCSP authority information access
};

// A signed certificate and what the store records about it.
struct BuiltCertificate
{
    QByteArray der;
    QString subject;             // RFC 4514, as subjectText() reads it from `der`
    QStringList subjectAltNames; // as subjectAltNames() reads them from `der`
    qint64 notBeforeMs = 0;      // as encoded: whole seconds
    qint64 notAfterMs = 0;
};

// Assembles the TBSCertificate as DER (no X509 object is built) and signs it.
BuiltCertificate buildCertificate(const IssuanceParameters &parameters);

// A fresh serial for a certificate issued at `issuedAtMs`: 17 octets,
//   0x01 || issuedAtMs (48 bits, big-endian) || 80 bits from the CSPRNG.
// It is positive and unpredictable (RFC 5280 allows 20 octets; the CA/Browser Forum asks for at
// least 64 random bits), and serials of one CA sort by issue time, so the store appends to its
// (ca, serial) index instead of dirtying a random index page for every certificate.
QByteArray randomSerial(qint64 issuedAtMs);
// The canonical lower-case hex form used in ARNs and the store.
QString serialHex(const QByteArray &serial);
QString serialHex(const ASN1_INTEGER *serial);
// "0a:1b:..." as in audit reports.
QString serialColonHex(const QString &canonicalHex);
// Accepts hex with or without colons, any case, optional leading zeros; returns the canonical
// form, or an empty string when the text is not hexadecimal.
QString canonicalSerial(const QString &text);

// Encodes a time as ASN1_TIME (UTCTime through 2049, GeneralizedTime from 2050 on).
Asn1TimePtr asn1Time(qint64 msSinceEpoch);
qint64 asn1TimeToMs(const ASN1_TIME *time);

} // namespace pca::crypto

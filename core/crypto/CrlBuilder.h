// RFC 5280 v2 CRLs, DER, signed with the CA key. Entries are encoded as they are added, so a
// CRL with millions of entries needs memory for its DER bytes only.
#pragma once

#include "api/Enums.h"
#include "crypto/OpenSsl.h"

namespace pca::crypto {

// RFC 5280 CRLReason code of an API revocation reason (0 = unspecified).
int crlReasonCode(api::RevocationReason reason);

class CrlBuilder
{
public:
    CrlBuilder(X509 *issuerCertificate, EVP_PKEY *issuerKey, api::SigningAlgorithm algorithm,
               qint64 crlNumber, qint64 thisUpdateMs, qint64 nextUpdateMs);
    ~CrlBuilder();
    CrlBuilder(const CrlBuilder &) = delete;
    CrlBuilder &operator=(const CrlBuilder &) = delete;

    void reserve(qint64 entries);
    // `serialHex`: canonical lower-case hex. UNSPECIFIED revocations carry no reason code
    // (RFC 5280 5.3.1); every other reason does.
    void addEntry(const QString &serialHex, qint64 revokedAtMs, api::RevocationReason reason);
    qint64 entryCount() const { return m_count; }
    // Makes this the CRL of one partition: a critical issuing distribution point naming `url`,
    // the distribution point of the partition's certificates.
    void setIssuingDistributionPoint(const QString &url) { m_idpUrl = url; }

    // Signs and returns the DER CRL.
    QByteArray finish();

private:
    X509 *m_issuer;
    EVP_PKEY *m_key;
    api::SigningAlgorithm m_algorithm;
    qint64 m_crlNumber;
    qint64 m_thisUpdate;
    qint64 m_nextUpdate;
    QByteArray m_entries;
    qint64 m_count = 0;
    QString m_idpUrl;
    Asn1IntegerPtr m_serial;
    Asn1TimePtr m_time;
    QByteArray m_reasonExtensions[11];
};

} // namespace pca::crypto

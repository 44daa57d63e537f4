// The managed certificates of Certificate Manager (ACM) in the store: their own tables
// (acm_certificates, acm_certificate_tags, schema version 3), read and written through the same
// connections and transactions as the rest of the store, so that an ACM certificate's new
// version commits together with the Private CA certificate that carries it.
#pragma once

#include "api/AcmTypes.h"
#include "store/SqlStore.h"

namespace pca::store {

struct ManagedCertificateRecord
{
    QString id;  // the UUID at the end of the ARN
    QString arn; // arn:aws:acm:<region>:<account>:certificate/<id>
    api::acm::CertificateType type = api::acm::CertificateType::PRIVATE;
    // PENDING_VALIDATION (being issued), ISSUED or FAILED as stored; EXPIRED and REVOKED are
    // derived when read by the service (NotAfter, and the CA's revocation of the serial).
    api::acm::CertificateStatus status = api::acm::CertificateStatus::PENDING_VALIDATION;
    std::optional<api::acm::FailureReason> failureReason;
    QString failureMessage; // what the issuing CA answered, for people
    QString domainName;
    QStringList subjectAlternativeNames; // DomainName first, as ACM lists them
    api::acm::KeyAlgorithm keyAlgorithm = api::acm::KeyAlgorithm::RSA_2048;
    QString caArn; // PRIVATE: the issuing CA
    QString caId;
    // The current version.
    QString serial;             // canonical lower-case hex
    QByteArray certificate;     // DER
    QString certificateChain;   // PEM
    QByteArray encryptedKey;    // PKCS#8 EncryptedPrivateKeyInfo under the store passphrase
    QString subject;            // RFC 4514
    QString issuer;             // RFC 4514
    QString signatureAlgorithm; // as ACM names it, e.g. SHA256WITHRSA
    std::optional<qint64> notBefore;
    std::optional<qint64> notAfter;
    qint64 createdAt = 0;
    std::optional<qint64> issuedAt;
    std::optional<qint64> importedAt;
    // Managed renewal.
    std::optional<api::acm::RenewalStatus> renewalStatus;
    std::optional<api::acm::FailureReason> renewalReason;
    std::optional<qint64> renewalUpdatedAt;
    std::optional<qint64> renewalRequestedAt; // RenewCertificate: renew at the next run
    std::optional<api::acm::CertificateTransparencyLoggingPreference> transparencyPreference;
    bool exported = false;
    qint64 version = 0; // 1 for the first issued version, then one more per renewal
};

// Reads of the managed certificates on a StoreReader's connection.
class ManagedCertificateReader : public StoreReader
{
public:
    explicit ManagedCertificateReader(const StoreReader &reader)
        : StoreReader(reader)
    {}

    std::optional<ManagedCertificateRecord> find(const QString &id) const;
    // In creation order, after the (createdAt, id) cursor.
    QList<ManagedCertificateRecord> list(std::optional<std::pair<qint64, QString>> after,
                                         int limit) const;
    qint64 count() const;
    // Being issued (PENDING_VALIDATION): resumed after a restart.
    QList<ManagedCertificateRecord> pending() const;
    // ISSUED private certificates whose NotAfter is before `notAfterBefore`, or for which a
    // renewal was asked: the candidates of managed renewal.
    QList<ManagedCertificateRecord> renewalCandidates(qint64 notAfterBefore) const;
    // The private certificates a CA issues (any status), for the Permissions tab.
    QList<ManagedCertificateRecord> issuedBy(const QString &caId) const;
    QList<api::Tag> tags(const QString &id) const;
};

// Writes inside a write job.
class ManagedCertificateWriter : public StoreWriter
{
public:
    explicit ManagedCertificateWriter(StoreWriter &writer)
        : StoreWriter(writer)
    {}

    void insert(const ManagedCertificateRecord &record);
    // Replaces the stored row.
    void update(const ManagedCertificateRecord &record);
    // Stores a new version only if the stored one is still version `expectedVersion`; false
    // (nothing written) when another writer got there first.
    bool updateIfVersion(const ManagedCertificateRecord &record, qint64 expectedVersion);
    void remove(const QString &id);
    void upsertTag(const QString &id, const api::Tag &tag);
    void deleteTag(const QString &id, const QString &key);
};

} // namespace pca::store

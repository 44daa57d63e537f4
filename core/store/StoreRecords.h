// Rows of the store, as the engine sees them. Times are milliseconds since the Unix epoch (UTC).
#pragma once

#include "api/ApiTypes.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace pca::store {

struct CaRecord
{
    QString id; // UUID, the last component of the ARN
    QString arn;
    api::CertificateAuthorityType type = api::CertificateAuthorityType::ROOT;
    api::CertificateAuthorityStatus status = api::CertificateAuthorityStatus::CREATING;
    std::optional<api::CertificateAuthorityStatus> statusBeforeDeletion;
    std::optional<api::FailureReason> failureReason;
    qint64 createdAt = 0;
    qint64 lastStateChangeAt = 0;
    std::optional<qint64> restorableUntil;
    api::CertificateAuthorityUsageMode usageMode =
        api::CertificateAuthorityUsageMode::GENERAL_PURPOSE;
    api::KeyStorageSecurityStandard keyStorage =
        api::KeyStorageSecurityStandard::FIPS_140_2_LEVEL_3_OR_HIGHER;
    api::CertificateAuthorityConfiguration configuration;
    std::optional<api::RevocationConfiguration> revocation;
    QByteArray encryptedKey;     // PKCS#8 EncryptedPrivateKeyInfo (DER); empty while CREATING
    QByteArray csr;              // DER
    QByteArray certificate;      // DER of the installed CA certificate; empty before import
    QByteArray certificateChain; // PEM of the chain above the CA certificate
    QString serial;              // canonical hex of the CA certificate serial
    std::optional<qint64> notBefore;
    std::optional<qint64> notAfter;
    QString subject;    // display form of the CA subject
    QString issuerCaId; // the issuing CA when it lives in this store
    std::optional<QString> policy;
    qint64 crlNumber = 0;
    std::optional<qint64> crlGeneratedAt;
    std::optional<qint64> crlNextUpdate;
};

struct CertificateRecord
{
    QString caId;
    QString serial;          // canonical lower-case hex
    QByteArray certificate;  // DER
    QString subject;         // RFC 4514
    QString subjectAltNames; // comma-separated, for display and search
    QString templateArn;
    qint64 notBefore = 0;
    qint64 notAfter = 0;
    qint64 issuedAt = 0;
    std::optional<qint64> revokedAt;
    std::optional<api::RevocationReason> revocationReason;
    QString requestedBy;  // service principal, empty for the CA owner
    QString crlPartition; // the CRL partition (its id) of a PARTITIONED CA, else empty
};

// A CA's current certificate (OCSP issuer matching).
struct CaCertificateRecord
{
    QString caId;
    QString serial; // canonical hex
    QByteArray certificate;
};

// What an OCSP answer depends on, read in one indexed lookup: the CA's state and revocation
// configuration, the serial of its current certificate, and the certificate's revocation (if
// the CA issued a certificate with that serial).
struct OcspStatusRecord
{
    api::CertificateAuthorityStatus caStatus = api::CertificateAuthorityStatus::FAILED;
    std::optional<qint64> caNotAfter;
    std::optional<api::RevocationConfiguration> revocation;
    QString caSerial; // of the CA's certificate, canonical hex
    bool certificateFound = false;
    std::optional<qint64> revokedAt;
    std::optional<api::RevocationReason> revocationReason;
};

// One partition of a CA's partitioned CRL.
struct CrlPartitionRecord
{
    QString id; // a UUID: the CRL's file name and the distribution point's last segment
    QString caId;
    qint64 createdAt = 0;
};

// Compact view of a revoked certificate, enough for CRL entries and OCSP answers.
struct RevokedEntry
{
    QString serial;
    qint64 revokedAt = 0;
    api::RevocationReason reason = api::RevocationReason::UNSPECIFIED;
    qint64 notAfter = 0;
};

struct PermissionRecord
{
    QString caId;
    QString principal;
    QString sourceAccount; // empty when not given
    QList<api::ActionType> actions;
    qint64 createdAt = 0;
};

struct StoredObject
{
    QString bucket;
    QString key;
    QByteArray content;
    QString contentType;
    qint64 updatedAt = 0;
};

struct AuditReportRecord
{
    QString id;
    QString caId;
    QString bucket;
    QString key;
    api::AuditReportResponseFormat format = api::AuditReportResponseFormat::JSON;
    api::AuditReportStatus status = api::AuditReportStatus::CREATING;
    qint64 createdAt = 0;
    std::optional<qint64> completedAt;
};

struct AuditEvent
{
    qint64 sequence = 0;
    QString caId;
    qint64 at = 0;
    QString action; // IssueCertificate, RevokeCertificate, GenerateCrl, SignOcspResponse, ...
    QString detail; // JSON text
    QByteArray mac; // HMAC chaining this event to the previous one
};

// Sort, filter and keyset-pagination options of the certificate inventory (GUI, reports).
struct CertificateQuery
{
    enum class SortColumn
    {
        IssuedAt,
        Serial,
        Subject,
        NotBefore,
        NotAfter,
        RevokedAt
    };
    enum class StatusFilter
    {
        All,
        Valid,
        Revoked,
        Expired
    };
    QString caId;
    QString search; // substring of subject, SANs or serial; empty: all
    StatusFilter status = StatusFilter::All;
    qint64 nowMs = 0; // reference time for the Valid / Expired filters
    SortColumn sortColumn = SortColumn::IssuedAt;
    bool descending = true;
    // Keyset cursor: rows strictly after (afterValue, afterSerial) in the sort order.
    std::optional<QVariant> afterValue;
    QString afterSerial;
    int limit = 200;
    bool withDer = false;
    // countCertificates: count at most this many (answering countLimit + 1 for "more"); 0: all.
    qint64 countLimit = 0;
};

} // namespace pca::store

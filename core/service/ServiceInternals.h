// Private helpers of PrivateCaService shared by its implementation files.
#pragma once

#include "crypto/OpenSsl.h"
#include "service/AccessControl.h"
#include "service/BoundedCache.h"
#include "service/OcspIssuerIndex.h"
#include "service/OcspResponseCache.h"
#include "service/OcspSigningLedger.h"
#include "service/PrivateCaService.h"

#include <QHash>
#include <QJsonObject>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace pca {

inline constexpr qint64 kMsPerMinute = 60 * 1000;
inline constexpr qint64 kMsPerDay = 24 * 60 * kMsPerMinute;
inline constexpr qint64 kIdempotencyWindowMs = 5 * kMsPerMinute;
inline constexpr qint64 kAuditReportIntervalMs = 30 * kMsPerMinute;
inline constexpr int kDefaultCrlExpirationDays = 7;
inline constexpr qint64 kDefaultCrlPartitionSize = 100000;
inline constexpr const char *kAcmPrincipal = "acm.amazonaws.com";

// AWS's own wording of errors that clients match on (not only on the exception name). Each
// message of ours contains the sentence verbatim; docs/server.md ("Client compatibility") names
// the client code or AWS page it comes from. %1 is the CA's ARN where AWS puts it.
namespace awsWording {
// UpdateCertificateAuthority: terraform-provider-aws destroys a CA by disabling it first and
// goes on to DeleteCertificateAuthority on an InvalidStateException containing this sentence.
inline constexpr const char *kUpdateState =
    "The certificate authority must be in the ACTIVE or DISABLED state to be updated.";
// IssueCertificate: terraform-provider-aws retries while the message contains this sentence.
inline constexpr const char *kIssueState =
    "The certificate authority is not in a valid state for issuing certificates.";
// DeleteCertificateAuthority / RestoreCertificateAuthority (AWS's CloudTrail examples).
inline constexpr const char *kDeleteState =
    "The certificate authority is not in a valid state for deletion.";
inline constexpr const char *kRestoreState =
    "The certificate authority is not in a valid state for restoration.";
// GetCertificateAuthorityCertificate (PENDING_CERTIFICATE and the other states without a CA
// certificate) and GetCertificateAuthorityCsr (states without a CSR).
inline constexpr const char *kCaCertificateState =
    "The certificate authority %1 is not in the correct state to have a certificate signing "
    "request.";
// GetCertificate on a CA that cannot have issued certificates (CREATING, FAILED, DELETED).
inline constexpr const char *kIssuedCertificatesState =
    "The certificate authority %1 is not in the correct state to have issued certificates.";
// The other actions: "The certificate authority is in the DELETED state" (terraform-provider-aws
// treats a permission of a deleted CA as gone on this sentence), for every status.
inline constexpr const char *kInState = "The certificate authority is in the %1 state.";
// RevokeCertificate of a root CA's self-signed certificate (InvalidRequestException); the
// Terraform provider ignores it when it destroys an aws_acmpca_certificate.
inline constexpr const char *kSelfSignedRevocation = "Self-signed certificate can not be revoked.";
} // namespace awsWording

// Signing objects of a CA kept in memory once decrypted or parsed.
struct CaKeyMaterial
{
    crypto::PKeyPtr key;
};
struct CaCertificateMaterial
{
    QByteArray der;
    QByteArray chain; // PEM of the CA's own chain, as stored
    crypto::X509Ptr certificate;
    QString issuedChainPem; // what GetCertificate returns as CertificateChain for its leaves
};

class ServiceInternals
{
public:
    explicit ServiceInternals(PrivateCaService &service);

    PrivateCaService &q;
    store::SqlStore &store;
    const Clock &clock;

    qint64 now() const { return clock.nowMs(); }
    store::StoreReader reader() { return store.reader(); }

    // ---- ARNs and lookups -------------------------------------------------------------------
    QString caArn(const QString &caId) const;
    QString certificateArn(const QString &caArn, const QString &serial) const;
    // Throws InvalidArnException for ARNs that do not name a CA, ResourceNotFoundException for
    // CAs of another account/region or that do not exist (or were permanently deleted).
    QString caIdFromArn(const QString &arn) const;
    store::CaRecord loadCa(const QString &arn) { return *loadCaShared(arn); }
    // The cached record itself (no copy), for hot paths.
    std::shared_ptr<const store::CaRecord> loadCaShared(const QString &arn);
    std::optional<store::CaRecord> findLiveCa(const QString &caId);
    // Whether the CA's key takes milliseconds per signature (RSA-3072, RSA-4096). False for an
    // ARN that names no CA: the request then fails where it is checked.
    bool signsSlowly(const QString &caArn);
    // EXPIRED for ACTIVE/DISABLED CAs whose certificate has expired.
    api::CertificateAuthorityStatus effectiveStatus(const store::CaRecord &ca) const;
    api::CertificateAuthorityStatus effectiveStatus(api::CertificateAuthorityStatus stored,
                                                    std::optional<qint64> notAfter) const;
    api::CertificateAuthority describe(const store::CaRecord &ca) const;
    // InvalidStateException for `action` on a CA whose state does not allow it: AWS's sentence
    // "The certificate authority is in the <STATUS> state.", the action and the CA's ARN.
    [[noreturn]] void invalidState(const store::CaRecord &ca, const QString &action) const;
    // InvalidStateException worded as AWS words it for the action (`sentence`, one of
    // awsWording; its %1, if any, is the ARN), then the CA's ARN and status and `hint`.
    [[noreturn]] void invalidStateAs(const store::CaRecord &ca, const char *sentence,
                                     const QString &hint = QString()) const;
    [[noreturn]] static void invalidStateAs(const QString &caArn,
                                            api::CertificateAuthorityStatus status,
                                            const char *sentence, const QString &hint = QString());

    // ---- authorization (AuthorizationActions.cpp) ------------------------------------------
    // Authorizes acm-pca:<operation> on `resource` (a CA ARN, or "*") for the caller in scope,
    // with the CA's resource policy and tags; throws AccessDeniedException. The store owner's
    // calls (no scope, or the store account's administrator) are not evaluated.
    void authorizeCall(const char *operation, const QString &resource,
                       QHash<QString, QStringList> context = {});
    // CreateCertificateAuthority: only in the store's account, with the request's tags.
    void authorizeCreate(const QList<api::Tag> &tags);
    // IssueCertificate, with acm-pca:TemplateArn (EndEntityCertificate/V1 when none is given).
    void authorizeIssue(const api::IssueCertificateRequest &request);
    // The request evaluated for one call (resource policy and aws:ResourceTag of the CA).
    AccessRequest accessRequest(const char *operation, const QString &resource,
                                QHash<QString, QStringList> context);
    // The CA's resource policy, compiled once per text.
    PolicyDocument resourcePolicy(const store::CaRecord &ca);
    // Whether the CA's resource policy shares it with the caller (ListCertificateAuthorities
    // with ResourceOwner OTHER_ACCOUNTS).
    bool sharedWith(const Caller &caller, const store::CaRecord &ca);
    // aws:RequestTag/<key> (with values) and aws:TagKeys of a request's tags.
    static QHash<QString, QStringList> tagContext(const QList<api::Tag> &tags, bool withValues);

    // ---- key material -------------------------------------------------------------------------
    std::shared_ptr<CaKeyMaterial> caKey(const store::CaRecord &ca);
    std::shared_ptr<CaCertificateMaterial> caCertificate(const store::CaRecord &ca);
    void forgetCertificate(const QString &caId);

    // ---- pagination ---------------------------------------------------------------------------
    QString makeNextToken(const QString &operation, const QString &scope,
                          const QJsonObject &cursor) const;
    QJsonObject readNextToken(const QString &operation, const QString &scope,
                              const QString &token) const;

    // ---- validation ---------------------------------------------------------------------------
    void validateRevocationConfiguration(const api::RevocationConfiguration &config) const;
    // Why a name breaks the Amazon S3 bucket naming rules (empty when it does not).
    static QString s3BucketNameProblem(const QString &name);
    // Tags of Tag/Untag/Create: InvalidTagException / TooManyTagsException.
    void validateTags(const QList<api::Tag> &tags) const;

    // ---- revocation pointers -------------------------------------------------------------------
    // The CA's complete CRL: <path>/<CA id>.crl; one partition's CRL: <path>/<partition>.crl
    // (<path> is CustomPath, else "crl").
    QString crlObjectKey(const store::CaRecord &ca) const;
    QString crlPartitionObjectKey(const store::CaRecord &ca, const QString &partition) const;
    // Where a CRL object of the CA is fetched: http://<CustomCname>/<key>, else
    // <public base URL>/<bucket>/<key>.
    QString crlObjectUrl(const store::CaRecord &ca, const QString &objectKey) const;
    // The URL for the CDP extension (empty when CRLs are off or the extension is omitted):
    // the complete CRL's, or the partition's when one is given.
    QString crlDistributionPointUrl(const store::CaRecord &ca,
                                    const QString &partition = QString()) const;
    // OmitExtension of a CA with CRLs enabled.
    bool crlDistributionPointOmitted(const store::CaRecord &ca) const;
    // The partition of the next certificate of a PARTITIONED CA (empty for other CAs, and when
    // the CDP extension is omitted). A partition holds up to crlPartitionSize certificates; the
    // next one is created (and committed) when the current one is full.
    QString crlPartitionFor(const store::CaRecord &ca);
    std::atomic<qint64> crlPartitionSize{kDefaultCrlPartitionSize};
    QString ocspUrl(const store::CaRecord &ca) const;
    // Generates the CA's next CRL from the committed state and publishes it to the CA's bucket
    // (CRL number strictly increasing). Returns false when the CA has no CRLs to publish.
    bool regenerateCrl(const QString &caId);
    // Creates a CRL partition of a CA and publishes its first (empty) CRL, in one transaction.
    store::CrlPartitionRecord startCrlPartition(const QString &caId);
    // One transaction of a CRL publication: unless the CA's CRLs were turned off or another
    // publication took CRL number `number` meanwhile, `changes` writes the CRL objects, amends
    // the CA row and adds to the audit detail; then the CA row takes the number, the key use is
    // audited (GenerateCrl) and crlPublished is emitted once committed.
    enum class CrlCommit
    {
        Published,
        NumberTaken,
        CrlsOff
    };
    using CrlChanges = std::function<void(store::StoreWriter &, store::CaRecord &, QJsonObject &)>;
    CrlCommit commitCrl(const QString &caId, qint64 number, const CrlChanges &changes);
    struct CrlTimes
    {
        qint64 number = 0;
        qint64 thisUpdate = 0;
        qint64 nextUpdate = 0;
    };
    CrlTimes nextCrlTimes(const store::CaRecord &ca) const;
    // Builds and signs one CRL of the CA: complete, or of one partition (with its IDP). Adds
    // the number of entries to *entries when given.
    QByteArray buildCrl(const store::CaRecord &ca, const store::StoreReader &snapshot,
                        const CrlTimes &times, const QString &partition, qint64 *entries);
    bool crlEnabled(const store::CaRecord &ca) const;

    // ---- OCSP (OcspActions.cpp)
    // ------------------------------------------------------------------
    OcspIssuerIndex ocspIssuers{store};
    OcspResponseCache ocspResponses;
    OcspSigningLedger ocspLedger;
    // Signatures no cache absorbs: a quarter of one core's time at most.
    SigningBudget ocspFreshSignatures{250'000, 250'000};
    std::atomic<qint64> ocspSignatures{0};
    // Counts one OCSP signature of the CA's key, and queues the due audit events.
    void recordOcspSignature(const QString &caId);
    // Writes the due SignOcspResponse events (all with `all`): waiting for the commit, or
    // queued without waiting.
    void flushOcspAudit(bool all, bool wait);

    // ---- background work
    // -------------------------------------------------------------------------
    void scheduleKeyGeneration(const QString &caId);
    void generateKeyFor(const QString &caId);
    void scheduleAuditReport(const QString &reportId);
    void buildAuditReport(const QString &reportId);
    void resumeInterruptedWork();

    // Audit trail entry for a use of a CA private key.
    void auditKeyUse(store::StoreWriter &writer, const QString &caId, const QString &action,
                     const QJsonObject &detail);

    // Drops what is cached of a CA (deleted or purged): its key leaves memory.
    void forgetCa(const QString &caId);

private:
    // CAs whose records, keys and certificates stay in memory (least recently used go first).
    static constexpr qsizetype kCaCacheCapacity = 512;
    std::mutex &crlMutex(const QString &caId);
    QString crlPath(const store::CaRecord &ca) const;

    // The partition certificates of a PARTITIONED CA are assigned to, per CA id, and the places
    // in it this process has reserved in the store and not yet used.
    struct PartitionCursor
    {
        QString id;
        qint64 remaining = 0;
    };
    // Reserves a block of places in the CA's newest partition; false when it is full or there
    // is no partition.
    bool reservePartitionPlaces(const QString &caId, PartitionCursor &cursor);
    std::mutex m_partitionsGuard;
    BoundedCache<QString, PartitionCursor> m_partitionCursors{kCaCacheCapacity};

    struct CachedCa
    {
        std::shared_ptr<const store::CaRecord> record;
        quint64 generation = 0;
        qint64 loadedAt = 0; // steady clock, ms
    };

    QMutex m_cacheMutex;
    BoundedCache<QString, CachedCa> m_records{kCaCacheCapacity};
    // CRL publications of one CA are serialized; CAs share these mutexes by the hash of their
    // id (a fixed set, whatever the number of CAs).
    std::array<std::mutex, 64> m_crlMutexes;
    BoundedCache<QString, std::shared_ptr<CaKeyMaterial>> m_keys{kCaCacheCapacity};
    BoundedCache<QString, std::shared_ptr<CaCertificateMaterial>> m_certificates{kCaCacheCapacity};
    QByteArray m_tokenKey;

    struct CompiledResourcePolicy
    {
        QString text;
        PolicyDocument compiled;
    };
    QMutex m_policyMutex;
    BoundedCache<QString, CompiledResourcePolicy> m_policies{kCaCacheCapacity};
};

} // namespace pca

// The Private CA engine: the 23 actions of ACM PCA (2017-08-22) as typed C++ calls, with the
// API's validation, state rules and exception names, over one store and one clock.
//
// Every method is thread-safe and synchronous; long work (key generation, audit reports) runs
// on the engine's own thread pool and is observable through DescribeCertificateAuthority /
// DescribeCertificateAuthorityAuditReport and the change signals. Errors are thrown as
// PcaError carrying the AWS exception name.
#pragma once

#include "Clock.h"
#include "PcaError.h"
#include "api/ApiTypes.h"
#include "service/AccessControl.h"
#include "store/SqlStore.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace pca {

namespace crypto {
struct CaSigningMaterial;
}

// Result of the "is ACM authorized to renew for this CA?" question.
struct AcmRenewalAuthorization
{
    QList<api::ActionType> granted;
    QList<api::ActionType> missing;
    bool authorized() const { return missing.isEmpty(); }
    bool partial() const { return !granted.isEmpty() && !missing.isEmpty(); }
};

struct AuditTrailVerification
{
    bool intact = true;
    qint64 events = 0;
    qint64 firstBrokenSequence = 0; // 0 when intact
    QString problem;                // empty when intact
};

// A certificate of the inventory as front ends display it.
struct CertificateSummary
{
    store::CertificateRecord record;
    QString arn;
    enum class State
    {
        Valid,
        Revoked,
        Expired
    } state = State::Valid;
};

struct CrlStatus
{
    bool enabled = false;
    qint64 crlNumber = 0;
    std::optional<qint64> lastGeneratedAt;
    std::optional<qint64> nextUpdate;
    QString bucket;
    QString objectKey;
    QString distributionPointUrl;
    // PARTITIONED CAs: how many partitions there are (each has its own CRL, published with the
    // complete one).
    qint64 partitionCount = 0;
};

// An OCSP answer and what HTTP caches may know about it (RFC 5019 section 6).
struct OcspAnswer
{
    QByteArray response; // DER OCSPResponse
    // A pre-produced response (one CertID of a certificate the CA issued): the same bytes are
    // served to everyone until it is replaced, so HTTP caches may keep it until nextUpdate.
    // Error answers and responses signed for one request are not cacheable.
    bool cacheable = false;
    qint64 thisUpdate = 0; // ms since the epoch (also the response's producedAt)
    qint64 nextUpdate = 0;
    qint64 servedAt = 0; // the engine's clock when answered
    QByteArray etag;     // hex SHA-1 of `response` (cacheable answers)
};

// Where one CRL partition's CRL is published.
struct CrlPartitionLocation
{
    QString caArn;
    QString bucket;
    QString objectKey;
};

// A certificate a service principal had issued (issueCertificateAs).
struct PrincipalIssuedCertificate
{
    QString arn;
    QString serial; // canonical hex
    QByteArray der;
    QString chainPem; // what GetCertificate returns as CertificateChain
    QString subject;  // RFC 4514
    qint64 notBefore = 0;
    qint64 notAfter = 0;
};

class PrivateCaService : public QObject
{
    Q_OBJECT

public:
    PrivateCaService(store::SqlStore &store, const Clock &clock, QObject *parent = nullptr);
    ~PrivateCaService() override;

    // ---- the ACM PCA actions ----------------------------------------------------------------
    api::CreateCertificateAuthorityResponse
    createCertificateAuthority(const api::CreateCertificateAuthorityRequest &request);
    api::CreateCertificateAuthorityAuditReportResponse createCertificateAuthorityAuditReport(
        const api::CreateCertificateAuthorityAuditReportRequest &request);
    void createPermission(const api::CreatePermissionRequest &request);
    void deleteCertificateAuthority(const api::DeleteCertificateAuthorityRequest &request);
    void deletePermission(const api::DeletePermissionRequest &request);
    void deletePolicy(const api::DeletePolicyRequest &request);
    api::DescribeCertificateAuthorityResponse
    describeCertificateAuthority(const api::DescribeCertificateAuthorityRequest &request);
    api::DescribeCertificateAuthorityAuditReportResponse describeCertificateAuthorityAuditReport(
        const api::DescribeCertificateAuthorityAuditReportRequest &request);
    api::GetCertificateResponse getCertificate(const api::GetCertificateRequest &request);
    api::GetCertificateAuthorityCertificateResponse getCertificateAuthorityCertificate(
        const api::GetCertificateAuthorityCertificateRequest &request);
    api::GetCertificateAuthorityCsrResponse
    getCertificateAuthorityCsr(const api::GetCertificateAuthorityCsrRequest &request);
    api::GetPolicyResponse getPolicy(const api::GetPolicyRequest &request);
    void importCertificateAuthorityCertificate(
        const api::ImportCertificateAuthorityCertificateRequest &request);
    api::IssueCertificateResponse issueCertificate(const api::IssueCertificateRequest &request);
    // IssueCertificate without holding the calling thread through the durable commit: checks
    // and signs on the calling thread, queues the store write and returns. A CA whose
    // signature takes milliseconds (RSA-3072 and RSA-4096 keys) checks and signs on the
    // service's signing pool instead, so the calling thread (an HTTP I/O thread) is never held
    // by it. `done` runs exactly once: with the response after the commit (on the store's
    // writer thread), or with the PcaError (or other exception) the waiting form would have
    // thrown, on whichever thread found it. `done` must be quick and must not wait for store
    // writes.
    using IssueCompletion =
        std::function<void(std::optional<api::IssueCertificateResponse>, std::exception_ptr)>;
    void issueCertificateAsync(const api::IssueCertificateRequest &request, IssueCompletion done);
    api::ListCertificateAuthoritiesResponse
    listCertificateAuthorities(const api::ListCertificateAuthoritiesRequest &request);
    api::ListPermissionsResponse listPermissions(const api::ListPermissionsRequest &request);
    api::ListTagsResponse listTags(const api::ListTagsRequest &request);
    void putPolicy(const api::PutPolicyRequest &request);
    void restoreCertificateAuthority(const api::RestoreCertificateAuthorityRequest &request);
    void revokeCertificate(const api::RevokeCertificateRequest &request);
    void tagCertificateAuthority(const api::TagCertificateAuthorityRequest &request);
    void untagCertificateAuthority(const api::UntagCertificateAuthorityRequest &request);
    void updateCertificateAuthority(const api::UpdateCertificateAuthorityRequest &request);

    // IssueCertificate made by a service principal of the same account (Certificate Manager
    // issues and renews as acm.amazonaws.com): the certificate records the principal, and so does
    // the IssueCertificate event of the audit trail. With `requireGrant`, the CA must grant the
    // principal IssueCertificate, GetCertificate and ListPermissions (checked in the
    // transaction; AccessDeniedException otherwise). `alongside` runs in the same store
    // transaction right after the certificate is stored: the caller's own record commits with
    // the certificate or, if `alongside` throws, neither does.
    using AlongsideIssue =
        std::function<void(store::StoreWriter &, const PrincipalIssuedCertificate &)>;
    PrincipalIssuedCertificate issueCertificateAs(const QString &principal,
                                                  const api::IssueCertificateRequest &request,
                                                  bool requireGrant,
                                                  const AlongsideIssue &alongside);

    // What the CA's resource policy lets another account (its administrator) do: Allowed, or
    // why not. The store's own account is always Allowed (it owns the CA). For Certificate
    // Manager, which issues and renews for callers of other accounts.
    AccessDecision accountAccess(const QString &caArn, const QString &accountId,
                                 const QString &operation,
                                 const QHash<QString, QStringList> &context = {});

    // ---- beyond the API -----------------------------------------------------------------------
    const store::StoreIdentity &identity() const;
    const Clock &clock() const { return m_clock; }

    // ACM may renew certificates of this CA when IssueCertificate, GetCertificate and
    // ListPermissions are all granted to acm.amazonaws.com.
    AcmRenewalAuthorization acmRenewalAuthorization(const QString &caArn);
    bool isAcmAuthorizedForRenewals(const QString &caArn)
    {
        return acmRenewalAuthorization(caArn).authorized();
    }

    // The CA of this store that signed this CA's certificate; empty when the CA is a root, has
    // no certificate yet or was signed outside this store (front ends draw the CA tree with it).
    QString issuingCertificateAuthorityArn(const QString &caArn);
    // Checks a revocation configuration exactly as Create/UpdateCertificateAuthority do
    // (InvalidArgsException / ValidationException), so that front ends can validate a form
    // before they send it.
    void checkRevocationConfiguration(const api::RevocationConfiguration &config) const;

    // The base URL of CRL distribution points and OCSP URLs: the process override when set,
    // else the store setting, else http://127.0.0.1:8080.
    QString publicBaseUrl() const;
    void setPublicBaseUrlOverride(const QString &url);
    void setStoredPublicBaseUrl(const QString &url);

    // Authorizes the caller in scope for an acm-pca action (e.g. "GetCertificate") on a CA of
    // this store exactly as the API actions are authorized, and returns the CA's id
    // (InvalidArnException / ResourceNotFoundException when it names no CA): for the server's
    // extension operations, which read like those actions.
    QString authorizeOnCertificateAuthority(const char *operation, const QString &caArn);
    // Certificate inventory (not part of the AWS API).
    QList<CertificateSummary> queryCertificates(const store::CertificateQuery &query);
    qint64 countCertificates(const store::CertificateQuery &query);
    qint64 countExpiringBetween(const QString &caArn, qint64 fromMs, qint64 toMs);
    QList<store::AuditReportRecord> listAuditReports(const QString &caArn);
    CrlStatus crlStatus(const QString &caArn);

    // Objects of the bucket areas (CRLs, audit reports).
    std::optional<store::StoredObject> getObject(const QString &bucket, const QString &key);
    // The current CRL (DER) of a CA, generating one when none exists yet.
    QByteArray currentCrl(const QString &caArn);
    // Generates and publishes a new CRL now (ACTIVE or DISABLED CAs with CRLs enabled).
    void generateCrl(const QString &caArn);
    // The CRL object of a partition id (the last path segment of a partitioned certificate's
    // CRL distribution point, without ".crl"); empty when no CA with CRLs has that partition.
    std::optional<CrlPartitionLocation> crlPartitionLocation(const QString &partitionId);
    // How many certificates a CRL partition of a PARTITIONED CA holds (default 100,000; at
    // least 1). Applies to partitions started from now on.
    void setCrlPartitionSize(qint64 certificates);
    qint64 crlPartitionSize() const;

    // Answers a DER OCSP request (RFC 6960, RFC 5019) with a DER OCSP response. Never throws
    // for bad input: malformed requests get a malformedRequest response. Answers come from
    // pre-produced responses (OcspResponseCache), checked against the certificate's and the
    // CA's state read from the store on every request; see docs/server.md, "OCSP".
    OcspAnswer answerOcsp(const QByteArray &derRequest);
    QByteArray answerOcspRequest(const QByteArray &derRequest)
    {
        return answerOcsp(derRequest).response;
    }
    // Writes the pending SignOcspResponse audit events now (they are otherwise written once a
    // minute by runMaintenance, and at destruction).
    void flushOcspSigningAudit();
    // Limits of the pre-produced OCSP responses held in memory.
    void setOcspCacheLimits(qsizetype maxEntries, qsizetype maxBytes);
    struct OcspStatistics
    {
        qsizetype cachedResponses = 0;
        qsizetype cachedBytes = 0;
        qint64 signatures = 0;        // OCSP responses signed since the service started
        qint64 pendingSignatures = 0; // not yet in an audit event
        qint64 issuerIndexBuilds = 0;
    };
    OcspStatistics ocspStatistics() const;

    // Verifies the hash chain of the audit trail.
    AuditTrailVerification verifyAuditTrail();

    // Time-driven work: CA expiry, permanent deletion after the restore window, CRLs re-issued
    // before nextUpdate, idempotency tokens expired. Front ends call it periodically.
    void runMaintenance();
    // Passes of runMaintenance this process has made (it skips while another server of the
    // store holds the maintenance lock).
    qint64 maintenancePasses() const { return m_maintenancePasses.load(); }
    // Blocks until background work (key generation, reports) queued so far has finished.
    void waitForBackgroundWork();

    static QString caArnResource() { return QStringLiteral("certificate-authority/"); }

Q_SIGNALS:
    // A CA was created, changed state or configuration, or was deleted permanently.
    void certificateAuthorityChanged(const QString &caArn);
    void certificateIssued(const QString &caArn, const QString &certificateArn);
    void certificateRevoked(const QString &caArn, const QString &certificateArn);
    void permissionsChanged(const QString &caArn);
    void tagsChanged(const QString &caArn);
    void policyChanged(const QString &caArn);
    void auditReportChanged(const QString &caArn, const QString &auditReportId);
    void crlPublished(const QString &caArn, qint64 crlNumber);

private:
    friend class ServiceInternals;
    struct IssuePlan;
    struct SignedIssue;
    std::shared_ptr<IssuePlan> planIssue(const api::IssueCertificateRequest &request);
    SignedIssue signIssue(const IssuePlan &plan);
    QString commitIssue(store::StoreWriter &writer, const IssuePlan &plan, const SignedIssue &issue,
                        const QString &principal = QString());
    void planAndQueueIssue(const api::IssueCertificateRequest &request, IssueCompletion done);
    void queueIssue(std::shared_ptr<IssuePlan> plan, IssueCompletion done, int attempt);

    store::SqlStore &m_store;
    std::atomic<qint64> m_maintenancePasses{0};
    const Clock &m_clock;
    QThreadPool m_background;
    QThreadPool m_signing; // issueCertificateAsync for CAs that sign slowly
    mutable QMutex m_mutex;
    QString m_publicBaseUrlOverride;
    mutable QString m_storedUrl;
    mutable QElapsedTimer m_storedUrlAge;
    std::unique_ptr<class ServiceInternals> d;
};

} // namespace pca

// Certificate Manager's issuance and managed renewal.
//
// A new certificate, and every renewal, is one store transaction: the Private CA certificate
// (issued as acm.amazonaws.com, audited as such) and the managed certificate's new version,
// written only if the stored version is still the one this attempt started from. So two
// processes on one store (the desktop and the server) never both issue or renew the same
// certificate — the second one's transaction rolls back, its certificate with it — and a crash
// leaves the old version or the new one, whole.
#include "crypto/CertificateTemplates.h"
#include "crypto/KeyAndCsrGenerator.h"
#include "crypto/ManagedCertificateCrypto.h"
#include "service/AcmOperations.h"
#include "service/CertificateManager.h"

#include <QLoggingCategory>

namespace pca {

Q_LOGGING_CATEGORY(lcAcm, "privateca.acm")

using namespace api::acm;
using store::ManagedCertificateReader;
using store::ManagedCertificateRecord;
using store::ManagedCertificateWriter;

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;
constexpr const char *kAcmPrincipal = "acm.amazonaws.com";
// Thrown inside a transaction when another writer stored a version first.
constexpr const char *kVersionTaken = "ManagedCertificateVersionTaken";

// Why the CA cannot issue the next version now (checked before a key is generated), if it
// cannot: the same reasons ACM reports.
struct CaCheck
{
    std::optional<FailureReason> reason;
    QString message;
    api::SigningAlgorithm signingAlgorithm = api::SigningAlgorithm::SHA256WITHRSA;
};

CaCheck checkCa(PrivateCaService &privateCa, const QString &caArn, qint64 now)
{
    CaCheck check;
    api::CertificateAuthority ca;
    try {
        ca = *privateCa.describeCertificateAuthority({caArn}).certificateAuthority;
    } catch (const PcaError &e) {
        check.reason = AcmOperations::failureReasonFor(e);
        check.message = e.message();
        return check;
    }
    check.signingAlgorithm = ca.certificateAuthorityConfiguration->signingAlgorithm;
    if (ca.status == api::CertificateAuthorityStatus::DELETED) {
        check.reason = FailureReason::PCA_RESOURCE_NOT_FOUND;
        check.message = QStringLiteral("Certificate authority %1 is deleted.").arg(caArn);
        return check;
    }
    if (ca.status != api::CertificateAuthorityStatus::ACTIVE) {
        check.reason = FailureReason::PCA_INVALID_STATE;
        check.message = QStringLiteral("Certificate authority %1 is %2, not ACTIVE.")
                            .arg(caArn, api::enumName(*ca.status));
        return check;
    }
    const qint64 notAfter = now + CertificateManager::kValidityDays * kMsPerDay;
    if (ca.notAfter && ca.notAfter->toMSecsSinceEpoch() < notAfter) {
        check.reason = FailureReason::PCA_INVALID_DURATION;
        check.message = QStringLiteral("Certificate authority %1 expires on %2, before a "
                                       "certificate valid for %3 days would.")
                            .arg(caArn, ca.notAfter->toString(Qt::ISODate))
                            .arg(CertificateManager::kValidityDays);
    }
    return check;
}

// The request ACM makes of the CA for a managed certificate's key: EndEntityCertificate/V1
// (basic constraints CA:FALSE, key usage digitalSignature and keyEncipherment, extended key
// usage serverAuth and clientAuth), 395 days, the CA's signing algorithm.
api::IssueCertificateRequest issueRequest(const ManagedCertificateRecord &record,
                                          const crypto::GeneratedKeyAndCsr &key,
                                          api::SigningAlgorithm signing)
{
    api::IssueCertificateRequest request;
    request.certificateAuthorityArn = record.caArn;
    request.csr = key.csrPem();
    request.signingAlgorithm = signing;
    request.templateArn = QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1");
    request.validity = {CertificateManager::kValidityDays, api::ValidityPeriodType::DAYS};
    return request;
}

crypto::GeneratedKeyAndCsr generateKey(const ManagedCertificateRecord &record)
{
    crypto::KeyAndCsrRequest request;
    request.keyAlgorithm = *crypto::generatedKeyAlgorithm(record.keyAlgorithm);
    request.subject.commonName = record.domainName;
    for (const QString &name : record.subjectAlternativeNames) {
        api::GeneralName dns;
        dns.dnsName = name;
        request.subjectAlternativeNames << dns;
    }
    return crypto::generateKeyAndCsr(request);
}

// The record's new version from what the CA issued.
void takeVersion(ManagedCertificateRecord &record, const PrincipalIssuedCertificate &issued,
                 const QByteArray &encryptedKey, api::SigningAlgorithm signing, qint64 now)
{
    record.status = CertificateStatus::ISSUED;
    record.failureReason.reset();
    record.failureMessage.clear();
    record.serial = issued.serial;
    record.certificate = issued.der;
    record.certificateChain = issued.chainPem;
    record.encryptedKey = encryptedKey;
    record.subject = issued.subject;
    record.issuer = crypto::certificateFacts(crypto::certificateFromDer(issued.der).get()).issuer;
    record.signatureAlgorithm = api::enumName(signing);
    record.notBefore = issued.notBefore;
    record.notAfter = issued.notAfter;
    record.issuedAt = now;
    record.version += 1;
}

} // namespace

// ---- first issuance ---------------------------------------------------------------------

void CertificateManager::scheduleIssue(const QString &id)
{
    m_pool.start([this, id] {
        try {
            issuePending(id);
        } catch (const std::exception &e) {
            qCWarning(lcAcm, "Issuing managed certificate %s failed: %s", qPrintable(id), e.what());
        }
    });
}

void CertificateManager::issuePending(const QString &id)
{
    std::optional<ManagedCertificateRecord> found = d->reader().find(id);
    if (!found || found->status != CertificateStatus::PENDING_VALIDATION)
        return;
    const ManagedCertificateRecord record = std::move(*found);
    const qint64 now = d->now();
    const auto fail = [&](FailureReason reason, const QString &message) {
        ManagedCertificateRecord failed = record;
        failed.status = CertificateStatus::FAILED;
        failed.failureReason = reason;
        failed.failureMessage = message;
        m_store.write([&](store::StoreWriter &w) {
            ManagedCertificateWriter(w).updateIfVersion(failed, record.version);
        });
        Q_EMIT certificateChanged(record.arn);
    };

    CaCheck ca = checkCa(m_privateCa, record.caArn, now);
    if (!ca.reason) {
        // A CA of another account issues only what its resource policy allows this account.
        const QString refusal = d->crossAccountRefusal(record);
        if (!refusal.isEmpty()) {
            ca.reason = FailureReason::PCA_ACCESS_DENIED;
            ca.message = refusal;
        }
    }
    if (ca.reason) {
        fail(*ca.reason, ca.message);
        return;
    }
    try {
        const crypto::GeneratedKeyAndCsr key = generateKey(record);
        const QByteArray encryptedKey = key.encryptedKey(m_store.passphrase());
        m_privateCa.issueCertificateAs(
            QString::fromLatin1(kAcmPrincipal), issueRequest(record, key, ca.signingAlgorithm),
            false, [&](store::StoreWriter &w, const PrincipalIssuedCertificate &issued) {
                ManagedCertificateRecord next = record;
                takeVersion(next, issued, encryptedKey, ca.signingAlgorithm, now);
                if (!ManagedCertificateWriter(w).updateIfVersion(next, record.version))
                    throw PcaError(kVersionTaken, QString());
            });
    } catch (const PcaError &e) {
        if (e.is(kVersionTaken))
            return; // issued by another process, or deleted meanwhile
        fail(AcmOperations::failureReasonFor(e), e.message());
        return;
    }
    Q_EMIT certificateChanged(record.arn);
}

// ---- managed renewal --------------------------------------------------------------------

bool CertificateManager::renew(const ManagedCertificateRecord &record)
{
    const qint64 now = d->now();
    const auto outcome = [&](RenewalStatus status, std::optional<FailureReason> reason,
                             const QString &message) {
        ManagedCertificateRecord after = record;
        after.renewalStatus = status;
        after.renewalReason = reason;
        after.renewalUpdatedAt = now;
        after.failureMessage = message;
        m_store.write([&](store::StoreWriter &w) {
            // Never over a version another process has stored meanwhile.
            ManagedCertificateWriter(w).updateIfVersion(after, record.version);
        });
        Q_EMIT certificateChanged(record.arn);
    };

    CaCheck ca = checkCa(m_privateCa, record.caArn, now);
    const bool crossAccount = AcmOperations::accountOf(record) != m_store.identity().accountId;
    if (!ca.reason && crossAccount) {
        // Another account's certificate: the CA's resource policy must allow that account.
        const QString refusal = d->crossAccountRefusal(record);
        if (!refusal.isEmpty()) {
            ca.reason = FailureReason::PCA_ACCESS_DENIED;
            ca.message = refusal;
        }
    } else if (!ca.reason) {
        const AcmRenewalAuthorization grant = m_privateCa.acmRenewalAuthorization(record.caArn);
        if (!grant.authorized()) {
            QStringList missing;
            for (api::ActionType action : grant.missing)
                missing << api::enumName(action);
            ca.reason = FailureReason::PCA_ACCESS_DENIED;
            ca.message = QStringLiteral("Certificate authority %1 does not grant %2 %3.")
                             .arg(record.caArn, QLatin1String(kAcmPrincipal),
                                  missing.join(QStringLiteral(", ")));
        }
    }
    if (ca.reason) {
        outcome(RenewalStatus::FAILED, ca.reason, ca.message);
        return false;
    }
    try {
        const crypto::GeneratedKeyAndCsr key = generateKey(record);
        const QByteArray encryptedKey = key.encryptedKey(m_store.passphrase());
        m_privateCa.issueCertificateAs(
            QString::fromLatin1(kAcmPrincipal), issueRequest(record, key, ca.signingAlgorithm),
            !crossAccount, [&](store::StoreWriter &w, const PrincipalIssuedCertificate &issued) {
                ManagedCertificateRecord next = record;
                takeVersion(next, issued, encryptedKey, ca.signingAlgorithm, now);
                next.renewalStatus = RenewalStatus::SUCCESS;
                next.renewalReason.reset();
                next.renewalUpdatedAt = now;
                next.renewalRequestedAt.reset();
                if (!ManagedCertificateWriter(w).updateIfVersion(next, record.version))
                    throw PcaError(kVersionTaken, QString());
            });
    } catch (const PcaError &e) {
        if (e.is(kVersionTaken))
            return false; // renewed by another process (or deleted) meanwhile
        outcome(RenewalStatus::FAILED, AcmOperations::failureReasonFor(e), e.message());
        return false;
    }
    Q_EMIT certificateChanged(record.arn);
    return true;
}

int CertificateManager::runMaintenance()
{
    if (!m_renewalMutex.tryLock())
        return 0; // a pass is under way in this process
    int renewed = 0;
    try {
        // One server of those sharing a store renews; another takes over when it stops.
        const std::shared_ptr<void> exclusive = m_store.tryExclusive(QStringLiteral("acm-renewal"));
        if (!exclusive) {
            m_renewalMutex.unlock();
            return 0;
        }
        const qint64 due = d->now() + kRenewalWindowDays * kMsPerDay;
        for (const ManagedCertificateRecord &record : d->reader().renewalCandidates(due)) {
            if (renew(record))
                ++renewed;
        }
    } catch (const std::exception &e) {
        qCWarning(lcAcm, "Managed renewal failed: %s", e.what());
    }
    m_renewalMutex.unlock();
    return renewed;
}

void CertificateManager::scheduleRenewals()
{
    m_pool.start([this] { runMaintenance(); });
}

} // namespace pca

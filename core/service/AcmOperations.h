// Private helpers of CertificateManager shared by its implementation files: ARNs, lookups, the
// description ACM gives of a certificate, and the mapping of Private CA refusals to ACM's
// failure reasons.
#pragma once

#include "service/CertificateManager.h"
#include "store/ManagedCertificateStore.h"

namespace pca {

class AcmOperations
{
public:
    AcmOperations(CertificateManager &manager, store::SqlStore &store, PrivateCaService &privateCa);

    CertificateManager &q;
    store::SqlStore &store;
    PrivateCaService &privateCa;

    qint64 now() const { return privateCa.clock().nowMs(); }
    store::ManagedCertificateReader reader()
    {
        return store::ManagedCertificateReader(store.reader());
    }

    // The account of the caller in scope (the store's when none): ACM certificates belong to
    // an account, named in their ARN.
    QString callerAccount() const;
    static QString accountOf(const store::ManagedCertificateRecord &record);
    // Authorizes acm:<operation> on a certificate ARN (or "*") for the caller in scope; throws
    // AccessDeniedException. The store owner's calls are not evaluated.
    void authorize(const char *operation, const QString &resource,
                   const QHash<QString, QStringList> &context = {}) const;
    // aws:RequestTag/<key> and aws:TagKeys of a request's tags.
    static QHash<QString, QStringList> tagContext(const QList<api::Tag> &tags);
    // For a certificate of another account than the CA's: why the CA's resource policy does not
    // let that account have ACM issue (IssueCertificate with EndEntityCertificate/V1, and
    // GetCertificate); empty when it does (and always for the CA's own account).
    QString crossAccountRefusal(const store::ManagedCertificateRecord &record);

    QString arnFor(const QString &id) const;
    // The id of an ACM certificate ARN of the caller's account and this store's region:
    // InvalidArnException for another service; ResourceNotFoundException for another account
    // or region, or when no such certificate exists.
    QString idFromArn(const QString &arn) const;
    store::ManagedCertificateRecord load(const QString &arn);

    // The status ACM reports: EXPIRED after NotAfter, REVOKED once the CA revoked the current
    // version; otherwise as stored.
    struct EffectiveState
    {
        api::acm::CertificateStatus status = api::acm::CertificateStatus::PENDING_VALIDATION;
        std::optional<qint64> revokedAt;
        std::optional<api::acm::RevocationReason> revocationReason;
    };
    EffectiveState effectiveState(const store::ManagedCertificateRecord &record);
    api::acm::CertificateDetail describe(const store::ManagedCertificateRecord &record);
    api::acm::CertificateSummary summarize(const store::ManagedCertificateRecord &record);

    // ACM's failure reason for a Private CA refusal.
    static api::acm::FailureReason failureReasonFor(const PcaError &error);
    // Tags as ACM checks them (InvalidTagException, TooManyTagsException).
    static void validateTags(const QList<api::Tag> &tags);
    int daysBeforeExpiry();
};

} // namespace pca

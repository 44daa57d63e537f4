// Certificate Manager: AWS Certificate Manager's API (2015-12-08) for private certificates, over
// the same store as the Private CA engine. A managed certificate's key pair is generated here and
// kept encrypted like CA keys; the certificate is issued by a CA of the store through
// PrivateCaService as acm.amazonaws.com (so it is in the CA's inventory, CRL, OCSP and audit
// report); and managed renewal replaces it before it expires — only while the CA grants
// acm.amazonaws.com IssueCertificate, GetCertificate and ListPermissions (the console's
// "Authorize ACM to use this CA for renewals"). Otherwise the renewal fails with ACM's reason
// and is tried again at later maintenance runs.
//
// Thread-safe; issuance and renewals run on the manager's own pool. Errors are PcaError with
// ACM's exception names.
#pragma once

#include "api/AcmTypes.h"
#include "service/PrivateCaService.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>

namespace pca {

namespace store {
struct ManagedCertificateRecord;
}

// What a CA's "Authorize ACM" checkbox governs (the desktop's Permissions tab).
struct AcmDependents
{
    int certificates = 0;              // managed certificates the CA issues, not failed
    std::optional<qint64> nextRenewal; // when the next of them is due for renewal
    QStringList domains;               // their domain names, soonest renewal first
};

// A managed certificate as front ends list it: the description ACM gives, plus what the desktop
// shows beside it.
struct ManagedCertificateView
{
    api::acm::CertificateDetail detail;
    qint64 daysLeft = 0;            // until NotAfter (negative once expired)
    bool approachingExpiry = false; // within the account's DaysBeforeExpiry
    QString caCommonName;           // for the table
    QString failureMessage;         // the issuing CA's answer when issuance or renewal failed
    bool exported = false;
};

class CertificateManager : public QObject
{
    Q_OBJECT

public:
    // How long before NotAfter managed renewal starts (ACM: 60 days).
    static constexpr qint64 kRenewalWindowDays = 60;
    // The validity of ACM's private certificates: 13 months.
    static constexpr qint64 kValidityDays = 395;
    // Idempotency tokens of RequestCertificate and PutAccountConfiguration last an hour.
    static constexpr qint64 kIdempotencyWindowMs = 60 * 60 * 1000;
    static constexpr int kDefaultDaysBeforeExpiry = 45;

    CertificateManager(store::SqlStore &store, PrivateCaService &privateCa,
                       QObject *parent = nullptr);
    ~CertificateManager() override;

    // ---- the ACM actions --------------------------------------------------------------------
    void addTagsToCertificate(const api::acm::AddTagsToCertificateRequest &request);
    void deleteCertificate(const api::acm::DeleteCertificateRequest &request);
    api::acm::DescribeCertificateResponse
    describeCertificate(const api::acm::DescribeCertificateRequest &request);
    api::acm::ExportCertificateResponse
    exportCertificate(const api::acm::ExportCertificateRequest &request);
    api::acm::GetAccountConfigurationResponse
    getAccountConfiguration(const api::acm::GetAccountConfigurationRequest &request);
    api::acm::GetCertificateResponse getCertificate(const api::acm::GetCertificateRequest &request);
    api::acm::ImportCertificateResponse
    importCertificate(const api::acm::ImportCertificateRequest &request);
    api::acm::ListCertificatesResponse
    listCertificates(const api::acm::ListCertificatesRequest &request);
    api::acm::ListTagsForCertificateResponse
    listTagsForCertificate(const api::acm::ListTagsForCertificateRequest &request);
    void putAccountConfiguration(const api::acm::PutAccountConfigurationRequest &request);
    void removeTagsFromCertificate(const api::acm::RemoveTagsFromCertificateRequest &request);
    void renewCertificate(const api::acm::RenewCertificateRequest &request);
    api::acm::RequestCertificateResponse
    requestCertificate(const api::acm::RequestCertificateRequest &request);
    void resendValidationEmail(const api::acm::ResendValidationEmailRequest &request);
    void updateCertificateOptions(const api::acm::UpdateCertificateOptionsRequest &request);

    // ---- beyond the API ---------------------------------------------------------------------
    // A private certificate's key, certificate and chain as a PKCS#12 file protected by
    // `password` (the desktop's export; the same rules as ExportCertificate).
    QByteArray exportPkcs12(const QString &certificateArn, const QByteArray &password);
    // Every managed certificate, oldest first, as front ends show them.
    QList<ManagedCertificateView> listForDisplay();
    AcmDependents dependentsOf(const QString &caArn);
    int daysBeforeExpiry();

    // Time-driven work: managed renewal of certificates within 60 days of NotAfter (and of
    // those RenewCertificate asked for). Front ends call it periodically, as they call
    // PrivateCaService::runMaintenance. Returns the number of certificates renewed.
    int runMaintenance();
    // Blocks until issuance and renewals queued so far have finished.
    void waitForBackgroundWork();

Q_SIGNALS:
    // A managed certificate was requested, issued, renewed, failed, changed or deleted.
    void certificateChanged(const QString &certificateArn);

private:
    friend class AcmOperations;
    // Issues the first version of a PENDING_VALIDATION certificate (on the pool).
    void issuePending(const QString &id);
    // One renewal attempt; true when a new version was stored.
    bool renew(const store::ManagedCertificateRecord &record);
    void scheduleIssue(const QString &id);
    // Marks the certificate exported and audits the export on its CA.
    void recordExport(const store::ManagedCertificateRecord &record);
    void scheduleRenewals();

    store::SqlStore &m_store;
    PrivateCaService &m_privateCa;
    QThreadPool m_pool;
    QMutex m_renewalMutex; // one renewal pass at a time in this process
    std::unique_ptr<class AcmOperations> d;
};

} // namespace pca

// The narrow, asynchronous door through which models and views reach a Private CA engine.
//
// Every call returns at once; its typed result or its PcaError is handed to `handler` later,
// on the thread of the client (the GUI thread). A handler is dropped, never called, when its
// `receiver` has been destroyed meanwhile, so a closed dialog or a model that moved on cannot
// be called back. Pass nullptr as receiver only for fire-and-forget calls.
//
// LocalPrivateCaClient runs the in-process engine on a thread pool; RemotePrivateCaClient speaks
// the AWS JSON API (and the server's extension for the inventory) to a privateca-server over
// Qt Network: requests and responses are the API shapes of core/api with their JSON codecs.
#pragma once

#include "Reply.h"
#include "api/ApiTypes.h"
#include "service/PrivateCaService.h"
#include "store/StoreRecords.h"

#include <QObject>

namespace pca::models {

// A CA as the CA tree shows it: its description plus the CA of this store that issued it.
struct CertificateAuthorityEntry
{
    api::CertificateAuthority ca;
    QString issuerArn; // empty for roots and CAs signed outside this store
};

class PrivateCaClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PrivateCaClient() override;

    // Identity of the engine behind the client (for ARNs, defaults and the status bar).
    virtual QString accountId() const = 0;
    virtual QString region() const = 0;
    // Where the data lives: a directory for the local engine, a URL for a remote one.
    virtual QString location() const = 0;
    // True while at least one call is in flight.
    virtual bool isBusy() const = 0;
    // Who the calls are made as (an IAM ARN) when that is not the store owner; empty locally.
    virtual QString callerArn() const { return QString(); }

    // Features beyond the API that a client may not offer (a remote server manages its store,
    // its public URL and its CRLs itself).
    enum class Feature
    {
        StoreLocation,
        PublicBaseUrl,
        GenerateCrl
    };
    // Why `feature` is not available through this client, for the user; empty when it is.
    virtual QString unavailableReason(Feature feature) const;

    // ---- the ACM PCA actions ---------------------------------------------------------------
    virtual void
    createCertificateAuthority(const api::CreateCertificateAuthorityRequest &request,
                               QObject *receiver,
                               Handler<api::CreateCertificateAuthorityResponse> handler) = 0;
    virtual void createCertificateAuthorityAuditReport(
        const api::CreateCertificateAuthorityAuditReportRequest &request, QObject *receiver,
        Handler<api::CreateCertificateAuthorityAuditReportResponse> handler) = 0;
    virtual void createPermission(const api::CreatePermissionRequest &request, QObject *receiver,
                                  Handler<Done> handler) = 0;
    virtual void deleteCertificateAuthority(const api::DeleteCertificateAuthorityRequest &request,
                                            QObject *receiver, Handler<Done> handler) = 0;
    virtual void deletePermission(const api::DeletePermissionRequest &request, QObject *receiver,
                                  Handler<Done> handler) = 0;
    virtual void deletePolicy(const api::DeletePolicyRequest &request, QObject *receiver,
                              Handler<Done> handler) = 0;
    virtual void describeCertificateAuthority(const QString &caArn, QObject *receiver,
                                              Handler<api::CertificateAuthority> handler) = 0;
    virtual void describeCertificateAuthorityAuditReport(
        const api::DescribeCertificateAuthorityAuditReportRequest &request, QObject *receiver,
        Handler<api::DescribeCertificateAuthorityAuditReportResponse> handler) = 0;
    virtual void getCertificate(const api::GetCertificateRequest &request, QObject *receiver,
                                Handler<api::GetCertificateResponse> handler) = 0;
    virtual void getCertificateAuthorityCertificate(
        const QString &caArn, QObject *receiver,
        Handler<api::GetCertificateAuthorityCertificateResponse> handler) = 0;
    virtual void getCertificateAuthorityCsr(const QString &caArn, QObject *receiver,
                                            Handler<QString> handler) = 0;
    virtual void getPolicy(const QString &resourceArn, QObject *receiver,
                           Handler<QString> handler) = 0;
    virtual void importCertificateAuthorityCertificate(
        const api::ImportCertificateAuthorityCertificateRequest &request, QObject *receiver,
        Handler<Done> handler) = 0;
    virtual void issueCertificate(const api::IssueCertificateRequest &request, QObject *receiver,
                                  Handler<api::IssueCertificateResponse> handler) = 0;
    virtual void
    listCertificateAuthorities(const api::ListCertificateAuthoritiesRequest &request,
                               QObject *receiver,
                               Handler<api::ListCertificateAuthoritiesResponse> handler) = 0;
    virtual void listPermissions(const api::ListPermissionsRequest &request, QObject *receiver,
                                 Handler<api::ListPermissionsResponse> handler) = 0;
    virtual void listTags(const api::ListTagsRequest &request, QObject *receiver,
                          Handler<api::ListTagsResponse> handler) = 0;
    virtual void putPolicy(const api::PutPolicyRequest &request, QObject *receiver,
                           Handler<Done> handler) = 0;
    virtual void restoreCertificateAuthority(const QString &caArn, QObject *receiver,
                                             Handler<Done> handler) = 0;
    virtual void revokeCertificate(const api::RevokeCertificateRequest &request, QObject *receiver,
                                   Handler<Done> handler) = 0;
    virtual void tagCertificateAuthority(const api::TagCertificateAuthorityRequest &request,
                                         QObject *receiver, Handler<Done> handler) = 0;
    virtual void untagCertificateAuthority(const api::UntagCertificateAuthorityRequest &request,
                                           QObject *receiver, Handler<Done> handler) = 0;
    virtual void updateCertificateAuthority(const api::UpdateCertificateAuthorityRequest &request,
                                            QObject *receiver, Handler<Done> handler) = 0;

    // ---- beyond the API ------------------------------------------------------------------------
    // Every CA with its issuing CA (all pages).
    virtual void
    listCertificateAuthorityEntries(QObject *receiver,
                                    Handler<QList<CertificateAuthorityEntry>> handler) = 0;
    virtual void describeCertificateAuthorityEntry(const QString &caArn, QObject *receiver,
                                                   Handler<CertificateAuthorityEntry> handler) = 0;
    // Every permission of a CA (all pages of ListPermissions).
    virtual void listAllPermissions(const QString &caArn, QObject *receiver,
                                    Handler<QList<api::Permission>> handler) = 0;
    // Every tag of a CA (all pages of ListTags).
    virtual void listAllTags(const QString &caArn, QObject *receiver,
                             Handler<QList<api::Tag>> handler) = 0;
    virtual void acmRenewalAuthorization(const QString &caArn, QObject *receiver,
                                         Handler<AcmRenewalAuthorization> handler) = 0;
    // One page of the certificate inventory (keyset pagination) and its size.
    virtual void queryCertificates(const store::CertificateQuery &query, QObject *receiver,
                                   Handler<QList<CertificateSummary>> handler) = 0;
    virtual void countCertificates(const store::CertificateQuery &query, QObject *receiver,
                                   Handler<qint64> handler) = 0;
    // Non-revoked certificates expiring in [boundaries[i], boundaries[i+1]) for each i.
    virtual void countExpiring(const QString &caArn, const QList<qint64> &boundaries,
                               QObject *receiver, Handler<QList<qint64>> handler) = 0;
    virtual void listAuditReports(const QString &caArn, QObject *receiver,
                                  Handler<QList<store::AuditReportRecord>> handler) = 0;
    virtual void crlStatus(const QString &caArn, QObject *receiver, Handler<CrlStatus> handler) = 0;
    // The current CRL (DER), generated when none exists yet.
    virtual void currentCrl(const QString &caArn, QObject *receiver,
                            Handler<QByteArray> handler) = 0;
    virtual void generateCrl(const QString &caArn, QObject *receiver, Handler<Done> handler) = 0;
    // An object of a bucket area (CRLs, audit reports); ResourceNotFoundException when absent.
    virtual void getObject(const QString &bucket, const QString &key, QObject *receiver,
                           Handler<store::StoredObject> handler) = 0;
    virtual void checkRevocationConfiguration(const api::RevocationConfiguration &configuration,
                                              QObject *receiver, Handler<Done> handler) = 0;
    virtual void publicBaseUrl(QObject *receiver, Handler<QString> handler) = 0;
    virtual void setStoredPublicBaseUrl(const QString &url, QObject *receiver,
                                        Handler<Done> handler) = 0;
    // Time-driven work of the engine (expiry, permanent deletion, CRL re-issue).
    virtual void runMaintenance(QObject *receiver, Handler<Done> handler) = 0;

Q_SIGNALS:
    // Changes seen by the engine, delivered on the client's thread.
    void certificateAuthorityChanged(const QString &caArn);
    void certificateIssued(const QString &caArn, const QString &certificateArn);
    void certificateRevoked(const QString &caArn, const QString &certificateArn);
    void permissionsChanged(const QString &caArn);
    void tagsChanged(const QString &caArn);
    void policyChanged(const QString &caArn);
    void auditReportChanged(const QString &caArn, const QString &auditReportId);
    void crlPublished(const QString &caArn, qint64 crlNumber);
    void busyChanged(bool busy);
};

// The ID (last component) of a CA ARN.
QString caIdFromArn(const QString &caArn);
// The serial (lower-case hex) of a certificate ARN.
QString serialFromCertificateArn(const QString &certificateArn);

} // namespace pca::models

Q_DECLARE_METATYPE(pca::models::CertificateAuthorityEntry)

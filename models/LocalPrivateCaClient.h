// The in-process client: engine calls run on a private thread pool, results come back on the
// client's thread, and the engine's change signals (emitted from worker threads) are relayed
// as the client's own signals.
#pragma once

#include "PooledCalls.h"
#include "PrivateCaClient.h"

namespace pca::models {

class LocalPrivateCaClient final : public PrivateCaClient
{
    Q_OBJECT

public:
    // The service must outlive the client. `workers` threads run engine calls.
    explicit LocalPrivateCaClient(PrivateCaService &service, int workers = 4,
                                  QObject *parent = nullptr);
    ~LocalPrivateCaClient() override;

    QString accountId() const override;
    QString region() const override;
    QString location() const override { return m_location; }
    // What location() reports (the store directory; the engine does not know it).
    void setLocation(const QString &location) { m_location = location; }
    bool isBusy() const override { return m_calls.isBusy(); }
    // Blocks until every call issued so far has run and delivered its result (tests).
    void waitForIdle();

    void
    createCertificateAuthority(const api::CreateCertificateAuthorityRequest &request,
                               QObject *receiver,
                               Handler<api::CreateCertificateAuthorityResponse> handler) override;
    void createCertificateAuthorityAuditReport(
        const api::CreateCertificateAuthorityAuditReportRequest &request, QObject *receiver,
        Handler<api::CreateCertificateAuthorityAuditReportResponse> handler) override;
    void createPermission(const api::CreatePermissionRequest &request, QObject *receiver,
                          Handler<Done> handler) override;
    void deleteCertificateAuthority(const api::DeleteCertificateAuthorityRequest &request,
                                    QObject *receiver, Handler<Done> handler) override;
    void deletePermission(const api::DeletePermissionRequest &request, QObject *receiver,
                          Handler<Done> handler) override;
    void deletePolicy(const api::DeletePolicyRequest &request, QObject *receiver,
                      Handler<Done> handler) override;
    void describeCertificateAuthority(const QString &caArn, QObject *receiver,
                                      Handler<api::CertificateAuthority> handler) override;
    void describeCertificateAuthorityAuditReport(
        const api::DescribeCertificateAuthorityAuditReportRequest &request, QObject *receiver,
        Handler<api::DescribeCertificateAuthorityAuditReportResponse> handler) override;
    void getCertificate(const api::GetCertificateRequest &request, QObject *receiver,
                        Handler<api::GetCertificateResponse> handler) override;
    void getCertificateAuthorityCertificate(
        const QString &caArn, QObject *receiver,
        Handler<api::GetCertificateAuthorityCertificateResponse> handler) override;
    void getCertificateAuthorityCsr(const QString &caArn, QObject *receiver,
                                    Handler<QString> handler) override;
    void getPolicy(const QString &resourceArn, QObject *receiver,
                   Handler<QString> handler) override;
    void importCertificateAuthorityCertificate(
        const api::ImportCertificateAuthorityCertificateRequest &request, QObject *receiver,
        Handler<Done> handler) override;
    void issueCertificate(const api::IssueCertificateRequest &request, QObject *receiver,
                          Handler<api::IssueCertificateResponse> handler) override;
    void
    listCertificateAuthorities(const api::ListCertificateAuthoritiesRequest &request,
                               QObject *receiver,
                               Handler<api::ListCertificateAuthoritiesResponse> handler) override;
    void listPermissions(const api::ListPermissionsRequest &request, QObject *receiver,
                         Handler<api::ListPermissionsResponse> handler) override;
    void listTags(const api::ListTagsRequest &request, QObject *receiver,
                  Handler<api::ListTagsResponse> handler) override;
    void putPolicy(const api::PutPolicyRequest &request, QObject *receiver,
                   Handler<Done> handler) override;
    void restoreCertificateAuthority(const QString &caArn, QObject *receiver,
                                     Handler<Done> handler) override;
    void revokeCertificate(const api::RevokeCertificateRequest &request, QObject *receiver,
                           Handler<Done> handler) override;
    void tagCertificateAuthority(const api::TagCertificateAuthorityRequest &request,
                                 QObject *receiver, Handler<Done> handler) override;
    void untagCertificateAuthority(const api::UntagCertificateAuthorityRequest &request,
                                   QObject *receiver, Handler<Done> handler) override;
    void updateCertificateAuthority(const api::UpdateCertificateAuthorityRequest &request,
                                    QObject *receiver, Handler<Done> handler) override;

    void
    listCertificateAuthorityEntries(QObject *receiver,
                                    Handler<QList<CertificateAuthorityEntry>> handler) override;
    void describeCertificateAuthorityEntry(const QString &caArn, QObject *receiver,
                                           Handler<CertificateAuthorityEntry> handler) override;
    void listAllPermissions(const QString &caArn, QObject *receiver,
                            Handler<QList<api::Permission>> handler) override;
    void listAllTags(const QString &caArn, QObject *receiver,
                     Handler<QList<api::Tag>> handler) override;
    void acmRenewalAuthorization(const QString &caArn, QObject *receiver,
                                 Handler<AcmRenewalAuthorization> handler) override;
    void queryCertificates(const store::CertificateQuery &query, QObject *receiver,
                           Handler<QList<CertificateSummary>> handler) override;
    void countCertificates(const store::CertificateQuery &query, QObject *receiver,
                           Handler<qint64> handler) override;
    void countExpiring(const QString &caArn, const QList<qint64> &boundaries, QObject *receiver,
                       Handler<QList<qint64>> handler) override;
    void listAuditReports(const QString &caArn, QObject *receiver,
                          Handler<QList<store::AuditReportRecord>> handler) override;
    void crlStatus(const QString &caArn, QObject *receiver, Handler<CrlStatus> handler) override;
    void currentCrl(const QString &caArn, QObject *receiver, Handler<QByteArray> handler) override;
    void generateCrl(const QString &caArn, QObject *receiver, Handler<Done> handler) override;
    void getObject(const QString &bucket, const QString &key, QObject *receiver,
                   Handler<store::StoredObject> handler) override;
    void checkRevocationConfiguration(const api::RevocationConfiguration &configuration,
                                      QObject *receiver, Handler<Done> handler) override;
    void publicBaseUrl(QObject *receiver, Handler<QString> handler) override;
    void setStoredPublicBaseUrl(const QString &url, QObject *receiver,
                                Handler<Done> handler) override;
    void runMaintenance(QObject *receiver, Handler<Done> handler) override;

private:
    template <typename T, typename Work>
    void run(QObject *receiver, Handler<T> handler, Work work)
    {
        m_calls.run(receiver, std::move(handler), std::move(work));
    }

    PrivateCaService &m_service;
    QString m_location;
    PooledCalls m_calls; // last: destroyed first, waiting for calls that use the service
};

} // namespace pca::models

// The client of a remote privateca-server: the ACM PCA actions as AWS JSON 1.1 calls signed
// with SigV4 (service acm-pca) through a RemoteConnection, the certificate inventory and the
// other reads beyond the API through the server's extension (PrivateCaManager.*, see
// docs/server.md), bucket objects (CRLs, audit reports) through the server's object endpoint.
// What only the server does (its store, its public URL, its CRLs and maintenance) is not
// offered: unavailableReason() says why.
//
// Change signals follow this client's own successful writes, as the engine's do for the local
// client; the state changes the server makes later (a CA's key generated, an audit report
// written) are watched by polling until they happen.
#pragma once

#include "PrivateCaClient.h"
#include "RemoteConnection.h"

#include <QHash>
#include <QPointer>

namespace pca::models {

class RemotePrivateCaClient final : public PrivateCaClient
{
    Q_OBJECT

public:
    // `connection` must outlive the client. `identity`: who the connection's key is.
    RemotePrivateCaClient(RemoteConnection *connection, CallerIdentity identity,
                          QObject *parent = nullptr);
    ~RemotePrivateCaClient() override;

    QString accountId() const override { return m_identity.account; }
    QString region() const override;
    QString location() const override;
    bool isBusy() const override;
    QString callerArn() const override { return m_identity.arn; }
    QString unavailableReason(Feature feature) const override;
    // How often a change the server makes later is checked (tests shorten it).
    void setPollInterval(int ms) { m_pollMs = ms; }

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
    template <typename Response, typename Request>
    void call(const char *operation, const Request &request, QObject *receiver,
              Handler<Response> handler, std::function<void(const Response &)> after = {});
    template <typename Request>
    void callDone(const char *operation, const Request &request, QObject *receiver,
                  Handler<Done> handler, std::function<void()> after);
    template <typename Response, typename Request>
    void callExtension(const char *operation, const Request &request, QObject *receiver,
                       Handler<Response> handler);
    // The ARN of a CA known by its id (CertificateQuery names CAs by id).
    QString caArnForId(const QString &caId) const;
    void remember(const api::CertificateAuthority &ca);
    // Polls until the CA has left CREATING, then reports it changed.
    void watchCreation(const QString &caArn, int attemptsLeft);
    // Polls until the audit report has left CREATING, then reports it changed.
    void watchAuditReport(const QString &caArn, const QString &reportId, int attemptsLeft);

    RemoteConnection *m_connection;
    CallerIdentity m_identity;
    mutable QHash<QString, QString> m_caArns; // id -> ARN
    int m_pollMs = 1000;
};

} // namespace pca::models

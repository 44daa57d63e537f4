// The Certificate Manager client of a remote privateca-server: ACM's JSON 1.1 API signed with
// SigV4 (service acm) through a RemoteConnection. What the desktop shows beyond the API is
// assembled from it: the managed-certificate table from ListCertificates and
// DescribeCertificate (with the issuing CA's name from ACM PCA's DescribeCertificateAuthority),
// the PKCS#12 file from ExportCertificate (the key, encrypted under the user's password, is
// packed here), the dependants of a CA from the list. Managed renewal is the server's own work.
//
// certificateChanged follows this client's own successful writes; a requested or renewed
// certificate that the server issues later is watched by polling until it is.
#pragma once

#include "CertificateManagerClient.h"
#include "RemoteConnection.h"

namespace pca::models {

class RemoteCertificateManagerClient final : public CertificateManagerClient
{
    Q_OBJECT

public:
    // `connection` must outlive the client.
    explicit RemoteCertificateManagerClient(RemoteConnection *connection,
                                            QObject *parent = nullptr);
    ~RemoteCertificateManagerClient() override;

    bool isBusy() const override;
    // How often a certificate the server issues later is checked (tests shorten it).
    void setPollInterval(int ms) { m_pollMs = ms; }

    void requestCertificate(const api::acm::RequestCertificateRequest &request, QObject *receiver,
                            Handler<api::acm::RequestCertificateResponse> handler) override;
    void deleteCertificate(const QString &certificateArn, QObject *receiver,
                           Handler<Done> handler) override;
    void renewCertificate(const QString &certificateArn, QObject *receiver,
                          Handler<Done> handler) override;
    void exportCertificate(const api::acm::ExportCertificateRequest &request, QObject *receiver,
                           Handler<api::acm::ExportCertificateResponse> handler) override;
    void listTagsForCertificate(const QString &certificateArn, QObject *receiver,
                                Handler<QList<api::Tag>> handler) override;
    void addTagsToCertificate(const api::acm::AddTagsToCertificateRequest &request,
                              QObject *receiver, Handler<Done> handler) override;
    void removeTagsFromCertificate(const api::acm::RemoveTagsFromCertificateRequest &request,
                                   QObject *receiver, Handler<Done> handler) override;
    void exportPkcs12(const QString &certificateArn, const QByteArray &password, QObject *receiver,
                      Handler<QByteArray> handler) override;
    void listManagedCertificates(QObject *receiver,
                                 Handler<QList<ManagedCertificateView>> handler) override;
    void dependentsOf(const QString &caArn, QObject *receiver,
                      Handler<AcmDependents> handler) override;
    void daysBeforeExpiry(QObject *receiver, Handler<int> handler) override;
    // The server renews on its own: nothing to run here (the value is 0).
    void runMaintenance(QObject *receiver, Handler<int> handler) override;

private:
    template <typename Response, typename Request>
    void call(const char *operation, const Request &request, QObject *receiver,
              Handler<Response> handler, std::function<void(const Response &)> after = {});
    // Every certificate of every key type and status (all pages), in the server's order.
    void listAllSummaries(QObject *receiver, Handler<QList<api::acm::CertificateSummary>> handler);
    // Polls until the certificate has left PENDING_VALIDATION (or its renewal has finished),
    // then reports it changed.
    void watchIssuance(const QString &certificateArn, int attemptsLeft);

    RemoteConnection *m_connection;
    int m_pollMs = 1000;
};

} // namespace pca::models

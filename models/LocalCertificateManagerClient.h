// The in-process Certificate Manager client: calls run on a private thread pool, results come
// back on the client's thread, and CertificateManager::certificateChanged (emitted from worker
// threads) is relayed as the client's own signal.
#pragma once

#include "CertificateManagerClient.h"
#include "PooledCalls.h"

namespace pca::models {

class LocalCertificateManagerClient final : public CertificateManagerClient
{
    Q_OBJECT

public:
    // The manager must outlive the client. `workers` threads run its calls.
    explicit LocalCertificateManagerClient(CertificateManager &manager, int workers = 2,
                                           QObject *parent = nullptr);
    ~LocalCertificateManagerClient() override;

    bool isBusy() const override { return m_calls.isBusy(); }
    // Blocks until every call issued so far has run and delivered its result (tests).
    void waitForIdle();

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
    void runMaintenance(QObject *receiver, Handler<int> handler) override;

private:
    template <typename T, typename Work>
    void run(QObject *receiver, Handler<T> handler, Work work)
    {
        m_calls.run(receiver, std::move(handler), std::move(work));
    }

    CertificateManager &m_manager;
    PooledCalls m_calls; // last: destroyed first, waiting for calls that use the manager
};

} // namespace pca::models

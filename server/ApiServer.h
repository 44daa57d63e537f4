// privateca-server in one object: the SigV4 verifier, the request router and the HTTP server
// over one engine, plus the engine's periodic maintenance (CA expiry, permanent deletion,
// CRL renewal). The executable adds the command line, the store and the credentials; tests
// and the benchmark run it in-process.
#pragma once

#include "HttpServer.h"
#include "RequestRouter.h"
#include "SigV4.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pca {
class Clock;
class PrivateCaService;
} // namespace pca

namespace pca {
class CertificateManager;
class IdentityService;
class EventHistory;
} // namespace pca

namespace pca::server {

struct ApiServerOptions
{
    HttpServerOptions http;
    // Serves Certificate Manager's API (CertificateManager.*) too when set; its maintenance
    // (managed renewal) runs with the Private CA's.
    CertificateManager *certificateManager = nullptr;
    // Callers beyond the server's own keys (the store's IAM users and account keys), and the
    // IAM/STS API, when set.
    IdentityService *identity = nullptr;
    // The event history every authenticated call is recorded in (and CloudTrail's
    // LookupEvents), when set; maintenance prunes it to its retention.
    EventHistory *events = nullptr;
    std::chrono::milliseconds maintenanceInterval{60'000};
    // Answer read-only API operations on the I/O threads (RequestRouter::isQuickRead).
    bool readsOnIoThreads = true;
    // Start IssueCertificate on the I/O threads and answer it from the store's writer after
    // the commit, instead of holding a handler thread through the commit (RequestRouter::start).
    bool issuesOnIoThreads = true;
};

class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(PrivateCaService &service, const Clock &clock, QList<AccessKey> keys,
              ApiServerOptions options = {}, QObject *parent = nullptr);
    ~ApiServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    quint16 serverPort() const;

    // Stops accepting, answers requests under way, waits for running maintenance.
    void shutdown(std::chrono::milliseconds grace = std::chrono::milliseconds(10'000));

    const SigV4Verifier &verifier() const { return m_verifier; }
    HttpServer &httpServer() { return *m_http; }

private:
    void runMaintenance();

    PrivateCaService &m_service;
    SigV4Verifier m_verifier;
    RequestRouter m_router;
    std::unique_ptr<HttpServer> m_http;
    CertificateManager *m_certificateManager = nullptr;
    EventHistory *m_events = nullptr;
    QTimer m_maintenanceTimer;
    QThreadPool m_maintenancePool;
    std::atomic<bool> m_maintenanceRunning{false};
};

} // namespace pca::server

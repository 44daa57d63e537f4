#include "ApiServer.h"

#include "ProcessMemory.h"
#include "service/CertificateManager.h"
#include "service/EventHistory.h"
#include "service/IdentityService.h"
#include "service/PrivateCaService.h"

#include <QLoggingCategory>

namespace pca::server {

Q_LOGGING_CATEGORY(lcServer, "privateca.server")

ApiServer::ApiServer(PrivateCaService &service, const Clock &clock, QList<AccessKey> keys,
                     ApiServerOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_verifier(keys, service.identity().region.toUtf8(), clock)
    , m_router(service, m_verifier, options.certificateManager, options.identity, options.events,
               [&keys] {
                   QList<QByteArray> ids;
                   for (const AccessKey &key : keys)
                       ids << key.accessKeyId;
                   return ids;
               }())
    , m_certificateManager(options.certificateManager)
    , m_events(options.events)
{
    if (IdentityService *identity = options.identity) {
        m_verifier.setSecretLookup(
            [identity](const QByteArray &keyId) { return identity->secretForKey(keyId); });
    }
    if (options.readsOnIoThreads && !options.http.handleOnIoThread)
        options.http.handleOnIoThread = &RequestRouter::isQuickRead;
    if (options.issuesOnIoThreads && !options.http.startOnIoThread) {
        options.http.startOnIoThread = [this](const HttpRequest &request,
                                              const Responder &respond) {
            return m_router.start(request, respond);
        };
    }
    if (!options.http.protocolErrorResponse)
        options.http.protocolErrorResponse = &RequestRouter::protocolErrorResponse;
    m_http = std::make_unique<HttpServer>(
        [this](const HttpRequest &request) { return m_router.handle(request); }, options.http);
    m_maintenancePool.setMaxThreadCount(1);
    m_maintenanceTimer.setInterval(options.maintenanceInterval);
    connect(&m_maintenanceTimer, &QTimer::timeout, this, &ApiServer::runMaintenance);
}

ApiServer::~ApiServer()
{
    shutdown(std::chrono::milliseconds(0));
}

bool ApiServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_http->listen(address, port))
        return false;
    m_maintenanceTimer.start();
    runMaintenance(); // catch up on what happened while the server was down
    return true;
}

QString ApiServer::errorString() const
{
    return m_http->errorString();
}

quint16 ApiServer::serverPort() const
{
    return m_http->serverPort();
}

void ApiServer::runMaintenance()
{
    // Off the accepting thread, never two at a time.
    if (m_maintenanceRunning.exchange(true))
        return;
    m_maintenancePool.start([this] {
        try {
            m_service.runMaintenance();
            if (m_certificateManager)
                m_certificateManager->runMaintenance();
            if (m_events)
                m_events->prune();
        } catch (const std::exception &e) {
            qCWarning(lcServer, "Maintenance failed: %s", e.what());
        }
        releaseFreeMemory();
        m_maintenanceRunning.store(false);
    });
}

void ApiServer::shutdown(std::chrono::milliseconds grace)
{
    m_maintenanceTimer.stop();
    m_http->shutdown(grace);
    m_maintenancePool.waitForDone();
}

} // namespace pca::server

// The in-process engine of the desktop app: the store, a system clock, the Private CA service,
// Certificate Manager (which issues through the service, so it is built after it and
// destroyed before it), the callers of the store (IAM) and its event history (CloudTrail,
// kept `kEventRetentionDays` days and pruned by the desktop's maintenance).
// Opening and creating a store derives keys with scrypt, so both run off the UI thread.
#pragma once

#include "PrivateCaClient.h"
#include "service/CertificateManager.h"
#include "service/EventHistory.h"
#include "service/IdentityService.h"
#include "store/SqlStore.h"

#include <memory>

namespace pca::models {

class LocalEngine
{
public:
    // Takes an open store; creates the services on the calling thread.
    static constexpr int kEventRetentionDays = 90;

    explicit LocalEngine(std::shared_ptr<store::SqlStore> store);
    ~LocalEngine();
    LocalEngine(const LocalEngine &) = delete;
    LocalEngine &operator=(const LocalEngine &) = delete;

    store::SqlStore &store() { return *m_store; }
    PrivateCaService &service() { return *m_service; }
    CertificateManager &certificateManager() { return *m_certificateManager; }
    IdentityService &identity() { return *m_identity; }
    EventHistory &events() { return *m_events; }
    const Clock &clock() const { return m_clock; }

    // Opens an existing store on a worker thread; WrongPassphraseException when the
    // passphrase does not unlock it.
    static void openStore(const store::StoreOptions &options, const QByteArray &passphrase,
                          QObject *receiver, Handler<std::shared_ptr<store::SqlStore>> handler);
    // Creates a new store on a worker thread.
    static void createStore(const store::StoreOptions &options, const QByteArray &passphrase,
                            const store::StoreIdentity &identity, QObject *receiver,
                            Handler<std::shared_ptr<store::SqlStore>> handler);

private:
    SystemClock m_clock;
    std::shared_ptr<store::SqlStore> m_store;
    std::unique_ptr<PrivateCaService> m_service;
    std::unique_ptr<CertificateManager> m_certificateManager;
    std::unique_ptr<EventHistory> m_events;
    std::unique_ptr<IdentityService> m_identity;
};

} // namespace pca::models

// The in-process engine of the desktop app: the store, a system clock and the service.
// Opening and creating a store derives keys with scrypt, so both run off the UI thread.
#pragma once

#include "PrivateCaClient.h"
#include "store/SqlStore.h"

#include <memory>

namespace pca::models {

class LocalEngine
{
public:
    // Takes an open store; creates the service on the calling thread.
    explicit LocalEngine(std::shared_ptr<store::SqlStore> store);
    ~LocalEngine();
    LocalEngine(const LocalEngine &) = delete;
    LocalEngine &operator=(const LocalEngine &) = delete;

    store::SqlStore &store() { return *m_store; }
    PrivateCaService &service() { return *m_service; }
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
};

} // namespace pca::models

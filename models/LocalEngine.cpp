#include "LocalEngine.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace pca::models {

LocalEngine::LocalEngine(std::shared_ptr<store::SqlStore> store)
    : m_store(std::move(store))
    , m_service(std::make_unique<PrivateCaService>(*m_store, m_clock))
    , m_certificateManager(std::make_unique<CertificateManager>(*m_store, *m_service))
    , m_events(std::make_unique<EventHistory>(*m_store, m_clock,
                                              EventHistory::Options{kEventRetentionDays}))
    , m_identity(std::make_unique<IdentityService>(*m_store, m_clock))
{}

LocalEngine::~LocalEngine()
{
    // Each waits for its background work; Certificate Manager's issues through the service.
    m_identity.reset();
    m_events.reset(); // writes what is buffered
    m_certificateManager.reset();
    m_service.reset();
    m_store.reset();
}

namespace {

template <typename Work>
void runStoreWork(QObject *receiver, Handler<std::shared_ptr<store::SqlStore>> handler, Work work)
{
    QPointer<QObject> guard(receiver);
    // A dedicated thread: the store keeps a per-thread connection, and this one ends with it.
    QThread *thread = QThread::create([guard, handler = std::move(handler),
                                       work = std::move(work)]() mutable {
        auto reply = replyFrom<std::shared_ptr<store::SqlStore>>(work, errors::StoreError);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard = std::move(guard), handler = std::move(handler), reply = std::move(reply)]() {
                if (guard)
                    handler(reply);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

void LocalEngine::openStore(const store::StoreOptions &options, const QByteArray &passphrase,
                            QObject *receiver, Handler<std::shared_ptr<store::SqlStore>> handler)
{
    runStoreWork(receiver, std::move(handler),
                 [options, passphrase] { return store::SqlStore::open(options, passphrase); });
}

void LocalEngine::createStore(const store::StoreOptions &options, const QByteArray &passphrase,
                              const store::StoreIdentity &identity, QObject *receiver,
                              Handler<std::shared_ptr<store::SqlStore>> handler)
{
    runStoreWork(receiver, std::move(handler), [options, passphrase, identity] {
        return store::SqlStore::create(options, passphrase, identity);
    });
}

} // namespace pca::models

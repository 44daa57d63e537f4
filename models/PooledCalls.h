// Engine calls on a private thread pool whose results come back on the thread of an owner
// object (the GUI thread): what the in-process clients (LocalPrivateCaClient,
// LocalCertificateManagerClient) have in common.
#pragma once

#include "Reply.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace pca::models {

class PooledCalls
{
public:
    // Results are delivered to `owner`'s thread; `busyChanged(true)` is called when the first
    // call starts, `busyChanged(false)` when the last one has delivered its result.
    PooledCalls(QObject *owner, int workers, std::function<void(bool)> busyChanged);
    // Waits for the calls still running; their results are discarded with the owner.
    ~PooledCalls();
    PooledCalls(const PooledCalls &) = delete;
    PooledCalls &operator=(const PooledCalls &) = delete;

    bool isBusy() const { return m_inFlight > 0; }
    // Blocks until every call issued so far has run and delivered its result (tests).
    void waitForIdle();

    // Runs `work` on the pool and hands its value or PcaError to `handler` on the owner's
    // thread, unless `receiver` was destroyed meanwhile (nullptr: always delivered).
    template <typename T, typename Work>
    void run(QObject *receiver, Handler<T> handler, Work work)
    {
        // The guard is created, checked and destroyed on the owner's thread only; the worker
        // just carries it along.
        const bool guarded = receiver != nullptr;
        QPointer<QObject> guard(receiver);
        started();
        m_pool.start([this, guarded, guard = std::move(guard), handler = std::move(handler),
                      work = std::move(work)]() mutable {
            Reply<T> reply = replyFrom<T>(work);
            QMetaObject::invokeMethod(
                m_owner,
                [this, guarded, guard = std::move(guard), handler = std::move(handler),
                 reply = std::move(reply)]() {
                    finished();
                    if ((!guarded || guard) && handler)
                        handler(reply);
                },
                Qt::QueuedConnection);
        });
    }

private:
    void started();
    void finished();

    QObject *m_owner;
    std::function<void(bool)> m_busyChanged;
    QThreadPool m_pool;
    int m_inFlight = 0;
};

} // namespace pca::models

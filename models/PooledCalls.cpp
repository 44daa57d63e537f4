#include "PooledCalls.h"

#include <QCoreApplication>

namespace pca::models {

PooledCalls::PooledCalls(QObject *owner, int workers, std::function<void(bool)> busyChanged)
    : m_owner(owner)
    , m_busyChanged(std::move(busyChanged))
{
    m_pool.setMaxThreadCount(qMax(1, workers));
    // Threads keep their store connection; they never expire.
    m_pool.setExpiryTimeout(-1);
}

PooledCalls::~PooledCalls()
{
    m_pool.waitForDone();
}

void PooledCalls::waitForIdle()
{
    while (m_inFlight > 0) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(m_owner);
    }
}

void PooledCalls::started()
{
    if (m_inFlight++ == 0 && m_busyChanged)
        m_busyChanged(true);
}

void PooledCalls::finished()
{
    if (--m_inFlight == 0 && m_busyChanged)
        m_busyChanged(false);
}

} // namespace pca::models

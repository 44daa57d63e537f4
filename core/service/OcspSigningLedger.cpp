#include "service/OcspSigningLedger.h"

#include <chrono>

namespace pca {

void OcspSigningLedger::record(const QString &caId, qint64 at)
{
    std::lock_guard lock(m_mutex);
    Batch &batch = m_pending[caId];
    if (batch.count == 0) {
        batch.caId = caId;
        batch.firstAt = at;
        if (m_oldest == 0 || at < m_oldest)
            m_oldest = at;
    }
    ++batch.count;
    batch.lastAt = qMax(batch.lastAt, at);
}

bool OcspSigningLedger::hasDue(qint64 now) const
{
    std::lock_guard lock(m_mutex);
    return m_oldest != 0 && now - m_oldest >= kFlushIntervalMs;
}

QList<OcspSigningLedger::Batch> OcspSigningLedger::takeDue(qint64 now, bool all)
{
    std::lock_guard lock(m_mutex);
    QList<Batch> due;
    m_oldest = 0;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (all || now - it->firstAt >= kFlushIntervalMs) {
            due.append(*it);
            it = m_pending.erase(it);
        } else {
            if (m_oldest == 0 || it->firstAt < m_oldest)
                m_oldest = it->firstAt;
            ++it;
        }
    }
    return due;
}

void OcspSigningLedger::restore(const QList<Batch> &batches)
{
    std::lock_guard lock(m_mutex);
    for (const Batch &batch : batches) {
        Batch &pending = m_pending[batch.caId];
        if (pending.count == 0) {
            pending = batch;
        } else {
            pending.count += batch.count;
            pending.firstAt = qMin(pending.firstAt, batch.firstAt);
            pending.lastAt = qMax(pending.lastAt, batch.lastAt);
        }
        if (m_oldest == 0 || pending.firstAt < m_oldest)
            m_oldest = pending.firstAt;
    }
}

qint64 OcspSigningLedger::pendingSignatures() const
{
    std::lock_guard lock(m_mutex);
    qint64 total = 0;
    for (const Batch &batch : m_pending)
        total += batch.count;
    return total;
}

namespace {
qint64 steadyNowNs()
{
    return qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
}
} // namespace

SigningBudget::SigningBudget(qint64 perSecondUs, qint64 burstUs)
    : m_perSecondUs(perSecondUs)
    , m_burstUs(burstUs)
    , m_availableUs(burstUs)
    , m_lastRefillNs(steadyNowNs())
{}

void SigningBudget::refill()
{
    const qint64 now = steadyNowNs();
    const qint64 elapsedNs = now - m_lastRefillNs;
    const qint64 earnedUs = elapsedNs / 1000 * m_perSecondUs / 1'000'000;
    if (earnedUs > 0) {
        m_availableUs = qMin(m_burstUs, m_availableUs + earnedUs);
        m_lastRefillNs = now;
    }
}

bool SigningBudget::tryStart()
{
    std::lock_guard lock(m_mutex);
    refill();
    return m_availableUs > 0;
}

void SigningBudget::spend(qint64 us)
{
    std::lock_guard lock(m_mutex);
    refill();
    m_availableUs -= qMax<qint64>(1, us);
}

} // namespace pca

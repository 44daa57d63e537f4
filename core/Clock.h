// One injectable clock behind every time rule of the engine (expiry, restore windows,
// idempotency tokens, audit-report rate limits, CRL schedules). Tests move a ManualClock
// instead of sleeping.
#pragma once

#include <QDateTime>

#include <atomic>

namespace pca {

class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = QDateTime::currentMSecsSinceEpoch())
        : m_nowMs(startMs)
    {}
    qint64 nowMs() const override { return m_nowMs.load(); }
    void setNowMs(qint64 ms) { m_nowMs.store(ms); }
    void advanceMs(qint64 ms) { m_nowMs.fetch_add(ms); }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    void advanceDays(qint64 days) { advanceMs(days * 86400 * 1000); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace pca

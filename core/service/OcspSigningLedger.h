// Key use for OCSP signing, audited in batches: each signature made to answer OCSP is counted
// per CA in memory, and one SignOcspResponse audit event per CA carries the count of a period
// (kFlushIntervalMs, or less when the service is shut down or asked to flush). So OCSP traffic
// costs the store at most one event per CA and period, however many requests arrive, and never
// a write while a request waits. Counts not yet written are lost if the process is killed.
//
// The SigningBudget beside it bounds the CPU time spent on signatures that no cache can absorb
// (answers for serials the CA never issued, requests with several CertIDs): beyond it such
// requests get tryLater. Both are thread-safe.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <mutex>

namespace pca {

class OcspSigningLedger
{
public:
    static constexpr qint64 kFlushIntervalMs = 60'000;

    struct Batch
    {
        QString caId;
        qint64 count = 0;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
    };

    // One signature with the key of `caId` at `at` (engine clock, ms).
    void record(const QString &caId, qint64 at);
    // Whether a batch is due at `now` (its first signature kFlushIntervalMs ago or more).
    bool hasDue(qint64 now) const;
    // The due batches (every batch with `all`), removed from the ledger.
    QList<Batch> takeDue(qint64 now, bool all);
    // Puts batches back (their audit write failed).
    void restore(const QList<Batch> &batches);
    qint64 pendingSignatures() const;

private:
    mutable std::mutex m_mutex;
    QHash<QString, Batch> m_pending;
    qint64 m_oldest = 0; // firstAt of the oldest pending batch, 0 when none
};

class SigningBudget
{
public:
    // `perSecondUs` of signing time per second, at most `burstUs` saved up.
    SigningBudget(qint64 perSecondUs, qint64 burstUs);
    // Whether a signature may start now.
    bool tryStart();
    // Charges the time a signature took.
    void spend(qint64 us);

private:
    void refill();

    std::mutex m_mutex;
    qint64 m_perSecondUs;
    qint64 m_burstUs;
    qint64 m_availableUs;
    qint64 m_lastRefillNs = 0;
};

} // namespace pca

// Finds the CA an OCSP CertID names by its issuerNameHash and issuerKeyHash in O(1), whatever
// the number of CAs: a map from (hash algorithm, name hash, key hash) to the CA, for SHA-1 and
// the SHA-2 hashes, built from the store's CA certificates.
//
// The map is read again from the store when a lookup misses and either this process changed a
// CA row since it was built (the store's CA generation) or it is older than kRebuildAfterMs
// (CAs created or activated by another process sharing the store). A flood of CertIDs of
// foreign issuers therefore costs at most one rebuild per kRebuildAfterMs. Hashes of a CA are
// computed once per certificate. A hit is checked by the caller against the CA row it reads
// anyway (the CA certificate's serial), so a stale hit is noticed and refreshed.
// Thread-safe.
#pragma once

#include "crypto/OpenSsl.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace pca {

namespace store {
class SqlStore;
}

class OcspIssuerIndex
{
public:
    static constexpr qint64 kRebuildAfterMs = 1000;

    struct Issuer
    {
        QString caId;
        QString caSerial; // of the CA certificate whose hashes matched
    };

    explicit OcspIssuerIndex(store::SqlStore &store);

    // The CA whose certificate has these hashes under `hash`, reading the CAs again on a miss
    // as described above.
    std::optional<Issuer> find(const EVP_MD *hash, const QByteArray &nameHash,
                               const QByteArray &keyHash);
    // The same after reading the CAs again, unless that was done less than kRebuildAfterMs ago
    // and no CA changed in this process since (for a hit the caller found stale).
    std::optional<Issuer> findAfterRefresh(const EVP_MD *hash, const QByteArray &nameHash,
                                           const QByteArray &keyHash);
    // Number of times the map was built (tests, benchmarks).
    qint64 buildCount() const;

private:
    struct CaHashes
    {
        QByteArray certificate;
        QString serial;
        QList<QByteArray> keys; // one per digest
    };
    struct Snapshot
    {
        QHash<QByteArray, Issuer> byHashes;
        QHash<QString, CaHashes> byCa;
        quint64 generation = 0;
        qint64 builtAtMs = 0; // steady clock
    };

    static QByteArray keyOf(const EVP_MD *hash, const QByteArray &nameHash,
                            const QByteArray &keyHash);
    static std::optional<Issuer> lookup(const Snapshot *snapshot, const QByteArray &key);
    std::shared_ptr<const Snapshot> current() const;
    bool stale(const Snapshot *snapshot) const;
    // Reads the CAs again unless the map is not stale (rebuilt meanwhile by another thread).
    std::shared_ptr<const Snapshot> rebuild();

    store::SqlStore &m_store;
    mutable std::mutex m_mutex; // guards m_snapshot
    std::shared_ptr<const Snapshot> m_snapshot;
    mutable std::mutex m_rebuildMutex; // one rebuild at a time
    qint64 m_builds = 0;               // under m_rebuildMutex
};

} // namespace pca

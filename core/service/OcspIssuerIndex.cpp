#include "service/OcspIssuerIndex.h"

#include "crypto/OcspResponder.h"
#include "store/SqlStore.h"

#include <QLoggingCategory>

#include <chrono>

namespace pca {

Q_DECLARE_LOGGING_CATEGORY(lcService)

namespace {
qint64 steadyNowMs()
{
    return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
}
} // namespace

OcspIssuerIndex::OcspIssuerIndex(store::SqlStore &store)
    : m_store(store)
{}

QByteArray OcspIssuerIndex::keyOf(const EVP_MD *hash, const QByteArray &nameHash,
                                  const QByteArray &keyHash)
{
    return crypto::digestName(hash) + ':' + nameHash + keyHash;
}

std::optional<OcspIssuerIndex::Issuer> OcspIssuerIndex::lookup(const Snapshot *snapshot,
                                                               const QByteArray &key)
{
    if (!snapshot)
        return std::nullopt;
    const auto it = snapshot->byHashes.constFind(key);
    if (it == snapshot->byHashes.constEnd())
        return std::nullopt;
    return *it;
}

std::shared_ptr<const OcspIssuerIndex::Snapshot> OcspIssuerIndex::current() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

bool OcspIssuerIndex::stale(const Snapshot *snapshot) const
{
    return !snapshot || snapshot->generation != m_store.caGeneration() ||
           steadyNowMs() - snapshot->builtAtMs >= kRebuildAfterMs;
}

std::optional<OcspIssuerIndex::Issuer>
OcspIssuerIndex::find(const EVP_MD *hash, const QByteArray &nameHash, const QByteArray &keyHash)
{
    if (!hash)
        return std::nullopt;
    const QByteArray key = keyOf(hash, nameHash, keyHash);
    const std::shared_ptr<const Snapshot> snapshot = current();
    if (auto found = lookup(snapshot.get(), key))
        return found;
    if (!stale(snapshot.get()))
        return std::nullopt;
    return lookup(rebuild().get(), key);
}

std::optional<OcspIssuerIndex::Issuer> OcspIssuerIndex::findAfterRefresh(const EVP_MD *hash,
                                                                         const QByteArray &nameHash,
                                                                         const QByteArray &keyHash)
{
    if (!hash)
        return std::nullopt;
    return lookup(rebuild().get(), keyOf(hash, nameHash, keyHash));
}

qint64 OcspIssuerIndex::buildCount() const
{
    std::lock_guard lock(m_rebuildMutex);
    return m_builds;
}

std::shared_ptr<const OcspIssuerIndex::Snapshot> OcspIssuerIndex::rebuild()
{
    std::lock_guard rebuilding(m_rebuildMutex);
    std::shared_ptr<const Snapshot> previous = current();
    // Another thread may have rebuilt it while this one waited.
    if (!stale(previous.get()))
        return previous;

    auto next = std::make_shared<Snapshot>();
    // Read the generation first: a CA changed during the read makes the next lookup rebuild.
    next->generation = m_store.caGeneration();
    next->builtAtMs = steadyNowMs();
    const QList<const EVP_MD *> digests = crypto::ocspIssuerDigests();
    for (const store::CaCertificateRecord &ca : m_store.reader().caCertificates()) {
        if (ca.certificate.isEmpty())
            continue;
        CaHashes hashes;
        const auto known = previous ? previous->byCa.constFind(ca.caId)
                                    : QHash<QString, CaHashes>::const_iterator();
        if (previous && known != previous->byCa.constEnd() &&
            known->certificate == ca.certificate) {
            hashes = *known;
            hashes.serial = ca.serial;
        } else {
            try {
                const crypto::X509Ptr certificate = crypto::certificateFromDer(ca.certificate);
                hashes.certificate = ca.certificate;
                hashes.serial = ca.serial;
                for (const EVP_MD *digest : digests) {
                    hashes.keys << keyOf(digest, crypto::issuerNameHash(certificate.get(), digest),
                                         crypto::issuerKeyHash(certificate.get(), digest));
                }
            } catch (const PcaError &e) {
                qCWarning(lcService)
                    << "OCSP: the certificate of CA" << ca.caId << "cannot be read:" << e.message();
                continue;
            }
        }
        for (const QByteArray &key : std::as_const(hashes.keys))
            next->byHashes.insert(key, Issuer{ca.caId, hashes.serial});
        next->byCa.insert(ca.caId, std::move(hashes));
    }
    {
        std::lock_guard lock(m_mutex);
        m_snapshot = next;
    }
    ++m_builds;
    return next;
}

} // namespace pca

#include "service/OcspResponseCache.h"

namespace pca {

OcspResponseCache::OcspResponseCache(qsizetype maxEntries, qsizetype maxBytes)
    : m_maxEntries(qMax<qsizetype>(1, maxEntries))
    , m_maxBytes(qMax<qsizetype>(1, maxBytes))
{}

qsizetype OcspResponseCache::costOf(const QByteArray &key, const Entry &entry)
{
    // The bytes held plus a fixed share for the node, the hash slot and the strings' headers.
    constexpr qsizetype kOverhead = 192;
    return key.size() + entry.response.size() + entry.etag.size() +
           2 * (entry.caId.size() + entry.signerSerial.size()) + kOverhead;
}

std::optional<OcspResponseCache::Entry> OcspResponseCache::find(const QByteArray &certId,
                                                                const QString &caId,
                                                                const QString &signerSerial,
                                                                const Status &status, qint64 now)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_index.constFind(certId);
    if (found == m_index.constEnd())
        return std::nullopt;
    const List::iterator it = *found;
    const Entry &entry = it->entry;
    if (entry.caId != caId || entry.signerSerial != signerSerial || !(entry.status == status) ||
        now < entry.thisUpdate || now >= refreshAt(entry.thisUpdate, entry.nextUpdate))
        return std::nullopt;
    m_lru.splice(m_lru.begin(), m_lru, it);
    return entry;
}

void OcspResponseCache::insert(const QByteArray &certId, Entry entry)
{
    Node node{certId, std::move(entry), 0};
    node.cost = costOf(node.key, node.entry);
    std::lock_guard lock(m_mutex);
    const auto found = m_index.constFind(certId);
    if (found != m_index.constEnd())
        erase(*found);
    m_bytes += node.cost;
    m_lru.push_front(std::move(node));
    m_index.insert(certId, m_lru.begin());
    evictBeyondLimits();
}

void OcspResponseCache::removeCa(const QString &caId)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        const auto next = std::next(it);
        if (it->entry.caId == caId)
            erase(it);
        it = next;
    }
}

void OcspResponseCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_index.clear();
    m_lru.clear();
    m_bytes = 0;
}

void OcspResponseCache::setLimits(qsizetype maxEntries, qsizetype maxBytes)
{
    std::lock_guard lock(m_mutex);
    m_maxEntries = qMax<qsizetype>(1, maxEntries);
    m_maxBytes = qMax<qsizetype>(1, maxBytes);
    evictBeyondLimits();
}

qsizetype OcspResponseCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_index.size();
}

qsizetype OcspResponseCache::bytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

void OcspResponseCache::evictBeyondLimits()
{
    while (!m_lru.empty() && (m_index.size() > m_maxEntries || m_bytes > m_maxBytes))
        erase(std::prev(m_lru.end()));
}

void OcspResponseCache::erase(List::iterator it)
{
    m_bytes -= it->cost;
    m_index.remove(it->key);
    m_lru.erase(it);
}

} // namespace pca

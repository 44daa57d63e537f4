// A map with a size bound: when full, adding evicts the entry used least recently. For caches
// keyed by CA, so that a store with many CAs (or traffic that creates and deletes them for a
// week) cannot grow the process: what is evicted is read again from the store when needed.
// Not thread-safe: callers hold their own lock.
#pragma once

#include <QHash>

#include <limits>

namespace pca {

template <typename Key, typename Value>
class BoundedCache
{
public:
    explicit BoundedCache(qsizetype capacity)
        : m_capacity(qMax<qsizetype>(1, capacity))
    {}

    // The value, marked as used now; nullptr when absent.
    Value *find(const Key &key)
    {
        const auto it = m_entries.find(key);
        if (it == m_entries.end())
            return nullptr;
        it->lastUse = ++m_clock;
        return &it->value;
    }

    // Inserts or replaces; evicts the least recently used entry when the cache is full.
    Value &insert(const Key &key, Value value)
    {
        auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            if (m_entries.size() >= m_capacity)
                evictOne();
            it = m_entries.insert(key, Entry{std::move(value), 0});
        } else {
            it->value = std::move(value);
        }
        it->lastUse = ++m_clock;
        return it->value;
    }

    void remove(const Key &key) { m_entries.remove(key); }
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }
    qsizetype capacity() const { return m_capacity; }

private:
    struct Entry
    {
        Value value;
        quint64 lastUse = 0;
    };

    void evictOne()
    {
        auto oldest = m_entries.end();
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->lastUse < oldestUse) {
                oldestUse = it->lastUse;
                oldest = it;
            }
        }
        if (oldest != m_entries.end())
            m_entries.erase(oldest);
    }

    qsizetype m_capacity;
    quint64 m_clock = 0;
    QHash<Key, Entry> m_entries;
};

} // namespace pca

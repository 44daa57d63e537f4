// Pre-produced OCSP responses (RFC 5019): one signed response per CertID of an issued
// certificate, kept in memory and served until it nears its nextUpdate.
//
// - Each entry records what it says (good, or revoked at a time for a reason) and which CA
//   certificate signed it; a lookup names the status just read from the store, and an entry
//   that says something else is not served (it is re-signed and replaced), so a revocation is
//   honoured by the next request, whichever process made it.
// - Bounded: least recently used entries go first once the entry or byte limit is reached.
//   Only certificates the CA issued get entries (unknown serials, foreign issuers and malformed
//   requests never do), so traffic cannot fill it with made-up keys beyond the limits.
// - Thread-safe (one mutex; lookups are a hash find and a list splice).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <list>
#include <mutex>
#include <optional>

namespace pca {

class OcspResponseCache
{
public:
    // What a response says about its certificate, as read from the store.
    struct Status
    {
        bool revoked = false;
        qint64 revokedAt = 0;
        int reason = 0;
        bool operator==(const Status &) const = default;
    };

    struct Entry
    {
        QString caId;
        QString signerSerial; // serial of the CA certificate that signed the response
        Status status;
        QByteArray response; // DER OCSPResponse
        qint64 thisUpdate = 0;
        qint64 nextUpdate = 0;
        QByteArray etag; // hex SHA-1 of `response`
    };

    static constexpr qsizetype kDefaultMaxEntries = 250'000;
    static constexpr qsizetype kDefaultMaxBytes = 128 * 1024 * 1024;

    explicit OcspResponseCache(qsizetype maxEntries = kDefaultMaxEntries,
                               qsizetype maxBytes = kDefaultMaxBytes);

    // The response for `certId` if one is held that was signed by `signerSerial` of `caId`,
    // says `status` and is still fresh at `now` (thisUpdate <= now < refreshAt); else nullopt.
    std::optional<Entry> find(const QByteArray &certId, const QString &caId,
                              const QString &signerSerial, const Status &status, qint64 now);
    // Stores (or replaces) the response of `certId`, evicting the least recently used entries
    // beyond the limits.
    void insert(const QByteArray &certId, Entry entry);
    // Drops every response of a CA (deleted, or its certificate or configuration changed).
    void removeCa(const QString &caId);
    void clear();
    void setLimits(qsizetype maxEntries, qsizetype maxBytes);

    // When a response of this validity is re-signed: a quarter of its validity before its
    // nextUpdate.
    static qint64 refreshAt(qint64 thisUpdate, qint64 nextUpdate)
    {
        return nextUpdate - (nextUpdate - thisUpdate) / 4;
    }

    qsizetype size() const;
    qsizetype bytes() const;

private:
    struct Node
    {
        QByteArray key;
        Entry entry;
        qsizetype cost = 0;
    };
    using List = std::list<Node>;

    static qsizetype costOf(const QByteArray &key, const Entry &entry);
    void evictBeyondLimits();
    void erase(List::iterator it);

    mutable std::mutex m_mutex;
    List m_lru; // most recently used first
    QHash<QByteArray, List::iterator> m_index;
    qsizetype m_bytes = 0;
    qsizetype m_maxEntries;
    qsizetype m_maxBytes;
};

} // namespace pca

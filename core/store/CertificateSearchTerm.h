// What a certificate search term asks for (no SQL here: the desktop's models use it to tell
// the user when a term is too short for the index). See CertificateSearch.h.
#pragma once

#include <QString>

namespace pca::store {

// Characters a term needs for the trigram index.
inline constexpr int kMinimumIndexedSearch = 3;

struct SearchTerm
{
    QString text;   // trimmed, as typed: matched against subject and SANs
    QString serial; // the hex digits, lower case, without ':' or spaces; empty unless hex-like
    // Whether the trigram index can answer the term.
    bool indexed() const;
};

SearchTerm parseSearchTerm(const QString &search);
inline bool isIndexedSearch(const QString &search)
{
    return parseSearchTerm(search).indexed();
}

} // namespace pca::store

// Listing, counting and searching the certificates of a CA (the desktop inventory), and the
// search index behind it (issue 19).
//
// A search is a case-insensitive substring of the subject, the subject alternative names or the
// serial (hex, with or without colons or spaces, any part). Terms of 3 characters or more use a
// trigram index, kept in step by the database inside the writing transaction:
//   - SQLite: the FTS5 table certificate_search (tokenizer trigram, external content: the
//     certificates table), maintained by triggers on certificates;
//   - PostgreSQL: the GIN index certificates_search (pg_trgm, gin_trgm_ops) on subject,
//     subject_alt_names and serial.
// Shorter terms have no trigram to look up: they are answered by scanning the CA's rows in the
// requested order until the page is full (correct, but slow when the term is rare), which is
// why the desktop asks for at least kMinimumIndexedSearch characters.
#pragma once

#include "store/CertificateSearchTerm.h"
#include "store/StoreRecords.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace pca::store {

// How SQLite chooses between its plans for an indexed term (see CertificateSearch.cpp); tests
// lower the limits to drive every plan over a small store.
struct SearchTuning
{
    // At most this many index matches: read them through the index and sort them.
    int selectiveMatches = 20000;
    // More: walk the CA's rows in the requested order, this many at most, checking each.
    int orderedWindow = 10000;
};
SearchTuning &searchTuning();

// Migration 5: creates the search index over the existing rows (SQLite: the FTS5 table and its
// triggers; PostgreSQL: the pg_trgm extension if missing, and the GIN index). Throws StoreError
// with what the administrator must do when PostgreSQL refuses CREATE EXTENSION.
void createSearchIndex(QSqlDatabase &db, bool sqlite);

// One page of `query` (filters, keyset cursor, order, limit). `columns` lists the certificates
// columns to select (unqualified, with "certificate" appended when query.withDer); `read` makes
// a record of a row.
QList<CertificateRecord>
selectCertificates(const QSqlDatabase &db, bool sqlite, const CertificateQuery &query,
                   const QString &columns,
                   const std::function<CertificateRecord(const QSqlQuery &)> &read);
// Number of certificates matching `query`'s filters, at most query.countLimit + 1 when
// countLimit > 0.
qint64 countCertificates(const QSqlDatabase &db, bool sqlite, const CertificateQuery &query);

} // namespace pca::store

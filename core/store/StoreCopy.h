// Copies a whole store to an empty location, SQLite or PostgreSQL in either direction: CAs with
// their encrypted keys, certificates, CRLs and objects, the audit trail, callers, managed
// certificates and the event history, row for row. The target gets the source's passphrase
// check and key-derivation salt, so the same passphrase opens it and the audit trail's MACs
// still verify. This is the documented way to move a store and to back one up (next to
// pg_dump for PostgreSQL).
#pragma once

#include "store/SqlStore.h"

#include <QList>
#include <QString>

#include <functional>

namespace pca::store {

struct TableCopy
{
    QString table;
    qint64 rows = 0;
};

struct StoreCopyReport
{
    QList<TableCopy> tables;
    qint64 rows = 0;
    qint64 certificatesChecked = 0; // DER parsed back from the target
};

// Progress: (table, rows copied of it so far).
using StoreCopyProgress = std::function<void(const QString &table, qint64 rows)>;

// Opens the source with `passphrase` (which verifies it and brings an older schema up to date),
// refuses a target that already holds a store, and copies everything in one transaction on the
// target: a failure leaves the target without a store. Then checks the target: every table has
// the source's row count and every certificate the target holds is DER that parses. Throws
// PcaError (InvalidArgs for a non-empty target, StoreError otherwise) with a sentence.
StoreCopyReport copyStore(const StoreOptions &from, const StoreOptions &to,
                          const QByteArray &passphrase, const StoreCopyProgress &progress = {});

} // namespace pca::store

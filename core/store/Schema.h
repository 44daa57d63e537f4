// Versioned schema migrations of the store. SQL here runs unchanged on SQLite and PostgreSQL,
// except for the binary column type, which is chosen per driver.
#pragma once

#include <QSqlDatabase>

#include <functional>

namespace pca::store {

// The schema version this build writes.
int latestSchemaVersion();

// Applies every missing migration inside one transaction, then runs `afterMigrations` (still
// inside the transaction) and commits. Returns the resulting schema version. Throws
// PcaError(StoreException) and leaves the store unchanged on any failure, including a store
// written by a newer version of the program.
int applyMigrations(QSqlDatabase &db, bool sqlite,
                    const std::function<void(QSqlDatabase &)> &afterMigrations);

} // namespace pca::store

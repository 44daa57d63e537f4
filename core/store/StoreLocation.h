// Where a store lives, as the user names it on a command line or in Settings: a SQLite data
// directory, or a PostgreSQL database named by a libpq connection URI.
//
//   /home/me/.local/share/privateca            a directory (created when the store is)
//   postgresql://USER@HOST[:PORT]/DB            libpq URI semantics: several HOST:PORT separated
//   postgres://…                                by commas, a Unix-socket directory as the host
//                                               (percent-encoded, or ?host=/run/postgresql),
//                                               password from the URI, PGPASSWORD or ~/.pgpass
//                                               as libpq looks them up, and every libpq
//                                               parameter (?sslmode=verify-full&…) passed on.
//   …?schema=NAME                               the store's tables in schema NAME (created with
//                                               the store), not in the user's search_path.
#pragma once

#include "store/SqlStore.h"

#include <QString>

namespace pca::store {

// True when `location` names a PostgreSQL database rather than a directory.
bool isDatabaseUrl(const QString &location);

// Options for the store at `location`. Throws PcaError(InvalidArgs) with a sentence naming what
// is wrong for a malformed URL. A directory is made absolute and cleaned.
StoreOptions parseStoreLocation(const QString &location);

// The location for messages, window titles and Settings: the directory, or the URL without its
// password.
QString describeStoreLocation(const StoreOptions &options);

} // namespace pca::store

// The store: every persistent byte of the engine, through Qt SQL.
//
// - SQLite (embedded default, WAL, synchronous=FULL) or PostgreSQL, with the same SQL.
// - Versioned schema migrations applied at open, inside one transaction.
// - Each engine action runs as one write job. Write jobs run on a single writer thread that
//   groups concurrent jobs into one durable transaction (group commit); each job is isolated
//   by a savepoint, so a failing job leaves no trace and does not disturb the others.
// - Reads run on a per-thread connection and see the last committed state.
// - The master passphrase unlocks the store: it is verified at open (scrypt-derived check
//   value) and derives the keys that MAC the audit trail and pagination tokens.
#pragma once

#include "PcaError.h"
#include "store/StoreRecords.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace pca::store {

struct StoreOptions
{
    // SQLite: the data directory (created 0700; files 0600).
    QString directory;
    // "QSQLITE" (default) or "QPSQL".
    QString driver = QStringLiteral("QSQLITE");
    // PostgreSQL connection parameters (QPSQL only). Empty or -1: libpq's default (PGHOST,
    // PGPORT, … then the Unix socket and 5432).
    QString host;
    int port = -1;
    QString databaseName;
    QString userName;
    QString password;
    // Further libpq parameters, "key='value' …" (parseStoreLocation puts hosts, ports, sslmode
    // and the schema's search_path here).
    QString connectOptions;
    // The schema holding the store's tables (created with the store); empty: search_path's.
    QString schema;
    // The location as the user named it, without a password (for messages); empty: derived.
    QString description;
};

// Adds, without opening it, a Qt SQL connection named `connectionName` to the database these
// options name (the SQLite file of the data directory, or the PostgreSQL server). Throws
// StoreError when the driver is not available.
QSqlDatabase addStoreDatabase(const StoreOptions &options, const QString &connectionName);

struct StoreIdentity
{
    QString accountId; // 12 digits
    QString region;    // e.g. us-east-1
};

class StoreReader;
class StoreWriter;
struct ConnectionState;
class WriteQueue;

class SqlStore
{
public:
    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // Whether a store has been created at this location.
    static bool exists(const StoreOptions &options);
    // Creates a new store (fails if one exists) and returns it unlocked.
    static std::unique_ptr<SqlStore> create(const StoreOptions &options,
                                            const QByteArray &passphrase,
                                            const StoreIdentity &identity);
    // Opens an existing store. Throws WrongPassphraseException (nothing changed) or
    // StoreException when the store is missing or unreadable.
    static std::unique_ptr<SqlStore> open(const StoreOptions &options,
                                          const QByteArray &passphrase);

    // The default data directory (QStandardPaths::AppDataLocation of "privateca").
    static QString defaultDirectory();
    // Makes the location ready to hold a store: the SQLite directory and file (0700/0600), or
    // the PostgreSQL schema named in the options.
    static void prepareLocation(const StoreOptions &options);
    static QString generateAccountId();

    const StoreIdentity &identity() const { return m_identity; }
    const StoreOptions &options() const { return m_options; }
    // The master passphrase (needed to encrypt and decrypt CA keys).
    const QByteArray &passphrase() const { return m_passphrase; }
    // A key for `purpose` derived from the master key (HMAC-SHA256).
    QByteArray derivedKey(const QByteArray &purpose) const;
    int schemaVersion() const { return m_schemaVersion; }

    // A reader on the calling thread's connection.
    StoreReader reader();

    // Runs `job` as one atomic action on the writer thread and waits for its durable commit.
    // Exceptions thrown by the job (its changes rolled back) or by the commit propagate.
    template <typename F>
    auto write(F &&job) -> std::invoke_result_t<F, StoreWriter &>;

    // The same without waiting: queues `job` and returns. `done` runs exactly once with the
    // outcome (nullptr after the durable commit, else the job's or the commit's exception):
    // on the writer thread, or on the calling thread when the store is closing. It must be
    // quick and must not wait for writes (it may queue more with writeAsync). Callable from
    // any thread, the writer's included.
    void writeAsync(std::function<void(StoreWriter &)> job,
                    std::function<void(std::exception_ptr)> done);

    // Moves committed WAL content into the database file and truncates the WAL (SQLite; a
    // no-op elsewhere). Runs on the writer; readers are not blocked.
    void checkpoint();

    // Increases with every commit that changed certificate authority rows, whichever process
    // made it: kept in the store (one indexed read on the calling thread's connection), so a
    // CA record cached under one generation is known stale on every server sharing the store.
    quint64 caGeneration();

    // Maintenance and other work that one process at a time must do: on PostgreSQL a session
    // advisory lock on this thread's connection (released with the guard, or by PostgreSQL when
    // the process dies); on SQLite always granted (its writers serialise on the file). Returns
    // nullptr when another process holds it.
    std::shared_ptr<void> tryExclusive(const QString &task);

    // Number of commits and of jobs committed since open (group-commit statistics).
    qint64 commitCount() const;
    qint64 committedJobCount() const;

private:
    explicit SqlStore(StoreOptions options);
    void initialise(const QByteArray &passphrase, const StoreIdentity *createIdentity);
    void runWrite(std::function<void(StoreWriter &)> job);
    ConnectionState &threadConnection();

    StoreOptions m_options;
    StoreIdentity m_identity;
    QByteArray m_passphrase;
    QByteArray m_masterKey;
    int m_schemaVersion = 0;
    QString m_instanceId;
    std::shared_ptr<struct ConnectionRegistry> m_connections;
    std::unique_ptr<WriteQueue> m_writeQueue;

    friend class WriteQueue;
};

// Read access on one connection. Cheap to copy; valid while its store lives, on its thread.
class StoreReader
{
public:
    explicit StoreReader(ConnectionState &state)
        : m_state(&state)
    {}

    std::optional<QString> meta(const QString &name) const;

    std::optional<CaRecord> findCa(const QString &id) const;
    std::optional<CaRecord> findCaByArn(const QString &arn) const;
    // Stored status and certificate notAfter of a CA (a light read for hot paths).
    std::optional<std::pair<api::CertificateAuthorityStatus, std::optional<qint64>>>
    caStatus(const QString &id) const;
    // Certificate authorities in creation order, after the given (createdAt, id) cursor.
    QList<CaRecord> listCas(std::optional<std::pair<qint64, QString>> after, int limit) const;
    qint64 countCas() const;
    // The certificate of every CA that has one (OCSP issuer matching).
    QList<CaCertificateRecord> caCertificates() const;
    // The OCSP answer's inputs for a serial of a CA; nullopt when there is no such CA.
    std::optional<OcspStatusRecord> ocspStatus(const QString &caId, const QString &serial) const;

    // DER and template of one certificate (the GetCertificate read).
    std::optional<std::pair<QByteArray, QString>> certificateDer(const QString &caId,
                                                                 const QString &serial) const;
    std::optional<CertificateRecord> findCertificate(const QString &caId,
                                                     const QString &serial) const;
    QList<CertificateRecord> queryCertificates(const CertificateQuery &query) const;
    qint64 countCertificates(const CertificateQuery &query) const;
    // Revoked certificates of a CA whose notAfter is at or after `minNotAfter`; with a
    // partition, only those of that CRL partition.
    void forEachRevoked(const QString &caId, qint64 minNotAfter,
                        const std::function<void(const RevokedEntry &)> &fn,
                        const QString &partition = QString()) const;
    qint64 countRevoked(const QString &caId, qint64 minNotAfter,
                        const QString &partition = QString()) const;
    // The CRL partitions of a CA, in the order they were started.
    QList<CrlPartitionRecord> crlPartitions(const QString &caId) const;
    std::optional<CrlPartitionRecord> findCrlPartition(const QString &id) const;
    qint64 countPartitionCertificates(const QString &caId, const QString &partition) const;
    // Every certificate of a CA, oldest first, without DER.
    void forEachCertificate(const QString &caId,
                            const std::function<void(const CertificateRecord &)> &fn) const;
    // Number of certificates of a CA whose notAfter falls in [from, to).
    qint64 countExpiringBetween(const QString &caId, qint64 from, qint64 to) const;
    // The most recent revocation time of a CA's certificates.
    std::optional<qint64> latestRevocation(const QString &caId) const;
    // The smallest notAfter of revoked certificates still listed after `after`, if any.
    std::optional<qint64> nextRevokedExpiry(const QString &caId, qint64 after) const;

    std::optional<PermissionRecord> findPermission(const QString &caId, const QString &principal,
                                                   const QString &sourceAccount) const;
    QList<PermissionRecord> listPermissions(const QString &caId) const;
    QList<api::Tag> listTags(const QString &caId) const;

    std::optional<StoredObject> getObject(const QString &bucket, const QString &key) const;
    QList<StoredObject> listObjects(const QString &bucket, const QString &prefix) const;

    std::optional<AuditReportRecord> findAuditReport(const QString &id) const;
    QList<AuditReportRecord> listAuditReports(const QString &caId) const;

    std::optional<QString> findIdempotencyResult(const QString &scope, const QString &token,
                                                 qint64 notBefore) const;

    void forEachAuditEvent(const std::function<void(const AuditEvent &)> &fn) const;
    qint64 countAuditEvents() const;

protected:
    QSqlQuery &prepared(const char *sql) const;
    QSqlDatabase database() const;
    ConnectionState *m_state;
};

// Write access inside a write job (on the writer thread, inside the job's savepoint).
class StoreWriter : public StoreReader
{
public:
    using StoreReader::StoreReader;

    void setMeta(const QString &name, const QString &value);
    // Runs a parameterless control statement (savepoints) prepared once per connection.
    bool execControl(const char *sql);

    // StoreReader::caStatus, read once per CA and transaction: the answer is kept until a job
    // writes CA rows or is rolled back (issues of one group commit ask for the same CA).
    std::optional<std::pair<api::CertificateAuthorityStatus, std::optional<qint64>>>
    caStatus(const QString &id) const;

    void insertCa(const CaRecord &record);
    void updateCa(const CaRecord &record);
    // Permanently removes a CA and everything it owns.
    void purgeCa(const QString &id);

    // Throws PcaError(errors::StoreError) with type "DuplicateSerial" message when the serial
    // already exists for this CA (callers retry with a fresh serial).
    void insertCertificate(const CertificateRecord &record);
    void insertCrlPartition(const CrlPartitionRecord &record);
    void revokeCertificate(const QString &caId, const QString &serial, qint64 at,
                           api::RevocationReason reason);

    void insertPermission(const PermissionRecord &record);
    void deletePermission(const QString &caId, const QString &principal,
                          const QString &sourceAccount);

    void upsertTag(const QString &caId, const api::Tag &tag);
    void deleteTag(const QString &caId, const QString &key);

    void putObject(const StoredObject &object);

    void insertAuditReport(const AuditReportRecord &record);
    void updateAuditReport(const AuditReportRecord &record);

    void putIdempotencyResult(const QString &scope, const QString &token, const QString &result,
                              qint64 at);
    void purgeIdempotencyBefore(qint64 before);

    // Appends an event to the hash-chained audit trail.
    void appendAuditEvent(const QString &caId, qint64 at, const QString &action,
                          const QString &detail);
};

// The MAC that chains an audit event to its predecessor.
QByteArray auditEventMac(const QByteArray &key, const QByteArray &previousMac, qint64 sequence,
                         const QString &caId, qint64 at, const QString &action,
                         const QString &detail);

// Thrown by insertCertificate for a duplicate (caId, serial).
inline constexpr const char *kDuplicateSerial = "DuplicateSerial";

// ---- implementation of the write template ---------------------------------------------------

template <typename F>
auto SqlStore::write(F &&job) -> std::invoke_result_t<F, StoreWriter &>
{
    using R = std::invoke_result_t<F, StoreWriter &>;
    if constexpr (std::is_void_v<R>) {
        runWrite([&job](StoreWriter &writer) { job(writer); });
    } else {
        std::optional<R> result;
        runWrite([&job, &result](StoreWriter &writer) { result.emplace(job(writer)); });
        return std::move(*result);
    }
}

} // namespace pca::store

#include "store/SqlStore.h"

#include "api/ApiJson.h"
#include "crypto/OpenSsl.h"
#include "store/CertificateSearch.h"
#include "store/Schema.h"
#include "store/SqlHelpers.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace pca::store {

using namespace sql;

namespace {

constexpr int kKdfLog2N = 15;
constexpr int kKdfR = 8;
constexpr int kKdfP = 1;
constexpr int kMaxJobsPerCommit = 512;

QString sqlitePath(const StoreOptions &options)
{
    return QDir(options.directory).filePath(QStringLiteral("privateca.sqlite"));
}

bool isSqlite(const StoreOptions &options)
{
    return options.driver == QLatin1StringView("QSQLITE");
}

} // namespace

QSqlDatabase addStoreDatabase(const StoreOptions &options, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(options.driver, connectionName);
    if (!db.isValid()) {
        throw PcaError(
            errors::StoreError,
            QStringLiteral("The Qt SQL driver %1 is not available.").arg(options.driver));
    }
    if (isSqlite(options)) {
        db.setDatabaseName(sqlitePath(options));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db.setHostName(options.host);
        db.setPort(options.port);
        db.setDatabaseName(options.databaseName);
        db.setUserName(options.userName);
        db.setPassword(options.password);
        db.setConnectOptions(options.connectOptions);
    }
    return db;
}

// ---- connections ---------------------------------------------------------------------------

struct AuditChainState
{
    qint64 sequence = 0;
    QByteArray mac;
    QByteArray key;
    bool dirty = false;
};

struct ConnectionState
{
    QString name;
    bool sqlite = true;
    bool caRowsChanged = false; // writer: a job of the current batch wrote CA rows
    // writer: StoreWriter::caStatus answers of the current transaction
    QHash<QString, std::optional<std::pair<api::CertificateAuthorityStatus, std::optional<qint64>>>>
        caStatusCache;
    std::unordered_map<const char *, QSqlQuery> queries;
    AuditChainState *audit = nullptr; // writer only

    QSqlDatabase database() const { return QSqlDatabase::database(name, false); }
};

struct ConnectionRegistry : std::enable_shared_from_this<ConnectionRegistry>
{
    StoreOptions options;
    QString instanceId;
    std::mutex mutex;
    std::unordered_map<std::thread::id, std::unique_ptr<ConnectionState>> byThread;
    qint64 counter = 0;

    ConnectionState &forCurrentThread();
    void releaseCurrentThread();
    void releaseAll();
};

namespace {

void closeConnection(std::unique_ptr<ConnectionState> state)
{
    if (!state)
        return;
    const QString name = state->name;
    state->queries.clear();
    state.reset();
    // Removing the connection closes it; no QSqlDatabase handle is taken here because this may
    // run while the owning thread is being torn down.
    QSqlDatabase::removeDatabase(name);
}

// Closes this thread's connections when the thread ends (in the thread that owns them).
struct ThreadConnectionGuard
{
    std::vector<std::weak_ptr<ConnectionRegistry>> registries;
    ~ThreadConnectionGuard()
    {
        for (auto &weak : registries) {
            if (auto registry = weak.lock())
                registry->releaseCurrentThread();
        }
    }
};
thread_local ThreadConnectionGuard t_guard;

void openConnection(ConnectionState &state, const StoreOptions &options)
{
    QSqlDatabase db = addStoreDatabase(options, state.name);
    if (!db.open())
        storeError(QStringLiteral("Cannot open the store"), db.lastError());
    QSqlQuery pragma(db);
    if (isSqlite(options)) {
        for (const char *statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=OFF",
              "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-4096"}) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                storeError(QStringLiteral("Cannot configure the store"), pragma.lastError());
        }
    } else {
        // No NOTICEs on stderr (e.g. "relation … already exists, skipping" at every open).
        if (!pragma.exec(QStringLiteral("SET TIME ZONE 'UTC'")) ||
            !pragma.exec(QStringLiteral("SET client_min_messages TO WARNING")))
            storeError(QStringLiteral("Cannot configure the store"), pragma.lastError());
    }
}

} // namespace

ConnectionState &ConnectionRegistry::forCurrentThread()
{
    const auto id = std::this_thread::get_id();
    {
        std::lock_guard lock(mutex);
        auto it = byThread.find(id);
        if (it != byThread.end())
            return *it->second;
    }
    auto state = std::make_unique<ConnectionState>();
    {
        std::lock_guard lock(mutex);
        state->name = QStringLiteral("privateca-%1-%2").arg(instanceId).arg(++counter);
    }
    state->sqlite = isSqlite(options);
    openConnection(*state, options);
    t_guard.registries.push_back(weak_from_this());
    std::lock_guard lock(mutex);
    auto &slot = byThread[id];
    slot = std::move(state);
    return *slot;
}

void ConnectionRegistry::releaseCurrentThread()
{
    std::unique_ptr<ConnectionState> state;
    {
        std::lock_guard lock(mutex);
        auto it = byThread.find(std::this_thread::get_id());
        if (it == byThread.end())
            return;
        state = std::move(it->second);
        byThread.erase(it);
    }
    closeConnection(std::move(state));
}

void ConnectionRegistry::releaseAll()
{
    std::unordered_map<std::thread::id, std::unique_ptr<ConnectionState>> all;
    {
        std::lock_guard lock(mutex);
        all.swap(byThread);
    }
    for (auto &entry : all)
        closeConnection(std::move(entry.second));
}

// ---- the writer thread ---------------------------------------------------------------------

class WriteQueue
{
public:
    explicit WriteQueue(SqlStore &store)
        : m_store(store)
    {
        m_thread = std::thread([this] { run(); });
    }

    ~WriteQueue()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    void submit(std::function<void(StoreWriter &)> fn)
    {
        if (std::this_thread::get_id() == m_thread.get_id()) {
            throw PcaError(errors::InternalFailure,
                           QStringLiteral("A store write was started from inside another write."));
        }
        Job job;
        job.fn = std::move(fn);
        std::future<void> done = job.done.get_future();
        enqueue(std::move(job));
        done.get();
    }

    void submitAsync(std::function<void(StoreWriter &)> fn,
                     std::function<void(std::exception_ptr)> completion)
    {
        Job job;
        job.fn = std::move(fn);
        job.completion = std::move(completion);
        try {
            enqueue(std::move(job));
        } catch (...) {
            job.completion(std::current_exception());
        }
    }

    qint64 commits() const { return m_commits.load(); }
    qint64 jobs() const { return m_committedJobs.load(); }

private:
    struct Job
    {
        std::function<void(StoreWriter &)> fn;
        std::promise<void> done;                            // write(): the waiting caller
        std::function<void(std::exception_ptr)> completion; // writeAsync(): called instead
        std::exception_ptr error;

        void finish()
        {
            if (completion) {
                try {
                    completion(error);
                } catch (...) {
                    qWarning("A store write completion threw an exception.");
                }
            } else if (error) {
                done.set_exception(error);
            } else {
                done.set_value();
            }
        }
    };

    // Queues a job (or throws when the store is closing; the job is left untouched then).
    void enqueue(Job &&job)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                throw PcaError(errors::StoreError, QStringLiteral("The store is closing."));
            m_jobs.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    bool exec(QSqlQuery &query, const char *sql) { return query.exec(QString::fromLatin1(sql)); }

    // Savepoint statements run for every job: prepared once per connection.
    static bool execPrepared(StoreWriter &writer, const char *sql)
    {
        return writer.execControl(sql);
    }

    void run()
    {
        ConnectionState *state = nullptr;
        std::exception_ptr openError;
        try {
            state = &m_store.threadConnection();
        } catch (...) {
            openError = std::current_exception();
        }
        AuditChainState audit;
        audit.key = m_store.derivedKey("audit-trail");
        if (state) {
            state->audit = &audit;
            if (state->sqlite) {
                // Reading connections keep a small page cache each (4 MiB; there is one per
                // thread that reads, and the OS caches the file for all of them); the one writer
                // keeps the index pages its inserts touch.
                QSqlQuery pragma(state->database());
                pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));
            }
        }

        for (;;) {
            std::deque<Job> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_jobs.empty() && m_stopping)
                    break;
                while (!m_jobs.empty() && batch.size() < size_t(kMaxJobsPerCommit)) {
                    batch.push_back(std::move(m_jobs.front()));
                    m_jobs.pop_front();
                }
            }
            if (!state) {
                for (Job &job : batch) {
                    job.error = openError;
                    job.finish();
                }
                continue;
            }
            runBatch(*state, audit, batch);
        }
        if (state)
            state->audit = nullptr;
        m_store.m_connections->releaseCurrentThread();
    }

    void loadAuditHead(StoreReader &reader, AuditChainState &audit)
    {
        audit.sequence = reader.meta(QStringLiteral("audit_head_sequence"))
                             .value_or(QStringLiteral("0"))
                             .toLongLong();
        audit.mac = QByteArray::fromHex(
            reader.meta(QStringLiteral("audit_head_mac")).value_or(QString()).toLatin1());
        audit.dirty = false;
    }

    void runBatch(ConnectionState &state, AuditChainState &audit, std::deque<Job> &batch)
    {
        QSqlDatabase db = state.database();
        QSqlQuery control(db);
        const char *begin = state.sqlite ? "BEGIN IMMEDIATE" : "BEGIN";
        if (!exec(control, begin)) {
            const PcaError error(errors::StoreError,
                                 QStringLiteral("Cannot start a store transaction: %1")
                                     .arg(control.lastError().text()));
            for (Job &job : batch) {
                job.error = std::make_exception_ptr(error);
                job.finish();
            }
            return;
        }
        if (!state.sqlite &&
            !exec(control,
                  "SELECT pg_advisory_xact_lock(1346584881, hashtext(current_schema()))")) {
            // SQLite's BEGIN IMMEDIATE serialises the writers of every process on the file; on
            // PostgreSQL this lock does, per store (schema), so that the audit trail's and the
            // event history's heads, CRL numbers and the checks each write job repeats see the
            // last commit of every server sharing the store.
            const PcaError error(errors::StoreError,
                                 QStringLiteral("Cannot lock the store for writing: %1")
                                     .arg(control.lastError().text()));
            exec(control, "ROLLBACK");
            for (Job &job : batch) {
                job.error = std::make_exception_ptr(error);
                job.finish();
            }
            return;
        }
        StoreWriter writer(state);
        state.caRowsChanged = false;
        state.caStatusCache.clear();
        bool transactionBroken = false;
        try {
            loadAuditHead(writer, audit);
        } catch (...) {
            transactionBroken = true;
            for (Job &job : batch)
                job.error = std::current_exception();
        }

        int succeeded = 0;
        for (Job &job : batch) {
            if (transactionBroken)
                break;
            if (!execPrepared(writer, "SAVEPOINT job")) {
                job.error = std::make_exception_ptr(
                    PcaError(errors::StoreError, QStringLiteral("Cannot start a savepoint: %1")
                                                     .arg(control.lastError().text())));
                transactionBroken = true;
                continue;
            }
            const AuditChainState snapshot = audit;
            try {
                job.fn(writer);
                if (!execPrepared(writer, "RELEASE SAVEPOINT job"))
                    storeError(QStringLiteral("Cannot release a savepoint"), control.lastError());
                ++succeeded;
            } catch (...) {
                job.error = std::current_exception();
                state.caStatusCache.clear();
                const QByteArray key = audit.key;
                audit = snapshot;
                audit.key = key;
                if (!execPrepared(writer, "ROLLBACK TO SAVEPOINT job") ||
                    !execPrepared(writer, "RELEASE SAVEPOINT job")) {
                    transactionBroken = true;
                }
            }
        }

        if (!transactionBroken && state.caRowsChanged) {
            // Every process caching CA records sees this before its next use of one.
            if (!execPrepared(writer, "INSERT INTO store_meta (name, value) VALUES "
                                      "('ca_generation', '1') ON CONFLICT (name) DO UPDATE SET "
                                      "value = CAST(CAST(store_meta.value AS BIGINT) + 1 AS TEXT)"))
                transactionBroken = true;
        }
        if (!transactionBroken && audit.dirty) {
            try {
                writer.setMeta(QStringLiteral("audit_head_sequence"),
                               QString::number(audit.sequence));
                writer.setMeta(QStringLiteral("audit_head_mac"),
                               QString::fromLatin1(audit.mac.toHex()));
            } catch (...) {
                transactionBroken = true;
            }
        }

        bool committed = false;
        if (!transactionBroken && succeeded > 0) {
            committed = exec(control, "COMMIT");
        }
        if (!committed) {
            const QString reason = control.lastError().text();
            exec(control, "ROLLBACK");
            for (Job &job : batch) {
                if (!job.error && (transactionBroken || succeeded > 0)) {
                    job.error = std::make_exception_ptr(PcaError(
                        errors::StoreError,
                        QStringLiteral("The store could not commit the change: %1").arg(reason)));
                }
            }
        } else {
            m_commits.fetch_add(1);
            m_committedJobs.fetch_add(succeeded);
        }
        audit.dirty = false;
        for (Job &job : batch)
            job.finish();
    }

    SqlStore &m_store;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::atomic<qint64> m_commits{0};
    std::atomic<qint64> m_committedJobs{0};
};

// ---- SqlStore --------------------------------------------------------------------------------

SqlStore::SqlStore(StoreOptions options)
    : m_options(std::move(options))
    , m_instanceId(QUuid::createUuid().toString(QUuid::Id128).left(12))
    , m_connections(std::make_shared<ConnectionRegistry>())
{
    m_connections->options = m_options;
    m_connections->instanceId = m_instanceId;
}

SqlStore::~SqlStore()
{
    m_writeQueue.reset();
    m_connections->releaseAll();
}

QString SqlStore::defaultDirectory()
{
    // AppDataLocation of the application "privateca" of organisation "privateca": both
    // executables (desktop app and server) set these names, so they share one store. A program
    // that did not set them still finds the same directory.
    if (QCoreApplication::organizationName() == QLatin1StringView("privateca") &&
        QCoreApplication::applicationName() == QLatin1StringView("privateca"))
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("privateca/privateca"));
}

QString SqlStore::generateAccountId()
{
    const QByteArray random = crypto::randomBytes(16);
    QString digits;
    for (int i = 0; digits.size() < 12; ++i) {
        const auto byte = static_cast<unsigned char>(random.at(i % random.size()));
        if (byte < 250) // uniform over 0..9
            digits += QChar(u'0' + byte % 10);
        if (i >= random.size() - 1 && digits.size() < 12)
            return generateAccountId();
    }
    if (digits.startsWith(QLatin1Char('0')))
        digits[0] = QLatin1Char('1');
    return digits;
}

bool SqlStore::exists(const StoreOptions &options)
{
    if (isSqlite(options))
        return QFileInfo(sqlitePath(options)).size() > 0;
    SqlStore probe(options);
    try {
        StoreReader reader = probe.reader();
        return reader.meta(QStringLiteral("account_id")).has_value();
    } catch (const PcaError &) {
        return false;
    }
}

namespace {
void prepareSqliteFiles(const StoreOptions &options)
{
    QDir dir(options.directory);
    if (!dir.exists() && !QDir().mkpath(options.directory)) {
        throw PcaError(
            errors::StoreError,
            QStringLiteral("Cannot create the data directory %1").arg(options.directory));
    }
    QFile::setPermissions(options.directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = sqlitePath(options);
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            throw PcaError(errors::StoreError,
                           QStringLiteral("Cannot create the store file %1").arg(path));
        }
    }
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

QByteArray passphraseCheck(const QByteArray &derived)
{
    return crypto::hmacSha256(derived, "privateca passphrase check v1");
}
} // namespace

void SqlStore::prepareLocation(const StoreOptions &options)
{
    if (isSqlite(options)) {
        prepareSqliteFiles(options);
        return;
    }
    if (options.schema.isEmpty())
        return;
    // The schema named by ?schema= is the store's; the search_path already points there.
    const QString name =
        QStringLiteral("schema-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString failure;
    QSqlError error;
    {
        QSqlDatabase db = addStoreDatabase(options, name);
        if (!db.open()) {
            failure = QStringLiteral("Cannot open the store");
            error = db.lastError();
        } else {
            QSqlQuery create(db);
            if (!create.exec(
                    QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(options.schema))) {
                failure = QStringLiteral("Cannot create the schema %1 (the database user needs "
                                         "the CREATE privilege on the database, or an "
                                         "administrator creates the schema and grants it to the "
                                         "user)")
                              .arg(options.schema);
                error = create.lastError();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        storeError(failure, error);
}

std::unique_ptr<SqlStore> SqlStore::create(const StoreOptions &options,
                                           const QByteArray &passphrase,
                                           const StoreIdentity &identity)
{
    if (passphrase.isEmpty())
        throw PcaError(errors::InvalidArgs, QStringLiteral("The master passphrase is empty."));
    if (exists(options)) {
        throw PcaError(errors::StoreError,
                       QStringLiteral("A store already exists at this location."));
    }
    prepareLocation(options);
    std::unique_ptr<SqlStore> store(new SqlStore(options));
    store->initialise(passphrase, &identity);
    return store;
}

std::unique_ptr<SqlStore> SqlStore::open(const StoreOptions &options, const QByteArray &passphrase)
{
    if (!exists(options)) {
        throw PcaError(
            errors::StoreError,
            QStringLiteral("No store exists at %1.").arg(describeStoreLocation(options)));
    }
    if (isSqlite(options))
        prepareSqliteFiles(options);
    std::unique_ptr<SqlStore> store(new SqlStore(options));
    store->initialise(passphrase, nullptr);
    return store;
}

void SqlStore::initialise(const QByteArray &passphrase, const StoreIdentity *createIdentity)
{
    ConnectionState &state = threadConnection();
    QSqlDatabase db = state.database();
    m_schemaVersion = applyMigrations(db, state.sqlite, [&](QSqlDatabase &tx) {
        if (!createIdentity)
            return;
        const QByteArray salt = crypto::randomBytes(32);
        const QByteArray derived = crypto::scrypt(passphrase, salt, kKdfLog2N, kKdfR, kKdfP, 32);
        QSqlQuery insert(tx);
        insert.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("account_id"), createIdentity->accountId},
            {QStringLiteral("region"), createIdentity->region},
            {QStringLiteral("created_at"), QString::number(QDateTime::currentMSecsSinceEpoch())},
            {QStringLiteral("kdf"),
             QStringLiteral("scrypt:%1:%2:%3").arg(kKdfLog2N).arg(kKdfR).arg(kKdfP)},
            {QStringLiteral("kdf_salt"), QString::fromLatin1(salt.toHex())},
            {QStringLiteral("passphrase_check"),
             QString::fromLatin1(passphraseCheck(derived).toHex())},
        };
        for (const auto &[name, value] : values) {
            insert.addBindValue(name);
            insert.addBindValue(value);
            if (!insert.exec())
                storeError(QStringLiteral("Cannot initialise the store"), insert.lastError());
        }
    });

    StoreReader reader(state);
    const auto accountId = reader.meta(QStringLiteral("account_id"));
    const auto region = reader.meta(QStringLiteral("region"));
    const auto kdf = reader.meta(QStringLiteral("kdf"));
    const auto salt = reader.meta(QStringLiteral("kdf_salt"));
    const auto check = reader.meta(QStringLiteral("passphrase_check"));
    if (!accountId || !region || !kdf || !salt || !check)
        throw PcaError(errors::StoreError, QStringLiteral("The store is incomplete or damaged."));
    const QStringList kdfParts = kdf->split(QLatin1Char(':'));
    if (kdfParts.size() != 4 || kdfParts.at(0) != QLatin1StringView("scrypt"))
        throw PcaError(errors::StoreError, QStringLiteral("Unknown key derivation: %1").arg(*kdf));
    const QByteArray derived =
        crypto::scrypt(passphrase, QByteArray::fromHex(salt->toLatin1()), kdfParts.at(1).toInt(),
                       kdfParts.at(2).toInt(), kdfParts.at(3).toInt(), 32);
    if (!crypto::constantTimeEquals(passphraseCheck(derived),
                                    QByteArray::fromHex(check->toLatin1()))) {
        throw PcaError(
            errors::WrongPassphrase,
            QStringLiteral("The passphrase is not the one this store was created with."));
    }
    m_identity = {*accountId, *region};
    m_passphrase = passphrase;
    m_masterKey = crypto::hmacSha256(derived, "privateca master key v1");
    m_writeQueue = std::make_unique<WriteQueue>(*this);
}

QByteArray SqlStore::derivedKey(const QByteArray &purpose) const
{
    return crypto::hmacSha256(m_masterKey, purpose);
}

ConnectionState &SqlStore::threadConnection()
{
    return m_connections->forCurrentThread();
}

StoreReader SqlStore::reader()
{
    return StoreReader(threadConnection());
}

void SqlStore::runWrite(std::function<void(StoreWriter &)> job)
{
    m_writeQueue->submit(std::move(job));
}

void SqlStore::writeAsync(std::function<void(StoreWriter &)> job,
                          std::function<void(std::exception_ptr)> done)
{
    Q_ASSERT(done);
    m_writeQueue->submitAsync(std::move(job), std::move(done));
}

void SqlStore::checkpoint()
{
    if (!isSqlite(m_options))
        return;
    // A checkpoint cannot run inside a transaction, so it bypasses the write queue's batch:
    // it uses a connection of its own on the calling thread.
    QSqlQuery q(threadConnection().database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        storeError(QStringLiteral("Cannot checkpoint the store"), q.lastError());
    q.finish();
}

quint64 SqlStore::caGeneration()
{
    return reader().meta(QStringLiteral("ca_generation")).value_or(QString()).toULongLong();
}

std::shared_ptr<void> SqlStore::tryExclusive(const QString &task)
{
    ConnectionState &state = threadConnection();
    if (state.sqlite)
        return std::make_shared<int>(0);
    QSqlDatabase db = state.database();
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_try_advisory_lock(1346584882, "
                                "hashtext(current_schema() || ':' || ?))"));
    lock.addBindValue(task);
    if (!lock.exec() || !lock.next())
        storeError(QStringLiteral("Cannot take the lock for %1").arg(task), lock.lastError());
    if (!lock.value(0).toBool())
        return nullptr;
    // Released on the same connection (advisory locks belong to the session); a connection
    // already closed released it with the session.
    const QString connection = state.name;
    return std::shared_ptr<void>(new int(0), [connection, task](int *token) {
        delete token;
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (!db.isOpen())
            return;
        QSqlQuery unlock(db);
        unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(1346584882, "
                                      "hashtext(current_schema() || ':' || ?))"));
        unlock.addBindValue(task);
        unlock.exec();
    });
}

qint64 SqlStore::commitCount() const
{
    return m_writeQueue ? m_writeQueue->commits() : 0;
}

qint64 SqlStore::committedJobCount() const
{
    return m_writeQueue ? m_writeQueue->jobs() : 0;
}

// ---- StoreReader -----------------------------------------------------------------------------

QSqlDatabase StoreReader::database() const
{
    return m_state->database();
}

QSqlQuery &StoreReader::prepared(const char *sql) const
{
    auto it = m_state->queries.find(sql);
    if (it == m_state->queries.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromUtf8(sql)))
            storeError(QStringLiteral("Cannot prepare a store query"), query.lastError());
        it = m_state->queries.emplace(sql, std::move(query)).first;
    }
    return it->second;
}

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

constexpr const char *kCaColumns =
    "id, arn, ca_type, status, status_before_deletion, failure_reason, created_at, "
    "last_state_change_at, restorable_until, usage_mode, key_storage, configuration, revocation, "
    "private_key, csr, certificate, certificate_chain, serial, not_before, not_after, subject, "
    "issuer_ca_id, policy, crl_number, crl_generated_at, crl_next_update";

// Parsing the stored configuration JSON dominates reading a CA row; rows of the same CA repeat
// the same text, so each thread keeps the parsed forms of recent texts.
template <typename T>
const T &parsedJson(const QString &textValue)
{
    thread_local QHash<QString, T> cache;
    auto it = cache.constFind(textValue);
    if (it == cache.constEnd()) {
        if (cache.size() > 256)
            cache.clear();
        it = cache.insert(textValue, api::fromJson<T>(jsonObject(textValue)));
    }
    return *it;
}

CaRecord readCa(const QSqlQuery &q)
{
    CaRecord r;
    r.id = q.value(0).toString();
    r.arn = q.value(1).toString();
    r.type = readEnum(q.value(2), api::CertificateAuthorityType::ROOT);
    r.status = readEnum(q.value(3), api::CertificateAuthorityStatus::FAILED);
    r.statusBeforeDeletion = readOptionalEnum<api::CertificateAuthorityStatus>(q.value(4));
    r.failureReason = readOptionalEnum<api::FailureReason>(q.value(5));
    r.createdAt = q.value(6).toLongLong();
    r.lastStateChangeAt = q.value(7).toLongLong();
    r.restorableUntil = readOptionalInt(q.value(8));
    r.usageMode = readEnum(q.value(9), api::CertificateAuthorityUsageMode::GENERAL_PURPOSE);
    r.keyStorage =
        readEnum(q.value(10), api::KeyStorageSecurityStandard::FIPS_140_2_LEVEL_3_OR_HIGHER);
    r.configuration = parsedJson<api::CertificateAuthorityConfiguration>(q.value(11).toString());
    if (!q.value(12).isNull())
        r.revocation = parsedJson<api::RevocationConfiguration>(q.value(12).toString());
    r.encryptedKey = q.value(13).toByteArray();
    r.csr = q.value(14).toByteArray();
    r.certificate = q.value(15).toByteArray();
    r.certificateChain = q.value(16).toByteArray();
    r.serial = q.value(17).toString();
    r.notBefore = readOptionalInt(q.value(18));
    r.notAfter = readOptionalInt(q.value(19));
    r.subject = q.value(20).toString();
    r.issuerCaId = q.value(21).toString();
    if (!q.value(22).isNull())
        r.policy = q.value(22).toString();
    r.crlNumber = q.value(23).toLongLong();
    r.crlGeneratedAt = readOptionalInt(q.value(24));
    r.crlNextUpdate = readOptionalInt(q.value(25));
    return r;
}

void bindCa(QSqlQuery &q, const CaRecord &r)
{
    q.addBindValue(text(r.arn));
    q.addBindValue(api::enumName(r.type));
    q.addBindValue(api::enumName(r.status));
    q.addBindValue(r.statusBeforeDeletion ? QVariant(api::enumName(*r.statusBeforeDeletion))
                                          : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(r.failureReason ? QVariant(api::enumName(*r.failureReason))
                                   : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(r.createdAt);
    q.addBindValue(r.lastStateChangeAt);
    q.addBindValue(optionalInt(r.restorableUntil));
    q.addBindValue(api::enumName(r.usageMode));
    q.addBindValue(api::enumName(r.keyStorage));
    q.addBindValue(jsonText(api::toJson(r.configuration)));
    q.addBindValue(r.revocation ? QVariant(jsonText(api::toJson(*r.revocation)))
                                : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(r.encryptedKey);
    q.addBindValue(r.csr);
    q.addBindValue(r.certificate);
    q.addBindValue(r.certificateChain);
    q.addBindValue(text(r.serial));
    q.addBindValue(optionalInt(r.notBefore));
    q.addBindValue(optionalInt(r.notAfter));
    q.addBindValue(text(r.subject));
    q.addBindValue(text(r.issuerCaId));
    q.addBindValue(optionalText(r.policy));
    q.addBindValue(r.crlNumber);
    q.addBindValue(optionalInt(r.crlGeneratedAt));
    q.addBindValue(optionalInt(r.crlNextUpdate));
    q.addBindValue(text(r.id));
}

constexpr const char *kCertificateColumns =
    "ca_id, serial, subject, subject_alt_names, template_arn, not_before, not_after, issued_at, "
    "revoked_at, revocation_reason, requested_by, crl_partition";

CertificateRecord readCertificate(const QSqlQuery &q, bool withDer)
{
    CertificateRecord r;
    r.caId = q.value(0).toString();
    r.serial = q.value(1).toString();
    r.subject = q.value(2).toString();
    r.subjectAltNames = q.value(3).toString();
    r.templateArn = q.value(4).toString();
    r.notBefore = q.value(5).toLongLong();
    r.notAfter = q.value(6).toLongLong();
    r.issuedAt = q.value(7).toLongLong();
    r.revokedAt = readOptionalInt(q.value(8));
    r.revocationReason = readOptionalEnum<api::RevocationReason>(q.value(9));
    r.requestedBy = q.value(10).toString();
    r.crlPartition = q.value(11).toString();
    if (withDer)
        r.certificate = q.value(12).toByteArray();
    return r;
}

} // namespace

std::optional<QString> StoreReader::meta(const QString &name) const
{
    return selectOne(prepared("SELECT value FROM store_meta WHERE name = ?"), {text(name)},
                     "Cannot read store metadata",
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

std::optional<CaRecord> StoreReader::findCa(const QString &id) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kCaColumns + " FROM certificate_authorities WHERE id = ?";
    return selectOne(prepared(sql.constData()), {text(id)}, "Cannot read a certificate authority",
                     readCa);
}

std::optional<CaRecord> StoreReader::findCaByArn(const QString &arn) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kCaColumns + " FROM certificate_authorities WHERE arn = ?";
    return selectOne(prepared(sql.constData()), {text(arn)}, "Cannot read a certificate authority",
                     readCa);
}

QList<CaRecord> StoreReader::listCas(std::optional<std::pair<qint64, QString>> after,
                                     int limit) const
{
    static const QByteArray first = QByteArray("SELECT ") + kCaColumns +
                                    " FROM certificate_authorities ORDER BY created_at, id LIMIT ?";
    static const QByteArray next =
        QByteArray("SELECT ") + kCaColumns +
        " FROM certificate_authorities WHERE created_at > ? OR (created_at = ? AND id > ?) "
        "ORDER BY created_at, id LIMIT ?";
    QSqlQuery &q = prepared(after ? next.constData() : first.constData());
    if (after) {
        q.addBindValue(after->first);
        q.addBindValue(after->first);
        q.addBindValue(after->second);
    }
    q.addBindValue(limit);
    execOrThrow(q, "Cannot list certificate authorities");
    QList<CaRecord> out;
    while (q.next())
        out.append(readCa(q));
    q.finish();
    return out;
}

qint64 StoreReader::countCas() const
{
    QSqlQuery &q = prepared("SELECT COUNT(*) FROM certificate_authorities");
    execOrThrow(q, "Cannot count certificate authorities");
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return count;
}

QList<CaCertificateRecord> StoreReader::caCertificates() const
{
    return selectAll(prepared("SELECT id, serial, certificate FROM certificate_authorities WHERE "
                              "certificate IS NOT NULL"),
                     {}, "Cannot read the certificate authorities' certificates",
                     [](const QSqlQuery &q) {
                         return CaCertificateRecord{q.value(0).toString(), q.value(1).toString(),
                                                    q.value(2).toByteArray()};
                     });
}

std::optional<OcspStatusRecord> StoreReader::ocspStatus(const QString &caId,
                                                        const QString &serial) const
{
    // One primary-key lookup of each table (the join's ON clause binds first).
    return selectOne(
        prepared("SELECT a.status, a.not_after, a.revocation, a.serial, c.serial, c.revoked_at, "
                 "c.revocation_reason FROM certificate_authorities a LEFT JOIN certificates c "
                 "ON c.ca_id = a.id AND c.serial = ? WHERE a.id = ?"),
        {text(serial), text(caId)}, "Cannot read a certificate's OCSP status",
        [](const QSqlQuery &q) {
            OcspStatusRecord r;
            r.caStatus = readEnum(q.value(0), api::CertificateAuthorityStatus::FAILED);
            r.caNotAfter = readOptionalInt(q.value(1));
            if (!q.value(2).isNull())
                r.revocation = parsedJson<api::RevocationConfiguration>(q.value(2).toString());
            r.caSerial = q.value(3).toString();
            r.certificateFound = !q.value(4).isNull();
            r.revokedAt = readOptionalInt(q.value(5));
            r.revocationReason = readOptionalEnum<api::RevocationReason>(q.value(6));
            return r;
        });
}

std::optional<std::pair<QByteArray, QString>>
StoreReader::certificateDer(const QString &caId, const QString &serial) const
{
    return selectOne(
        prepared(
            "SELECT certificate, template_arn FROM certificates WHERE ca_id = ? AND serial = ?"),
        {text(caId), text(serial)}, "Cannot read a certificate", [](const QSqlQuery &q) {
            return std::make_pair(q.value(0).toByteArray(), q.value(1).toString());
        });
}

std::optional<CertificateRecord> StoreReader::findCertificate(const QString &caId,
                                                              const QString &serial) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kCertificateColumns +
                                  ", certificate FROM certificates WHERE ca_id = ? AND serial = ?";
    return selectOne(prepared(sql.constData()), {text(caId), text(serial)},
                     "Cannot read a certificate",
                     [](const QSqlQuery &q) { return readCertificate(q, true); });
}

QList<CertificateRecord> StoreReader::queryCertificates(const CertificateQuery &query) const
{
    return selectCertificates(
        database(), m_state->sqlite, query, QString::fromLatin1(kCertificateColumns),
        [&query](const QSqlQuery &q) { return readCertificate(q, query.withDer); });
}

qint64 StoreReader::countCertificates(const CertificateQuery &query) const
{
    return store::countCertificates(database(), m_state->sqlite, query);
}

void StoreReader::forEachRevoked(const QString &caId, qint64 minNotAfter,
                                 const std::function<void(const RevokedEntry &)> &fn,
                                 const QString &partition) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT serial, revoked_at, revocation_reason, not_after FROM "
                             "certificates WHERE ca_id = ? AND revoked_at IS NOT NULL AND "
                             "not_after >= ?%1")
                  .arg(partition.isEmpty() ? QString() : QStringLiteral(" AND crl_partition = ?")));
    q.addBindValue(text(caId));
    q.addBindValue(minNotAfter);
    if (!partition.isEmpty())
        q.addBindValue(text(partition));
    execOrThrow(q, "Cannot list revoked certificates");
    RevokedEntry entry;
    while (q.next()) {
        entry.serial = q.value(0).toString();
        entry.revokedAt = q.value(1).toLongLong();
        entry.reason = readEnum(q.value(2), api::RevocationReason::UNSPECIFIED);
        entry.notAfter = q.value(3).toLongLong();
        fn(entry);
    }
}

qint64 StoreReader::countRevoked(const QString &caId, qint64 minNotAfter,
                                 const QString &partition) const
{
    QSqlQuery &q = partition.isEmpty()
                       ? prepared("SELECT COUNT(*) FROM certificates WHERE ca_id = ? AND "
                                  "revoked_at IS NOT NULL AND not_after >= ?")
                       : prepared("SELECT COUNT(*) FROM certificates WHERE ca_id = ? AND "
                                  "revoked_at IS NOT NULL AND not_after >= ? AND "
                                  "crl_partition = ?");
    q.addBindValue(text(caId));
    q.addBindValue(minNotAfter);
    if (!partition.isEmpty())
        q.addBindValue(text(partition));
    execOrThrow(q, "Cannot count revoked certificates");
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return count;
}

namespace {

CrlPartitionRecord readCrlPartition(const QSqlQuery &q)
{
    CrlPartitionRecord r;
    r.id = q.value(0).toString();
    r.caId = q.value(1).toString();
    r.createdAt = q.value(2).toLongLong();
    return r;
}

} // namespace

QList<CrlPartitionRecord> StoreReader::crlPartitions(const QString &caId) const
{
    return selectAll(prepared("SELECT id, ca_id, created_at FROM crl_partitions WHERE ca_id = ? "
                              "ORDER BY position"),
                     {text(caId)}, "Cannot list CRL partitions", readCrlPartition);
}

std::optional<CrlPartitionRecord> StoreReader::findCrlPartition(const QString &id) const
{
    return selectOne(prepared("SELECT id, ca_id, created_at FROM crl_partitions WHERE id = ?"),
                     {text(id)}, "Cannot read a CRL partition", readCrlPartition);
}

qint64 StoreReader::countPartitionCertificates(const QString &caId, const QString &partition) const
{
    return selectOne(prepared("SELECT COUNT(*) FROM certificates WHERE ca_id = ? AND "
                              "crl_partition = ?"),
                     {text(caId), text(partition)}, "Cannot count the certificates of a partition",
                     [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

void StoreReader::forEachCertificate(const QString &caId,
                                     const std::function<void(const CertificateRecord &)> &fn) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM certificates WHERE ca_id = ? ORDER BY issued_at, "
                             "serial")
                  .arg(QString::fromLatin1(kCertificateColumns)));
    q.addBindValue(text(caId));
    execOrThrow(q, "Cannot list certificates");
    while (q.next())
        fn(readCertificate(q, false));
}

qint64 StoreReader::countExpiringBetween(const QString &caId, qint64 from, qint64 to) const
{
    QSqlQuery &q = prepared("SELECT COUNT(*) FROM certificates WHERE ca_id = ? AND "
                            "not_after >= ? AND not_after < ? AND revoked_at IS NULL");
    q.addBindValue(text(caId));
    q.addBindValue(from);
    q.addBindValue(to);
    execOrThrow(q, "Cannot count certificates");
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return count;
}

std::optional<qint64> StoreReader::latestRevocation(const QString &caId) const
{
    QSqlQuery &q = prepared("SELECT MAX(revoked_at) FROM certificates WHERE ca_id = ? AND "
                            "revoked_at IS NOT NULL");
    q.addBindValue(text(caId));
    execOrThrow(q, "Cannot read revoked certificates");
    std::optional<qint64> out;
    if (q.next() && !q.value(0).isNull())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

std::optional<qint64> StoreReader::nextRevokedExpiry(const QString &caId, qint64 after) const
{
    QSqlQuery &q = prepared("SELECT MIN(not_after) FROM certificates WHERE ca_id = ? AND "
                            "revoked_at IS NOT NULL AND not_after >= ?");
    q.addBindValue(text(caId));
    q.addBindValue(after);
    execOrThrow(q, "Cannot read revoked certificates");
    std::optional<qint64> out;
    if (q.next() && !q.value(0).isNull())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

namespace {
PermissionRecord readPermission(const QSqlQuery &q)
{
    PermissionRecord r;
    r.caId = q.value(0).toString();
    r.principal = q.value(1).toString();
    r.sourceAccount = q.value(2).toString();
    for (const QString &name : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto action = api::enumFromString<api::ActionType>(name))
            r.actions.append(*action);
    }
    r.createdAt = q.value(4).toLongLong();
    return r;
}
} // namespace

std::optional<PermissionRecord> StoreReader::findPermission(const QString &caId,
                                                            const QString &principal,
                                                            const QString &sourceAccount) const
{
    return selectOne(
        prepared("SELECT ca_id, principal, source_account, actions, created_at FROM "
                 "permissions WHERE ca_id = ? AND principal = ? AND source_account = ?"),
        {text(caId), text(principal), text(sourceAccount)}, "Cannot read a permission",
        readPermission);
}

QList<PermissionRecord> StoreReader::listPermissions(const QString &caId) const
{
    return selectAll(prepared("SELECT ca_id, principal, source_account, actions, created_at FROM "
                              "permissions WHERE ca_id = ? ORDER BY created_at, principal, "
                              "source_account"),
                     {text(caId)}, "Cannot list permissions", readPermission);
}

QList<api::Tag> StoreReader::listTags(const QString &caId) const
{
    return selectAll(
        prepared("SELECT tag_key, tag_value FROM tags WHERE ca_id = ? ORDER BY position, tag_key"),
        {text(caId)}, "Cannot list tags", [](const QSqlQuery &q) {
            api::Tag tag;
            tag.key = q.value(0).toString();
            if (!q.value(1).isNull())
                tag.value = q.value(1).toString();
            return tag;
        });
}

std::optional<StoredObject> StoreReader::getObject(const QString &bucket, const QString &key) const
{
    return selectOne(prepared("SELECT content, content_type, updated_at FROM objects WHERE "
                              "bucket = ? AND object_key = ?"),
                     {text(bucket), text(key)}, "Cannot read an object", [&](const QSqlQuery &q) {
                         return StoredObject{bucket, key, q.value(0).toByteArray(),
                                             q.value(1).toString(), q.value(2).toLongLong()};
                     });
}

QList<StoredObject> StoreReader::listObjects(const QString &bucket, const QString &prefix) const
{
    return selectAll(prepared("SELECT object_key, content_type, updated_at FROM objects WHERE "
                              "bucket = ? AND SUBSTR(object_key, 1, ?) = ? ORDER BY object_key"),
                     {text(bucket), int(prefix.size()), text(prefix)}, "Cannot list objects",
                     [&](const QSqlQuery &q) {
                         return StoredObject{bucket, q.value(0).toString(), QByteArray(),
                                             q.value(1).toString(), q.value(2).toLongLong()};
                     });
}

namespace {
AuditReportRecord readAuditReport(const QSqlQuery &q)
{
    AuditReportRecord r;
    r.id = q.value(0).toString();
    r.caId = q.value(1).toString();
    r.bucket = q.value(2).toString();
    r.key = q.value(3).toString();
    r.format = readEnum(q.value(4), api::AuditReportResponseFormat::JSON);
    r.status = readEnum(q.value(5), api::AuditReportStatus::FAILED);
    r.createdAt = q.value(6).toLongLong();
    r.completedAt = readOptionalInt(q.value(7));
    return r;
}
} // namespace

std::optional<AuditReportRecord> StoreReader::findAuditReport(const QString &id) const
{
    return selectOne(prepared("SELECT id, ca_id, bucket, object_key, format, status, created_at, "
                              "completed_at FROM audit_reports WHERE id = ?"),
                     {text(id)}, "Cannot read an audit report", readAuditReport);
}

QList<AuditReportRecord> StoreReader::listAuditReports(const QString &caId) const
{
    return selectAll(prepared("SELECT id, ca_id, bucket, object_key, format, status, created_at, "
                              "completed_at FROM audit_reports WHERE ca_id = ? ORDER BY "
                              "created_at DESC, id"),
                     {text(caId)}, "Cannot list audit reports", readAuditReport);
}

std::optional<QString> StoreReader::findIdempotencyResult(const QString &scope,
                                                          const QString &token,
                                                          qint64 notBefore) const
{
    return selectOne(prepared("SELECT result FROM idempotency_tokens WHERE scope = ? AND "
                              "token = ? AND created_at >= ?"),
                     {text(scope), text(token), notBefore}, "Cannot read an idempotency token",
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

void StoreReader::forEachAuditEvent(const std::function<void(const AuditEvent &)> &fn) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT seq, ca_id, at, action, detail, mac FROM audit_trail ORDER BY seq"));
    execOrThrow(q, "Cannot read the audit trail");
    AuditEvent e;
    while (q.next()) {
        e.sequence = q.value(0).toLongLong();
        e.caId = q.value(1).toString();
        e.at = q.value(2).toLongLong();
        e.action = q.value(3).toString();
        e.detail = q.value(4).toString();
        e.mac = QByteArray::fromHex(q.value(5).toString().toLatin1());
        fn(e);
    }
}

qint64 StoreReader::countAuditEvents() const
{
    QSqlQuery &q = prepared("SELECT COUNT(*) FROM audit_trail");
    execOrThrow(q, "Cannot count audit events");
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return count;
}

// ---- StoreWriter -----------------------------------------------------------------------------

bool StoreWriter::execControl(const char *sql)
{
    if (!m_state->sqlite) {
        // PostgreSQL cannot PREPARE transaction control statements.
        QSqlQuery direct(database());
        return direct.exec(QString::fromLatin1(sql));
    }
    QSqlQuery &q = prepared(sql);
    const bool ok = q.exec();
    q.finish();
    return ok;
}

std::optional<std::pair<api::CertificateAuthorityStatus, std::optional<qint64>>>
StoreReader::caStatus(const QString &id) const
{
    return selectOne(prepared("SELECT status, not_after FROM certificate_authorities WHERE id = ?"),
                     {text(id)}, "Cannot read a certificate authority", [](const QSqlQuery &q) {
                         return std::make_pair(
                             readEnum(q.value(0), api::CertificateAuthorityStatus::FAILED),
                             readOptionalInt(q.value(1)));
                     });
}

std::optional<std::pair<api::CertificateAuthorityStatus, std::optional<qint64>>>
StoreWriter::caStatus(const QString &id) const
{
    const auto cached = m_state->caStatusCache.constFind(id);
    if (cached != m_state->caStatusCache.constEnd())
        return *cached;
    auto status = StoreReader::caStatus(id);
    m_state->caStatusCache.insert(id, status);
    return status;
}

void StoreWriter::setMeta(const QString &name, const QString &value)
{
    QSqlQuery &q = prepared("INSERT INTO store_meta (name, value) VALUES (?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET value = excluded.value");
    q.addBindValue(text(name));
    q.addBindValue(text(value));
    execOrThrow(q, "Cannot write store metadata");
}

void StoreWriter::insertCa(const CaRecord &record)
{
    m_state->caRowsChanged = true;
    m_state->caStatusCache.clear();
    QSqlQuery &q = prepared(
        "INSERT INTO certificate_authorities (arn, ca_type, status, status_before_deletion, "
        "failure_reason, created_at, last_state_change_at, restorable_until, usage_mode, "
        "key_storage, configuration, revocation, private_key, csr, certificate, "
        "certificate_chain, serial, not_before, not_after, subject, issuer_ca_id, policy, "
        "crl_number, crl_generated_at, crl_next_update, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindCa(q, record);
    execOrThrow(q, "Cannot store a certificate authority");
}

void StoreWriter::updateCa(const CaRecord &record)
{
    m_state->caRowsChanged = true;
    m_state->caStatusCache.clear();
    QSqlQuery &q = prepared(
        "UPDATE certificate_authorities SET arn = ?, ca_type = ?, status = ?, "
        "status_before_deletion = ?, failure_reason = ?, created_at = ?, last_state_change_at = "
        "?, restorable_until = ?, usage_mode = ?, key_storage = ?, configuration = ?, "
        "revocation = ?, private_key = ?, csr = ?, certificate = ?, certificate_chain = ?, "
        "serial = ?, not_before = ?, not_after = ?, subject = ?, issuer_ca_id = ?, policy = ?, "
        "crl_number = ?, crl_generated_at = ?, crl_next_update = ? WHERE id = ?");
    bindCa(q, record);
    execOrThrow(q, "Cannot update a certificate authority");
}

void StoreWriter::purgeCa(const QString &id)
{
    m_state->caRowsChanged = true;
    m_state->caStatusCache.clear();
    for (const char *sql :
         {"DELETE FROM certificates WHERE ca_id = ?", "DELETE FROM crl_partitions WHERE ca_id = ?",
          "DELETE FROM permissions WHERE ca_id = ?", "DELETE FROM tags WHERE ca_id = ?",
          "DELETE FROM audit_reports WHERE ca_id = ?",
          "DELETE FROM certificate_authorities WHERE id = ?"}) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(text(id));
        execOrThrow(q, "Cannot delete a certificate authority");
    }
}

void StoreWriter::insertCertificate(const CertificateRecord &r)
{
    QSqlQuery &q = prepared(
        "INSERT INTO certificates (ca_id, serial, certificate, subject, subject_alt_names, "
        "template_arn, not_before, not_after, issued_at, revoked_at, revocation_reason, "
        "requested_by, crl_partition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(text(r.caId));
    q.addBindValue(text(r.serial));
    q.addBindValue(r.certificate);
    q.addBindValue(text(r.subject));
    q.addBindValue(text(r.subjectAltNames));
    q.addBindValue(text(r.templateArn));
    q.addBindValue(r.notBefore);
    q.addBindValue(r.notAfter);
    q.addBindValue(r.issuedAt);
    q.addBindValue(optionalInt(r.revokedAt));
    q.addBindValue(r.revocationReason ? QVariant(api::enumName(*r.revocationReason))
                                      : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(text(r.requestedBy));
    q.addBindValue(r.crlPartition.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : text(r.crlPartition));
    if (!q.exec()) {
        // The primary key (ca_id, serial) makes serials unique per CA.
        const QString code = q.lastError().nativeErrorCode();
        if (code == QLatin1StringView("2067") || code == QLatin1StringView("1555") ||
            code == QLatin1StringView("23505")) {
            throw PcaError(kDuplicateSerial,
                           QStringLiteral("Serial %1 already exists for this CA.").arg(r.serial));
        }
        storeError(QStringLiteral("Cannot store a certificate"), q.lastError());
    }
}

void StoreWriter::insertCrlPartition(const CrlPartitionRecord &r)
{
    // Positions count up per CA: the order partitions were started in.
    QSqlQuery &q = prepared("INSERT INTO crl_partitions (id, ca_id, position, created_at) VALUES "
                            "(?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM crl_partitions "
                            "WHERE ca_id = ?), ?)");
    q.addBindValue(text(r.id));
    q.addBindValue(text(r.caId));
    q.addBindValue(text(r.caId));
    q.addBindValue(r.createdAt);
    execOrThrow(q, "Cannot store a CRL partition");
}

void StoreWriter::revokeCertificate(const QString &caId, const QString &serial, qint64 at,
                                    api::RevocationReason reason)
{
    QSqlQuery &q = prepared("UPDATE certificates SET revoked_at = ?, revocation_reason = ? "
                            "WHERE ca_id = ? AND serial = ?");
    q.addBindValue(at);
    q.addBindValue(api::enumName(reason));
    q.addBindValue(text(caId));
    q.addBindValue(text(serial));
    execOrThrow(q, "Cannot revoke a certificate");
}

void StoreWriter::insertPermission(const PermissionRecord &r)
{
    QStringList actions;
    for (api::ActionType action : r.actions)
        actions << api::enumName(action);
    QSqlQuery &q = prepared("INSERT INTO permissions (ca_id, principal, source_account, actions, "
                            "created_at) VALUES (?, ?, ?, ?, ?)");
    q.addBindValue(text(r.caId));
    q.addBindValue(text(r.principal));
    q.addBindValue(text(r.sourceAccount));
    q.addBindValue(actions.join(QLatin1Char(',')));
    q.addBindValue(r.createdAt);
    execOrThrow(q, "Cannot store a permission");
}

void StoreWriter::deletePermission(const QString &caId, const QString &principal,
                                   const QString &sourceAccount)
{
    QSqlQuery &q = prepared(
        "DELETE FROM permissions WHERE ca_id = ? AND principal = ? AND source_account = ?");
    q.addBindValue(text(caId));
    q.addBindValue(text(principal));
    q.addBindValue(text(sourceAccount));
    execOrThrow(q, "Cannot delete a permission");
}

void StoreWriter::upsertTag(const QString &caId, const api::Tag &tag)
{
    QSqlQuery &q =
        prepared("INSERT INTO tags (ca_id, tag_key, tag_value, position) VALUES (?, ?, ?, "
                 "(SELECT COALESCE(MAX(position), 0) + 1 FROM tags WHERE ca_id = ?)) "
                 "ON CONFLICT (ca_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value");
    q.addBindValue(text(caId));
    q.addBindValue(text(tag.key));
    q.addBindValue(optionalText(tag.value));
    q.addBindValue(text(caId));
    execOrThrow(q, "Cannot store a tag");
}

void StoreWriter::deleteTag(const QString &caId, const QString &key)
{
    QSqlQuery &q = prepared("DELETE FROM tags WHERE ca_id = ? AND tag_key = ?");
    q.addBindValue(text(caId));
    q.addBindValue(text(key));
    execOrThrow(q, "Cannot delete a tag");
}

void StoreWriter::putObject(const StoredObject &object)
{
    QSqlQuery &q = prepared(
        "INSERT INTO objects (bucket, object_key, content, content_type, updated_at) VALUES "
        "(?, ?, ?, ?, ?) ON CONFLICT (bucket, object_key) DO UPDATE SET content = "
        "excluded.content, content_type = excluded.content_type, updated_at = excluded.updated_at");
    q.addBindValue(text(object.bucket));
    q.addBindValue(text(object.key));
    q.addBindValue(object.content);
    q.addBindValue(text(object.contentType));
    q.addBindValue(object.updatedAt);
    execOrThrow(q, "Cannot store an object");
}

void StoreWriter::insertAuditReport(const AuditReportRecord &r)
{
    QSqlQuery &q = prepared("INSERT INTO audit_reports (id, ca_id, bucket, object_key, format, "
                            "status, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(text(r.id));
    q.addBindValue(text(r.caId));
    q.addBindValue(text(r.bucket));
    q.addBindValue(text(r.key));
    q.addBindValue(api::enumName(r.format));
    q.addBindValue(api::enumName(r.status));
    q.addBindValue(r.createdAt);
    q.addBindValue(optionalInt(r.completedAt));
    execOrThrow(q, "Cannot store an audit report");
}

void StoreWriter::updateAuditReport(const AuditReportRecord &r)
{
    QSqlQuery &q = prepared("UPDATE audit_reports SET status = ?, completed_at = ? WHERE id = ?");
    q.addBindValue(api::enumName(r.status));
    q.addBindValue(optionalInt(r.completedAt));
    q.addBindValue(text(r.id));
    execOrThrow(q, "Cannot update an audit report");
}

void StoreWriter::putIdempotencyResult(const QString &scope, const QString &token,
                                       const QString &result, qint64 at)
{
    QSqlQuery &q = prepared(
        "INSERT INTO idempotency_tokens (scope, token, result, created_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (scope, token) DO UPDATE SET result = excluded.result, created_at = "
        "excluded.created_at");
    q.addBindValue(text(scope));
    q.addBindValue(text(token));
    q.addBindValue(text(result));
    q.addBindValue(at);
    execOrThrow(q, "Cannot store an idempotency token");
}

void StoreWriter::purgeIdempotencyBefore(qint64 before)
{
    QSqlQuery &q = prepared("DELETE FROM idempotency_tokens WHERE created_at < ?");
    q.addBindValue(before);
    execOrThrow(q, "Cannot purge idempotency tokens");
}

QByteArray auditEventMac(const QByteArray &key, const QByteArray &previousMac, qint64 sequence,
                         const QString &caId, qint64 at, const QString &action,
                         const QString &detail)
{
    QByteArray message;
    message.reserve(previousMac.size() + detail.size() + 128);
    message += previousMac;
    message += QByteArray::number(sequence);
    message += '\x1f';
    message += caId.toUtf8();
    message += '\x1f';
    message += QByteArray::number(at);
    message += '\x1f';
    message += action.toUtf8();
    message += '\x1f';
    message += detail.toUtf8();
    return crypto::hmacSha256(key, message);
}

void StoreWriter::appendAuditEvent(const QString &caId, qint64 at, const QString &action,
                                   const QString &detail)
{
    AuditChainState *audit = m_state->audit;
    if (!audit) {
        throw PcaError(errors::InternalFailure,
                       QStringLiteral("Audit events can only be written by the store writer."));
    }
    const qint64 sequence = audit->sequence + 1;
    const QByteArray mac =
        auditEventMac(audit->key, audit->mac, sequence, caId, at, action, detail);
    QSqlQuery &q = prepared("INSERT INTO audit_trail (seq, ca_id, at, action, detail, mac) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
    q.addBindValue(sequence);
    q.addBindValue(text(caId));
    q.addBindValue(at);
    q.addBindValue(text(action));
    q.addBindValue(text(detail));
    q.addBindValue(QString::fromLatin1(mac.toHex()));
    execOrThrow(q, "Cannot append to the audit trail");
    audit->sequence = sequence;
    audit->mac = mac;
    audit->dirty = true;
}

} // namespace pca::store

#include "store/StoreCopy.h"

#include "PcaError.h"
#include "crypto/CertificateInspector.h"
#include "store/Schema.h"
#include "store/SqlHelpers.h"
#include "store/StoreLocation.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace pca::store {

namespace {

using sql::storeError;

constexpr qint64 kProgressEvery = 2000;

bool isSqliteOptions(const StoreOptions &options)
{
    return options.driver == QLatin1StringView("QSQLITE");
}

// A Qt SQL connection of its own, removed when this goes out of scope.
class Connection
{
public:
    Connection(const StoreOptions &options, const QString &role)
        : m_name(QStringLiteral("store-copy-%1-%2")
                     .arg(role, QUuid::createUuid().toString(QUuid::Id128)))
        , m_sqlite(isSqliteOptions(options))
    {
        QSqlDatabase db = addStoreDatabase(options, m_name);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            storeError(QStringLiteral("Cannot open %1").arg(describeStoreLocation(options)), error);
        }
        QSqlQuery setup(db);
        if (m_sqlite) {
            setup.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        } else {
            setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
            setup.exec(QStringLiteral("SET client_min_messages TO WARNING"));
        }
    }
    ~Connection()
    {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool sqlite() const { return m_sqlite; }

private:
    QString m_name;
    bool m_sqlite;
};

void exec(QSqlQuery &query, const QString &sql, const QString &context)
{
    if (!query.exec(sql))
        storeError(context, query.lastError());
}

// The store's own tables: not the migration record (the target has its own), not SQLite's
// internal tables, and not full-text indexes (virtual tables and their shadow tables), which
// the target maintains from the rows copied into it.
QStringList storeTables(const Connection &connection)
{
    QSqlQuery q(connection.database());
    QStringList tables;
    if (connection.sqlite()) {
        exec(q,
             QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY "
                            "name"),
             QStringLiteral("Cannot list the tables"));
        QStringList virtualTables;
        QList<std::pair<QString, QString>> all;
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QString sql = q.value(1).toString();
            if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
                virtualTables << name;
            all.append({name, sql});
        }
        for (const auto &entry : all) {
            const QString &name = entry.first;
            if (name.startsWith(QLatin1String("sqlite_")) || virtualTables.contains(name))
                continue;
            bool shadow = false;
            for (const QString &v : virtualTables)
                shadow = shadow || name.startsWith(v + QLatin1Char('_'));
            if (!shadow)
                tables << name;
        }
    } else {
        exec(q,
             QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                            "= current_schema() AND table_type = 'BASE TABLE' ORDER BY "
                            "table_name"),
             QStringLiteral("Cannot list the tables"));
        while (q.next())
            tables << q.value(0).toString();
    }
    tables.removeAll(QStringLiteral("schema_migrations"));
    static const QRegularExpression plain(QStringLiteral("\\A[a-z][a-z0-9_]*\\z"));
    for (const QString &table : tables) {
        if (!plain.match(table).hasMatch())
            throw PcaError(errors::StoreError,
                           QStringLiteral("The store holds a table named '%1', which is not one "
                                          "of Private CA Manager's.")
                               .arg(table));
    }
    return tables;
}

QStringList columnsOf(const Connection &connection, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = connection.database().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    if (columns.isEmpty())
        throw PcaError(errors::StoreError,
                       QStringLiteral("Cannot read the columns of the table %1.").arg(table));
    return columns;
}

qint64 rowCount(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    exec(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table),
         QStringLiteral("Cannot count the rows of %1").arg(table));
    q.next();
    return q.value(0).toLongLong();
}

qint64 checkCertificates(QSqlDatabase db)
{
    qint64 checked = 0;
    const QList<std::pair<QString, QString>> sources = {
        {QStringLiteral("certificates"), QStringLiteral("ca_id || ' ' || serial")},
        {QStringLiteral("certificate_authorities"), QStringLiteral("arn")},
    };
    for (const auto &[table, label] : sources) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        exec(q,
             QStringLiteral("SELECT certificate, %1 FROM %2 WHERE certificate IS NOT NULL")
                 .arg(label, table),
             QStringLiteral("Cannot read the certificates of the copy"));
        while (q.next()) {
            const QByteArray der = q.value(0).toByteArray();
            if (der.isEmpty())
                continue;
            crypto::certificateFromStrictDer(
                der, errors::StoreError,
                QStringLiteral("The copied certificate %1").arg(q.value(1).toString()));
            ++checked;
        }
    }
    return checked;
}

} // namespace

StoreCopyReport copyStore(const StoreOptions &from, const StoreOptions &to,
                          const QByteArray &passphrase, const StoreCopyProgress &progress)
{
    if (SqlStore::exists(to)) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("%1 already holds a store; a copy goes only to an empty "
                                      "location.")
                           .arg(describeStoreLocation(to)));
    }
    // Verifies the passphrase and brings the source to this build's schema, so that source and
    // target have the same tables and columns.
    std::unique_ptr<SqlStore> source = SqlStore::open(from, passphrase);
    SqlStore::prepareLocation(to);

    StoreCopyReport report;
    QList<TableCopy> expected;
    {
        Connection in(from, QStringLiteral("from"));
        Connection out(to, QStringLiteral("to"));
        QSqlDatabase sourceDb = in.database();
        QSqlQuery snapshot(sourceDb);
        // One consistent view of the source, even while a server writes to it.
        exec(snapshot,
             in.sqlite() ? QStringLiteral("BEGIN")
                         : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
             QStringLiteral("Cannot start reading the source"));
        try {
            const QStringList tables = storeTables(in);
            QSqlDatabase targetDb = out.database();
            applyMigrations(targetDb, out.sqlite(), [&](QSqlDatabase &tx) {
                const QStringList targetTables = storeTables(out);
                for (const QString &table : tables) {
                    if (!targetTables.contains(table))
                        throw PcaError(errors::StoreError,
                                       QStringLiteral("The target has no table %1.").arg(table));
                }
                for (const QString &table : tables) {
                    const QStringList columns = columnsOf(in, table);
                    QSqlQuery read(sourceDb);
                    read.setForwardOnly(true);
                    exec(read,
                         QStringLiteral("SELECT %1 FROM %2")
                             .arg(columns.join(QStringLiteral(", ")), table),
                         QStringLiteral("Cannot read the table %1").arg(table));
                    QSqlQuery write(tx);
                    QStringList marks;
                    for (qsizetype i = 0; i < columns.size(); ++i)
                        marks << QStringLiteral("?");
                    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(table, columns.join(QStringLiteral(", ")),
                                                marks.join(QStringLiteral(", ")))))
                        storeError(QStringLiteral("Cannot write the table %1").arg(table),
                                   write.lastError());
                    qint64 rows = 0;
                    while (read.next()) {
                        for (int i = 0; i < columns.size(); ++i)
                            write.bindValue(i, read.value(i));
                        if (!write.exec())
                            storeError(QStringLiteral("Cannot copy a row of %1").arg(table),
                                       write.lastError());
                        if (++rows % kProgressEvery == 0 && progress)
                            progress(table, rows);
                    }
                    if (read.lastError().isValid())
                        storeError(QStringLiteral("Cannot read the table %1").arg(table),
                                   read.lastError());
                    if (progress)
                        progress(table, rows);
                    expected.append({table, rows});
                }
            });
        } catch (...) {
            QSqlQuery(sourceDb).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        QSqlQuery(sourceDb).exec(QStringLiteral("ROLLBACK"));

        // The copy as it landed: the same rows, and certificates that parse.
        for (const TableCopy &table : expected) {
            const qint64 landed = rowCount(out.database(), table.table);
            if (landed != table.rows) {
                throw PcaError(errors::StoreError,
                               QStringLiteral("The copy of %1 has %2 rows instead of %3.")
                                   .arg(table.table)
                                   .arg(landed)
                                   .arg(table.rows));
            }
            report.tables.append(table);
            report.rows += table.rows;
        }
        report.certificatesChecked = checkCertificates(out.database());
    }
    return report;
}

} // namespace pca::store

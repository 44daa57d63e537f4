#include "store/Schema.h"

#include "PcaError.h"
#include "store/CertificateSearch.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace pca::store {

namespace {

struct Migration
{
    int version;
    QStringList statements; // "{BLOB}" is replaced by the driver's binary type
    // Steps that differ between the drivers, run after `statements`.
    void (*driverSpecific)(QSqlDatabase &db, bool sqlite) = nullptr;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             QStringLiteral("CREATE TABLE store_meta (name TEXT PRIMARY KEY, value TEXT NOT "
                            "NULL)"),
             QStringLiteral("CREATE TABLE certificate_authorities ("
                            " id TEXT PRIMARY KEY,"
                            " arn TEXT NOT NULL UNIQUE,"
                            " ca_type TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " status_before_deletion TEXT,"
                            " failure_reason TEXT,"
                            " created_at BIGINT NOT NULL,"
                            " last_state_change_at BIGINT NOT NULL,"
                            " restorable_until BIGINT,"
                            " usage_mode TEXT NOT NULL,"
                            " key_storage TEXT NOT NULL,"
                            " configuration TEXT NOT NULL,"
                            " revocation TEXT,"
                            " private_key {BLOB},"
                            " csr {BLOB},"
                            " certificate {BLOB},"
                            " certificate_chain {BLOB},"
                            " serial TEXT,"
                            " not_before BIGINT,"
                            " not_after BIGINT,"
                            " subject TEXT,"
                            " issuer_ca_id TEXT,"
                            " policy TEXT,"
                            " crl_number BIGINT NOT NULL DEFAULT 0,"
                            " crl_generated_at BIGINT,"
                            " crl_next_update BIGINT)"),
             QStringLiteral("CREATE INDEX certificate_authorities_created ON "
                            "certificate_authorities (created_at, id)"),
             QStringLiteral("CREATE TABLE certificates ("
                            " ca_id TEXT NOT NULL,"
                            " serial TEXT NOT NULL,"
                            " certificate {BLOB} NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " subject_alt_names TEXT NOT NULL,"
                            " template_arn TEXT NOT NULL,"
                            " not_before BIGINT NOT NULL,"
                            " not_after BIGINT NOT NULL,"
                            " issued_at BIGINT NOT NULL,"
                            " revoked_at BIGINT,"
                            " revocation_reason TEXT,"
                            " requested_by TEXT NOT NULL,"
                            " PRIMARY KEY (ca_id, serial))"),
             QStringLiteral("CREATE INDEX certificates_issued ON certificates (ca_id, "
                            "issued_at, serial)"),
             QStringLiteral("CREATE INDEX certificates_expiry ON certificates (ca_id, "
                            "not_after, serial)"),
             // Covers the CRL and OCSP reads of revoked certificates (index-only scans).
             QStringLiteral("CREATE INDEX certificates_revoked ON certificates (ca_id, "
                            "not_after, revoked_at, serial, revocation_reason) WHERE revoked_at "
                            "IS NOT NULL"),
             QStringLiteral("CREATE TABLE idempotency_tokens (scope TEXT NOT NULL, token TEXT "
                            "NOT NULL, result TEXT NOT NULL, created_at BIGINT NOT NULL, "
                            "PRIMARY KEY (scope, token))"),
             QStringLiteral("CREATE TABLE permissions (ca_id TEXT NOT NULL, principal TEXT NOT "
                            "NULL, source_account TEXT NOT NULL, actions TEXT NOT NULL, "
                            "created_at BIGINT NOT NULL, PRIMARY KEY (ca_id, principal, "
                            "source_account))"),
             QStringLiteral("CREATE TABLE tags (ca_id TEXT NOT NULL, tag_key TEXT NOT NULL, "
                            "tag_value TEXT, position BIGINT NOT NULL, PRIMARY KEY (ca_id, "
                            "tag_key))"),
             QStringLiteral("CREATE TABLE objects (bucket TEXT NOT NULL, object_key TEXT NOT "
                            "NULL, content {BLOB} NOT NULL, content_type TEXT NOT NULL, "
                            "updated_at BIGINT NOT NULL, PRIMARY KEY (bucket, object_key))"),
             QStringLiteral("CREATE TABLE audit_reports (id TEXT PRIMARY KEY, ca_id TEXT NOT "
                            "NULL, bucket TEXT NOT NULL, object_key TEXT NOT NULL, format TEXT "
                            "NOT NULL, status TEXT NOT NULL, created_at BIGINT NOT NULL, "
                            "completed_at BIGINT)"),
             QStringLiteral("CREATE INDEX audit_reports_ca ON audit_reports (ca_id, "
                            "created_at)"),
             QStringLiteral("CREATE TABLE audit_trail (seq BIGINT PRIMARY KEY, ca_id TEXT NOT "
                            "NULL, at BIGINT NOT NULL, action TEXT NOT NULL, detail TEXT NOT "
                            "NULL, mac TEXT NOT NULL)"),
         }},
        // Partitioned CRLs: the partitions of each CA and the partition of each certificate.
        // The indexes are partial, so CAs with complete CRLs pay nothing for them.
        {2,
         {
             QStringLiteral("CREATE TABLE crl_partitions (id TEXT PRIMARY KEY, ca_id TEXT NOT "
                            "NULL, position BIGINT NOT NULL, created_at BIGINT NOT NULL, "
                            "UNIQUE (ca_id, position))"),
             QStringLiteral("ALTER TABLE certificates ADD COLUMN crl_partition TEXT"),
             QStringLiteral("CREATE INDEX certificates_partition ON certificates (ca_id, "
                            "crl_partition) WHERE crl_partition IS NOT NULL"),
             QStringLiteral("CREATE INDEX certificates_partition_revoked ON certificates (ca_id, "
                            "crl_partition, not_after, revoked_at, serial, revocation_reason) "
                            "WHERE revoked_at IS NOT NULL AND crl_partition IS NOT NULL"),
         }},
        // Certificate Manager: managed (private and imported) certificates and their tags.
        {3,
         {
             QStringLiteral("CREATE TABLE acm_certificates ("
                            " id TEXT PRIMARY KEY,"
                            " arn TEXT NOT NULL UNIQUE,"
                            " cert_type TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " failure_reason TEXT,"
                            " failure_message TEXT NOT NULL,"
                            " domain_name TEXT NOT NULL,"
                            " subject_alternative_names TEXT NOT NULL,"
                            " key_algorithm TEXT NOT NULL,"
                            " ca_arn TEXT NOT NULL,"
                            " ca_id TEXT NOT NULL,"
                            " serial TEXT NOT NULL,"
                            " certificate {BLOB} NOT NULL,"
                            " certificate_chain TEXT NOT NULL,"
                            " private_key {BLOB} NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " issuer TEXT NOT NULL,"
                            " signature_algorithm TEXT NOT NULL,"
                            " not_before BIGINT,"
                            " not_after BIGINT,"
                            " created_at BIGINT NOT NULL,"
                            " issued_at BIGINT,"
                            " imported_at BIGINT,"
                            " renewal_status TEXT,"
                            " renewal_reason TEXT,"
                            " renewal_updated_at BIGINT,"
                            " renewal_requested_at BIGINT,"
                            " transparency_preference TEXT,"
                            " exported BIGINT NOT NULL,"
                            " version BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX acm_certificates_created ON acm_certificates "
                            "(created_at, id)"),
             QStringLiteral("CREATE INDEX acm_certificates_due ON acm_certificates (status, "
                            "not_after)"),
             QStringLiteral("CREATE INDEX acm_certificates_ca ON acm_certificates (ca_id)"),
             QStringLiteral("CREATE TABLE acm_certificate_tags (certificate_id TEXT NOT NULL, "
                            "tag_key TEXT NOT NULL, tag_value TEXT, position BIGINT NOT NULL, "
                            "PRIMARY KEY (certificate_id, tag_key))"),
         }},
        // Callers (IAM accounts, users, access keys and their policies) and the event
        // history (CloudTrail's records, chained like the audit trail).
        {4,
         {
             QStringLiteral("CREATE TABLE iam_accounts (account_id TEXT PRIMARY KEY, name "
                            "TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE iam_users (account_id TEXT NOT NULL, user_key TEXT "
                            "NOT NULL, user_name TEXT NOT NULL, user_id TEXT NOT NULL UNIQUE, "
                            "path TEXT NOT NULL, tags TEXT NOT NULL, created_at BIGINT NOT "
                            "NULL, PRIMARY KEY (account_id, user_key))"),
             QStringLiteral("CREATE TABLE iam_access_keys (access_key_id TEXT PRIMARY KEY, "
                            "account_id TEXT NOT NULL, user_key TEXT, secret {BLOB} NOT NULL, "
                            "status TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX iam_access_keys_owner ON iam_access_keys "
                            "(account_id, user_key)"),
             QStringLiteral("CREATE TABLE iam_user_policies (account_id TEXT NOT NULL, user_key "
                            "TEXT NOT NULL, policy_name TEXT NOT NULL, document TEXT NOT NULL, "
                            "PRIMARY KEY (account_id, user_key, policy_name))"),
             QStringLiteral("CREATE TABLE iam_attached_policies (account_id TEXT NOT NULL, "
                            "user_key TEXT NOT NULL, policy_arn TEXT NOT NULL, attached_at "
                            "BIGINT NOT NULL, PRIMARY KEY (account_id, user_key, policy_arn))"),
             QStringLiteral("CREATE TABLE cloudtrail_events (seq BIGINT PRIMARY KEY, event_id "
                            "TEXT NOT NULL UNIQUE, event_time BIGINT NOT NULL, caller_account "
                            "TEXT NOT NULL, resource_account TEXT NOT NULL, event_name TEXT NOT "
                            "NULL, event_source TEXT NOT NULL, username TEXT NOT NULL, "
                            "access_key_id TEXT NOT NULL, read_only BIGINT NOT NULL, error_code "
                            "TEXT NOT NULL, record TEXT NOT NULL, mac TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX cloudtrail_events_caller ON cloudtrail_events "
                            "(caller_account, event_time, seq)"),
             QStringLiteral("CREATE INDEX cloudtrail_events_resource ON cloudtrail_events "
                            "(resource_account, event_time, seq)"),
             QStringLiteral("CREATE INDEX cloudtrail_events_time ON cloudtrail_events "
                            "(event_time)"),
             QStringLiteral("CREATE TABLE cloudtrail_event_resources (seq BIGINT NOT NULL, "
                            "resource_name TEXT NOT NULL, resource_type TEXT NOT NULL, "
                            "PRIMARY KEY (seq, resource_name))"),
             QStringLiteral("CREATE INDEX cloudtrail_event_resources_name ON "
                            "cloudtrail_event_resources (resource_name, seq)"),
         }},
        // The certificate search index (issue 19): SQLite FTS5 (trigram) or PostgreSQL pg_trgm,
        // built here from the rows the store already holds. See store/CertificateSearch.h.
        {5, {}, createSearchIndex},
    };
    return all;
}

[[noreturn]] void fail(const QString &context, const QSqlError &error)
{
    throw PcaError(errors::StoreError,
                   QStringLiteral("%1: %2").arg(context, error.text().trimmed()));
}

} // namespace

int latestSchemaVersion()
{
    return migrations().last().version;
}

int applyMigrations(QSqlDatabase &db, bool sqlite,
                    const std::function<void(QSqlDatabase &)> &afterMigrations)
{
    QSqlQuery q(db);
    if (!q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        fail(QStringLiteral("Cannot start the schema transaction"), q.lastError());
    try {
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version "
                                   "INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")))
            fail(QStringLiteral("Cannot create the migration table"), q.lastError());
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
            fail(QStringLiteral("Cannot read the schema version"), q.lastError());
        int current = 0;
        if (q.next() && !q.value(0).isNull())
            current = q.value(0).toInt();
        q.finish();
        if (current > latestSchemaVersion()) {
            throw PcaError(errors::StoreError,
                           QStringLiteral("The store was written by a newer version of Private "
                                          "CA Manager (schema %1; this build knows %2).")
                               .arg(current)
                               .arg(latestSchemaVersion()));
        }
        const QString blob = sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
        for (const Migration &migration : migrations()) {
            if (migration.version <= current)
                continue;
            for (QString statement : migration.statements) {
                statement.replace(QStringLiteral("{BLOB}"), blob);
                if (!q.exec(statement))
                    fail(QStringLiteral("Schema migration %1 failed").arg(migration.version),
                         q.lastError());
            }
            if (migration.driverSpecific)
                migration.driverSpecific(db, sqlite);
            QSqlQuery record(db);
            record.prepare(QStringLiteral(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!record.exec())
                fail(QStringLiteral("Cannot record a schema migration"), record.lastError());
            current = migration.version;
        }
        if (afterMigrations)
            afterMigrations(db);
        if (!q.exec(QStringLiteral("COMMIT")))
            fail(QStringLiteral("Cannot commit the schema"), q.lastError());
        return current;
    } catch (...) {
        q.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace pca::store

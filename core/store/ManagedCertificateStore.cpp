#include "store/ManagedCertificateStore.h"

#include "store/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pca::store {

using namespace sql;
using namespace api::acm;

namespace {

#define PCA_ACM_SELECT(where) "SELECT " PCA_ACM_COLUMNS " FROM acm_certificates " where
#define PCA_ACM_COLUMNS                                                                            \
    "id, arn, cert_type, status, failure_reason, failure_message, domain_name, "                   \
    "subject_alternative_names, key_algorithm, ca_arn, ca_id, serial, certificate, "               \
    "certificate_chain, private_key, subject, issuer, signature_algorithm, not_before, "           \
    "not_after, created_at, issued_at, imported_at, renewal_status, renewal_reason, "              \
    "renewal_updated_at, renewal_requested_at, transparency_preference, exported, version"

QString namesText(const QStringList &names)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList namesFrom(const QVariant &value)
{
    QStringList out;
    for (const QJsonValue &name : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        out << name.toString();
    return out;
}

template <api::ApiEnum E>
QVariant optionalEnum(const std::optional<E> &value)
{
    return value ? QVariant(api::enumName(*value)) : QVariant(QMetaType(QMetaType::QString));
}

ManagedCertificateRecord readRecord(const QSqlQuery &q)
{
    ManagedCertificateRecord r;
    r.id = q.value(0).toString();
    r.arn = q.value(1).toString();
    r.type = readEnum(q.value(2), CertificateType::PRIVATE);
    r.status = readEnum(q.value(3), CertificateStatus::FAILED);
    r.failureReason = readOptionalEnum<FailureReason>(q.value(4));
    r.failureMessage = q.value(5).toString();
    r.domainName = q.value(6).toString();
    r.subjectAlternativeNames = namesFrom(q.value(7));
    r.keyAlgorithm = readEnum(q.value(8), KeyAlgorithm::RSA_2048);
    r.caArn = q.value(9).toString();
    r.caId = q.value(10).toString();
    r.serial = q.value(11).toString();
    r.certificate = q.value(12).toByteArray();
    r.certificateChain = q.value(13).toString();
    r.encryptedKey = q.value(14).toByteArray();
    r.subject = q.value(15).toString();
    r.issuer = q.value(16).toString();
    r.signatureAlgorithm = q.value(17).toString();
    r.notBefore = readOptionalInt(q.value(18));
    r.notAfter = readOptionalInt(q.value(19));
    r.createdAt = q.value(20).toLongLong();
    r.issuedAt = readOptionalInt(q.value(21));
    r.importedAt = readOptionalInt(q.value(22));
    r.renewalStatus = readOptionalEnum<RenewalStatus>(q.value(23));
    r.renewalReason = readOptionalEnum<FailureReason>(q.value(24));
    r.renewalUpdatedAt = readOptionalInt(q.value(25));
    r.renewalRequestedAt = readOptionalInt(q.value(26));
    r.transparencyPreference =
        readOptionalEnum<CertificateTransparencyLoggingPreference>(q.value(27));
    r.exported = q.value(28).toLongLong() != 0;
    r.version = q.value(29).toLongLong();
    return r;
}

// Binds every column but the id, in kColumns order (arn first).
void bindFields(QSqlQuery &q, const ManagedCertificateRecord &r)
{
    q.addBindValue(text(r.arn));
    q.addBindValue(api::enumName(r.type));
    q.addBindValue(api::enumName(r.status));
    q.addBindValue(optionalEnum(r.failureReason));
    q.addBindValue(text(r.failureMessage));
    q.addBindValue(text(r.domainName));
    q.addBindValue(namesText(r.subjectAlternativeNames));
    q.addBindValue(api::enumName(r.keyAlgorithm));
    q.addBindValue(text(r.caArn));
    q.addBindValue(text(r.caId));
    q.addBindValue(text(r.serial));
    q.addBindValue(r.certificate.isNull() ? QByteArray("") : r.certificate);
    q.addBindValue(text(r.certificateChain));
    q.addBindValue(r.encryptedKey.isNull() ? QByteArray("") : r.encryptedKey);
    q.addBindValue(text(r.subject));
    q.addBindValue(text(r.issuer));
    q.addBindValue(text(r.signatureAlgorithm));
    q.addBindValue(optionalInt(r.notBefore));
    q.addBindValue(optionalInt(r.notAfter));
    q.addBindValue(r.createdAt);
    q.addBindValue(optionalInt(r.issuedAt));
    q.addBindValue(optionalInt(r.importedAt));
    q.addBindValue(optionalEnum(r.renewalStatus));
    q.addBindValue(optionalEnum(r.renewalReason));
    q.addBindValue(optionalInt(r.renewalUpdatedAt));
    q.addBindValue(optionalInt(r.renewalRequestedAt));
    q.addBindValue(optionalEnum(r.transparencyPreference));
    q.addBindValue(qint64(r.exported ? 1 : 0));
    q.addBindValue(r.version);
}

constexpr const char *kUpdateSet =
    "arn = ?, cert_type = ?, status = ?, failure_reason = ?, failure_message = ?, "
    "domain_name = ?, subject_alternative_names = ?, key_algorithm = ?, ca_arn = ?, ca_id = ?, "
    "serial = ?, certificate = ?, certificate_chain = ?, private_key = ?, subject = ?, "
    "issuer = ?, signature_algorithm = ?, not_before = ?, not_after = ?, created_at = ?, "
    "issued_at = ?, imported_at = ?, renewal_status = ?, renewal_reason = ?, "
    "renewal_updated_at = ?, renewal_requested_at = ?, transparency_preference = ?, "
    "exported = ?, version = ?";

} // namespace

// ---- reads --------------------------------------------------------------------------------

std::optional<ManagedCertificateRecord> ManagedCertificateReader::find(const QString &id) const
{
    return selectOne(prepared(PCA_ACM_SELECT("WHERE id = ?")), {text(id)},
                     "Cannot read a managed certificate", readRecord);
}

QList<ManagedCertificateRecord>
ManagedCertificateReader::list(std::optional<std::pair<qint64, QString>> after, int limit) const
{
    if (!after) {
        return selectAll(prepared(PCA_ACM_SELECT("ORDER BY created_at, id LIMIT ?")),
                         {qint64(limit)}, "Cannot list managed certificates", readRecord);
    }
    return selectAll(prepared(PCA_ACM_SELECT("WHERE created_at > ? OR (created_at = ? AND id > "
                                             "?) ORDER BY created_at, id LIMIT ?")),
                     {after->first, after->first, text(after->second), qint64(limit)},
                     "Cannot list managed certificates", readRecord);
}

qint64 ManagedCertificateReader::count() const
{
    return selectOne(prepared("SELECT COUNT(*) FROM acm_certificates"), {},
                     "Cannot count managed certificates",
                     [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

QList<ManagedCertificateRecord> ManagedCertificateReader::pending() const
{
    return selectAll(prepared(PCA_ACM_SELECT("WHERE status = 'PENDING_VALIDATION' ORDER BY "
                                             "created_at, id")),
                     {}, "Cannot list managed certificates being issued", readRecord);
}

QList<ManagedCertificateRecord>
ManagedCertificateReader::renewalCandidates(qint64 notAfterBefore) const
{
    return selectAll(
        prepared(PCA_ACM_SELECT("WHERE status = 'ISSUED' AND cert_type = 'PRIVATE' AND "
                                "(not_after < ? OR renewal_requested_at IS NOT NULL) ORDER BY "
                                "not_after, id")),
        {notAfterBefore}, "Cannot list managed certificates due for renewal", readRecord);
}

QList<ManagedCertificateRecord> ManagedCertificateReader::issuedBy(const QString &caId) const
{
    return selectAll(prepared(PCA_ACM_SELECT("WHERE ca_id = ? ORDER BY not_after, id")),
                     {text(caId)}, "Cannot list a CA's managed certificates", readRecord);
}

QList<api::Tag> ManagedCertificateReader::tags(const QString &id) const
{
    return selectAll(prepared("SELECT tag_key, tag_value FROM acm_certificate_tags WHERE "
                              "certificate_id = ? ORDER BY position, tag_key"),
                     {text(id)}, "Cannot list certificate tags", [](const QSqlQuery &q) {
                         api::Tag tag;
                         tag.key = q.value(0).toString();
                         if (!q.value(1).isNull())
                             tag.value = q.value(1).toString();
                         return tag;
                     });
}

// ---- writes -------------------------------------------------------------------------------

void ManagedCertificateWriter::insert(const ManagedCertificateRecord &record)
{
    QSqlQuery &q = prepared("INSERT INTO acm_certificates (" PCA_ACM_COLUMNS
                            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(text(record.id));
    bindFields(q, record);
    execOrThrow(q, "Cannot store a managed certificate");
}

void ManagedCertificateWriter::update(const ManagedCertificateRecord &record)
{
    static const QByteArray sql =
        QByteArray("UPDATE acm_certificates SET ") + kUpdateSet + " WHERE id = ?";
    QSqlQuery &q = prepared(sql.constData());
    bindFields(q, record);
    q.addBindValue(text(record.id));
    execOrThrow(q, "Cannot update a managed certificate");
}

bool ManagedCertificateWriter::updateIfVersion(const ManagedCertificateRecord &record,
                                               qint64 expectedVersion)
{
    static const QByteArray sql =
        QByteArray("UPDATE acm_certificates SET ") + kUpdateSet + " WHERE id = ? AND version = ?";
    QSqlQuery &q = prepared(sql.constData());
    bindFields(q, record);
    q.addBindValue(text(record.id));
    q.addBindValue(expectedVersion);
    execOrThrow(q, "Cannot update a managed certificate");
    return q.numRowsAffected() == 1;
}

void ManagedCertificateWriter::remove(const QString &id)
{
    QSqlQuery &tags = prepared("DELETE FROM acm_certificate_tags WHERE certificate_id = ?");
    tags.addBindValue(text(id));
    execOrThrow(tags, "Cannot delete certificate tags");
    QSqlQuery &q = prepared("DELETE FROM acm_certificates WHERE id = ?");
    q.addBindValue(text(id));
    execOrThrow(q, "Cannot delete a managed certificate");
}

void ManagedCertificateWriter::upsertTag(const QString &id, const api::Tag &tag)
{
    QSqlQuery &q = prepared(
        "INSERT INTO acm_certificate_tags (certificate_id, tag_key, tag_value, position) VALUES "
        "(?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM acm_certificate_tags WHERE "
        "certificate_id = ?)) ON CONFLICT (certificate_id, tag_key) DO UPDATE SET tag_value = "
        "excluded.tag_value");
    q.addBindValue(text(id));
    q.addBindValue(text(tag.key));
    q.addBindValue(optionalText(tag.value));
    q.addBindValue(text(id));
    execOrThrow(q, "Cannot store a certificate tag");
}

void ManagedCertificateWriter::deleteTag(const QString &id, const QString &key)
{
    QSqlQuery &q =
        prepared("DELETE FROM acm_certificate_tags WHERE certificate_id = ? AND tag_key = ?");
    q.addBindValue(text(id));
    q.addBindValue(text(key));
    execOrThrow(q, "Cannot delete a certificate tag");
}

} // namespace pca::store

#include "store/CertificateSearch.h"

#include "store/SqlHelpers.h"

#include <QSqlError>
#include <QStringList>

// How a page of search results is found.
//
// PostgreSQL: one statement; the planner picks the GIN trigram index (rare terms: a bitmap of
// the few matches, sorted) or the ordered index of the CA filtered row by row (common terms:
// the page fills within its first rows), from its statistics of the columns.
//
// SQLite has no such statistics for FTS5, so the store asks the index first how common the
// term is (reading at most selectiveMatches + 1 rowids, a few milliseconds):
//   1. selective (at most selectiveMatches matches in the store): the matches are read through
//      the index, joined to their rows by rowid, filtered and sorted: cost ~ matches.
//   2. common: the CA's rows are walked in the requested order and checked with LIKE, from the
//      cursor to the orderedWindow-th row at most (found first on the ordered index); the walk
//      stops when the page is full, which for a common term happens within its first rows.
//      The page is complete if it filled up or the window held every remaining row. (Only for
//      ASCII terms: SQLite's LOWER and LIKE fold ASCII case only, FTS5 folds all of Unicode.)
//   3. otherwise (a term common in other CAs and rare in this one, or a non-ASCII one): the
//      CA's ordered index is walked and each rowid looked up in the set of index matches:
//      cost ~ matches in the store + rows of the CA, without reading the rows.

namespace pca::store {

using namespace sql;

namespace {

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

const char *sortColumnName(CertificateQuery::SortColumn column)
{
    switch (column) {
    case CertificateQuery::SortColumn::IssuedAt:
        return "issued_at";
    case CertificateQuery::SortColumn::Serial:
        return "serial";
    case CertificateQuery::SortColumn::Subject:
        return "subject";
    case CertificateQuery::SortColumn::NotBefore:
        return "not_before";
    case CertificateQuery::SortColumn::NotAfter:
        return "not_after";
    case CertificateQuery::SortColumn::RevokedAt:
        return "revoked_at";
    }
    return "issued_at";
}

// The conditions on `c` (a certificates row) that do not depend on how the search is answered:
// CA, status and, for pages, the keyset cursor; and the order.
struct BaseFilter
{
    QString where;
    QVariantList values;
    QString order;    // ORDER BY terms
    QString sortExpr; // the first sort key (empty when sorting by serial alone)
    bool descending = true;
};

BaseFilter baseFilter(const CertificateQuery &query, bool withCursor)
{
    BaseFilter f;
    f.where = QStringLiteral("c.ca_id = ?");
    f.values << text(query.caId);
    switch (query.status) {
    case CertificateQuery::StatusFilter::All:
        break;
    case CertificateQuery::StatusFilter::Valid:
        f.where += QStringLiteral(" AND c.revoked_at IS NULL AND c.not_after >= ?");
        f.values << query.nowMs;
        break;
    case CertificateQuery::StatusFilter::Revoked:
        f.where += QStringLiteral(" AND c.revoked_at IS NOT NULL");
        break;
    case CertificateQuery::StatusFilter::Expired:
        f.where += QStringLiteral(" AND c.revoked_at IS NULL AND c.not_after < ?");
        f.values << query.nowMs;
        break;
    }
    const QString column =
        QStringLiteral("c.") + QString::fromLatin1(sortColumnName(query.sortColumn));
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString cmp = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    const bool nullable = query.sortColumn == CertificateQuery::SortColumn::RevokedAt;
    const bool bySerial = query.sortColumn == CertificateQuery::SortColumn::Serial;
    if (withCursor && query.afterValue && !bySerial) {
        if (nullable) {
            // revoked_at: COALESCE so that the keyset comparison is total.
            f.where += QStringLiteral(" AND (COALESCE(c.revoked_at, -1) %1 ? OR "
                                      "(COALESCE(c.revoked_at, -1) = ? AND c.serial %1 ?))")
                           .arg(cmp);
            const qint64 v = query.afterValue->isNull() ? -1 : query.afterValue->toLongLong();
            f.values << v << v << query.afterSerial;
        } else {
            f.where +=
                QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND c.serial %2 ?))").arg(column, cmp);
            f.values << *query.afterValue << *query.afterValue << query.afterSerial;
        }
    } else if (withCursor && query.afterValue) {
        f.where += QStringLiteral(" AND c.serial %1 ?").arg(cmp);
        f.values << query.afterSerial;
    }
    const QString orderColumn = nullable ? QStringLiteral("COALESCE(c.revoked_at, -1)") : column;
    f.order = bySerial ? QStringLiteral("c.serial %1").arg(direction)
                       : QStringLiteral("%1 %2, c.serial %2").arg(orderColumn, direction);
    f.sortExpr = bySerial ? QString() : orderColumn;
    f.descending = query.descending;
    return f;
}

QString likePattern(QString term)
{
    term.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + term + QLatin1Char('%');
}

// The substring condition checked row by row (SQLite) or through the GIN index (PostgreSQL:
// subject and SANs are indexed as one text, joined by a line feed, which a search term never
// holds, so one index scan covers both).
QString likeCondition(const SearchTerm &term, bool sqlite, QVariantList &values)
{
    const QString pattern = likePattern(term.text);
    QString where;
    if (sqlite) {
        where = QStringLiteral("(LOWER(c.subject) LIKE LOWER(?) ESCAPE '\\' OR "
                               "LOWER(c.subject_alt_names) LIKE LOWER(?) ESCAPE '\\'");
        values << pattern << pattern;
    } else {
        where = QStringLiteral("((c.subject || chr(10) || c.subject_alt_names) ILIKE ? ESCAPE "
                               "'\\'");
        values << pattern;
    }
    if (!term.serial.isEmpty()) {
        where += QStringLiteral(" OR c.serial LIKE ? ESCAPE '\\'");
        values << likePattern(term.serial);
    }
    return where + QLatin1Char(')');
}

// The FTS5 query: the term as a phrase (consecutive trigrams: a substring) in the subject or
// the SANs, or its hex digits in the serial.
QString ftsQuery(const SearchTerm &term)
{
    const auto phrase = [](QString s) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    };
    QString match = QStringLiteral("{subject subject_alt_names} : ") + phrase(term.text);
    if (!term.serial.isEmpty())
        match += QStringLiteral(" OR serial : ") + phrase(term.serial);
    return match;
}

QString qualified(const QString &columns)
{
    QStringList out;
    for (const QString &column : columns.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << QStringLiteral("c.") + column.trimmed();
    return out.join(QStringLiteral(", "));
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
              const char *context)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        storeError(QString::fromLatin1(context), q.lastError());
    for (const QVariant &value : values)
        q.addBindValue(value);
    execOrThrow(q, context);
    return q;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
              const char *context)
{
    QSqlQuery q = run(db, sql, values, context);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Whether the index holds at most selectiveMatches matches of `match` (in the whole store).
bool isSelective(const QSqlDatabase &db, const QString &match)
{
    const int limit = searchTuning().selectiveMatches;
    return scalar(db,
                  QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM certificate_search "
                                 "WHERE certificate_search MATCH ? LIMIT ?) AS probe"),
                  {match, limit + 1}, "Cannot search certificates") <= limit;
}

const QString kIndexJoin = QStringLiteral(
    "certificate_search CROSS JOIN certificates AS c ON c.rowid = certificate_search.rowid");

[[noreturn]] void searchIndexError(const QString &what, const QSqlError &error)
{
    storeError(what, error);
}

} // namespace

bool SearchTerm::indexed() const
{
    return text.size() >= kMinimumIndexedSearch &&
           (serial.isEmpty() || serial.size() >= kMinimumIndexedSearch);
}

SearchTerm parseSearchTerm(const QString &search)
{
    SearchTerm term;
    term.text = search.trimmed();
    // Hex-like: hex digits, optionally separated by ':' or spaces (as certificates show them),
    // or elided with '…' (as the certificate table shows them).
    QString hex;
    for (const QChar c : term.text) {
        if (isHexDigit(c)) {
            hex += c.toLower();
        } else if (c != QLatin1Char(':') && c != QChar(0x2026) && !c.isSpace()) {
            hex.clear();
            break;
        }
    }
    term.serial = hex;
    return term;
}

SearchTuning &searchTuning()
{
    static SearchTuning tuning;
    return tuning;
}

void createSearchIndex(QSqlDatabase &db, bool sqlite)
{
    QSqlQuery q(db);
    if (sqlite) {
        // External content: the index reads subject, SANs and serial from certificates (by
        // rowid) and stores only the trigrams; the triggers keep it in step inside the
        // transaction that writes the row.
        if (!q.exec(QStringLiteral(
                "CREATE VIRTUAL TABLE certificate_search USING fts5(subject, subject_alt_names, "
                "serial, content='certificates', columnsize=0, tokenize='trigram')"))) {
            searchIndexError(
                QStringLiteral("Cannot create the certificate search index, an FTS5 table with the "
                               "trigram tokenizer (SQLite 3.34 or later, built with FTS5)"),
                q.lastError());
        }
        const QString insertNew = QStringLiteral(
            "INSERT INTO certificate_search (rowid, subject, subject_alt_names, serial) VALUES "
            "(new.rowid, new.subject, new.subject_alt_names, new.serial);");
        const QString deleteOld =
            QStringLiteral("INSERT INTO certificate_search (certificate_search, rowid, subject, "
                           "subject_alt_names, serial) VALUES ('delete', old.rowid, old.subject, "
                           "old.subject_alt_names, old.serial);");
        const QStringList statements = {
            QStringLiteral("CREATE TRIGGER certificate_search_insert AFTER INSERT ON certificates "
                           "BEGIN %1 END")
                .arg(insertNew),
            QStringLiteral("CREATE TRIGGER certificate_search_delete AFTER DELETE ON certificates "
                           "BEGIN %1 END")
                .arg(deleteOld),
            QStringLiteral("CREATE TRIGGER certificate_search_update AFTER UPDATE OF subject, "
                           "subject_alt_names, serial ON certificates BEGIN %1 %2 END")
                .arg(deleteOld, insertNew),
            // Index the rows the store already holds, then merge what that wrote into one
            // segment: left as the rebuild leaves it, every later commit would pay for merging
            // its segments (issuance into a store of 10^6 rows ran at a third of its rate).
            QStringLiteral("INSERT INTO certificate_search (certificate_search) VALUES "
                           "('rebuild')"),
            QStringLiteral("INSERT INTO certificate_search (certificate_search) VALUES "
                           "('optimize')"),
        };
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                searchIndexError(QStringLiteral("Cannot create the certificate search index"),
                                 q.lastError());
        }
        return;
    }

    // PostgreSQL: pg_trgm (a contrib extension, shipped in Debian's postgresql-15). It is a
    // trusted extension: the owner of the database (or anyone with CREATE on it) may create it.
    // Stores opening concurrently in one database (one schema each) take turns here.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7219001)")))
        searchIndexError(QStringLiteral("Cannot create the certificate search index"),
                         q.lastError());
    const QString findSchema = QStringLiteral(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'");
    if (!q.exec(findSchema))
        searchIndexError(QStringLiteral("Cannot look for the pg_trgm extension"), q.lastError());
    QString schema = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (schema.isEmpty()) {
        if (!q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"))) {
            throw PcaError(
                errors::StoreError,
                QStringLiteral(
                    "The certificate search index needs PostgreSQL's pg_trgm extension, and this "
                    "database user may not create it (%1). Ask the database administrator to run "
                    "CREATE EXTENSION pg_trgm; in database %2 once (the extension ships with "
                    "PostgreSQL's contrib modules: on Debian in postgresql-15), then open the "
                    "store again.")
                    .arg(q.lastError().text().trimmed(), db.databaseName()));
        }
        if (!q.exec(findSchema) || !q.next())
            searchIndexError(QStringLiteral("Cannot find the pg_trgm extension"), q.lastError());
        schema = q.value(0).toString();
        q.finish();
    }
    const QString opclass = QStringLiteral("\"%1\".gin_trgm_ops")
                                .arg(schema.replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    if (!q.exec(QStringLiteral("CREATE INDEX certificates_search ON certificates USING GIN "
                               "((subject || chr(10) || subject_alt_names) %1, serial %1)")
                    .arg(opclass))) {
        searchIndexError(QStringLiteral("Cannot create the certificate search index"),
                         q.lastError());
    }
}

QList<CertificateRecord>
selectCertificates(const QSqlDatabase &db, bool sqlite, const CertificateQuery &query,
                   const QString &columns,
                   const std::function<CertificateRecord(const QSqlQuery &)> &read)
{
    const SearchTerm term = parseSearchTerm(query.search);
    const BaseFilter base = baseFilter(query, true);
    const QString selected =
        qualified(columns) + (query.withDer ? QStringLiteral(", c.certificate") : QString());
    const QString tail = QStringLiteral(" ORDER BY %1 LIMIT ?").arg(base.order);
    const auto readAll = [&read, &query](QSqlQuery &q) {
        QList<CertificateRecord> out;
        out.reserve(query.limit);
        while (q.next())
            out.append(read(q));
        return out;
    };

    if (term.text.isEmpty() || !sqlite || !term.indexed()) {
        // No search, PostgreSQL (its planner chooses), or a term too short for trigrams.
        QVariantList values = base.values;
        QString where = base.where;
        if (!term.text.isEmpty())
            where += QStringLiteral(" AND ") + likeCondition(term, sqlite, values);
        values << query.limit;
        QSqlQuery q = run(
            db,
            QStringLiteral("SELECT %1 FROM certificates AS c WHERE %2").arg(selected, where) + tail,
            values, "Cannot list certificates");
        return readAll(q);
    }

    const QString match = ftsQuery(term);
    if (isSelective(db, match)) {
        QVariantList values = {match};
        values += base.values;
        values << query.limit;
        QSqlQuery q =
            run(db,
                QStringLiteral("SELECT %1 FROM %2 WHERE certificate_search MATCH ? AND %3")
                        .arg(selected, kIndexJoin, base.where) +
                    tail,
                values, "Cannot search certificates");
        return readAll(q);
    }

    if (isAscii(term.text)) {
        // The next orderedWindow rows of the CA in the requested order, checked one by one: the
        // last of them bounds an ordered walk that stops as soon as the page is full.
        const int window = searchTuning().orderedWindow;
        QVariantList boundaryValues = base.values;
        boundaryValues << window - 1;
        QSqlQuery b =
            run(db,
                QStringLiteral("SELECT %1c.serial FROM certificates AS c WHERE %2 ORDER "
                               "BY %3 LIMIT 1 OFFSET ?")
                    .arg(base.sortExpr.isEmpty() ? QString() : base.sortExpr + QStringLiteral(", "),
                         base.where, base.order),
                boundaryValues, "Cannot search certificates");
        const bool bounded = b.next(); // else the window holds every remaining row
        QVariantList values = base.values;
        QString where = base.where + QStringLiteral(" AND ") + likeCondition(term, true, values);
        if (bounded) {
            // Rows up to the boundary row included, in the walking direction.
            const QString before = base.descending ? QStringLiteral(">") : QStringLiteral("<");
            const QString until = base.descending ? QStringLiteral(">=") : QStringLiteral("<=");
            if (base.sortExpr.isEmpty()) {
                where += QStringLiteral(" AND c.serial %1 ?").arg(until);
                values << b.value(0);
            } else {
                where += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND c.serial %3 ?))")
                             .arg(base.sortExpr, before, until);
                values << b.value(0) << b.value(0) << b.value(1);
            }
        }
        b.finish();
        values << query.limit;
        QSqlQuery q = run(
            db,
            QStringLiteral("SELECT %1 FROM certificates AS c WHERE %2").arg(selected, where) + tail,
            values, "Cannot search certificates");
        QList<CertificateRecord> page = readAll(q);
        if (page.size() >= query.limit || !bounded)
            return page;
    }

    // The CA's rows in order, each looked up in the set of index matches.
    QVariantList values = base.values;
    values << match << query.limit;
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT %1 FROM certificates AS c WHERE %2 AND c.rowid IN "
                                     "(SELECT rowid FROM certificate_search WHERE "
                                     "certificate_search MATCH ?)")
                              .arg(selected, base.where) +
                          tail,
                      values, "Cannot search certificates");
    return readAll(q);
}

qint64 countCertificates(const QSqlDatabase &db, bool sqlite, const CertificateQuery &query)
{
    const SearchTerm term = parseSearchTerm(query.search);
    const BaseFilter base = baseFilter(query, false);
    QVariantList values;
    QString rows;
    if (!term.text.isEmpty() && sqlite && term.indexed()) {
        // Through the index: cost ~ matches visited (all of them, or until the limit).
        values << ftsQuery(term);
        values += base.values;
        rows = QStringLiteral("SELECT 1 FROM %1 WHERE certificate_search MATCH ? AND %2")
                   .arg(kIndexJoin, base.where);
    } else {
        values = base.values;
        QString where = base.where;
        if (!term.text.isEmpty())
            where += QStringLiteral(" AND ") + likeCondition(term, sqlite, values);
        rows = QStringLiteral("SELECT 1 FROM certificates AS c WHERE %1").arg(where);
    }
    if (query.countLimit > 0) {
        rows += QStringLiteral(" LIMIT ?");
        values << query.countLimit + 1;
    }
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM (%1) AS counted").arg(rows), values,
                  "Cannot count certificates");
}

} // namespace pca::store

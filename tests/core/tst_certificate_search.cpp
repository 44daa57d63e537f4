// Certificate search (issue 19): substrings of subject, SANs and serial answered through the
// trigram index (SQLite FTS5, PostgreSQL pg_trgm), the index kept in step by every write and
// built for stores of the previous schema version. Runs on SQLite and, as
// tst_certificate_search_postgres, on PostgreSQL.
#include "TestEngine.h"
#include "store/CertificateSearch.h"
#include "store/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pca;
using namespace pca::test;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

// Tuning that drives each SQLite plan (see CertificateSearch.cpp) over a small store.
struct Plan
{
    const char *name;
    store::SearchTuning tuning;
};
const Plan kPlans[] = {
    {"selective", {1000000, 10000}},
    {"ordered window, whole CA", {5, 100000}},
    {"ordered window, bounded", {5, 20}},
    {"index lookup", {5, 3}},
};

class TuningScope
{
public:
    explicit TuningScope(const store::SearchTuning &tuning)
        : m_saved(store::searchTuning())
    {
        store::searchTuning() = tuning;
    }
    ~TuningScope() { store::searchTuning() = m_saved; }

private:
    store::SearchTuning m_saved;
};

} // namespace

class CertificateSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsSubstringsOfSubjectsSansAndSerials_data();
    void findsSubstringsOfSubjectsSansAndSerials();
    void pagesAndCountsAsWithoutSearch();
    void writesGoThroughTheIndex();
    void aFailedWriteLeavesNoIndexRow();
    void revokingAndPurgingKeepTheIndexInStep();
    void aVersion4StoreIsMigratedAndItsRowsFound();

private:
    // Rows written through the store API: host-<i>.Example.COM with SAN alias-<i>.corp.test.
    void generate(int count);
    QStringList search(const QString &term, int limit = 1000);
    // How many rows the trigram index itself finds for `term` in the subject or SANs, or -1
    // when the index is missing (SQLite: an FTS5 query; PostgreSQL: a query that only the GIN
    // index can answer, checked with EXPLAIN).
    int indexedMatches(const QString &term);

    std::unique_ptr<TestEngine> m_engine;
    QString m_caId;
    QList<store::CertificateRecord> m_rows;
};

void CertificateSearchTest::init()
{
    m_engine = std::make_unique<TestEngine>();
    m_caId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    m_rows.clear();
}

void CertificateSearchTest::cleanup()
{
    m_engine.reset();
}

void CertificateSearchTest::generate(int count)
{
    const qint64 base = QDateTime::currentMSecsSinceEpoch();
    m_engine->store().write([&](store::StoreWriter &writer) {
        for (int i = 0; i < count; ++i) {
            store::CertificateRecord r;
            r.caId = m_caId;
            // Serials as the engine makes them: 01 || time || random; here the random part
            // carries the row number so tests can name fragments.
            r.serial = QStringLiteral("01%1%2")
                           .arg(base + i, 12, 16, QLatin1Char('0'))
                           .arg(QStringLiteral("5f3c9a%1").arg(i, 14, 16, QLatin1Char('0')));
            r.certificate = QByteArray("not a certificate");
            r.subject = QStringLiteral("CN=host-%1.Example.COM,O=Search Corp").arg(i);
            r.subjectAltNames = QStringLiteral("DNS:alias-%1.corp.test").arg(i);
            r.templateArn = QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1");
            r.issuedAt = base - qint64(i % 7) * kDay - i;
            r.notBefore = r.issuedAt;
            r.notAfter = r.issuedAt + 30 * kDay;
            r.requestedBy = QStringLiteral("tests");
            writer.insertCertificate(r);
            m_rows << r;
        }
    });
}

QStringList CertificateSearchTest::search(const QString &term, int limit)
{
    store::CertificateQuery query;
    query.caId = m_caId;
    query.search = term;
    query.limit = limit;
    QStringList serials;
    for (const store::CertificateRecord &r : m_engine->store().reader().queryCertificates(query))
        serials << r.serial;
    return serials;
}

int CertificateSearchTest::indexedMatches(const QString &term)
{
    const QString name = QStringLiteral("index-probe");
    int count = -1;
    {
        QSqlDatabase db = m_engine->openSideConnection(name);
        QSqlQuery q(db);
        if (!m_engine->isPostgres()) {
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM certificate_search WHERE "
                                     "certificate_search MATCH ?"));
            q.addBindValue(QStringLiteral("{subject subject_alt_names} : \"%1\"").arg(term));
            if (q.exec() && q.next())
                count = q.value(0).toInt();
        } else {
            const QString sql = QStringLiteral("SELECT COUNT(*) FROM certificates WHERE (subject "
                                               "|| chr(10) || subject_alt_names) ILIKE '%%1%'")
                                    .arg(term);
            QString plan;
            if (q.exec(QStringLiteral("SET enable_seqscan = off")) &&
                q.exec(QStringLiteral("EXPLAIN ") + sql)) {
                while (q.next())
                    plan += q.value(0).toString() + QLatin1Char('\n');
            }
            if (plan.contains(QStringLiteral("certificates_search")) && q.exec(sql) && q.next())
                count = q.value(0).toInt();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void CertificateSearchTest::findsSubstringsOfSubjectsSansAndSerials_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("subject, other case") << QStringLiteral("HOST-12.example") << QList<int>{12};
    QTest::newRow("subject, middle") << QStringLiteral("st-3.exa") << QList<int>{3};
    QTest::newRow("subject, common") << QStringLiteral("search corp") << QList<int>{};
    QTest::newRow("SAN") << QStringLiteral("alias-7.CORP") << QList<int>{7};
    QTest::newRow("serial, plain hex") << QStringLiteral("5f3c9a0000000000000d") << QList<int>{13};
    QTest::newRow("serial, colons, upper case")
        << QStringLiteral("5F:3C:9A:00:00:00:00:00:00:0E") << QList<int>{14};
    QTest::newRow("serial, odd split")
        << QStringLiteral("F:3C:9A:00:00:00:00:00:00:0F") << QList<int>{15};
    QTest::newRow("serial, spaces")
        << QStringLiteral("5f 3c 9a 00 00 00 00 00 00 10") << QList<int>{16};
    QTest::newRow("serial, as the table shows it")
        << QStringLiteral("\u202600:00:00:00:00:11") << QList<int>{17};
    QTest::newRow("no result") << QStringLiteral("no-such-host") << QList<int>{};
    // Too short for trigrams: answered by walking the rows (the desktop does not send these).
    QTest::newRow("short term") << QStringLiteral("-7") << QList<int>{7};
    QTest::newRow("LIKE wildcards are literal") << QStringLiteral("host_1%") << QList<int>{};
}

void CertificateSearchTest::findsSubstringsOfSubjectsSansAndSerials()
{
    QFETCH(QString, term);
    QFETCH(QList<int>, rows);
    QCOMPARE(store::isIndexedSearch(term),
             !QByteArray(QTest::currentDataTag()).startsWith("short"));
    QVERIFY(!store::isIndexedSearch(QStringLiteral("5f:"))); // 2 hex digits for the serial
    generate(40);
    const bool common = QTest::currentDataTag() == QLatin1StringView("subject, common");
    for (const Plan &plan : kPlans) {
        TuningScope scope(plan.tuning);
        const QStringList found = search(term);
        QStringList expected;
        for (int row : rows)
            expected << m_rows.at(row).serial;
        if (common) {
            for (const auto &r : m_rows)
                expected << r.serial;
            std::sort(expected.begin(), expected.end());
            QStringList sorted = found;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, expected);
        }
        QVERIFY2(common || found == expected,
                 qPrintable(QStringLiteral("%1 plan: %2")
                                .arg(QLatin1StringView(plan.name), found.join(QLatin1Char(' ')))));
        store::CertificateQuery query;
        query.caId = m_caId;
        query.search = term;
        QCOMPARE(m_engine->store().reader().countCertificates(query), qint64(expected.size()));
    }
}

void CertificateSearchTest::pagesAndCountsAsWithoutSearch()
{
    generate(60);
    // Another CA's rows match too, and must stay out.
    const QString ownCa = m_caId;
    m_caId = QStringLiteral("99999999-2222-3333-4444-555555555555");
    generate(30);
    m_caId = ownCa;
    using Sort = store::CertificateQuery::SortColumn;
    for (const Plan &plan : kPlans) {
        TuningScope scope(plan.tuning);
        for (Sort sort : {Sort::IssuedAt, Sort::Serial, Sort::Subject, Sort::NotAfter}) {
            for (bool descending : {true, false}) {
                // Without search, all rows in the order; with the common term, the same.
                store::CertificateQuery all;
                all.caId = m_caId;
                all.sortColumn = sort;
                all.descending = descending;
                all.limit = 1000;
                QStringList expected;
                for (const auto &r : m_engine->store().reader().queryCertificates(all))
                    expected << r.serial;
                QCOMPARE(expected.size(), 60);
                store::CertificateQuery page = all;
                page.search = QStringLiteral("example.com");
                page.limit = 7;
                QStringList paged;
                for (;;) {
                    const auto rows = m_engine->store().reader().queryCertificates(page);
                    for (const auto &r : rows)
                        paged << r.serial;
                    if (rows.size() < page.limit)
                        break;
                    page.afterSerial = rows.last().serial;
                    switch (sort) {
                    case Sort::IssuedAt:
                        page.afterValue = rows.last().issuedAt;
                        break;
                    case Sort::Serial:
                        page.afterValue = rows.last().serial;
                        break;
                    case Sort::Subject:
                        page.afterValue = rows.last().subject;
                        break;
                    default:
                        page.afterValue = rows.last().notAfter;
                        break;
                    }
                }
                QVERIFY2(paged == expected, plan.name);
            }
        }
        store::CertificateQuery count;
        count.caId = m_caId;
        count.search = QStringLiteral("EXAMPLE");
        QCOMPARE(m_engine->store().reader().countCertificates(count), qint64(60));
        count.countLimit = 25; // "more than 25"
        QCOMPARE(m_engine->store().reader().countCertificates(count), qint64(26));
        count.countLimit = 100;
        QCOMPARE(m_engine->store().reader().countCertificates(count), qint64(60));
    }
}

void CertificateSearchTest::writesGoThroughTheIndex()
{
    generate(10);
    QCOMPARE(indexedMatches(QStringLiteral("host-4.EXAMPLE")), 1);
    QCOMPARE(indexedMatches(QStringLiteral("alias-")), 10);
    // A certificate issued by the engine (its SAN is its common name).
    const QString ca = m_engine->createActiveRoot(QStringLiteral("Search Root"));
    m_engine->issue(ca, QStringLiteral("engine-issued.example.net"));
    QCOMPARE(indexedMatches(QStringLiteral("engine-issued")), 1);
}

void CertificateSearchTest::aFailedWriteLeavesNoIndexRow()
{
    generate(3);
    store::CertificateRecord record = m_rows.first();
    record.serial = QStringLiteral("01aa");
    record.subject = QStringLiteral("CN=rolled-back.example.com");
    record.subjectAltNames = QStringLiteral("DNS:rolled-back.example.com");
    bool failed = false;
    try {
        m_engine->store().write([&](store::StoreWriter &writer) {
            writer.insertCertificate(record);
            throw PcaError(errors::InvalidState, QStringLiteral("the issuance fails after"));
        });
    } catch (const PcaError &) {
        failed = true;
    }
    QVERIFY(failed);
    QCOMPARE(indexedMatches(QStringLiteral("rolled-back")), 0);
    QVERIFY(search(QStringLiteral("rolled-back")).isEmpty());
    // A duplicate serial fails inside the job: the first row stays indexed once.
    failed = false;
    try {
        m_engine->store().write([&](store::StoreWriter &writer) {
            store::CertificateRecord duplicate = m_rows.first();
            duplicate.subject = QStringLiteral("CN=duplicate.example.com");
            writer.insertCertificate(duplicate);
        });
    } catch (const PcaError &) {
        failed = true;
    }
    QVERIFY(failed);
    QCOMPARE(indexedMatches(QStringLiteral("duplicate.example")), 0);
    QCOMPARE(indexedMatches(QStringLiteral("host-0.example")), 1);
    // Written for good, it is found.
    m_engine->store().write([&](store::StoreWriter &writer) { writer.insertCertificate(record); });
    QCOMPARE(indexedMatches(QStringLiteral("rolled-back")), 1);
    QCOMPARE(search(QStringLiteral("rolled-back")), QStringList{record.serial});
}

void CertificateSearchTest::revokingAndPurgingKeepTheIndexInStep()
{
    generate(5);
    m_engine->store().write([&](store::StoreWriter &writer) {
        writer.revokeCertificate(m_caId, m_rows.at(2).serial, m_rows.at(2).issuedAt + 1,
                                 api::RevocationReason::KEY_COMPROMISE);
    });
    QCOMPARE(indexedMatches(QStringLiteral("host-2.example")), 1);
    store::CertificateQuery revoked;
    revoked.caId = m_caId;
    revoked.search = QStringLiteral("host-2.example");
    revoked.status = store::CertificateQuery::StatusFilter::Revoked;
    const auto rows = m_engine->store().reader().queryCertificates(revoked);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().revokedAt.has_value());
    // Revoking through the engine as well.
    const QString ca = m_engine->createActiveRoot(QStringLiteral("Revoking Root"));
    const QString leaf = m_engine->issue(ca, QStringLiteral("to-revoke.example.net"));
    m_engine->service().revokeCertificate(
        {ca, leaf.section(QLatin1Char('/'), -1), api::RevocationReason::SUPERSEDED});
    QCOMPARE(indexedMatches(QStringLiteral("to-revoke.example")), 1);
    // A purged CA takes its rows out of the index.
    m_engine->store().write([&](store::StoreWriter &writer) { writer.purgeCa(m_caId); });
    QCOMPARE(indexedMatches(QStringLiteral("alias-")), 0);
    QVERIFY(search(QStringLiteral("alias-")).isEmpty());
    QCOMPARE(indexedMatches(QStringLiteral("to-revoke.example")), 1);
}

void CertificateSearchTest::aVersion4StoreIsMigratedAndItsRowsFound()
{
    generate(4);
    // Back to schema version 4: no search index; then rows written without it.
    {
        QSqlDatabase db = m_engine->openSideConnection(QStringLiteral("downgrade"));
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        const QStringList statements =
            m_engine->isPostgres()
                ? QStringList{QStringLiteral("DROP INDEX certificates_search")}
                : QStringList{QStringLiteral("DROP TRIGGER certificate_search_insert"),
                              QStringLiteral("DROP TRIGGER certificate_search_delete"),
                              QStringLiteral("DROP TRIGGER certificate_search_update"),
                              QStringLiteral("DROP TABLE certificate_search")};
        for (const QString &sql :
             statements + QStringList{QStringLiteral("DELETE FROM schema_migrations WHERE "
                                                     "version > 4")})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    const QString ownCa = m_caId;
    m_caId = QStringLiteral("44444444-2222-3333-4444-555555555555");
    generate(3); // alias-0..2 again, in another CA, written at version 4
    m_caId = ownCa;
    QCOMPARE(indexedMatches(QStringLiteral("alias-")), -1);

    m_engine->reopen();
    QCOMPARE(m_engine->store().schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(indexedMatches(QStringLiteral("alias-")), 7);
    QCOMPARE(indexedMatches(QStringLiteral("host-3.example")), 1);
    QCOMPARE(search(QStringLiteral("host-3.example")), QStringList{m_rows.at(3).serial});
    // And it stays in step afterwards.
    generate(5);
    QCOMPARE(indexedMatches(QStringLiteral("alias-")), 12);
}

QTEST_GUILESS_MAIN(CertificateSearchTest)
#include "tst_certificate_search.moc"

// bench_gui: how the desktop app copes with 10^6 issued certificates in one CA.
//
//   bench_gui [--certificates N] [--fixture DIR] [--postgres "host=H dbname=D user=U ..."]
//
// With --postgres the fixture store lives in the schema bench_gui of that PostgreSQL database
// (DIR then only holds the READY marker).
//
// The first run builds the fixture store in a child process (a root CA, an issuing CA, 2,000
// certificates issued through the engine and N - 2,000 more rows written in bulk with one SQL
// statement, search index included, reusing the DER of a real one) and caches it. Every run then
// measures, in a process that did not build anything:
//   - time to window shown: store unlocked, engine and main window up, CA tree loaded;
//   - time to the first page of the Certificates tab of the CA with N certificates;
//   - peak memory (VmHWM);
//   - search (issue 19): first page and count of a common word, a rare one and a serial
//     fragment.
// It prints the figures next to the goals; it asserts nothing.
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityModel.h"
#include "CertificateModel.h"
#include "CertificatesTab.h"
#include "DisplayNames.h"
#include "LocalCertificateManagerClient.h"
#include "LocalEngine.h"
#include "LocalPrivateCaClient.h"
#include "MainWindow.h"
#include "ModalHooks.h"
#include "crypto/KeyAndCsrGenerator.h"
#include "crypto/OpenSsl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace pca;

namespace {

const QByteArray kPassphrase = "benchmark passphrase";
constexpr int kIssuedThroughEngine = 2000;

QElapsedTimer &processClock()
{
    static QElapsedTimer timer;
    return timer;
}

qint64 vmHwmKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Waits, processing events, until `done` holds (or a minute passed).
template <typename F>
bool waitUntil(F done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 60000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(200);
    }
    return true;
}

// The fixture's store: SQLite in `directory`, or the schema bench_gui of a PostgreSQL database.
store::StoreOptions fixtureOptions(const QString &directory, const QString &postgres)
{
    store::StoreOptions options;
    options.directory = directory;
    if (postgres.isEmpty())
        return options;
    options.driver = QStringLiteral("QPSQL");
    for (const QString &part : postgres.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1StringView("host"))
            options.host = value;
        else if (key == QLatin1StringView("port"))
            options.port = value.toInt();
        else if (key == QLatin1StringView("dbname"))
            options.databaseName = value;
        else if (key == QLatin1StringView("user"))
            options.userName = value;
        else if (key == QLatin1StringView("password"))
            options.password = value;
    }
    options.connectOptions = QStringLiteral("options=-csearch_path=bench_gui");
    return options;
}

// ---- building the fixture ---------------------------------------------------------------------

QString activate(PrivateCaService &service, const QString &arn, const QString &issuerArn,
                 api::SigningAlgorithm signing)
{
    const QString csr = *service.getCertificateAuthorityCsr({arn}).csr;
    api::IssueCertificateRequest issue;
    issue.certificateAuthorityArn = issuerArn.isEmpty() ? arn : issuerArn;
    issue.csr = csr.toLatin1();
    issue.signingAlgorithm = signing;
    issue.templateArn =
        issuerArn.isEmpty()
            ? QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1")
            : QStringLiteral("arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1");
    issue.validity = {issuerArn.isEmpty() ? 20 : 10, api::ValidityPeriodType::YEARS};
    const QString certArn = *service.issueCertificate(issue).certificateArn;
    const auto issued = service.getCertificate({issue.certificateAuthorityArn, certArn});
    api::ImportCertificateAuthorityCertificateRequest import;
    import.certificateAuthorityArn = arn;
    import.certificate = issued.certificate->toLatin1();
    if (!issuerArn.isEmpty())
        import.certificateChain = issued.certificateChain->toLatin1();
    service.importCertificateAuthorityCertificate(import);
    return arn;
}

QString createCa(PrivateCaService &service, const QString &name, api::CertificateAuthorityType type)
{
    api::CreateCertificateAuthorityRequest request;
    request.certificateAuthorityType = type;
    request.certificateAuthorityConfiguration.keyAlgorithm = api::KeyAlgorithm::EC_prime256v1;
    request.certificateAuthorityConfiguration.signingAlgorithm =
        api::SigningAlgorithm::SHA256WITHECDSA;
    request.certificateAuthorityConfiguration.subject.commonName = name;
    request.certificateAuthorityConfiguration.subject.organization = QStringLiteral("Bench Corp");
    const QString arn = *service.createCertificateAuthority(request).certificateAuthorityArn;
    service.waitForBackgroundWork();
    return arn;
}

int buildFixture(const QString &directory, qint64 total, const QString &postgres)
{
    QDir(directory).removeRecursively();
    QElapsedTimer timer;
    timer.start();
    const store::StoreOptions options = fixtureOptions(directory, postgres);
    if (!postgres.isEmpty()) {
        QDir().mkpath(directory);
        {
            store::StoreOptions admin = options;
            admin.connectOptions.clear();
            QSqlDatabase db = store::addStoreDatabase(admin, QStringLiteral("fixture-schema"));
            if (!db.open()) {
                std::fprintf(stderr, "cannot reach PostgreSQL: %s\n",
                             qPrintable(db.lastError().text()));
                return 1;
            }
            QSqlQuery(db).exec(QStringLiteral("DROP SCHEMA IF EXISTS bench_gui CASCADE"));
            QSqlQuery(db).exec(QStringLiteral("CREATE SCHEMA bench_gui"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture-schema"));
    }
    auto store = store::SqlStore::create(
        options, kPassphrase, {QStringLiteral("123456789012"), QStringLiteral("us-east-1")});
    SystemClock clock;
    PrivateCaService service(*store, clock);
    const QString root =
        createCa(service, QStringLiteral("Bench Root CA"), api::CertificateAuthorityType::ROOT);
    activate(service, root, QString(), api::SigningAlgorithm::SHA256WITHECDSA);
    const QString issuing = createCa(service, QStringLiteral("Bench Issuing CA"),
                                     api::CertificateAuthorityType::SUBORDINATE);
    activate(service, issuing, root, api::SigningAlgorithm::SHA256WITHECDSA);

    // Real certificates through the engine.
    const int threads = qMax(2, QThread::idealThreadCount());
    std::atomic<int> next{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = next++; i < kIssuedThroughEngine; i = next++) {
                crypto::KeyAndCsrRequest request;
                request.subject.commonName = QStringLiteral("real-%1.example.com").arg(i);
                api::GeneralName dns;
                dns.dnsName = *request.subject.commonName;
                request.subjectAlternativeNames = {dns};
                api::IssueCertificateRequest issue;
                issue.certificateAuthorityArn = issuing;
                issue.csr = crypto::generateKeyAndCsr(request).csrPem();
                issue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
                issue.validity = {30 + i % 700, api::ValidityPeriodType::DAYS};
                service.issueCertificate(issue);
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    std::printf("  %d certificates issued through the engine in %.1f s\n", kIssuedThroughEngine,
                double(timer.elapsed()) / 1000.0);

    // The rest in bulk with one SQL statement (the store's triggers and indexes included),
    // modelled on one of the real ones: random serials, issued over the past year, one in 250
    // revoked.
    store::CertificateQuery query;
    query.caId = issuing.section(QLatin1Char('/'), -1);
    query.limit = 1;
    query.withDer = true;
    const store::CertificateRecord model = service.queryCertificates(query).first().record;
    const qint64 now = clock.nowMs();
    const qint64 bulkStart = timer.elapsed();
    const QString insert = QStringLiteral(
        "INSERT INTO certificates (ca_id, serial, certificate, subject, subject_alt_names, "
        "template_arn, not_before, not_after, issued_at, revoked_at, revocation_reason, "
        "requested_by) ");
    // Columns from "r": i (the host number), t (issue time), d (validity in days).
    const QString values = QStringLiteral(
        "SELECT ?, s, ?, 'CN=host-' || i || '.example.com', 'DNS:host-' || i || '.example.com', ?, "
        "t - 3600000, t + d * 86400000, t, CASE WHEN i % 250 = 0 THEN t + 86400000 END, CASE WHEN "
        "i % 250 = 0 THEN 'SUPERSEDED' END, ? FROM r");
    const QString sql =
        postgres.isEmpty()
            ? QStringLiteral(
                  "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i "
                  "< ?), r AS (SELECT i, '1' || lower(hex(randomblob(16))) AS s, ? - "
                  "abs(random() % 31536000000) AS t, 30 + abs(random() % 700) AS d FROM "
                  "n) ") +
                  insert + values
            : insert +
                  QStringLiteral("WITH r AS (SELECT i, '1' || md5(random()::text) AS s, "
                                 "CAST(? AS BIGINT) - CAST(floor(random() * 31536000000) AS "
                                 "BIGINT) AS t, 30 + CAST(floor(random() * 700) AS BIGINT) AS "
                                 "d FROM generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) "
                                 "AS i) ") +
                  values;
    {
        QSqlDatabase db = store::addStoreDatabase(options, QStringLiteral("fixture-bulk"));
        if (!db.open()) {
            std::fprintf(stderr, "cannot open the fixture: %s\n",
                         qPrintable(db.lastError().text()));
            return 1;
        }
        QSqlQuery q(db);
        q.prepare(sql);
        const qint64 first = kIssuedThroughEngine;
        const qint64 last = total - 1;
        if (postgres.isEmpty()) {
            q.addBindValue(first);
            q.addBindValue(last);
            q.addBindValue(now);
        } else {
            q.addBindValue(now);
            q.addBindValue(first);
            q.addBindValue(last);
        }
        q.addBindValue(model.caId);
        q.addBindValue(model.certificate);
        q.addBindValue(model.templateArn);
        q.addBindValue(model.requestedBy);
        if (!q.exec()) {
            std::fprintf(stderr, "bulk insert failed: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        // As after migration 5 builds the index of an existing store (SQLite: one segment).
        if (postgres.isEmpty())
            q.exec(QStringLiteral(
                "INSERT INTO certificate_search (certificate_search) VALUES ('optimize')"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture-bulk"));
    std::printf("  %lld rows written in bulk in %.0f s\n", total - kIssuedThroughEngine,
                double(timer.elapsed() - bulkStart) / 1000.0);
    if (!postgres.isEmpty()) {
        // What autovacuum does after a bulk load: statistics for the planner.
        QSqlDatabase db = store::addStoreDatabase(options, QStringLiteral("fixture-analyze"));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("ANALYZE certificates"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture-analyze"));
    }
    QFile ready(QDir(directory).filePath(QStringLiteral("READY")));
    ready.open(QIODevice::WriteOnly);
    ready.write(QByteArray::number(total) + '\n' + issuing.toLatin1() + '\n');
    std::printf("  fixture ready in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return 0;
}

// ---- measuring
// -------------------------------------------------------------------------------------

struct SearchFigures
{
    qint64 firstPageMs = -1;
    qint64 countMs = -1;
    qint64 rows = 0;
    QString count;
};

// Types `term` into the model the way the Certificates tab passes it on, and times the first
// page and the count.
SearchFigures timeSearch(models::CertificateModel *model, const QString &term)
{
    model->setSearchText(QString());
    waitUntil([&] { return !model->isFetching() && model->totalCount() >= 0; });
    bool pageArrived = false;
    const QMetaObject::Connection connection = QObject::connect(
        model, &models::CertificateModel::pageLoaded, model, [&](int) { pageArrived = true; });
    QElapsedTimer timer;
    timer.start();
    model->setSearchText(term);
    SearchFigures figures;
    if (waitUntil([&] { return pageArrived; }))
        figures.firstPageMs = timer.elapsed();
    figures.rows = model->rowCount();
    if (waitUntil([&] { return model->totalCount() >= 0; }))
        figures.countMs = timer.elapsed();
    figures.count = (model->isTotalCountCapped() ? QStringLiteral("more than ") : QString()) +
                    QString::number(model->totalCount());
    QObject::disconnect(connection);
    return figures;
}

int measure(const QString &directory, qint64 total, const QString &postgres)
{
    QFile ready(QDir(directory).filePath(QStringLiteral("READY")));
    ready.open(QIODevice::ReadOnly);
    const QList<QByteArray> lines = ready.readAll().split('\n');
    const QString issuing = QString::fromLatin1(lines.value(1));

    // ---- time to window shown (the app's own start-up sequence)
    const store::StoreOptions options = fixtureOptions(directory, postgres);
    std::shared_ptr<store::SqlStore> store = store::SqlStore::open(options, kPassphrase);
    const qint64 unlocked = processClock().elapsed();
    models::LocalEngine engine(store);
    models::LocalPrivateCaClient client(engine.service());
    client.setLocation(directory);
    models::LocalCertificateManagerClient acmClient(engine.certificateManager());
    views::MainWindow window(&client, &acmClient);
    window.show();
    if (!waitUntil([&] { return window.isVisible() && window.caModel()->isLoaded(); })) {
        std::fprintf(stderr, "the CA list did not load\n");
        return 1;
    }
    QCoreApplication::processEvents();
    const qint64 windowShown = processClock().elapsed();

    // ---- the Certificates tab of the CA with N certificates
    window.selectCertificateAuthority(issuing);
    QCoreApplication::processEvents();
    auto *tab = window.details()->certificatesTab();
    models::CertificateModel *model = tab->model();
    QElapsedTimer firstPage;
    firstPage.start();
    window.details()->tabs()->setCurrentIndex(views::CertificateAuthorityDetails::Certificates);
    if (!waitUntil([&] { return model->rowCount() > 0; })) {
        std::fprintf(stderr, "the first page did not arrive\n");
        return 1;
    }
    tab->table()->viewport()->repaint();
    const qint64 firstPageMs = firstPage.elapsed();
    waitUntil([&] { return model->totalCount() >= 0; });
    const qint64 countedMs = firstPage.elapsed();
    const qint64 counted = model->totalCount();

    // Scrolling on: 25 more pages.
    QElapsedTimer scrolling;
    scrolling.start();
    for (int page = 0; page < 25; ++page) {
        const int before = model->rowCount();
        tab->table()->scrollToBottom();
        waitUntil([&] { return !model->isFetching(); });
        if (model->canFetchMore({}))
            model->fetchMore({});
        waitUntil([&] { return model->rowCount() > before || !model->canFetchMore({}); });
    }
    const double perPage = double(scrolling.elapsed()) / 25.0;
    const int rowsLoaded = model->rowCount();

    // Sorting by serial and searching, for the record.
    QElapsedTimer sort;
    sort.start();
    model->sort(models::CertificateModel::SerialColumn, Qt::AscendingOrder);
    waitUntil([&] { return model->rowCount() > 0 && !model->isFetching(); });
    const qint64 sortMs = sort.elapsed();
    // Search, newest first as the tab opens: a word in every subject, one subject, and a part of
    // a serial as the table shows it (its last octets, with colons).
    model->sort(models::CertificateModel::IssuedColumn, Qt::DescendingOrder);
    waitUntil([&] { return model->rowCount() > 0 && !model->isFetching(); });
    const QString someSerial = model->index(model->rowCount() / 2, 0)
                                   .data(models::CertificateModel::SerialRole)
                                   .toString();
    const QString serialFragment = models::DisplayNames::serial(someSerial).right(14);
    const struct
    {
        const char *label;
        QString term;
    } searches[] = {
        {"a common word (\"example\", every row)", QStringLiteral("example")},
        {"a rare one (\"host-777777.example\")", QStringLiteral("host-777777.example")},
        {"a serial fragment", serialFragment},
        {"no match (\"no-such-host\")", QStringLiteral("no-such-host")},
    };
    QList<SearchFigures> searchFigures;
    for (const auto &search : searches)
        searchFigures << timeSearch(model, search.term);

    const qint64 peakKiB = vmHwmKiB();
    std::printf("\nPrivate CA Manager desktop app, store of %lld certificates in one CA "
                "(%lld counted)\n",
                total, counted);
    std::printf("  %-44s %8.0f ms   (goal < 1000 ms)\n", "time to window shown",
                double(windowShown));
    std::printf("    of which unlocking the store (scrypt)      %8.0f ms\n", double(unlocked));
    std::printf("  %-44s %8.0f ms   (goal < 200 ms)\n", "first page of the Certificates tab",
                double(firstPageMs));
    std::printf("  %-44s %8.0f KiB = %.0f MB   (goal < 300 MB)\n", "peak memory (VmHWM)",
                double(peakKiB), double(peakKiB) / 1024.0);
    std::printf("\n  for the record:\n");
    std::printf("  %-44s %8.0f ms\n", "total count shown (COUNT over the CA)", double(countedMs));
    std::printf("  %-44s %8.1f ms   (%d rows loaded)\n", "each further page while scrolling",
                perPage, rowsLoaded);
    std::printf("  %-44s %8.0f ms\n", "first page sorted by serial", double(sortMs));
    std::printf("\n  search over subject/SANs/serial (%s: %s):\n",
                postgres.isEmpty() ? "SQLite" : "PostgreSQL",
                postgres.isEmpty() ? "FTS5 trigram index" : "pg_trgm GIN index");
    for (qsizetype i = 0; i < searchFigures.size(); ++i) {
        const SearchFigures &f = searchFigures.at(i);
        std::printf("  %-44s %8.0f ms   (goal < 300 ms)  first page of %lld rows; count %s "
                    "in %lld ms\n",
                    searches[i].label, double(f.firstPageMs), f.rows, qPrintable(f.count),
                    f.countMs);
    }
    std::printf("  (serial fragment searched: \"%s\")\n", qPrintable(serialFragment));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    processClock().start();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("privateca-bench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui"));
    views::ModalHooks::setTestMode(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("certificates"),
                                   QStringLiteral("Certificates in the CA (default 1000000)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption fixture(
        QStringLiteral("fixture"), QStringLiteral("Where the fixture store is cached."),
        QStringLiteral("DIR"), QStringLiteral(PRIVATECA_BENCH_FIXTURE_DIR));
    const QCommandLineOption build(QStringLiteral("build-fixture"),
                                   QStringLiteral("Only build the fixture (used internally)."));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Keep the fixture in the schema bench_gui of this PostgreSQL database."),
        QStringLiteral("\"host=H dbname=D user=U\""));
    parser.addOption(postgresOption);
    parser.addOption(count);
    parser.addOption(fixture);
    parser.addOption(build);
    parser.process(app);
    const qint64 total = qMax<qint64>(kIssuedThroughEngine, parser.value(count).toLongLong());
    const QString postgres = parser.value(postgresOption);
    const QString directory =
        parser.value(fixture) + (postgres.isEmpty() ? QString() : QStringLiteral("-postgres"));
    if (parser.isSet(build))
        return buildFixture(directory, total, postgres);

    QFile ready(QDir(directory).filePath(QStringLiteral("READY")));
    const bool usable =
        ready.open(QIODevice::ReadOnly) && ready.readLine().trimmed().toLongLong() == total;
    ready.close();
    if (!usable) {
        // Built in a child process so that its memory does not count here.
        std::printf("Building the fixture store (%lld certificates) in %s …\n", total,
                    qPrintable(directory));
        std::fflush(stdout);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList extra;
        if (!postgres.isEmpty())
            extra << QStringLiteral("--postgres") << postgres;
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{QStringLiteral("--build-fixture"), QStringLiteral("--certificates"),
                                QString::number(total), QStringLiteral("--fixture"),
                                parser.value(fixture)} +
                        extra);
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "building the fixture failed\n");
            return 1;
        }
        // Measure in a fresh process as well.
        QProcess measureRun;
        measureRun.setProcessChannelMode(QProcess::ForwardedChannels);
        measureRun.start(QCoreApplication::applicationFilePath(),
                         QStringList{QStringLiteral("--certificates"), QString::number(total),
                                     QStringLiteral("--fixture"), parser.value(fixture)} +
                             extra);
        measureRun.waitForFinished(-1);
        return measureRun.exitCode();
    }
    return measure(directory, total, postgres);
}

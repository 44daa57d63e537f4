// In-process IssueCertificate throughput with durable commits, next to the raw OpenSSL limits
// measured in the same run with the same number of threads:
//   - sign:            EVP_DigestSign of a certificate-sized message with the CA key
//   - CSR verify+sign: X509_REQ_verify of an already decoded CSR plus that signature
// The CSR matches the CA's key type (P-256 CSRs for the P-256 CA, RSA-2048 for the RSA CA).
// Callers are concurrent (as requests to a server are); durable commits are grouped.
//
// Then (issue 19) IssueCertificate into an empty CA and into a CA that already holds N
// certificates (written in bulk through the store, search index included), in a fresh store of
// the same run: the index maintenance must not slow issuance by more than 10 %.
//
//   bench_issue [seconds per measurement, default 5] [client threads, default 16]
//               [N certificates in the full CA, default 1000000; 0 skips that part]
// BENCH_ISSUE_FULL_CA_ONLY=1 runs only the empty/full CA part. With PRIVATECA_TEST_POSTGRES set
// (see tests/support/TestEngine.h), the engines run on that PostgreSQL server.
#include "TestEngine.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/Csr.h"
#include "crypto/Keys.h"
#include "crypto/Signing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/pem.h>

#include <atomic>
#include <cstdio>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace pca;
using namespace pca::test;

namespace {

struct Measurement
{
    double perSecond = 0;
    double cpuMicrosecondsPerOp = 0; // user + system CPU of the whole process per operation
};

double processCpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

template <typename Fn>
Measurement measureRate(int threads, double seconds, Fn &&body)
{
    std::atomic<bool> stop{false};
    std::atomic<qint64> count{0};
    std::vector<std::thread> workers;
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            qint64 local = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                body();
                ++local;
            }
            count += local;
        });
    }
    const double cpuStart = processCpuSeconds();
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
    stop = true;
    for (auto &worker : workers)
        worker.join();
    const double cpu = processCpuSeconds() - cpuStart;
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    Measurement m;
    m.perSecond = double(count.load()) / elapsed;
    m.cpuMicrosecondsPerOp = count.load() ? cpu * 1e6 / double(count.load()) : 0;
    return m;
}

void measure(TestEngine &engine, const char *label, api::KeyAlgorithm keyAlgorithm,
             api::SigningAlgorithm signing, int threads, double seconds, double goal)
{
    const QString ca = engine.createActiveRoot(QString::fromLatin1(label), keyAlgorithm, signing);
    CsrOptions csrOptions;
    csrOptions.keyType =
        keyAlgorithm == api::KeyAlgorithm::RSA_2048 ? QStringLiteral("RSA") : QStringLiteral("EC");
    const auto [csr, key] = makeCsr(csrOptions);
    BIO *bio = BIO_new_mem_buf(csr.constData(), int(csr.size()));
    X509_REQ *decoded = PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_PKEY *csrKey = X509_REQ_get0_pubkey(decoded);
    const auto record = engine.store().reader().findCaByArn(ca);
    const crypto::PKeyPtr caKey = crypto::decryptPrivateKey(record->encryptedKey, kTestPassphrase);
    const QByteArray tbs(480, 'x'); // about the size of a certificate's TBSCertificate

    const Measurement crypto = measureRate(threads, seconds, [&] {
        if (X509_REQ_verify(decoded, csrKey) != 1)
            std::abort();
        crypto::signData(caKey.get(), signing, tbs);
    });
    const Measurement signOnly =
        measureRate(threads, seconds, [&] { crypto::signData(caKey.get(), signing, tbs); });

    api::IssueCertificateRequest request;
    request.certificateAuthorityArn = ca;
    request.csr = csr;
    request.signingAlgorithm = signing;
    request.validity = {30, api::ValidityPeriodType::DAYS};
    const qint64 commitsBefore = engine.store().commitCount();
    const qint64 jobsBefore = engine.store().committedJobCount();
    const Measurement issues =
        measureRate(threads, seconds, [&] { engine.service().issueCertificate(request); });
    const qint64 commits = engine.store().commitCount() - commitsBefore;
    const qint64 jobs = engine.store().committedJobCount() - jobsBefore;
    X509_REQ_free(decoded);

    const bool rsa = keyAlgorithm == api::KeyAlgorithm::RSA_2048;
    const Measurement &limit = rsa ? signOnly : crypto;
    std::printf("%s, %d client threads\n", label, threads);
    std::printf("  IssueCertificate        %8.0f/s  %7.1f us CPU each  (%.1f issues per durable "
                "commit)\n",
                issues.perSecond, issues.cpuMicrosecondsPerOp,
                commits ? double(jobs) / double(commits) : 0.0);
    std::printf("  OpenSSL CSR verify+sign %8.0f/s  %7.1f us CPU each\n", crypto.perSecond,
                crypto.cpuMicrosecondsPerOp);
    std::printf("  OpenSSL sign            %8.0f/s  %7.1f us CPU each\n", signOnly.perSecond,
                signOnly.cpuMicrosecondsPerOp);
    std::printf("  => %.1f%% of the %s by rate, %.1f%% by CPU cost (goal >= %.0f%%)\n",
                100.0 * issues.perSecond / limit.perSecond, rsa ? "sign rate" : "crypto limit",
                100.0 * limit.cpuMicrosecondsPerOp / issues.cpuMicrosecondsPerOp, goal * 100.0);
    std::fflush(stdout);
}

// IssueCertificate rate into `caArn` (a P-256 CA).
Measurement issueRate(TestEngine &engine, const QString &caArn, int threads, double seconds)
{
    CsrOptions csrOptions;
    csrOptions.keyType = QStringLiteral("EC");
    api::IssueCertificateRequest request;
    request.certificateAuthorityArn = caArn;
    request.csr = makeCsr(csrOptions).first;
    request.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
    request.validity = {30, api::ValidityPeriodType::DAYS};
    return measureRate(threads, seconds, [&] { engine.service().issueCertificate(request); });
}

// Writes `total` certificates of `caArn` in bulk with one SQL statement on a connection of its
// own (the store's triggers and indexes included), modelled on one real certificate, issued
// 30 ms apart over the past year: the engine's serial layout (01, time, random).
void fillCa(TestEngine &engine, const QString &caArn, qint64 total)
{
    const QString caId = caArn.section(QLatin1Char('/'), -1);
    const QString first =
        engine.issue(caArn, QStringLiteral("model.example.com")).section(QLatin1Char('/'), -1);
    const store::CertificateRecord model = *engine.store().reader().findCertificate(caId, first);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 400LL * 24 * 3600 * 1000;
    const QString insert =
        QStringLiteral("INSERT INTO certificates (ca_id, serial, certificate, subject, "
                       "subject_alt_names, template_arn, not_before, not_after, issued_at, "
                       "requested_by) ");
    const QString sql =
        engine.isPostgres()
            ? insert + QStringLiteral(
                           "SELECT ?, '01' || lpad(to_hex(CAST(? AS BIGINT) + i * 30), 12, '0') || "
                           "substr(md5(random()::text), 1, 20), ?, 'CN=host-' || i || "
                           "'.example.com', 'DNS:host-' || i || '.example.com', ?, "
                           "CAST(? AS BIGINT) + i * 30, CAST(? AS BIGINT) + i * 30 + 2592000000, "
                           "CAST(? AS BIGINT) + i * 30, 'bench' FROM generate_series(1, CAST(? "
                           "AS BIGINT)) AS i")
            : QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                             "i < ?) ") +
                  insert +
                  QStringLiteral("SELECT ?, printf('01%012llx', ? + i * 30) || "
                                 "lower(hex(randomblob(10))), ?, 'CN=host-' || i || "
                                 "'.example.com', 'DNS:host-' || i || '.example.com', ?, ? + i * "
                                 "30, ? + i * 30 + 2592000000, ? + i * 30, 'bench' FROM n");
    const QString name = QStringLiteral("bench-fill");
    {
        QSqlDatabase db = engine.openSideConnection(name);
        QSqlQuery q(db);
        q.prepare(sql);
        if (!engine.isPostgres())
            q.addBindValue(total - 1);
        q.addBindValue(caId);
        q.addBindValue(start);
        q.addBindValue(model.certificate);
        q.addBindValue(model.templateArn);
        q.addBindValue(start);
        q.addBindValue(start);
        q.addBindValue(start);
        if (engine.isPostgres())
            q.addBindValue(total - 1);
        if (!q.exec())
            qFatal("bulk insert failed: %s", qPrintable(q.lastError().text()));
        // As after migration 5 builds the index of an existing store: statistics (PostgreSQL),
        // the index merged into one segment (SQLite).
        q.exec(engine.isPostgres() ? QStringLiteral("ANALYZE certificates")
                                   : QStringLiteral("INSERT INTO certificate_search "
                                                    "(certificate_search) VALUES ('optimize')"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    engine.store().checkpoint();
}

// An empty CA in a fresh store and a CA holding `total` certificates in another store, measured
// in turns (empty, full, empty, full, ...) so that other load on the machine weighs on both.
void measureFullCa(qint64 total, int threads, double seconds)
{
    TestEngine emptyEngine(QStringLiteral("us-east-1"), TestEngine::Time::System);
    TestEngine fullEngine(QStringLiteral("us-east-1"), TestEngine::Time::System);
    const QString empty = emptyEngine.createActiveRoot(QStringLiteral("Empty CA"));
    const QString full = fullEngine.createActiveRoot(QStringLiteral("Full CA"));
    QElapsedTimer filling;
    filling.start();
    fillCa(fullEngine, full, total);
    std::printf("IssueCertificate into a P-256 CA, %d client threads, search index maintained "
                "(%lld certificates written in bulk in %.0f s)\n",
                threads, total, double(filling.elapsed()) / 1000.0);
    constexpr int kRounds = 3;
    double emptySum = 0;
    double fullSum = 0;
    for (int round = 1; round <= kRounds; ++round) {
        const Measurement e = issueRate(emptyEngine, empty, threads, seconds);
        const Measurement f = issueRate(fullEngine, full, threads, seconds);
        emptySum += e.perSecond;
        fullSum += f.perSecond;
        std::printf("  round %d: empty CA %8.0f/s (%6.1f us CPU each), CA of %lld %8.0f/s "
                    "(%6.1f us CPU each)\n",
                    round, e.perSecond, e.cpuMicrosecondsPerOp, total, f.perSecond,
                    f.cpuMicrosecondsPerOp);
        std::fflush(stdout);
    }
    std::printf(
        "  => into the CA of %lld: %.0f/s, %.1f%% of the empty CA's %.0f/s (goal >= 90%%)\n", total,
        fullSum / kRounds, 100.0 * fullSum / emptySum, emptySum / kRounds);
    std::fflush(stdout);
    if (!qEnvironmentVariableIsSet("BENCH_ISSUE_WITHOUT_INDEX"))
        return;
    // Diagnosis: the same full CA without the search index maintenance (SQLite triggers
    // dropped; PostgreSQL index dropped), to tell the index's share from the table's.
    {
        QSqlDatabase db = fullEngine.openSideConnection(QStringLiteral("bench-drop"));
        QSqlQuery q(db);
        const QStringList drop =
            fullEngine.isPostgres()
                ? QStringList{QStringLiteral("DROP INDEX certificates_search")}
                : QStringList{QStringLiteral("DROP TRIGGER certificate_search_insert"),
                              QStringLiteral("DROP TRIGGER certificate_search_delete"),
                              QStringLiteral("DROP TRIGGER certificate_search_update")};
        for (const QString &sql : drop)
            q.exec(sql);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-drop"));
    for (int round = 1; round <= 2; ++round) {
        const Measurement e = issueRate(emptyEngine, empty, threads, seconds);
        const Measurement f = issueRate(fullEngine, full, threads, seconds);
        std::printf("  without the index, round %d: empty CA %8.0f/s, CA of %lld %8.0f/s (%6.1f us "
                    "CPU each)\n",
                    round, e.perSecond, total, f.perSecond, f.cpuMicrosecondsPerOp);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 5.0;
    const int threads = argc > 2 ? QByteArray(argv[2]).toInt() : 16;
    const qint64 fullCa = argc > 3 ? QByteArray(argv[3]).toLongLong() : 1000000;
    if (qEnvironmentVariableIsSet("BENCH_ISSUE_FULL_CA_ONLY")) {
        measureFullCa(fullCa, threads, seconds);
        return 0;
    }
    // The wall clock, as in a deployment: a CA's serials then follow the issue time.
    TestEngine engine(QStringLiteral("us-east-1"), TestEngine::Time::System);
    std::printf("In-process IssueCertificate with durable commits (SQLite WAL, synchronous=FULL), "
                "%.0f s per figure\n",
                seconds);
    measure(engine, "P-256 CA (SHA256WITHECDSA)", api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, threads, seconds, 0.5);
    measure(engine, "RSA-2048 CA (SHA256WITHRSA)", api::KeyAlgorithm::RSA_2048,
            api::SigningAlgorithm::SHA256WITHRSA, threads, seconds, 0.9);
    if (fullCa > 0)
        measureFullCa(fullCa, threads, seconds);
    return 0;
}

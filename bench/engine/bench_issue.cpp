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

void measureFullCa(qint64 total, int threads, double seconds)
{
    TestEngine engine(QStringLiteral("us-east-1"), TestEngine::Time::System);
    const QString empty = engine.createActiveRoot(QStringLiteral("Empty CA"));
    const QString full = engine.createActiveRoot(QStringLiteral("Full CA"));
    const Measurement emptyRate = issueRate(engine, empty, threads, seconds);

    // The full CA: rows modelled on a real certificate, written in bulk.
    QElapsedTimer filling;
    filling.start();
    const QString fullId = full.section(QLatin1Char('/'), -1);
    store::CertificateRecord model = *engine.store().reader().findCertificate(
        fullId,
        engine.issue(full, QStringLiteral("model.example.com")).section(QLatin1Char('/'), -1));
    qint64 written = 1;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 400LL * 24 * 3600 * 1000;
    while (written < total) {
        const qint64 batch = qMin<qint64>(20000, total - written);
        engine.store().write([&](store::StoreWriter &writer) {
            for (qint64 i = 0; i < batch; ++i) {
                const qint64 n = written + i;
                store::CertificateRecord record = model;
                record.issuedAt = start + n * 30; // older than anything issued now
                record.serial = crypto::serialHex(crypto::randomSerial(record.issuedAt));
                const QString host = QStringLiteral("host-%1.example.com").arg(n);
                record.subject = QStringLiteral("CN=") + host;
                record.subjectAltNames = QStringLiteral("DNS:") + host;
                writer.insertCertificate(record);
            }
        });
        written += batch;
    }
    engine.store().checkpoint();
    std::printf("  (%lld certificates written in bulk in %.0f s)\n", total,
                double(filling.elapsed()) / 1000.0);
    const Measurement fullRate = issueRate(engine, full, threads, seconds);
    std::printf("IssueCertificate into a P-256 CA, %d client threads, search index maintained\n",
                threads);
    std::printf("  into an empty CA                     %8.0f/s  %7.1f us CPU each\n",
                emptyRate.perSecond, emptyRate.cpuMicrosecondsPerOp);
    std::printf("  into a CA holding %-9lld          %8.0f/s  %7.1f us CPU each\n", total,
                fullRate.perSecond, fullRate.cpuMicrosecondsPerOp);
    std::printf("  => %.1f%% of the empty CA's rate (goal >= 90%%)\n",
                100.0 * fullRate.perSecond / emptyRate.perSecond);
    std::fflush(stdout);
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

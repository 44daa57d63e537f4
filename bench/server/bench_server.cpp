// bench_server: how fast privateca-server answers IssueCertificate (P-256 CA) and
// GetCertificate over HTTP with SigV4, next to the engine's own rate in the same run.
//
// One process holds the engine on a fresh store, the HTTP server (as privateca-server runs it)
// and the load generator, so the machine's cores are shared by all three, as they are when a
// load generator runs beside the server. The load generator is event-driven, like wrk: a few
// threads, each driving its share of the keep-alive connections; every connection is a
// closed loop (send, wait for the answer, send the next) and every request is signed with
// SigV4 at the time it is sent. The in-process phases call the engine from as many threads as
// there are connections.
//
// A closed loop measures the highest rate, but not the latency at a given load: its latency is
// the number of connections divided by the rate (Little's law), however the server behaves.
// The `*-at-rate` phases therefore offer a fixed rate (--rate) over --rate-connections
// connections, as wrk2 does: request k of a connection is due at a fixed time, is sent then
// (or as soon as the previous answer arrives, if that is later) and its latency is counted
// from when it was due, so time spent queued behind a slow answer is not left out.
//
// The `ocsp` phase (issue 19) answers OCSP over HTTP (POST and GET, one CA and --ocsp-cas CAs,
// --ocsp-certificates certificates each time, written straight into the store: OCSP reads only
// their status rows) after one in-process pass that pre-produces every response, then keeps
// POSTing until --ocsp-requests requests were answered and prints the store's size before and
// after.
//
// Prints figures (rate, p50/p99 latency, CPU time per request of the whole process); asserts
// nothing.
//
//   bench_server [--duration SECONDS] [--connections N] [--load-threads N]
//                [--rate PER_SECOND] [--rate-connections N]
//                [--io-threads N] [--handler-threads N] [--phases LIST]
//                [--ocsp-certificates N] [--ocsp-cas N] [--ocsp-requests N]
#include "ApiServer.h"
#include "SigV4.h"
#include "api/ApiJson.h"
#include "crypto/CertificateBuilder.h"
#include "service/AccessControl.h"
#include "service/EventHistory.h"
#include "service/IdentityService.h"
#include "service/PrivateCaService.h"
#include "store/SqlStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <openssl/ocsp.h>
#include <openssl/pem.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <random>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace pca;
using namespace pca::server;

namespace {

struct PhaseResult
{
    qint64 requests = 0;
    qint64 errors = 0;
    double seconds = 0;
    double cpuSeconds = 0; // CPU time of the whole process (server + clients) in the phase
    std::vector<qint64> latenciesUs;
    qint64 commits = 0;       // store commits in the phase
    qint64 committedJobs = 0; // write jobs they committed

    double rate() const { return seconds > 0 ? double(requests) / seconds : 0; }
    double percentileMs(double p)
    {
        if (latenciesUs.empty())
            return 0;
        std::sort(latenciesUs.begin(), latenciesUs.end());
        const size_t index =
            std::min(latenciesUs.size() - 1, size_t(p * double(latenciesUs.size())));
        return double(latenciesUs[index]) / 1000.0;
    }
    void merge(const PhaseResult &other)
    {
        requests += other.requests;
        errors += other.errors;
        latenciesUs.insert(latenciesUs.end(), other.latenciesUs.begin(), other.latenciesUs.end());
    }
};

// User + system CPU time of this process. On a shared machine, CPU time per request is a
// steadier figure than the rate, which depends on what else runs.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Runs `work(threadIndex)` in `threads` threads until `seconds` have passed (in-process
// phases); `work` returns whether the call succeeded and is timed.
template <typename Work>
PhaseResult runEnginePhase(int threads, double seconds, Work work)
{
    std::atomic<bool> stop{false};
    std::vector<PhaseResult> perThread(static_cast<size_t>(threads));
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back(QThread::create([&, i] {
            PhaseResult &mine = perThread[size_t(i)];
            QElapsedTimer timer;
            while (!stop.load(std::memory_order_relaxed)) {
                timer.start();
                const bool ok = work(i);
                if (ok) {
                    ++mine.requests;
                    mine.latenciesUs.push_back(timer.nsecsElapsed() / 1000);
                } else {
                    ++mine.errors;
                }
            }
        }));
    }
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (auto &worker : workers)
        worker->start();
    QThread::msleep(qint64(seconds * 1000));
    stop.store(true);
    for (auto &worker : workers)
        worker->wait();
    PhaseResult total;
    total.seconds = double(wall.nsecsElapsed()) / 1e9;
    total.cpuSeconds = processCpuSeconds() - cpuBefore;
    for (const PhaseResult &r : perThread)
        total.merge(r);
    return total;
}

// When requests are due: none (a closed loop) or every `intervalNs` from `firstNs` on the phase
// clock.
struct Schedule
{
    const QElapsedTimer *clock = nullptr;
    qint64 firstNs = 0;
    qint64 intervalNs = 0;
};

// One keep-alive connection of the load generator: a closed loop of signed requests, or
// requests sent on a schedule.
class LoadConnection : public QObject
{
public:
    using MakeRequest = std::function<QByteArray()>;
    using CheckResponse = std::function<bool(int status, const QByteArray &body)>;

    LoadConnection(quint16 port, MakeRequest make, CheckResponse check,
                   const std::atomic<bool> &stop, PhaseResult &result,
                   std::function<void()> finished, Schedule schedule)
        : m_make(std::move(make))
        , m_check(std::move(check))
        , m_stop(stop)
        , m_result(result)
        , m_finished(std::move(finished))
        , m_schedule(schedule)
        , m_dueNs(schedule.firstNs)
    {
        m_due.setSingleShot(true);
        m_due.setTimerType(Qt::PreciseTimer);
        connect(&m_due, &QTimer::timeout, this, &LoadConnection::send);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::connected, this, &LoadConnection::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::onReadyRead);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            ++m_result.errors;
            finish();
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

private:
    void sendNext()
    {
        if (m_stop.load(std::memory_order_relaxed)) {
            finish();
            return;
        }
        if (m_schedule.intervalNs > 0) {
            const qint64 wait = m_dueNs - m_schedule.clock->nsecsElapsed();
            if (wait > 0) {
                m_due.start(int((wait + 999'999) / 1'000'000));
                return;
            }
        }
        send();
    }

    void send()
    {
        if (m_stop.load(std::memory_order_relaxed)) {
            finish();
            return;
        }
        m_timer.start();
        m_sentLateNs = 0;
        if (m_schedule.intervalNs > 0) {
            m_sentLateNs = qMax<qint64>(0, m_schedule.clock->nsecsElapsed() - m_dueNs);
            m_dueNs += m_schedule.intervalNs;
        }
        m_socket.write(m_make());
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
            if (lengthAt < 0 || lengthAt > end) {
                ++m_result.errors;
                finish();
                return;
            }
            const qsizetype length =
                m_buffer.mid(lengthAt + 16, m_buffer.indexOf("\r\n", lengthAt) - lengthAt - 16)
                    .toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const int status = m_buffer.mid(9, 3).toInt();
            const QByteArray body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            if (m_check(status, body)) {
                ++m_result.requests;
                m_result.latenciesUs.push_back((m_timer.nsecsElapsed() + m_sentLateNs) / 1000);
            } else {
                ++m_result.errors;
            }
            sendNext();
        }
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_finished();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    QTimer m_due;
    MakeRequest m_make;
    CheckResponse m_check;
    const std::atomic<bool> &m_stop;
    PhaseResult &m_result;
    std::function<void()> m_finished;
    Schedule m_schedule;
    qint64 m_dueNs = 0;      // when the next request is due (scheduled connections)
    qint64 m_sentLateNs = 0; // how long after it was due the current request was sent
    bool m_done = false;
};

// Drives `connections` keep-alive connections from `loadThreads` event-loop threads for
// `seconds`. `make(thread)` builds the next request's bytes, `check(thread, status, body)`
// judges its answer; both run on the load thread. `rate` > 0 offers that many requests per
// second in all (spread evenly over the connections) instead of closed loops.
PhaseResult runHttpPhase(quint16 port, int loadThreads, int connections, double seconds,
                         const std::function<QByteArray(int)> &make,
                         const std::function<bool(int, int, const QByteArray &)> &check,
                         double rate = 0)
{
    std::atomic<bool> stop{false};
    QElapsedTimer phaseClock;
    phaseClock.start();
    // Scheduled requests start 200 ms into the phase, time enough to open the connections (a
    // request still waiting for its connection counts that wait), staggered over one interval.
    const qint64 startNs = 200'000'000;
    const qint64 intervalNs = rate > 0 ? qint64(1e9 * double(connections) / rate) : 0;
    std::vector<PhaseResult> perThread(static_cast<size_t>(loadThreads));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < loadThreads; ++t) {
        const int mine = connections / loadThreads + (t < connections % loadThreads ? 1 : 0);
        threads.emplace_back(QThread::create([&, t, mine] {
            QEventLoop loop;
            int running = mine;
            std::vector<std::unique_ptr<LoadConnection>> owned;
            for (int c = 0; c < mine; ++c) {
                Schedule schedule;
                if (intervalNs > 0) {
                    schedule.clock = &phaseClock;
                    schedule.intervalNs = intervalNs;
                    schedule.firstNs =
                        startNs + intervalNs * (t + loadThreads * c) / qMax(1, connections);
                }
                owned.push_back(std::make_unique<LoadConnection>(
                    port, [&make, t] { return make(t); },
                    [&check, t](int status, const QByteArray &body) {
                        return check(t, status, body);
                    },
                    stop, perThread[size_t(t)],
                    [&] {
                        if (--running == 0)
                            loop.quit();
                    },
                    schedule));
            }
            if (running > 0)
                loop.exec();
        }));
    }
    for (auto &thread : threads)
        thread->start();
    // Closed loops start at once; scheduled requests once the first is due.
    if (intervalNs > 0)
        QThread::usleep(quint64(qMax<qint64>(0, startNs - phaseClock.nsecsElapsed()) / 1000));
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QThread::msleep(qint64(seconds * 1000));
    stop.store(true);
    for (auto &thread : threads)
        thread->wait();
    PhaseResult total;
    total.seconds = double(wall.nsecsElapsed()) / 1e9;
    total.cpuSeconds = processCpuSeconds() - cpuBefore;
    for (const PhaseResult &r : perThread)
        total.merge(r);
    return total;
}

QByteArray makeLeafCsr()
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("/dev/null"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=bench.example.com")});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
        std::fprintf(stderr, "openssl req failed: %s\n",
                     openssl.readAllStandardError().constData());
        std::exit(1);
    }
    return openssl.readAllStandardOutput();
}

QString createActiveRoot(PrivateCaService &service,
                         api::KeyAlgorithm keyAlgorithm = api::KeyAlgorithm::EC_prime256v1,
                         api::SigningAlgorithm signing = api::SigningAlgorithm::SHA256WITHECDSA,
                         const QString &commonName = QStringLiteral("Bench Root"),
                         bool ocsp = false)
{
    api::CreateCertificateAuthorityRequest create;
    create.certificateAuthorityType = api::CertificateAuthorityType::ROOT;
    create.certificateAuthorityConfiguration.keyAlgorithm = keyAlgorithm;
    create.certificateAuthorityConfiguration.signingAlgorithm = signing;
    create.certificateAuthorityConfiguration.subject.commonName = commonName;
    if (ocsp) {
        api::RevocationConfiguration revocation;
        revocation.ocspConfiguration = api::OcspConfiguration{};
        revocation.ocspConfiguration->enabled = true;
        create.revocationConfiguration = revocation;
    }
    const QString arn = *service.createCertificateAuthority(create).certificateAuthorityArn;
    service.waitForBackgroundWork();
    api::IssueCertificateRequest issue;
    issue.certificateAuthorityArn = arn;
    issue.csr = service.getCertificateAuthorityCsr({arn}).csr->toLatin1();
    issue.signingAlgorithm = signing;
    issue.templateArn = QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
    issue.validity = {10, api::ValidityPeriodType::YEARS};
    const QString certArn = *service.issueCertificate(issue).certificateArn;
    api::ImportCertificateAuthorityCertificateRequest import;
    import.certificateAuthorityArn = arn;
    import.certificate = service.getCertificate({arn, certArn}).certificate->toLatin1();
    service.importCertificateAuthorityCertificate(import);
    return arn;
}

void printRow(const char *name, PhaseResult &r)
{
    const double cpuUs = r.requests > 0 ? r.cpuSeconds * 1e6 / double(r.requests) : 0;
    std::printf("  %-26s %8.0f/s  p50 %7.2f ms  p99 %7.2f ms  CPU %6.0f us/req  (%lld ok, "
                "%lld errors",
                name, r.rate(), r.percentileMs(0.50), r.percentileMs(0.99), cpuUs, r.requests,
                r.errors);
    if (r.commits > 0)
        std::printf(", %.1f writes per commit", double(r.committedJobs) / double(r.commits));
    std::printf(")\n");
    std::fflush(stdout);
}

// The name of a fixed-rate row.
QByteArray offeredName(double rate)
{
    return "HTTP, " + QByteArray::number(rate, 'f', 0) + "/s offered";
}

// Counts the store's group commits during a phase.
template <typename Phase>
PhaseResult withCommitCount(store::SqlStore &store, Phase phase)
{
    const qint64 commits = store.commitCount();
    const qint64 jobs = store.committedJobCount();
    PhaseResult result = phase();
    result.commits = store.commitCount() - commits;
    result.committedJobs = store.committedJobCount() - jobs;
    return result;
}

// ---- OCSP ------------------------------------------------------------------------------------

template <auto FreeFn>
struct OpenSslFree
{
    template <typename T>
    void operator()(T *p) const
    {
        FreeFn(p);
    }
};

// One OCSP request (a SHA-1 CertID, no nonce) as POST and GET bytes.
struct OcspTarget
{
    QByteArray post;
    QByteArray get;
};

OcspTarget ocspTarget(X509 *issuer, const QString &serialHex, const QByteArray &host)
{
    BIGNUM *number = nullptr;
    BN_hex2bn(&number, serialHex.toLatin1().constData());
    std::unique_ptr<BIGNUM, OpenSslFree<BN_free>> owned(number);
    std::unique_ptr<ASN1_INTEGER, OpenSslFree<ASN1_INTEGER_free>> serial(
        BN_to_ASN1_INTEGER(number, nullptr));
    std::unique_ptr<OCSP_REQUEST, OpenSslFree<OCSP_REQUEST_free>> request(OCSP_REQUEST_new());
    OCSP_CERTID *id = OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(issuer),
                                       X509_get0_pubkey_bitstr(issuer), serial.get());
    if (!id || !request || !OCSP_request_add0_id(request.get(), id)) {
        std::fprintf(stderr, "building an OCSP request failed\n");
        std::exit(1);
    }
    QByteArray der(i2d_OCSP_REQUEST(request.get(), nullptr), Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_OCSP_REQUEST(request.get(), &p);
    OcspTarget target;
    target.post = "POST /ocsp HTTP/1.1\r\nHost: " + host +
                  "\r\nContent-Type: application/ocsp-request\r\nContent-Length: " +
                  QByteArray::number(der.size()) + "\r\n\r\n" + der;
    target.get = "GET /ocsp/" + der.toBase64().toPercentEncoding() + " HTTP/1.1\r\nHost: " + host +
                 "\r\n\r\n";
    return target;
}

qint64 directoryBytes(const QString &path, QString *files = nullptr)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files | QDir::Hidden)) {
        total += file.size();
        if (files)
            *files += QStringLiteral(" %1=%2").arg(file.fileName()).arg(file.size());
    }
    return total;
}

struct OcspBenchOptions
{
    int certificates = 100'000;
    int cas = 1000;
    qint64 requests = 1'000'000;
    double duration = 5;
    int connections = 32;
    int loadThreads = 1;
    quint16 port = 0;
};

// `count` certificate rows spread over `caArns` (1 % revoked), written straight into the store
// (OCSP reads a certificate's status row, not its DER), and the OCSP requests for them, grouped
// by CA.
std::vector<OcspTarget> addOcspCertificates(PrivateCaService &service, store::SqlStore &store,
                                            const QStringList &caArns, int count,
                                            const QByteArray &host)
{
    std::mt19937_64 random(19);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<OcspTarget> targets;
    targets.reserve(size_t(count));
    int made = 0;
    for (qsizetype c = 0; c < caArns.size(); ++c) {
        const QString &arn = caArns.at(c);
        const int mine = count / int(caArns.size()) + (c < count % caArns.size() ? 1 : 0);
        const QByteArray pem =
            service.getCertificateAuthorityCertificate({arn}).certificate->toLatin1();
        std::unique_ptr<BIO, OpenSslFree<BIO_free>> bio(
            BIO_new_mem_buf(pem.constData(), int(pem.size())));
        std::unique_ptr<X509, OpenSslFree<X509_free>> issuer(
            PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        const QString caId = arn.section(QLatin1Char('/'), -1);
        for (int done = 0; done < mine;) {
            const int batch = qMin(10'000, mine - done);
            QStringList serials;
            for (int i = 0; i < batch; ++i) {
                const quint64 high = random() & 0x7fffffffffffffffULL;
                serials << crypto::canonicalSerial(
                    QStringLiteral("%1%2")
                        .arg(high | (1ULL << 62), 16, 16, QLatin1Char('0'))
                        .arg(random(), 16, 16, QLatin1Char('0')));
            }
            store.write([&](store::StoreWriter &w) {
                for (int i = 0; i < batch; ++i) {
                    store::CertificateRecord record;
                    record.caId = caId;
                    record.serial = serials.at(i);
                    record.certificate = "x";
                    record.subject = QStringLiteral("CN=ocsp-bench");
                    record.templateArn = QStringLiteral("bench");
                    record.notBefore = now;
                    record.notAfter = now + 30LL * 86'400'000;
                    record.issuedAt = now;
                    if ((made + i) % 100 == 0) {
                        record.revokedAt = now;
                        record.revocationReason = api::RevocationReason::SUPERSEDED;
                    }
                    w.insertCertificate(record);
                }
            });
            for (const QString &serial : std::as_const(serials))
                targets.push_back(ocspTarget(issuer.get(), serial, host));
            done += batch;
            made += batch;
        }
    }
    return targets;
}

bool successfulOcsp(int status, const QByteArray &body)
{
    // A successful OCSPResponse: SEQUENCE { ENUMERATED 0, ... }; error answers are 5 bytes.
    return status == 200 && body.size() > 64 && body.startsWith('\x30');
}

void runOcspBench(PrivateCaService &service, store::SqlStore &store, const QString &storePath,
                  const OcspBenchOptions &options, const QByteArray &host)
{
    QElapsedTimer setup;
    setup.start();
    const QString single = createActiveRoot(service, api::KeyAlgorithm::EC_prime256v1,
                                            api::SigningAlgorithm::SHA256WITHECDSA,
                                            QStringLiteral("OCSP Bench Root"), true);
    std::vector<OcspTarget> oneCa =
        addOcspCertificates(service, store, {single}, options.certificates, host);
    std::printf("OCSP: 1 CA with %d certificates set up in %.1f s\n", options.certificates,
                double(setup.elapsed()) / 1000);
    std::fflush(stdout);

    std::atomic<qint64> served{0};
    const auto preProduce = [&](const std::vector<OcspTarget> &targets, const char *name) {
        // One in-process pass signs every response (what a cold cache costs).
        QElapsedTimer timer;
        timer.start();
        const qint64 before = service.ocspStatistics().signatures;
        qint64 failed = 0;
        for (const OcspTarget &target : targets) {
            const QByteArray der = target.post.mid(target.post.indexOf("\r\n\r\n") + 4);
            if (service.answerOcspRequest(der).size() < 64)
                ++failed;
        }
        const double seconds = double(timer.elapsed()) / 1000;
        std::printf("  pre-producing (%s): %lld signatures in %.1f s, %.0f/s in-process, %lld "
                    "failed\n",
                    name, service.ocspStatistics().signatures - before, seconds,
                    double(targets.size()) / qMax(0.001, seconds), failed);
        std::fflush(stdout);
    };
    const auto httpPhases = [&](const std::vector<OcspTarget> &targets, const char *label) {
        std::vector<std::mt19937> randoms;
        for (int t = 0; t < options.loadThreads; ++t)
            randoms.emplace_back(quint32(t + 1));
        for (const bool viaGet : {false, true}) {
            const qint64 signaturesBefore = service.ocspStatistics().signatures;
            PhaseResult r = runHttpPhase(
                options.port, options.loadThreads, options.connections, options.duration,
                [&](int t) {
                    const OcspTarget &target =
                        targets[size_t(randoms[size_t(t)]()) % targets.size()];
                    return viaGet ? target.get : target.post;
                },
                [](int, int status, const QByteArray &body) {
                    return successfulOcsp(status, body);
                });
            served += r.requests + r.errors;
            const QByteArray name = QByteArray(label) + (viaGet ? ", GET" : ", POST");
            printRow(name.constData(), r);
            std::printf("    (%lld responses signed during the phase)\n",
                        service.ocspStatistics().signatures - signaturesBefore);
        }
    };

    QString filesBefore;
    qint64 bytesBefore = 0;
    const auto settle = [&] {
        // Everything signed so far is audited now, and the WAL checkpointed: from here on the
        // store must not change.
        service.flushOcspSigningAudit();
        store.checkpoint();
        filesBefore.clear();
        bytesBefore = directoryBytes(storePath, &filesBefore);
        std::printf("  store: %lld bytes (%s)\n", bytesBefore, qPrintable(filesBefore.trimmed()));
        std::fflush(stdout);
    };
    preProduce(oneCa, "1 CA");
    settle();
    httpPhases(oneCa, "1 CA");

    if (options.cas > 1) {
        setup.restart();
        QStringList arns{single};
        std::atomic<int> next{1};
        QMutex guard;
        std::vector<std::thread> creators;
        for (int t = 0; t < 2; ++t) {
            creators.emplace_back([&] {
                for (int i = next.fetch_add(1); i < options.cas; i = next.fetch_add(1)) {
                    const QString arn =
                        createActiveRoot(service, api::KeyAlgorithm::EC_prime256v1,
                                         api::SigningAlgorithm::SHA256WITHECDSA,
                                         QStringLiteral("OCSP Bench Root %1").arg(i), true);
                    QMutexLocker lock(&guard);
                    arns << arn;
                }
            });
        }
        for (std::thread &creator : creators)
            creator.join();
        std::vector<OcspTarget> manyCas =
            addOcspCertificates(service, store, arns.mid(1), options.certificates, host);
        std::printf("OCSP: %d CAs, %d more certificates spread over them, set up in %.1f s\n",
                    options.cas, options.certificates, double(setup.elapsed()) / 1000);
        preProduce(manyCas, "1,000 CAs");
        settle();
        httpPhases(manyCas, "1,000 CAs");
        // The volume runs over the certificates of the 1,000 CAs: together with the first CA's
        // they would exceed what the default response cache holds (about 1.1 KB a response).
        oneCa = std::move(manyCas);
    }

    // More POSTs until the volume is reached.
    while (served.load() < options.requests) {
        std::mt19937 random(quint32(served.load()));
        PhaseResult r = runHttpPhase(
            options.port, options.loadThreads, options.connections, options.duration,
            [&](int) { return oneCa[size_t(random()) % oneCa.size()].post; },
            [](int, int status, const QByteArray &body) { return successfulOcsp(status, body); });
        served += r.requests + r.errors;
        printRow(options.cas > 1 ? "1,000 CAs, POST (volume)" : "1 CA, POST (volume)", r);
    }
    QString filesAfter;
    const qint64 bytesAfter = directoryBytes(storePath, &filesAfter);
    const PrivateCaService::OcspStatistics stats = service.ocspStatistics();
    std::printf("  store after %lld OCSP requests over HTTP: %lld bytes (%s); before them: "
                "%lld bytes (%s)\n",
                served.load(), bytesAfter, qPrintable(filesAfter.trimmed()), bytesBefore,
                qPrintable(filesBefore.trimmed()));
    std::printf("  responses held: %lld (%lld bytes); signatures: %lld; issuer index builds: "
                "%lld\n",
                qint64(stats.cachedResponses), qint64(stats.cachedBytes), stats.signatures,
                stats.issuerIndexBuilds);
    std::printf("Goals: >= 20000 OCSP responses/s, p99 < 10 ms; store size unchanged.\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("privateca-server throughput benchmark"));
    parser.addHelpOption();
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            QStringLiteral("Seconds per phase (default 5)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption connectionsOption(
        QStringLiteral("connections"),
        QStringLiteral("Concurrent keep-alive connections (default 32)."), QStringLiteral("N"),
        QStringLiteral("32"));
    const QCommandLineOption loadThreadsOption(
        QStringLiteral("load-threads"),
        QStringLiteral("Threads of the load generator (default 1)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption ioOption(QStringLiteral("io-threads"),
                                      QStringLiteral("Server I/O threads (default 2)."),
                                      QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption handlerOption(QStringLiteral("handler-threads"),
                                           QStringLiteral("Server handler threads (default 64)."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QStringLiteral("IssueCertificate requests per second the http-issue-at-rate phase "
                       "offers (default 3000)."),
        QStringLiteral("PER_SECOND"), QStringLiteral("3000"));
    const QCommandLineOption getRateOption(
        QStringLiteral("get-rate"),
        QStringLiteral("GetCertificate requests per second the http-get-at-rate phase offers "
                       "(default 10000)."),
        QStringLiteral("PER_SECOND"), QStringLiteral("10000"));
    const QCommandLineOption rateConnectionsOption(
        QStringLiteral("rate-connections"),
        QStringLiteral("Connections of the *-at-rate phases (default 64)."), QStringLiteral("N"),
        QStringLiteral("64"));
    const QCommandLineOption phasesOption(
        QStringLiteral("phases"),
        QStringLiteral("Comma-separated phases to run (default: "
                       "engine-issue,http-issue,http-issue-iam-user,http-issue-at-rate,engine-get,"
                       "http-get,http-get-at-rate; also http-get-during-rsa4096-issue, ocsp)."),
        QStringLiteral("LIST"),
        QStringLiteral("engine-issue,http-issue,http-issue-iam-user,http-issue-at-rate,engine-get,"
                       "http-get,http-get-at-rate"));
    const QCommandLineOption noCallersOption(
        QStringLiteral("no-callers"),
        QStringLiteral("Serve without IAM callers and without the event history (the server's "
                       "own key only), to see what they cost."));
    const QCommandLineOption ocspCertificatesOption(
        QStringLiteral("ocsp-certificates"),
        QStringLiteral("Certificates of the ocsp phase, each time (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption ocspCasOption(
        QStringLiteral("ocsp-cas"),
        QStringLiteral("CAs of the ocsp phase's second part (default "
                       "1000; 1 leaves it out)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption ocspRequestsOption(
        QStringLiteral("ocsp-requests"),
        QStringLiteral("OCSP requests the ocsp phase answers at least (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOptions({durationOption, connectionsOption, loadThreadsOption, rateOption,
                       getRateOption, rateConnectionsOption, ioOption, handlerOption, phasesOption,
                       noCallersOption, ocspCertificatesOption, ocspCasOption, ocspRequestsOption});
    parser.process(app);
    const double duration = qMax(0.5, parser.value(durationOption).toDouble());
    const int connections = qMax(1, parser.value(connectionsOption).toInt());
    const int loadThreads = qBound(1, parser.value(loadThreadsOption).toInt(), connections);
    const QStringList phases = parser.value(phasesOption).split(QLatin1Char(','));
    const double rate = qMax(1.0, parser.value(rateOption).toDouble());
    const double getRate = qMax(1.0, parser.value(getRateOption).toDouble());
    const int rateConnections = qMax(1, parser.value(rateConnectionsOption).toInt());

    QTemporaryDir directory;
    store::StoreOptions storeOptions;
    storeOptions.directory = directory.path();
    auto store =
        store::SqlStore::create(storeOptions, "bench passphrase",
                                {QStringLiteral("123456789012"), QStringLiteral("us-east-1")});
    SystemClock clock;
    PrivateCaService service(*store, clock);
    const QString caArn = createActiveRoot(service);
    const QByteArray csr = makeLeafCsr();

    const AccessKey key{"AKPCBENCHMARK0000000", "bench-secret-access-key"};
    ApiServerOptions options;
    options.http.ioThreads = parser.value(ioOption).toInt();
    options.http.handlerThreads = parser.value(handlerOption).toInt();
    // As privateca-server runs: IAM callers and every call recorded in the event history.
    const bool callers = !parser.isSet(noCallersOption);
    IdentityService identity(*store, clock);
    EventHistory events(*store, clock);
    if (callers) {
        options.identity = &identity;
        options.events = &events;
    }
    // An IAM user allowed to issue end-entity certificates from the CA and nothing else: its
    // calls go through the identity policy's evaluation (the condition on the template too).
    identity.createUser(QStringLiteral("bench-issuer"), QStringLiteral("/"), {});
    identity.putUserPolicy(
        QStringLiteral("bench-issuer"), QStringLiteral("issue"),
        QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                       "\"Action\":[\"acm-pca:IssueCertificate\",\"acm-pca:GetCertificate\"],"
                       "\"Resource\":\"%1\",\"Condition\":{\"ArnLike\":{"
                       "\"acm-pca:TemplateArn\":\"arn:aws:acm-pca:::template/EndEntity*\"}}}]}")
            .arg(caArn));
    const api::iam::AccessKey userKey = identity.createAccessKey(QStringLiteral("bench-issuer"));
    const AccessKey iamKey{userKey.accessKeyId.toLatin1(), userKey.secretAccessKey.toLatin1()};
    ApiServer server(service, clock, {key}, options);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "listen failed: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const quint16 port = server.serverPort();

    std::printf("privateca-server benchmark: %d connections on %d load thread(s), %.1f s per "
                "phase, %d cores; server: %d I/O + %d handler threads; %s\n",
                connections, loadThreads, duration, QThread::idealThreadCount(),
                options.http.ioThreads, options.http.handlerThreads,
                callers ? "IAM callers and event history on" : "server key only, no events");

    // The load generator runs while the main thread serves the listening socket.
    QThread *load = QThread::create([&] {
        api::IssueCertificateRequest issue;
        issue.certificateAuthorityArn = caArn;
        issue.csr = csr;
        issue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        issue.validity = {30, api::ValidityPeriodType::DAYS};
        const QByteArray issueBody =
            QJsonDocument(api::toJson(issue)).toJson(QJsonDocument::Compact);

        // Two sets: the mixed phase runs two load generators at once.
        std::vector<std::unique_ptr<SigV4Signer>> signers;
        std::vector<std::unique_ptr<SigV4Signer>> userSigners;
        for (int t = 0; t < 2 * loadThreads; ++t) {
            signers.push_back(std::make_unique<SigV4Signer>(key, "us-east-1", "acm-pca"));
            userSigners.push_back(std::make_unique<SigV4Signer>(iamKey, "us-east-1", "acm-pca"));
        }
        const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
        bool asUser = false; // sign with the IAM user's key (the http-issue-iam-user phase)
        const auto signedRequest = [&](int thread, const char *operation, QByteArray body) {
            HttpRequest request;
            request.method = "POST";
            request.path = "/";
            request.headers = {{"Host", host},
                               {"Content-Type", "application/x-amz-json-1.1"},
                               {"X-Amz-Target", QByteArray("ACMPrivateCA.") + operation}};
            request.body = std::move(body);
            (asUser ? userSigners : signers)[size_t(thread)]->sign(
                request, QDateTime::currentMSecsSinceEpoch());
            return request.serialize();
        };

        std::vector<QStringList> issued(static_cast<size_t>(qMax(connections, loadThreads)));
        std::printf("IssueCertificate (P-256 CA, EndEntityCertificate, SHA256WITHECDSA):\n");
        if (phases.contains(QStringLiteral("engine-issue"))) {
            PhaseResult r = withCommitCount(*store, [&] {
                return runEnginePhase(connections, duration, [&](int i) {
                    try {
                        issued[size_t(i)].append(*service.issueCertificate(issue).certificateArn);
                        return true;
                    } catch (const PcaError &) {
                        return false;
                    }
                });
            });
            printRow("in-process (engine call)", r);
        }
        const auto makeIssue = [&](int t) {
            return signedRequest(t, "IssueCertificate", issueBody);
        };
        const auto checkIssue = [&](int t, int status, const QByteArray &body) {
            if (status != 200)
                return false;
            issued[size_t(t)].append(QJsonDocument::fromJson(body)
                                         .object()
                                         .value(QStringLiteral("CertificateArn"))
                                         .toString());
            return true;
        };
        if (phases.contains(QStringLiteral("http-issue"))) {
            PhaseResult r = withCommitCount(*store, [&] {
                return runHttpPhase(port, loadThreads, connections, duration, makeIssue,
                                    checkIssue);
            });
            printRow("HTTP + SigV4 (server key)", r);
        }
        if (phases.contains(QStringLiteral("http-issue-iam-user")) && callers) {
            asUser = true;
            PhaseResult r = withCommitCount(*store, [&] {
                return runHttpPhase(port, loadThreads, connections, duration, makeIssue,
                                    checkIssue);
            });
            asUser = false;
            printRow("HTTP + SigV4 (IAM user)", r);
        }
        if (phases.contains(QStringLiteral("http-issue-at-rate"))) {
            PhaseResult r = withCommitCount(*store, [&] {
                return runHttpPhase(port, loadThreads, rateConnections, duration, makeIssue,
                                    checkIssue, rate);
            });
            printRow(offeredName(rate).constData(), r);
        }

        const auto ocspPart = [&] {
            if (!phases.contains(QStringLiteral("ocsp")))
                return;
            OcspBenchOptions ocsp;
            ocsp.certificates = qMax(1, parser.value(ocspCertificatesOption).toInt());
            ocsp.cas = qMax(1, parser.value(ocspCasOption).toInt());
            ocsp.requests = parser.value(ocspRequestsOption).toLongLong();
            ocsp.duration = duration;
            ocsp.connections = connections;
            ocsp.loadThreads = loadThreads;
            ocsp.port = port;
            runOcspBench(service, *store, directory.path(), ocsp, host);
        };
        QStringList all;
        for (const QStringList &list : issued)
            all += list;
        if (all.isEmpty()) {
            std::printf("no certificate was issued; skipping GetCertificate\n");
            ocspPart();
            return;
        }
        std::printf("GetCertificate (%lld certificates to pick from):\n", qint64(all.size()));
        std::atomic<quint64> counter{0};
        const auto nextArn = [&] {
            return all.at(qsizetype(counter.fetch_add(1) % quint64(all.size())));
        };
        if (phases.contains(QStringLiteral("engine-get"))) {
            PhaseResult r = runEnginePhase(connections, duration, [&](int) {
                try {
                    service.getCertificate({caArn, nextArn()});
                    return true;
                } catch (const PcaError &) {
                    return false;
                }
            });
            printRow("in-process (engine call)", r);
        }
        // The GetCertificate load over HTTP: a signed request for the next issued certificate.
        const auto makeGet = [&](int t) {
            QJsonObject get;
            get.insert(QStringLiteral("CertificateAuthorityArn"), caArn);
            get.insert(QStringLiteral("CertificateArn"), nextArn());
            return signedRequest(t, "GetCertificate",
                                 QJsonDocument(get).toJson(QJsonDocument::Compact));
        };
        const auto checkGet = [](int, int status, const QByteArray &body) {
            return status == 200 && body.contains("BEGIN CERTIFICATE");
        };
        if (phases.contains(QStringLiteral("http-get"))) {
            PhaseResult r =
                runHttpPhase(port, loadThreads, connections, duration, makeGet, checkGet);
            printRow("HTTP + SigV4", r);
        }
        if (phases.contains(QStringLiteral("http-get-at-rate"))) {
            PhaseResult r = runHttpPhase(port, loadThreads, rateConnections, duration, makeGet,
                                         checkGet, getRate);
            printRow(offeredName(getRate).constData(), r);
        }
        if (phases.contains(QStringLiteral("http-get-during-rsa4096-issue"))) {
            // Reads must not wait behind slow signatures: GetCertificate over HTTP while other
            // connections keep an RSA-4096 CA signing (about 7 ms of CPU per certificate).
            std::printf("GetCertificate while %d connections issue from an RSA-4096 CA:\n",
                        qMax(1, connections / 4));
            const QString rsaArn = createActiveRoot(service, api::KeyAlgorithm::RSA_4096,
                                                    api::SigningAlgorithm::SHA256WITHRSA);
            api::IssueCertificateRequest rsaIssue = issue;
            rsaIssue.certificateAuthorityArn = rsaArn;
            rsaIssue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHRSA;
            const QByteArray rsaBody =
                QJsonDocument(api::toJson(rsaIssue)).toJson(QJsonDocument::Compact);
            PhaseResult issuing;
            std::thread issuers([&] {
                issuing = runHttpPhase(
                    port, loadThreads, qMax(1, connections / 4), duration,
                    [&](int t) {
                        return signedRequest(loadThreads + t, "IssueCertificate", rsaBody);
                    },
                    [](int, int status, const QByteArray &) { return status == 200; });
            });
            PhaseResult r =
                runHttpPhase(port, loadThreads, connections, duration, makeGet, checkGet);
            issuers.join();
            printRow("HTTP GetCertificate", r);
            printRow("HTTP RSA-4096 issue", issuing);
            std::printf("  (CPU per request is the whole process's, both loads together)\n");
        }
        std::printf("Goals: >= 3000 IssueCertificate/s, >= 10000 GetCertificate/s, p99 < 20 "
                    "ms (the *-at-rate rows: latency at the offered rate, %d connections; the "
                    "others: closed loops of %d connections, rate at saturation).\n",
                    rateConnections, connections);
        ocspPart();
    });
    QObject::connect(load, &QThread::finished, &app, &QCoreApplication::quit);
    load->start();
    app.exec();
    load->wait();
    delete load;
    server.shutdown();
    return 0;
}

// bench_server: how fast privateca-server answers IssueCertificate (P-256 CA) and
// GetCertificate over HTTP with SigV4, next to the engine's own rate in the same run.
//
// One process holds the engine on a fresh store, the HTTP server (as privateca-server runs it)
// and the load generator: concurrent closed-loop clients, each on its own keep-alive
// connection, signing every request with SigV4. The machine's cores are shared by all three,
// as they are when the load generator runs beside the server. Prints figures; asserts nothing.
//
//   bench_server [--duration SECONDS] [--clients N] [--io-threads N] [--handler-threads N]
#include "ApiServer.h"
#include "BlockingHttpClient.h"
#include "SigV4.h"
#include "api/ApiJson.h"
#include "service/PrivateCaService.h"
#include "store/SqlStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>
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

// Runs `work(threadIndex)` in `threads` threads until `seconds` have passed; `work` returns
// whether the request succeeded and is timed.
template <typename Work>
PhaseResult runPhase(int threads, double seconds, Work work)
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
                const qint64 us = timer.nsecsElapsed() / 1000;
                if (ok) {
                    ++mine.requests;
                    mine.latenciesUs.push_back(us);
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
    for (PhaseResult &r : perThread) {
        total.requests += r.requests;
        total.errors += r.errors;
        total.latenciesUs.insert(total.latenciesUs.end(), r.latenciesUs.begin(),
                                 r.latenciesUs.end());
    }
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

QString createActiveRoot(PrivateCaService &service)
{
    api::CreateCertificateAuthorityRequest create;
    create.certificateAuthorityType = api::CertificateAuthorityType::ROOT;
    create.certificateAuthorityConfiguration.keyAlgorithm = api::KeyAlgorithm::EC_prime256v1;
    create.certificateAuthorityConfiguration.signingAlgorithm =
        api::SigningAlgorithm::SHA256WITHECDSA;
    create.certificateAuthorityConfiguration.subject.commonName = QStringLiteral("Bench Root");
    const QString arn = *service.createCertificateAuthority(create).certificateAuthorityArn;
    service.waitForBackgroundWork();
    api::IssueCertificateRequest issue;
    issue.certificateAuthorityArn = arn;
    issue.csr = service.getCertificateAuthorityCsr({arn}).csr->toLatin1();
    issue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
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
                "%lld errors)\n",
                name, r.rate(), r.percentileMs(0.50), r.percentileMs(0.99), cpuUs, r.requests,
                r.errors);
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
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Concurrent clients (default 32)."),
                                           QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption ioOption(QStringLiteral("io-threads"),
                                      QStringLiteral("Server I/O threads (default 2)."),
                                      QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption handlerOption(QStringLiteral("handler-threads"),
                                           QStringLiteral("Server handler threads (default 64)."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption phasesOption(
        QStringLiteral("phases"),
        QStringLiteral("Comma-separated phases to run (default: "
                       "engine-issue,http-issue,engine-get,http-get)."),
        QStringLiteral("LIST"), QStringLiteral("engine-issue,http-issue,engine-get,http-get"));
    parser.addOptions({durationOption, clientsOption, ioOption, handlerOption, phasesOption});
    parser.process(app);
    const double duration = qMax(0.5, parser.value(durationOption).toDouble());
    const int clients = qMax(1, parser.value(clientsOption).toInt());
    const QStringList phases = parser.value(phasesOption).split(QLatin1Char(','));

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
    ApiServer server(service, clock, {key}, options);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "listen failed: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const quint16 port = server.serverPort();

    std::printf("privateca-server benchmark: %d clients, %.1f s per phase, %d cores, server %d I/O "
                "+ %d handler threads\n",
                clients, duration, QThread::idealThreadCount(), options.http.ioThreads,
                options.http.handlerThreads);

    // The load generator runs while the main thread serves the listening socket.
    QThread *load = QThread::create([&] {
        api::IssueCertificateRequest issue;
        issue.certificateAuthorityArn = caArn;
        issue.csr = csr;
        issue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        issue.validity = {30, api::ValidityPeriodType::DAYS};
        const QByteArray issueBody =
            QJsonDocument(api::toJson(issue)).toJson(QJsonDocument::Compact);

        std::vector<std::unique_ptr<BlockingHttpClient>> connections;
        std::vector<std::unique_ptr<SigV4Signer>> signers;
        for (int i = 0; i < clients; ++i) {
            connections.push_back(
                std::make_unique<BlockingHttpClient>(QStringLiteral("127.0.0.1"), port));
            signers.push_back(std::make_unique<SigV4Signer>(key, "us-east-1", "acm-pca"));
        }
        const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
        std::vector<QStringList> issuedByClient(static_cast<size_t>(clients));
        auto call = [&](int i, const char *operation, const QByteArray &body, QJsonObject *output) {
            HttpRequest request;
            request.method = "POST";
            request.path = "/";
            request.headers = {{"Host", host},
                               {"Content-Type", "application/x-amz-json-1.1"},
                               {"X-Amz-Target", QByteArray("ACMPrivateCA.") + operation}};
            request.body = body;
            signers[size_t(i)]->sign(request, QDateTime::currentMSecsSinceEpoch());
            const auto response = connections[size_t(i)]->exchange(request);
            if (!response || response->status != 200)
                return false;
            if (output)
                *output = QJsonDocument::fromJson(response->body).object();
            return true;
        };

        std::printf("IssueCertificate (P-256 CA, EndEntityCertificate, SHA256WITHECDSA):\n");
        std::vector<QStringList> issuedInProcess(static_cast<size_t>(clients));
        if (phases.contains(QStringLiteral("engine-issue"))) {
            PhaseResult engineIssue = runPhase(clients, duration, [&](int i) {
                try {
                    issuedInProcess[size_t(i)].append(
                        *service.issueCertificate(issue).certificateArn);
                    return true;
                } catch (const PcaError &) {
                    return false;
                }
            });
            printRow("in-process (engine call)", engineIssue);
        }
        if (phases.contains(QStringLiteral("http-issue"))) {
            PhaseResult httpIssue = runPhase(clients, duration, [&](int i) {
                QJsonObject output;
                if (!call(i, "IssueCertificate", issueBody, &output))
                    return false;
                issuedByClient[size_t(i)].append(
                    output.value(QStringLiteral("CertificateArn")).toString());
                return true;
            });
            printRow("HTTP + SigV4", httpIssue);
        }

        QStringList issued;
        for (const QStringList &list : issuedByClient)
            issued += list;
        for (const QStringList &list : issuedInProcess)
            issued += list;
        if (issued.isEmpty()) {
            std::printf("no certificate was issued; skipping GetCertificate\n");
            return;
        }
        std::printf("GetCertificate (%lld certificates to pick from):\n", qint64(issued.size()));
        std::atomic<quint64> counter{0};
        if (phases.contains(QStringLiteral("engine-get"))) {
            PhaseResult engineGet = runPhase(clients, duration, [&](int) {
                const QString &arn =
                    issued.at(qsizetype(counter.fetch_add(1) % quint64(issued.size())));
                try {
                    service.getCertificate({caArn, arn});
                    return true;
                } catch (const PcaError &) {
                    return false;
                }
            });
            printRow("in-process (engine call)", engineGet);
        }
        if (phases.contains(QStringLiteral("http-get"))) {
            PhaseResult httpGet = runPhase(clients, duration, [&](int i) {
                const QString &arn =
                    issued.at(qsizetype(counter.fetch_add(1) % quint64(issued.size())));
                QJsonObject get;
                get.insert(QStringLiteral("CertificateAuthorityArn"), caArn);
                get.insert(QStringLiteral("CertificateArn"), arn);
                return call(i, "GetCertificate", QJsonDocument(get).toJson(QJsonDocument::Compact),
                            nullptr);
            });
            printRow("HTTP + SigV4", httpGet);
        }
        std::printf("Goals: >= 3000 IssueCertificate/s, >= 10000 GetCertificate/s, p99 < 20 ms.\n");
    });
    QObject::connect(load, &QThread::finished, &app, &QCoreApplication::quit);
    load->start();
    app.exec();
    load->wait();
    delete load;
    server.shutdown();
    return 0;
}

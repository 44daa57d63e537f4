// bench_scale_out: IssueCertificate per second and latency with 1, 2 and 3 privateca-server
// processes on one PostgreSQL store, next to one server on a SQLite store in the same run.
//
// Everything runs on this machine: a private PostgreSQL cluster (tests/postgres/cluster.sh,
// fsync on, as a team would run it), the servers (real privateca-server processes, event
// history on) and the load generator (closed-loop keep-alive connections, each signing with
// SigV4, spread round-robin over the servers the way a load balancer would). So the figures
// say what this machine's cores do, and the CPU time each part used says where the time goes:
// with every part sharing two cores, the sum of CPU shares is the limit, not any one server.
//
//   bench_scale_out [--seconds N] [--connections N] [--instances 1,2,3]
//
// Prints figures; asserts nothing.
#include "BlockingHttpClient.h"
#include "SigV4.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace pca;
using namespace pca::server;

namespace {

const QByteArray kKeyId = "AKIABENCHSCALEOUT001";
const QByteArray kSecret = "bench/scale/out/secret/key/0123456789abc";

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_scale_out: %s\n", qPrintable(why));
    std::exit(1);
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        die(QStringLiteral("%1 %2 failed: %3")
                .arg(program, arguments.join(QLatin1Char(' ')),
                     QString::fromUtf8(process.readAllStandardError())));
    return process.readAllStandardOutput();
}

// CPU seconds (user + system) of a process and its exited children so far.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // Fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14 after the command.
    double ticks = 0;
    for (int i = 11; i <= 14 && i < fields.size(); ++i)
        ticks += fields.at(i).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

// Every process whose parent is `parent` (the PostgreSQL postmaster's backends).
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> out;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            out << pid;
    }
    return out;
}

class Server
{
public:
    Server(const QString &dataDir, const QString &passphraseFile, const QStringList &extra)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRIVATECA_ACCESS_KEY_ID"), QString::fromLatin1(kKeyId));
        environment.insert(QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY"),
                           QString::fromLatin1(kSecret));
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(PRIVATECA_SERVER_BINARY),
                        QStringList{QStringLiteral("--data-dir"), dataDir,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--passphrase-file"), passphraseFile} +
                            extra);
        static const QRegularExpression listening(
            QStringLiteral("Listening on http://[0-9.]+:([0-9]+)"));
        QByteArray out;
        const QDeadlineTimer deadline(60'000);
        while (!deadline.hasExpired()) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        die(QStringLiteral("privateca-server did not start: ") +
            QString::fromUtf8(m_process.readAllStandardError()));
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30'000))
            m_process.kill();
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

class Client
{
public:
    explicit Client(quint16 port)
        : m_http(QStringLiteral("127.0.0.1"), port)
        , m_host(QByteArrayLiteral("127.0.0.1:") + QByteArray::number(port))
        , m_signer({kKeyId, kSecret}, "us-east-1", "acm-pca")
    {}

    std::optional<HttpClientResponse> call(const char *operation, const QJsonObject &body)
    {
        HttpRequest request;
        request.method = "POST";
        request.path = "/";
        request.headers = {{"Host", m_host},
                           {"Content-Type", "application/x-amz-json-1.1"},
                           {"X-Amz-Target", QByteArray("ACMPrivateCA.") + operation}};
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        m_signer.sign(request, QDateTime::currentMSecsSinceEpoch());
        return m_http.exchange(request);
    }

    QJsonObject must(const char *operation, const QJsonObject &body)
    {
        const auto response = call(operation, body);
        if (!response || response->status != 200)
            die(QStringLiteral("%1 failed: %2")
                    .arg(QLatin1String(operation), response ? QString::fromUtf8(response->body)
                                                            : QStringLiteral("no answer")));
        return QJsonDocument::fromJson(response->body).object();
    }

    // Retries while the answer is RequestInProgressException (key or certificate not ready).
    QJsonObject await(const char *operation, const QJsonObject &body)
    {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto response = call(operation, body);
            if (response && response->status == 200)
                return QJsonDocument::fromJson(response->body).object();
            if (!response || !response->body.contains("RequestInProgress"))
                die(QStringLiteral("%1 failed: %2")
                        .arg(QLatin1String(operation), response ? QString::fromUtf8(response->body)
                                                                : QStringLiteral("no answer")));
            QThread::msleep(50);
        }
        die(QStringLiteral("%1 never completed").arg(QLatin1String(operation)));
    }

private:
    BlockingHttpClient m_http;
    QByteArray m_host;
    SigV4Signer m_signer;
};

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// An active P-256 root CA, made through the API.
QString createActiveRoot(Client &client)
{
    const QJsonObject subject{{QStringLiteral("CommonName"), QStringLiteral("Bench Root")}};
    const QString arn =
        client
            .must("CreateCertificateAuthority",
                  {{QStringLiteral("CertificateAuthorityType"), QStringLiteral("ROOT")},
                   {QStringLiteral("CertificateAuthorityConfiguration"),
                    QJsonObject{
                        {QStringLiteral("KeyAlgorithm"), QStringLiteral("EC_prime256v1")},
                        {QStringLiteral("SigningAlgorithm"), QStringLiteral("SHA256WITHECDSA")},
                        {QStringLiteral("Subject"), subject}}}})
            .value(QStringLiteral("CertificateAuthorityArn"))
            .toString();
    const QString csr =
        client
            .await("GetCertificateAuthorityCsr", {{QStringLiteral("CertificateAuthorityArn"), arn}})
            .value(QStringLiteral("Csr"))
            .toString();
    const QString certificateArn =
        client
            .must("IssueCertificate",
                  {{QStringLiteral("CertificateAuthorityArn"), arn},
                   {QStringLiteral("Csr"), base64(csr.toUtf8())},
                   {QStringLiteral("SigningAlgorithm"), QStringLiteral("SHA256WITHECDSA")},
                   {QStringLiteral("TemplateArn"),
                    QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1")},
                   {QStringLiteral("Validity"),
                    QJsonObject{{QStringLiteral("Value"), 5},
                                {QStringLiteral("Type"), QStringLiteral("YEARS")}}}})
            .value(QStringLiteral("CertificateArn"))
            .toString();
    const QString certificate =
        client
            .await("GetCertificate", {{QStringLiteral("CertificateAuthorityArn"), arn},
                                      {QStringLiteral("CertificateArn"), certificateArn}})
            .value(QStringLiteral("Certificate"))
            .toString();
    client.must("ImportCertificateAuthorityCertificate",
                {{QStringLiteral("CertificateAuthorityArn"), arn},
                 {QStringLiteral("Certificate"), base64(certificate.toUtf8())}});
    return arn;
}

struct Figures
{
    qint64 issued = 0;
    qint64 errors = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
};

Figures load(const QList<quint16> &ports, const QString &caArn, const QByteArray &csr,
             int connections, double seconds)
{
    std::atomic<bool> stop{false};
    std::vector<std::vector<qint64>> latencies(static_cast<size_t>(connections));
    std::vector<qint64> errors(static_cast<size_t>(connections), 0);
    const QJsonObject issue{{QStringLiteral("CertificateAuthorityArn"), caArn},
                            {QStringLiteral("Csr"), base64(csr)},
                            {QStringLiteral("SigningAlgorithm"), QStringLiteral("SHA256WITHECDSA")},
                            {QStringLiteral("Validity"),
                             QJsonObject{{QStringLiteral("Value"), 7},
                                         {QStringLiteral("Type"), QStringLiteral("DAYS")}}}};
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            Client client(ports.at(c % ports.size()));
            QElapsedTimer timer;
            while (!stop.load(std::memory_order_relaxed)) {
                timer.start();
                const auto response = client.call("IssueCertificate", issue);
                if (response && response->status == 200)
                    latencies[size_t(c)].push_back(timer.nsecsElapsed() / 1000);
                else
                    ++errors[size_t(c)];
            }
        });
    }
    QThread::msleep(qint64(seconds * 1000));
    stop = true;
    for (auto &thread : threads)
        thread.join();
    Figures figures;
    figures.seconds = double(wall.nsecsElapsed()) / 1e9;
    std::vector<qint64> all;
    for (const auto &list : latencies)
        all.insert(all.end(), list.begin(), list.end());
    for (qint64 e : errors)
        figures.errors += e;
    std::sort(all.begin(), all.end());
    figures.issued = qint64(all.size());
    if (!all.empty()) {
        figures.p50Ms = double(all[all.size() / 2]) / 1000.0;
        figures.p99Ms = double(all[std::min(all.size() - 1, all.size() * 99 / 100)]) / 1000.0;
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds of load per phase."),
                                           QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Client connections."),
                                               QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption instancesOption(QStringLiteral("instances"),
                                             QStringLiteral("PostgreSQL phases (server counts)."),
                                             QStringLiteral("LIST"), QStringLiteral("1,2,3"));
    parser.addOptions({secondsOption, connectionsOption, instancesOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const int connections = parser.value(connectionsOption).toInt();

    QTemporaryDir root(QDir::tempPath() + QStringLiteral("/bench-scale-XXXXXX"));
    const QString passphrase = QDir(root.path()).filePath(QStringLiteral("passphrase"));
    {
        QFile file(passphrase);
        file.open(QIODevice::WriteOnly);
        file.write("bench scale out passphrase\n");
    }
    QByteArray csr;
    {
        const QString key = QDir(root.path()).filePath(QStringLiteral("leaf.key"));
        csr = run(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-subj"),
                   QStringLiteral("/CN=bench.example")});
    }

    // The PostgreSQL cluster: fsync on (the tests' cluster turns it off; a team's would not).
    const QString pgDir = QStringLiteral("/tmp/privateca-bench-pg-%1").arg(getpid());
    const QString cluster = QStringLiteral(PRIVATECA_SOURCE_DIR "/tests/postgres/cluster.sh");
    run(QStringLiteral("bash"), {cluster, QStringLiteral("start"), pgDir});
    // The test cluster runs with fsync=off; restarted without it, as a team's would run.
    QProcess reload;
    reload.start(
        QStringLiteral("bash"),
        {QStringLiteral("-c"),
         QStringLiteral("bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); "
                        "if [ $(id -u) = 0 ]; then runuser -u postgres -- $bin/pg_ctl -D "
                        "%1/data -m fast -w restart -o \"-c listen_addresses='' -c "
                        "unix_socket_directories='%1' -c max_connections=300\" >/dev/null; "
                        "else $bin/pg_ctl -D %1/data -m fast -w restart -o \"-c "
                        "listen_addresses='' -c unix_socket_directories='%1' -c "
                        "max_connections=300\" >/dev/null; fi")
             .arg(pgDir)});
    reload.waitForFinished(120'000);
    qint64 postmaster = 0;
    {
        QFile pidFile(pgDir + QStringLiteral("/data/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            postmaster = pidFile.readLine().trimmed().toLongLong();
    }
    const QString url = QStringLiteral("postgresql://privateca@%1/privateca_test?schema=bench")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(pgDir)));

    std::printf("IssueCertificate (P-256 CA, SHA256WITHECDSA) over HTTP + SigV4, %d keep-alive "
                "connections, %.0f s per phase, %d cores shared by servers, PostgreSQL and the "
                "load generator:\n\n",
                connections, seconds, QThread::idealThreadCount());
    std::printf("%-28s %10s %9s %9s %8s   CPU s: %s\n", "store / servers", "issues/s", "p50 ms",
                "p99 ms", "errors", "servers + postgres + load generator");
    double reference = 0;
    const auto report = [&](const QString &label, const Figures &f, double serverCpu,
                            double postgresCpu, double selfCpu) {
        const double rate = double(f.issued) / f.seconds;
        if (reference == 0)
            reference = rate;
        std::printf(
            "%-28s %10.0f %9.1f %9.1f %8lld   %.1f + %.1f + %.1f (%.0f%% of SQLite's rate)\n",
            qPrintable(label), rate, f.p50Ms, f.p99Ms, static_cast<long long>(f.errors), serverCpu,
            postgresCpu, selfCpu, 100.0 * rate / reference);
        std::fflush(stdout);
    };

    {
        // The reference: one server on a SQLite store.
        Server server(QDir(root.path()).filePath(QStringLiteral("sqlite")), passphrase, {});
        Client setup(server.port());
        const QString ca = createActiveRoot(setup);
        const double serverBefore = cpuSeconds(server.pid());
        const double selfBefore = cpuSeconds(getpid());
        const Figures f = load({server.port()}, ca, csr, connections, seconds);
        report(QStringLiteral("SQLite, 1 server"), f, cpuSeconds(server.pid()) - serverBefore, 0,
               cpuSeconds(getpid()) - selfBefore);
    }

    QString ca;
    for (const QString &count : parser.value(instancesOption).split(QLatin1Char(','))) {
        const int n = count.toInt();
        if (n < 1)
            continue;
        std::vector<std::unique_ptr<Server>> servers;
        QList<quint16> ports;
        for (int i = 0; i < n; ++i) {
            servers.push_back(std::make_unique<Server>(
                QDir(root.path()).filePath(QStringLiteral("pg-server-%1").arg(i)), passphrase,
                QStringList{QStringLiteral("--store"), url}));
            ports << servers.back()->port();
        }
        if (ca.isEmpty()) {
            Client setup(ports.first());
            ca = createActiveRoot(setup);
        }
        const auto postgresCpu = [postmaster] {
            double total = cpuSeconds(postmaster);
            for (qint64 child : childrenOf(postmaster))
                total += cpuSeconds(child);
            return total;
        };
        double serverBefore = 0;
        for (const auto &server : servers)
            serverBefore += cpuSeconds(server->pid());
        const double pgBefore = postgresCpu();
        const double selfBefore = cpuSeconds(getpid());
        const Figures f = load(ports, ca, csr, connections, seconds);
        double serverAfter = 0;
        for (const auto &server : servers)
            serverAfter += cpuSeconds(server->pid());
        report(QStringLiteral("PostgreSQL, %1 server%2").arg(n).arg(n > 1 ? "s" : ""), f,
               serverAfter - serverBefore, postgresCpu() - pgBefore,
               cpuSeconds(getpid()) - selfBefore);
    }
    run(QStringLiteral("bash"), {cluster, QStringLiteral("stop"), pgDir});
    return 0;
}

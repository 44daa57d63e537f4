#include "HostileTraffic.h"

#include "BlockingHttpClient.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <atomic>
#include <thread>
#include <vector>

namespace pca::test {

using server::HttpHeader;
using server::HttpRequest;

QString HostileTrafficReport::describe() const
{
    QStringList counts;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        counts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    return QStringLiteral("%1 requests (%2), %3 CAs created, %4 problems%5")
        .arg(requests)
        .arg(counts.join(QStringLiteral(", ")))
        .arg(caCreated)
        .arg(problemCount)
        .arg(problems.isEmpty() ? QString()
                                : QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  ")));
}

namespace {

const char *const kOperations[] = {"CreateCertificateAuthority",
                                   "CreateCertificateAuthorityAuditReport",
                                   "CreatePermission",
                                   "DeleteCertificateAuthority",
                                   "DeletePermission",
                                   "DeletePolicy",
                                   "DescribeCertificateAuthority",
                                   "DescribeCertificateAuthorityAuditReport",
                                   "GetCertificate",
                                   "GetCertificateAuthorityCertificate",
                                   "GetCertificateAuthorityCsr",
                                   "GetPolicy",
                                   "ImportCertificateAuthorityCertificate",
                                   "IssueCertificate",
                                   "ListCertificateAuthorities",
                                   "ListPermissions",
                                   "ListTags",
                                   "PutPolicy",
                                   "RestoreCertificateAuthority",
                                   "RevokeCertificate",
                                   "TagCertificateAuthority",
                                   "UntagCertificateAuthority",
                                   "UpdateCertificateAuthority",
                                   "NoSuchOperation"};

QByteArray createCaBody(QRandomGenerator &random)
{
    QJsonObject config{{"KeyAlgorithm", "EC_prime256v1"},
                       {"SigningAlgorithm", "SHA256WITHECDSA"},
                       {"Subject", QJsonObject{{"CommonName", "Hostile"}}}};
    if (random.bounded(2)) {
        // The extension of the double free, broken in several ways.
        const QJsonObject locations[] = {QJsonObject{}, QJsonObject{{"IpAddress", "x"}},
                                         QJsonObject{{"DnsName", "a"}, {"IpAddress", "1.2.3.4"}},
                                         QJsonObject{{"UniformResourceIdentifier", "http://a/"}}};
        config.insert(
            "CsrExtensions",
            QJsonObject{{"SubjectInformationAccess",
                         QJsonArray{QJsonObject{
                             {"AccessMethod", QJsonObject{{"AccessMethodType", "CA_REPOSITORY"}}},
                             {"AccessLocation", locations[random.bounded(4)]}}}}});
    }
    return QJsonDocument(QJsonObject{{"CertificateAuthorityType", "ROOT"},
                                     {"CertificateAuthorityConfiguration", config}})
        .toJson(QJsonDocument::Compact);
}

// A plausible body for an operation, naming a CA the traffic knows.
QByteArray plausibleBody(QRandomGenerator &random, const QString &operation, const QString &caArn)
{
    QJsonObject o{{"CertificateAuthorityArn", caArn}};
    if (operation == QLatin1String("IssueCertificate")) {
        const QByteArray csrs[] = {
            "not a csr",
            "-----BEGIN CERTIFICATE REQUEST-----\nProc-Type: 4,ENCRYPTED\n\nAAAA\n-----END "
            "CERTIFICATE REQUEST-----\n",
            QByteArray::fromHex("3003020100"), QByteArray(300, '\x30')};
        o.insert("Csr", QString::fromLatin1(csrs[random.bounded(4)].toBase64()));
        o.insert("SigningAlgorithm", "SHA256WITHECDSA");
        o.insert("Validity", QJsonObject{{"Value", 1}, {"Type", "DAYS"}});
    } else if (operation == QLatin1String("ImportCertificateAuthorityCertificate")) {
        o.insert("Certificate",
                 QString::fromLatin1(QByteArray("-----BEGIN CERTIFICATE-----\nProc-Type: "
                                                "4,ENCRYPTED\nDEK-Info: DES-CBC,00\n\nAAAA\n-----"
                                                "END CERTIFICATE-----\n")
                                         .toBase64()));
    } else if (operation == QLatin1String("TagCertificateAuthority") ||
               operation == QLatin1String("UntagCertificateAuthority")) {
        o.insert("Tags", QJsonArray{QJsonObject{{"Key", "k"}, {"Value", "v"}}});
    } else if (operation == QLatin1String("PutPolicy")) {
        o = QJsonObject{{"ResourceArn", caArn}, {"Policy", "{\"Version\": \"2012-10-17\"}"}};
    } else if (operation == QLatin1String("ListCertificateAuthorities")) {
        o = QJsonObject{{"MaxResults", int(random.bounded(1, 1001))}};
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A random mutation of a JSON text: bytes flipped, control characters, truncation, BER-ish
// numbers, bad escapes, deep nesting, invalid UTF-8.
QByteArray mutate(QRandomGenerator &random, QByteArray body)
{
    const int rounds = 1 + int(random.bounded(3));
    for (int r = 0; r < rounds && !body.isEmpty(); ++r) {
        const qsizetype at = qsizetype(random.bounded(quint32(body.size())));
        switch (random.bounded(9)) {
        case 0:
            body[at] = char(random.bounded(256));
            break;
        case 1:
            body.insert(at, char(random.bounded(32)));
            break;
        case 2:
            body.truncate(at);
            break;
        case 3:
            body.insert(at, "1.");
            break;
        case 4:
            body.insert(at, "\\x41");
            break;
        case 5:
            body = QByteArray(int(random.bounded(200)), '[') + body;
            break;
        case 6:
            body.insert(at, "\xc3\x28\xed\xa0\x80");
            break;
        case 7:
            body.insert(at, body.mid(at, 40));
            break;
        default:
            body.replace(at, 1, "\"\\ud800\"");
            break;
        }
    }
    return body;
}

class Worker
{
public:
    Worker(const HostileTrafficOptions &options, int index, std::atomic<qint64> &caCount,
           std::vector<QString> &cas, QMutex &casMutex)
        : m_options(options)
        , m_random(options.seed * 7919 + quint64(index))
        , m_client(options.host, options.port)
        , m_signer(options.key, options.region, "acm-pca")
        , m_caCount(caCount)
        , m_cas(cas)
        , m_casMutex(casMutex)
    {}

    void run(const QDeadlineTimer &deadline)
    {
        while (!deadline.hasExpired())
            step();
    }

    HostileTrafficReport report;

private:
    QString someCa()
    {
        QMutexLocker lock(&m_casMutex);
        if (m_cas.empty())
            return QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                                  "11111111-2222-3333-4444-555555555555");
        return m_cas[m_random.bounded(quint32(m_cas.size()))];
    }

    HttpRequest signedRequest(const QString &operation, const QByteArray &body)
    {
        HttpRequest request;
        request.method = "POST";
        request.path = "/";
        request.headers = {
            {"Host", QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port).toLatin1()},
            {"Content-Type", "application/x-amz-json-1.1"},
            {"X-Amz-Target", "ACMPrivateCA." + operation.toLatin1()}};
        request.body = body;
        m_signer.sign(request, QDateTime::currentMSecsSinceEpoch());
        return request;
    }

    void problem(const QString &what)
    {
        ++report.problemCount;
        if (report.problems.size() < 10)
            report.problems << what;
    }

    // Sends on the keep-alive connection; every signed request must be answered without 5xx.
    std::optional<server::HttpClientResponse> exchange(const HttpRequest &request,
                                                       const QString &what)
    {
        ++report.requests;
        auto response = m_client.exchange(request, 60'000);
        if (!response) {
            problem(QStringLiteral("no answer to %1: %2").arg(what, m_client.errorString()));
            m_client.disconnect();
            return std::nullopt;
        }
        ++report.statuses[response->status];
        if (response->status >= 500)
            problem(QStringLiteral("%1 answered %2: %3")
                        .arg(what)
                        .arg(response->status)
                        .arg(QString::fromUtf8(response->body.left(300))));
        if (response->header("connection").toLower() == "close")
            m_client.disconnect();
        return response;
    }

    void createCa()
    {
        const auto response = exchange(
            signedRequest(QStringLiteral("CreateCertificateAuthority"), createCaBody(m_random)),
            QStringLiteral("CreateCertificateAuthority"));
        if (!response || response->status != 200)
            return;
        const QString arn = QJsonDocument::fromJson(response->body)
                                .object()
                                .value(QStringLiteral("CertificateAuthorityArn"))
                                .toString();
        ++m_caCount;
        ++report.caCreated;
        QMutexLocker lock(&m_casMutex);
        m_cas.push_back(arn);
        if (m_cas.size() > 20) {
            const QString old = m_cas.front();
            m_cas.erase(m_cas.begin());
            lock.unlock();
            exchange(signedRequest(QStringLiteral("DeleteCertificateAuthority"),
                                   QJsonDocument(QJsonObject{{"CertificateAuthorityArn", old}})
                                       .toJson(QJsonDocument::Compact)),
                     QStringLiteral("DeleteCertificateAuthority"));
        }
    }

    void badAuthorization()
    {
        HttpRequest request = signedRequest(QStringLiteral("ListCertificateAuthorities"), "{}");
        QByteArray authorization = request.header("authorization");
        switch (m_random.bounded(6)) {
        case 0:
            authorization += ", Signature=" + authorization.right(64);
            break;
        case 1:
            authorization += ", Foo=bar";
            break;
        case 2:
            authorization = authorization.chopped(64) + authorization.right(64).toUpper();
            break;
        case 3:
            request.headers.append(HttpHeader{"Authorization", authorization});
            break;
        case 4:
            request.headers.append(HttpHeader{"X-Amz-Security-Token", "token"});
            break;
        default:
            authorization.clear();
            break;
        }
        for (HttpHeader &h : request.headers) {
            if (h.name == "Authorization") {
                h.value = authorization;
                break;
            }
        }
        const auto response = exchange(request, QStringLiteral("a malformed Authorization"));
        if (response && response->status == 200)
            problem(QStringLiteral("a malformed Authorization header was served"));
    }

    // Malformed HTTP on a connection of its own, half-closed or reset.
    void rawGarbage()
    {
        QTcpSocket socket;
        socket.connectToHost(m_options.host, m_options.port);
        if (!socket.waitForConnected(10'000)) {
            problem(QStringLiteral("cannot connect: %1").arg(socket.errorString()));
            return;
        }
        ++report.requests;
        QByteArray bytes;
        switch (m_random.bounded(5)) {
        case 0:
            for (int i = 0; i < 64; ++i)
                bytes += char(m_random.bounded(256));
            bytes += "\r\n\r\n";
            break;
        case 1:
            bytes = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
            break;
        case 2:
            bytes = "GET /" + QByteArray(70'000, 'a') + " HTTP/1.1\r\n\r\n";
            break;
        case 3:
            bytes = "POST /ocsp HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    "Content-Type: application/ocsp-request\r\nContent-Length: 8\r\n\r\n" +
                    QByteArray::fromHex("3006300430023000");
            break;
        default:
            bytes = "GET /ocsp/" + QByteArray(40, 'A') +
                    " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
            break;
        }
        socket.write(bytes);
        socket.waitForBytesWritten(10'000);
        if (m_random.bounded(4) == 0) {
            socket.abort(); // reset without reading
            return;
        }
        // Read one answer (each of these requests is answered, then closed), then close as
        // a client does, whether the server has closed yet or not.
        QByteArray answer;
        const QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired()) {
            answer += socket.readAll();
            const qsizetype end = answer.indexOf("\r\n\r\n");
            if (end > 0) {
                const qsizetype at = answer.toLower().indexOf("content-length: ");
                const qsizetype length =
                    at > 0 ? answer.mid(at + 16, answer.indexOf('\r', at) - at - 16).toLongLong()
                           : 0;
                if (answer.size() >= end + 4 + length)
                    break;
            }
            if (socket.state() == QAbstractSocket::UnconnectedState)
                break;
            socket.waitForReadyRead(100);
        }
        if (answer.indexOf("\r\n\r\n") < 0)
            problem(QStringLiteral("a raw request was not answered: %1")
                        .arg(QString::fromLatin1(bytes.left(60).toHex())));
        if (answer.size() >= 12) {
            const int status = answer.mid(9, 3).toInt();
            ++report.statuses[status];
            if (status >= 500 && status != 501 && status != 505)
                problem(QStringLiteral("raw request answered %1").arg(status));
        }
    }

    void step()
    {
        const quint32 kind = m_random.bounded(100);
        if (m_random.bounded(quint32(qMax(1, m_options.createCaEvery))) == 0) {
            createCa();
        } else if (kind < 55) {
            const QString operation =
                QString::fromLatin1(kOperations[m_random.bounded(quint32(std::size(kOperations)))]);
            QByteArray body = plausibleBody(m_random, operation, someCa());
            if (m_random.bounded(3) != 0)
                body = mutate(m_random, body);
            exchange(signedRequest(operation, body), operation);
        } else if (kind < 75) {
            const QString operation = QStringLiteral("IssueCertificate");
            exchange(signedRequest(operation, plausibleBody(m_random, operation, someCa())),
                     operation);
        } else if (kind < 90) {
            badAuthorization();
        } else {
            rawGarbage();
        }
    }

    const HostileTrafficOptions &m_options;
    QRandomGenerator m_random;
    server::BlockingHttpClient m_client;
    server::SigV4Signer m_signer;
    std::atomic<qint64> &m_caCount;
    std::vector<QString> &m_cas;
    QMutex &m_casMutex;
};

} // namespace

HostileTrafficReport runHostileTraffic(const HostileTrafficOptions &options)
{
    std::atomic<qint64> caCount{0};
    std::vector<QString> cas;
    QMutex casMutex;
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < options.connections; ++i)
        workers.push_back(std::make_unique<Worker>(options, i, caCount, cas, casMutex));
    const QDeadlineTimer deadline(options.duration);
    std::vector<std::thread> threads;
    for (auto &worker : workers)
        threads.emplace_back([&worker, &deadline] { worker->run(deadline); });
    for (std::thread &thread : threads)
        thread.join();
    HostileTrafficReport total;
    for (const auto &worker : workers) {
        total.requests += worker->report.requests;
        total.caCreated += worker->report.caCreated;
        total.problemCount += worker->report.problemCount;
        for (auto it = worker->report.statuses.cbegin(); it != worker->report.statuses.cend(); ++it)
            total.statuses[it.key()] += it.value();
        for (const QString &p : worker->report.problems) {
            if (total.problems.size() < 20)
                total.problems << p;
        }
    }
    return total;
}

} // namespace pca::test

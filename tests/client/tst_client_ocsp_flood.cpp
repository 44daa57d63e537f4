// An unauthenticated OCSP flood against a spawned privateca-server (issue 19): 50,000 requests
// over keep-alive connections, mixed (valid POST and GET, serials the CA never issued, CertIDs
// of a foreign issuer, malformed bytes). Every request is answered, the store's files (the
// SQLite database, its -wal and -shm) keep their size, and a SigV4 call of the API answers
// while the flood runs.
#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace pca::test;

namespace {

constexpr int kRequests = 50'000;
constexpr int kConnections = 8;

QByteArray post(const QByteArray &host, const QByteArray &der)
{
    return "POST /ocsp HTTP/1.1\r\nHost: " + host +
           "\r\nContent-Type: application/ocsp-request\r\nContent-Length: " +
           QByteArray::number(der.size()) + "\r\n\r\n" + der;
}

QByteArray get(const QByteArray &host, const QByteArray &der)
{
    return "GET /ocsp/" + der.toBase64().toPercentEncoding() + " HTTP/1.1\r\nHost: " + host +
           "\r\n\r\n";
}

struct FloodResult
{
    std::atomic<int> answered{0};
    std::atomic<int> failures{0};
};

// Closed loops on `kConnections` connections until `total` requests are answered; requests
// are taken from `requests` in turn. Runs an event loop of its own (call it on its thread).
void flood(quint16 port, const QList<QByteArray> &requests, int total, FloodResult &result)
{
    QEventLoop loop;
    std::atomic<int> next{0};
    int open = kConnections;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int c = 0; c < kConnections; ++c) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        auto buffer = std::make_shared<QByteArray>();
        const auto sendNext = [&, s] {
            const int index = next.fetch_add(1);
            if (index >= total) {
                s->disconnectFromHost();
                if (--open == 0)
                    loop.quit();
                return;
            }
            s->write(requests.at(index % requests.size()));
        };
        QObject::connect(s, &QTcpSocket::connected, s, sendNext);
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s, buffer, sendNext] {
            *buffer += s->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end).toLower();
                const qsizetype at = head.indexOf("content-length: ");
                const qsizetype length =
                    at < 0 ? 0 : head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                const bool ok = buffer->startsWith("HTTP/1.1 200") && length > 0 &&
                                buffer->at(end + 4) == '\x30';
                buffer->remove(0, end + 4 + length);
                ++(ok ? result.answered : result.failures);
                sendNext();
            }
        });
        QObject::connect(s, &QTcpSocket::errorOccurred, s, [&, s](QAbstractSocket::SocketError) {
            if (s->state() == QAbstractSocket::UnconnectedState && next.load() < total) {
                ++result.failures;
                if (--open == 0)
                    loop.quit();
            }
        });
        s->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(socket));
    }
    loop.exec();
}

// Name and size of every file of the store's directory.
QMap<QString, qint64> storeFiles(const QString &directory)
{
    QMap<QString, qint64> sizes;
    for (const QFileInfo &file : QDir(directory).entryInfoList(QDir::Files | QDir::Hidden))
        sizes.insert(file.fileName(), file.size());
    return sizes;
}

QString describe(const QMap<QString, qint64> &sizes)
{
    QStringList parts;
    for (auto it = sizes.begin(); it != sizes.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestClientOcspFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floodLeavesTheStoreAndTheApiAlone()
    {
        ServerProcess server;
        // No event history: a SigV4 call would otherwise be recorded (a write of its own).
        QVERIFY(server.start({QStringLiteral("--event-retention-days"), QStringLiteral("0")}));
        PCA_VERIFY_RUN(server.python(QStringLiteral("setup_revocation_ca.py")));
        const QDir work(server.workDirectory());
        const auto openssl = [&](const QStringList &arguments) {
            return server.run(QStringLiteral("/usr/bin/openssl"), arguments);
        };
        const auto readFile = [&](const QString &name) {
            QFile file(work.filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        PCA_VERIFY_RUN(openssl({"ocsp", "-issuer", work.filePath("ca.pem"), "-cert",
                                work.filePath("leaf.pem"), "-reqout", work.filePath("nonce.der")}));
        PCA_VERIFY_RUN(
            openssl({"ocsp", "-issuer", work.filePath("ca.pem"), "-cert", work.filePath("leaf.pem"),
                     "-no_nonce", "-reqout", work.filePath("plain.der")}));
        PCA_VERIFY_RUN(
            openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                     "-nodes", "-keyout", work.filePath("foreign.key"), "-subj", "/CN=Foreign Root",
                     "-days", "2", "-out", work.filePath("foreign.pem")}));
        PCA_VERIFY_RUN(openssl({"ocsp", "-issuer", work.filePath("foreign.pem"), "-serial",
                                "0x0123456789abcdef01", "-no_nonce", "-reqout",
                                work.filePath("foreign.der")}));
        const QByteArray withNonce = readFile(QStringLiteral("nonce.der"));
        const QByteArray plain = readFile(QStringLiteral("plain.der"));
        const QByteArray foreign = readFile(QStringLiteral("foreign.der"));
        QVERIFY(!withNonce.isEmpty() && !plain.isEmpty() && !foreign.isEmpty());

        // The leaf's serial inside the request, replaced by random serials of the same length:
        // CertIDs of serials the CA never issued (and of the foreign issuer).
        QFile stateFile(work.filePath(QStringLiteral("state.json")));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QString serialHex =
            QJsonDocument::fromJson(stateFile.readAll()).object().value("serial").toString();
        const QByteArray serial = QByteArray::fromHex(serialHex.toLatin1());
        const qsizetype serialAt = plain.indexOf(serial);
        QVERIFY(serialAt > 0);
        const QByteArray foreignSerial = QByteArray::fromHex("0123456789abcdef01");
        const qsizetype foreignAt = foreign.indexOf(foreignSerial);
        QVERIFY(foreignAt > 0);
        QRandomGenerator random(19);
        const auto randomized = [&random](QByteArray der, qsizetype at, qsizetype length) {
            for (qsizetype i = 0; i < length; ++i)
                der[at + i] = char(random.bounded(256));
            der[at] = char(random.bounded(1, 0x7f)); // positive, no leading zero byte
            return der;
        };

        const QByteArray host = QUrl(server.url()).authority().toLatin1();
        QList<QByteArray> requests;
        for (int i = 0; i < 1000; ++i) {
            switch (i % 8) {
            case 0:
            case 1:
                requests << post(host, i % 2 ? plain : withNonce);
                break;
            case 2:
                requests << get(host, plain);
                break;
            case 3:
            case 4:
                requests << (i % 2 ? post(host, randomized(plain, serialAt, serial.size()))
                                   : get(host, randomized(plain, serialAt, serial.size())));
                break;
            case 5:
                requests << post(host, randomized(foreign, foreignAt, foreignSerial.size()));
                break;
            case 6: {
                QByteArray junk(int(random.bounded(1, 300)), Qt::Uninitialized);
                for (char &c : junk)
                    c = char(random.bounded(256));
                requests << post(host, junk);
                break;
            }
            default:
                requests << get(host, plain.left(plain.size() - 3));
                break;
            }
        }

        // The same API call without the flood, for comparison (the aws CLI's own start-up is
        // most of it).
        QElapsedTimer quiet;
        quiet.start();
        PCA_VERIFY_RUN(server.aws({"acm-pca", "list-certificate-authorities"}));
        const qint64 quietMs = quiet.elapsed();

        // Warm up (the valid responses are produced), then measure.
        FloodResult warm;
        flood(QUrl(server.url()).port(), requests, 200, warm);
        QCOMPARE(warm.failures.load(), 0);
        QElapsedTimer sinceFirstSignature;
        sinceFirstSignature.start();
        const QMap<QString, qint64> before = storeFiles(server.dataDirectory());

        FloodResult result;
        const quint16 port = quint16(QUrl(server.url()).port());
        std::thread traffic([&] { flood(port, requests, kRequests, result); });
        // The API answers during the flood.
        while (result.answered.load() < 2000 && result.failures.load() == 0)
            QThread::msleep(10);
        QElapsedTimer api;
        api.start();
        const ClientRun listed = server.aws({"acm-pca", "list-certificate-authorities"});
        const qint64 apiMs = api.elapsed();
        const int answeredMeanwhile = result.answered.load();
        traffic.join();
        PCA_VERIFY_RUN(listed);
        QVERIFY(listed.out.contains("Second OCSP Root"));
        QVERIFY2(apiMs < 30'000, qPrintable(QString::number(apiMs)));
        qInfo("aws acm-pca list-certificate-authorities took %lld ms during the flood (%d answers "
              "then), %lld ms without it",
              apiMs, answeredMeanwhile, quietMs);
        QVERIFY2(answeredMeanwhile < kRequests,
                 "the flood ended before the API call: make it longer");

        QCOMPARE(result.failures.load(), 0);
        QCOMPARE(result.answered.load(), kRequests);
        const QMap<QString, qint64> after = storeFiles(server.dataDirectory());
        qInfo("store before: %s", qPrintable(describe(before)));
        qInfo("store after:  %s (%lld ms after the first signature)", qPrintable(describe(after)),
              sinceFirstSignature.elapsed());
        // The signatures of the warm-up are audited once a minute: before that, nothing at all
        // is written.
        if (sinceFirstSignature.elapsed() < 55'000)
            QCOMPARE(describe(after), describe(before));
        qint64 grown = 0;
        for (auto it = after.begin(); it != after.end(); ++it)
            grown += it.value() - before.value(it.key());
        QVERIFY2(grown <= 64 * 1024, qPrintable(describe(after)));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientOcspFlood)
#include "tst_client_ocsp_flood.moc"

// Signed but hostile requests against the HTTP front end (issue 22): bodies that are not strict
// JSON are refused with SerializationException and never executed, the request of the double
// free is answered as often as it is sent, the HTTP layer's own refusals carry an AWS JSON
// error body and a request id, and a client that half-closes its socket after a complete
// request still gets the answer.
#include "InProcessServer.h"
#include "TestEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace pca;
using namespace pca::test;
using namespace pca::server;

namespace {

// The response to raw bytes sent on a new connection (everything the server writes until it
// closes, or until `timeoutMs`), optionally half-closing the connection after sending.
QByteArray exchangeRaw(quint16 port, const QByteArray &bytes, bool halfClose,
                       int timeoutMs = 10'000)
{
#ifdef Q_OS_UNIX
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        close(fd);
        return QByteArray();
    }
    timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const auto n =
            send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += n;
    }
    if (halfClose)
        shutdown(fd, SHUT_WR);
    QByteArray received;
    char chunk[4096];
    while (true) {
        const auto n = recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            break;
        received.append(chunk, n);
        // Without a half-close the server keeps the connection: stop at a complete response.
        if (!halfClose) {
            const qsizetype end = received.indexOf("\r\n\r\n");
            const qsizetype lengthAt = received.toLower().indexOf("content-length: ");
            if (end > 0 && lengthAt > 0) {
                const qsizetype lineEnd = received.indexOf("\r\n", lengthAt);
                const int length = received.mid(lengthAt + 16, lineEnd - lengthAt - 16).toInt();
                if (received.size() >= end + 4 + length)
                    break;
            }
        }
    }
    close(fd);
    return received;
#else
    Q_UNUSED(port)
    Q_UNUSED(bytes)
    Q_UNUSED(halfClose)
    Q_UNUSED(timeoutMs)
    return QByteArray();
#endif
}

struct RawResponse
{
    int status = 0;
    QByteArray headers;
    QJsonObject json;
};

RawResponse parseRaw(const QByteArray &raw)
{
    RawResponse out;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || end < 0)
        return out;
    out.status = raw.mid(9, 3).toInt();
    out.headers = raw.left(end).toLower();
    out.json = QJsonDocument::fromJson(raw.mid(end + 4)).object();
    return out;
}

} // namespace

class TestHostileRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<InProcessServer> m_server;

    ApiClient client() { return ApiClient(m_server->port(), m_engine->clock()); }

    // A signed request with this exact body, as bytes on the wire.
    QByteArray wireRequest(const QString &operation, const QByteArray &body, bool close = false)
    {
        ApiClient api = client();
        HttpRequest request = api.signedRequest(operation, body);
        if (close)
            request.headers.append(HttpHeader{"Connection", "close"});
        return request.serialize();
    }

private Q_SLOTS:
    // One engine and server for the whole suite: no test depends on an empty store.
    void initTestCase()
    {
        m_engine = std::make_unique<TestEngine>();
        ApiServerOptions options;
        options.http.requestTimeout = std::chrono::milliseconds(1500);
        m_server =
            std::make_unique<InProcessServer>(m_engine->service(), m_engine->clock(), options);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_engine.reset();
    }

    // Item 3: each body below was executed before; now each is refused, on the handler pool,
    // the I/O-thread reads and the deferred IssueCertificate path alike.
    void invalidJsonIsRefused_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("body");
        const QList<QPair<const char *, QByteArray>> bodies = {
            {"raw NUL in a string", QByteArray("{\"NextToken\": \"a\0b\"}", 19)},
            {"raw control character", "{\"NextToken\": \"a\x01z\"}"},
            {"raw newline in a string", "{\"NextToken\": \"a\nb\"}"},
            {"number 1.", "{\"MaxResults\": 1.}"},
            {"escape \\x41", "{\"NextToken\": \"\\x41\"}"},
            {"leading zero", "{\"MaxResults\": 01}"},
            {"trailing comma", "{\"MaxResults\": 10,}"},
            {"duplicate member", "{\"MaxResults\": 10, \"MaxResults\": 20}"},
            {"lone surrogate", "{\"NextToken\": \"\\ud800\"}"},
            {"invalid UTF-8", "{\"NextToken\": \"\xc3\x28\"}"},
            {"text after the object", "{} {}"},
            {"single quotes", "{'MaxResults': 10}"},
            {"NaN", "{\"MaxResults\": NaN}"},
            {"nested too deeply",
             QByteArray(100, '[').prepend("{\"a\":") + QByteArray(100, ']') + "}"},
        };
        for (const char *operation :
             {"ListCertificateAuthorities", "ListTags", "TagCertificateAuthority",
              "UntagCertificateAuthority", "CreateCertificateAuthority", "IssueCertificate"}) {
            for (const auto &[name, body] : bodies) {
                QTest::addRow("%s, %s", operation, name) << QString::fromLatin1(operation) << body;
            }
        }
    }

    void invalidJsonIsRefused()
    {
        QFETCH(QString, operation);
        QFETCH(QByteArray, body);
        ApiClient api = client();
        const ApiResult r = api.send(api.signedRequest(operation, body));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), QStringLiteral("SerializationException"));
        QVERIFY2(r.message().contains(QStringLiteral("not valid JSON")), qPrintable(r.message()));
        QVERIFY(!r.response.header("x-amzn-requestid").isEmpty());
    }

    // A request that is valid but for one strictness rule is not executed.
    void refusedBodiesAreNotExecuted()
    {
        ApiClient api = client();
        const QString arn =
            m_engine->createCa(api::CertificateAuthorityType::ROOT, QStringLiteral("Tagged"));
        const auto caCount = [&api] {
            return api.call(QStringLiteral("ListCertificateAuthorities"))
                .json.value(QStringLiteral("CertificateAuthorities"))
                .toArray()
                .size();
        };
        const qsizetype before = caCount();
        const QByteArray tag = "{\"CertificateAuthorityArn\": \"" + arn.toLatin1() +
                               "\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"a\x01z\"}]}";
        QCOMPARE(
            api.send(api.signedRequest(QStringLiteral("TagCertificateAuthority"), tag)).errorType(),
            QStringLiteral("SerializationException"));
        const QByteArray create =
            "{\"CertificateAuthorityType\": \"ROOT\", \"CertificateAuthorityConfiguration\": "
            "{\"KeyAlgorithm\": \"EC_prime256v1\", \"SigningAlgorithm\": \"SHA256WITHECDSA\", "
            "\"Subject\": {\"CommonName\": \"\\x41\"}}}";
        QCOMPARE(api.send(api.signedRequest(QStringLiteral("CreateCertificateAuthority"), create))
                     .errorType(),
                 QStringLiteral("SerializationException"));
        const ApiResult tags =
            api.call(QStringLiteral("ListTags"), {{"CertificateAuthorityArn", arn}});
        QCOMPARE(tags.json.value(QStringLiteral("Tags")).toArray().size(), 0);
        QCOMPARE(caCount(), before);
    }

    // Item 1 over the API: the request of the double free, sent again and again.
    void subjectInformationAccessRequestIsAnsweredEveryTime()
    {
        ApiClient api = client();
        for (const char *location : {"{}", "{\"IpAddress\": \"x\"}"}) {
            const QByteArray body =
                "{\"CertificateAuthorityType\": \"ROOT\", \"CertificateAuthorityConfiguration\": "
                "{\"KeyAlgorithm\": \"EC_prime256v1\", \"SigningAlgorithm\": \"SHA256WITHECDSA\", "
                "\"Subject\": {\"CommonName\": \"R\"}, \"CsrExtensions\": "
                "{\"SubjectInformationAccess\": [{\"AccessMethod\": {\"AccessMethodType\": "
                "\"CA_REPOSITORY\"}, \"AccessLocation\": " +
                QByteArray(location) + "}]}}}";
            for (int attempt = 0; attempt < 4; ++attempt) {
                const ApiResult r =
                    api.send(api.signedRequest(QStringLiteral("CreateCertificateAuthority"), body));
                QCOMPARE(r.status, 400);
                QCOMPARE(r.errorType(), QStringLiteral("InvalidArgsException"));
            }
        }
        QCOMPARE(api.call(QStringLiteral("ListCertificateAuthorities")).status, 200);
    }

    // Item 6: what the HTTP layer refuses is answered like the API answers: JSON, request id.
    void protocolErrorsAreAwsErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("not HTTP") << QByteArray("\x16\x03\x01\x02\x00\x01\r\n\r\n") << 400
                                  << "SerializationException";
        QTest::newRow("malformed request line")
            << QByteArray("POST  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "SerializationException";
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n") << 413
            << "RequestEntityTooLargeException";
        QTest::newRow("too many headers") << (QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") +
                                              QByteArray("A: b\r\n").repeated(200) + "\r\n")
                                          << 431 << "RequestEntityTooLargeException";
        QTest::newRow("transfer encoding")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 501
            << "NotImplementedException";
        QTest::newRow("HTTP/2 preface")
            << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505 << "SerializationException";
        QTest::newRow("incomplete request, client done")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc") << 400
            << "SerializationException";
    }

    void protocolErrorsAreAwsErrors()
    {
#ifndef Q_OS_UNIX
        QSKIP("raw sockets of this test are POSIX");
#endif
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, type);
        const RawResponse r = parseRaw(exchangeRaw(m_server->port(), bytes, true));
        QCOMPARE(r.status, status);
        QVERIFY2(r.headers.contains("content-type: application/x-amz-json-1.1"), r.headers);
        QVERIFY2(r.headers.contains("x-amzn-requestid: "), r.headers);
        QCOMPARE(r.json.value(QStringLiteral("__type")).toString(), type);
        QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    }

    void requestTimeoutIsAnAwsError()
    {
#ifndef Q_OS_UNIX
        QSKIP("raw sockets of this test are POSIX");
#endif
        // Half a request, and then nothing: 408 after the request timeout (1.5 s here).
        const RawResponse r =
            parseRaw(exchangeRaw(m_server->port(), "POST / HTTP/1.1\r\nHost: x\r\n", false));
        QCOMPARE(r.status, 408);
        QCOMPARE(r.json.value(QStringLiteral("__type")).toString(),
                 QStringLiteral("RequestTimeoutException"));
        QVERIFY(r.headers.contains("x-amzn-requestid: "));
    }

    // Item 6: a client that shuts down its sending side after a complete request is answered,
    // whichever path the request takes (I/O-thread read, handler pool, deferred issue).
    void halfClosedClientsGetTheirAnswer_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expectedType");
        QTest::newRow("read on the I/O thread") << "ListCertificateAuthorities" << QString();
        QTest::newRow("handler pool") << "TagCertificateAuthority"
                                      << "ResourceNotFoundException";
        QTest::newRow("deferred issue") << "IssueCertificate"
                                        << "ResourceNotFoundException";
    }

    void halfClosedClientsGetTheirAnswer()
    {
#ifndef Q_OS_UNIX
        QSKIP("raw sockets of this test are POSIX");
#endif
        QFETCH(QString, operation);
        QFETCH(QString, expectedType);
        const QString missing =
            QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                           "11111111-2222-3333-4444-555555555555");
        QJsonObject input;
        if (operation == QLatin1String("TagCertificateAuthority")) {
            input = {{"CertificateAuthorityArn", missing},
                     {"Tags", QJsonArray{QJsonObject{{"Key", "k"}, {"Value", "v"}}}}};
        } else if (operation == QLatin1String("IssueCertificate")) {
            input = {{"CertificateAuthorityArn", missing},
                     {"Csr", QString::fromLatin1(makeCsr().first.toBase64())},
                     {"SigningAlgorithm", "SHA256WITHECDSA"},
                     {"Validity", QJsonObject{{"Value", 1}, {"Type", "DAYS"}}}};
        }
        const QByteArray body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        for (const bool keepAlive : {true, false}) {
            const RawResponse r = parseRaw(
                exchangeRaw(m_server->port(), wireRequest(operation, body, !keepAlive), true));
            QCOMPARE(r.status, expectedType.isEmpty() ? 200 : 400);
            QCOMPARE(r.json.value(QStringLiteral("__type")).toString(), expectedType);
        }
        // Two pipelined requests, then the half-close: both are answered.
        const QByteArray two = wireRequest(QStringLiteral("ListCertificateAuthorities"), "{}") +
                               wireRequest(operation, body);
        const QByteArray raw = exchangeRaw(m_server->port(), two, true);
        QCOMPARE(raw.count("HTTP/1.1 "), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileRequests)
#include "tst_hostile_requests.moc"

// HttpRequestParser and the message helpers: requests split anywhere, pipelining, keep-alive
// rules, every limit and malformation answered with the right status, and random input that
// never crashes or hangs the parser.
#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pca::server;
using Result = HttpRequestParser::Result;

class TestHttpParser : public QObject
{
    Q_OBJECT

private:
    static int errorOf(const QByteArray &input, HttpLimits limits = {})
    {
        HttpRequestParser parser(limits);
        QByteArray buffer = input;
        const Result result = parser.parse(buffer);
        return result == Result::Error ? parser.errorStatus() : 0;
    }

private Q_SLOTS:
    void simpleRequest()
    {
        HttpRequestParser parser;
        QByteArray buffer =
            "POST /ocsp?x=1 HTTP/1.1\r\nHost: h\r\nContent-Type: "
            "application/ocsp-request; charset=x\r\nContent-Length: 3\r\n\r\nabcNEXT";
        QCOMPARE(parser.parse(buffer), Result::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/ocsp"));
        QCOMPARE(request.query, QByteArray("x=1"));
        QCOMPARE(request.body, QByteArray("abc"));
        QCOMPARE(request.mediaType(), QByteArray("application/ocsp-request"));
        QCOMPARE(request.header("HOST"), QByteArray("h"));
        QCOMPARE(buffer, QByteArray("NEXT")); // the next request's bytes stay
    }

    void requestSplitAtEveryByte()
    {
        const QByteArray wire = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: "
                                "ACMPrivateCA.ListTags\r\nContent-Length: 10\r\n\r\n0123456789";
        HttpRequestParser parser;
        QByteArray buffer;
        Result result = Result::NeedMore;
        for (qsizetype i = 0; i < wire.size(); ++i) {
            buffer += wire.at(i);
            result = parser.parse(buffer);
            if (i + 1 < wire.size())
                QCOMPARE(result, Result::NeedMore);
        }
        QCOMPARE(result, Result::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.body, QByteArray("0123456789"));
        QCOMPARE(request.header("x-amz-target"), QByteArray("ACMPrivateCA.ListTags"));
    }

    void pipelinedRequests()
    {
        HttpRequestParser parser;
        QByteArray buffer = "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n"
                            "GET /c HTTP/1.1\r\n";
        QCOMPARE(parser.parse(buffer), Result::Complete);
        QCOMPARE(parser.takeRequest().path, QByteArray("/a"));
        QCOMPARE(parser.parse(buffer), Result::Complete);
        QCOMPARE(parser.takeRequest().path, QByteArray("/b"));
        QCOMPARE(parser.parse(buffer), Result::NeedMore);
    }

    void keepAliveRules()
    {
        const auto keepAlive = [](const QByteArray &wire) {
            HttpRequestParser parser;
            QByteArray buffer = wire;
            if (parser.parse(buffer) != Result::Complete)
                qFatal("not complete");
            return parser.takeRequest().wantsKeepAlive();
        };
        QVERIFY(keepAlive("GET / HTTP/1.1\r\nHost: h\r\n\r\n"));
        QVERIFY(!keepAlive("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"));
        QVERIFY(!keepAlive("GET / HTTP/1.0\r\n\r\n"));
        QVERIFY(keepAlive("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"));
    }

    void absoluteFormTarget()
    {
        HttpRequestParser parser;
        QByteArray buffer = "GET http://example.com:8080/crl/x.crl?y HTTP/1.1\r\nHost: h\r\n\r\n";
        QCOMPARE(parser.parse(buffer), Result::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.path, QByteArray("/crl/x.crl"));
        QCOMPARE(request.query, QByteArray("y"));
    }

    void expectContinue()
    {
        HttpRequestParser parser;
        QByteArray buffer =
            "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n";
        QCOMPARE(parser.parse(buffer), Result::NeedMore);
        QVERIFY(parser.awaitsContinue());
        parser.continueSent();
        QVERIFY(!parser.awaitsContinue());
        buffer += "body";
        QCOMPARE(parser.parse(buffer), Result::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("body"));
        QCOMPARE(errorOf("POST / HTTP/1.1\r\nHost: h\r\nExpect: something\r\n\r\n"), 417);
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("tls handshake") << QByteArray::fromHex("1603010200010001fc0303") << 400;
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << 400;
        QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("garbage version") << QByteArray("GET / FTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("missing host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("relative target")
            << QByteArray("GET crl HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("control char in target")
            << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("8-bit target")
            << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nHost h\r\n\r\n") << 400;
        QTest::newRow("space in header name")
            << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("obsolete folding")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("control char in value")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\x7f\r\n\r\n") << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("hex length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x10\r\n\r\n") << 400;
        QTest::newRow("huge length")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n")
            << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: "
                          "2\r\n\r\n")
            << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4194305\r\n\r\n") << 413;
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        QCOMPARE(errorOf(wire), status);
    }

    void headerLimits()
    {
        HttpLimits limits;
        limits.maxHeaderBytes = 1024;
        limits.maxHeaderCount = 10;
        // A header section that never ends is cut off at the limit, not buffered forever.
        QCOMPARE(errorOf("GET / HTTP/1.1\r\nX: " + QByteArray(2000, 'a'), limits), 431);
        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 11; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(errorOf(many + "\r\n", limits), 431);
        // Within the limits.
        QCOMPARE(errorOf("GET / HTTP/1.1\r\nHost: h\r\n\r\n", limits), 0);
    }

    void randomInputNeverCrashes()
    {
        auto *random = QRandomGenerator::global();
        const QList<QByteArray> pieces = {"GET ",
                                          "POST ",
                                          "/",
                                          " HTTP/1.1",
                                          "\r\n",
                                          ": ",
                                          "Content-Length",
                                          "Host",
                                          "1",
                                          "\x00",
                                          "\xff",
                                          " ",
                                          "Transfer-Encoding",
                                          "Expect",
                                          "100-continue",
                                          "\n"};
        for (int round = 0; round < 3000; ++round) {
            QByteArray input;
            const int count = int(random->bounded(40));
            for (int i = 0; i < count; ++i) {
                if (random->bounded(3) == 0)
                    input += char(random->bounded(256));
                else
                    input += pieces.at(random->bounded(pieces.size()));
            }
            HttpRequestParser parser;
            QByteArray buffer = input;
            for (int step = 0; step < 50; ++step) { // never an endless loop of "complete"
                const Result result = parser.parse(buffer);
                if (result != Result::Complete)
                    break;
                parser.takeRequest();
            }
        }
    }

    void decodedPath()
    {
        HttpRequest request;
        request.path = "/bucket/crl/%61b%2Fc.crl";
        QCOMPARE(request.decodedPath().value_or(QString()), QStringLiteral("/bucket/crl/ab/c.crl"));
        request.path = "/a%00b";
        QVERIFY(!request.decodedPath());
        request.path = "/%ff%fe";
        QVERIFY(!request.decodedPath());
        request.path = "/%C3%A9";
        QCOMPARE(request.decodedPath().value_or(QString()), QStringLiteral("/\u00e9"));
    }

    void responseSerialization()
    {
        HttpResponse response(200, "application/x-amz-json-1.1", "{}");
        response.setHeader("x-amzn-RequestId", "id");
        const QByteArray keepAlive = response.serialize(true, 1);
        QVERIFY(keepAlive.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(keepAlive.contains("\r\nContent-Length: 2\r\n"));
        QVERIFY(!keepAlive.contains("Connection:"));
        QVERIFY(keepAlive.endsWith("\r\n\r\n{}"));
        const QByteArray closing = response.serialize(false, 0);
        QVERIFY(closing.startsWith("HTTP/1.0 200 OK\r\n"));
        QVERIFY(closing.contains("\r\nConnection: close\r\n"));
        response.omitBody = true; // HEAD
        QVERIFY(response.serialize(true, 1).endsWith("Content-Length: 2\r\n") == false);
        QVERIFY(response.serialize(true, 1).endsWith("\r\n\r\n"));
        QCOMPARE(httpDate(784111777000), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_http_parser.moc"

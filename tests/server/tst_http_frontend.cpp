// The HTTP front end in-process, over real sockets: the AWS JSON 1.1 protocol for all 23
// operations, error mapping, SigV4 enforcement, keep-alive and pipelining, limits and bad
// input, timeouts, the OCSP responder, CRL and audit-report objects, concurrency and graceful
// shutdown.
#include "HttpServer.h"
#include "InProcessServer.h"
#include "JsonApiHandler.h"
#include "TestEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace pca;
using namespace pca::test;
using namespace pca::server;

namespace {

const char *kJsonType = "application/x-amz-json-1.1";

api::RevocationConfiguration crlAndOcsp(const QString &bucket)
{
    api::RevocationConfiguration revocation;
    revocation.crlConfiguration = api::CrlConfiguration{};
    revocation.crlConfiguration->enabled = true;
    revocation.crlConfiguration->s3BucketName = bucket;
    revocation.ocspConfiguration = api::OcspConfiguration{};
    revocation.ocspConfiguration->enabled = true;
    return revocation;
}

QByteArray pathOf(const QString &url)
{
    return QUrl(url).path(QUrl::FullyEncoded).toLatin1();
}

// Walks a JSON value and reports whether any member is null (AWS omits absent members).
bool containsNull(const QJsonValue &value)
{
    if (value.isNull())
        return true;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (containsNull(it.value()))
                return true;
        }
    }
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            if (containsNull(element))
                return true;
        }
    }
    return false;
}

// A plain GET of `path`, as the HTTP server tests send it.
HttpRequest plainGet(const QByteArray &path)
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.headers = {{"Host", "x"}};
    return request;
}

} // namespace

class TestHttpFrontEnd : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<InProcessServer> m_server;
    QTemporaryDir m_files;

    ApiClient client() { return ApiClient(m_server->port(), m_engine->clock()); }

    QString createActiveRootOverHttp(ApiClient &api, const QString &commonName,
                                     const QString &bucket)
    {
        QJsonObject config{{"KeyAlgorithm", "EC_prime256v1"},
                           {"SigningAlgorithm", "SHA256WITHECDSA"},
                           {"Subject", QJsonObject{{"CommonName", commonName}, {"Country", "US"}}}};
        QJsonObject revocation{
            {"CrlConfiguration", QJsonObject{{"Enabled", true}, {"S3BucketName", bucket}}},
            {"OcspConfiguration", QJsonObject{{"Enabled", true}}}};
        const ApiResult created =
            api.call(QStringLiteral("CreateCertificateAuthority"),
                     {{"CertificateAuthorityConfiguration", config},
                      {"CertificateAuthorityType", "ROOT"},
                      {"RevocationConfiguration", revocation},
                      {"Tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "pki"}}}}});
        if (created.status != 200)
            qFatal("CreateCertificateAuthority: %s", created.body.constData());
        const QString arn =
            created.json.value(QStringLiteral("CertificateAuthorityArn")).toString();
        m_engine->service().waitForBackgroundWork();
        const ApiResult csr = api.call(QStringLiteral("GetCertificateAuthorityCsr"),
                                       {{"CertificateAuthorityArn", arn}});
        const QByteArray csrPem = csr.json.value(QStringLiteral("Csr")).toString().toLatin1();
        const ApiResult issued =
            api.call(QStringLiteral("IssueCertificate"),
                     {{"CertificateAuthorityArn", arn},
                      {"Csr", QString::fromLatin1(csrPem.toBase64())},
                      {"SigningAlgorithm", "SHA256WITHECDSA"},
                      {"TemplateArn", "arn:aws:acm-pca:::template/RootCACertificate/V1"},
                      {"Validity", QJsonObject{{"Value", 5}, {"Type", "YEARS"}}}});
        const QString certArn = issued.json.value(QStringLiteral("CertificateArn")).toString();
        const ApiResult cert =
            api.call(QStringLiteral("GetCertificate"),
                     {{"CertificateAuthorityArn", arn}, {"CertificateArn", certArn}});
        const QByteArray pem = cert.json.value(QStringLiteral("Certificate")).toString().toLatin1();
        const ApiResult imported = api.call(QStringLiteral("ImportCertificateAuthorityCertificate"),
                                            {{"CertificateAuthorityArn", arn},
                                             {"Certificate", QString::fromLatin1(pem.toBase64())}});
        if (imported.status != 200)
            qFatal("Import: %s", imported.body.constData());
        return arn;
    }

private Q_SLOTS:
    void init()
    {
        m_engine = std::make_unique<TestEngine>();
        m_server = std::make_unique<InProcessServer>(m_engine->service(), m_engine->clock());
        m_engine->service().setPublicBaseUrlOverride(m_server->baseUrl());
    }

    void cleanup()
    {
        m_server.reset();
        m_engine.reset();
    }

    void operationTableCoversTheApi()
    {
        const QStringList expected = {"CreateCertificateAuthority",
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
                                      "UpdateCertificateAuthority"};
        QCOMPARE(JsonApiHandler::operationNames(), expected);

        // Every operation is reachable: an empty input is answered by the operation itself
        // (a ValidationException naming a required member), never UnknownOperationException.
        ApiClient api = client();
        for (const QString &operation : expected) {
            const ApiResult result = api.call(operation, {});
            QVERIFY2(result.errorType() != QLatin1String("UnknownOperationException"),
                     qPrintable(operation));
            if (operation == QLatin1String("ListCertificateAuthorities")) {
                QCOMPARE(result.status, 200);
                QCOMPARE(
                    result.json.value(QStringLiteral("CertificateAuthorities")).toArray().size(),
                    0);
            } else {
                QCOMPARE(result.status, 400);
                QCOMPARE(result.errorType(), QStringLiteral("ValidationException"));
                QVERIFY2(result.message().contains(QStringLiteral("Member must not be null")),
                         qPrintable(operation + QStringLiteral(": ") + result.message()));
            }
        }
    }

    void jsonLifecycle()
    {
        ApiClient api = client();
        const QString arn = createActiveRootOverHttp(api, QStringLiteral("HTTP Root"),
                                                     QStringLiteral("crl-bucket"));
        const ApiResult described = api.call(QStringLiteral("DescribeCertificateAuthority"),
                                             {{"CertificateAuthorityArn", arn}});
        QCOMPARE(described.status, 200);
        QCOMPARE(described.response.header("content-type"), QByteArray(kJsonType));
        const QJsonObject ca =
            described.json.value(QStringLiteral("CertificateAuthority")).toObject();
        QCOMPARE(ca.value(QStringLiteral("Status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(ca.value(QStringLiteral("Arn")).toString(), arn);
        // Timestamps are epoch seconds (numbers), absent members are omitted, never null.
        QVERIFY(ca.value(QStringLiteral("CreatedAt")).isDouble());
        const double createdAt = ca.value(QStringLiteral("CreatedAt")).toDouble();
        QVERIFY(qAbs(createdAt - double(m_engine->clock().nowMs()) / 1000.0) < 120);
        QVERIFY(!ca.contains(QStringLiteral("RestorableUntil")));
        QVERIFY(!ca.contains(QStringLiteral("FailureReason")));
        QVERIFY(!containsNull(described.json));
        QCOMPARE(ca.value(QStringLiteral("RevocationConfiguration"))
                     .toObject()
                     .value(QStringLiteral("CrlConfiguration"))
                     .toObject()
                     .value(QStringLiteral("S3BucketName"))
                     .toString(),
                 QStringLiteral("crl-bucket"));

        // Issue with a CSR blob (base64 of the PEM bytes, as SDKs send blobs).
        CsrOptions csrOptions;
        csrOptions.commonName = QStringLiteral("www.example.com");
        csrOptions.dnsNames = {QStringLiteral("www.example.com")};
        const auto [csr, key] = makeCsr(csrOptions);
        const ApiResult issued =
            api.call(QStringLiteral("IssueCertificate"),
                     {{"CertificateAuthorityArn", arn},
                      {"Csr", QString::fromLatin1(csr.toBase64())},
                      {"SigningAlgorithm", "SHA256WITHECDSA"},
                      {"Validity", QJsonObject{{"Value", 30}, {"Type", "DAYS"}}},
                      {"IdempotencyToken", "token-1"}});
        QCOMPARE(issued.status, 200);
        const QString certArn = issued.json.value(QStringLiteral("CertificateArn")).toString();
        QVERIFY(certArn.startsWith(arn + QStringLiteral("/certificate/")));
        const ApiResult again =
            api.call(QStringLiteral("IssueCertificate"),
                     {{"CertificateAuthorityArn", arn},
                      {"Csr", QString::fromLatin1(csr.toBase64())},
                      {"SigningAlgorithm", "SHA256WITHECDSA"},
                      {"Validity", QJsonObject{{"Value", 30}, {"Type", "DAYS"}}},
                      {"IdempotencyToken", "token-1"}});
        QCOMPARE(again.json.value(QStringLiteral("CertificateArn")).toString(), certArn);

        const ApiResult got =
            api.call(QStringLiteral("GetCertificate"),
                     {{"CertificateAuthorityArn", arn}, {"CertificateArn", certArn}});
        QCOMPARE(got.status, 200);
        QVERIFY(got.json.value(QStringLiteral("Certificate"))
                    .toString()
                    .startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        QVERIFY(got.json.value(QStringLiteral("CertificateChain"))
                    .toString()
                    .contains(QStringLiteral("BEGIN CERTIFICATE")));

        // Operations without output answer 200 with an empty body.
        const ApiResult tagged =
            api.call(QStringLiteral("TagCertificateAuthority"),
                     {{"CertificateAuthorityArn", arn},
                      {"Tags", QJsonArray{QJsonObject{{"Key", "env"}, {"Value", "test"}}}}});
        QCOMPARE(tagged.status, 200);
        QVERIFY(tagged.body.isEmpty());
        const ApiResult tags =
            api.call(QStringLiteral("ListTags"), {{"CertificateAuthorityArn", arn}});
        QCOMPARE(tags.json.value(QStringLiteral("Tags")).toArray().size(), 2);

        // Pagination tokens travel back and forth.
        for (int i = 0; i < 2; ++i)
            createActiveRootOverHttp(api, QStringLiteral("Extra %1").arg(i),
                                     QStringLiteral("b-%1").arg(i));
        QSet<QString> seen;
        QString token;
        int pages = 0;
        do {
            QJsonObject input{{"MaxResults", 1}};
            if (!token.isEmpty())
                input.insert(QStringLiteral("NextToken"), token);
            const ApiResult page = api.call(QStringLiteral("ListCertificateAuthorities"), input);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v :
                 page.json.value(QStringLiteral("CertificateAuthorities")).toArray())
                seen.insert(v.toObject().value(QStringLiteral("Arn")).toString());
            token = page.json.value(QStringLiteral("NextToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), 3);
        QVERIFY(pages >= 3);
    }

    void protocolErrors()
    {
        ApiClient api = client();
        ApiResult r = api.call(QStringLiteral("DescribeCertificateAuthority"),
                               {{"CertificateAuthorityArn",
                                 "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                                 "11111111-2222-3333-4444-555555555555"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), QStringLiteral("ResourceNotFoundException"));
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(r.response.header("content-type"), QByteArray(kJsonType));

        r = api.call(QStringLiteral("FlyToTheMoon"), {});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), QStringLiteral("UnknownOperationException"));

        HttpRequest noTarget = api.signedRequest(QStringLiteral("ListTags"), "{}");
        noTarget.headers.removeIf([](const HttpHeader &h) { return h.name == "X-Amz-Target"; });
        SigV4Signer(kTestKey, "us-east-1", "acm-pca").sign(noTarget, m_engine->clock().nowMs());
        QCOMPARE(api.send(noTarget).errorType(), QStringLiteral("UnknownOperationException"));

        r = api.send(api.signedRequest(QStringLiteral("ListTags"), "this is not json"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), QStringLiteral("SerializationException"));
        r = api.send(api.signedRequest(QStringLiteral("ListTags"), "[1,2]"));
        QCOMPARE(r.errorType(), QStringLiteral("SerializationException"));

        r = api.call(QStringLiteral("ListCertificateAuthorities"), {{"MaxResults", "ten"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), QStringLiteral("ValidationException"));
        QVERIFY2(r.message().contains(QStringLiteral("maxResults")), qPrintable(r.message()));

        r = api.call(QStringLiteral("CreateCertificateAuthority"),
                     {{"CertificateAuthorityType", "ROOT"},
                      {"CertificateAuthorityConfiguration",
                       QJsonObject{{"KeyAlgorithm", "EC_prime999"},
                                   {"SigningAlgorithm", "SHA256WITHECDSA"},
                                   {"Subject", QJsonObject{{"CommonName", 42}}}}}});
        QCOMPARE(r.errorType(), QStringLiteral("ValidationException"));
        QVERIFY2(
            r.message().contains(QStringLiteral("certificateAuthorityConfiguration.keyAlgorithm")),
            qPrintable(r.message()));
        QVERIFY2(r.message().contains(
                     QStringLiteral("certificateAuthorityConfiguration.subject.commonName")),
                 qPrintable(r.message()));

        r = api.call(QStringLiteral("GetPolicy"), {{"ResourceArn", "not-an-arn"}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorType() == QLatin1String("InvalidArnException") ||
                     r.errorType() == QLatin1String("ValidationException"),
                 qPrintable(r.errorType()));
    }

    // IssueCertificate takes the deferred path (started on the I/O thread, answered by the
    // store's writer): its refusals are the protocol's, each with a request id.
    void issueCertificateErrors()
    {
        const QString caArn = m_engine->createActiveRoot(QStringLiteral("Deferred Root"));
        const auto [csr, key] = makeCsr();
        const QJsonObject valid{{"CertificateAuthorityArn", caArn},
                                {"Csr", QString::fromLatin1(csr.toBase64())},
                                {"SigningAlgorithm", "SHA256WITHECDSA"},
                                {"Validity", QJsonObject{{"Value", 1}, {"Type", "DAYS"}}}};
        ApiClient api = client();
        const auto expect = [](const ApiResult &r, int status, const char *type) {
            QCOMPARE(r.status, status);
            QCOMPARE(r.errorType(), QString::fromLatin1(type));
            QVERIFY(!r.response.header("x-amzn-requestid").isEmpty());
        };

        ApiClient wrongSecret(m_server->port(), m_engine->clock(),
                              {kTestKey.accessKeyId, "wrong secret"});
        expect(wrongSecret.call(QStringLiteral("IssueCertificate"), valid), 403,
               "InvalidSignatureException");
        expect(api.send(api.signedRequest(QStringLiteral("IssueCertificate"), "{not json")), 400,
               "SerializationException");
        QJsonObject noCsr = valid;
        noCsr.remove(QStringLiteral("Csr"));
        expect(api.call(QStringLiteral("IssueCertificate"), noCsr), 400, "ValidationException");
        QJsonObject badCsr = valid;
        badCsr.insert(QStringLiteral("Csr"), QString::fromLatin1(QByteArray("junk").toBase64()));
        expect(api.call(QStringLiteral("IssueCertificate"), badCsr), 400, "MalformedCSRException");
        QJsonObject unknownCa = valid;
        unknownCa.insert(QStringLiteral("CertificateAuthorityArn"),
                         caArn.left(caArn.size() - 4) + QStringLiteral("0000"));
        expect(api.call(QStringLiteral("IssueCertificate"), unknownCa), 400,
               "ResourceNotFoundException");

        const ApiResult ok = api.call(QStringLiteral("IssueCertificate"), valid);
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.response.header("x-amzn-requestid").isEmpty());
        QVERIFY(ok.json.value(QStringLiteral("CertificateArn"))
                    .toString()
                    .startsWith(caArn + QStringLiteral("/certificate/")));
    }

    void authenticationErrors()
    {
        ApiClient api = client();
        HttpRequest unsigned_;
        unsigned_.method = "POST";
        unsigned_.path = "/";
        unsigned_.headers = {{"Host", api.host()},
                             {"Content-Type", kJsonType},
                             {"X-Amz-Target", "ACMPrivateCA.ListCertificateAuthorities"}};
        unsigned_.body = "{}";
        ApiResult r = api.send(unsigned_);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorType(), QStringLiteral("MissingAuthenticationTokenException"));

        ApiClient wrongSecret(m_server->port(), m_engine->clock(),
                              {kTestKey.accessKeyId, "wrong secret"});
        r = wrongSecret.call(QStringLiteral("ListCertificateAuthorities"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorType(), QStringLiteral("InvalidSignatureException"));

        ApiClient unknown(m_server->port(), m_engine->clock(), {"AKPCNOBODY0000000000", "x"});
        r = unknown.call(QStringLiteral("ListCertificateAuthorities"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorType(), QStringLiteral("UnrecognizedClientException"));

        HttpRequest tampered =
            api.signedRequest(QStringLiteral("ListCertificateAuthorities"), R"({"MaxResults":5})");
        tampered.body = R"({"MaxResults":6})";
        r = api.send(tampered);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorType(), QStringLiteral("InvalidSignatureException"));

        ManualClock past(m_engine->clock().nowMs() - 20 * 60 * 1000);
        ApiClient stale(m_server->port(), past);
        r = stale.call(QStringLiteral("ListCertificateAuthorities"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorType(), QStringLiteral("InvalidSignatureException"));
        QVERIFY(r.message().startsWith(QStringLiteral("Signature expired")));

        ApiClient otherRegion(m_server->port(), m_engine->clock(), kTestKey, "eu-west-1");
        r = otherRegion.call(QStringLiteral("ListCertificateAuthorities"));
        QCOMPARE(r.status, 403);

        // Nothing of an unauthenticated request reaches the engine.
        r = api.send(unsigned_);
        QCOMPARE(m_engine->service().listCertificateAuthorities({}).certificateAuthorities->size(),
                 0);
    }

    void requestIdOnEveryResponse()
    {
        ApiClient api = client();
        QSet<QByteArray> ids;
        const QList<ApiResult> results = {
            api.call(QStringLiteral("ListCertificateAuthorities")),
            api.call(QStringLiteral("NoSuchOperation")),
            ApiClient(m_server->port(), m_engine->clock(), {"AKPCX", "y"})
                .call(QStringLiteral("ListTags"))};
        for (const ApiResult &r : results) {
            const QByteArray id = r.response.header("x-amzn-RequestId");
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$"))
                        .match(QString::fromLatin1(id))
                        .hasMatch());
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 3);
        QVERIFY(!api.get("/no/such/object").header("x-amzn-RequestId").isEmpty());
    }

    void keepAliveAndPipelining()
    {
        ApiClient api = client();
        QByteArray wire;
        for (int i = 1; i <= 3; ++i) {
            wire += api.signedRequest(QStringLiteral("ListCertificateAuthorities"),
                                      QByteArray(R"({"MaxResults":)") + QByteArray::number(i) + '}')
                        .serialize();
        }
        wire += api.signedRequest(QStringLiteral("Nope"), "{}").serialize();
        BlockingHttpClient &http = api.http();
        QVERIFY(http.sendRaw(wire));
        for (int i = 0; i < 3; ++i) {
            const auto response = http.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        const auto last = http.readResponse();
        QVERIFY(last);
        QCOMPARE(last->status, 400); // answered in order
        QVERIFY(http.isConnected());
        // Still usable afterwards.
        QCOMPARE(api.call(QStringLiteral("ListCertificateAuthorities")).status, 200);
    }

    void http10ClosesUnlessKeepAlive()
    {
        BlockingHttpClient http(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(http.sendRaw("GET /nothing/here HTTP/1.0\r\n\r\n"));
        const auto response = http.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 404);
        QCOMPARE(response->header("connection").toLower(), QByteArray("close"));
        QVERIFY(http.waitForClose(5000));
    }

    void badInputIsAnsweredAndClosed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        // The start of a TLS ClientHello: a TLS client on the plain HTTP port.
        QTest::newRow("tls handshake")
            << QByteArray::fromHex("160301020001000001fc0303a1b2c3d4e5f60718293a4b5c6d7e8f90")
            << 400;
        QTest::newRow("garbage request line") << QByteArray("hello there\r\n") << 400;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n") << 413;
        QTest::newRow("header section too large")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(70000, 'a') + "\r\n\r\n")
            << 431;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n0\r\n\r\n")
                                 << 501;
        QTest::newRow("unsupported method")
            << QByteArray("DELETE /bucket/key HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
    }

    void badInputIsAnsweredAndClosed()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        BlockingHttpClient http(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(http.sendRaw(wire));
        const auto response = http.readResponse(10'000);
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status != 405) // a well-formed request keeps its connection
            QVERIFY(http.waitForClose(5000));
        // The server is unharmed.
        QCOMPARE(client().call(QStringLiteral("ListCertificateAuthorities")).status, 200);
    }

    void randomBytesNeverBreakTheServer()
    {
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 60; ++i) {
            BlockingHttpClient http(QStringLiteral("127.0.0.1"), m_server->port());
            QByteArray junk;
            if (i % 2 == 0)
                junk = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n";
            const int size = int(random->bounded(1, 3000));
            for (int b = 0; b < size; ++b)
                junk += char(random->bounded(256));
            if (!http.sendRaw(junk))
                continue;
            http.readResponse(200); // whatever it is; the connection may also stay open
        }
        QCOMPARE(client().call(QStringLiteral("ListCertificateAuthorities")).status, 200);
    }

    void slowAndIdleClientsAreDisconnected()
    {
        // A server with short timeouts.
        ApiServerOptions options;
        options.http.requestTimeout = std::chrono::milliseconds(400);
        options.http.idleTimeout = std::chrono::milliseconds(400);
        InProcessServer quick(m_engine->service(), m_engine->clock(), options);

        BlockingHttpClient slow(QStringLiteral("127.0.0.1"), quick.port());
        QVERIFY(slow.sendRaw("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"));
        const auto response = slow.readResponse(5000);
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QVERIFY(slow.waitForClose(5000));

        BlockingHttpClient idle(QStringLiteral("127.0.0.1"), quick.port());
        QVERIFY(idle.connectToServer());
        QVERIFY(idle.waitForClose(5000));

        // A client that keeps trickling bytes is cut off too (the whole request must arrive
        // within the request timeout).
        BlockingHttpClient trickle(QStringLiteral("127.0.0.1"), quick.port());
        QVERIFY(trickle.sendRaw("GET /"));
        QElapsedTimer timer;
        timer.start();
        bool closed = false;
        while (timer.elapsed() < 5000 && !closed) {
            trickle.sendRaw("a");
            closed = trickle.waitForClose(100);
        }
        QVERIFY(closed);
    }

    void clientsThatDoNotReadAreCutOff()
    {
        for (int i = 0; i < 8; ++i)
            m_engine->createCa(api::CertificateAuthorityType::ROOT,
                               QStringLiteral("Listed CA number %1 with a long name").arg(i));
        ApiServerOptions options;
        options.http.idleTimeout = std::chrono::milliseconds(1000);
        InProcessServer quick(m_engine->service(), m_engine->clock(), options);
        const quint16 port = quick.port();
        // A client pipelines requests with large answers but never reads the answers.
        const QByteArray request =
            ApiClient(port, m_engine->clock())
                .signedRequest(QStringLiteral("ListCertificateAuthorities"), "{}")
                .serialize();
        constexpr int kBursts = 40; // 8 MB of requests, some 200 MB of answers
        QByteArray burst;
        for (int i = 0; i < 500; ++i)
            burst += request;
        QSemaphore release;
        QFuture<void> flood = QtConcurrent::run([port, &release, burst] {
            BlockingHttpClient http(QStringLiteral("127.0.0.1"), port);
            for (int sent = 0; sent < kBursts && http.sendRaw(burst, 2000); ++sent) {
            }
            release.tryAcquire(1, 30'000); // holds the connection, still not reading
        });
        QTRY_VERIFY_WITH_TIMEOUT(quick.server().httpServer().connectionCount() >= 1, 5000);
        QElapsedTimer timer;
        timer.start();
        {
            // Others are served meanwhile.
            ApiClient other(port, m_engine->clock());
            QCOMPARE(other.call(QStringLiteral("ListCertificateAuthorities")).status, 200);
            QVERIFY(timer.elapsed() < 5000);
        }
        // The server stops taking requests once 4 MiB of answers wait for the client, and drops
        // the connection after the idle timeout (instead of answering all 20000 requests into
        // memory first and lingering to flush them).
        QTRY_COMPARE_WITH_TIMEOUT(quick.server().httpServer().connectionCount(), 0, 12'000);
        release.release();
        flood.waitForFinished();
    }

    void ocspResponder()
    {
        const QString caArn = m_engine->createActiveRoot(
            QStringLiteral("OCSP Root"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 5, crlAndOcsp(QStringLiteral("ocsp-crl")));
        const QString certArn = m_engine->issue(caArn, QStringLiteral("ocsp.example.com"));
        const QString dir = m_files.path();
        const QString caPem = writeFile(dir, QStringLiteral("ca.pem"),
                                        m_engine->service()
                                            .getCertificateAuthorityCertificate({caArn})
                                            .certificate->toLatin1());
        const QString leafPem =
            writeFile(dir, QStringLiteral("leaf.pem"), m_engine->certificatePem(caArn, certArn));
        const QString requestPath = dir + QStringLiteral("/request.der");
        QCOMPARE(
            runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-issuer"), caPem,
                        QStringLiteral("-cert"), leafPem, QStringLiteral("-reqout"), requestPath}),
            0);
        QFile requestFile(requestPath);
        QVERIFY(requestFile.open(QIODevice::ReadOnly));
        const QByteArray derRequest = requestFile.readAll();

        // The nonce openssl put into the request, as `-text` prints it.
        QByteArray requestText;
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-reqin"), requestPath,
                    QStringLiteral("-text")},
                   &requestText);
        const QByteArray nonce =
            requestText.mid(requestText.indexOf("OCSP Nonce:")).split('\n').value(1).trimmed();
        QVERIFY(nonce.size() > 8);
        // Verifies the signature (issued by the CA) and the status. Responses are pre-produced
        // (RFC 5019): the request's nonce is not echoed.
        const auto checkResponse = [&](const QByteArray &der, const QString &expected) {
            const QString responsePath = writeFile(dir, QStringLiteral("response.der"), der);
            QByteArray out;
            QByteArray err;
            const int status =
                runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), responsePath,
                            QStringLiteral("-issuer"), caPem, QStringLiteral("-cert"), leafPem,
                            QStringLiteral("-CAfile"), caPem, QStringLiteral("-no_nonce"),
                            QStringLiteral("-resp_text")},
                           &out, &err);
            const QByteArray all = out + err;
            return status == 0 && all.contains("Response verify OK") && !all.contains(nonce) &&
                   !all.contains("OCSP Nonce") && QString::fromUtf8(all).contains(expected);
        };

        ApiClient api = client();
        BlockingHttpClient &http = api.http();
        for (const QByteArray &path : {QByteArray("/ocsp"), QByteArray("/")}) {
            HttpRequest post;
            post.method = "POST";
            post.path = path;
            post.headers = {{"Host", api.host()}, {"Content-Type", "application/ocsp-request"}};
            post.body = derRequest;
            const auto response = http.exchange(post);
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->header("content-type"), QByteArray("application/ocsp-response"));
            QVERIFY2(checkResponse(response->body, QStringLiteral("leaf.pem: good")),
                     path.constData());
            // POST answers are not for HTTP caches (RFC 5019 section 6).
            QVERIFY(response->header("cache-control").isEmpty());
            QVERIFY(response->header("etag").isEmpty());
            QVERIFY(response->header("expires").isEmpty());
        }
        // GET with the URL-encoded base64 request (RFC 5019), with its caching headers: the
        // pre-produced response is fresh until nextUpdate (one hour).
        const QByteArray encoded = derRequest.toBase64().toPercentEncoding();
        auto response = api.get("/ocsp/" + encoded);
        QCOMPARE(response.status, 200);
        QVERIFY(checkResponse(response.body, QStringLiteral("leaf.pem: good")));
        const QByteArray cacheControl = response.header("cache-control");
        const QRegularExpressionMatch maxAge =
            QRegularExpression(QStringLiteral("^max-age=(\\d+), public, no-transform, "
                                              "must-revalidate$"))
                .match(QString::fromLatin1(cacheControl));
        QVERIFY2(maxAge.hasMatch(), cacheControl.constData());
        QVERIFY(maxAge.captured(1).toInt() > 3500 && maxAge.captured(1).toInt() <= 3600);
        const QByteArray etag = response.header("etag");
        QVERIFY2(etag.size() == 42 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
        const auto httpDateOf = [](const QByteArray &value) {
            return QLocale::c().toDateTime(QString::fromLatin1(value),
                                           QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        };
        const QDateTime lastModified = httpDateOf(response.header("last-modified"));
        const QDateTime expires = httpDateOf(response.header("expires"));
        QVERIFY(lastModified.isValid() && expires.isValid());
        QCOMPARE(lastModified.secsTo(expires), qint64(3600));
        // The same bytes again (pre-produced), and 304 for a cache that holds them.
        QCOMPARE(api.get("/ocsp/" + encoded).body, response.body);
        HttpRequest conditional;
        conditional.method = "GET";
        conditional.path = "/ocsp/" + encoded;
        conditional.headers = {{"Host", api.host()}, {"If-None-Match", etag}};
        const auto notModified = http.exchange(conditional);
        QVERIFY(notModified);
        QCOMPARE(notModified->status, 304);
        QVERIFY(notModified->body.isEmpty());
        QCOMPARE(notModified->header("etag"), etag);

        // Revoked after RevokeCertificate, with the reason.
        api::RevokeCertificateRequest revoke;
        revoke.certificateAuthorityArn = caArn;
        revoke.certificateSerial = certArn.section(QLatin1Char('/'), -1);
        revoke.revocationReason = api::RevocationReason::KEY_COMPROMISE;
        m_engine->service().revokeCertificate(revoke);
        response = api.get("/ocsp/" + encoded);
        QVERIFY(checkResponse(response.body, QStringLiteral("leaf.pem: revoked")));
        QVERIFY(checkResponse(response.body, QStringLiteral("keyCompromise")));
        QVERIFY(response.header("etag") != etag);
        const auto afterRevocation = http.exchange(conditional);
        QVERIFY(afterRevocation);
        QCOMPARE(afterRevocation->status, 200);

        // Malformed requests get an OCSP malformedRequest answer, not an HTTP error.
        HttpRequest junk;
        junk.method = "POST";
        junk.path = "/ocsp";
        junk.headers = {{"Host", api.host()}, {"Content-Type", "application/ocsp-request"}};
        junk.body = "definitely not DER";
        const auto malformed = http.exchange(junk);
        QVERIFY(malformed);
        QCOMPARE(malformed->status, 200);
        const QString malformedPath =
            writeFile(dir, QStringLiteral("malformed.der"), malformed->body);
        QByteArray out;
        QByteArray err;
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), malformedPath,
                    QStringLiteral("-resp_text"), QStringLiteral("-noverify")},
                   &out, &err);
        out += err;
        QVERIFY2(out.contains("malformedrequest") || out.contains("malformedRequest"),
                 out.constData());
        const auto notBase64 = api.get("/ocsp/%%%not-base64");
        QCOMPARE(notBase64.status, 200);
        QCOMPARE(notBase64.header("cache-control"), QByteArray("no-cache"));
    }

    void crlAndObjects()
    {
        const QString caArn = m_engine->createActiveRoot(
            QStringLiteral("CRL Root"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 5, crlAndOcsp(QStringLiteral("public-crls")));
        const QString certArn = m_engine->issue(caArn, QStringLiteral("crl.example.com"));
        m_engine->service().revokeCertificate(
            {caArn, certArn.section(QLatin1Char('/'), -1), api::RevocationReason::SUPERSEDED});
        m_engine->service().generateCrl(caArn);
        const CrlStatus status = m_engine->service().crlStatus(caArn);
        QVERIFY(status.distributionPointUrl.startsWith(m_server->baseUrl() +
                                                       QStringLiteral("/public-crls/")));

        ApiClient api = client();
        const HttpClientResponse crl = api.get(pathOf(status.distributionPointUrl));
        QCOMPARE(crl.status, 200);
        QCOMPARE(crl.header("content-type"), QByteArray("application/pkix-crl"));
        const QString crlPath = writeFile(m_files.path(), QStringLiteral("ca.crl"), crl.body);
        QByteArray text;
        QCOMPARE(runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"),
                             QStringLiteral("DER"), QStringLiteral("-in"), crlPath,
                             QStringLiteral("-noout"), QStringLiteral("-text")},
                            &text),
                 0);
        QVERIFY(text.contains("Superseded"));

        // The CNAME-style path serves the same CRL.
        const QString caId = caArn.section(QLatin1Char('/'), -1);
        const HttpClientResponse cname = api.get("/crl/" + caId.toLatin1() + ".crl");
        QCOMPARE(cname.status, 200);
        QCOMPARE(cname.body, crl.body);
        // HEAD: headers only; conditional GET: 304.
        const HttpClientResponse head = api.get("/crl/" + caId.toLatin1() + ".crl", "HEAD");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-length").toInt(), crl.body.size());
        HttpRequest conditional;
        conditional.method = "GET";
        conditional.target = "/crl/" + caId.toLatin1() + ".crl";
        conditional.headers = {{"Host", api.host()}, {"If-None-Match", crl.header("etag")}};
        QCOMPARE(api.http().exchange(conditional)->status, 304);

        // Nothing else is reachable.
        for (const QByteArray &path :
             {QByteArray("/public-crls/../public-crls/crl/") + caId.toLatin1() + ".crl",
              QByteArray("/public-crls/%2e%2e/etc/passwd"), QByteArray("/public-crls"),
              QByteArray("/public-crls/"), QByteArray("/no-bucket/crl/x.crl"),
              QByteArray("/crl/00000000-0000-0000-0000-000000000000.crl"), QByteArray("/"),
              QByteArray("/etc/passwd"), QByteArray("/..%2f..%2fetc%2fpasswd"),
              QByteArray("/public-crls/crl%00/x")}) {
            QCOMPARE(api.get(path).status, 404);
        }
    }

    void auditReportsArePrivate()
    {
        const QString caArn = m_engine->createActiveRoot(QStringLiteral("Audit Root"));
        m_engine->issue(caArn, QStringLiteral("audited.example.com"));
        api::CreateCertificateAuthorityAuditReportRequest request;
        request.certificateAuthorityArn = caArn;
        request.s3BucketName = QStringLiteral("audit-bucket");
        request.auditReportResponseFormat = api::AuditReportResponseFormat::CSV;
        const auto report = m_engine->service().createCertificateAuthorityAuditReport(request);
        m_engine->service().waitForBackgroundWork();
        const QByteArray path = "/audit-bucket/" + report.s3Key->toLatin1();

        ApiClient api = client();
        HttpClientResponse unsignedGet = api.get(path);
        QCOMPARE(unsignedGet.status, 403);
        QVERIFY(unsignedGet.body.contains("<Code>AccessDenied</Code>"));

        for (const QByteArray &service : {QByteArray("s3"), QByteArray("acm-pca")}) {
            HttpRequest get;
            get.method = "GET";
            get.path = path;
            get.headers = {{"Host", api.host()}};
            SigV4Signer(kTestKey, "us-east-1", service).sign(get, m_engine->clock().nowMs());
            const auto response = api.http().exchange(get);
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QVERIFY(response->header("content-type").startsWith("text/csv"));
            QVERIFY(response->body.contains("audited.example.com"));
        }
        HttpRequest wrongKey;
        wrongKey.method = "GET";
        wrongKey.path = path;
        wrongKey.headers = {{"Host", api.host()}};
        SigV4Signer({kTestKey.accessKeyId, "nope"}, "us-east-1", "s3")
            .sign(wrongKey, m_engine->clock().nowMs());
        QCOMPARE(api.http().exchange(wrongKey)->status, 403);
    }

    // Many clients connecting at once wait in the kernel's accept queue until the server takes
    // them. A queue shorter than the burst (Qt's default is 50) drops the handshakes beyond it,
    // and those clients are answered only after a retransmission, a second or more later.
    void aBurstOfConnectionsIsAnsweredWithoutRetransmissions()
    {
        HttpServer server(
            [](const HttpRequest &) { return HttpResponse(200, "text/plain", "ok"); });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(server.serverPort());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

        // The listening socket belongs to this thread, which accepts nothing until the whole
        // burst has been sent.
        constexpr int kClients = 200;
        std::vector<int> sockets;
        const auto closeAll = qScopeGuard([&] {
            for (int fd : sockets)
                ::close(fd);
        });
        for (int i = 0; i < kClients; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            sockets.push_back(fd);
            const int result =
                ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
            QVERIFY2(result == 0 || errno == EINPROGRESS, strerror(errno));
        }
        QThread::msleep(100); // the handshakes happen in the kernel meanwhile

        const QByteArray request = "GET /burst HTTP/1.1\r\nHost: test\r\n\r\n";
        std::vector<bool> sent(kClients, false);
        std::vector<QByteArray> answers(kClients);
        int answered = 0;
        QElapsedTimer clock;
        clock.start();
        while (answered < kClients && clock.elapsed() < 10'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            for (int i = 0; i < kClients; ++i) {
                if (!sent[size_t(i)]) {
                    // Fails (ENOTCONN, EAGAIN) while the handshake is incomplete.
                    sent[size_t(i)] =
                        ::send(sockets[size_t(i)], request.constData(), size_t(request.size()),
                               MSG_NOSIGNAL) == request.size();
                    continue;
                }
                if (answers[size_t(i)].endsWith("ok"))
                    continue;
                char buffer[512];
                const ssize_t n = ::recv(sockets[size_t(i)], buffer, sizeof buffer, 0);
                if (n > 0) {
                    answers[size_t(i)].append(buffer, n);
                    if (answers[size_t(i)].endsWith("ok"))
                        ++answered;
                }
            }
        }
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(answered, kClients);
        for (const QByteArray &answer : answers)
            QVERIFY(answer.startsWith("HTTP/1.1 200"));
        // Answering 200 local requests takes milliseconds; a dropped handshake costs at least
        // the one-second retransmission timeout.
        QVERIFY2(elapsed < 900, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    void concurrentClients()
    {
        const QString caArn = m_engine->createActiveRoot(QStringLiteral("Busy Root"));
        // A plain variable: lambdas capture it (clang 14 cannot capture structured bindings).
        const QByteArray csr = makeCsr().first;
        const quint16 port = m_server->port();
        ManualClock &clock = m_engine->clock();
        QList<QFuture<QStringList>> workers;
        for (int w = 0; w < 8; ++w) {
            workers.append(QtConcurrent::run([&, port] {
                ApiClient api(port, clock);
                QStringList arns;
                for (int i = 0; i < 15; ++i) {
                    const ApiResult r =
                        api.call(QStringLiteral("IssueCertificate"),
                                 {{"CertificateAuthorityArn", caArn},
                                  {"Csr", QString::fromLatin1(csr.toBase64())},
                                  {"SigningAlgorithm", "SHA256WITHECDSA"},
                                  {"Validity", QJsonObject{{"Value", 1}, {"Type", "DAYS"}}}});
                    arns << r.json.value(QStringLiteral("CertificateArn")).toString();
                    const ApiResult g = api.call(
                        QStringLiteral("GetCertificate"),
                        {{"CertificateAuthorityArn", caArn}, {"CertificateArn", arns.last()}});
                    if (g.status != 200)
                        arns << QString();
                }
                return arns;
            }));
        }
        QSet<QString> all;
        for (auto &worker : workers) {
            for (const QString &arn : worker.result()) {
                QVERIFY(!arn.isEmpty());
                all.insert(arn);
            }
        }
        QCOMPARE(all.size(), 8 * 15);
    }

    // startOnIoThread: a request it takes is answered later, from another thread, on the same
    // keep-alive connection (also while the server shuts down); one it declines goes to the
    // handler.
    void deferredRequestsAreAnsweredLater()
    {
        std::mutex mutex;
        std::vector<std::thread> answerers;
        std::atomic<int> answered{0};
        HttpServerOptions options;
        options.startOnIoThread = [&](const HttpRequest &request, const Responder &respond) {
            if (request.path != "/later")
                return false;
            std::lock_guard lock(mutex);
            answerers.emplace_back([respond, &answered] {
                QThread::msleep(200);
                respond(HttpResponse(200, "text/plain", "later"));
                ++answered;
            });
            return true;
        };
        HttpServer server(
            [](const HttpRequest &) { return HttpResponse(200, "text/plain", "now"); }, options);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        const auto get = [](BlockingHttpClient &http, const QByteArray &path) {
            const auto response = http.exchange(plainGet(path), 20'000);
            return response && response->status == 200 ? response->body : QByteArray("failed");
        };
        QFuture<QByteArrayList> client = QtConcurrent::run([port, get] {
            BlockingHttpClient http(QStringLiteral("127.0.0.1"), port);
            return QByteArrayList{get(http, "/now"), get(http, "/later"), get(http, "/now")};
        });
        while (!client.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCOMPARE(client.result(), (QByteArrayList{"now", "later", "now"}));

        QFuture<QByteArray> underWay = QtConcurrent::run([port, get] {
            BlockingHttpClient http(QStringLiteral("127.0.0.1"), port);
            return get(http, "/later");
        });
        const auto startedCount = [&] {
            std::lock_guard lock(mutex);
            return answerers.size();
        };
        while (startedCount() < 2)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        server.shutdown();
        QCOMPARE(underWay.result(), QByteArray("later"));
        QCOMPARE(server.connectionCount(), 0);
        for (std::thread &answerer : answerers)
            answerer.join();
    }

    // Even without grace, shutdown() returns only once every deferred request has been
    // answered: no answer can reach a connection that is gone.
    void shutdownWaitsForDeferredAnswers()
    {
        std::atomic<bool> answered{false};
        std::atomic<bool> started{false};
        std::thread answerer;
        HttpServerOptions options;
        options.startOnIoThread = [&](const HttpRequest &, const Responder &respond) {
            answerer = std::thread([respond, &answered] {
                QThread::msleep(300);
                respond(HttpResponse(200, "text/plain", "later"));
                answered = true;
            });
            started = true;
            return true;
        };
        HttpServer server([](const HttpRequest &) { return HttpResponse(200, "text/plain", ""); },
                          options);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        QFuture<void> client = QtConcurrent::run([port] {
            BlockingHttpClient http(QStringLiteral("127.0.0.1"), port);
            http.exchange(plainGet("/later"), 5'000);
        });
        while (!started.load())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        server.shutdown(std::chrono::milliseconds(0));
        QVERIFY(answered.load());
        answerer.join();
        client.waitForFinished();
    }

    void shutdownAnswersRequestsUnderWay()
    {
        QSemaphore entered;
        QSemaphore release;
        HttpServer server([&](const HttpRequest &) {
            entered.release();
            release.acquire();
            return HttpResponse(200, "text/plain", "finished");
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        QFuture<int> inFlight = QtConcurrent::run([port] {
            BlockingHttpClient http(QStringLiteral("127.0.0.1"), port);
            const auto response = http.exchange(plainGet("/slow"), 20'000);
            return response && response->body == "finished" ? response->status : -1;
        });
        // Wait for the request to reach the handler, serving the listener meanwhile.
        while (!entered.tryAcquire(1, 10))
            QCoreApplication::processEvents();
        // While the main thread shuts down, a helper checks that new connections are refused,
        // then lets the request under way finish.
        QFuture<bool> refused = QtConcurrent::run([&release, port] {
            QElapsedTimer timer;
            timer.start();
            bool refusedNow = false;
            while (!refusedNow && timer.elapsed() < 10'000) {
                refusedNow =
                    !BlockingHttpClient(QStringLiteral("127.0.0.1"), port).connectToServer(500);
                if (!refusedNow)
                    QThread::msleep(10);
            }
            release.release();
            return refusedNow;
        });
        server.shutdown();
        QVERIFY(refused.result());
        QCOMPARE(inFlight.result(), 200);
        QCOMPARE(server.connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpFrontEnd)
#include "tst_http_frontend.moc"

// SigV4: the signer and the verifier against vectors computed independently
// (compute_sigv4_vectors.py, written from the specification with hashlib/hmac only; its first
// case is the example published in the AWS documentation), and every way a request can fail
// verification, with the exception names clients see.
#include "Clock.h"
#include "SigV4.h"
#include "crypto/OpenSsl.h"
#include "crypto/SigV4Signing.h"

#include <QMap>
#include <QTest>

using namespace pca;
using namespace pca::server;

namespace {

const AccessKey kExampleKey{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"};

qint64 msAt(const char *amzDate)
{
    QDateTime t =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

// The acm-pca vector of compute_sigv4_vectors.py.
HttpRequest listCasRequest()
{
    HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers = {{"Host", "127.0.0.1:8080"},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "ACMPrivateCA.ListCertificateAuthorities"}};
    request.body = R"({"MaxResults": 10})";
    return request;
}

const QByteArray kListCasAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240229/us-east-1/acm-pca/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=85b50764ab9487235dec1d1f5acc3dd163f5b6dc58f2bb5f432cb0c9b3948d9f";

// Signs like SigV4Signer, but over exactly `signedHeaders` in the order given (which a correct
// signer never does): the MAC of the result matches, so only the verifier's checks of the
// Authorization header's form can refuse it.
void signOver(HttpRequest &request, const AccessKey &key, const QList<QByteArray> &signedHeaders,
              qint64 at)
{
    const QByteArray date = server::sigv4::amzDate(at);
    request.headers.append(HttpHeader{"X-Amz-Date", date});
    const QByteArray scope = date.left(8) + "/us-east-1/acm-pca/aws4_request";
    const QByteArray canonical = server::sigv4::canonicalRequest(
        request, signedHeaders, server::sigv4::hexSha256(request.body), false);
    const QByteArray signature =
        crypto::hmacSha256(server::sigv4::deriveSigningKey(key.secretAccessKey, date.left(8),
                                                           "us-east-1", "acm-pca"),
                           server::sigv4::stringToSign(date, scope, canonical))
            .toHex();
    request.headers.append(
        HttpHeader{"Authorization", "AWS4-HMAC-SHA256 Credential=" + key.accessKeyId + '/' + scope +
                                        ", SignedHeaders=" + signedHeaders.join(';') +
                                        ", Signature=" + signature});
}

QByteArray headerValue(const HttpRequest &request, const char *name)
{
    return request.header(name);
}

void setHeader(HttpRequest &request, const QByteArray &name, const QByteArray &value)
{
    for (HttpHeader &h : request.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0) {
            h.value = value;
            return;
        }
    }
    request.headers.append(HttpHeader{name, value});
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private:
    // Verifies and returns the exception name ("" when the request is accepted).
    QString verifyError(const SigV4Verifier &verifier, const HttpRequest &request,
                        const QList<QByteArray> &services = {"acm-pca"}, QString *message = nullptr)
    {
        try {
            verifier.verify(request, services);
            return QString();
        } catch (const PcaError &e) {
            if (message)
                *message = e.message();
            return e.type();
        }
    }

private Q_SLOTS:
    void awsDocumentationExample()
    {
        // GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 of the AWS
        // Signature Version 4 documentation.
        QCOMPARE(server::sigv4::deriveSigningKey(kExampleKey.secretAccessKey, "20150830",
                                                 "us-east-1", "iam")
                     .toHex(),
                 QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
        HttpRequest request;
        request.method = "GET";
        request.path = "/";
        request.query = "Action=ListUsers&Version=2010-05-08";
        request.headers = {{"Host", "iam.amazonaws.com"},
                           {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                           {"X-Amz-Date", "20150830T123600Z"}};
        const QByteArray canonical = server::sigv4::canonicalRequest(
            request, {"content-type", "host", "x-amz-date"}, server::sigv4::hexSha256(""), false);
        QCOMPARE(server::sigv4::hexSha256(canonical),
                 QByteArray("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"));

        SigV4Signer signer(kExampleKey, "us-east-1", "iam");
        signer.sign(request, msAt("20150830T123600Z"));
        QVERIFY(headerValue(request, "authorization")
                    .endsWith("Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b592"
                              "4a6f2b5d7"));
    }

    void signerMatchesIndependentVectors()
    {
        HttpRequest request = listCasRequest();
        SigV4Signer signer(kExampleKey, "us-east-1", "acm-pca");
        signer.sign(request, msAt("20240229T235959Z"));
        QCOMPARE(headerValue(request, "x-amz-date"), QByteArray("20240229T235959Z"));
        QCOMPARE(headerValue(request, "authorization"), kListCasAuthorization);

        // Header values are trimmed, inner whitespace collapsed, repeated headers joined.
        HttpRequest spaced;
        spaced.method = "POST";
        spaced.path = "/";
        spaced.headers = {{"Host", "localhost:9"},
                          {"Content-Type", "application/x-amz-json-1.1"},
                          {"X-Amz-Target", "ACMPrivateCA.GetPolicy"},
                          {"X-Custom", "  a   b  "},
                          {"X-Custom", "c"}};
        spaced.body =
            R"({"ResourceArn": "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/x"})";
        SigV4Signer euSigner(kExampleKey, "eu-west-1", "acm-pca");
        euSigner.sign(spaced, msAt("20240301T000000Z"));
        QVERIFY(headerValue(spaced, "authorization")
                    .endsWith("SignedHeaders=content-type;host;x-amz-date;x-amz-target;x-custom, "
                              "Signature=b34bb952eb2bcc3ba13723046ba1244846dc775c2b3edc4815f3ad7"
                              "fe1b9f5d2"));
    }

    // The signer the desktop's remote clients use (core, without the server's types): the AWS
    // documentation's example, the independent acm-pca vector, and the server's verifier.
    void clientSignerMatchesPublishedAndIndependentVectors()
    {
        pca::sigv4::RequestToSign iam;
        iam.method = "GET";
        iam.rawPath = "/";
        iam.rawQuery = "Action=ListUsers&Version=2010-05-08";
        iam.headers = {{"Host", "iam.amazonaws.com"},
                       {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                       {"X-Amz-Date", "20150830T123600Z"}};
        QCOMPARE(pca::sigv4::sign(iam, kExampleKey.accessKeyId, kExampleKey.secretAccessKey,
                                  "us-east-1", "iam"),
                 QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/"
                            "aws4_request, SignedHeaders=content-type;host;x-amz-date, "
                            "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b592"
                            "4a6f2b5d7"));

        const HttpRequest listCas = listCasRequest();
        pca::sigv4::RequestToSign listing;
        listing.method = listCas.method;
        listing.rawPath = listCas.path;
        for (const HttpHeader &header : listCas.headers)
            listing.headers.append(std::make_pair(header.name, header.value));
        listing.headers.append(
            std::make_pair(QByteArray("X-Amz-Date"), QByteArray("20240229T235959Z")));
        listing.body = listCas.body;
        QCOMPARE(pca::sigv4::sign(listing, kExampleKey.accessKeyId, kExampleKey.secretAccessKey,
                                  "us-east-1", "acm-pca"),
                 kListCasAuthorization);
    }

    void clientSignerIsAcceptedByTheVerifier()
    {
        ManualClock clock(msAt("20240301T101500Z"));
        SigV4Verifier verifier({kExampleKey}, "eu-west-1", clock);
        pca::sigv4::RequestToSign toSign;
        toSign.method = "POST";
        toSign.rawPath = "/";
        toSign.headers = {{"Host", "pca.example.com:8443"},
                          {"Content-Type", "application/x-amz-json-1.1"},
                          {"X-Amz-Target", "PrivateCaManager.QueryCertificates"},
                          {"X-Amz-Date", "20240301T101500Z"}};
        toSign.body = "{\"CertificateAuthorityArn\":\"x\",\"Search\":\"caf\u00e9 & co\"}";
        HttpRequest request;
        request.method = toSign.method;
        request.path = toSign.rawPath;
        for (const auto &header : toSign.headers)
            request.headers.append(HttpHeader{header.first, header.second});
        request.body = toSign.body;
        request.headers.append(
            HttpHeader{"Authorization",
                       pca::sigv4::sign(toSign, kExampleKey.accessKeyId,
                                        kExampleKey.secretAccessKey, "eu-west-1", "acm-pca")});
        QCOMPARE(verifyError(verifier, request), QString());
        // A wrong secret, another region or a changed body is refused.
        request.headers.last().value = pca::sigv4::sign(toSign, kExampleKey.accessKeyId,
                                                        "not the secret", "eu-west-1", "acm-pca");
        QCOMPARE(verifyError(verifier, request), QStringLiteral("InvalidSignatureException"));
        request.headers.last().value = pca::sigv4::sign(
            toSign, kExampleKey.accessKeyId, kExampleKey.secretAccessKey, "us-east-1", "acm-pca");
        QCOMPARE(verifyError(verifier, request), QStringLiteral("InvalidSignatureException"));
        request.headers.last().value = pca::sigv4::sign(
            toSign, kExampleKey.accessKeyId, kExampleKey.secretAccessKey, "eu-west-1", "acm-pca");
        request.body += ' ';
        QCOMPARE(verifyError(verifier, request), QStringLiteral("InvalidSignatureException"));
    }

    void verifierAcceptsIndependentVector()
    {
        ManualClock clock(msAt("20240229T235959Z"));
        SigV4Verifier verifier({kExampleKey}, "us-east-1", clock);
        HttpRequest request = listCasRequest();
        request.headers.append(HttpHeader{"X-Amz-Date", "20240229T235959Z"});
        request.headers.append(HttpHeader{"Authorization", kListCasAuthorization});
        QCOMPARE(verifier.verify(request, {"acm-pca"}), QByteArray("AKIDEXAMPLE"));
        // Headers that are not signed may be added or changed freely.
        request.headers.append(HttpHeader{"User-Agent", "aws-cli/2"});
        QCOMPARE(verifyError(verifier, request), QString());
        // The signature is 64 lower-case hex digits; the same digits in upper case are refused
        // (AWS's documentation fixes the form).
        setHeader(request, "Authorization",
                  kListCasAuthorization.left(kListCasAuthorization.size() - 64) +
                      kListCasAuthorization.right(64).toUpper());
        QCOMPARE(verifyError(verifier, request), QStringLiteral("IncompleteSignatureException"));
    }

    void verifierRejections_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("expectedMessagePart");
        QTest::newRow("missing authorization") << "no-auth"
                                               << "MissingAuthenticationTokenException"
                                               << "Missing Authentication Token";
        QTest::newRow("unknown key") << "unknown-key"
                                     << "UnrecognizedClientException"
                                     << "security token";
        QTest::newRow("wrong secret") << "wrong-secret"
                                      << "InvalidSignatureException"
                                      << "does not match";
        QTest::newRow("tampered body") << "tampered-body"
                                       << "InvalidSignatureException"
                                       << "does not match";
        QTest::newRow("tampered signed header") << "tampered-target"
                                                << "InvalidSignatureException"
                                                << "does not match";
        QTest::newRow("stale date") << "stale"
                                    << "InvalidSignatureException"
                                    << "Signature expired";
        QTest::newRow("future date") << "future"
                                     << "InvalidSignatureException"
                                     << "Signature not yet current";
        QTest::newRow("other service") << "service"
                                       << "InvalidSignatureException"
                                       << "correct service: 'acm-pca'";
        QTest::newRow("other region") << "region"
                                      << "InvalidSignatureException"
                                      << "valid region";
        QTest::newRow("scope date") << "scope-date"
                                    << "InvalidSignatureException"
                                    << "Date in Credential scope";
        QTest::newRow("host unsigned") << "host-unsigned"
                                       << "IncompleteSignatureException"
                                       << "'Host'";
        QTest::newRow("malformed authorization") << "malformed"
                                                 << "IncompleteSignatureException"
                                                 << "'Credential'";
        QTest::newRow("other algorithm") << "algorithm"
                                         << "IncompleteSignatureException"
                                         << "algorithm";
        QTest::newRow("missing date") << "no-date"
                                      << "IncompleteSignatureException"
                                      << "X-Amz-Date";
        QTest::newRow("garbled date") << "bad-date"
                                      << "IncompleteSignatureException"
                                      << "ISO-8601";
        QTest::newRow("payload hash header mismatch") << "content-sha"
                                                      << "InvalidSignatureException"
                                                      << "x-amz-content-sha256";
        QTest::newRow("presigned query") << "presigned"
                                         << "IncompleteSignatureException"
                                         << "presigned";
        // Malformed Authorization headers whose MAC matches (issue 22, item 5).
        QTest::newRow("credential twice") << "credential-twice"
                                          << "IncompleteSignatureException"
                                          << "'Credential' more than once";
        QTest::newRow("signature twice") << "signature-twice"
                                         << "IncompleteSignatureException"
                                         << "'Signature' more than once";
        QTest::newRow("signed headers twice") << "signed-headers-twice"
                                              << "IncompleteSignatureException"
                                              << "'SignedHeaders' more than once";
        QTest::newRow("unknown parameter") << "unknown-part"
                                           << "IncompleteSignatureException"
                                           << "'Foo' is not a parameter";
        QTest::newRow("parameter without '='") << "no-equals"
                                               << "IncompleteSignatureException"
                                               << "missing equal-sign";
        QTest::newRow("two Authorization headers") << "two-headers"
                                                   << "IncompleteSignatureException"
                                                   << "more than one Authorization header";
        QTest::newRow("signed headers unsorted") << "unsorted"
                                                 << "IncompleteSignatureException"
                                                 << "sorted alphabetically";
        QTest::newRow("signed header listed twice") << "listed-twice"
                                                    << "IncompleteSignatureException"
                                                    << "each name once";
        QTest::newRow("signed header absent") << "absent-header"
                                              << "IncompleteSignatureException"
                                              << "'x-amz-meta-absent' is not in the request";
        QTest::newRow("signed header in upper case") << "upper-case-name"
                                                     << "IncompleteSignatureException"
                                                     << "lower-case header names";
        QTest::newRow("signature in upper case") << "upper-case-signature"
                                                 << "IncompleteSignatureException"
                                                 << "64 lower-case hexadecimal";
        QTest::newRow("short signature") << "short-signature"
                                         << "IncompleteSignatureException"
                                         << "64 lower-case hexadecimal";
        QTest::newRow("security token") << "security-token"
                                        << "UnrecognizedClientException"
                                        << "security token included in the request is invalid";
    }

    void verifierRejections()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, expectedType);
        QFETCH(QString, expectedMessagePart);

        const qint64 now = msAt("20240615T120000Z");
        ManualClock clock(now);
        const AccessKey key{"AKPCUNITTEST00000000", "unit-test-secret"};
        SigV4Verifier verifier({key}, "us-east-1", clock);

        AccessKey signingKey = key;
        QByteArray region = "us-east-1";
        QByteArray service = "acm-pca";
        qint64 signedAt = now;
        if (mutation == QLatin1String("unknown-key"))
            signingKey.accessKeyId = "AKPCSOMEONEELSE00000";
        if (mutation == QLatin1String("wrong-secret"))
            signingKey.secretAccessKey = "not-the-secret";
        if (mutation == QLatin1String("stale"))
            signedAt = now - 16 * 60 * 1000;
        if (mutation == QLatin1String("future"))
            signedAt = now + 16 * 60 * 1000;
        if (mutation == QLatin1String("service"))
            service = "s3";
        if (mutation == QLatin1String("region"))
            region = "eu-west-1";

        HttpRequest request = listCasRequest();
        if (mutation == QLatin1String("content-sha"))
            request.headers.append(
                HttpHeader{"X-Amz-Content-Sha256", server::sigv4::hexSha256("something else")});
        if (mutation == QLatin1String("security-token"))
            request.headers.append(HttpHeader{"X-Amz-Security-Token", "FwoGZXIvYXdzEXAMPLE"});
        const QMap<QString, QList<QByteArray>> customSignedHeaders = {
            {QStringLiteral("unsorted"), {"host", "content-type", "x-amz-date", "x-amz-target"}},
            {QStringLiteral("listed-twice"),
             {"content-type", "host", "host", "x-amz-date", "x-amz-target"}},
            {QStringLiteral("absent-header"),
             {"content-type", "host", "x-amz-date", "x-amz-meta-absent", "x-amz-target"}},
            {QStringLiteral("upper-case-name"), {"Host", "content-type", "x-amz-date"}},
        };
        if (customSignedHeaders.contains(mutation))
            signOver(request, signingKey, customSignedHeaders.value(mutation), signedAt);
        else
            SigV4Signer(signingKey, region, service).sign(request, signedAt);
        QByteArray authorization = request.header("authorization");
        if (mutation == QLatin1String("no-auth"))
            request.headers.removeIf([](const HttpHeader &h) { return h.name == "Authorization"; });
        if (mutation == QLatin1String("tampered-body"))
            request.body = R"({"MaxResults": 11})";
        if (mutation == QLatin1String("tampered-target"))
            setHeader(request, "X-Amz-Target", "ACMPrivateCA.DeleteCertificateAuthority");
        if (mutation == QLatin1String("scope-date"))
            setHeader(request, "Authorization", authorization.replace("/20240615/", "/20240614/"));
        if (mutation == QLatin1String("host-unsigned"))
            setHeader(request, "Authorization",
                      authorization.replace("content-type;host;", "content-type;"));
        if (mutation == QLatin1String("malformed"))
            setHeader(request, "Authorization", "AWS4-HMAC-SHA256 Signature=abc");
        if (mutation == QLatin1String("algorithm"))
            setHeader(request, "Authorization",
                      authorization.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256"));
        if (mutation == QLatin1String("no-date"))
            request.headers.removeIf([](const HttpHeader &h) { return h.name == "X-Amz-Date"; });
        if (mutation == QLatin1String("bad-date"))
            setHeader(request, "X-Amz-Date", "2024-06-15T12:00:00Z");
        const QByteArray credential =
            authorization.mid(authorization.indexOf("Credential="),
                              authorization.indexOf(',') - authorization.indexOf("Credential="));
        const QByteArray signatureHex = authorization.right(64);
        if (mutation == QLatin1String("credential-twice"))
            setHeader(request, "Authorization", authorization + ", " + credential);
        if (mutation == QLatin1String("signature-twice"))
            setHeader(request, "Authorization", authorization + ", Signature=" + signatureHex);
        if (mutation == QLatin1String("signed-headers-twice"))
            setHeader(request, "Authorization",
                      authorization + ", SignedHeaders=content-type;host;x-amz-date;x-amz-target");
        if (mutation == QLatin1String("unknown-part"))
            setHeader(request, "Authorization", authorization + ", Foo=bar");
        if (mutation == QLatin1String("no-equals"))
            setHeader(request, "Authorization", authorization + ", junk");
        if (mutation == QLatin1String("two-headers"))
            request.headers.append(HttpHeader{"Authorization", authorization});
        if (mutation == QLatin1String("upper-case-signature"))
            setHeader(request, "Authorization", authorization.chopped(64) + signatureHex.toUpper());
        if (mutation == QLatin1String("short-signature"))
            setHeader(request, "Authorization", authorization.chopped(1));
        if (mutation == QLatin1String("presigned")) {
            request.headers.removeIf([](const HttpHeader &h) { return h.name == "Authorization"; });
            request.query = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=00";
        }

        QString message;
        QCOMPARE(verifyError(verifier, request, {"acm-pca"}, &message), expectedType);
        QVERIFY2(message.contains(expectedMessagePart, Qt::CaseInsensitive), qPrintable(message));
    }

    void clockSkewWindowIsFifteenMinutes()
    {
        const qint64 now = msAt("20240615T120000Z");
        ManualClock clock(now);
        SigV4Verifier verifier({kExampleKey}, "us-east-1", clock);
        for (const qint64 offset : {-14 * 60'000LL, 14 * 60'000LL, 0LL}) {
            HttpRequest request = listCasRequest();
            SigV4Signer(kExampleKey, "us-east-1", "acm-pca").sign(request, now + offset);
            QCOMPARE(verifyError(verifier, request), QString());
        }
    }

    void signingKeysAreCachedPerDate()
    {
        // The same verifier accepts requests on consecutive days (a cached key of one day must
        // not be used for the next).
        ManualClock clock(msAt("20240615T235930Z"));
        SigV4Verifier verifier({kExampleKey}, "us-east-1", clock);
        SigV4Signer signer(kExampleKey, "us-east-1", "acm-pca");
        for (int i = 0; i < 3; ++i) {
            HttpRequest request = listCasRequest();
            signer.sign(request, clock.nowMs());
            QCOMPARE(verifyError(verifier, request), QString());
            clock.advanceSeconds(60);
        }
        QVERIFY(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC).date().day() == 16);
    }

    void s3StyleRequests()
    {
        const qint64 now = msAt("20240615T120000Z");
        ManualClock clock(now);
        SigV4Verifier verifier({kExampleKey}, "us-east-1", clock);
        HttpRequest request;
        request.method = "GET";
        request.path = "/audit-bucket/audit-report/ca%20id/report.json";
        request.headers = {{"Host", "127.0.0.1:8080"}};
        SigV4Signer(kExampleKey, "us-east-1", "s3").sign(request, now);
        QCOMPARE(request.header("x-amz-content-sha256"), server::sigv4::hexSha256(""));
        QCOMPARE(verifyError(verifier, request, {"s3", "acm-pca"}), QString());
        // Only the services the endpoint names are accepted.
        QCOMPARE(verifyError(verifier, request, {"acm-pca"}),
                 QStringLiteral("InvalidSignatureException"));
        // S3 requires the payload hash header.
        HttpRequest noHash = request;
        noHash.headers.removeIf([](const HttpHeader &h) {
            return h.name.compare("x-amz-content-sha256", Qt::CaseInsensitive) == 0;
        });
        QCOMPARE(verifyError(verifier, noHash, {"s3"}),
                 QStringLiteral("IncompleteSignatureException"));
    }

    void canonicalUriAndQuery()
    {
        // Non-S3 services: dot segments removed, empty segments collapsed, encoded again.
        QCOMPARE(server::sigv4::canonicalUri("/a/./b/../c//d/", false), QByteArray("/a/c/d/"));
        QCOMPARE(server::sigv4::canonicalUri("/my%20path", false), QByteArray("/my%2520path"));
        QCOMPARE(server::sigv4::canonicalUri("", false), QByteArray("/"));
        // S3: the path as sent.
        QCOMPARE(server::sigv4::canonicalUri("/b/a%20b/../c", true), QByteArray("/b/a%20b/../c"));
        QCOMPARE(server::sigv4::canonicalQuery("b=2&a=1&a=0&c"), QByteArray("a=0&a=1&b=2&c="));
        QCOMPARE(server::sigv4::canonicalQuery("x=a%20b%2bc&y=%7e"), QByteArray("x=a%20b%2Bc&y=~"));
        QCOMPARE(server::sigv4::uriEncode("a b/ü~", false), QByteArray("a%20b%2F%C3%BC~"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"

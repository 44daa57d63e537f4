// Relying-party clients against a spawned privateca-server: `openssl ocsp` at the OCSP URL of
// certificates of two CAs (good, then revoked after RevokeCertificate, via POST and GET, with
// and without a nonce; RFC 5019 caching headers on GET; an unknown serial, malformed requests,
// a CA with OCSP off), `curl` + `openssl crl` at the certificate's CRL distribution point, a
// partitioned CRL checked with `openssl verify -crl_check`, and all again after a restart on
// the same store.
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace pca::test;

class TestClientOpenssl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QString m_caArn;
    QString m_serial;
    QString m_secondArn;
    QString m_secondSerial;
    QString m_partitionedArn;
    QString m_partitionedSerial;
    QString m_crlUrl;
    QString m_ocspUrl;

    QString path(const QString &name) const
    {
        return QDir(m_server->workDirectory()).filePath(name);
    }

    ClientRun openssl(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        return m_server->run(QStringLiteral("/usr/bin/openssl"), arguments, input);
    }

    // The URL as served by the current server process (the port changes across restarts).
    QString onCurrentServer(const QString &url) const
    {
        QUrl moved(url);
        moved.setPort(QUrl(m_server->url()).port());
        return moved.toString();
    }

    // Whether `openssl crl -text` lists the serial (printed upper case, zero-padded).
    bool listsSerial(const QByteArray &crlText) const
    {
        QString serial = m_serial.toUpper();
        while (serial.startsWith(QLatin1Char('0')))
            serial.remove(0, 1);
        return QRegularExpression(QStringLiteral("Serial Number: 0*") + serial +
                                  QStringLiteral("\\b"))
            .match(QString::fromLatin1(crlText))
            .hasMatch();
    }

    ClientRun ocspQuery()
    {
        return openssl({"ocsp", "-issuer", path("ca.pem"), "-cert", path("leaf.pem"), "-url",
                        onCurrentServer(m_ocspUrl), "-CAfile", path("ca.pem"), "-resp_text"});
    }

    // `openssl ocsp` POSTing to the responder, with or without a nonce in the request.
    ClientRun ocspPost(const QString &ca, const QString &leaf, bool nonce)
    {
        QStringList arguments = {"ocsp",
                                 "-issuer",
                                 path(ca),
                                 "-cert",
                                 path(leaf),
                                 "-url",
                                 onCurrentServer(m_ocspUrl),
                                 "-CAfile",
                                 path(ca),
                                 "-resp_text"};
        if (!nonce)
            arguments << "-no_nonce";
        return openssl(arguments);
    }

    // The RFC 5019 GET form: the request built by `openssl ocsp -reqout` (with or without a
    // nonce), fetched with curl (response headers into *headers), verified by `openssl ocsp`.
    ClientRun ocspGet(const QString &ca, const QString &leaf, bool nonce, QByteArray *headers)
    {
        QStringList build = {
            "ocsp", "-issuer", path(ca), "-cert", path(leaf), "-reqout", path("get-request.der")};
        if (!nonce)
            build << "-no_nonce";
        const ClientRun request = openssl(build);
        if (request.exitCode != 0)
            return request;
        QFile file(path("get-request.der"));
        if (!file.open(QIODevice::ReadOnly))
            return request;
        const QByteArray encoded = file.readAll().toBase64().toPercentEncoding();
        QFile::remove(path("get-headers.txt"));
        const ClientRun get = m_server->run(
            QStringLiteral("/usr/bin/curl"),
            {"--silent", "--show-error", "--fail", "--dump-header", path("get-headers.txt"),
             "--output", path("get-response.der"),
             m_server->url() + QStringLiteral("/ocsp/") + QString::fromLatin1(encoded)});
        if (get.exitCode != 0)
            return get;
        QFile headerFile(path("get-headers.txt"));
        if (headerFile.open(QIODevice::ReadOnly))
            *headers = headerFile.readAll();
        // The response is checked on its own (-respin): its nonce cannot be compared.
        return openssl({"ocsp", "-respin", path("get-response.der"), "-issuer", path(ca), "-cert",
                        path(leaf), "-CAfile", path(ca), "-no_nonce", "-resp_text"});
    }

    // Every way of asking about `leaf` of `ca` says `status` ("good", "revoked") in a response
    // that verifies: POST and GET, with and without a nonce. Pre-produced responses carry no
    // nonce (openssl warns and verifies); GET answers carry the RFC 5019 caching headers.
    void expectStatus(const QString &ca, const QString &leaf, const QByteArray &status)
    {
        const QByteArray expected = leaf.toLatin1() + ": " + status;
        for (const bool nonce : {true, false}) {
            const ClientRun post = ocspPost(ca, leaf, nonce);
            PCA_VERIFY_RUN(post);
            const QByteArray all = post.out + post.err;
            QVERIFY2(all.contains("Response verify OK"), qPrintable(post.describe()));
            QVERIFY2(all.contains(expected), qPrintable(post.describe()));
            QVERIFY2(all.contains("This Update:") && all.contains("Next Update:"), all.constData());
            QVERIFY2(!all.contains("OCSP Nonce"), all.constData());
            QCOMPARE(all.contains("WARNING: no nonce in response"), nonce);

            QByteArray headers;
            const ClientRun get = ocspGet(ca, leaf, nonce, &headers);
            PCA_VERIFY_RUN(get);
            const QByteArray got = get.out + get.err;
            QVERIFY2(got.contains("Response verify OK"), qPrintable(get.describe()));
            QVERIFY2(got.contains(expected), qPrintable(get.describe()));
            QVERIFY2(!got.contains("OCSP Nonce"), got.constData());
            const QString text = QString::fromLatin1(headers);
            QVERIFY2(QRegularExpression(QStringLiteral("(?i)cache-control: max-age=\\d+, public, "
                                                       "no-transform, must-revalidate\r\n"))
                         .match(text)
                         .hasMatch(),
                     headers.constData());
            for (const char *name : {"last-modified: ", "expires: ", "etag: \""})
                QVERIFY2(text.contains(QLatin1StringView(name), Qt::CaseInsensitive),
                         headers.constData());
        }
    }

    ClientRun fetchCrl()
    {
        const ClientRun curl =
            m_server->run(QStringLiteral("/usr/bin/curl"),
                          {"--silent", "--show-error", "--fail", "--output", path("ca.crl"),
                           "--write-out", "%{content_type}", onCurrentServer(m_crlUrl)});
        if (curl.exitCode != 0 || curl.out != "application/pkix-crl")
            return curl;
        return openssl({"crl", "-inform", "DER", "-in", path("ca.crl"), "-CAfile", path("ca.pem"),
                        "-noout", "-text"});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->start());
        PCA_VERIFY_RUN(m_server->python(QStringLiteral("setup_revocation_ca.py")));
        QFile state(path("state.json"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(state.readAll()).object();
        m_caArn = json.value("root").toString();
        m_serial = json.value("serial").toString();
        QVERIFY(!m_caArn.isEmpty() && !m_serial.isEmpty());
        m_secondArn = json.value("second").toString();
        m_secondSerial = json.value("second_serial").toString();
        QVERIFY(!m_secondArn.isEmpty() && !m_secondSerial.isEmpty());
        m_partitionedArn = json.value("partitioned").toString();
        m_partitionedSerial = json.value("partitioned_serial").toString();
        QVERIFY(!m_partitionedArn.isEmpty() && !m_partitionedSerial.isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(m_server->stop(), 0); }

    void certificateNamesTheServer()
    {
        const ClientRun cdp =
            openssl({"x509", "-in", path("leaf.pem"), "-noout", "-ext", "crlDistributionPoints"});
        PCA_VERIFY_RUN(cdp);
        const QRegularExpressionMatch crl =
            QRegularExpression(QStringLiteral("URI:(\\S+)")).match(QString::fromUtf8(cdp.out));
        QVERIFY2(crl.hasMatch(), cdp.out.constData());
        m_crlUrl = crl.captured(1);
        QVERIFY2(m_crlUrl.startsWith(m_server->url() + QStringLiteral("/revocation-crls/crl/")),
                 qPrintable(m_crlUrl));

        const ClientRun aia = openssl({"x509", "-in", path("leaf.pem"), "-noout", "-ocsp_uri"});
        PCA_VERIFY_RUN(aia);
        m_ocspUrl = QString::fromUtf8(aia.out.trimmed());
        QCOMPARE(m_ocspUrl, m_server->url() + QStringLiteral("/ocsp"));
    }

    void goodCertificate()
    {
        expectStatus(QStringLiteral("ca.pem"), QStringLiteral("leaf.pem"), "good");
        expectStatus(QStringLiteral("ca2.pem"), QStringLiteral("leaf2.pem"), "good");

        const ClientRun crl = fetchCrl();
        PCA_VERIFY_RUN(crl);
        QVERIFY2((crl.out + crl.err).contains("verify OK"), qPrintable(crl.describe()));
        QVERIFY2(crl.out.contains("No Revoked Certificates"), crl.out.constData());
    }

    void revokedAfterRevokeCertificate()
    {
        const ClientRun revoke = m_server->aws(
            {"acm-pca", "revoke-certificate", "--certificate-authority-arn", m_caArn,
             "--certificate-serial", m_serial, "--revocation-reason", "KEY_COMPROMISE"});
        PCA_VERIFY_RUN(revoke);

        // The pre-produced "good" responses are replaced at once.
        const ClientRun ocsp = ocspQuery();
        PCA_VERIFY_RUN(ocsp);
        const QByteArray all = ocsp.out + ocsp.err;
        QVERIFY2(all.contains("Response verify OK"), all.constData());
        QVERIFY2(all.contains("leaf.pem: revoked"), all.constData());
        QVERIFY2(all.contains("Reason: keyCompromise"), all.constData());
        QVERIFY2(all.contains("Revocation Time:"), all.constData());
        expectStatus(QStringLiteral("ca.pem"), QStringLiteral("leaf.pem"), "revoked");
        expectStatus(QStringLiteral("ca2.pem"), QStringLiteral("leaf2.pem"), "good");
        PCA_VERIFY_RUN(m_server->aws(
            {"acm-pca", "revoke-certificate", "--certificate-authority-arn", m_secondArn,
             "--certificate-serial", m_secondSerial, "--revocation-reason", "SUPERSEDED"}));
        expectStatus(QStringLiteral("ca2.pem"), QStringLiteral("leaf2.pem"), "revoked");

        const ClientRun crl = fetchCrl();
        PCA_VERIFY_RUN(crl);
        QVERIFY2(listsSerial(crl.out), crl.out.constData());
        QVERIFY2(crl.out.contains("Key Compromise"), crl.out.constData());
    }

    void getRequestsAndCnameCrlPath()
    {
        // RFC 5019 GET: /ocsp/<url-encoded base64 DER request>.
        PCA_VERIFY_RUN(openssl({"ocsp", "-issuer", path("ca.pem"), "-cert", path("leaf.pem"),
                                "-no_nonce", "-reqout", path("request.der")}));
        QFile request(path("request.der"));
        QVERIFY(request.open(QIODevice::ReadOnly));
        const QByteArray encoded = request.readAll().toBase64().toPercentEncoding();
        const ClientRun get = m_server->run(
            QStringLiteral("/usr/bin/curl"),
            {"--silent", "--fail", "--output", path("get-response.der"),
             m_server->url() + QStringLiteral("/ocsp/") + QString::fromLatin1(encoded)});
        PCA_VERIFY_RUN(get);
        const ClientRun check =
            openssl({"ocsp", "-respin", path("get-response.der"), "-issuer", path("ca.pem"),
                     "-cert", path("leaf.pem"), "-CAfile", path("ca.pem"), "-no_nonce"});
        PCA_VERIFY_RUN(check);
        QVERIFY2((check.out + check.err).contains("leaf.pem: revoked"),
                 qPrintable(check.describe()));

        // The CNAME form of the CRL URL serves the same bytes.
        const QString caId = m_caArn.section('/', -1);
        const ClientRun cname = m_server->run(
            QStringLiteral("/usr/bin/curl"),
            {"--silent", "--fail", "--output", path("cname.crl"),
             m_server->url() + QStringLiteral("/crl/") + caId + QStringLiteral(".crl")});
        PCA_VERIFY_RUN(cname);
        QFile a(path("cname.crl"));
        QFile b(path("ca.crl"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void partitionedCrlAtTheDistributionPoint()
    {
        // The certificate names its partition's CRL: <bucket>/crl/<partition id>.crl.
        const ClientRun cdp = openssl({"x509", "-in", path("partitioned-leaf.pem"), "-noout",
                                       "-ext", "crlDistributionPoints"});
        PCA_VERIFY_RUN(cdp);
        const QRegularExpressionMatch url =
            QRegularExpression(
                QStringLiteral("URI:(\\S+/partitioned-crls/crl/([0-9a-f-]{36})\\.crl)"))
                .match(QString::fromUtf8(cdp.out));
        QVERIFY2(url.hasMatch(), cdp.out.constData());
        const QString crlUrl = url.captured(1);
        const QString partition = url.captured(2);
        QVERIFY(!m_partitionedArn.endsWith(partition));

        // curl fetches the partition's CRL there, and `openssl verify -crl_check` accepts it for
        // this certificate (its IDP matches the CDP): good, then revoked.
        const auto verifyAtCdp = [&]() {
            const ClientRun curl = m_server->run(QStringLiteral("/usr/bin/curl"),
                                                 {"--silent", "--show-error", "--fail", "--output",
                                                  path("partition.crl"), onCurrentServer(crlUrl)});
            if (curl.exitCode != 0)
                return curl;
            const ClientRun pem = openssl({"crl", "-inform", "DER", "-in", path("partition.crl"),
                                           "-out", path("partition.pem")});
            if (pem.exitCode != 0)
                return pem;
            return openssl({"verify", "-crl_check", "-CAfile", path("partitioned-ca.pem"),
                            "-CRLfile", path("partition.pem"), path("partitioned-leaf.pem")});
        };
        ClientRun verify = verifyAtCdp();
        PCA_VERIFY_RUN(verify);
        QVERIFY2(verify.out.contains("partitioned-leaf.pem: OK"), qPrintable(verify.describe()));
        const ClientRun text = openssl({"crl", "-in", path("partition.pem"), "-noout", "-text"});
        QVERIFY2(text.out.contains("X509v3 Issuing Distribution Point: critical"),
                 text.out.constData());

        PCA_VERIFY_RUN(m_server->aws(
            {"acm-pca", "revoke-certificate", "--certificate-authority-arn", m_partitionedArn,
             "--certificate-serial", m_partitionedSerial, "--revocation-reason", "SUPERSEDED"}));
        verify = verifyAtCdp();
        QVERIFY2((verify.out + verify.err).contains("certificate revoked"),
                 qPrintable(verify.describe()));

        // The CNAME form (/crl/<partition id>.crl) serves the same CRL.
        const ClientRun cname = m_server->run(
            QStringLiteral("/usr/bin/curl"),
            {"--silent", "--fail", "--output", path("partition-cname.crl"),
             m_server->url() + QStringLiteral("/crl/") + partition + QStringLiteral(".crl")});
        PCA_VERIFY_RUN(cname);
        QFile a(path("partition-cname.crl"));
        QFile b(path("partition.crl"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void unknownSerial()
    {
        // A serial the CA never issued: a signed "unknown" answer.
        const ClientRun ocsp =
            openssl({"ocsp", "-issuer", path("ca.pem"), "-serial", "0x0123456789abcdef", "-url",
                     onCurrentServer(m_ocspUrl), "-CAfile", path("ca.pem"), "-no_nonce"});
        PCA_VERIFY_RUN(ocsp);
        const QByteArray all = ocsp.out + ocsp.err;
        QVERIFY2(all.contains("Response verify OK"), all.constData());
        QVERIFY2(all.contains("0x0123456789abcdef: unknown"), all.constData());
    }

    void caWithOcspOff()
    {
        // The partitioned CA has no OCSP: its certificates are not answered for.
        const ClientRun ocsp = openssl(
            {"ocsp", "-issuer", path("partitioned-ca.pem"), "-cert", path("partitioned-leaf.pem"),
             "-url", onCurrentServer(m_ocspUrl), "-CAfile", path("partitioned-ca.pem")});
        QVERIFY2((ocsp.out + ocsp.err).contains("Responder Error: unauthorized"),
                 qPrintable(ocsp.describe()));
    }

    void malformedRequest()
    {
        const ClientRun post =
            m_server->run(QStringLiteral("/usr/bin/curl"),
                          {"--silent", "--fail", "--data-binary", "this is no OCSP request",
                           "--header", "Content-Type: application/ocsp-request", "--output",
                           path("malformed.der"), onCurrentServer(m_ocspUrl)});
        PCA_VERIFY_RUN(post);
        const ClientRun text =
            openssl({"ocsp", "-respin", path("malformed.der"), "-resp_text", "-noverify"});
        QVERIFY2((text.out + text.err).contains("malformedrequest"), qPrintable(text.describe()));

        const ClientRun get =
            m_server->run(QStringLiteral("/usr/bin/curl"),
                          {"--silent", "--fail", "--output", path("malformed-get.der"),
                           m_server->url() + QStringLiteral("/ocsp/MAo%3D")});
        PCA_VERIFY_RUN(get);
        const ClientRun getText =
            openssl({"ocsp", "-respin", path("malformed-get.der"), "-resp_text", "-noverify"});
        QVERIFY2((getText.out + getText.err).contains("malformedrequest"),
                 qPrintable(getText.describe()));
    }

    void stillThereAfterRestart()
    {
        QCOMPARE(m_server->stop(), 0);
        QVERIFY(m_server->start());
        // Responses are produced again after the restart (none survive in memory).
        expectStatus(QStringLiteral("ca.pem"), QStringLiteral("leaf.pem"), "revoked");
        expectStatus(QStringLiteral("ca2.pem"), QStringLiteral("leaf2.pem"), "revoked");
        const ClientRun crl = fetchCrl();
        PCA_VERIFY_RUN(crl);
        QVERIFY2(listsSerial(crl.out), crl.out.constData());
        const ClientRun described = m_server->aws(
            {"acm-pca", "describe-certificate-authority", "--certificate-authority-arn", m_caArn});
        PCA_VERIFY_RUN(described);
        QVERIFY(described.out.contains("\"Status\": \"ACTIVE\""));
    }
};

QTEST_GUILESS_MAIN(TestClientOpenssl)
#include "tst_client_openssl.moc"

// RevokeCertificate, CRL generation and publication (checked with `openssl crl`), CRL
// distribution point and OCSP URLs in issued certificates, and OCSP answers (checked with
// `openssl ocsp`).
#include "TestEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace pca;
using namespace pca::test;
using api::CertificateAuthorityStatus;
using api::RevocationReason;

namespace {

api::RevocationConfiguration crlConfig(int days = 7,
                                       const QString &bucket = QStringLiteral("pki-crls"))
{
    api::CrlConfiguration crl;
    crl.enabled = true;
    crl.expirationInDays = days;
    crl.s3BucketName = bucket;
    api::RevocationConfiguration config;
    config.crlConfiguration = crl;
    return config;
}

QString serialOf(const QString &certificateArn)
{
    return certificateArn.mid(certificateArn.lastIndexOf(QLatin1Char('/')) + 1);
}

QString colonUpper(const QString &hex)
{
    QStringList parts;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        parts << hex.mid(i, 2).toUpper();
    return parts.join(QLatin1Char(':'));
}

} // namespace

class RevocationTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    QTemporaryDir files;
    PrivateCaService &svc() { return engine->service(); }

    QByteArray caPem(const QString &ca)
    {
        return svc().getCertificateAuthorityCertificate({ca}).certificate->toLatin1();
    }

    // `openssl crl -text` of the CA's published CRL, after checking its signature.
    QString crlText(const QString &ca)
    {
        const QByteArray der = svc().currentCrl(ca);
        const QString crlFile = writeFile(files.path(), QStringLiteral("ca.crl"), der);
        const QString caFile = writeFile(files.path(), QStringLiteral("ca.pem"), caPem(ca));
        QByteArray out;
        QByteArray err;
        const int rc =
            runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-in"), crlFile, QStringLiteral("-CAfile"), caFile,
                        QStringLiteral("-noout"), QStringLiteral("-text")},
                       &out, &err);
        if (rc != 0 || !err.contains("verify OK")) {
            qWarning("openssl crl failed (%d): %s", rc, err.constData());
            return QString();
        }
        return QString::fromUtf8(out);
    }

    qint64 crlNumber(const QString &text)
    {
        const auto match =
            QRegularExpression(QStringLiteral("X509v3 CRL Number: *\\n *(\\d+)")).match(text);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

    void revoke(const QString &ca, const QString &serial, RevocationReason reason)
    {
        svc().revokeCertificate({ca, serial, reason});
    }

    // Runs `openssl ocsp` to build a request for `leafPem`, answers it with the engine and
    // returns the printed verification result of the response.
    QString ocsp(const QString &ca, const QByteArray &leafPem, const QStringList &extra = {},
                 QByteArray *rawResponse = nullptr)
    {
        const QString issuer = writeFile(files.path(), QStringLiteral("issuer.pem"), caPem(ca));
        // Trust anchors: the CA and, for a subordinate, the chain above it.
        const auto caCertificate = svc().getCertificateAuthorityCertificate({ca});
        const QString trusted =
            writeFile(files.path(), QStringLiteral("trusted.pem"),
                      caCertificate.certificate->toLatin1() +
                          caCertificate.certificateChain.value_or(QString()).toLatin1());
        const QString leaf = writeFile(files.path(), QStringLiteral("leaf.pem"), leafPem);
        const QString request = files.filePath(QStringLiteral("request.der"));
        QStringList args = {QStringLiteral("ocsp"), QStringLiteral("-issuer"), issuer};
        if (!leafPem.isEmpty())
            args << QStringLiteral("-cert") << leaf;
        args << extra << QStringLiteral("-reqout") << request;
        if (runOpenssl(args) != 0)
            return QStringLiteral("request failed");
        QFile requestFile(request);
        requestFile.open(QIODevice::ReadOnly);
        const QByteArray response = svc().answerOcspRequest(requestFile.readAll());
        if (rawResponse)
            *rawResponse = response;
        const QString responseFile =
            writeFile(files.path(), QStringLiteral("response.der"), response);
        // Verification (signature, chain, status); the nonce is compared separately below,
        // because `openssl ocsp -cert` would build a new request with a fresh nonce.
        QStringList verify = {QStringLiteral("ocsp"),
                              QStringLiteral("-respin"),
                              responseFile,
                              QStringLiteral("-issuer"),
                              issuer,
                              QStringLiteral("-CAfile"),
                              trusted,
                              QStringLiteral("-no_nonce"),
                              QStringLiteral("-resp_text")};
        if (!leafPem.isEmpty())
            verify << QStringLiteral("-cert") << leaf;
        QByteArray out;
        QByteArray err;
        runOpenssl(verify, &out, &err);
        QByteArray requestText;
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-reqin"), request,
                    QStringLiteral("-req_text")},
                   &requestText);
        const QRegularExpression nonce(QStringLiteral("OCSP Nonce: *\\n *([0-9A-F]+)"));
        const auto requestNonce = nonce.match(QString::fromUtf8(requestText));
        const auto responseNonce = nonce.match(QString::fromUtf8(out));
        QString nonceCheck;
        if (requestNonce.hasMatch())
            nonceCheck =
                responseNonce.hasMatch() && responseNonce.captured(1) == requestNonce.captured(1)
                    ? QStringLiteral("\nNONCE ECHOED\n")
                    : QStringLiteral("\nNONCE MISSING\n");
        return QString::fromUtf8(out + err) + nonceCheck;
    }

private Q_SLOTS:
    void init() { engine = std::make_unique<TestEngine>(); }
    void cleanup() { engine.reset(); }

    void revokeAndPublishCrl()
    {
        const QString ca =
            engine->createActiveRoot(QStringLiteral("CRL Root"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, crlConfig(9));
        const QString a = engine->issue(ca, QStringLiteral("a.example.com"));
        const QString b = engine->issue(ca, QStringLiteral("b.example.com"));
        const QString c = engine->issue(ca, QStringLiteral("c.example.com"));

        // A CRL exists from the moment CRLs were enabled; it is empty.
        QString text = crlText(ca);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("No Revoked Certificates")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Version 2 (0x1)")));
        QVERIFY(text.contains(QStringLiteral("Signature Algorithm: ecdsa-with-SHA256")));
        QVERIFY(text.contains(QStringLiteral("X509v3 Authority Key Identifier")));
        const qint64 first = crlNumber(text);
        QVERIFY(first > 0);

        // Revocation: serial with colons and upper case works; the CRL is published at once.
        engine->clock().advanceSeconds(5);
        revoke(ca, colonUpper(serialOf(a)), RevocationReason::KEY_COMPROMISE);
        text = crlText(ca);
        QVERIFY2(text.contains(QStringLiteral("Serial Number: ") + serialOf(a).toUpper()),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Key Compromise")));
        const QString revokedAt =
            QLocale::c().toString(engine->clock().now(), QStringLiteral("MMM d HH:mm:ss yyyy"));
        QVERIFY2(text.simplified().contains(QStringLiteral("Revocation Date: ") + revokedAt),
                 qPrintable(text));
        const qint64 second = crlNumber(text);
        QVERIFY(second > first);

        // thisUpdate / nextUpdate = thisUpdate + ExpirationInDays.
        const QDateTime now = engine->clock().now();
        const QString lastUpdate =
            QLocale::c().toString(now, QStringLiteral("MMM d HH:mm:ss yyyy"));
        const QString nextUpdate =
            QLocale::c().toString(now.addDays(9), QStringLiteral("MMM d HH:mm:ss yyyy"));
        QVERIFY2(text.simplified().contains(QStringLiteral("Last Update: ") + lastUpdate),
                 qPrintable(text));
        QVERIFY2(text.simplified().contains(QStringLiteral("Next Update: ") + nextUpdate),
                 qPrintable(text));

        engine->clock().advanceSeconds(5);
        revoke(ca, serialOf(b), RevocationReason::SUPERSEDED);
        revoke(ca, serialOf(c), RevocationReason::UNSPECIFIED);
        text = crlText(ca);
        QVERIFY(text.contains(serialOf(b).toUpper()));
        QVERIFY(text.contains(QStringLiteral("Superseded")));
        QVERIFY(text.contains(serialOf(c).toUpper()));
        QVERIFY(crlNumber(text) > second);
        // The bucket object is the same CRL, at crl/<CA id>.crl.
        const QString caId = ca.mid(ca.lastIndexOf(QLatin1Char('/')) + 1);
        const auto object = svc().getObject(QStringLiteral("pki-crls"),
                                            QStringLiteral("crl/") + caId + QStringLiteral(".crl"));
        QVERIFY(object);
        QCOMPARE(object->contentType, QStringLiteral("application/pkix-crl"));
        QCOMPARE(object->content, svc().currentCrl(ca));

        // Retrieval of a revoked certificate still works.
        QVERIFY(svc().getCertificate({ca, a}).certificate);
    }

    void everyReasonCode_data()
    {
        QTest::addColumn<RevocationReason>("reason");
        QTest::addColumn<QString>("printed");
        QTest::newRow("KEY_COMPROMISE") << RevocationReason::KEY_COMPROMISE << "Key Compromise";
        QTest::newRow("CA_COMPROMISE")
            << RevocationReason::CERTIFICATE_AUTHORITY_COMPROMISE << "CA Compromise";
        QTest::newRow("AFFILIATION_CHANGED")
            << RevocationReason::AFFILIATION_CHANGED << "Affiliation Changed";
        QTest::newRow("SUPERSEDED") << RevocationReason::SUPERSEDED << "Superseded";
        QTest::newRow("CESSATION")
            << RevocationReason::CESSATION_OF_OPERATION << "Cessation Of Operation";
        QTest::newRow("PRIVILEGE")
            << RevocationReason::PRIVILEGE_WITHDRAWN << "Privilege Withdrawn";
        QTest::newRow("AA_COMPROMISE") << RevocationReason::A_A_COMPROMISE << "AA Compromise";
    }

    void everyReasonCode()
    {
        QFETCH(RevocationReason, reason);
        QFETCH(QString, printed);
        const QString ca =
            engine->createActiveRoot(QStringLiteral("Reasons"), api::KeyAlgorithm::RSA_2048,
                                     api::SigningAlgorithm::SHA256WITHRSA_PSS, 10, crlConfig());
        const QString leaf = engine->issue(ca, QStringLiteral("r.example.com"));
        revoke(ca, serialOf(leaf), reason);
        const QString text = crlText(ca);
        QVERIFY2(text.contains(QStringLiteral("CRL Reason Code")) && text.contains(printed),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("rsassaPss")));
    }

    void revokeErrors()
    {
        const QString ca = engine->createActiveRoot(QStringLiteral("Errors"));
        const QString leaf = engine->issue(ca, QStringLiteral("e.example.com"), QString(), 2);
        PCA_EXPECT_ERROR(errors::InvalidRequest,
                         revoke(ca, QStringLiteral("xyz"), RevocationReason::UNSPECIFIED));
        PCA_EXPECT_ERROR(errors::ResourceNotFound, revoke(ca, QStringLiteral("0123456789abcdef"),
                                                          RevocationReason::UNSPECIFIED));
        // The root's own self-signed certificate cannot be revoked.
        const QString rootSerial = engine->describe(ca).serial->remove(QLatin1Char(':'));
        PCA_EXPECT_ERROR_SAYING(errors::InvalidRequest,
                                QStringLiteral("Self-signed certificate can not be revoked"),
                                revoke(ca, rootSerial, RevocationReason::UNSPECIFIED));
        revoke(ca, serialOf(leaf), RevocationReason::UNSPECIFIED);
        PCA_EXPECT_ERROR(errors::RequestAlreadyProcessed,
                         revoke(ca, serialOf(leaf), RevocationReason::KEY_COMPROMISE));
        // Expired certificates cannot be revoked.
        const QString shortLived = engine->issue(ca, QStringLiteral("s.example.com"), QString(), 1);
        engine->clock().advanceDays(2);
        PCA_EXPECT_ERROR(errors::InvalidRequest,
                         revoke(ca, serialOf(shortLived), RevocationReason::UNSPECIFIED));
        // Serial from another CA: not found here.
        const QString other = engine->createActiveRoot(QStringLiteral("Other"));
        const QString otherLeaf = engine->issue(other, QStringLiteral("o.example.com"));
        PCA_EXPECT_ERROR(errors::ResourceNotFound,
                         revoke(ca, serialOf(otherLeaf), RevocationReason::UNSPECIFIED));
        // Enum values come from the model; an unknown reason cannot even be expressed.
    }

    void revokeStateRules()
    {
        const QString ca = engine->createActiveRoot(QStringLiteral("States"));
        const QString leaf = engine->issue(ca, QStringLiteral("st.example.com"));
        api::UpdateCertificateAuthorityRequest disable;
        disable.certificateAuthorityArn = ca;
        disable.status = CertificateAuthorityStatus::DISABLED;
        svc().updateCertificateAuthority(disable);
        revoke(ca, serialOf(leaf), RevocationReason::UNSPECIFIED); // allowed while DISABLED
        const QString pending =
            engine->createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        PCA_EXPECT_ERROR(errors::InvalidState,
                         revoke(pending, QStringLiteral("01"), RevocationReason::UNSPECIFIED));
        svc().deleteCertificateAuthority({ca, 7});
        PCA_EXPECT_ERROR(errors::InvalidState,
                         revoke(ca, serialOf(leaf), RevocationReason::UNSPECIFIED));

        // A root that signed its own certificate but never installed it: revoking that
        // certificate is refused as for an active root (Terraform destroys it so, and ignores
        // exactly this refusal).
        const QString pendingRoot =
            engine->createCa(api::CertificateAuthorityType::ROOT, QStringLiteral("Pending Root"));
        api::IssueCertificateRequest self;
        self.certificateAuthorityArn = pendingRoot;
        self.csr = svc().getCertificateAuthorityCsr({pendingRoot}).csr->toLatin1();
        self.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        self.templateArn = QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
        self.validity = {1, api::ValidityPeriodType::YEARS};
        const QString selfSigned = *svc().issueCertificate(self).certificateArn;
        PCA_EXPECT_ERROR_SAYING(
            errors::InvalidRequest, QStringLiteral("Self-signed certificate can not be revoked"),
            revoke(pendingRoot, serialOf(selfSigned), RevocationReason::UNSPECIFIED));
        PCA_EXPECT_ERROR(errors::InvalidState,
                         revoke(pendingRoot, QStringLiteral("01"), RevocationReason::UNSPECIFIED));
    }

    void expiredEntriesStayForOneMoreCrl()
    {
        const QString ca =
            engine->createActiveRoot(QStringLiteral("Expiry"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, crlConfig(1));
        const QString leaf = engine->issue(ca, QStringLiteral("x.example.com"), QString(), 3);
        revoke(ca, serialOf(leaf), RevocationReason::KEY_COMPROMISE);
        QVERIFY(crlText(ca).contains(serialOf(leaf).toUpper()));
        // Two days later the certificate is still valid: still listed.
        engine->clock().advanceDays(2);
        svc().runMaintenance(); // nextUpdate is due: re-issued
        QVERIFY(crlText(ca).contains(serialOf(leaf).toUpper()));
        // After it expires it appears in exactly one more CRL.
        engine->clock().advanceDays(2);
        svc().runMaintenance();
        QVERIFY(crlText(ca).contains(serialOf(leaf).toUpper()));
        engine->clock().advanceDays(1);
        svc().runMaintenance();
        const QString text = crlText(ca);
        QVERIFY2(!text.contains(serialOf(leaf).toUpper()), qPrintable(text));
    }

    void maintenanceReissuesBeforeNextUpdate()
    {
        const QString ca =
            engine->createActiveRoot(QStringLiteral("Schedule"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, crlConfig(4));
        const qint64 first = svc().crlStatus(ca).crlNumber;
        engine->clock().advanceDays(2);
        svc().runMaintenance();
        QCOMPARE(svc().crlStatus(ca).crlNumber, first); // not due yet
        engine->clock().advanceDays(1);
        engine->clock().advanceSeconds(60);
        svc().runMaintenance();
        const CrlStatus status = svc().crlStatus(ca);
        QVERIFY(status.crlNumber > first);
        QVERIFY(*status.nextUpdate > engine->clock().nowMs());
    }

    void distributionPointUrls()
    {
        // Default: <public base URL>/<bucket>/crl/<CA id>.crl
        const QString ca =
            engine->createActiveRoot(QStringLiteral("CDP"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, crlConfig());
        const QString caId = ca.mid(ca.lastIndexOf(QLatin1Char('/')) + 1);
        QByteArray out;
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
                    QStringLiteral("crlDistributionPoints,authorityInfoAccess")},
                   &out, nullptr,
                   engine->certificatePem(ca, engine->issue(ca, QStringLiteral("d.example.com"))));
        QVERIFY2(out.contains(QStringLiteral("URI:http://127.0.0.1:8080/pki-crls/crl/%1.crl")
                                  .arg(caId)
                                  .toLatin1()),
                 out.constData());
        QVERIFY(!out.contains("OCSP"));
        // The root's own certificate has no CRL pointer.
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")},
                   &out, nullptr, caPem(ca));
        QVERIFY(!out.contains("CRL Distribution"));

        // The public base URL can be changed per store and per process.
        svc().setStoredPublicBaseUrl(QStringLiteral("https://pki.example.com/"));
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
                    QStringLiteral("crlDistributionPoints")},
                   &out, nullptr,
                   engine->certificatePem(ca, engine->issue(ca, QStringLiteral("e.example.com"))));
        QVERIFY2(out.contains(QStringLiteral("URI:https://pki.example.com/pki-crls/crl/%1.crl")
                                  .arg(caId)
                                  .toLatin1()),
                 out.constData());
        svc().setPublicBaseUrlOverride(QStringLiteral("http://10.1.2.3:9000"));
        QCOMPARE(svc().publicBaseUrl(), QStringLiteral("http://10.1.2.3:9000"));
        PCA_EXPECT_ERROR(errors::InvalidArgs,
                         svc().setPublicBaseUrlOverride(QStringLiteral("ftp://x")));

        // CNAME, custom path, OCSP CNAME.
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = ca;
        api::RevocationConfiguration config = crlConfig();
        config.crlConfiguration->customCname = QStringLiteral("crl.example.com");
        config.crlConfiguration->customPath = QStringLiteral("revocation/lists");
        api::OcspConfiguration ocspConfig;
        ocspConfig.enabled = true;
        ocspConfig.ocspCustomCname = QStringLiteral("ocsp.example.com");
        config.ocspConfiguration = ocspConfig;
        update.revocationConfiguration = config;
        svc().updateCertificateAuthority(update);
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
                    QStringLiteral("crlDistributionPoints,authorityInfoAccess")},
                   &out, nullptr,
                   engine->certificatePem(ca, engine->issue(ca, QStringLiteral("f.example.com"))));
        QVERIFY2(out.contains(QStringLiteral("URI:http://crl.example.com/revocation/lists/%1.crl")
                                  .arg(caId)
                                  .toLatin1()),
                 out.constData());
        QVERIFY2(out.contains("OCSP - URI:http://ocsp.example.com/"), out.constData());
        QVERIFY(svc().getObject(QStringLiteral("pki-crls"),
                                QStringLiteral("revocation/lists/%1.crl").arg(caId)));

        // OCSP default URL and omitted CDP.
        config = crlConfig();
        config.crlConfiguration->crlDistributionPointExtensionConfiguration =
            api::CrlDistributionPointExtensionConfiguration{true};
        api::OcspConfiguration defaultOcsp;
        defaultOcsp.enabled = true;
        config.ocspConfiguration = defaultOcsp;
        update.revocationConfiguration = config;
        svc().updateCertificateAuthority(update);
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")},
                   &out, nullptr,
                   engine->certificatePem(ca, engine->issue(ca, QStringLiteral("g.example.com"))));
        QVERIFY(!out.contains("CRL Distribution"));
        QVERIFY2(out.contains("OCSP - URI:http://10.1.2.3:9000/ocsp"), out.constData());
    }

    void partitionedCrls()
    {
        svc().setCrlPartitionSize(2);
        api::RevocationConfiguration config = crlConfig();
        config.crlConfiguration->crlType = api::CrlType::PARTITIONED;
        const QString ca = engine->createActiveRoot(
            QStringLiteral("Partitioned"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 10, config);
        const QString caId = ca.mid(ca.lastIndexOf(QLatin1Char('/')) + 1);
        const QString base = QStringLiteral("http://127.0.0.1:8080/pki-crls/");
        const QRegularExpression partitionUrl(QStringLiteral(
            "\\Ahttp://127\\.0\\.0\\.1:8080/pki-crls/crl/"
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.crl\\z"));
        const QString caFile = writeFile(files.path(), QStringLiteral("ca.pem"), caPem(ca));

        // The CDP URL of a certificate.
        const auto cdpOf = [](const QByteArray &pem) {
            QByteArray out;
            runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
                        QStringLiteral("crlDistributionPoints")},
                       &out, nullptr, pem);
            return QRegularExpression(QStringLiteral("URI:(\\S+)"))
                .match(QString::fromLatin1(out))
                .captured(1);
        };
        // A published CRL object (DER) by its URL, as PEM in a file.
        const auto crlFileAt = [&](const QString &url, const QString &name) {
            const auto object = svc().getObject(QStringLiteral("pki-crls"), url.mid(base.size()));
            if (!object)
                return QString();
            QByteArray pem;
            runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-outform"), QStringLiteral("PEM")},
                       &pem, nullptr, object->content);
            return writeFile(files.path(), name, pem);
        };
        const auto crlTextOf = [&](const QString &file) {
            QByteArray out;
            QByteArray err;
            runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), file,
                        QStringLiteral("-CAfile"), caFile, QStringLiteral("-noout"),
                        QStringLiteral("-text")},
                       &out, &err);
            return err.contains("verify OK") ? QString::fromUtf8(out) : QString();
        };
        // `openssl verify -crl_check` of a certificate against one CRL, at the engine's time.
        const auto verifyWith = [&](const QByteArray &leafPem, const QString &crlFile) {
            const QString leaf = writeFile(files.path(), QStringLiteral("leaf.pem"), leafPem);
            QByteArray out;
            QByteArray err;
            runOpenssl({QStringLiteral("verify"), QStringLiteral("-crl_check"),
                        QStringLiteral("-attime"), QString::number(engine->clock().nowMs() / 1000),
                        QStringLiteral("-CAfile"), caFile, QStringLiteral("-CRLfile"), crlFile,
                        leaf},
                       &out, &err);
            return QString::fromUtf8(out + err);
        };

        // Partitions of two certificates: the third certificate starts a second partition.
        QStringList arns;
        QList<QByteArray> pems;
        QStringList urls;
        for (int i = 0; i < 3; ++i) {
            arns << engine->issue(ca, QStringLiteral("p%1.example.com").arg(i));
            pems << engine->certificatePem(ca, arns.last());
            urls << cdpOf(pems.last());
            QVERIFY2(partitionUrl.match(urls.last()).hasMatch(), qPrintable(urls.last()));
        }
        QCOMPARE(urls.at(1), urls.at(0));
        QVERIFY(urls.at(2) != urls.at(0));
        QCOMPARE(svc().crlStatus(ca).partitionCount, 2);
        const QString partitionA = urls.at(0).mid(urls.at(0).lastIndexOf(QLatin1Char('/')) + 1);
        const auto location = svc().crlPartitionLocation(partitionA.chopped(4));
        QVERIFY(location);
        QCOMPARE(location->caArn, ca);
        QCOMPARE(location->objectKey, QStringLiteral("crl/") + partitionA);
        QVERIFY(!svc().crlPartitionLocation(caId));

        // Each partition's CRL is published with the partition: empty, with a critical issuing
        // distribution point that names the partition's URL.
        QString text = crlTextOf(crlFileAt(urls.at(0), QStringLiteral("a0.pem")));
        QVERIFY2(text.contains(QStringLiteral("X509v3 Issuing Distribution Point: critical")),
                 qPrintable(text));
        QVERIFY2(text.simplified().contains(QStringLiteral("Full Name: URI:") + urls.at(0)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No Revoked Certificates")));

        // A revocation lists the certificate in its partition's CRL and in the complete CRL.
        engine->clock().advanceSeconds(5);
        revoke(ca, serialOf(arns.at(0)), RevocationReason::KEY_COMPROMISE);
        const QString crlA = crlFileAt(urls.at(0), QStringLiteral("a.pem"));
        const QString crlB = crlFileAt(urls.at(2), QStringLiteral("b.pem"));
        text = crlTextOf(crlA);
        QVERIFY2(text.contains(serialOf(arns.at(0)).toUpper()), qPrintable(text));
        const qint64 numberA = crlNumber(text);
        text = crlTextOf(crlB);
        QVERIFY2(text.contains(QStringLiteral("No Revoked Certificates")), qPrintable(text));
        QCOMPARE(crlNumber(text), numberA); // one publication, one number
        text = crlText(ca);
        QVERIFY(text.contains(serialOf(arns.at(0)).toUpper()));
        QVERIFY(!text.contains(QStringLiteral("Issuing Distribution Point")));
        QCOMPARE(crlNumber(text), numberA);

        // OpenSSL accepts a partition CRL only for the certificates of that partition.
        QString result = verifyWith(pems.at(0), crlA);
        QVERIFY2(result.contains(QStringLiteral("certificate revoked")), qPrintable(result));
        result = verifyWith(pems.at(1), crlA);
        QVERIFY2(result.contains(QStringLiteral(": OK")), qPrintable(result));
        result = verifyWith(pems.at(2), crlA);
        QVERIFY2(result.contains(QStringLiteral("different CRL scope")), qPrintable(result));
        result = verifyWith(pems.at(2), crlB);
        QVERIFY2(result.contains(QStringLiteral(": OK")), qPrintable(result));

        // Maintenance re-issues every partition's CRL with the complete one.
        engine->clock().advanceDays(7);
        svc().runMaintenance();
        text = crlTextOf(crlFileAt(urls.at(2), QStringLiteral("b2.pem")));
        QVERIFY2(crlNumber(text) > numberA, qPrintable(text));
        QCOMPARE(crlNumber(text), svc().crlStatus(ca).crlNumber);

        // After a restart, the second partition fills up before a third one starts.
        engine->reopen();
        svc().setCrlPartitionSize(2);
        const QString fourth =
            cdpOf(engine->certificatePem(ca, engine->issue(ca, QStringLiteral("p3.example.com"))));
        QCOMPARE(fourth, urls.at(2));
        const QString fifth =
            cdpOf(engine->certificatePem(ca, engine->issue(ca, QStringLiteral("p4.example.com"))));
        QVERIFY2(partitionUrl.match(fifth).hasMatch(), qPrintable(fifth));
        QVERIFY(fifth != urls.at(0) && fifth != urls.at(2));
        QCOMPARE(svc().crlStatus(ca).partitionCount, 3);
        QVERIFY(crlFileAt(fifth, QStringLiteral("c.pem")).size() > 0);

        // Back to COMPLETE: new certificates point at the complete CRL; the partitions' CRLs
        // are still published for the certificates that name them.
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = ca;
        update.revocationConfiguration = crlConfig();
        svc().updateCertificateAuthority(update);
        QCOMPARE(
            cdpOf(engine->certificatePem(ca, engine->issue(ca, QStringLiteral("q.example.com")))),
            base + QStringLiteral("crl/") + caId + QStringLiteral(".crl"));
        engine->clock().advanceSeconds(5);
        revoke(ca, serialOf(arns.at(1)), RevocationReason::SUPERSEDED);
        result = verifyWith(pems.at(1), crlFileAt(urls.at(0), QStringLiteral("a2.pem")));
        QVERIFY2(result.contains(QStringLiteral("certificate revoked")), qPrintable(result));
    }

    void ocspAnswers()
    {
        api::RevocationConfiguration config;
        api::OcspConfiguration ocspConfig;
        ocspConfig.enabled = true;
        config.ocspConfiguration = ocspConfig;
        const QString root = engine->createActiveRoot(QStringLiteral("OCSP Root"));
        const QString ca =
            engine->createActiveSubordinate(root, QStringLiteral("OCSP Issuing"), 0, config);
        const QString leafArn = engine->issue(ca, QStringLiteral("o.example.com"));
        const QByteArray leaf = engine->certificatePem(ca, leafArn);

        QString result = ocsp(ca, leaf);
        QVERIFY2(result.contains(QStringLiteral("Response verify OK")),
                 qPrintable(result.right(700)));
        QVERIFY2(result.contains(QStringLiteral(": good")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("This Update:")));
        QVERIFY(result.contains(QStringLiteral("Next Update:")));
        // Pre-produced responses (RFC 5019) carry no nonce, even when the request has one.
        QVERIFY2(result.contains(QStringLiteral("NONCE MISSING")), qPrintable(result.right(300)));

        engine->clock().advanceSeconds(30);
        revoke(ca, serialOf(leafArn), RevocationReason::KEY_COMPROMISE);
        result = ocsp(ca, leaf);
        QVERIFY2(result.contains(QStringLiteral(": revoked")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("Reason: keyCompromise")));
        QVERIFY(result.contains(QStringLiteral("Revocation Time:")));

        // A serial the CA never issued: unknown.
        result =
            ocsp(ca, QByteArray(), {QStringLiteral("-serial"), QStringLiteral("0x0123456789")});
        QVERIFY2(result.contains(QStringLiteral(": unknown")), qPrintable(result));
        // Without a nonce in the request, none in the response.
        result = ocsp(ca, leaf, {QStringLiteral("-no_nonce")});
        QVERIFY2(!result.contains(QStringLiteral("OCSP Nonce")), qPrintable(result));
        QVERIFY(!result.contains(QStringLiteral("NONCE")));
        QVERIFY(result.contains(QStringLiteral("Response verify OK")));

        // Malformed input gets a malformedRequest response, never an exception.
        const QByteArray malformed = svc().answerOcspRequest("garbage");
        const QString file = writeFile(files.path(), QStringLiteral("bad.der"), malformed);
        QByteArray out;
        QByteArray err;
        runOpenssl({QStringLiteral("ocsp"), QStringLiteral("-respin"), file,
                    QStringLiteral("-resp_text"), QStringLiteral("-noverify")},
                   &out, &err);
        QVERIFY2((out + err).contains("malformedrequest"), (out + err).constData());

        // A CA without OCSP is not answered for.
        const QString rootLeaf = engine->issue(root, QStringLiteral("r.example.com"));
        result = ocsp(root, engine->certificatePem(root, rootLeaf));
        QVERIFY2(result.contains(QStringLiteral("unauthorized")), qPrintable(result));

        // The key's signatures are audited in one event per CA with their count (good, revoked,
        // unknown; the response without a nonce is the pre-produced revoked one).
        svc().flushOcspSigningAudit();
        int events = 0;
        qint64 signedResponses = 0;
        engine->store().reader().forEachAuditEvent([&](const store::AuditEvent &e) {
            if (e.action == QLatin1StringView("SignOcspResponse")) {
                ++events;
                signedResponses += QJsonDocument::fromJson(e.detail.toUtf8())
                                       .object()
                                       .value(QStringLiteral("count"))
                                       .toInteger();
            }
        });
        QCOMPARE(events, 1);
        QCOMPARE(signedResponses, qint64(3));
    }

    void keyUsesAreAudited()
    {
        const QString ca =
            engine->createActiveRoot(QStringLiteral("Audit"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, crlConfig());
        const QString leaf = engine->issue(ca, QStringLiteral("audit.example.com"));
        revoke(ca, serialOf(leaf), RevocationReason::SUPERSEDED);
        QStringList actions;
        engine->store().reader().forEachAuditEvent(
            [&](const store::AuditEvent &e) { actions << e.action; });
        QVERIFY2(actions.count(QStringLiteral("IssueCertificate")) == 2,
                 qPrintable(actions.join(QLatin1Char(','))));
        QCOMPARE(actions.count(QStringLiteral("RevokeCertificate")), 1);
        QVERIFY(actions.count(QStringLiteral("GenerateCrl")) >= 2);
        QVERIFY(svc().verifyAuditTrail().intact);
    }

    void largeCrlVerifies()
    {
        const QString ca =
            engine->createActiveRoot(QStringLiteral("Large"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, crlConfig());
        const QString caId = ca.mid(ca.lastIndexOf(QLatin1Char('/')) + 1);
        // 3,000 revoked certificates written straight into the store.
        engine->store().write([&](store::StoreWriter &w) {
            for (int i = 0; i < 3000; ++i) {
                store::CertificateRecord record;
                record.caId = caId;
                record.serial = QStringLiteral("%1").arg(0x100000 + i, 0, 16);
                record.certificate = "x";
                record.subject = QStringLiteral("CN=bulk");
                record.templateArn = QStringLiteral("t");
                record.notBefore = 0;
                record.notAfter = engine->clock().nowMs() + 86400000LL * 30;
                record.issuedAt = 0;
                record.revokedAt = engine->clock().nowMs() - i;
                record.revocationReason = RevocationReason(i % 8);
                w.insertCertificate(record);
            }
        });
        svc().generateCrl(ca);
        const QString text = crlText(ca);
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.count(QStringLiteral("Serial Number:")), 3000);
    }
};

QTEST_GUILESS_MAIN(RevocationTest)
#include "tst_revocation.moc"

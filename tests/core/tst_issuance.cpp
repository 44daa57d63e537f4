// IssueCertificate and GetCertificate: templates and their extensions (UsingTemplates.md),
// passthrough order of operations, validity rules, CSR checks, idempotency, serials, and a
// root -> subordinate -> leaf hierarchy checked with `openssl verify`.
#include "TestEngine.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateInspector.h"
#include "crypto/CertificateTemplates.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <future>
#include <thread>

using namespace pca;
using namespace pca::test;
using api::KeyAlgorithm;
using api::SigningAlgorithm;

namespace {

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
using Cert = std::unique_ptr<X509, X509Free>;

Cert parsePem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    Cert cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

// "critical,..." or "..." description of an extension as `openssl x509 -text` prints it.
struct ExtensionView
{
    bool present = false;
    bool critical = false;
    QString text;
};

ExtensionView extensionOf(X509 *cert, int nid)
{
    ExtensionView view;
    const int index = X509_get_ext_by_NID(cert, nid, -1);
    if (index < 0)
        return view;
    X509_EXTENSION *ext = X509_get_ext(cert, index);
    view.present = true;
    view.critical = X509_EXTENSION_get_critical(ext) != 0;
    BIO *bio = BIO_new(BIO_s_mem());
    X509V3_EXT_print(bio, ext, 0, 0);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    view.text = QString::fromUtf8(data, length).trimmed();
    BIO_free(bio);
    return view;
}

QString opensslText(const QByteArray &pem)
{
    QByteArray out;
    runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")}, &out,
               nullptr, pem);
    return QString::fromUtf8(out);
}

} // namespace

class IssuanceTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    QString root;

    api::IssueCertificateRequest request(const QString &caArn, const QByteArray &csr,
                                         const QString &templateName = QString())
    {
        api::IssueCertificateRequest r;
        r.certificateAuthorityArn = caArn;
        r.csr = csr;
        r.signingAlgorithm = SigningAlgorithm::SHA256WITHECDSA;
        if (!templateName.isEmpty())
            r.templateArn = QStringLiteral("arn:aws:acm-pca:::template/") + templateName;
        r.validity = {30, api::ValidityPeriodType::DAYS};
        return r;
    }

    Cert issueAndFetch(const api::IssueCertificateRequest &r, const QString &caArn)
    {
        const QString arn = *engine->service().issueCertificate(r).certificateArn;
        return parsePem(engine->certificatePem(caArn, arn));
    }

    // What issueCertificateAsync answered, and on which thread.
    struct AsyncOutcome
    {
        std::optional<api::IssueCertificateResponse> response;
        QString errorType;
        std::thread::id thread;
    };

    AsyncOutcome issueAsync(const api::IssueCertificateRequest &r)
    {
        std::promise<AsyncOutcome> promise;
        std::future<AsyncOutcome> future = promise.get_future();
        engine->service().issueCertificateAsync(
            r, [&promise](std::optional<api::IssueCertificateResponse> response,
                          std::exception_ptr error) {
                AsyncOutcome outcome;
                outcome.response = std::move(response);
                outcome.thread = std::this_thread::get_id();
                if (error) {
                    try {
                        std::rethrow_exception(error);
                    } catch (const PcaError &e) {
                        outcome.errorType = e.type();
                    } catch (...) {
                        outcome.errorType = QStringLiteral("?");
                    }
                }
                promise.set_value(std::move(outcome));
            });
        return future.get();
    }

private Q_SLOTS:
    // One store and root for the whole suite (tests that change a CA's state make their own).
    void initTestCase()
    {
        engine = std::make_unique<TestEngine>();
        root = engine->createActiveRoot(QStringLiteral("Test Root"));
    }
    void cleanupTestCase() { engine.reset(); }
    // Each test starts at the real time (openssl verify checks validity against it).
    void init() { engine->clock().setNowMs(QDateTime::currentMSecsSinceEpoch()); }

    void hierarchyVerifiesWithOpenssl()
    {
        const QString sub = engine->createActiveSubordinate(root, QStringLiteral("Issuing CA"), 0);
        const QString leafArn = engine->issue(sub, QStringLiteral("www.example.com"));
        const auto leaf = engine->service().getCertificate({sub, leafArn});
        QVERIFY(leaf.certificateChain.has_value());

        const auto rootCert = engine->service().getCertificateAuthorityCertificate({root});
        QVERIFY(!rootCert.certificateChain.has_value()); // a root has no chain
        const auto subCert = engine->service().getCertificateAuthorityCertificate({sub});
        QVERIFY(subCert.certificateChain.has_value());

        QTemporaryDir dir;
        const QString rootFile =
            writeFile(dir.path(), QStringLiteral("root.pem"), rootCert.certificate->toLatin1());
        const QString chainFile =
            writeFile(dir.path(), QStringLiteral("chain.pem"), leaf.certificateChain->toLatin1());
        const QString leafFile =
            writeFile(dir.path(), QStringLiteral("leaf.pem"), leaf.certificate->toLatin1());
        QByteArray out;
        QByteArray err;
        const int rc =
            runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), rootFile,
                        QStringLiteral("-untrusted"), chainFile, QStringLiteral("-purpose"),
                        QStringLiteral("sslserver"), leafFile},
                       &out, &err);
        QVERIFY2(rc == 0, (out + err).constData());
        QVERIFY(out.contains("OK"));

        // The chain of the leaf is the issuing CA followed by the root.
        Cert issuing = parsePem(subCert.certificate->toLatin1());
        QVERIFY(leaf.certificateChain->startsWith(*subCert.certificate));
        QVERIFY(leaf.certificateChain->contains(*rootCert.certificate));
        Q_UNUSED(issuing);
    }

    void certificateArnAndSerial()
    {
        const QString arn = engine->issue(root, QStringLiteral("a.example.com"));
        const QRegularExpression pattern(
            QStringLiteral("^%1/certificate/([0-9a-f]+)$").arg(QRegularExpression::escape(root)));
        const auto match = pattern.match(arn);
        QVERIFY2(match.hasMatch(), qPrintable(arn));
        Cert cert = parsePem(engine->certificatePem(root, arn));
        const ASN1_INTEGER *serial = X509_get0_serialNumber(cert.get());
        BIGNUM *bn = ASN1_INTEGER_to_BN(serial, nullptr);
        QVERIFY(!BN_is_negative(bn));
        QVERIFY(BN_num_bits(bn) >= 64);
        char *hex = BN_bn2hex(bn);
        QCOMPARE(QString::fromLatin1(hex).toLower(), match.captured(1));
        OPENSSL_free(hex);
        BN_free(bn);
    }

    void serialsAreUniqueAndRandom()
    {
        QSet<QString> serials;
        for (int i = 0; i < 50; ++i)
            serials.insert(engine->issue(root, QStringLiteral("n%1.example.com").arg(i)));
        QCOMPARE(serials.size(), 50);
    }

    // Serials are 0x01 || issue time in ms (48 bits) || 80 random bits: they sort by issue time
    // (the store appends to its index) and still carry far more than 64 random bits.
    // The engine writes certificates as DER itself. What it stores about a certificate must be
    // what the certificate says, and the encoding must be canonical DER: OpenSSL re-encodes the
    // decoded TBSCertificate to the same bytes, and the signature verifies over them.
    void certificateEncodingAndStoredRecord_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<bool>("apiValues");
        QTest::addColumn<int>("years"); // validity; 0 means 30 days
        QTest::newRow("CSR subject and SANs") << QString() << false << 0;
        QTest::newRow("API subject and SANs")
            << QStringLiteral("EndEntityCertificate_APIPassthrough/V1") << true << 0;
        QTest::newRow("notAfter after 2049 (GeneralizedTime)") << QString() << false << 40;
    }

    void certificateEncodingAndStoredRecord()
    {
        QFETCH(QString, templateName);
        QFETCH(bool, apiValues);
        QFETCH(int, years);
        const QString ca = years ? engine->createActiveRoot(QStringLiteral("Long Root"),
                                                            KeyAlgorithm::EC_prime256v1,
                                                            SigningAlgorithm::SHA256WITHECDSA, 60)
                                 : root;
        CsrOptions options;
        options.commonName = QStringLiteral("record.example.com");
        options.dnsNames = {QStringLiteral("record.example.com"),
                            QStringLiteral("alt.example.com")};
        const auto [csr, key] = makeCsr(options);
        auto r = request(ca, csr, templateName);
        if (years)
            r.validity = {years, api::ValidityPeriodType::YEARS};
        if (apiValues) {
            api::ApiPassthrough passthrough;
            api::Asn1Subject subject;
            subject.commonName = QStringLiteral("api, \"quoted\" + escaped");
            subject.organization = QStringLiteral("Example Org");
            passthrough.subject = subject;
            api::Extensions extensions;
            api::GeneralName dns;
            dns.dnsName = QStringLiteral("api.example.com");
            api::GeneralName ip;
            ip.ipAddress = QStringLiteral("2001:db8::7");
            extensions.subjectAlternativeNames = QList<api::GeneralName>{dns, ip};
            passthrough.extensions = extensions;
            r.apiPassthrough = passthrough;
        }
        const QString arn = *engine->service().issueCertificate(r).certificateArn;
        const QByteArray pem = engine->certificatePem(ca, arn);
        Cert cert = parsePem(pem);
        QVERIFY(cert);

        // Canonical DER: the re-encoded TBSCertificate equals the signed bytes.
        unsigned char *reencoded = nullptr;
        const int reencodedLength = i2d_re_X509_tbs(cert.get(), &reencoded);
        QVERIFY(reencodedLength > 0);
        const QByteArray again(reinterpret_cast<const char *>(reencoded), reencodedLength);
        OPENSSL_free(reencoded);
        QByteArray der(i2d_X509(cert.get(), nullptr), '\0');
        auto *p = reinterpret_cast<unsigned char *>(der.data());
        i2d_X509(cert.get(), &p);
        QVERIFY2(der.indexOf(again) > 0, "the TBSCertificate is not canonical DER");
        Cert issuer = parsePem(
            engine->service().getCertificateAuthorityCertificate({ca}).certificate->toLatin1());
        QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(issuer.get())), 1);

        // The store's record says what the certificate says.
        const auto record = engine->store().reader().findCertificate(
            ca.section(QLatin1Char('/'), -1), arn.section(QLatin1Char('/'), -1));
        QVERIFY(record);
        QCOMPARE(record->certificate, der);
        QCOMPARE(record->subject, crypto::subjectText(cert.get()));
        QCOMPARE(record->subjectAltNames,
                 crypto::subjectAltNames(cert.get()).join(QStringLiteral(", ")));
        QCOMPARE(record->notBefore, crypto::notBeforeMs(cert.get()));
        QCOMPARE(record->notAfter, crypto::notAfterMs(cert.get()));
        if (apiValues) {
            QVERIFY2(record->subject.contains(QStringLiteral("Example Org")),
                     qPrintable(record->subject));
            QCOMPARE(record->subjectAltNames,
                     QStringLiteral("DNS:api.example.com, IP:2001:db8:0:0:0:0:0:7"));
        } else {
            QCOMPARE(record->subject, QStringLiteral("CN=record.example.com"));
            QCOMPARE(record->subjectAltNames,
                     QStringLiteral("DNS:record.example.com, DNS:alt.example.com"));
        }
        // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
        QCOMPARE(X509_get0_notBefore(cert.get())->type, V_ASN1_UTCTIME);
        QCOMPARE(X509_get0_notAfter(cert.get())->type,
                 years ? V_ASN1_GENERALIZEDTIME : V_ASN1_UTCTIME);
        // A serial number is a positive INTEGER with the ARN's hex digits.
        QCOMPARE(crypto::serialHex(X509_get0_serialNumber(cert.get())),
                 arn.section(QLatin1Char('/'), -1));
    }

    void serialsSortByIssueTimeAndCarryEightyRandomBits()
    {
        QStringList serials;
        QSet<QByteArray> randomParts;
        for (int i = 0; i < 20; ++i) {
            engine->clock().advanceMs(i % 3); // some in the same millisecond, some later
            const qint64 issuedAt = engine->clock().nowMs();
            const QString arn = engine->issue(root, QStringLiteral("t%1.example.com").arg(i));
            Cert cert = parsePem(engine->certificatePem(root, arn));
            BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr);
            QByteArray bytes(BN_num_bytes(bn), '\0');
            BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
            BN_free(bn);
            QCOMPARE(bytes.size(), 17);
            QCOMPARE(int(bytes.at(0)), 1);
            quint64 ms = 0;
            for (int b = 1; b <= 6; ++b)
                ms = (ms << 8) | quint8(bytes.at(b));
            QCOMPARE(qint64(ms), issuedAt);
            randomParts.insert(bytes.mid(7));
            serials << arn.section(QLatin1Char('/'), -1);
        }
        QCOMPARE(randomParts.size(), 20);
        // The stored (canonical hex) order is the issue order.
        QStringList sorted = serials;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 1; i < serials.size(); ++i)
            QVERIFY2(serials.at(i - 1) < serials.at(i) ||
                         serials.at(i - 1).left(14) == serials.at(i).left(14),
                     qPrintable(serials.at(i)));
        // Within one millisecond the order is random, across milliseconds it is by time.
        QCOMPARE(sorted.first().left(14), serials.first().left(14));
        QCOMPARE(sorted.last().left(14), serials.last().left(14));
    }

    void endEntityTemplate_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("eku");
        QTest::addColumn<bool>("ekuCritical");
        QTest::addColumn<QString>("keyUsage");
        QTest::newRow("default") << QString()
                                 << "TLS Web Server Authentication, TLS Web Client "
                                    "Authentication"
                                 << false << "Digital Signature, Key Encipherment";
        QTest::newRow("EndEntity") << "EndEntityCertificate/V1"
                                   << "TLS Web Server Authentication, TLS Web Client Authentication"
                                   << false << "Digital Signature, Key Encipherment";
        QTest::newRow("ClientAuth")
            << "EndEntityClientAuthCertificate/V1"
            << "TLS Web Client Authentication" << false << "Digital Signature, Key Encipherment";
        QTest::newRow("ServerAuth")
            << "EndEntityServerAuthCertificate/V1"
            << "TLS Web Server Authentication" << false << "Digital Signature, Key Encipherment";
        QTest::newRow("CodeSigning") << "CodeSigningCertificate/V1"
                                     << "Code Signing" << true << "Digital Signature";
        QTest::newRow("OCSPSigning") << "OCSPSigningCertificate/V1"
                                     << "OCSP Signing" << true << "Digital Signature";
        QTest::newRow("ServerAuth_CSRPassthrough")
            << "EndEntityServerAuthCertificate_CSRPassthrough/V1"
            << "TLS Web Server Authentication" << false << "Digital Signature, Key Encipherment";
        QTest::newRow("CodeSigning_APIPassthrough")
            << "CodeSigningCertificate_APIPassthrough/V1"
            << "Code Signing" << true << "Digital Signature";
        QTest::newRow("OCSP_APICSRPassthrough") << "OCSPSigningCertificate_APICSRPassthrough/V1"
                                                << "OCSP Signing" << true << "Digital Signature";
    }

    void endEntityTemplate()
    {
        QFETCH(QString, templateName);
        QFETCH(QString, eku);
        QFETCH(bool, ekuCritical);
        QFETCH(QString, keyUsage);
        const auto [csr, key] = makeCsr({});
        Cert cert = issueAndFetch(request(root, csr, templateName), root);
        QVERIFY(cert);

        const ExtensionView bc = extensionOf(cert.get(), NID_basic_constraints);
        QVERIFY(bc.present);
        QCOMPARE(bc.text, QStringLiteral("CA:FALSE"));
        QVERIFY(!bc.critical);
        const ExtensionView ku = extensionOf(cert.get(), NID_key_usage);
        QVERIFY(ku.critical);
        QCOMPARE(ku.text, keyUsage);
        const ExtensionView ekuView = extensionOf(cert.get(), NID_ext_key_usage);
        QCOMPARE(ekuView.text, eku);
        QCOMPARE(ekuView.critical, ekuCritical);
        QVERIFY(extensionOf(cert.get(), NID_subject_key_identifier).present);
        // AKI is the issuing CA's SKI.
        Cert rootCert = parsePem(
            engine->service().getCertificateAuthorityCertificate({root}).certificate->toLatin1());
        const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(cert.get());
        const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(rootCert.get());
        QVERIFY(aki && ski);
        QCOMPARE(ASN1_OCTET_STRING_cmp(aki, ski), 0);
        // SAN and subject pass through from the CSR.
        QVERIFY(extensionOf(cert.get(), NID_subject_alt_name)
                    .text.contains(QStringLiteral("DNS:") + QStringLiteral("leaf.example.com")) ||
                !extensionOf(cert.get(), NID_subject_alt_name).present);
        char buffer[256];
        X509_NAME_oneline(X509_get_subject_name(cert.get()), buffer, sizeof buffer);
        QCOMPARE(QString::fromLatin1(buffer), QStringLiteral("/CN=leaf.example.com"));
    }

    void subordinateTemplates_data()
    {
        QTest::addColumn<int>("pathLength");
        QTest::addColumn<QString>("variety");
        for (int n = 0; n <= 3; ++n) {
            for (const char *variety :
                 {"", "_CSRPassthrough", "_APIPassthrough", "_APICSRPassthrough"}) {
                QTest::addRow("PathLen%d%s", n, variety) << n << QString::fromLatin1(variety);
            }
        }
    }

    void subordinateTemplates()
    {
        QFETCH(int, pathLength);
        QFETCH(QString, variety);
        const auto [csr, key] = makeCsr({});
        Cert cert = issueAndFetch(request(root, csr,
                                          QStringLiteral("SubordinateCACertificate_PathLen%1%2/V1")
                                              .arg(pathLength)
                                              .arg(variety)),
                                  root);
        const ExtensionView bc = extensionOf(cert.get(), NID_basic_constraints);
        QVERIFY(bc.critical);
        QCOMPARE(bc.text, QStringLiteral("CA:TRUE, pathlen:%1").arg(pathLength));
        const ExtensionView ku = extensionOf(cert.get(), NID_key_usage);
        QVERIFY(ku.critical);
        QCOMPARE(ku.text, QStringLiteral("Digital Signature, Certificate Sign, CRL Sign"));
        QVERIFY(!extensionOf(cert.get(), NID_ext_key_usage).present);
        QVERIFY(X509_get0_authority_key_id(cert.get()));
    }

    void blankTemplates_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("basicConstraints");
        QTest::addColumn<bool>("critical");
        QTest::newRow("BlankEE_CSR") << "BlankEndEntityCertificate_CSRPassthrough/V1"
                                     << "CA:FALSE" << false;
        QTest::newRow("BlankEE_API") << "BlankEndEntityCertificate_APIPassthrough/V1"
                                     << "CA:FALSE" << false;
        QTest::newRow("BlankEE_APICSR") << "BlankEndEntityCertificate_APICSRPassthrough/V1"
                                        << "CA:FALSE" << false;
        QTest::newRow("BlankEECrit_CSR")
            << "BlankEndEntityCertificate_CriticalBasicConstraints_CSRPassthrough/V1"
            << "CA:FALSE" << true;
        QTest::newRow("BlankEECrit_API")
            << "BlankEndEntityCertificate_CriticalBasicConstraints_APIPassthrough/V1"
            << "CA:FALSE" << true;
        QTest::newRow("BlankEECrit_APICSR")
            << "BlankEndEntityCertificate_CriticalBasicConstraints_APICSRPassthrough/V1"
            << "CA:FALSE" << true;
        for (int n = 0; n <= 3; ++n) {
            for (const char *variety :
                 {"_CSRPassthrough", "_APIPassthrough", "_APICSRPassthrough"}) {
                QTest::addRow("BlankSub%d%s", n, variety)
                    << QStringLiteral("BlankSubordinateCACertificate_PathLen%1%2/V1")
                           .arg(n)
                           .arg(QLatin1StringView(variety))
                    << QStringLiteral("CA:TRUE, pathlen:%1").arg(n) << true;
            }
        }
    }

    void blankTemplates()
    {
        QFETCH(QString, templateName);
        QFETCH(QString, basicConstraints);
        QFETCH(bool, critical);
        const auto [csr, key] = makeCsr({});
        Cert cert = issueAndFetch(request(root, csr, templateName), root);
        const ExtensionView bc = extensionOf(cert.get(), NID_basic_constraints);
        QCOMPARE(bc.text, basicConstraints);
        QCOMPARE(bc.critical, critical);
        // Only basic constraints: no template key usages.
        QVERIFY(!extensionOf(cert.get(), NID_key_usage).present);
        QVERIFY(!extensionOf(cert.get(), NID_ext_key_usage).present);
    }

    void everyTemplateIssues()
    {
        // All 56 templates of the user guide exist and issue (root templates need the CA's own
        // CSR and are covered by the root activation).
        QCOMPARE(crypto::certificateTemplates().size(), 56);
        for (const crypto::CertificateTemplate &t : crypto::certificateTemplates()) {
            if (t.isRootCa())
                continue;
            const auto [csr, key] = makeCsr({});
            const auto response = engine->service().issueCertificate(request(root, csr, t.name));
            QVERIFY2(response.certificateArn.has_value(), qPrintable(t.name));
        }
    }

    void blankTemplateTakesKeyUsagesFromApi()
    {
        const auto [csr, key] = makeCsr({});
        auto r = request(root, csr, QStringLiteral("BlankEndEntityCertificate_APIPassthrough/V1"));
        api::ApiPassthrough passthrough;
        api::Extensions extensions;
        api::KeyUsage usage;
        usage.digitalSignature = true;
        usage.nonRepudiation = true;
        usage.keyEncipherment = true;
        extensions.keyUsage = usage;
        api::ExtendedKeyUsage clientAuth;
        clientAuth.extendedKeyUsageType = api::ExtendedKeyUsageType::CLIENT_AUTH;
        api::ExtendedKeyUsage smartCard;
        smartCard.extendedKeyUsageType = api::ExtendedKeyUsageType::SMART_CARD_LOGIN;
        extensions.extendedKeyUsage = QList<api::ExtendedKeyUsage>{clientAuth, smartCard};
        passthrough.extensions = extensions;
        r.apiPassthrough = passthrough;
        Cert cert = issueAndFetch(r, root);
        QCOMPARE(extensionOf(cert.get(), NID_key_usage).text,
                 QStringLiteral("Digital Signature, Non Repudiation, Key Encipherment"));
        QCOMPARE(extensionOf(cert.get(), NID_ext_key_usage).text,
                 QStringLiteral("TLS Web Client Authentication, Microsoft Smartcard Login"));
    }

    void templateWinsOverApiPassthrough()
    {
        // EndEntityClientAuthCertificate_APIPassthrough defines EKU: the API value is ignored.
        const auto [csr, key] = makeCsr({});
        auto r =
            request(root, csr, QStringLiteral("EndEntityClientAuthCertificate_APIPassthrough/V1"));
        api::ApiPassthrough passthrough;
        api::Extensions extensions;
        api::ExtendedKeyUsage codeSigning;
        codeSigning.extendedKeyUsageType = api::ExtendedKeyUsageType::CODE_SIGNING;
        extensions.extendedKeyUsage = QList<api::ExtendedKeyUsage>{codeSigning};
        api::PolicyInformation policy;
        policy.certPolicyId = QStringLiteral("1.3.6.1.4.1.99999.1");
        api::PolicyQualifierInfo qualifier;
        qualifier.qualifier.cpsUri = QStringLiteral("https://example.com/cps");
        policy.policyQualifiers = QList<api::PolicyQualifierInfo>{qualifier};
        extensions.certificatePolicies = QList<api::PolicyInformation>{policy};
        api::GeneralName san;
        san.dnsName = QStringLiteral("api.example.com");
        api::GeneralName ip;
        ip.ipAddress = QStringLiteral("10.0.0.7");
        extensions.subjectAlternativeNames = QList<api::GeneralName>{san, ip};
        api::CustomExtension custom;
        custom.objectIdentifier = QStringLiteral("1.3.6.1.4.1.99999.7");
        custom.value = QStringLiteral("BAVoZWxsbw=="); // OCTET STRING "hello"
        custom.critical = false;
        extensions.customExtensions = QList<api::CustomExtension>{custom};
        passthrough.extensions = extensions;
        api::Asn1Subject subject;
        subject.commonName = QStringLiteral("from-api");
        subject.organizationalUnit = QStringLiteral("Looked up in the directory");
        passthrough.subject = subject;
        r.apiPassthrough = passthrough;
        Cert cert = issueAndFetch(r, root);
        QCOMPARE(extensionOf(cert.get(), NID_ext_key_usage).text,
                 QStringLiteral("TLS Web Client Authentication"));
        // What the template does not define comes from the API.
        QVERIFY(extensionOf(cert.get(), NID_certificate_policies)
                    .text.contains(QStringLiteral("1.3.6.1.4.1.99999.1")));
        QVERIFY(extensionOf(cert.get(), NID_certificate_policies)
                    .text.contains(QStringLiteral("https://example.com/cps")));
        QCOMPARE(extensionOf(cert.get(), NID_subject_alt_name).text,
                 QStringLiteral("DNS:api.example.com, IP Address:10.0.0.7"));
        const QString text = opensslText(
            engine->certificatePem(root, *engine->service().issueCertificate(r).certificateArn));
        QVERIFY2(text.contains(QStringLiteral("1.3.6.1.4.1.99999.7")), qPrintable(text));
        char buffer[256];
        X509_NAME_oneline(X509_get_subject_name(cert.get()), buffer, sizeof buffer);
        QCOMPARE(QString::fromLatin1(buffer),
                 QStringLiteral("/OU=Looked up in the directory/CN=from-api"));
    }

    void apiPassthroughIgnoredByBaseTemplates()
    {
        const auto [csr, key] = makeCsr({});
        auto r = request(root, csr, QStringLiteral("EndEntityCertificate/V1"));
        api::ApiPassthrough passthrough;
        api::Asn1Subject subject;
        subject.commonName = QStringLiteral("ignored");
        passthrough.subject = subject;
        r.apiPassthrough = passthrough;
        Cert cert = issueAndFetch(r, root);
        char buffer[256];
        X509_NAME_oneline(X509_get_subject_name(cert.get()), buffer, sizeof buffer);
        QCOMPARE(QString::fromLatin1(buffer), QStringLiteral("/CN=leaf.example.com"));
    }

    void csrPassthroughCopiesExtraExtensions()
    {
        CsrOptions options;
        options.extraExtensionsConf = "nsComment=from the csr\nkeyUsage=critical,keyAgreement";
        const auto [csr, key] = makeCsr(options);
        // CSR passthrough: the extra extension is copied, the template's key usage wins.
        Cert cert = issueAndFetch(
            request(root, csr, QStringLiteral("EndEntityCertificate_CSRPassthrough/V1")), root);
        QCOMPARE(extensionOf(cert.get(), NID_netscape_comment).text,
                 QStringLiteral("from the csr"));
        QCOMPARE(extensionOf(cert.get(), NID_key_usage).text,
                 QStringLiteral("Digital Signature, Key Encipherment"));
        // Base template: not copied.
        Cert base =
            issueAndFetch(request(root, csr, QStringLiteral("EndEntityCertificate/V1")), root);
        QVERIFY(!extensionOf(base.get(), NID_netscape_comment).present);
        // Blank CSR passthrough: the CSR's key usage is taken.
        Cert blank = issueAndFetch(
            request(root, csr, QStringLiteral("BlankEndEntityCertificate_CSRPassthrough/V1")),
            root);
        QCOMPARE(extensionOf(blank.get(), NID_key_usage).text, QStringLiteral("Key Agreement"));
    }

    void apiSanWinsOverCsrSan()
    {
        CsrOptions options;
        options.dnsNames = {QStringLiteral("csr.example.com")};
        const auto [csr, key] = makeCsr(options);
        auto r = request(root, csr,
                         QStringLiteral("EndEntityClientAuthCertificate_APICSRPassthrough/V1"));
        api::ApiPassthrough passthrough;
        api::Extensions extensions;
        api::GeneralName san;
        san.dnsName = QStringLiteral("api.example.com");
        extensions.subjectAlternativeNames = QList<api::GeneralName>{san};
        passthrough.extensions = extensions;
        r.apiPassthrough = passthrough;
        Cert cert = issueAndFetch(r, root);
        QCOMPARE(extensionOf(cert.get(), NID_subject_alt_name).text,
                 QStringLiteral("DNS:api.example.com"));
    }

    void badGeneralNamesAreInvalidArgs()
    {
        const auto [csr, key] = makeCsr({});
        auto r = request(root, csr, QStringLiteral("EndEntityCertificate_APIPassthrough/V1"));
        api::ApiPassthrough passthrough;
        api::Extensions extensions;
        api::GeneralName two;
        two.dnsName = QStringLiteral("a.example.com");
        two.rfc822Name = QStringLiteral("a@example.com");
        extensions.subjectAlternativeNames = QList<api::GeneralName>{two};
        passthrough.extensions = extensions;
        r.apiPassthrough = passthrough;
        PCA_EXPECT_ERROR(errors::InvalidArgs, engine->service().issueCertificate(r));
        api::GeneralName badIp;
        badIp.ipAddress = QStringLiteral("300.1.1.1");
        passthrough.extensions->subjectAlternativeNames = QList<api::GeneralName>{badIp};
        r.apiPassthrough = passthrough;
        PCA_EXPECT_ERROR(errors::InvalidArgs, engine->service().issueCertificate(r));
    }

    void validityTypes()
    {
        // A plain variable: lambdas capture it (clang 14 cannot capture structured bindings).
        const QByteArray csr = makeCsr({}).first;
        const qint64 now = engine->clock().nowMs();
        auto notAfterOf = [&](api::Validity validity) {
            auto r = request(root, csr);
            r.validity = validity;
            Cert cert = issueAndFetch(r, root);
            struct tm tm = {};
            ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &tm);
            return qint64(timegm(&tm)) * 1000;
        };
        const QDateTime issued = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        QCOMPARE(notAfterOf({90, api::ValidityPeriodType::DAYS}) / 1000,
                 issued.addDays(90).toSecsSinceEpoch());
        QCOMPARE(notAfterOf({6, api::ValidityPeriodType::MONTHS}) / 1000,
                 issued.addMonths(6).toSecsSinceEpoch());
        QCOMPARE(notAfterOf({2, api::ValidityPeriodType::YEARS}) / 1000,
                 issued.addYears(2).toSecsSinceEpoch());
        const qint64 absolute = now / 1000 + 86400 * 10;
        QCOMPARE(notAfterOf({absolute, api::ValidityPeriodType::ABSOLUTE}) / 1000, absolute);
        // END_DATE in UTCTime (YYMMDDHHMMSS) and GeneralizedTime (YYYYMMDDHHMMSS).
        const QDateTime end = issued.addDays(20);
        const qint64 utc = end.toString(QStringLiteral("yyMMddHHmmss")).toLongLong();
        QCOMPARE(notAfterOf({utc, api::ValidityPeriodType::END_DATE}) / 1000,
                 end.toSecsSinceEpoch());
        const qint64 generalized = end.toString(QStringLiteral("yyyyMMddHHmmss")).toLongLong();
        QCOMPARE(notAfterOf({generalized, api::ValidityPeriodType::END_DATE}) / 1000,
                 end.toSecsSinceEpoch());
    }

    void notBeforeDefaultsToAnHourBeforeIssuance()
    {
        const auto [csr, key] = makeCsr({});
        engine->clock().advanceDays(1); // well after the root's own notBefore
        const qint64 now = engine->clock().nowMs();
        Cert cert = issueAndFetch(request(root, csr), root);
        struct tm tm = {};
        ASN1_TIME_to_tm(X509_get0_notBefore(cert.get()), &tm);
        QCOMPARE(qint64(timegm(&tm)), now / 1000 - 3600);

        auto r = request(root, csr);
        const qint64 explicitStart = now / 1000 + 3600;
        r.validityNotBefore = api::Validity{explicitStart, api::ValidityPeriodType::ABSOLUTE};
        Cert later = issueAndFetch(r, root);
        ASN1_TIME_to_tm(X509_get0_notBefore(later.get()), &tm);
        QCOMPARE(qint64(timegm(&tm)), explicitStart);

        r.validityNotBefore = api::Validity{3, api::ValidityPeriodType::DAYS};
        PCA_EXPECT_ERROR(errors::InvalidArgs, engine->service().issueCertificate(r));
    }

    void validityRules()
    {
        const auto [csr, key] = makeCsr({});
        auto r = request(root, csr);
        // Beyond the issuing CA's notAfter (the root is valid 10 years).
        r.validity = {11, api::ValidityPeriodType::YEARS};
        PCA_EXPECT_ERROR(errors::Validation, engine->service().issueCertificate(r));
        // Ends before it starts.
        r.validity = {engine->clock().nowMs() / 1000 - 7200, api::ValidityPeriodType::ABSOLUTE};
        PCA_EXPECT_ERROR(errors::Validation, engine->service().issueCertificate(r));
        // Value must be positive (model constraint).
        r.validity = {0, api::ValidityPeriodType::DAYS};
        PCA_EXPECT_ERROR(errors::Validation, engine->service().issueCertificate(r));
        // Malformed END_DATE.
        r.validity = {491331235959LL, api::ValidityPeriodType::END_DATE};
        PCA_EXPECT_ERROR(errors::InvalidArgs, engine->service().issueCertificate(r));
    }

    void shortLivedCaLimitsValidityToSevenDays()
    {
        api::CreateCertificateAuthorityRequest create;
        create.certificateAuthorityConfiguration =
            TestEngine::configuration(QStringLiteral("Short-lived Root"));
        create.certificateAuthorityType = api::CertificateAuthorityType::ROOT;
        create.usageMode = api::CertificateAuthorityUsageMode::SHORT_LIVED_CERTIFICATE;
        const QString arn =
            *engine->service().createCertificateAuthority(create).certificateAuthorityArn;
        engine->service().waitForBackgroundWork();
        // Activate with a self-signed certificate (root validity is not limited).
        auto self =
            request(arn, engine->service().getCertificateAuthorityCsr({arn}).csr->toLatin1(),
                    QStringLiteral("RootCACertificate/V1"));
        self.validity = {5, api::ValidityPeriodType::YEARS};
        const QString rootCertArn = *engine->service().issueCertificate(self).certificateArn;
        api::ImportCertificateAuthorityCertificateRequest import;
        import.certificateAuthorityArn = arn;
        import.certificate = engine->certificatePem(arn, rootCertArn);
        engine->service().importCertificateAuthorityCertificate(import);

        const auto [csr, key] = makeCsr({});
        auto r = request(arn, csr);
        r.validity = {7, api::ValidityPeriodType::DAYS};
        QVERIFY(engine->service().issueCertificate(r).certificateArn);
        r.validity = {8, api::ValidityPeriodType::DAYS};
        PCA_EXPECT_ERROR(errors::Validation, engine->service().issueCertificate(r));
    }

    void malformedCsrs()
    {
        auto r = request(root, "not a csr");
        PCA_EXPECT_ERROR(errors::MalformedCsr, engine->service().issueCertificate(r));
        // A CSR whose signature does not verify: flip a byte of the signature.
        auto [csr, key] = makeCsr({});
        QByteArray der =
            QByteArray::fromBase64(csr.replace("-----BEGIN CERTIFICATE REQUEST-----", "")
                                       .replace("-----END CERTIFICATE REQUEST-----", "")
                                       .replace("\n", ""));
        der[der.size() - 3] = char(der[der.size() - 3] ^ 0x55);
        r.csr = der;
        PCA_EXPECT_ERROR(errors::MalformedCsr, engine->service().issueCertificate(r));
        // Neither subject nor SAN.
        CsrOptions empty;
        empty.emptySubject = true;
        r.csr = makeCsr(empty).first;
        PCA_EXPECT_ERROR(errors::MalformedCsr, engine->service().issueCertificate(r));
        // A SAN alone is enough.
        empty.dnsNames = {QStringLiteral("only-san.example.com")};
        r.csr = makeCsr(empty).first;
        QVERIFY(engine->service().issueCertificate(r).certificateArn);
        // Too weak a key.
        CsrOptions weak;
        weak.keyType = QStringLiteral("RSA1024");
        r.csr = makeCsr(weak).first;
        PCA_EXPECT_ERROR(errors::MalformedCsr, engine->service().issueCertificate(r));
        // DER is accepted as well as PEM.
        CsrOptions plain;
        const QByteArray pem = makeCsr(plain).first;
        r.csr = QByteArray::fromBase64(QByteArray(pem)
                                           .replace("-----BEGIN CERTIFICATE REQUEST-----", "")
                                           .replace("-----END CERTIFICATE REQUEST-----", "")
                                           .replace("\n", ""));
        QVERIFY(engine->service().issueCertificate(r).certificateArn);
    }

    void signingAlgorithmFamilyMustMatch()
    {
        const auto [csr, key] = makeCsr({});
        auto r = request(root, csr);
        r.signingAlgorithm = SigningAlgorithm::SHA256WITHRSA;
        PCA_EXPECT_ERROR(errors::InvalidArgs, engine->service().issueCertificate(r));
        r.signingAlgorithm = SigningAlgorithm::SHA384WITHECDSA;
        QVERIFY(engine->service().issueCertificate(r).certificateArn);
    }

    void unknownTemplateIsInvalidArgs()
    {
        const auto [csr, key] = makeCsr({});
        auto r = request(root, csr, QStringLiteral("NoSuchTemplate/V1"));
        PCA_EXPECT_ERROR(errors::InvalidArgs, engine->service().issueCertificate(r));
    }

    void rootTemplateOnlyForOwnCsr()
    {
        // A plain variable: lambdas capture it (clang 14 cannot capture structured bindings).
        const QByteArray csr = makeCsr({}).first;
        PCA_EXPECT_ERROR(errors::InvalidArgs,
                         engine->service().issueCertificate(
                             request(root, csr, QStringLiteral("RootCACertificate/V1"))));
        const QString sub = engine->createActiveSubordinate(root, QStringLiteral("Sub"), 0);
        PCA_EXPECT_ERROR(errors::InvalidArgs,
                         engine->service().issueCertificate(
                             request(sub, csr, QStringLiteral("RootCACertificate/V1"))));
    }

    void idempotencyToken()
    {
        const auto [csr, key] = makeCsr({});
        auto r = request(root, csr);
        r.idempotencyToken = QStringLiteral("token-1");
        const QString first = *engine->service().issueCertificate(r).certificateArn;
        const QString second = *engine->service().issueCertificate(r).certificateArn;
        QCOMPARE(second, first);
        engine->clock().advanceSeconds(5 * 60 + 1);
        const QString third = *engine->service().issueCertificate(r).certificateArn;
        QVERIFY(third != first);
    }

    // The asynchronous form answers after the commit with what the waiting form returns and
    // reports the same errors through its completion.
    void issueCertificateAsyncAnswersAfterTheCommit()
    {
        QSignalSpy issued(&engine->service(), &PrivateCaService::certificateIssued);
        const auto [csr, key] = makeCsr({});
        api::IssueCertificateRequest r = request(root, csr);
        r.idempotencyToken = QStringLiteral("async-token");
        const AsyncOutcome first = issueAsync(r);
        QVERIFY2(first.errorType.isEmpty(), qPrintable(first.errorType));
        QVERIFY(first.response && first.response->certificateArn);
        const QString arn = *first.response->certificateArn;
        QVERIFY(first.thread != std::this_thread::get_id()); // the writer, after the commit
        const Cert cert = parsePem(engine->certificatePem(root, arn));
        QVERIFY(cert != nullptr);
        QCOMPARE(issued.count(), 1);
        QCOMPARE(issued.at(0).at(1).toString(), arn);

        // An idempotent repeat: the same ARN, nothing issued.
        const AsyncOutcome again = issueAsync(r);
        QVERIFY(again.response);
        QCOMPARE(*again.response->certificateArn, arn);
        QCOMPARE(issued.count(), 1);

        const AsyncOutcome malformed = issueAsync(request(root, "not a CSR"));
        QCOMPARE(malformed.errorType, QString::fromLatin1(errors::MalformedCsr));
        QVERIFY(!malformed.response);
        const QString pending = engine->createCa(api::CertificateAuthorityType::SUBORDINATE,
                                                 QStringLiteral("Pending (async)"));
        QCOMPARE(issueAsync(request(pending, csr)).errorType,
                 QString::fromLatin1(errors::InvalidState));
        QCOMPARE(issued.count(), 1);
    }

    // A CA whose signature takes milliseconds (RSA-3072/4096) never signs on the caller's
    // thread, which for the server is an I/O thread other connections wait on: even a refusal
    // found before signing is answered from the signing pool. Quick signers stay on the
    // caller's thread, where a refusal is answered at once.
    void slowSigningCasIssueOffTheCallingThread()
    {
        const QString rsa =
            engine->createActiveRoot(QStringLiteral("RSA-3072 Root"), KeyAlgorithm::RSA_3072,
                                     SigningAlgorithm::SHA256WITHRSA);
        const auto [csr, key] = makeCsr({});
        api::IssueCertificateRequest r = request(rsa, csr);
        r.signingAlgorithm = SigningAlgorithm::SHA256WITHRSA;
        const AsyncOutcome issued = issueAsync(r);
        QVERIFY2(issued.errorType.isEmpty(), qPrintable(issued.errorType));
        QVERIFY(issued.response && issued.response->certificateArn);
        const Cert leaf = parsePem(engine->certificatePem(rsa, *issued.response->certificateArn));
        const Cert issuer = parsePem(
            engine->service().getCertificateAuthorityCertificate({rsa}).certificate->toLatin1());
        QVERIFY(leaf != nullptr && issuer != nullptr);
        QCOMPARE(X509_verify(leaf.get(), X509_get0_pubkey(issuer.get())), 1);

        api::IssueCertificateRequest bad = request(rsa, "not a CSR");
        bad.signingAlgorithm = SigningAlgorithm::SHA256WITHRSA;
        const AsyncOutcome refused = issueAsync(bad);
        QCOMPARE(refused.errorType, QString::fromLatin1(errors::MalformedCsr));
        QVERIFY(refused.thread != std::this_thread::get_id());

        const AsyncOutcome quick = issueAsync(request(root, "not a CSR"));
        QCOMPARE(quick.errorType, QString::fromLatin1(errors::MalformedCsr));
        QCOMPARE(quick.thread, std::this_thread::get_id());
    }

    // issueCertificateAsync answers every request exactly once, also when the service is
    // destroyed right after queueing them: the answers arrive before the destructor returns.
    void destroyingTheServiceAnswersQueuedIssuesFirst()
    {
        const auto [csr, key] = makeCsr({});
        const QString rsa =
            engine->createActiveRoot(QStringLiteral("RSA-3072 (shutdown)"), KeyAlgorithm::RSA_3072,
                                     SigningAlgorithm::SHA256WITHRSA);
        api::IssueCertificateRequest slow = request(rsa, csr);
        slow.signingAlgorithm = SigningAlgorithm::SHA256WITHRSA;
        constexpr int kEach = 20;
        std::atomic<int> issued{0};
        std::atomic<int> failed{0};
        {
            PrivateCaService service(engine->store(), engine->clock());
            const auto done = [&](std::optional<api::IssueCertificateResponse> response,
                                  std::exception_ptr error) {
                ++(response && !error ? issued : failed);
            };
            for (int i = 0; i < kEach; ++i) {
                service.issueCertificateAsync(request(root, csr), done);
                service.issueCertificateAsync(slow, done);
            }
        }
        QCOMPARE(failed.load(), 0);
        QCOMPARE(issued.load(), 2 * kEach);
    }

    void stateRules()
    {
        // A plain variable: lambdas capture it (clang 14 cannot capture structured bindings).
        const QByteArray csr = makeCsr({}).first;
        // PENDING_CERTIFICATE subordinate cannot issue.
        const QString pending =
            engine->createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        // AWS's sentence, on which Terraform retries for a minute.
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority is not in a valid state "
                                               "for issuing certificates"),
                                engine->service().issueCertificate(request(pending, csr)));
        // DISABLED cannot issue but existing certificates can still be fetched.
        const QString disabled = engine->createActiveRoot(QStringLiteral("To be disabled"));
        const QString arn = engine->issue(disabled, QStringLiteral("before.example.com"));
        api::UpdateCertificateAuthorityRequest disable;
        disable.certificateAuthorityArn = disabled;
        disable.status = api::CertificateAuthorityStatus::DISABLED;
        engine->service().updateCertificateAuthority(disable);
        PCA_EXPECT_ERROR(errors::InvalidState,
                         engine->service().issueCertificate(request(disabled, csr)));
        QVERIFY(engine->service().getCertificate({disabled, arn}).certificate);
        // Once the CA is deleted its certificates are out of reach, with AWS's sentence (on
        // which Terraform's acceptance tests count a certificate as destroyed).
        engine->service().deleteCertificateAuthority({disabled, 7});
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority %1 is not in the correct "
                                               "state to have issued certificates.")
                                    .arg(disabled),
                                engine->service().getCertificate({disabled, arn}));
    }

    void getCertificateErrors()
    {
        const QString arn = engine->issue(root, QStringLiteral("x.example.com"));
        PCA_EXPECT_ERROR(errors::ResourceNotFound,
                         engine->service().getCertificate(
                             {root, root + QStringLiteral("/certificate/0123456789abcdef")}));
        const QString other = engine->createActiveRoot(QStringLiteral("Other"));
        PCA_EXPECT_ERROR(errors::InvalidArn, engine->service().getCertificate({other, arn}));
        PCA_EXPECT_ERROR(errors::InvalidArn,
                         engine->service().getCertificate({root, QStringLiteral("nonsense")}));
        PCA_EXPECT_ERROR(
            errors::ResourceNotFound,
            engine->service().getCertificate(
                {QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                                "00000000-0000-0000-0000-000000000000"),
                 arn}));
    }

    void rsaPssAndOtherAlgorithms_data()
    {
        QTest::addColumn<KeyAlgorithm>("key");
        QTest::addColumn<SigningAlgorithm>("signing");
        QTest::addColumn<QString>("printed");
        QTest::newRow("RSA2048/SHA256") << KeyAlgorithm::RSA_2048 << SigningAlgorithm::SHA256WITHRSA
                                        << "sha256WithRSAEncryption";
        QTest::newRow("RSA2048/SHA512") << KeyAlgorithm::RSA_2048 << SigningAlgorithm::SHA512WITHRSA
                                        << "sha512WithRSAEncryption";
        QTest::newRow("RSA2048/PSS256")
            << KeyAlgorithm::RSA_2048 << SigningAlgorithm::SHA256WITHRSA_PSS << "rsassaPss";
        QTest::newRow("RSA3072/PSS384")
            << KeyAlgorithm::RSA_3072 << SigningAlgorithm::SHA384WITHRSA_PSS << "rsassaPss";
        QTest::newRow("P384/SHA384") << KeyAlgorithm::EC_secp384r1
                                     << SigningAlgorithm::SHA384WITHECDSA << "ecdsa-with-SHA384";
        QTest::newRow("P521/SHA512") << KeyAlgorithm::EC_secp521r1
                                     << SigningAlgorithm::SHA512WITHECDSA << "ecdsa-with-SHA512";
        QTest::newRow("SM2/SM3") << KeyAlgorithm::SM2 << SigningAlgorithm::SM3WITHSM2 << "SM2";
    }

    void rsaPssAndOtherAlgorithms()
    {
        QFETCH(KeyAlgorithm, key);
        QFETCH(SigningAlgorithm, signing);
        QFETCH(QString, printed);
        const QString ca = engine->createActiveRoot(QStringLiteral("Algorithm Root"), key, signing);
        QCOMPARE(engine->status(ca), api::CertificateAuthorityStatus::ACTIVE);
        const QString leafArn = engine->issue(ca, QStringLiteral("alg.example.com"));
        const QByteArray leafPem = engine->certificatePem(ca, leafArn);
        const QByteArray rootPem =
            engine->service().getCertificateAuthorityCertificate({ca}).certificate->toLatin1();
        QTemporaryDir dir;
        const QString rootFile = writeFile(dir.path(), QStringLiteral("root.pem"), rootPem);
        const QString leafFile = writeFile(dir.path(), QStringLiteral("leaf.pem"), leafPem);
        QByteArray out;
        QByteArray err;
        const int rc = runOpenssl(
            {QStringLiteral("verify"), QStringLiteral("-CAfile"), rootFile, leafFile}, &out, &err);
        QVERIFY2(rc == 0, (out + err).constData());
        QVERIFY2(opensslText(leafPem).contains(QStringLiteral("Signature Algorithm: ") + printed),
                 qPrintable(opensslText(leafPem)));
    }
};

QTEST_GUILESS_MAIN(IssuanceTest)
#include "tst_issuance.moc"

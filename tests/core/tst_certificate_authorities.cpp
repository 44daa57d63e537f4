// The CA lifecycle actions: CreateCertificateAuthority, DescribeCertificateAuthority,
// ListCertificateAuthorities, GetCertificateAuthorityCsr, GetCertificateAuthorityCertificate,
// ImportCertificateAuthorityCertificate, UpdateCertificateAuthority, DeleteCertificateAuthority,
// RestoreCertificateAuthority — success paths and every documented error.
#include "TestEngine.h"
#include "crypto/Keys.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pca;
using namespace pca::test;
using api::CertificateAuthorityStatus;
using api::CertificateAuthorityType;
using api::KeyAlgorithm;
using api::SigningAlgorithm;

namespace {

api::CreateCertificateAuthorityRequest rootRequest(const QString &cn = QStringLiteral("Root"))
{
    api::CreateCertificateAuthorityRequest request;
    request.certificateAuthorityConfiguration = TestEngine::configuration(cn);
    request.certificateAuthorityType = CertificateAuthorityType::ROOT;
    return request;
}

api::CrlConfiguration crl(const QString &bucket = QStringLiteral("my-crl-bucket"))
{
    api::CrlConfiguration c;
    c.enabled = true;
    c.expirationInDays = 7;
    c.s3BucketName = bucket;
    return c;
}

// Output of a successful openssl run; std::nullopt (and a warning) when it fails.
std::optional<QByteArray> runOk(const QStringList &arguments,
                                const QByteArray &input = QByteArray())
{
    QByteArray out;
    QByteArray err;
    const int rc = runOpenssl(arguments, &out, &err, input);
    if (rc != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 err.constData());
        return std::nullopt;
    }
    return out;
}

QByteArray opensslOutput(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    return runOk(arguments, input).value_or(QByteArray());
}

} // namespace

class CertificateAuthoritiesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    PrivateCaService &svc() { return engine->service(); }

    void disable(const QString &arn)
    {
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = arn;
        update.status = CertificateAuthorityStatus::DISABLED;
        svc().updateCertificateAuthority(update);
    }

private Q_SLOTS:
    void init() { engine = std::make_unique<TestEngine>(); }
    void cleanup() { engine.reset(); }

    void createIsAsynchronousAndDescribesEveryField()
    {
        auto request = rootRequest(QStringLiteral("Describe Me"));
        request.certificateAuthorityConfiguration.keyAlgorithm = KeyAlgorithm::RSA_4096;
        request.certificateAuthorityConfiguration.signingAlgorithm =
            SigningAlgorithm::SHA256WITHRSA;
        request.certificateAuthorityConfiguration.subject.organizationalUnit =
            QStringLiteral("Unit");
        request.certificateAuthorityConfiguration.subject.state = QStringLiteral("WA");
        request.certificateAuthorityConfiguration.subject.locality = QStringLiteral("Seattle");
        api::Tag tag;
        tag.key = QStringLiteral("Name");
        tag.value = QStringLiteral("first");
        request.tags = QList<api::Tag>{tag};
        const qint64 created = engine->clock().nowMs();
        const QString arn = *svc().createCertificateAuthority(request).certificateAuthorityArn;
        QVERIFY(QRegularExpression(
                    QStringLiteral("^arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                                   "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                    .match(arn)
                    .hasMatch());

        // RSA-4096 key generation runs in the background: the call has already returned.
        auto ca = engine->describe(arn);
        QCOMPARE(*ca.status, CertificateAuthorityStatus::CREATING);
        PCA_EXPECT_ERROR(errors::RequestInProgress, svc().getCertificateAuthorityCsr({arn}));

        svc().waitForBackgroundWork();
        ca = engine->describe(arn);
        QCOMPARE(*ca.status, CertificateAuthorityStatus::PENDING_CERTIFICATE);
        QCOMPARE(*ca.arn, arn);
        QCOMPARE(*ca.ownerAccount, QStringLiteral("123456789012"));
        QCOMPARE(ca.createdAt->toMSecsSinceEpoch(), created);
        QVERIFY(ca.lastStateChangeAt);
        QCOMPARE(*ca.type, CertificateAuthorityType::ROOT);
        QCOMPARE(*ca.keyStorageSecurityStandard,
                 api::KeyStorageSecurityStandard::FIPS_140_2_LEVEL_3_OR_HIGHER);
        QCOMPARE(*ca.usageMode, api::CertificateAuthorityUsageMode::GENERAL_PURPOSE);
        QCOMPARE(ca.certificateAuthorityConfiguration->keyAlgorithm, KeyAlgorithm::RSA_4096);
        QCOMPARE(*ca.certificateAuthorityConfiguration->subject.locality,
                 QStringLiteral("Seattle"));
        QVERIFY(!ca.revocationConfiguration->crlConfiguration->enabled);
        QVERIFY(!ca.revocationConfiguration->ocspConfiguration->enabled);
        QVERIFY(!ca.serial && !ca.notBefore && !ca.notAfter && !ca.failureReason &&
                !ca.restorableUntil);

        // The CSR names the subject and asks for CA:TRUE.
        const QString csr = *svc().getCertificateAuthorityCsr({arn}).csr;
        QVERIFY(csr.startsWith(QStringLiteral("-----BEGIN CERTIFICATE REQUEST-----")));
        const QByteArray text = opensslOutput({QStringLiteral("req"), QStringLiteral("-noout"),
                                               QStringLiteral("-text"), QStringLiteral("-verify")},
                                              csr.toLatin1());
        QVERIFY2(text.contains("CN = Describe Me"), text.constData());
        QVERIFY(text.contains("C = US, O = Example Corp, OU = Unit, ST = WA, CN = Describe Me, "
                              "L = Seattle"));
        QVERIFY(text.contains("CA:TRUE"));
        QVERIFY(text.contains("4096 bit"));

        // Activation fills Serial, NotBefore, NotAfter.
        api::IssueCertificateRequest self;
        self.certificateAuthorityArn = arn;
        self.csr = csr.toLatin1();
        self.signingAlgorithm = SigningAlgorithm::SHA256WITHRSA;
        self.templateArn = QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
        self.validity = {10, api::ValidityPeriodType::YEARS};
        const QString certArn = *svc().issueCertificate(self).certificateArn;
        api::ImportCertificateAuthorityCertificateRequest import;
        import.certificateAuthorityArn = arn;
        import.certificate = engine->certificatePem(arn, certArn);
        svc().importCertificateAuthorityCertificate(import);
        ca = engine->describe(arn);
        QCOMPARE(*ca.status, CertificateAuthorityStatus::ACTIVE);
        QVERIFY(ca.serial && ca.serial->contains(QLatin1Char(':')));
        QCOMPARE(ca.notBefore->toMSecsSinceEpoch() / 1000, (created - 3600 * 1000) / 1000);
        QVERIFY(ca.notAfter > ca.notBefore);

        const auto tags = svc().listTags({std::nullopt, std::nullopt, arn});
        QCOMPARE(tags.tags->size(), 1);
        QCOMPARE(*tags.tags->first().value, QStringLiteral("first"));
    }

    void createValidation()
    {
        auto request = rootRequest();
        request.certificateAuthorityConfiguration.signingAlgorithm =
            SigningAlgorithm::SHA256WITHRSA;
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().createCertificateAuthority(request));

        request = rootRequest(QString(65, QLatin1Char('x')));
        PCA_EXPECT_ERROR(errors::Validation, svc().createCertificateAuthority(request));

        request = rootRequest();
        request.certificateAuthorityConfiguration.subject.country = QStringLiteral("USA");
        PCA_EXPECT_ERROR(errors::Validation, svc().createCertificateAuthority(request));

        request = rootRequest();
        request.certificateAuthorityConfiguration.subject.serialNumber = QStringLiteral("a_b");
        PCA_EXPECT_ERROR(errors::Validation, svc().createCertificateAuthority(request));

        request = rootRequest();
        api::CustomAttribute custom;
        custom.objectIdentifier = QStringLiteral("2.5.4.3");
        custom.value = QStringLiteral("custom cn");
        request.certificateAuthorityConfiguration.subject.customAttributes =
            QList<api::CustomAttribute>{custom};
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().createCertificateAuthority(request));

        request = rootRequest();
        request.certificateAuthorityConfiguration.subject = {};
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().createCertificateAuthority(request));

        request = rootRequest();
        request.keyStorageSecurityStandard =
            api::KeyStorageSecurityStandard::CCPC_LEVEL_1_OR_HIGHER;
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().createCertificateAuthority(request));

        // Nothing was created by the failed calls.
        QCOMPARE(svc().listCertificateAuthorities({}).certificateAuthorities->size(), 0);
    }

    void customAttributesOnly()
    {
        auto request = rootRequest();
        request.certificateAuthorityConfiguration.subject = {};
        api::CustomAttribute cn;
        cn.objectIdentifier = QStringLiteral("2.5.4.3");
        cn.value = QStringLiteral("Custom Root");
        api::CustomAttribute dc;
        dc.objectIdentifier = QStringLiteral("0.9.2342.19200300.100.1.25");
        dc.value = QStringLiteral("example");
        request.certificateAuthorityConfiguration.subject.customAttributes =
            QList<api::CustomAttribute>{dc, cn};
        const QString arn = *svc().createCertificateAuthority(request).certificateAuthorityArn;
        svc().waitForBackgroundWork();
        const QByteArray text = opensslOutput(
            {QStringLiteral("req"), QStringLiteral("-noout"), QStringLiteral("-subject")},
            svc().getCertificateAuthorityCsr({arn}).csr->toLatin1());
        QVERIFY2(text.contains("DC = example, CN = Custom Root"), text.constData());
    }

    void csrExtensions()
    {
        auto request = rootRequest();
        api::CsrExtensions extensions;
        api::KeyUsage usage;
        usage.keyCertSign = true;
        usage.crlSign = true;
        usage.digitalSignature = true;
        extensions.keyUsage = usage;
        api::AccessDescription repository;
        repository.accessMethod.accessMethodType = api::AccessMethodType::CA_REPOSITORY;
        repository.accessLocation.uniformResourceIdentifier =
            QStringLiteral("http://repository.example.com/ca");
        extensions.subjectInformationAccess = QList<api::AccessDescription>{repository};
        request.certificateAuthorityConfiguration.csrExtensions = extensions;
        const QString arn = *svc().createCertificateAuthority(request).certificateAuthorityArn;
        svc().waitForBackgroundWork();
        const QByteArray text = opensslOutput(
            {QStringLiteral("req"), QStringLiteral("-noout"), QStringLiteral("-text")},
            svc().getCertificateAuthorityCsr({arn}).csr->toLatin1());
        QVERIFY2(text.contains("Digital Signature, Certificate Sign, CRL Sign"), text.constData());
        QVERIFY2(text.contains("Subject Information Access"), text.constData());
        QVERIFY(text.contains("CA Repository - URI:http://repository.example.com/ca"));

        // An access method must be exactly one of the two choices.
        repository.accessMethod.customObjectIdentifier = QStringLiteral("1.2.3.4");
        extensions.subjectInformationAccess = QList<api::AccessDescription>{repository};
        request.certificateAuthorityConfiguration.csrExtensions = extensions;
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().createCertificateAuthority(request));
    }

    void revocationConfigurationValidation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("disabled CRL with extras") << 0;
        QTest::newRow("CNAME with scheme") << 1;
        QTest::newRow("bucket upper case") << 2;
        QTest::newRow("bucket as IP") << 3;
        QTest::newRow("bucket adjacent dots") << 4;
        QTest::newRow("omit extension with CNAME") << 5;
        QTest::newRow("expiration out of range") << 6;
        QTest::newRow("disabled OCSP with CNAME") << 7;
        QTest::newRow("OCSP CNAME with scheme") << 8;
        QTest::newRow("CRL without bucket") << 9;
        QTest::newRow("CNAME too long") << 10;
        QTest::newRow("bad custom path") << 11;
    }

    void revocationConfigurationValidation()
    {
        QFETCH(int, kind);
        api::RevocationConfiguration config;
        const char *expected = errors::InvalidArgs;
        switch (kind) {
        case 0: {
            api::CrlConfiguration c;
            c.enabled = false;
            c.expirationInDays = 7;
            config.crlConfiguration = c;
            break;
        }
        case 1: {
            auto c = crl();
            c.customCname = QStringLiteral("http://crl.example.com");
            config.crlConfiguration = c;
            break;
        }
        case 2:
            config.crlConfiguration = crl(QStringLiteral("My-Bucket"));
            break;
        case 3:
            config.crlConfiguration = crl(QStringLiteral("192.168.1.1"));
            break;
        case 4:
            config.crlConfiguration = crl(QStringLiteral("my..bucket"));
            break;
        case 5: {
            auto c = crl();
            c.customCname = QStringLiteral("crl.example.com");
            c.crlDistributionPointExtensionConfiguration =
                api::CrlDistributionPointExtensionConfiguration{true};
            config.crlConfiguration = c;
            break;
        }
        case 6: {
            auto c = crl();
            c.expirationInDays = 5001;
            config.crlConfiguration = c;
            expected = errors::Validation;
            break;
        }
        case 7: {
            api::OcspConfiguration o;
            o.enabled = false;
            o.ocspCustomCname = QStringLiteral("ocsp.example.com");
            config.ocspConfiguration = o;
            break;
        }
        case 8: {
            api::OcspConfiguration o;
            o.enabled = true;
            o.ocspCustomCname = QStringLiteral("https://ocsp.example.com");
            config.ocspConfiguration = o;
            break;
        }
        case 9: {
            api::CrlConfiguration c;
            c.enabled = true;
            config.crlConfiguration = c;
            break;
        }
        case 10: {
            auto c = crl();
            c.customCname = QString(254, QLatin1Char('a'));
            config.crlConfiguration = c;
            expected = errors::Validation;
            break;
        }
        case 11: {
            auto c = crl();
            c.customPath = QStringLiteral("a//b");
            config.crlConfiguration = c;
            expected = errors::Validation;
            break;
        }
        }
        auto request = rootRequest();
        request.revocationConfiguration = config;
        PCA_EXPECT_ERROR(expected, svc().createCertificateAuthority(request));
        // The same rules apply to UpdateCertificateAuthority.
        const QString arn = engine->createActiveRoot(QStringLiteral("Update target"));
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = arn;
        update.revocationConfiguration = config;
        PCA_EXPECT_ERROR(expected, svc().updateCertificateAuthority(update));
    }

    void tagsOnCreate()
    {
        auto request = rootRequest();
        api::Tag reserved;
        reserved.key = QStringLiteral("aws:owner");
        request.tags = QList<api::Tag>{reserved};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().createCertificateAuthority(request));
        QList<api::Tag> many;
        for (int i = 0; i < 51; ++i) {
            api::Tag t;
            t.key = QStringLiteral("k%1").arg(i);
            many << t;
        }
        request.tags = many;
        PCA_EXPECT_ERROR(errors::TooManyTags, svc().createCertificateAuthority(request));
        api::Tag bad;
        bad.key = QStringLiteral("bad*key");
        request.tags = QList<api::Tag>{bad};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().createCertificateAuthority(request));
    }

    void idempotencyToken()
    {
        auto request = rootRequest();
        request.idempotencyToken = QStringLiteral("create-once");
        const QString first = *svc().createCertificateAuthority(request).certificateAuthorityArn;
        engine->clock().advanceSeconds(4 * 60);
        QCOMPARE(*svc().createCertificateAuthority(request).certificateAuthorityArn, first);
        engine->clock().advanceSeconds(61);
        const QString third = *svc().createCertificateAuthority(request).certificateAuthorityArn;
        QVERIFY(third != first);
        svc().waitForBackgroundWork();
        QCOMPARE(svc().listCertificateAuthorities({}).certificateAuthorities->size(), 2);
    }

    void unsupportedAlgorithmFails()
    {
        if (crypto::isKeyAlgorithmSupported(KeyAlgorithm::ML_DSA_44))
            QSKIP("The linked OpenSSL supports ML-DSA; the failure path cannot occur.");
        auto request = rootRequest();
        request.certificateAuthorityConfiguration.keyAlgorithm = KeyAlgorithm::ML_DSA_44;
        request.certificateAuthorityConfiguration.signingAlgorithm = SigningAlgorithm::ML_DSA_44;
        const QString arn = *svc().createCertificateAuthority(request).certificateAuthorityArn;
        svc().waitForBackgroundWork();
        const auto ca = engine->describe(arn);
        QCOMPARE(*ca.status, CertificateAuthorityStatus::FAILED);
        QCOMPARE(*ca.failureReason, api::FailureReason::UNSUPPORTED_ALGORITHM);
        PCA_EXPECT_ERROR(errors::InvalidState, svc().getCertificateAuthorityCsr({arn}));
        // A FAILED CA is deleted at once, without a restore window.
        svc().deleteCertificateAuthority({arn, std::nullopt});
        PCA_EXPECT_ERROR(errors::ResourceNotFound, engine->describe(arn));
        // Mismatched ML-DSA sizes are rejected up front.
        request.certificateAuthorityConfiguration.signingAlgorithm = SigningAlgorithm::ML_DSA_65;
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().createCertificateAuthority(request));
    }

    void arnErrors()
    {
        PCA_EXPECT_ERROR(errors::InvalidArn, engine->describe(QStringLiteral("not-an-arn")));
        PCA_EXPECT_ERROR(errors::InvalidArn,
                         engine->describe(QStringLiteral(
                             "arn:aws:acm-pca:us-east-1:123456789012:template/EndEntity")));
        PCA_EXPECT_ERROR(errors::ResourceNotFound,
                         engine->describe(QStringLiteral(
                             "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                             "11111111-2222-3333-4444-555555555555")));
        PCA_EXPECT_ERROR(errors::ResourceNotFound,
                         engine->describe(QStringLiteral(
                             "arn:aws:acm-pca:eu-west-1:999999999999:certificate-authority/"
                             "11111111-2222-3333-4444-555555555555")));
    }

    void listPagination()
    {
        QSet<QString> created;
        for (int i = 0; i < 7; ++i) {
            created.insert(
                *svc()
                     .createCertificateAuthority(rootRequest(QStringLiteral("CA %1").arg(i)))
                     .certificateAuthorityArn);
            engine->clock().advanceMs(1);
        }
        svc().waitForBackgroundWork();
        QSet<QString> seen;
        api::ListCertificateAuthoritiesRequest request;
        request.maxResults = 3;
        int pages = 0;
        do {
            const auto page = svc().listCertificateAuthorities(request);
            ++pages;
            QVERIFY(page.certificateAuthorities->size() <= 3);
            for (const auto &ca : *page.certificateAuthorities)
                seen.insert(*ca.arn);
            request.nextToken = page.nextToken;
        } while (request.nextToken);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, created);

        request = {};
        request.nextToken = QStringLiteral("garbage");
        PCA_EXPECT_ERROR(errors::InvalidNextToken, svc().listCertificateAuthorities(request));
        // A token of another operation is not accepted either.
        const QString ca = *created.begin();
        for (int i = 0; i < 3; ++i) {
            api::TagCertificateAuthorityRequest tag;
            tag.certificateAuthorityArn = ca;
            api::Tag t;
            t.key = QStringLiteral("k%1").arg(i);
            tag.tags = {t};
            svc().tagCertificateAuthority(tag);
        }
        const auto tags = svc().listTags({1, std::nullopt, ca});
        QVERIFY(tags.nextToken);
        request.nextToken = tags.nextToken;
        PCA_EXPECT_ERROR(errors::InvalidNextToken, svc().listCertificateAuthorities(request));

        request = {};
        request.maxResults = 0;
        PCA_EXPECT_ERROR(errors::Validation, svc().listCertificateAuthorities(request));
        request.maxResults = 1001;
        PCA_EXPECT_ERROR(errors::Validation, svc().listCertificateAuthorities(request));
        request = {};
        request.resourceOwner = api::ResourceOwner::OTHER_ACCOUNTS;
        QCOMPARE(svc().listCertificateAuthorities(request).certificateAuthorities->size(), 0);
        // At most 100 per page, whatever MaxResults says.
        request = {};
        request.maxResults = 1000;
        QCOMPARE(svc().listCertificateAuthorities(request).certificateAuthorities->size(), 7);
    }

    void caCertificateStates()
    {
        const QString pending =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        PCA_EXPECT_ERROR(errors::InvalidState, svc().getCertificateAuthorityCertificate({pending}));
        QVERIFY(svc().getCertificateAuthorityCsr({pending}).csr);
    }

    void importErrors()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Parent"));
        const QString rootPem = *svc().getCertificateAuthorityCertificate({root}).certificate;
        const QString sub =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Sub"));
        const QString pendingRoot =
            engine->createCa(CertificateAuthorityType::ROOT, QStringLiteral("Pending Root"));

        api::ImportCertificateAuthorityCertificateRequest import;
        import.certificateAuthorityArn = sub;
        import.certificate = "garbage";
        PCA_EXPECT_ERROR(errors::MalformedCertificate,
                         svc().importCertificateAuthorityCertificate(import));
        // Size limits of the model: 32 KB certificate, 2 MB chain.
        import.certificate = QByteArray(32769, 'A');
        PCA_EXPECT_ERROR(errors::Validation, svc().importCertificateAuthorityCertificate(import));
        import.certificate = rootPem.toLatin1();
        import.certificateChain = QByteArray(2097153, 'A');
        PCA_EXPECT_ERROR(errors::Validation, svc().importCertificateAuthorityCertificate(import));
        import.certificateChain.reset();

        // Key mismatch: the root's certificate is not for the subordinate's key.
        import.certificate = rootPem.toLatin1();
        import.certificateChain = rootPem.toLatin1();
        PCA_EXPECT_ERROR(errors::CertificateMismatch,
                         svc().importCertificateAuthorityCertificate(import));

        // A properly signed subordinate certificate.
        api::IssueCertificateRequest issue;
        issue.certificateAuthorityArn = root;
        issue.csr = svc().getCertificateAuthorityCsr({sub}).csr->toLatin1();
        issue.signingAlgorithm = SigningAlgorithm::SHA256WITHECDSA;
        issue.templateArn =
            QStringLiteral("arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1");
        issue.validity = {2, api::ValidityPeriodType::YEARS};
        const QByteArray subPem =
            engine->certificatePem(root, *svc().issueCertificate(issue).certificateArn);

        import.certificate = subPem;
        import.certificateChain.reset();
        PCA_EXPECT_ERROR(errors::InvalidRequest,
                         svc().importCertificateAuthorityCertificate(import));
        import.certificateChain = subPem + rootPem.toLatin1();
        PCA_EXPECT_ERROR(errors::InvalidRequest,
                         svc().importCertificateAuthorityCertificate(import));
        // A chain that does not lead to the certificate's issuer.
        const QString otherRoot = engine->createActiveRoot(QStringLiteral("Stranger"));
        import.certificateChain =
            svc().getCertificateAuthorityCertificate({otherRoot}).certificate->toLatin1();
        PCA_EXPECT_ERROR(errors::InvalidRequest,
                         svc().importCertificateAuthorityCertificate(import));
        // Two certificates in the Certificate field.
        import.certificate = subPem + rootPem.toLatin1();
        import.certificateChain = rootPem.toLatin1();
        PCA_EXPECT_ERROR(errors::MalformedCertificate,
                         svc().importCertificateAuthorityCertificate(import));
        QCOMPARE(engine->status(sub), CertificateAuthorityStatus::PENDING_CERTIFICATE);

        // Right certificate and chain: ACTIVE.
        import.certificate = subPem;
        import.certificateChain = rootPem.toLatin1();
        svc().importCertificateAuthorityCertificate(import);
        QCOMPARE(engine->status(sub), CertificateAuthorityStatus::ACTIVE);

        // A root accepts only a self-signed certificate, without chain.
        api::ImportCertificateAuthorityCertificateRequest rootImport;
        rootImport.certificateAuthorityArn = pendingRoot;
        api::IssueCertificateRequest forPendingRoot = issue;
        forPendingRoot.csr = svc().getCertificateAuthorityCsr({pendingRoot}).csr->toLatin1();
        rootImport.certificate =
            engine->certificatePem(root, *svc().issueCertificate(forPendingRoot).certificateArn);
        rootImport.certificateChain = rootPem.toLatin1();
        PCA_EXPECT_ERROR(errors::InvalidRequest,
                         svc().importCertificateAuthorityCertificate(rootImport));

        // A self-signed certificate cannot be imported as a subordinate.
        import.certificate = rootPem.toLatin1();
        import.certificateAuthorityArn = root; // (the root's own certificate: fine for the root)
        import.certificateChain.reset();
        svc().importCertificateAuthorityCertificate(import);
    }

    void importExternallySignedSubordinate()
    {
        // An external root made with the openssl CLI signs our subordinate's CSR.
        QTemporaryDir dir;
        const QString rootKey = dir.filePath(QStringLiteral("ext-root.key"));
        const QString rootCert = dir.filePath(QStringLiteral("ext-root.pem"));
        QVERIFY(
            runOk({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), rootKey, QStringLiteral("-out"), rootCert,
                   QStringLiteral("-subj"), QStringLiteral("/CN=External Root"),
                   QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-addext"),
                   QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
                .has_value());
        const QString sub =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Issuing"));
        const QString csrFile = writeFile(dir.path(), QStringLiteral("sub.csr"),
                                          svc().getCertificateAuthorityCsr({sub}).csr->toLatin1());
        const QString extFile = writeFile(
            dir.path(), QStringLiteral("ext.cnf"),
            "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n"
            "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
        const QString subCert = dir.filePath(QStringLiteral("sub.pem"));
        QVERIFY(runOk({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       csrFile, QStringLiteral("-CA"), rootCert, QStringLiteral("-CAkey"), rootKey,
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                       QStringLiteral("365"), QStringLiteral("-extfile"), extFile,
                       QStringLiteral("-out"), subCert})
                    .has_value());
        QFile certFile(subCert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QFile rootFile(rootCert);
        QVERIFY(rootFile.open(QIODevice::ReadOnly));
        api::ImportCertificateAuthorityCertificateRequest import;
        import.certificateAuthorityArn = sub;
        import.certificate = certFile.readAll();
        import.certificateChain = rootFile.readAll();
        svc().importCertificateAuthorityCertificate(import);
        QCOMPARE(engine->status(sub), CertificateAuthorityStatus::ACTIVE);

        // The leaf verifies up to the external root.
        const QString leafArn = engine->issue(sub, QStringLiteral("ext.example.com"));
        const auto leaf = svc().getCertificate({sub, leafArn});
        const QString leafFile =
            writeFile(dir.path(), QStringLiteral("leaf.pem"), leaf.certificate->toLatin1());
        const QString chainFile =
            writeFile(dir.path(), QStringLiteral("chain.pem"), leaf.certificateChain->toLatin1());
        QVERIFY(runOk({QStringLiteral("verify"), QStringLiteral("-CAfile"), rootCert,
                       QStringLiteral("-untrusted"), chainFile, leafFile})
                    .value_or(QByteArray())
                    .contains("OK"));
    }

    void importRejectsAChainThatBreaksPathValidation()
    {
        // External root (pathlen:0) -> external intermediate CA -> our subordinate: every link
        // is signed by the next, but the root allows no CA below the intermediate.
        QTemporaryDir dir;
        const auto path = [&](const char *name) { return dir.filePath(QLatin1StringView(name)); };
        const QStringList ecKey = {
            QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        QVERIFY(runOk(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                      QStringList{QStringLiteral("-keyout"), path("root.key"),
                                  QStringLiteral("-out"), path("root.pem"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=Pathlen Root"), QStringLiteral("-days"),
                                  QStringLiteral("3650"), QStringLiteral("-addext"),
                                  QStringLiteral("basicConstraints=critical,CA:TRUE,pathlen:0"),
                                  QStringLiteral("-addext"),
                                  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
                    .has_value());
        QVERIFY(runOk(QStringList{QStringLiteral("req")} + ecKey +
                      QStringList{QStringLiteral("-keyout"), path("mid.key"),
                                  QStringLiteral("-out"), path("mid.csr"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=Intermediate")})
                    .has_value());
        const QString extFile =
            writeFile(dir.path(), QStringLiteral("ext.cnf"),
                      "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                      "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
        const auto sign = [&](const QString &csr, const char *issuer, const char *issuerKey,
                              const char *out) {
            return runOk({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                          csr, QStringLiteral("-CA"), path(issuer), QStringLiteral("-CAkey"),
                          path(issuerKey), QStringLiteral("-CAcreateserial"),
                          QStringLiteral("-days"), QStringLiteral("365"),
                          QStringLiteral("-extfile"), extFile, QStringLiteral("-out"), path(out)})
                .has_value();
        };
        QVERIFY(sign(path("mid.csr"), "root.pem", "root.key", "mid.pem"));
        const QString sub =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Too Deep"));
        const QString csrFile = writeFile(dir.path(), QStringLiteral("sub.csr"),
                                          svc().getCertificateAuthorityCsr({sub}).csr->toLatin1());
        QVERIFY(sign(csrFile, "mid.pem", "mid.key", "sub.pem"));
        const auto read = [&](const char *name) {
            QFile file(path(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        api::ImportCertificateAuthorityCertificateRequest import;
        import.certificateAuthorityArn = sub;
        import.certificate = read("sub.pem");
        import.certificateChain = read("mid.pem") + read("root.pem");
        try {
            svc().importCertificateAuthorityCertificate(import);
            QFAIL("a chain that breaks the root's path length was accepted");
        } catch (const PcaError &e) {
            QCOMPARE(e.type(), QString::fromLatin1(errors::CertificateMismatch));
            QVERIFY2(e.message().contains(QStringLiteral("path length")), qPrintable(e.message()));
        }
        QCOMPARE(engine->status(sub), CertificateAuthorityStatus::PENDING_CERTIFICATE);
    }

    void importRejectsForbiddenCriticalExtensions()
    {
        QTemporaryDir dir;
        const QString rootKey = dir.filePath(QStringLiteral("k.pem"));
        const QString rootCert = dir.filePath(QStringLiteral("r.pem"));
        runOk({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
               QStringLiteral("-keyout"), rootKey, QStringLiteral("-out"), rootCert,
               QStringLiteral("-subj"), QStringLiteral("/CN=Root"), QStringLiteral("-addext"),
               QStringLiteral("basicConstraints=critical,CA:TRUE")});
        const QString sub =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Sub"));
        const QString csrFile = writeFile(dir.path(), QStringLiteral("sub.csr"),
                                          svc().getCertificateAuthorityCsr({sub}).csr->toLatin1());
        const QString extFile =
            writeFile(dir.path(), QStringLiteral("ext.cnf"),
                      "basicConstraints=critical,CA:TRUE\n"
                      "crlDistributionPoints=critical,URI:http://crl.example.com/x.crl\n");
        const QString subCert = dir.filePath(QStringLiteral("sub.pem"));
        runOk({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csrFile,
               QStringLiteral("-CA"), rootCert, QStringLiteral("-CAkey"), rootKey,
               QStringLiteral("-CAcreateserial"), QStringLiteral("-extfile"), extFile,
               QStringLiteral("-out"), subCert});
        QFile certFile(subCert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QFile rootFile(rootCert);
        QVERIFY(rootFile.open(QIODevice::ReadOnly));
        api::ImportCertificateAuthorityCertificateRequest import;
        import.certificateAuthorityArn = sub;
        import.certificate = certFile.readAll();
        import.certificateChain = rootFile.readAll();
        const QString message = [&] {
            try {
                svc().importCertificateAuthorityCertificate(import);
            } catch (const PcaError &e) {
                return e.type() + QLatin1Char(' ') + e.message();
            }
            return QString();
        }();
        QVERIFY2(message.startsWith(QStringLiteral("MalformedCertificateException")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("CRL Distribution Points")), qPrintable(message));
    }

    void reimportRenewsTheCaCertificate()
    {
        const QString root =
            engine->createActiveRoot(QStringLiteral("Renewing"), KeyAlgorithm::EC_prime256v1,
                                     SigningAlgorithm::SHA256WITHECDSA, 1);
        const auto before = engine->describe(root);
        engine->clock().advanceDays(200);
        api::IssueCertificateRequest self;
        self.certificateAuthorityArn = root;
        self.csr = svc().getCertificateAuthorityCsr({root}).csr->toLatin1();
        self.signingAlgorithm = SigningAlgorithm::SHA256WITHECDSA;
        self.templateArn = QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
        self.validity = {5, api::ValidityPeriodType::YEARS};
        api::ImportCertificateAuthorityCertificateRequest import;
        import.certificateAuthorityArn = root;
        import.certificate =
            engine->certificatePem(root, *svc().issueCertificate(self).certificateArn);
        svc().importCertificateAuthorityCertificate(import);
        const auto after = engine->describe(root);
        QCOMPARE(*after.status, CertificateAuthorityStatus::ACTIVE);
        QVERIFY(*after.notAfter > *before.notAfter);
        QVERIFY(*after.serial != *before.serial);
    }

    void updateStatus()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Toggle"));
        disable(root);
        QCOMPARE(engine->status(root), CertificateAuthorityStatus::DISABLED);
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = root;
        update.status = CertificateAuthorityStatus::ACTIVE;
        const qint64 before = engine->describe(root).lastStateChangeAt->toMSecsSinceEpoch();
        engine->clock().advanceSeconds(10);
        svc().updateCertificateAuthority(update);
        QCOMPARE(engine->status(root), CertificateAuthorityStatus::ACTIVE);
        QCOMPARE(engine->describe(root).lastStateChangeAt->toMSecsSinceEpoch(), before + 10000);

        update.status = CertificateAuthorityStatus::DELETED;
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().updateCertificateAuthority(update));
        const QString pending =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        update.certificateAuthorityArn = pending;
        update.status = CertificateAuthorityStatus::ACTIVE;
        PCA_EXPECT_ERROR(errors::InvalidState, svc().updateCertificateAuthority(update));

        // Revocation configuration changes are stored.
        api::UpdateCertificateAuthorityRequest config;
        config.certificateAuthorityArn = root;
        api::RevocationConfiguration revocation;
        revocation.crlConfiguration = crl();
        api::OcspConfiguration ocsp;
        ocsp.enabled = true;
        revocation.ocspConfiguration = ocsp;
        config.revocationConfiguration = revocation;
        svc().updateCertificateAuthority(config);
        const auto ca = engine->describe(root);
        QVERIFY(ca.revocationConfiguration->crlConfiguration->enabled);
        QCOMPARE(*ca.revocationConfiguration->crlConfiguration->s3BucketName,
                 QStringLiteral("my-crl-bucket"));
        QVERIFY(ca.revocationConfiguration->ocspConfiguration->enabled);
    }

    void deleteAndRestore()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Deletable"));
        PCA_EXPECT_ERROR(errors::InvalidState,
                         svc().deleteCertificateAuthority({root, std::nullopt}));
        PCA_EXPECT_ERROR(errors::Validation, svc().deleteCertificateAuthority({root, 6}));
        PCA_EXPECT_ERROR(errors::Validation, svc().deleteCertificateAuthority({root, 31}));
        PCA_EXPECT_ERROR(errors::InvalidState, svc().restoreCertificateAuthority({root}));

        disable(root);
        const qint64 now = engine->clock().nowMs();
        svc().deleteCertificateAuthority({root, 7});
        auto ca = engine->describe(root);
        QCOMPARE(*ca.status, CertificateAuthorityStatus::DELETED);
        QCOMPARE(ca.restorableUntil->toMSecsSinceEpoch(), now + 7LL * 86400 * 1000);
        PCA_EXPECT_ERROR(errors::InvalidState, svc().deleteCertificateAuthority({root, 7}));
        // A deleted CA is still listed during its restore window.
        QCOMPARE(svc().listCertificateAuthorities({}).certificateAuthorities->size(), 1);
        svc().restoreCertificateAuthority({root});
        ca = engine->describe(root);
        QCOMPARE(*ca.status, CertificateAuthorityStatus::DISABLED);
        QVERIFY(!ca.restorableUntil);

        // Default window: 30 days; after it the CA is gone for good.
        svc().deleteCertificateAuthority({root, std::nullopt});
        QCOMPARE(engine->describe(root).restorableUntil->toMSecsSinceEpoch(),
                 engine->clock().nowMs() + 30LL * 86400 * 1000);
        engine->clock().advanceDays(29);
        QCOMPARE(engine->status(root), CertificateAuthorityStatus::DELETED);
        engine->clock().advanceDays(2);
        PCA_EXPECT_ERROR(errors::ResourceNotFound, engine->describe(root));
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().restoreCertificateAuthority({root}));
        QCOMPARE(svc().listCertificateAuthorities({}).certificateAuthorities->size(), 0);
        svc().runMaintenance();
        QCOMPARE(engine->store().reader().countCas(), 0);
    }

    // What Terraform's AWS provider does with a CA that never got its certificate: it changes
    // the revocation configuration (AWS allows that before activation), and its destroy first
    // disables the CA, going on to DeleteCertificateAuthority only on AWS's sentence.
    void terraformOnPendingCertificate()
    {
        const QString pending =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        api::UpdateCertificateAuthorityRequest config;
        config.certificateAuthorityArn = pending;
        api::RevocationConfiguration revocation;
        revocation.crlConfiguration = crl();
        config.revocationConfiguration = revocation;
        svc().updateCertificateAuthority(config);
        QVERIFY(engine->describe(pending).revocationConfiguration->crlConfiguration->enabled);
        QCOMPARE(engine->status(pending), CertificateAuthorityStatus::PENDING_CERTIFICATE);

        api::UpdateCertificateAuthorityRequest disableIt;
        disableIt.certificateAuthorityArn = pending;
        disableIt.status = CertificateAuthorityStatus::DISABLED;
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority must be in the ACTIVE "
                                               "or DISABLED state to be updated"),
                                svc().updateCertificateAuthority(disableIt));
        // Not even the revocation configuration once the CA is deleted.
        svc().deleteCertificateAuthority({pending, 7});
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority must be in the ACTIVE "
                                               "or DISABLED state to be updated"),
                                svc().updateCertificateAuthority(config));
    }

    // InvalidStateException carries AWS's sentence for each action that has one.
    void stateErrorsInAwsWording()
    {
        const QString pending =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        PCA_EXPECT_ERROR_SAYING(
            errors::InvalidState,
            QStringLiteral("The certificate authority %1 is not in the correct state to have a "
                           "certificate signing request.")
                .arg(pending),
            svc().getCertificateAuthorityCertificate({pending}));
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority is not in a valid "
                                               "state for restoration."),
                                svc().restoreCertificateAuthority({pending}));
        const QString root = engine->createActiveRoot(QStringLiteral("Active"));
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority is not in a valid "
                                               "state for deletion."),
                                svc().deleteCertificateAuthority({root, std::nullopt}));
        disable(root);
        svc().deleteCertificateAuthority({root, 7});
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority is not in a valid "
                                               "state for deletion."),
                                svc().deleteCertificateAuthority({root, 7}));
        PCA_EXPECT_ERROR_SAYING(
            errors::InvalidState,
            QStringLiteral("The certificate authority %1 is not in the correct state to have a "
                           "certificate signing request.")
                .arg(root),
            svc().getCertificateAuthorityCsr({root}));
    }

    void deletePendingAndCreating()
    {
        const QString pending =
            engine->createCa(CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        svc().deleteCertificateAuthority({pending, 10});
        svc().restoreCertificateAuthority({pending});
        QCOMPARE(engine->status(pending), CertificateAuthorityStatus::PENDING_CERTIFICATE);

        auto request = rootRequest();
        request.certificateAuthorityConfiguration.keyAlgorithm = KeyAlgorithm::RSA_4096;
        request.certificateAuthorityConfiguration.signingAlgorithm =
            SigningAlgorithm::SHA256WITHRSA;
        const QString creating = *svc().createCertificateAuthority(request).certificateAuthorityArn;
        svc().deleteCertificateAuthority({creating, std::nullopt});
        PCA_EXPECT_ERROR(errors::ResourceNotFound, engine->describe(creating));
        svc().waitForBackgroundWork(); // the key generation finds the CA gone and stops
        PCA_EXPECT_ERROR(errors::ResourceNotFound, engine->describe(creating));
    }

    void expiry()
    {
        const QString root =
            engine->createActiveRoot(QStringLiteral("Expiring"), KeyAlgorithm::EC_prime256v1,
                                     SigningAlgorithm::SHA256WITHECDSA, 1);
        const auto ca = engine->describe(root);
        engine->clock().setNowMs(ca.notAfter->toMSecsSinceEpoch() + 1000);
        QCOMPARE(engine->status(root), CertificateAuthorityStatus::EXPIRED);
        const auto [csr, key] = makeCsr({});
        api::IssueCertificateRequest issue;
        issue.certificateAuthorityArn = root;
        issue.csr = csr;
        issue.signingAlgorithm = SigningAlgorithm::SHA256WITHECDSA;
        issue.validity = {1, api::ValidityPeriodType::DAYS};
        PCA_EXPECT_ERROR(errors::InvalidState, svc().issueCertificate(issue));
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = root;
        update.status = CertificateAuthorityStatus::DISABLED;
        PCA_EXPECT_ERROR(errors::InvalidState, svc().updateCertificateAuthority(update));
        svc().runMaintenance(); // records the state change
        QCOMPARE(engine->describe(root).lastStateChangeAt->toMSecsSinceEpoch(),
                 ca.notAfter->toMSecsSinceEpoch());

        // Renewal: a new self-signed certificate makes it ACTIVE again.
        api::IssueCertificateRequest self = issue;
        self.csr = svc().getCertificateAuthorityCsr({root}).csr->toLatin1();
        self.templateArn = QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
        self.validity = {2, api::ValidityPeriodType::YEARS};
        PCA_EXPECT_ERROR(errors::InvalidState, svc().issueCertificate(self));
        // An expired CA can be deleted (with a restore window) like a disabled one.
        svc().deleteCertificateAuthority({root, 7});
        QCOMPARE(engine->status(root), CertificateAuthorityStatus::DELETED);
        svc().restoreCertificateAuthority({root});
        QCOMPARE(engine->status(root), CertificateAuthorityStatus::EXPIRED);
    }

    void persistsAcrossReopen()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Persistent"));
        const QString leaf = engine->issue(root, QStringLiteral("p.example.com"));
        const QByteArray pem = engine->certificatePem(root, leaf);
        engine->reopen();
        QCOMPARE(engine->status(root), CertificateAuthorityStatus::ACTIVE);
        QCOMPARE(engine->certificatePem(root, leaf), pem);
        // The CA key still works after reopening (decrypted with the passphrase).
        QVERIFY(!engine->issue(root, QStringLiteral("q.example.com")).isEmpty());
    }

    void interruptedCreationResumes()
    {
        // A CA left CREATING (process stopped during key generation) gets its key at the next
        // start instead of staying CREATING forever.
        const QString arn =
            *svc().createCertificateAuthority(rootRequest()).certificateAuthorityArn;
        svc().waitForBackgroundWork();
        engine->store().write([&](store::StoreWriter &w) {
            auto ca = w.findCaByArn(arn);
            ca->status = CertificateAuthorityStatus::CREATING;
            ca->encryptedKey.clear();
            ca->csr.clear();
            w.updateCa(*ca);
        });
        engine->reopen();
        svc().waitForBackgroundWork();
        QCOMPARE(engine->status(arn), CertificateAuthorityStatus::PENDING_CERTIFICATE);
    }
};

QTEST_GUILESS_MAIN(CertificateAuthoritiesTest)
#include "tst_certificate_authorities.moc"

// KeyAndCsrGenerator: keys and CSRs made on this machine for the "generate key and CSR here"
// path of issuing a certificate.
#include "TestEngine.h"
#include "crypto/Csr.h"
#include "crypto/KeyAndCsrGenerator.h"
#include "crypto/Keys.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pca;

class KeyAndCsrTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyAlgorithmMakesAValidCsr_data();
    void everyKeyAlgorithmMakesAValidCsr();
    void csrCarriesSubjectAlternativeNames();
    void opensslVerifiesTheCsr();
    void engineIssuesForTheCsrAndTheKeyMatches();
    void emptyRequestIsRejected();
    void invalidNamesAreRejectedBeforeKeyGeneration();
};

void KeyAndCsrTest::everyKeyAlgorithmMakesAValidCsr_data()
{
    QTest::addColumn<api::KeyAlgorithm>("algorithm");
    QTest::addColumn<api::SigningAlgorithm>("signing");
    QTest::newRow("RSA_2048") << api::KeyAlgorithm::RSA_2048
                              << api::SigningAlgorithm::SHA256WITHRSA;
    QTest::newRow("EC_prime256v1")
        << api::KeyAlgorithm::EC_prime256v1 << api::SigningAlgorithm::SHA256WITHECDSA;
    QTest::newRow("EC_secp384r1") << api::KeyAlgorithm::EC_secp384r1
                                  << api::SigningAlgorithm::SHA384WITHECDSA;
    QTest::newRow("EC_secp521r1") << api::KeyAlgorithm::EC_secp521r1
                                  << api::SigningAlgorithm::SHA512WITHECDSA;
    QTest::newRow("SM2") << api::KeyAlgorithm::SM2 << api::SigningAlgorithm::SM3WITHSM2;
}

void KeyAndCsrTest::everyKeyAlgorithmMakesAValidCsr()
{
    QFETCH(api::KeyAlgorithm, algorithm);
    QFETCH(api::SigningAlgorithm, signing);
    crypto::KeyAndCsrRequest request;
    request.keyAlgorithm = algorithm;
    request.subject.commonName = QStringLiteral("host.example.com");
    request.subject.organization = QStringLiteral("Example Corp");
    const crypto::GeneratedKeyAndCsr generated = crypto::generateKeyAndCsr(request);
    QVERIFY(!generated.isNull());
    QCOMPARE(generated.keyAlgorithm(), algorithm);
    QCOMPARE(generated.csrSigningAlgorithm(), signing);
    QVERIFY(generated.csrPem().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    // The engine's own CSR checks accept it (signature, subject, key type).
    const crypto::ParsedCsr parsed = crypto::parseCsr(generated.csrPem());
    QVERIFY(parsed.hasSubject);
    QCOMPARE(crypto::keyAlgorithmOf(parsed.publicKey.get()), std::optional(algorithm));
}

void KeyAndCsrTest::csrCarriesSubjectAlternativeNames()
{
    crypto::KeyAndCsrRequest request;
    request.subject.commonName = QStringLiteral("www.example.com");
    api::GeneralName dns;
    dns.dnsName = QStringLiteral("www.example.com");
    api::GeneralName ip;
    ip.ipAddress = QStringLiteral("10.0.0.7");
    api::GeneralName mail;
    mail.rfc822Name = QStringLiteral("ops@example.com");
    request.subjectAlternativeNames = {dns, ip, mail};
    const crypto::ParsedCsr parsed = crypto::parseCsr(crypto::generateKeyAndCsr(request).csrPem());
    QVERIFY(parsed.hasSubjectAltName);
    QByteArray text;
    QCOMPARE(
        test::runOpenssl({QStringLiteral("req"), QStringLiteral("-noout"), QStringLiteral("-text")},
                         &text, nullptr, crypto::generateKeyAndCsr(request).csrPem()),
        0);
    QVERIFY2(text.contains("DNS:www.example.com"), text.constData());
    QVERIFY2(text.contains("IP Address:10.0.0.7"), text.constData());
    QVERIFY2(text.contains("email:ops@example.com"), text.constData());
}

void KeyAndCsrTest::opensslVerifiesTheCsr()
{
    crypto::KeyAndCsrRequest request;
    request.keyAlgorithm = api::KeyAlgorithm::RSA_2048;
    request.subject.commonName = QStringLiteral("verify.example.com");
    QByteArray out;
    QByteArray err;
    const int rc = test::runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-verify"), QStringLiteral("-noout")}, &out, &err,
        crypto::generateKeyAndCsr(request).csrPem());
    QVERIFY2(rc == 0, err.constData());
}

void KeyAndCsrTest::engineIssuesForTheCsrAndTheKeyMatches()
{
    test::TestEngine engine;
    const QString ca = engine.createActiveRoot(QStringLiteral("Key Test Root"));
    crypto::KeyAndCsrRequest request;
    request.subject.commonName = QStringLiteral("leaf.example.com");
    const crypto::GeneratedKeyAndCsr generated = crypto::generateKeyAndCsr(request);
    api::IssueCertificateRequest issue;
    issue.certificateAuthorityArn = ca;
    issue.csr = generated.csrPem();
    issue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
    issue.validity = {30, api::ValidityPeriodType::DAYS};
    const QString arn = *engine.service().issueCertificate(issue).certificateArn;
    const QByteArray pem = engine.certificatePem(ca, arn);
    QVERIFY(generated.matchesCertificate(pem));
    // A certificate for another key does not match.
    const QString other = engine.issue(ca, QStringLiteral("other.example.com"));
    QVERIFY(!generated.matchesCertificate(engine.certificatePem(ca, other)));
    QVERIFY(!generated.matchesCertificate("not a certificate"));
}

void KeyAndCsrTest::emptyRequestIsRejected()
{
    PCA_EXPECT_ERROR(errors::InvalidArgs, crypto::generateKeyAndCsr({}));
}

void KeyAndCsrTest::invalidNamesAreRejectedBeforeKeyGeneration()
{
    crypto::KeyAndCsrRequest request;
    request.keyAlgorithm = api::KeyAlgorithm::RSA_4096; // would take seconds if generated
    request.subject.commonName = QStringLiteral("bad.example.com");
    api::GeneralName ip;
    ip.ipAddress = QStringLiteral("999.1.1.1");
    request.subjectAlternativeNames = {ip};
    QElapsedTimer timer;
    timer.start();
    PCA_EXPECT_ERROR(errors::InvalidArgs, crypto::generateKeyAndCsr(request));
    QVERIFY(timer.elapsed() < 500);
}

QTEST_GUILESS_MAIN(KeyAndCsrTest)
#include "tst_key_and_csr.moc"

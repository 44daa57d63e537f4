// Pkcs12Export: a key generated here leaves the crypto layer only as PKCS#12 or PKCS#8 PEM,
// readable by openssl with the password and not without it.
#include "TestEngine.h"
#include "crypto/KeyAndCsrGenerator.h"
#include "crypto/Pkcs12Export.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pca;

class Pkcs12ExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pkcs12HoldsKeyCertificateAndChain();
    void pkcs12RejectsTheWrongPassword();
    void pkcs12RefusesAForeignCertificateOrNoPassword();
    void encryptedPemNeedsThePassword();
    void clearPemOnlyWhenAsked();

private:
    std::unique_ptr<test::TestEngine> m_engine;
    QTemporaryDir m_dir;
    crypto::GeneratedKeyAndCsr m_key;
    QByteArray m_certificate;
    QByteArray m_chain;
    QByteArray m_foreign;
};

void Pkcs12ExportTest::initTestCase()
{
    m_engine = std::make_unique<test::TestEngine>();
    const QString root = m_engine->createActiveRoot(QStringLiteral("P12 Root"));
    const QString sub = m_engine->createActiveSubordinate(root, QStringLiteral("P12 Issuing"));
    crypto::KeyAndCsrRequest request;
    request.keyAlgorithm = api::KeyAlgorithm::RSA_2048;
    request.subject.commonName = QStringLiteral("p12.example.com");
    m_key = crypto::generateKeyAndCsr(request);
    api::IssueCertificateRequest issue;
    issue.certificateAuthorityArn = sub;
    issue.csr = m_key.csrPem();
    issue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
    issue.validity = {30, api::ValidityPeriodType::DAYS};
    const QString arn = *m_engine->service().issueCertificate(issue).certificateArn;
    const auto issued = m_engine->service().getCertificate({sub, arn});
    m_certificate = issued.certificate->toLatin1();
    m_chain = issued.certificateChain->toLatin1();
    m_foreign = m_engine->certificatePem(sub, m_engine->issue(sub, QStringLiteral("x.example")));
}

void Pkcs12ExportTest::pkcs12HoldsKeyCertificateAndChain()
{
    crypto::Pkcs12Options options;
    options.friendlyName = QStringLiteral("p12.example.com");
    const QByteArray p12 =
        crypto::exportPkcs12(m_key, m_certificate, m_chain, "s3cret pass", options);
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("a.p12"), p12);
    QByteArray out;
    QByteArray err;
    const int rc = test::runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path,
                                     QStringLiteral("-passin"), QStringLiteral("pass:s3cret pass"),
                                     QStringLiteral("-nodes")},
                                    &out, &err);
    QVERIFY2(rc == 0, err.constData());
    QCOMPARE(out.count("-----BEGIN CERTIFICATE-----"), 3); // leaf, subordinate, root
    QVERIFY(out.contains("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(out.contains("friendlyName: p12.example.com"));
    // The key in the file is the generated one: its certificate matches it.
    QVERIFY(m_key.matchesCertificate(m_certificate));
}

void Pkcs12ExportTest::pkcs12RejectsTheWrongPassword()
{
    const QByteArray p12 = crypto::exportPkcs12(m_key, m_certificate, QByteArray(), "right");
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("b.p12"), p12);
    QVERIFY(test::runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path,
                              QStringLiteral("-passin"), QStringLiteral("pass:wrong"),
                              QStringLiteral("-nodes")}) != 0);
    QByteArray info;
    QByteArray err;
    QCOMPARE(test::runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path,
                               QStringLiteral("-passin"), QStringLiteral("pass:right"),
                               QStringLiteral("-info"), QStringLiteral("-noout")},
                              &info, &err),
             0);
    // Modern protection: AES-256-CBC bags and a SHA-256 MAC (OpenSSL prints these on stderr).
    const QByteArray all = info + err;
    QVERIFY2(all.contains("AES-256-CBC"), all.constData());
    QVERIFY2(all.contains("sha256"), all.constData());
}

void Pkcs12ExportTest::pkcs12RefusesAForeignCertificateOrNoPassword()
{
    PCA_EXPECT_ERROR(errors::InvalidArgs,
                     crypto::exportPkcs12(m_key, m_foreign, QByteArray(), "pw"));
    PCA_EXPECT_ERROR(errors::InvalidArgs,
                     crypto::exportPkcs12(m_key, m_certificate, QByteArray(), QByteArray()));
    PCA_EXPECT_ERROR(errors::InvalidArgs,
                     crypto::exportPkcs12({}, m_certificate, QByteArray(), "pw"));
}

void Pkcs12ExportTest::encryptedPemNeedsThePassword()
{
    const QByteArray pem = crypto::exportPrivateKeyPem(m_key, "key pass");
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("k.pem"), pem);
    QVERIFY(test::runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), path,
                              QStringLiteral("-passin"), QStringLiteral("pass:nope"),
                              QStringLiteral("-noout")}) != 0);
    QByteArray err;
    QVERIFY2(test::runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), path,
                               QStringLiteral("-passin"), QStringLiteral("pass:key pass"),
                               QStringLiteral("-noout")},
                              nullptr, &err) == 0,
             err.constData());
}

void Pkcs12ExportTest::clearPemOnlyWhenAsked()
{
    const QByteArray pem = crypto::exportPrivateKeyPem(m_key, QByteArray());
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(
        test::runOpenssl({QStringLiteral("pkey"), QStringLiteral("-noout")}, nullptr, nullptr, pem),
        0);
}

QTEST_GUILESS_MAIN(Pkcs12ExportTest)
#include "tst_pkcs12_export.moc"

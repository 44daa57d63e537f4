// CertificateAuthorityCreation and CaActivation: the wizard's flow (create, wait for the key,
// activate, authorize ACM) and the one-click installation of a certificate signed in the store.
#include "CertificateAuthorityCreation.h"
#include "ModelTestSupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace pca;
using namespace pca::models;
using Status = api::CertificateAuthorityStatus;

class CertificateAuthorityCreationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rootIsCreatedActivatedAndAuthorized();
    void subordinateSignedByAStoreCa();
    void externalSubordinateGetsAcmOnceActive();
    void failureIsReported();

private:
    CertificateAuthorityCreation::Plan plan(const QString &name,
                                            api::CertificateAuthorityType type) const;
};

void CertificateAuthorityCreationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void CertificateAuthorityCreationTest::init()
{
    QSettings().clear();
}

CertificateAuthorityCreation::Plan
CertificateAuthorityCreationTest::plan(const QString &name,
                                       api::CertificateAuthorityType type) const
{
    CertificateAuthorityCreation::Plan plan;
    plan.request.certificateAuthorityConfiguration = test::TestEngine::configuration(name);
    plan.request.certificateAuthorityType = type;
    return plan;
}

void CertificateAuthorityCreationTest::rootIsCreatedActivatedAndAuthorized()
{
    test::ClientFixture f;
    CertificateAuthorityCreation creation(&f.client, nullptr);
    QSignalSpy steps(&creation, &CertificateAuthorityCreation::stepChanged);
    QSignalSpy finished(&creation, &CertificateAuthorityCreation::finished);
    CertificateAuthorityCreation::Plan p =
        plan(QStringLiteral("Flow Root"), api::CertificateAuthorityType::ROOT);
    p.activation = CertificateAuthorityCreation::Activation::SelfSigned;
    p.validity = {5, api::ValidityPeriodType::YEARS};
    p.authorizeAcm = true;
    creation.start(p);
    PCA_WAIT_FOR(finished.size() == 1);
    const QString arn = creation.certificateAuthorityArn();
    QCOMPARE(f.engine.status(arn), Status::ACTIVE);
    QVERIFY(f.engine.service().isAcmAuthorizedForRenewals(arn));
    QVERIFY(creation.csr().startsWith(QStringLiteral("-----BEGIN CERTIFICATE REQUEST-----")));
    QList<CertificateAuthorityCreation::Step> seen;
    for (const QList<QVariant> &args : steps)
        seen << args.at(0).value<CertificateAuthorityCreation::Step>();
    QCOMPARE(seen, (QList<CertificateAuthorityCreation::Step>{
                       CertificateAuthorityCreation::Step::Creating,
                       CertificateAuthorityCreation::Step::GeneratingKey,
                       CertificateAuthorityCreation::Step::Activating,
                       CertificateAuthorityCreation::Step::Authorizing,
                       CertificateAuthorityCreation::Step::Done}));
    // About five years, from the validity chosen.
    const auto ca = f.engine.describe(arn);
    QVERIFY(qAbs(ca.notBefore->daysTo(*ca.notAfter) - 5 * 365) <= 2);
}

void CertificateAuthorityCreationTest::subordinateSignedByAStoreCa()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Parent"));
    CertificateAuthorityCreation creation(&f.client, nullptr);
    QSignalSpy finished(&creation, &CertificateAuthorityCreation::finished);
    CertificateAuthorityCreation::Plan p =
        plan(QStringLiteral("Child"), api::CertificateAuthorityType::SUBORDINATE);
    p.activation = CertificateAuthorityCreation::Activation::SignedByStoreCa;
    p.issuerArn = root;
    p.validity = {2, api::ValidityPeriodType::YEARS};
    p.pathLength = 1;
    creation.start(p);
    PCA_WAIT_FOR(finished.size() == 1);
    const QString arn = creation.certificateAuthorityArn();
    QCOMPARE(f.engine.status(arn), Status::ACTIVE);
    QCOMPARE(f.engine.service().issuingCertificateAuthorityArn(arn), root);
    QVERIFY(!f.engine.service().isAcmAuthorizedForRenewals(arn));
    // Path length 1: the CA certificate allows one more CA level.
    const QByteArray pem =
        f.engine.service().getCertificateAuthorityCertificate({arn}).certificate->toLatin1();
    QByteArray text;
    QCOMPARE(test::runOpenssl(
                 {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")}, &text,
                 nullptr, pem),
             0);
    QVERIFY2(text.contains("pathlen:1"), text.constData());
}

void CertificateAuthorityCreationTest::externalSubordinateGetsAcmOnceActive()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Later Parent"));
    AcmGrantOnActivation grants(&f.client);
    CertificateAuthorityCreation creation(&f.client, &grants);
    QSignalSpy finished(&creation, &CertificateAuthorityCreation::finished);
    CertificateAuthorityCreation::Plan p =
        plan(QStringLiteral("External"), api::CertificateAuthorityType::SUBORDINATE);
    p.authorizeAcm = true;
    creation.start(p);
    PCA_WAIT_FOR(finished.size() == 1);
    const QString arn = creation.certificateAuthorityArn();
    QCOMPARE(f.engine.status(arn), Status::PENDING_CERTIFICATE);
    QVERIFY(!creation.csr().isEmpty()); // to export for the external CA
    QVERIFY(grants.contains(arn));
    QCOMPARE(QSettings().value(QStringLiteral("pendingAcmGrants")).toStringList(),
             QStringList{arn});

    // Later: the certificate is installed (here with a store CA) and ACM gets its grant.
    QSignalSpy granted(&grants, &AcmGrantOnActivation::granted);
    CaActivation activation(&f.client);
    QSignalSpy activated(&activation, &CaActivation::finished);
    activation.start({arn, root, {1, api::ValidityPeriodType::YEARS}, 0});
    PCA_WAIT_FOR(activated.size() == 1 && granted.size() == 1);
    QVERIFY(f.engine.service().isAcmAuthorizedForRenewals(arn));
    QVERIFY(grants.pending().isEmpty());
}

void CertificateAuthorityCreationTest::failureIsReported()
{
    test::ClientFixture f;
    const QString root =
        f.engine.createActiveRoot(QStringLiteral("Short Parent"), api::KeyAlgorithm::EC_prime256v1,
                                  api::SigningAlgorithm::SHA256WITHECDSA, 1);
    CertificateAuthorityCreation creation(&f.client, nullptr);
    QSignalSpy failed(&creation, &CertificateAuthorityCreation::failed);
    CertificateAuthorityCreation::Plan p =
        plan(QStringLiteral("Too Long"), api::CertificateAuthorityType::SUBORDINATE);
    p.activation = CertificateAuthorityCreation::Activation::SignedByStoreCa;
    p.issuerArn = root;
    p.validity = {5, api::ValidityPeriodType::YEARS}; // beyond the parent's one year
    creation.start(p);
    PCA_WAIT_FOR(failed.size() == 1);
    QVERIFY(!creation.isRunning());
    // The CA exists, waiting for a certificate: the user can install one later.
    QCOMPARE(f.engine.status(creation.certificateAuthorityArn()), Status::PENDING_CERTIFICATE);
}

QTEST_MAIN(CertificateAuthorityCreationTest)
#include "tst_certificate_authority_creation.moc"

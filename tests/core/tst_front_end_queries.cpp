// Engine calls that exist for front ends: the issuing CA of a CA (the desktop app's CA tree)
// and checking a revocation configuration before sending it (inline form validation).
#include "TestEngine.h"

#include <QTest>

using namespace pca;

class FrontEndQueriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuingCaOfAHierarchy();
    void revocationConfigurationCheck();
};

void FrontEndQueriesTest::issuingCaOfAHierarchy()
{
    test::TestEngine engine;
    PrivateCaService &service = engine.service();
    const QString root = engine.createActiveRoot(QStringLiteral("Tree Root"));
    const QString sub = engine.createActiveSubordinate(root, QStringLiteral("Tree Sub"), 1);
    const QString sibling = engine.createActiveSubordinate(root, QStringLiteral("Tree Sibling"));
    const QString pending =
        engine.createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
    QCOMPARE(service.issuingCertificateAuthorityArn(root), QString());
    QCOMPARE(service.issuingCertificateAuthorityArn(sub), root);
    QCOMPARE(service.issuingCertificateAuthorityArn(sibling), root);
    QCOMPARE(service.issuingCertificateAuthorityArn(pending), QString());
    PCA_EXPECT_ERROR(errors::InvalidArn, service.issuingCertificateAuthorityArn(QStringLiteral(
                                             "arn:aws:acm-pca:us-east-1:123456789012:nope")));
}

void FrontEndQueriesTest::revocationConfigurationCheck()
{
    test::TestEngine engine;
    const PrivateCaService &service = engine.service();
    api::RevocationConfiguration config;
    config.crlConfiguration = api::CrlConfiguration{};
    config.crlConfiguration->enabled = true;
    config.crlConfiguration->s3BucketName = QStringLiteral("my-crl-bucket");
    config.crlConfiguration->expirationInDays = 7;
    service.checkRevocationConfiguration(config); // valid: no throw

    api::RevocationConfiguration badBucket = config;
    badBucket.crlConfiguration->s3BucketName = QStringLiteral("Bad_Bucket");
    PCA_EXPECT_ERROR(errors::InvalidArgs, service.checkRevocationConfiguration(badBucket));

    api::RevocationConfiguration badDays = config;
    badDays.crlConfiguration->expirationInDays = 0;
    PCA_EXPECT_ERROR(errors::Validation, service.checkRevocationConfiguration(badDays));

    api::RevocationConfiguration disabledWithExtras;
    disabledWithExtras.crlConfiguration = api::CrlConfiguration{};
    disabledWithExtras.crlConfiguration->s3BucketName = QStringLiteral("my-crl-bucket");
    PCA_EXPECT_ERROR(errors::InvalidArgs, service.checkRevocationConfiguration(disabledWithExtras));

    api::RevocationConfiguration schemeCname;
    schemeCname.ocspConfiguration =
        api::OcspConfiguration{true, QStringLiteral("http://x.example")};
    PCA_EXPECT_ERROR(errors::InvalidArgs, service.checkRevocationConfiguration(schemeCname));
}

QTEST_GUILESS_MAIN(FrontEndQueriesTest)
#include "tst_front_end_queries.moc"

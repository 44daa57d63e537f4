// CreatePermission / ListPermissions / DeletePermission and the ACM renewal question,
// TagCertificateAuthority / UntagCertificateAuthority / ListTags, and
// PutPolicy / GetPolicy / DeletePolicy with resource-policy validation.
#include "TestEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pca;
using namespace pca::test;
using api::ActionType;
using api::CertificateAuthorityStatus;

namespace {

const QString kAcm = QStringLiteral("acm.amazonaws.com");

api::CreatePermissionRequest grant(const QString &ca, QList<ActionType> actions)
{
    api::CreatePermissionRequest request;
    request.certificateAuthorityArn = ca;
    request.principal = kAcm;
    request.actions = std::move(actions);
    return request;
}

api::Tag tag(const QString &key, std::optional<QString> value = std::nullopt)
{
    api::Tag t;
    t.key = key;
    t.value = std::move(value);
    return t;
}

QString policyFor(const QString &caArn,
                  const QString &action = QStringLiteral("acm-pca:IssueCertificate"))
{
    QJsonObject statement{
        {QStringLiteral("Sid"), QStringLiteral("1")},
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Principal"),
         QJsonObject{{QStringLiteral("AWS"), QStringLiteral("111122223333")}}},
        {QStringLiteral("Action"), action},
        {QStringLiteral("Resource"), caArn},
        {QStringLiteral("Condition"),
         QJsonObject{{QStringLiteral("StringEquals"),
                      QJsonObject{{QStringLiteral("acm-pca:TemplateArn"),
                                   QStringLiteral(
                                       "arn:aws:acm-pca:::template/EndEntityCertificate/V1")}}}}}};
    QJsonObject policy{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                       {QStringLiteral("Statement"), QJsonArray{statement}}};
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented));
}

} // namespace

class PermissionsTagsPolicyTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    QString ca;
    PrivateCaService &svc() { return engine->service(); }

    void setStatus(CertificateAuthorityStatus status)
    {
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = ca;
        update.status = status;
        svc().updateCertificateAuthority(update);
    }

private Q_SLOTS:
    void init()
    {
        engine = std::make_unique<TestEngine>();
        ca = engine->createActiveRoot(QStringLiteral("Permissions Root"));
    }
    void cleanup() { engine.reset(); }

    // ---- permissions
    // -----------------------------------------------------------------------------

    void acmRenewalGrant()
    {
        QVERIFY(!svc().isAcmAuthorizedForRenewals(ca));
        QCOMPARE(svc().acmRenewalAuthorization(ca).missing.size(), 3);

        const qint64 now = engine->clock().nowMs();
        svc().createPermission(grant(ca, {ActionType::IssueCertificate, ActionType::GetCertificate,
                                          ActionType::ListPermissions}));
        QVERIFY(svc().isAcmAuthorizedForRenewals(ca));
        const auto listed = svc().listPermissions({std::nullopt, std::nullopt, ca});
        QCOMPARE(listed.permissions->size(), 1);
        const api::Permission &permission = listed.permissions->first();
        QCOMPARE(*permission.principal, kAcm);
        QCOMPARE(*permission.certificateAuthorityArn, ca);
        QCOMPARE(permission.createdAt->toMSecsSinceEpoch(), now);
        QCOMPARE(*permission.sourceAccount, QStringLiteral("123456789012"));
        QCOMPARE(permission.actions->size(), 3);
        // The policy text the grant implies.
        const QJsonObject policy = QJsonDocument::fromJson(permission.policy->toUtf8()).object();
        const QJsonObject statement =
            policy.value(QStringLiteral("Statement")).toArray().first().toObject();
        QCOMPARE(statement.value(QStringLiteral("Principal"))
                     .toObject()
                     .value(QStringLiteral("Service"))
                     .toString(),
                 kAcm);
        QCOMPARE(statement.value(QStringLiteral("Resource")).toString(), ca);
        QVERIFY(statement.value(QStringLiteral("Action"))
                    .toArray()
                    .contains(QStringLiteral("acm-pca:IssueCertificate")));

        PCA_EXPECT_ERROR(errors::PermissionAlreadyExists,
                         svc().createPermission(grant(ca, {ActionType::GetCertificate})));

        api::DeletePermissionRequest remove;
        remove.certificateAuthorityArn = ca;
        remove.principal = kAcm;
        svc().deletePermission(remove);
        QVERIFY(!svc().isAcmAuthorizedForRenewals(ca));
        QCOMPARE(svc().listPermissions({std::nullopt, std::nullopt, ca}).permissions->size(), 0);
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().deletePermission(remove));
    }

    void partialGrant()
    {
        svc().createPermission(
            grant(ca, {ActionType::IssueCertificate, ActionType::GetCertificate}));
        const AcmRenewalAuthorization authorization = svc().acmRenewalAuthorization(ca);
        QVERIFY(authorization.partial());
        QVERIFY(!authorization.authorized());
        QCOMPARE(authorization.missing, QList<ActionType>{ActionType::ListPermissions});
    }

    void permissionValidation()
    {
        auto request = grant(ca, {ActionType::IssueCertificate});
        request.principal = QStringLiteral("s3.amazonaws.com");
        PCA_EXPECT_ERROR(errors::InvalidArgs, svc().createPermission(request));
        request.principal = QStringLiteral("acm.*");
        PCA_EXPECT_ERROR(errors::Validation, svc().createPermission(request));
        PCA_EXPECT_ERROR(errors::Validation, svc().createPermission(grant(ca, {})));
        PCA_EXPECT_ERROR(errors::Validation,
                         svc().createPermission(
                             grant(ca, {ActionType::IssueCertificate, ActionType::GetCertificate,
                                        ActionType::ListPermissions, ActionType::GetCertificate})));
        PCA_EXPECT_ERROR(errors::InvalidArgs,
                         svc().createPermission(
                             grant(ca, {ActionType::GetCertificate, ActionType::GetCertificate})));
        request = grant(ca, {ActionType::IssueCertificate});
        request.sourceAccount = QStringLiteral("12345");
        PCA_EXPECT_ERROR(errors::Validation, svc().createPermission(request));
        request.certificateAuthorityArn =
            QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                           "00000000-0000-0000-0000-000000000000");
        request.sourceAccount.reset();
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().createPermission(request));
        QCOMPARE(svc().listPermissions({std::nullopt, std::nullopt, ca}).permissions->size(), 0);
    }

    void sourceAccountIsPartOfTheGrant()
    {
        auto request = grant(ca, {ActionType::IssueCertificate});
        request.sourceAccount = QStringLiteral("123456789012"); // same as the default
        svc().createPermission(request);
        PCA_EXPECT_ERROR(errors::PermissionAlreadyExists,
                         svc().createPermission(grant(ca, {ActionType::IssueCertificate})));
        api::DeletePermissionRequest remove;
        remove.certificateAuthorityArn = ca;
        remove.principal = kAcm;
        remove.sourceAccount = QStringLiteral("999999999999");
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().deletePermission(remove));
        remove.sourceAccount.reset();
        svc().deletePermission(remove);
    }

    void permissionsWhileActiveOrPending()
    {
        svc().createPermission(grant(ca, {ActionType::IssueCertificate}));
        setStatus(CertificateAuthorityStatus::DISABLED);
        PCA_EXPECT_ERROR(errors::InvalidState,
                         svc().createPermission(grant(ca, {ActionType::GetCertificate})));
        api::DeletePermissionRequest remove;
        remove.certificateAuthorityArn = ca;
        remove.principal = kAcm;
        PCA_EXPECT_ERROR(errors::InvalidState, svc().deletePermission(remove));
        // Listing still works on a disabled CA.
        QCOMPARE(svc().listPermissions({std::nullopt, std::nullopt, ca}).permissions->size(), 1);
        setStatus(CertificateAuthorityStatus::ACTIVE);
        svc().deletePermission(remove);
        // A CA waiting for its certificate takes permissions (AWS's console grants them at
        // creation; Terraform creates aws_acmpca_permission on such CAs).
        const QString pending =
            engine->createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Pending"));
        svc().createPermission(grant(pending, {ActionType::GetCertificate}));
        QCOMPARE(svc().listPermissions({std::nullopt, std::nullopt, pending}).permissions->size(),
                 1);
        remove.certificateAuthorityArn = pending;
        svc().deletePermission(remove);
        // Those of a deleted CA are gone for Terraform on AWS's sentence.
        svc().deleteCertificateAuthority({pending, 7});
        PCA_EXPECT_ERROR_SAYING(errors::InvalidState,
                                QStringLiteral("The certificate authority is in the DELETED state"),
                                svc().listPermissions({std::nullopt, std::nullopt, pending}));
    }

    void listPermissionsPaginates()
    {
        for (const QString &account :
             {QStringLiteral("111111111111"), QStringLiteral("222222222222"),
              QStringLiteral("333333333333")}) {
            auto request = grant(ca, {ActionType::GetCertificate});
            request.sourceAccount = account;
            svc().createPermission(request);
            engine->clock().advanceMs(1);
        }
        auto first = svc().listPermissions({2, std::nullopt, ca});
        QCOMPARE(first.permissions->size(), 2);
        QVERIFY(first.nextToken);
        auto second = svc().listPermissions({2, first.nextToken, ca});
        QCOMPARE(second.permissions->size(), 1);
        QVERIFY(!second.nextToken);
        QCOMPARE(*second.permissions->first().sourceAccount, QStringLiteral("333333333333"));
        PCA_EXPECT_ERROR(errors::InvalidNextToken,
                         svc().listPermissions({2, QStringLiteral("x.y"), ca}));
        // A token of one CA is not valid for another.
        const QString other = engine->createActiveRoot(QStringLiteral("Other"));
        PCA_EXPECT_ERROR(errors::InvalidNextToken,
                         svc().listPermissions({2, first.nextToken, other}));
    }

    // ---- tags
    // ---------------------------------------------------------------------------------------

    void tagAndUntag()
    {
        api::TagCertificateAuthorityRequest request;
        request.certificateAuthorityArn = ca;
        request.tags = {tag(QStringLiteral("Environment"), QStringLiteral("Prod")),
                        tag(QStringLiteral("Owner"), QStringLiteral("Alice")),
                        tag(QStringLiteral("Flag"))};
        svc().tagCertificateAuthority(request);
        auto tags = *svc().listTags({std::nullopt, std::nullopt, ca}).tags;
        QCOMPARE(tags.size(), 3);
        QCOMPARE(tags.at(0).key, QStringLiteral("Environment"));
        QVERIFY(!tags.at(2).value);
        // Re-tagging replaces the value.
        request.tags = {tag(QStringLiteral("Environment"), QStringLiteral("Beta"))};
        svc().tagCertificateAuthority(request);
        QCOMPARE(*svc().listTags({std::nullopt, std::nullopt, ca}).tags->first().value,
                 QStringLiteral("Beta"));

        // Untag with a value removes only on a match; without a value regardless.
        api::UntagCertificateAuthorityRequest untag;
        untag.certificateAuthorityArn = ca;
        untag.tags = {tag(QStringLiteral("Owner"), QStringLiteral("Bob"))};
        svc().untagCertificateAuthority(untag);
        QCOMPARE(svc().listTags({std::nullopt, std::nullopt, ca}).tags->size(), 3);
        untag.tags = {tag(QStringLiteral("Owner"), QStringLiteral("Alice")),
                      tag(QStringLiteral("Environment")), tag(QStringLiteral("NotThere"))};
        svc().untagCertificateAuthority(untag);
        tags = *svc().listTags({std::nullopt, std::nullopt, ca}).tags;
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().key, QStringLiteral("Flag"));
    }

    void tagValidation()
    {
        api::TagCertificateAuthorityRequest request;
        request.certificateAuthorityArn = ca;
        request.tags = {tag(QStringLiteral("aws:reserved"), QStringLiteral("x"))};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().tagCertificateAuthority(request));
        request.tags = {tag(QString(129, QLatin1Char('k')))};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().tagCertificateAuthority(request));
        request.tags = {tag(QStringLiteral("k"), QString(257, QLatin1Char('v')))};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().tagCertificateAuthority(request));
        request.tags = {tag(QStringLiteral("bad#key"))};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().tagCertificateAuthority(request));
        request.tags = {tag(QString())};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().tagCertificateAuthority(request));
        request.tags = {};
        PCA_EXPECT_ERROR(errors::InvalidTag, svc().tagCertificateAuthority(request));
        QCOMPARE(svc().listTags({std::nullopt, std::nullopt, ca}).tags->size(), 0);
    }

    void tooManyTagsAppliesNothing()
    {
        api::TagCertificateAuthorityRequest request;
        request.certificateAuthorityArn = ca;
        for (int i = 0; i < 48; ++i)
            request.tags << tag(QStringLiteral("key-%1").arg(i), QStringLiteral("v"));
        svc().tagCertificateAuthority(request);
        request.tags = {tag(QStringLiteral("key-0"), QStringLiteral("changed")),
                        tag(QStringLiteral("a")), tag(QStringLiteral("b")),
                        tag(QStringLiteral("c"))};
        PCA_EXPECT_ERROR(errors::TooManyTags, svc().tagCertificateAuthority(request));
        const auto tags = *svc().listTags({100, std::nullopt, ca}).tags;
        QCOMPARE(tags.size(), 48);
        QCOMPARE(*tags.first().value, QStringLiteral("v")); // nothing applied
        request.tags = {tag(QStringLiteral("a")), tag(QStringLiteral("b"))};
        svc().tagCertificateAuthority(request); // exactly 50 is fine
        QCOMPARE(svc().listTags({100, std::nullopt, ca}).tags->size(), 50);
    }

    void listTagsPaginates()
    {
        api::TagCertificateAuthorityRequest request;
        request.certificateAuthorityArn = ca;
        for (int i = 0; i < 5; ++i)
            request.tags << tag(QStringLiteral("t%1").arg(i));
        svc().tagCertificateAuthority(request);
        QStringList keys;
        std::optional<QString> token;
        do {
            const auto page = svc().listTags({2, token, ca});
            for (const auto &t : *page.tags)
                keys << t.key;
            token = page.nextToken;
        } while (token);
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t2"),
                              QStringLiteral("t3"), QStringLiteral("t4")}));
    }

    // ---- policies
    // -------------------------------------------------------------------------------------

    void policyRoundTrip()
    {
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().getPolicy({ca}));
        svc().deletePolicy({ca}); // nothing attached: success
        const QString policy = policyFor(ca);
        svc().putPolicy({ca, policy});
        QCOMPARE(*svc().getPolicy({ca}).policy, policy); // stored and returned as given
        svc().deletePolicy({ca});
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().getPolicy({ca}));
    }

    void invalidPolicies_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("mentions");
        const QString arn = QStringLiteral("ARN");
        QTest::newRow("not json") << "{nope"
                                  << "not valid JSON";
        QTest::newRow("array") << "[]"
                               << "JSON object";
        QTest::newRow("no version") << "{\"Statement\": []}"
                                    << "Version";
        QTest::newRow("unknown element") << "{\"Version\": \"2012-10-17\", \"Statment\": []}"
                                         << "Statment";
        QTest::newRow("empty statements") << "{\"Version\": \"2012-10-17\", \"Statement\": []}"
                                          << "no statement";
        QTest::newRow("bad effect")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Maybe\",\"Principal\":\"*"
               "\",\"Action\":\"acm-pca:GetCertificate\",\"Resource\":\"ARN\"}}"
            << "Effect";
        QTest::newRow("no principal")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"acm-"
               "pca:GetCertificate\",\"Resource\":\"ARN\"}}"
            << "Principal";
        QTest::newRow("foreign action")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*"
               "\",\"Action\":\"s3:GetObject\",\"Resource\":\"ARN\"}}"
            << "s3:GetObject";
        QTest::newRow("admin action")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*"
               "\",\"Action\":[\"acm-pca:DeleteCertificateAuthority\"],\"Resource\":\"ARN\"}}"
            << "DeleteCertificateAuthority";
        QTest::newRow("wildcard action")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*"
               "\",\"Action\":\"acm-pca:*\",\"Resource\":\"ARN\"}}"
            << "acm-pca:*";
        QTest::newRow("other resource")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*"
               "\",\"Action\":\"acm-pca:GetCertificate\",\"Resource\":\"arn:aws:acm-pca:us-east-1:"
               "123456789012:certificate-authority/other\"}}"
            << "Resource";
        QTest::newRow("bad condition")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*"
               "\",\"Action\":\"acm-pca:GetCertificate\",\"Resource\":\"ARN\",\"Condition\":{"
               "\"StringSortOf\":{\"a\":\"b\"}}}}"
            << "StringSortOf";
        QTest::newRow("bad principal")
            << "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{"
               "\"AWS\":\"alice\"},\"Action\":\"acm-pca:GetCertificate\",\"Resource\":\"ARN\"}}"
            << "alice";
        Q_UNUSED(arn);
    }

    void invalidPolicies()
    {
        QFETCH(QString, policy);
        QFETCH(QString, mentions);
        policy.replace(QStringLiteral("\"ARN\""), QLatin1Char('"') + ca + QLatin1Char('"'));
        try {
            svc().putPolicy({ca, policy});
            QFAIL("an invalid policy was accepted");
        } catch (const PcaError &e) {
            QCOMPARE(e.type(), QStringLiteral("InvalidPolicyException"));
            QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        }
        PCA_EXPECT_ERROR(errors::ResourceNotFound, svc().getPolicy({ca}));
    }

    void policyLimits()
    {
        QString big = policyFor(ca);
        big.replace(QStringLiteral("\"Sid\": \"1\""), QStringLiteral("\"Sid\": \"") +
                                                          QString(82000, QLatin1Char('s')) +
                                                          QLatin1Char('"'));
        PCA_EXPECT_ERROR(errors::InvalidPolicy, svc().putPolicy({ca, big}));
        // The documented examples are accepted (several actions, Principal "*", organisation).
        const QString example =
            QStringLiteral(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"1\",\"Effect\":\"Allow\","
                "\"Principal\":\"*\",\"Action\":[\"acm-pca:DescribeCertificateAuthority\","
                "\"acm-pca:GetCertificate\",\"acm-pca:GetCertificateAuthorityCertificate\","
                "\"acm-pca:ListPermissions\",\"acm-pca:ListTags\"],\"Resource\":\"%1\","
                "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4z5\"}}}]}")
                .arg(ca);
        svc().putPolicy({ca, example});
        QCOMPARE(*svc().getPolicy({ca}).policy, example);
    }

    void policyStateRules()
    {
        setStatus(CertificateAuthorityStatus::DISABLED);
        svc().putPolicy({ca, policyFor(ca)}); // allowed while disabled
        svc().deleteCertificateAuthority({ca, 7});
        PCA_EXPECT_ERROR(errors::InvalidState, svc().getPolicy({ca}));
        PCA_EXPECT_ERROR(errors::InvalidState, svc().putPolicy({ca, policyFor(ca)}));
        PCA_EXPECT_ERROR(errors::InvalidState, svc().deletePolicy({ca}));
    }
};

QTEST_GUILESS_MAIN(PermissionsTagsPolicyTest)
#include "tst_permissions_tags_policy.moc"

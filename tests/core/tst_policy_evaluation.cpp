// The policy engine (issue 17): IAM's grammar as far as it is supported, refused beyond it,
// and AWS's evaluation logic — explicit Deny first, same-account Allow from identity or a
// resource policy naming the caller, cross-account Allow from both sides — on the documented
// examples (IAM User Guide: policy evaluation logic, condition operators, multivalued keys).
#include "PcaError.h"
#include "service/AccessControl.h"
#include "service/PolicyDocument.h"

#include <QTest>

using namespace pca;

namespace {

// JSON written with single quotes (readable in C++ literals), as a policy's text.
QByteArray dq(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QString kOwner = QStringLiteral("111111111111");
const QString kPartner = QStringLiteral("222222222222");
const QString kCa = QStringLiteral("arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/"
                                   "11111111-2222-3333-4444-555555555555");
constexpr qint64 kNow = 1'767'225'600'000; // 2026-01-01T00:00:00Z

PolicyDocument identity(const QByteArray &json)
{
    return PolicyDocument::parse(QString::fromUtf8(json), PolicyKind::Identity,
                                 "MalformedPolicyDocumentException");
}

PolicyDocument resource(const QByteArray &json)
{
    return PolicyDocument::parse(QString::fromUtf8(json), PolicyKind::Resource,
                                 "InvalidPolicyException");
}

Caller user(const QString &account, const QString &name, QList<PolicyDocument> policies)
{
    Caller c;
    c.accountId = account;
    c.userName = name;
    c.arn = QStringLiteral("arn:aws:iam::%1:user/%2").arg(account, name);
    c.policies = std::move(policies);
    c.sourceIp = QStringLiteral("10.1.2.3");
    return c;
}

AccessRequest on(const QString &action, const QString &resourceArn = kCa,
                 const QString &owner = kOwner)
{
    AccessRequest r;
    r.action = action;
    r.resource = resourceArn;
    r.resourceAccount = owner;
    return r;
}

} // namespace

class PolicyEvaluationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityAllowAndImplicitDeny()
    {
        const Caller alice = user(kOwner, QStringLiteral("alice"),
                                  {identity(dq("{'Version':'2012-10-17','Statement':{ "
                                               "            "
                                               "'Effect':'Allow','Action':['acm-pca:Get*','acm-pca:"
                                               "DescribeCertificateAuthority'], "
                                               "            'Resource':'*'}}"))});
        QCOMPARE(decideAccess(alice, on(QStringLiteral("acm-pca:GetCertificate")), kNow),
                 AccessDecision::Allowed);
        QCOMPARE(
            decideAccess(alice, on(QStringLiteral("ACM-PCA:describecertificateauthority")), kNow),
            AccessDecision::Allowed); // actions compare case-insensitively
        QCOMPARE(decideAccess(alice, on(QStringLiteral("acm-pca:IssueCertificate")), kNow),
                 AccessDecision::ImplicitlyDenied);
        // No policy at all: nothing.
        QCOMPARE(decideAccess(user(kOwner, QStringLiteral("bob"), {}),
                              on(QStringLiteral("acm-pca:GetCertificate")), kNow),
                 AccessDecision::ImplicitlyDenied);
        // The administrator of the account may do everything in it.
        QCOMPARE(decideAccess(Caller::administratorOf(kOwner),
                              on(QStringLiteral("acm-pca:DeleteCertificateAuthority")), kNow),
                 AccessDecision::Allowed);
    }

    void explicitDenyWins()
    {
        const Caller alice =
            user(kOwner, QStringLiteral("alice"),
                 {identity(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','"
                              "Resource':'*'}}")),
                  identity(dq("{'Version':'2012-10-17','Statement':{'Effect':'Deny', "
                              "                 "
                              "'Action':'acm-pca:DeleteCertificateAuthority','Resource':'*'}}"))});
        QCOMPARE(
            decideAccess(alice, on(QStringLiteral("acm-pca:DeleteCertificateAuthority")), kNow),
            AccessDecision::ExplicitlyDenied);
        QCOMPARE(decideAccess(alice, on(QStringLiteral("acm-pca:ListTags")), kNow),
                 AccessDecision::Allowed);
        // A Deny in the resource policy wins over the administrator too.
        AccessRequest r = on(QStringLiteral("acm-pca:IssueCertificate"));
        r.resourcePolicy = resource(
            dq("{'Version':'2012-10-17','Statement':{'Effect':'Deny', "
               "            'Principal':'*','Action':'acm-pca:IssueCertificate','Resource':'*'}}"));
        QCOMPARE(decideAccess(Caller::administratorOf(kOwner), r, kNow),
                 AccessDecision::ResourceDenied);
        bool threw = false;
        try {
            authorize(alice, on(QStringLiteral("acm-pca:DeleteCertificateAuthority")), kNow,
                      "AccessDeniedException");
        } catch (const PcaError &e) {
            threw = true;
            QCOMPARE(e.type(), QStringLiteral("AccessDeniedException"));
            QCOMPARE(
                e.message(),
                QStringLiteral("User: arn:aws:iam::111111111111:user/alice is not authorized "
                               "to perform: acm-pca:DeleteCertificateAuthority on resource: ") +
                    kCa + QStringLiteral(" with an explicit deny in an identity-based policy"));
        }
        QVERIFY(threw);
    }

    void notActionAndResources()
    {
        const Caller reader = user(kOwner, QStringLiteral("reader"),
                                   {identity(dq("{'Version':'2012-10-17','Statement':[ "
                                                "            "
                                                "{'Effect':'Allow','NotAction':['acm-pca:Delete*','"
                                                "acm-pca:Revoke*'],'Resource':'*'}, "
                                                "            "
                                                "{'Effect':'Deny','Action':'*','NotResource':'arn:"
                                                "aws:acm-pca:*:111111111111:*'}]}"))});
        QCOMPARE(decideAccess(reader, on(QStringLiteral("acm-pca:IssueCertificate")), kNow),
                 AccessDecision::Allowed);
        QCOMPARE(decideAccess(reader, on(QStringLiteral("acm-pca:RevokeCertificate")), kNow),
                 AccessDecision::ImplicitlyDenied);
        const QString other =
            QStringLiteral("arn:aws:acm-pca:us-east-1:999999999999:certificate-authority/x");
        QCOMPARE(
            decideAccess(reader, on(QStringLiteral("acm-pca:GetCertificate"), other, kOwner), kNow),
            AccessDecision::ExplicitlyDenied);
        QVERIFY(matchesWildcard(u"acm-pca:*Certificate?", u"acm-pca:GetCertificates",
                                Qt::CaseSensitive));
        QVERIFY(!matchesWildcard(u"acm-pca:*Certificate?", u"acm-pca:GetCertificate",
                                 Qt::CaseSensitive));
        QVERIFY(matchesWildcard(u"*", u"", Qt::CaseSensitive));
        QVERIFY(matchesWildcard(u"a*b*c", u"aXXbYYbZc", Qt::CaseSensitive));
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("values"); // empty: the key is absent
        QTest::addColumn<bool>("allowed");
        const QString end = QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1");
        const QString sub =
            QStringLiteral("arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1");
        QTest::newRow("StringEquals hit")
            << QString::fromUtf8(dq("{'StringEquals':{'acm-pca:TemplateArn':'")) + end + dq("'}}")
            << "acm-pca:TemplateArn" << QStringList{end} << true;
        QTest::newRow("StringEquals miss")
            << QString::fromUtf8(dq("{'StringEquals':{'acm-pca:TemplateArn':'")) + end + dq("'}}")
            << "acm-pca:TemplateArn" << QStringList{sub} << false;
        QTest::newRow("StringEquals absent key")
            << QString::fromUtf8(dq("{'StringEquals':{'acm-pca:TemplateArn':'")) + end + dq("'}}")
            << "acm-pca:TemplateArn" << QStringList{} << false;
        QTest::newRow("StringEqualsIfExists absent key")
            << QString::fromUtf8(dq("{'StringEqualsIfExists':{'acm-pca:TemplateArn':'")) + end +
                   dq("'}}")
            << "acm-pca:TemplateArn" << QStringList{} << true;
        QTest::newRow("StringNotEquals absent key")
            << QString::fromUtf8(dq("{'StringNotEquals':{'aws:RequestTag/env':'prod'}}"))
            << "aws:RequestTag/env" << QStringList{} << true;
        QTest::newRow("StringNotEquals equal")
            << QString::fromUtf8(dq("{'StringNotEquals':{'aws:RequestTag/env':'prod'}}"))
            << "aws:RequestTag/env" << QStringList{QStringLiteral("prod")} << false;
        QTest::newRow("StringLike wildcard")
            << QString::fromUtf8(dq("{'StringLike':{'acm-pca:TemplateArn':'arn:aws:acm-pca:::"
                                    "template/EndEntity*'}}"))
            << "acm-pca:TemplateArn" << QStringList{end} << true;
        QTest::newRow("StringNotLike")
            << QString::fromUtf8(dq("{'StringNotLike':{'acm-pca:TemplateArn':'*Subordinate*'}}"))
            << "acm-pca:TemplateArn" << QStringList{sub} << false;
        QTest::newRow("multiple values are OR")
            << QString::fromUtf8(dq("{'StringEquals':{'aws:ResourceTag/env':['dev','test']}}"))
            << "aws:ResourceTag/env" << QStringList{QStringLiteral("test")} << true;
        QTest::newRow("tag key is case-sensitive")
            << QString::fromUtf8(dq("{'StringEquals':{'aws:ResourceTag/Env':'dev'}}"))
            << "aws:ResourceTag/env" << QStringList{QStringLiteral("dev")} << false;
        QTest::newRow("condition key prefix is not")
            << QString::fromUtf8(dq("{'StringEquals':{'AWS:RESOURCETAG/env':'dev'}}"))
            << "aws:ResourceTag/env" << QStringList{QStringLiteral("dev")} << true;
        QTest::newRow("ForAllValues: subset")
            << QString::fromUtf8(dq("{'ForAllValues:StringEquals':{'aws:TagKeys':['team','env']}}"))
            << "aws:TagKeys" << QStringList{QStringLiteral("env")} << true;
        QTest::newRow("ForAllValues: outside the set")
            << QString::fromUtf8(dq("{'ForAllValues:StringEquals':{'aws:TagKeys':['team','env']}}"))
            << "aws:TagKeys" << QStringList{QStringLiteral("env"), QStringLiteral("cost")} << false;
        QTest::newRow("ForAllValues: no keys at all")
            << QString::fromUtf8(dq("{'ForAllValues:StringEquals':{'aws:TagKeys':['team']}}"))
            << "aws:TagKeys" << QStringList{} << true;
        QTest::newRow("ForAnyValue: one matches")
            << QString::fromUtf8(dq("{'ForAnyValue:StringEquals':{'aws:TagKeys':['team']}}"))
            << "aws:TagKeys" << QStringList{QStringLiteral("cost"), QStringLiteral("team")} << true;
        QTest::newRow("ForAnyValue: none")
            << QString::fromUtf8(dq("{'ForAnyValue:StringEquals':{'aws:TagKeys':['team']}}"))
            << "aws:TagKeys" << QStringList{QStringLiteral("cost")} << false;
        QTest::newRow("Null true: absent")
            << QString::fromUtf8(dq("{'Null':{'aws:RequestTag/owner':'true'}}"))
            << "aws:RequestTag/owner" << QStringList{} << true;
        QTest::newRow("Null false: present")
            << QString::fromUtf8(dq("{'Null':{'aws:RequestTag/owner':'false'}}"))
            << "aws:RequestTag/owner" << QStringList{QStringLiteral("x")} << true;
        QTest::newRow("Bool") << QString::fromUtf8(dq("{'Bool':{'aws:SecureTransport':'false'}}"))
                              << "aws:SecureTransport" << QStringList{QStringLiteral("false")}
                              << true;
        QTest::newRow("ArnLike principal")
            << QString::fromUtf8(
                   dq("{'ArnLike':{'aws:PrincipalArn':'arn:aws:iam::111111111111:user/al*'}}"))
            << "-" << QStringList{} << true;
        QTest::newRow("ArnEquals principal other")
            << QString::fromUtf8(
                   dq("{'ArnEquals':{'aws:PrincipalArn':'arn:aws:iam::111111111111:user/bob'}}"))
            << "-" << QStringList{} << false;
        QTest::newRow("PrincipalAccount")
            << QString::fromUtf8(dq("{'StringEquals':{'aws:PrincipalAccount':'111111111111'}}"))
            << "-" << QStringList{} << true;
        QTest::newRow("SourceIp in range")
            << QString::fromUtf8(dq("{'IpAddress':{'aws:SourceIp':'10.0.0.0/8'}}")) << "-"
            << QStringList{} << true;
        QTest::newRow("SourceIp outside")
            << QString::fromUtf8(dq("{'NotIpAddress':{'aws:SourceIp':'10.0.0.0/8'}}")) << "-"
            << QStringList{} << false;
        QTest::newRow("CurrentTime before")
            << QString::fromUtf8(dq("{'DateLessThan':{'aws:CurrentTime':'2026-06-01T00:00:00Z'}}"))
            << "-" << QStringList{} << true;
        QTest::newRow("CurrentTime after")
            << QString::fromUtf8(
                   dq("{'DateGreaterThan':{'aws:CurrentTime':'2026-06-01T00:00:00Z'}}"))
            << "-" << QStringList{} << false;
        QTest::newRow("two keys are AND")
            << QString::fromUtf8(dq("{'StringEquals':{'aws:PrincipalAccount':'111111111111','aws:"
                                    "RequestTag/env':'prod'}}"))
            << "aws:RequestTag/env" << QStringList{QStringLiteral("dev")} << false;
    }

    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(QString, key);
        QFETCH(QStringList, values);
        QFETCH(bool, allowed);
        const QString policy =
            QString::fromUtf8(
                dq("{'Version':'2012-10-17','Statement':{ "
                   "            "
                   "'Effect':'Allow','Action':'acm-pca:*','Resource':'*','Condition':%1}}"))
                .arg(condition);
        const Caller alice = user(kOwner, QStringLiteral("alice"), {identity(policy.toUtf8())});
        AccessRequest r = on(QStringLiteral("acm-pca:IssueCertificate"));
        if (!values.isEmpty())
            r.context.insert(key, values);
        QCOMPARE(decideAccess(alice, r, kNow) == AccessDecision::Allowed, allowed);
    }

    void crossAccountNeedsBothSides()
    {
        const PolicyDocument share = resource(
            dq("{'Version':'2012-10-17','Statement':[ "
               "            {'Sid':'1','Effect':'Allow','Principal':{'AWS':'222222222222'}, "
               "             "
               "'Action':['acm-pca:DescribeCertificateAuthority','acm-pca:GetCertificate', "
               "                       "
               "'acm-pca:GetCertificateAuthorityCertificate','acm-pca:ListPermissions', "
               "                       'acm-pca:ListTags'], "
               "             "
               "'Resource':'arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/"
               "11111111-2222-3333-4444-555555555555'}, "
               "            "
               "{'Sid':'2','Effect':'Allow','Principal':{'AWS':'arn:aws:iam::222222222222:root'}, "
               "             'Action':'acm-pca:IssueCertificate', "
               "             "
               "'Resource':'arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/"
               "11111111-2222-3333-4444-555555555555', "
               "             "
               "'Condition':{'StringEquals':{'acm-pca:TemplateArn':'arn:aws:acm-pca:::template/"
               "EndEntityCertificate/V1'}}}]}"));
        const Caller partnerAdmin = Caller::administratorOf(kPartner);
        AccessRequest issue = on(QStringLiteral("acm-pca:IssueCertificate"));
        issue.context.insert(
            QStringLiteral("acm-pca:TemplateArn"),
            {QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1")});
        // Before the resource policy: denied, for the resource's side.
        QCOMPARE(decideAccess(partnerAdmin, issue, kNow), AccessDecision::CrossAccountDenied);
        issue.resourcePolicy = share;
        QCOMPARE(decideAccess(partnerAdmin, issue, kNow), AccessDecision::Allowed);
        // Another template: the policy's condition does not hold.
        AccessRequest subordinate = issue;
        subordinate.context.insert(
            QStringLiteral("acm-pca:TemplateArn"),
            {QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1")});
        QCOMPARE(decideAccess(partnerAdmin, subordinate, kNow), AccessDecision::CrossAccountDenied);
        // A partner user needs its own identity Allow as well.
        const Caller partnerUser = user(kPartner, QStringLiteral("carol"), {});
        QCOMPARE(decideAccess(partnerUser, issue, kNow), AccessDecision::ImplicitlyDenied);
        const Caller allowedUser =
            user(kPartner, QStringLiteral("dave"),
                 {identity(
                     dq("{'Version':'2012-10-17','Statement':{ "
                        "            "
                        "'Effect':'Allow','Action':'acm-pca:IssueCertificate','Resource':'*'}}"))});
        QCOMPARE(decideAccess(allowedUser, issue, kNow), AccessDecision::Allowed);
        // A third account is not named.
        QCOMPARE(decideAccess(Caller::administratorOf(QStringLiteral("333333333333")), issue, kNow),
                 AccessDecision::CrossAccountDenied);
        // Even a policy allowing every template cannot open the CA templates across accounts.
        AccessRequest anyTemplate = on(QStringLiteral("acm-pca:IssueCertificate"));
        anyTemplate.resourcePolicy = resource(dq("{'Version':'2012-10-17','Statement':{ "
                                                 "            "
                                                 "'Effect':'Allow','Principal':'*','Action':'acm-"
                                                 "pca:IssueCertificate','Resource':'*'}}"));
        anyTemplate.context.insert(
            QStringLiteral("acm-pca:TemplateArn"),
            {QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1")});
        QCOMPARE(decideAccess(partnerAdmin, anyTemplate, kNow), AccessDecision::CrossAccountDenied);
    }

    void sameAccountResourcePolicyNamesTheUser()
    {
        const Caller alice = user(kOwner, QStringLiteral("alice"), {});
        AccessRequest r = on(QStringLiteral("acm-pca:GetCertificate"));
        r.resourcePolicy =
            resource(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow', "
                        "            'Principal':{'AWS':'arn:aws:iam::111111111111:user/alice'}, "
                        "            'Action':'acm-pca:GetCertificate','Resource':'*'}}"));
        QCOMPARE(decideAccess(alice, r, kNow), AccessDecision::Allowed);
        // Naming the account only delegates to the account's identity policies.
        r.resourcePolicy = resource(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow', "
                                       "            "
                                       "'Principal':{'AWS':'111111111111'},'Action':'acm-pca:"
                                       "GetCertificate','Resource':'*'}}"));
        QCOMPARE(decideAccess(alice, r, kNow), AccessDecision::ImplicitlyDenied);
    }

    void documentsRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("resourcePolicy");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{") << false << "not valid JSON";
        QTest::newRow("version") << QByteArray(dq("{'Version':'2020-01-01','Statement':[]}"))
                                 << false << "Version";
        QTest::newRow("no statement")
            << QByteArray(dq("{'Version':'2012-10-17','Statement':[]}")) << false << "no statement";
        QTest::newRow("unknown element")
            << QByteArray(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','"
                             "Resource':'*','Foo':1}}"))
            << false << "Foo";
        QTest::newRow("effect") << QByteArray(dq("{'Version':'2012-10-17','Statement':{'Effect':'"
                                                 "Maybe','Action':'*','Resource':'*'}}"))
                                << false << "Effect";
        QTest::newRow("action and notaction")
            << QByteArray(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','"
                             "NotAction':'x:y','Resource':'*'}}"))
            << false << "exactly one of Action";
        QTest::newRow("no resource")
            << QByteArray(
                   dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*'}}"))
            << false << "Resource";
        QTest::newRow("principal in identity policy")
            << QByteArray(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':'*'"
                             ",'Action':'*','Resource':'*'}}"))
            << false << "no Principal";
        QTest::newRow("no principal in resource policy")
            << QByteArray(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','"
                             "Resource':'*'}}"))
            << true << "needs a Principal";
        QTest::newRow("unsupported operator")
            << QByteArray(
                   dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','"
                      "Resource':'*','Condition':{'NumericLessThan':{'aws:CurrentTime':'1'}}}}"))
            << false << "NumericLessThan";
        QTest::newRow("unsupported key")
            << QByteArray(dq(
                   "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','"
                   "Resource':'*','Condition':{'StringEquals':{'aws:PrincipalTag/team':'pki'}}}}"))
            << false << "aws:PrincipalTag/team";
        QTest::newRow("bad address range")
            << QByteArray(
                   dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','"
                      "Resource':'*','Condition':{'IpAddress':{'aws:SourceIp':'not-an-ip'}}}}"))
            << false << "not an IP address range";
        QTest::newRow("federated principal")
            << QByteArray(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':{'"
                             "Federated':'x'},'Action':'*','Resource':'*'}}"))
            << true << "Federated";
        QTest::newRow("action form")
            << QByteArray(dq("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'"
                             "IssueCertificate','Resource':'*'}}"))
            << false << "service:Action";
    }

    void documentsRefusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, resourcePolicy);
        QFETCH(QString, reason);
        try {
            PolicyDocument::parse(QString::fromUtf8(json),
                                  resourcePolicy ? PolicyKind::Resource : PolicyKind::Identity,
                                  "MalformedPolicyDocumentException");
            QFAIL("the document was accepted");
        } catch (const PcaError &e) {
            QCOMPARE(e.type(), QStringLiteral("MalformedPolicyDocumentException"));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(PolicyEvaluationTest)
#include "tst_policy_evaluation.moc"

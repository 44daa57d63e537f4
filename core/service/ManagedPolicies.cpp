#include "service/ManagedPolicies.h"

namespace pca {

namespace {

// Documents with single quotes for readability; they become JSON below.
struct Definition
{
    const char *name;
    const char *document;
};

constexpr Definition kDefinitions[] = {
    {"AWSCertificateManagerPrivateCAFullAccess",
     "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':['acm-pca:*'],"
     "'Resource':'*'}]}"},
    {"AWSCertificateManagerPrivateCAReadOnly",
     "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':["
     "'acm-pca:DescribeCertificateAuthority','acm-pca:DescribeCertificateAuthorityAuditReport',"
     "'acm-pca:ListCertificateAuthorities','acm-pca:GetCertificateAuthorityCsr',"
     "'acm-pca:GetCertificateAuthorityCertificate','acm-pca:GetCertificate','acm-pca:GetPolicy',"
     "'acm-pca:ListPermissions','acm-pca:ListTags'],'Resource':'*'}}"},
    {"AWSCertificateManagerPrivateCAUser",
     "{'Version':'2012-10-17','Statement':["
     "{'Effect':'Allow','Action':['acm-pca:IssueCertificate'],"
     "'Resource':'arn:aws:acm-pca:*:*:certificate-authority/*',"
     "'Condition':{'ArnLike':{'acm-pca:TemplateArn':["
     "'arn:aws:acm-pca:*:*:template/EndEntityCertificate/V*']}}},"
     "{'Effect':'Deny','Action':['acm-pca:IssueCertificate'],"
     "'Resource':'arn:aws:acm-pca:*:*:certificate-authority/*',"
     "'Condition':{'ArnNotLike':{'acm-pca:TemplateArn':["
     "'arn:aws:acm-pca:*:*:template/EndEntityCertificate/V*']}}},"
     "{'Effect':'Allow','Action':['acm-pca:RevokeCertificate','acm-pca:GetCertificate',"
     "'acm-pca:ListPermissions'],'Resource':'arn:aws:acm-pca:*:*:certificate-authority/*'},"
     "{'Effect':'Allow','Action':['acm-pca:ListCertificateAuthorities'],'Resource':'*'}]}"},
    {"AWSCertificateManagerPrivateCAAuditor",
     "{'Version':'2012-10-17','Statement':["
     "{'Effect':'Allow','Action':['acm-pca:CreateCertificateAuthorityAuditReport',"
     "'acm-pca:DescribeCertificateAuthority','acm-pca:DescribeCertificateAuthorityAuditReport',"
     "'acm-pca:GetCertificateAuthorityCsr','acm-pca:GetCertificateAuthorityCertificate',"
     "'acm-pca:GetCertificate','acm-pca:GetPolicy','acm-pca:ListPermissions','acm-pca:ListTags'],"
     "'Resource':'arn:aws:acm-pca:*:*:certificate-authority/*'},"
     "{'Effect':'Allow','Action':['acm-pca:ListCertificateAuthorities'],'Resource':'*'}]}"},
    {"AWSCertificateManagerPrivateCAPrivilegedUser",
     "{'Version':'2012-10-17','Statement':["
     "{'Effect':'Allow','Action':['acm-pca:IssueCertificate'],"
     "'Resource':'arn:aws:acm-pca:*:*:certificate-authority/*',"
     "'Condition':{'ArnLike':{'acm-pca:TemplateArn':["
     "'arn:aws:acm-pca:*:*:template/*CACertificate*/V*']}}},"
     "{'Effect':'Deny','Action':['acm-pca:IssueCertificate'],"
     "'Resource':'arn:aws:acm-pca:*:*:certificate-authority/*',"
     "'Condition':{'ArnNotLike':{'acm-pca:TemplateArn':["
     "'arn:aws:acm-pca:*:*:template/*CACertificate*/V*']}}},"
     "{'Effect':'Allow','Action':['acm-pca:RevokeCertificate','acm-pca:GetCertificate',"
     "'acm-pca:ListPermissions'],'Resource':'arn:aws:acm-pca:*:*:certificate-authority/*'},"
     "{'Effect':'Allow','Action':['acm-pca:ListCertificateAuthorities'],'Resource':'*'}]}"},
    {"AWSCertificateManagerFullAccess",
     "{'Version':'2012-10-17','Statement':["
     "{'Effect':'Allow','Action':['acm:*'],'Resource':'*'},"
     "{'Effect':'Allow','Action':'iam:CreateServiceLinkedRole',"
     "'Resource':'arn:aws:iam::*:role/aws-service-role/acm.amazonaws.com/"
     "AWSServiceRoleForCertificateManager*',"
     "'Condition':{'StringEquals':{'iam:AWSServiceName':'acm.amazonaws.com'}}},"
     "{'Effect':'Allow','Action':['iam:DeleteServiceLinkedRole',"
     "'iam:GetServiceLinkedRoleDeletionStatus','iam:GetRole'],"
     "'Resource':'arn:aws:iam::*:role/aws-service-role/acm.amazonaws.com/"
     "AWSServiceRoleForCertificateManager*'}]}"},
    {"AWSCertificateManagerReadOnly",
     "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':['acm:DescribeCertificate',"
     "'acm:ListCertificates','acm:GetCertificate','acm:ListTagsForCertificate',"
     "'acm:GetAccountConfiguration'],'Resource':'*'}}"},
};

} // namespace

const QList<ManagedPolicy> &managedPolicies()
{
    static const QList<ManagedPolicy> all = [] {
        QList<ManagedPolicy> out;
        for (const Definition &d : kDefinitions) {
            ManagedPolicy policy;
            policy.name = QString::fromLatin1(d.name);
            policy.arn = QStringLiteral("arn:aws:iam::aws:policy/") + policy.name;
            policy.document =
                QString::fromLatin1(d.document).replace(QLatin1Char('\''), QLatin1Char('"'));
            policy.compiled =
                PolicyDocument::parse(policy.document, PolicyKind::Identity, "InternalFailure");
            out << policy;
        }
        return out;
    }();
    return all;
}

const ManagedPolicy *findManagedPolicy(const QString &arn)
{
    for (const ManagedPolicy &policy : managedPolicies()) {
        if (policy.arn == arn)
            return &policy;
    }
    return nullptr;
}

} // namespace pca

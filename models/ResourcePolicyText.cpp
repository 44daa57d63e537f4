#include "ResourcePolicyText.h"

#include "PcaError.h"
#include "service/ResourcePolicy.h"

#include <QJsonDocument>

namespace pca::models {

QString ResourcePolicyText::problem(const QString &policy, const QString &caArn)
{
    if (policy.trimmed().isEmpty())
        return tr("The policy is empty.");
    try {
        validateResourcePolicy(policy, caArn);
    } catch (const PcaError &error) {
        return error.message();
    }
    return QString();
}

QString ResourcePolicyText::example(const QString &caArn, const QString &accountId)
{
    return QStringLiteral(R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ExampleCrossAccountIssuance",
      "Effect": "Allow",
      "Principal": { "AWS": "%2" },
      "Action": [
        "acm-pca:DescribeCertificateAuthority",
        "acm-pca:GetCertificate",
        "acm-pca:GetCertificateAuthorityCertificate",
        "acm-pca:ListPermissions",
        "acm-pca:ListTags"
      ],
      "Resource": "%1"
    },
    {
      "Sid": "ExampleIssueEndEntityCertificates",
      "Effect": "Allow",
      "Principal": { "AWS": "%2" },
      "Action": "acm-pca:IssueCertificate",
      "Resource": "%1",
      "Condition": {
        "StringEquals": {
          "acm-pca:TemplateArn": "arn:aws:acm-pca:::template/EndEntityCertificate/V1"
        }
      }
    }
  ]
}
)")
        .arg(caArn, accountId);
}

QString ResourcePolicyText::formatted(const QString &policy)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(policy.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return policy;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace pca::models

// The certificate templates of AWS Private CA (UsingTemplates.md): what each one puts in the
// certificate and which passthrough sources it accepts.
#pragma once

#include <QList>
#include <QString>

namespace pca::crypto {

enum class TemplateVariety
{
    Base,
    CsrPassthrough,
    ApiPassthrough,
    ApiCsrPassthrough
};

enum class TemplatePurpose
{
    EndEntity,
    CodeSigning,
    OcspSigning,
    RootCa,
    SubordinateCa
};

struct CertificateTemplate
{
    QString name; // e.g. "EndEntityCertificate/V1"
    TemplateVariety variety = TemplateVariety::Base;
    TemplatePurpose purpose = TemplatePurpose::EndEntity;
    bool blank = false;
    // Basic constraints (always present).
    bool basicConstraintsCritical = false;
    bool ca = false;
    int pathLength = -1; // -1: no pathLenConstraint
    // Key usage defined by the template (0: not defined, passthrough may supply it).
    int keyUsage = 0;
    bool keyUsageCritical = true;
    // Extended key usages defined by the template (empty: not defined).
    QList<int> extendedKeyUsage;
    bool extendedKeyUsageCritical = false;
    // Authority key identifier from the issuing CA's SKI (false for self-signed roots).
    bool authorityKeyIdentifier = true;
    // CRL distribution point / OCSP AIA from the CA's revocation configuration.
    bool revocationPointers = true;

    QString arn() const { return QStringLiteral("arn:aws:acm-pca:::template/") + name; }
    bool acceptsApiPassthrough() const
    {
        return variety == TemplateVariety::ApiPassthrough ||
               variety == TemplateVariety::ApiCsrPassthrough;
    }
    bool acceptsCsrPassthrough() const
    {
        return variety == TemplateVariety::CsrPassthrough ||
               variety == TemplateVariety::ApiCsrPassthrough;
    }
    bool isRootCa() const { return purpose == TemplatePurpose::RootCa; }
    // One sentence for people choosing a template.
    QString description() const;
};

// Every template, in a stable order (base templates first).
const QList<CertificateTemplate> &certificateTemplates();
// The template with this ARN, or nullptr.
const CertificateTemplate *findTemplateByArn(const QString &arn);
// The default template of IssueCertificate.
const CertificateTemplate &defaultTemplate();

} // namespace pca::crypto

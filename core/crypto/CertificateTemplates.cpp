#include "crypto/CertificateTemplates.h"

#include <QCoreApplication>
#include <QHash>

#include <openssl/obj_mac.h>
#include <openssl/x509v3.h>

namespace pca::crypto {

namespace {

constexpr int kEndEntityUsage = KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT;
constexpr int kCaUsage = KU_DIGITAL_SIGNATURE | KU_KEY_CERT_SIGN | KU_CRL_SIGN;

QString suffix(TemplateVariety variety)
{
    switch (variety) {
    case TemplateVariety::Base:
        return QString();
    case TemplateVariety::CsrPassthrough:
        return QStringLiteral("_CSRPassthrough");
    case TemplateVariety::ApiPassthrough:
        return QStringLiteral("_APIPassthrough");
    case TemplateVariety::ApiCsrPassthrough:
        return QStringLiteral("_APICSRPassthrough");
    }
    return QString();
}

CertificateTemplate make(const QString &stem, TemplateVariety variety, TemplatePurpose purpose)
{
    CertificateTemplate t;
    t.name = stem + suffix(variety) + QStringLiteral("/V1");
    t.variety = variety;
    t.purpose = purpose;
    return t;
}

QList<CertificateTemplate> buildTemplates()
{
    QList<CertificateTemplate> out;
    const TemplateVariety all[] = {TemplateVariety::Base, TemplateVariety::CsrPassthrough,
                                   TemplateVariety::ApiPassthrough,
                                   TemplateVariety::ApiCsrPassthrough};

    for (TemplateVariety variety : all) {
        CertificateTemplate codeSigning =
            make(QStringLiteral("CodeSigningCertificate"), variety, TemplatePurpose::CodeSigning);
        codeSigning.keyUsage = KU_DIGITAL_SIGNATURE;
        codeSigning.extendedKeyUsage = {NID_code_sign};
        codeSigning.extendedKeyUsageCritical = true;
        out << codeSigning;

        CertificateTemplate endEntity =
            make(QStringLiteral("EndEntityCertificate"), variety, TemplatePurpose::EndEntity);
        endEntity.keyUsage = kEndEntityUsage;
        endEntity.extendedKeyUsage = {NID_server_auth, NID_client_auth};
        out << endEntity;

        CertificateTemplate client = make(QStringLiteral("EndEntityClientAuthCertificate"), variety,
                                          TemplatePurpose::EndEntity);
        client.keyUsage = kEndEntityUsage;
        client.extendedKeyUsage = {NID_client_auth};
        out << client;

        CertificateTemplate server = make(QStringLiteral("EndEntityServerAuthCertificate"), variety,
                                          TemplatePurpose::EndEntity);
        server.keyUsage = kEndEntityUsage;
        server.extendedKeyUsage = {NID_server_auth};
        out << server;

        CertificateTemplate ocsp =
            make(QStringLiteral("OCSPSigningCertificate"), variety, TemplatePurpose::OcspSigning);
        ocsp.keyUsage = KU_DIGITAL_SIGNATURE;
        ocsp.extendedKeyUsage = {NID_OCSP_sign};
        ocsp.extendedKeyUsageCritical = true;
        out << ocsp;

        for (int pathLength = 0; pathLength <= 3; ++pathLength) {
            CertificateTemplate sub =
                make(QStringLiteral("SubordinateCACertificate_PathLen%1").arg(pathLength), variety,
                     TemplatePurpose::SubordinateCa);
            sub.basicConstraintsCritical = true;
            sub.ca = true;
            sub.pathLength = pathLength;
            sub.keyUsage = kCaUsage;
            out << sub;
        }
    }

    for (TemplateVariety variety : {TemplateVariety::Base, TemplateVariety::ApiPassthrough}) {
        CertificateTemplate root =
            make(QStringLiteral("RootCACertificate"), variety, TemplatePurpose::RootCa);
        root.basicConstraintsCritical = true;
        root.ca = true;
        root.keyUsage = kCaUsage;
        root.authorityKeyIdentifier = false;
        root.revocationPointers = false;
        out << root;
    }

    for (TemplateVariety variety :
         {TemplateVariety::CsrPassthrough, TemplateVariety::ApiPassthrough,
          TemplateVariety::ApiCsrPassthrough}) {
        CertificateTemplate blank =
            make(QStringLiteral("BlankEndEntityCertificate"), variety, TemplatePurpose::EndEntity);
        blank.blank = true;
        out << blank;

        CertificateTemplate critical =
            make(QStringLiteral("BlankEndEntityCertificate_CriticalBasicConstraints"), variety,
                 TemplatePurpose::EndEntity);
        critical.blank = true;
        critical.basicConstraintsCritical = true;
        out << critical;

        for (int pathLength = 0; pathLength <= 3; ++pathLength) {
            CertificateTemplate sub =
                make(QStringLiteral("BlankSubordinateCACertificate_PathLen%1").arg(pathLength),
                     variety, TemplatePurpose::SubordinateCa);
            sub.blank = true;
            sub.basicConstraintsCritical = true;
            sub.ca = true;
            sub.pathLength = pathLength;
            out << sub;
        }
    }
    return out;
}

} // namespace

QString CertificateTemplate::description() const
{
    QString base;
    switch (purpose) {
    case TemplatePurpose::EndEntity:
        if (blank)
            base = QCoreApplication::translate(
                "CertificateTemplate",
                "End-entity certificate with only basic constraints; key usages come from the "
                "request.");
        else if (extendedKeyUsage == QList<int>{NID_client_auth})
            base = QCoreApplication::translate("CertificateTemplate",
                                               "TLS client certificate (client authentication).");
        else if (extendedKeyUsage == QList<int>{NID_server_auth})
            base = QCoreApplication::translate("CertificateTemplate",
                                               "TLS server certificate (server authentication).");
        else
            base = QCoreApplication::translate(
                "CertificateTemplate",
                "General end-entity certificate for TLS servers and clients.");
        break;
    case TemplatePurpose::CodeSigning:
        base = QCoreApplication::translate("CertificateTemplate", "Code signing certificate.");
        break;
    case TemplatePurpose::OcspSigning:
        base = QCoreApplication::translate("CertificateTemplate",
                                           "Certificate for signing OCSP responses.");
        break;
    case TemplatePurpose::RootCa:
        base = QCoreApplication::translate(
            "CertificateTemplate",
            "Self-signed root CA certificate for this CA's own CSR (activates a root CA).");
        break;
    case TemplatePurpose::SubordinateCa:
        base = QCoreApplication::translate("CertificateTemplate",
                                           "Subordinate CA certificate that may add %n more CA "
                                           "level(s) below it.",
                                           nullptr, pathLength);
        break;
    }
    switch (variety) {
    case TemplateVariety::Base:
        return base;
    case TemplateVariety::CsrPassthrough:
        return base + QLatin1Char(' ') +
               QCoreApplication::translate("CertificateTemplate",
                                           "Extra extensions are copied from the CSR.");
    case TemplateVariety::ApiPassthrough:
        return base + QLatin1Char(' ') +
               QCoreApplication::translate(
                   "CertificateTemplate",
                   "Subject and extensions can be supplied with the request (API passthrough).");
    case TemplateVariety::ApiCsrPassthrough:
        return base + QLatin1Char(' ') +
               QCoreApplication::translate("CertificateTemplate",
                                           "Extensions come from the request, then from the CSR.");
    }
    return base;
}

const QList<CertificateTemplate> &certificateTemplates()
{
    static const QList<CertificateTemplate> templates = buildTemplates();
    return templates;
}

const CertificateTemplate *findTemplateByArn(const QString &arn)
{
    static const QHash<QString, const CertificateTemplate *> byArn = [] {
        QHash<QString, const CertificateTemplate *> map;
        for (const CertificateTemplate &t : certificateTemplates())
            map.insert(t.arn(), &t);
        return map;
    }();
    return byArn.value(arn, nullptr);
}

const CertificateTemplate &defaultTemplate()
{
    return *findTemplateByArn(QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1"));
}

} // namespace pca::crypto

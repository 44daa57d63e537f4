#include "DisplayNames.h"

#include <QLocale>

namespace pca::models {

using api::CertificateAuthorityStatus;

QString DisplayNames::status(CertificateAuthorityStatus status)
{
    switch (status) {
    case CertificateAuthorityStatus::CREATING:
        return tr("Creating");
    case CertificateAuthorityStatus::PENDING_CERTIFICATE:
        return tr("Pending certificate");
    case CertificateAuthorityStatus::ACTIVE:
        return tr("Active");
    case CertificateAuthorityStatus::DELETED:
        return tr("Deleted");
    case CertificateAuthorityStatus::DISABLED:
        return tr("Disabled");
    case CertificateAuthorityStatus::EXPIRED:
        return tr("Expired");
    case CertificateAuthorityStatus::FAILED:
        return tr("Failed");
    }
    return QString();
}

QString DisplayNames::statusExplanation(CertificateAuthorityStatus status)
{
    switch (status) {
    case CertificateAuthorityStatus::CREATING:
        return tr("The key pair and the CSR are being generated.");
    case CertificateAuthorityStatus::PENDING_CERTIFICATE:
        return tr("Waiting for its CA certificate: install one to activate the CA.");
    case CertificateAuthorityStatus::ACTIVE:
        return tr("Issues certificates and publishes revocation information.");
    case CertificateAuthorityStatus::DELETED:
        return tr("Deleted; it can be restored until its restore period ends.");
    case CertificateAuthorityStatus::DISABLED:
        return tr("Does not issue certificates until it is enabled again.");
    case CertificateAuthorityStatus::EXPIRED:
        return tr("Its CA certificate has expired; install a renewed certificate.");
    case CertificateAuthorityStatus::FAILED:
        return tr("Creation failed; delete the CA and create a new one.");
    }
    return QString();
}

QString DisplayNames::caType(api::CertificateAuthorityType type)
{
    return type == api::CertificateAuthorityType::ROOT ? tr("Root") : tr("Subordinate");
}

QString DisplayNames::keyAlgorithm(api::KeyAlgorithm algorithm)
{
    using api::KeyAlgorithm;
    switch (algorithm) {
    case KeyAlgorithm::RSA_2048:
        return tr("RSA 2048");
    case KeyAlgorithm::RSA_3072:
        return tr("RSA 3072");
    case KeyAlgorithm::RSA_4096:
        return tr("RSA 4096");
    case KeyAlgorithm::EC_prime256v1:
        return tr("ECDSA P-256");
    case KeyAlgorithm::EC_secp384r1:
        return tr("ECDSA P-384");
    case KeyAlgorithm::EC_secp521r1:
        return tr("ECDSA P-521");
    case KeyAlgorithm::ML_DSA_44:
        return tr("ML-DSA-44");
    case KeyAlgorithm::ML_DSA_65:
        return tr("ML-DSA-65");
    case KeyAlgorithm::ML_DSA_87:
        return tr("ML-DSA-87");
    case KeyAlgorithm::SM2:
        return tr("SM2");
    }
    return QString();
}

QString DisplayNames::signingAlgorithm(api::SigningAlgorithm algorithm)
{
    using api::SigningAlgorithm;
    switch (algorithm) {
    case SigningAlgorithm::SHA256WITHECDSA:
        return tr("ECDSA with SHA-256");
    case SigningAlgorithm::SHA384WITHECDSA:
        return tr("ECDSA with SHA-384");
    case SigningAlgorithm::SHA512WITHECDSA:
        return tr("ECDSA with SHA-512");
    case SigningAlgorithm::SHA256WITHRSA:
        return tr("RSA with SHA-256");
    case SigningAlgorithm::SHA384WITHRSA:
        return tr("RSA with SHA-384");
    case SigningAlgorithm::SHA512WITHRSA:
        return tr("RSA with SHA-512");
    case SigningAlgorithm::SHA256WITHRSA_PSS:
        return tr("RSA-PSS with SHA-256");
    case SigningAlgorithm::SHA384WITHRSA_PSS:
        return tr("RSA-PSS with SHA-384");
    case SigningAlgorithm::SHA512WITHRSA_PSS:
        return tr("RSA-PSS with SHA-512");
    case SigningAlgorithm::SM3WITHSM2:
        return tr("SM2 with SM3");
    case SigningAlgorithm::ML_DSA_44:
        return tr("ML-DSA-44");
    case SigningAlgorithm::ML_DSA_65:
        return tr("ML-DSA-65");
    case SigningAlgorithm::ML_DSA_87:
        return tr("ML-DSA-87");
    }
    return QString();
}

QString DisplayNames::usageMode(api::CertificateAuthorityUsageMode mode)
{
    return mode == api::CertificateAuthorityUsageMode::GENERAL_PURPOSE
               ? tr("General purpose")
               : tr("Short-lived certificates (at most 7 days)");
}

QString DisplayNames::keyStorage(api::KeyStorageSecurityStandard standard)
{
    switch (standard) {
    case api::KeyStorageSecurityStandard::FIPS_140_2_LEVEL_2_OR_HIGHER:
        return tr("FIPS 140-2 level 2 or higher");
    case api::KeyStorageSecurityStandard::FIPS_140_2_LEVEL_3_OR_HIGHER:
        return tr("FIPS 140-2 level 3 or higher");
    case api::KeyStorageSecurityStandard::CCPC_LEVEL_1_OR_HIGHER:
        return tr("CCPC level 1 or higher");
    }
    return QString();
}

QString DisplayNames::failureReason(api::FailureReason reason)
{
    switch (reason) {
    case api::FailureReason::REQUEST_TIMED_OUT:
        return tr("The request timed out");
    case api::FailureReason::UNSUPPORTED_ALGORITHM:
        return tr("The key algorithm is not supported by this installation");
    case api::FailureReason::OTHER:
        return tr("Key generation failed");
    }
    return QString();
}

QString DisplayNames::revocationReason(api::RevocationReason reason)
{
    using api::RevocationReason;
    switch (reason) {
    case RevocationReason::UNSPECIFIED:
        return tr("Unspecified");
    case RevocationReason::KEY_COMPROMISE:
        return tr("Key compromise");
    case RevocationReason::CERTIFICATE_AUTHORITY_COMPROMISE:
        return tr("CA compromise");
    case RevocationReason::AFFILIATION_CHANGED:
        return tr("Affiliation changed");
    case RevocationReason::SUPERSEDED:
        return tr("Superseded");
    case RevocationReason::CESSATION_OF_OPERATION:
        return tr("Cessation of operation");
    case RevocationReason::PRIVILEGE_WITHDRAWN:
        return tr("Privilege withdrawn");
    case RevocationReason::A_A_COMPROMISE:
        return tr("Attribute authority compromise");
    }
    return QString();
}

QString DisplayNames::revocationReasonExplanation(api::RevocationReason reason)
{
    using api::RevocationReason;
    switch (reason) {
    case RevocationReason::UNSPECIFIED:
        return tr("No particular reason is given.");
    case RevocationReason::KEY_COMPROMISE:
        return tr("The certificate's private key was lost or exposed.");
    case RevocationReason::CERTIFICATE_AUTHORITY_COMPROMISE:
        return tr("The key of the issuing CA was lost or exposed.");
    case RevocationReason::AFFILIATION_CHANGED:
        return tr("The subject's name or organisation changed.");
    case RevocationReason::SUPERSEDED:
        return tr("The certificate was replaced by a new one.");
    case RevocationReason::CESSATION_OF_OPERATION:
        return tr("The certificate is no longer needed.");
    case RevocationReason::PRIVILEGE_WITHDRAWN:
        return tr("The subject is no longer entitled to the certificate.");
    case RevocationReason::A_A_COMPROMISE:
        return tr("An attribute authority behind the certificate was compromised.");
    }
    return QString();
}

QString DisplayNames::certificateState(CertificateSummary::State state)
{
    switch (state) {
    case CertificateSummary::State::Valid:
        return tr("Valid");
    case CertificateSummary::State::Revoked:
        return tr("Revoked");
    case CertificateSummary::State::Expired:
        return tr("Expired");
    }
    return QString();
}

QString DisplayNames::auditReportStatus(api::AuditReportStatus status)
{
    switch (status) {
    case api::AuditReportStatus::CREATING:
        return tr("Creating");
    case api::AuditReportStatus::SUCCESS:
        return tr("Ready");
    case api::AuditReportStatus::FAILED:
        return tr("Failed");
    }
    return QString();
}

QString DisplayNames::action(api::ActionType action)
{
    switch (action) {
    case api::ActionType::IssueCertificate:
        return tr("Issue certificate");
    case api::ActionType::GetCertificate:
        return tr("Get certificate");
    case api::ActionType::ListPermissions:
        return tr("List permissions");
    }
    return QString();
}

namespace {

// The locale's short format, but with four-digit years (2031, not 31: CA lifetimes are long).
QString withFullYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString DisplayNames::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    return locale.toString(time.toLocalTime(),
                           withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString DisplayNames::dateTime(qint64 msSinceEpoch)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

QString DisplayNames::date(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    return locale.toString(time.toLocalTime().date(),
                           withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString DisplayNames::serial(const QString &hex)
{
    if (hex.contains(QLatin1Char(':')))
        return hex.toUpper();
    QString padded = hex.toUpper();
    if (padded.size() % 2)
        padded.prepend(QLatin1Char('0'));
    QString out;
    out.reserve(padded.size() * 3 / 2);
    for (qsizetype i = 0; i < padded.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += QStringView(padded).mid(i, 2);
    }
    return out;
}

QString DisplayNames::serialTail(const QString &hex)
{
    constexpr qsizetype kShownOctets = 6;
    const QString full = serial(hex);
    // "AA:" per octet; the last one has no colon.
    constexpr qsizetype kShown = kShownOctets * 3 - 1;
    if (full.size() <= kShown)
        return full;
    return QStringLiteral("\u2026") + full.right(kShown);
}

QString DisplayNames::commonName(const api::Asn1Subject &subject)
{
    for (const auto &value :
         {subject.commonName, subject.organizationalUnit, subject.organization, subject.pseudonym,
          subject.givenName, subject.surname, subject.serialNumber}) {
        if (value && !value->isEmpty())
            return *value;
    }
    if (subject.customAttributes && !subject.customAttributes->isEmpty())
        return subject.customAttributes->first().value;
    return QString();
}

QString DisplayNames::caTitle(const api::CertificateAuthority &ca)
{
    QString name;
    if (ca.certificateAuthorityConfiguration)
        name = commonName(ca.certificateAuthorityConfiguration->subject);
    if (name.isEmpty())
        name = ca.arn.value_or(QString()).section(QLatin1Char('/'), -1);
    return name;
}

} // namespace pca::models

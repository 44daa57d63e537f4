#include "service/AcmOperations.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/ManagedCertificateCrypto.h"

#include <QDateTime>
#include <QUuid>

namespace pca {

using namespace api::acm;

AcmOperations::AcmOperations(CertificateManager &manager, store::SqlStore &store,
                             PrivateCaService &privateCa)
    : q(manager)
    , store(store)
    , privateCa(privateCa)
{}

QString AcmOperations::callerAccount() const
{
    if (const Caller *caller = CallerScope::current())
        return caller->accountId;
    return store.identity().accountId;
}

QString AcmOperations::accountOf(const store::ManagedCertificateRecord &record)
{
    return record.arn.section(QLatin1Char(':'), 4, 4);
}

void AcmOperations::authorize(const char *operation, const QString &resource,
                              const QHash<QString, QStringList> &context) const
{
    const Caller *caller = CallerScope::current();
    if (!caller || (caller->administrator && caller->accountId == store.identity().accountId))
        return;
    AccessRequest request;
    request.action = QStringLiteral("acm:") + QLatin1String(operation);
    request.resource = resource;
    request.context = context;
    if (resource != QLatin1String("*"))
        request.resourceAccount = resource.section(QLatin1Char(':'), 4, 4);
    pca::authorize(*caller, request, now(), errors::AccessDenied);
}

QHash<QString, QStringList> AcmOperations::tagContext(const QList<api::Tag> &tags)
{
    QHash<QString, QStringList> context;
    QStringList keys;
    for (const api::Tag &tag : tags) {
        keys << tag.key;
        context.insert(QStringLiteral("aws:RequestTag/") + tag.key,
                       {tag.value.value_or(QString())});
    }
    if (!keys.isEmpty())
        context.insert(QStringLiteral("aws:TagKeys"), keys);
    return context;
}

QString AcmOperations::crossAccountRefusal(const store::ManagedCertificateRecord &record)
{
    const QString account = accountOf(record);
    if (account == store.identity().accountId)
        return QString();
    const QHash<QString, QStringList> issueContext = {
        {QStringLiteral("acm-pca:TemplateArn"),
         {QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1")}}};
    QStringList refused;
    if (privateCa.accountAccess(record.caArn, account, QStringLiteral("IssueCertificate"),
                                issueContext) != AccessDecision::Allowed)
        refused << QStringLiteral("acm-pca:IssueCertificate");
    if (privateCa.accountAccess(record.caArn, account, QStringLiteral("GetCertificate")) !=
        AccessDecision::Allowed)
        refused << QStringLiteral("acm-pca:GetCertificate");
    if (refused.isEmpty())
        return QString();
    return QStringLiteral("The resource-based policy of certificate authority %1 does not allow "
                          "account %2 %3.")
        .arg(record.caArn, account, refused.join(QStringLiteral(" and ")));
}

QString AcmOperations::arnFor(const QString &id) const
{
    return QStringLiteral("arn:aws:acm:%1:%2:certificate/%3")
        .arg(store.identity().region, callerAccount(), id);
}

QString AcmOperations::idFromArn(const QString &arn) const
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    if (parts.size() != 6 || parts.at(0) != QLatin1String("arn") ||
        parts.at(2) != QLatin1String("acm") ||
        !parts.at(5).startsWith(QLatin1String("certificate/"))) {
        throw PcaError(errors::InvalidArn,
                       QStringLiteral("%1 is not the ARN of an ACM certificate "
                                      "(arn:aws:acm:<region>:<account>:certificate/<id>).")
                           .arg(arn));
    }
    const QString id = parts.at(5).mid(12);
    if (QUuid::fromString(id).isNull() || parts.at(3) != store.identity().region ||
        parts.at(4) != callerAccount()) {
        throw PcaError(errors::ResourceNotFound,
                       QStringLiteral("Could not find certificate %1.").arg(arn));
    }
    return id;
}

store::ManagedCertificateRecord AcmOperations::load(const QString &arn)
{
    const QString id = idFromArn(arn);
    std::optional<store::ManagedCertificateRecord> found = reader().find(id);
    if (!found)
        throw PcaError(errors::ResourceNotFound,
                       QStringLiteral("Could not find certificate %1.").arg(arn));
    return std::move(*found);
}

namespace {

RevocationReason acmReason(api::RevocationReason reason)
{
    switch (reason) {
    case api::RevocationReason::UNSPECIFIED:
        return RevocationReason::UNSPECIFIED;
    case api::RevocationReason::KEY_COMPROMISE:
        return RevocationReason::KEY_COMPROMISE;
    case api::RevocationReason::CERTIFICATE_AUTHORITY_COMPROMISE:
        return RevocationReason::CA_COMPROMISE;
    case api::RevocationReason::AFFILIATION_CHANGED:
        return RevocationReason::AFFILIATION_CHANGED;
    case api::RevocationReason::SUPERSEDED:
        return RevocationReason::SUPERCEDED; // ACM's spelling
    case api::RevocationReason::CESSATION_OF_OPERATION:
        return RevocationReason::CESSATION_OF_OPERATION;
    case api::RevocationReason::PRIVILEGE_WITHDRAWN:
        return RevocationReason::PRIVILEGE_WITHDRAWN;
    case api::RevocationReason::A_A_COMPROMISE:
        return RevocationReason::A_A_COMPROMISE;
    }
    return RevocationReason::UNSPECIFIED;
}

api::Timestamp at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<api::Timestamp> at(const std::optional<qint64> &ms)
{
    if (!ms)
        return std::nullopt;
    return at(*ms);
}

DomainStatus validationStatusOf(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::PENDING_VALIDATION:
        return DomainStatus::PENDING_VALIDATION;
    case CertificateStatus::FAILED:
    case CertificateStatus::VALIDATION_TIMED_OUT:
        return DomainStatus::FAILED;
    default:
        return DomainStatus::SUCCESS;
    }
}

} // namespace

AcmOperations::EffectiveState
AcmOperations::effectiveState(const store::ManagedCertificateRecord &record)
{
    EffectiveState state;
    state.status = record.status;
    if (record.status != CertificateStatus::ISSUED)
        return state;
    if (record.type == CertificateType::PRIVATE && !record.caId.isEmpty()) {
        const auto issued = store.reader().findCertificate(record.caId, record.serial);
        if (issued && issued->revokedAt) {
            state.status = CertificateStatus::REVOKED;
            state.revokedAt = issued->revokedAt;
            state.revocationReason =
                acmReason(issued->revocationReason.value_or(api::RevocationReason::UNSPECIFIED));
            return state;
        }
    }
    if (record.notAfter && *record.notAfter < now())
        state.status = CertificateStatus::EXPIRED;
    return state;
}

CertificateDetail AcmOperations::describe(const store::ManagedCertificateRecord &record)
{
    const EffectiveState state = effectiveState(record);
    CertificateDetail d;
    d.certificateArn = record.arn;
    d.domainName = record.domainName;
    d.subjectAlternativeNames = record.subjectAlternativeNames;
    QList<DomainValidation> validations;
    for (const QString &name : record.subjectAlternativeNames) {
        DomainValidation validation;
        validation.domainName = name;
        validation.validationDomain = name;
        validation.validationStatus = validationStatusOf(state.status);
        validations << validation;
    }
    if (record.type == CertificateType::PRIVATE)
        d.domainValidationOptions = validations;
    d.createdAt = at(record.createdAt);
    d.status = state.status;
    d.type = record.type;
    d.keyAlgorithm = record.keyAlgorithm;
    d.inUseBy = QList<QString>{};
    if (record.type == CertificateType::PRIVATE)
        d.certificateAuthorityArn = record.caArn;
    if (record.type == CertificateType::IMPORTED)
        d.importedAt = at(record.importedAt);
    else
        d.issuedAt = at(record.issuedAt);
    if (record.status == CertificateStatus::FAILED)
        d.failureReason = record.failureReason.value_or(FailureReason::OTHER);
    d.revokedAt = at(state.revokedAt);
    d.revocationReason = state.revocationReason;
    d.renewalEligibility =
        record.type == CertificateType::PRIVATE && (state.status == CertificateStatus::ISSUED ||
                                                    state.status == CertificateStatus::EXPIRED)
            ? RenewalEligibility::ELIGIBLE
            : RenewalEligibility::INELIGIBLE;
    if (record.renewalStatus) {
        RenewalSummary summary;
        summary.renewalStatus = *record.renewalStatus;
        summary.renewalStatusReason = record.renewalReason;
        summary.updatedAt = at(record.renewalUpdatedAt.value_or(record.createdAt));
        for (DomainValidation validation : validations) {
            validation.validationStatus = *record.renewalStatus == RenewalStatus::FAILED
                                              ? DomainStatus::FAILED
                                              : DomainStatus::SUCCESS;
            summary.domainValidationOptions << validation;
        }
        d.renewalSummary = summary;
    }
    CertificateOptions options;
    options.certificateTransparencyLoggingPreference =
        record.transparencyPreference.value_or(CertificateTransparencyLoggingPreference::ENABLED);
    d.options = options;
    if (!record.certificate.isEmpty()) {
        const crypto::X509Ptr cert = crypto::certificateFromDer(record.certificate);
        const crypto::CertificateFacts facts = crypto::certificateFacts(cert.get());
        d.serial = facts.serialColonHex;
        d.subject = facts.subject;
        d.issuer = facts.issuer;
        d.notBefore = at(facts.notBefore);
        d.notAfter = at(facts.notAfter);
        d.signatureAlgorithm = facts.signatureAlgorithm;
        QList<KeyUsage> usages;
        for (KeyUsageName name : facts.keyUsages)
            usages << KeyUsage{name};
        d.keyUsages = usages;
        d.extendedKeyUsages = facts.extendedKeyUsages;
    }
    return d;
}

api::acm::CertificateSummary AcmOperations::summarize(const store::ManagedCertificateRecord &record)
{
    const CertificateDetail detail = describe(record);
    api::acm::CertificateSummary s;
    s.certificateArn = detail.certificateArn;
    s.domainName = detail.domainName;
    s.subjectAlternativeNameSummaries = record.subjectAlternativeNames.mid(0, 100);
    s.hasAdditionalSubjectAlternativeNames = record.subjectAlternativeNames.size() > 100;
    s.status = detail.status;
    s.type = detail.type;
    s.keyAlgorithm = detail.keyAlgorithm;
    QList<KeyUsageName> usages;
    for (const KeyUsage &usage : detail.keyUsages.value_or(QList<KeyUsage>{})) {
        if (usage.name)
            usages << *usage.name;
    }
    s.keyUsages = usages;
    QList<ExtendedKeyUsageName> extended;
    for (const ExtendedKeyUsage &usage :
         detail.extendedKeyUsages.value_or(QList<ExtendedKeyUsage>{})) {
        if (usage.name)
            extended << *usage.name;
    }
    s.extendedKeyUsages = extended;
    s.inUse = false;
    s.exported = record.exported;
    s.renewalEligibility = detail.renewalEligibility;
    s.notBefore = detail.notBefore;
    s.notAfter = detail.notAfter;
    s.createdAt = detail.createdAt;
    s.issuedAt = detail.issuedAt;
    s.importedAt = detail.importedAt;
    s.revokedAt = detail.revokedAt;
    return s;
}

FailureReason AcmOperations::failureReasonFor(const PcaError &error)
{
    if (error.is(errors::ResourceNotFound))
        return FailureReason::PCA_RESOURCE_NOT_FOUND;
    if (error.is(errors::InvalidState) || error.is(errors::RequestInProgress))
        return FailureReason::PCA_INVALID_STATE;
    if (error.is(errors::AccessDenied))
        return FailureReason::PCA_ACCESS_DENIED;
    if (error.is(errors::InvalidArn))
        return FailureReason::PCA_INVALID_ARN;
    if (error.is(errors::LimitExceeded))
        return FailureReason::PCA_LIMIT_EXCEEDED;
    if (error.is(errors::InvalidArgs) || error.is(errors::MalformedCsr) ||
        error.is(errors::Validation))
        return FailureReason::PCA_INVALID_ARGS;
    return FailureReason::PCA_REQUEST_FAILED;
}

void AcmOperations::validateTags(const QList<api::Tag> &tags)
{
    for (const api::Tag &tag : tags) {
        if (tag.key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive)) {
            throw PcaError(errors::InvalidTag,
                           QStringLiteral("Tag keys beginning with aws: are reserved for AWS "
                                          "use (%1).")
                               .arg(tag.key));
        }
    }
}

int AcmOperations::daysBeforeExpiry()
{
    const auto value = store.reader().meta(QStringLiteral("acm_days_before_expiry"));
    bool ok = false;
    const int days = value ? value->toInt(&ok) : 0;
    return ok && days > 0 ? days : CertificateManager::kDefaultDaysBeforeExpiry;
}

} // namespace pca

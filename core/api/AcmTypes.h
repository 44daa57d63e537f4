// Typed shapes of AWS Certificate Manager (2015-12-08), as Debian 12's botocore ships the model
// (../shared/reference/acm-api/service-2.json): the operations a private CA's certificates
// need. The same conventions as ApiTypes.h: each shape declares its members once, with the
// model's constraints, and the generic JSON reader/writer and validator work from that.
#pragma once

#include "api/ApiTypes.h"

namespace pca::api {

PCA_API_ENUM_IN(acm, CertificateStatus, PENDING_VALIDATION, ISSUED, INACTIVE, EXPIRED,
                VALIDATION_TIMED_OUT, REVOKED, FAILED)
PCA_API_ENUM_IN(acm, CertificateType, IMPORTED, AMAZON_ISSUED, PRIVATE)
PCA_API_ENUM_IN(acm, KeyAlgorithm, RSA_1024, RSA_2048, RSA_3072, RSA_4096, EC_prime256v1,
                EC_secp384r1, EC_secp521r1)
PCA_API_ENUM_IN(acm, FailureReason, NO_AVAILABLE_CONTACTS, ADDITIONAL_VERIFICATION_REQUIRED,
                DOMAIN_NOT_ALLOWED, INVALID_PUBLIC_DOMAIN, DOMAIN_VALIDATION_DENIED, CAA_ERROR,
                PCA_LIMIT_EXCEEDED, PCA_INVALID_ARN, PCA_INVALID_STATE, PCA_REQUEST_FAILED,
                PCA_NAME_CONSTRAINTS_VALIDATION, PCA_RESOURCE_NOT_FOUND, PCA_INVALID_ARGS,
                PCA_INVALID_DURATION, PCA_ACCESS_DENIED, SLR_NOT_FOUND, OTHER)
PCA_API_ENUM_IN(acm, RevocationReason, UNSPECIFIED, KEY_COMPROMISE, CA_COMPROMISE,
                AFFILIATION_CHANGED, SUPERCEDED, CESSATION_OF_OPERATION, CERTIFICATE_HOLD,
                REMOVE_FROM_CRL, PRIVILEGE_WITHDRAWN, A_A_COMPROMISE)
PCA_API_ENUM_IN(acm, RenewalEligibility, ELIGIBLE, INELIGIBLE)
PCA_API_ENUM_IN(acm, RenewalStatus, PENDING_AUTO_RENEWAL, PENDING_VALIDATION, SUCCESS, FAILED)
PCA_API_ENUM_IN(acm, DomainStatus, PENDING_VALIDATION, SUCCESS, FAILED)
PCA_API_ENUM_IN(acm, ValidationMethod, EMAIL, DNS)
PCA_API_ENUM_IN(acm, CertificateTransparencyLoggingPreference, ENABLED, DISABLED)
PCA_API_ENUM_IN(acm, KeyUsageName, DIGITAL_SIGNATURE, NON_REPUDIATION, KEY_ENCIPHERMENT,
                DATA_ENCIPHERMENT, KEY_AGREEMENT, CERTIFICATE_SIGNING, CRL_SIGNING, ENCIPHER_ONLY,
                DECIPHER_ONLY, ANY, CUSTOM)
PCA_API_ENUM_IN(acm, ExtendedKeyUsageName, TLS_WEB_SERVER_AUTHENTICATION,
                TLS_WEB_CLIENT_AUTHENTICATION, CODE_SIGNING, EMAIL_PROTECTION, TIME_STAMPING,
                OCSP_SIGNING, IPSEC_END_SYSTEM, IPSEC_TUNNEL, IPSEC_USER, ANY, NONE, CUSTOM)
PCA_API_ENUM_IN(acm, SortBy, CREATED_AT)
PCA_API_ENUM_IN(acm, SortOrder, ASCENDING, DESCENDING)
PCA_API_ENUM_IN(acm, RecordType, CNAME)

namespace acm {

namespace rules {
using api::rules::none;
// An ACM certificate ARN (a malformed one is a ValidationException in ACM).
inline constexpr Rule arn{20, 2048,
                          R"(arn:[\w+=/,.@-]+:acm:[\w+=/,.@-]*:[0-9]+:[\w+=,.@-]+(/[\w+=,.@-]+)*)"};
inline constexpr Rule pcaArn{
    20, 2048, R"(arn:[\w+=/,.@-]+:acm-pca:[\w+=/,.@-]*:[0-9]+:[\w+=,.@-]+(/[\w+=,.@-]+)*)",
    "InvalidArnException"};
inline constexpr Rule domainName{
    1, 253,
    R"(^(\*\.)?(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])$)"};
inline constexpr Rule domainList{1, 100, nullptr, nullptr, &domainName};
inline constexpr Rule domainValidationOptionList{1, 100};
inline constexpr Rule idempotencyToken{1, 32, R"(\w+)"};
inline constexpr Rule passphrase{4, 128};
inline constexpr Rule maxItems{1, 1000};
inline constexpr Rule nextToken{1, 10000, "[\\x{0009}\\x{000A}\\x{000D}\\x{0020}-\\x{00FF}]*"};
inline constexpr Rule certificateBodyBlob{1, 32768};
inline constexpr Rule certificateChainBlob{1, 2097152};
inline constexpr Rule privateKeyBlob{1, 5120};
inline constexpr Rule positiveInteger{1};
using api::rules::tagList;
} // namespace rules

struct CertificateOptions
{
    std::optional<CertificateTransparencyLoggingPreference>
        certificateTransparencyLoggingPreference;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateTransparencyLoggingPreference", s.certificateTransparencyLoggingPreference,
          rules::none);
    }
};

struct ResourceRecord
{
    QString name;
    RecordType type = RecordType::CNAME;
    QString value;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Name", s.name, rules::none);
        v("Type", s.type, rules::none);
        v("Value", s.value, rules::none);
    }
};

struct DomainValidation
{
    QString domainName;
    std::optional<QList<QString>> validationEmails;
    std::optional<QString> validationDomain;
    std::optional<DomainStatus> validationStatus;
    std::optional<ResourceRecord> resourceRecord;
    std::optional<ValidationMethod> validationMethod;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("DomainName", s.domainName, rules::domainName);
        v("ValidationEmails", s.validationEmails, rules::none);
        v("ValidationDomain", s.validationDomain, rules::domainName);
        v("ValidationStatus", s.validationStatus, rules::none);
        v("ResourceRecord", s.resourceRecord, rules::none);
        v("ValidationMethod", s.validationMethod, rules::none);
    }
};

struct DomainValidationOption
{
    QString domainName;
    QString validationDomain;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("DomainName", s.domainName, rules::domainName);
        v("ValidationDomain", s.validationDomain, rules::domainName);
    }
};

struct RenewalSummary
{
    RenewalStatus renewalStatus = RenewalStatus::PENDING_AUTO_RENEWAL;
    QList<DomainValidation> domainValidationOptions;
    std::optional<FailureReason> renewalStatusReason;
    Timestamp updatedAt;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("RenewalStatus", s.renewalStatus, rules::none);
        v("DomainValidationOptions", s.domainValidationOptions, rules::none);
        v("RenewalStatusReason", s.renewalStatusReason, rules::none);
        v("UpdatedAt", s.updatedAt, rules::none);
    }
};

struct KeyUsage
{
    std::optional<KeyUsageName> name;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Name", s.name, rules::none);
    }
};

struct ExtendedKeyUsage
{
    std::optional<ExtendedKeyUsageName> name;
    std::optional<QString> oid;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Name", s.name, rules::none);
        v("OID", s.oid, rules::none);
    }
};

struct CertificateDetail
{
    std::optional<QString> certificateArn;
    std::optional<QString> domainName;
    std::optional<QList<QString>> subjectAlternativeNames;
    std::optional<QList<DomainValidation>> domainValidationOptions;
    std::optional<QString> serial;
    std::optional<QString> subject;
    std::optional<QString> issuer;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> issuedAt;
    std::optional<Timestamp> importedAt;
    std::optional<CertificateStatus> status;
    std::optional<Timestamp> revokedAt;
    std::optional<RevocationReason> revocationReason;
    std::optional<Timestamp> notBefore;
    std::optional<Timestamp> notAfter;
    std::optional<KeyAlgorithm> keyAlgorithm;
    std::optional<QString> signatureAlgorithm;
    std::optional<QList<QString>> inUseBy;
    std::optional<FailureReason> failureReason;
    std::optional<CertificateType> type;
    std::optional<RenewalSummary> renewalSummary;
    std::optional<QList<KeyUsage>> keyUsages;
    std::optional<QList<ExtendedKeyUsage>> extendedKeyUsages;
    std::optional<QString> certificateAuthorityArn;
    std::optional<RenewalEligibility> renewalEligibility;
    std::optional<CertificateOptions> options;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::none);
        v("DomainName", s.domainName, rules::none);
        v("SubjectAlternativeNames", s.subjectAlternativeNames, rules::none);
        v("DomainValidationOptions", s.domainValidationOptions, rules::none);
        v("Serial", s.serial, rules::none);
        v("Subject", s.subject, rules::none);
        v("Issuer", s.issuer, rules::none);
        v("CreatedAt", s.createdAt, rules::none);
        v("IssuedAt", s.issuedAt, rules::none);
        v("ImportedAt", s.importedAt, rules::none);
        v("Status", s.status, rules::none);
        v("RevokedAt", s.revokedAt, rules::none);
        v("RevocationReason", s.revocationReason, rules::none);
        v("NotBefore", s.notBefore, rules::none);
        v("NotAfter", s.notAfter, rules::none);
        v("KeyAlgorithm", s.keyAlgorithm, rules::none);
        v("SignatureAlgorithm", s.signatureAlgorithm, rules::none);
        v("InUseBy", s.inUseBy, rules::none);
        v("FailureReason", s.failureReason, rules::none);
        v("Type", s.type, rules::none);
        v("RenewalSummary", s.renewalSummary, rules::none);
        v("KeyUsages", s.keyUsages, rules::none);
        v("ExtendedKeyUsages", s.extendedKeyUsages, rules::none);
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::none);
        v("RenewalEligibility", s.renewalEligibility, rules::none);
        v("Options", s.options, rules::none);
    }
};

struct CertificateSummary
{
    std::optional<QString> certificateArn;
    std::optional<QString> domainName;
    std::optional<QList<QString>> subjectAlternativeNameSummaries;
    std::optional<bool> hasAdditionalSubjectAlternativeNames;
    std::optional<CertificateStatus> status;
    std::optional<CertificateType> type;
    std::optional<KeyAlgorithm> keyAlgorithm;
    std::optional<QList<KeyUsageName>> keyUsages;
    std::optional<QList<ExtendedKeyUsageName>> extendedKeyUsages;
    std::optional<bool> inUse;
    std::optional<bool> exported;
    std::optional<RenewalEligibility> renewalEligibility;
    std::optional<Timestamp> notBefore;
    std::optional<Timestamp> notAfter;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> issuedAt;
    std::optional<Timestamp> importedAt;
    std::optional<Timestamp> revokedAt;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::none);
        v("DomainName", s.domainName, rules::none);
        v("SubjectAlternativeNameSummaries", s.subjectAlternativeNameSummaries, rules::none);
        v("HasAdditionalSubjectAlternativeNames", s.hasAdditionalSubjectAlternativeNames,
          rules::none);
        v("Status", s.status, rules::none);
        v("Type", s.type, rules::none);
        v("KeyAlgorithm", s.keyAlgorithm, rules::none);
        v("KeyUsages", s.keyUsages, rules::none);
        v("ExtendedKeyUsages", s.extendedKeyUsages, rules::none);
        v("InUse", s.inUse, rules::none);
        v("Exported", s.exported, rules::none);
        v("RenewalEligibility", s.renewalEligibility, rules::none);
        v("NotBefore", s.notBefore, rules::none);
        v("NotAfter", s.notAfter, rules::none);
        v("CreatedAt", s.createdAt, rules::none);
        v("IssuedAt", s.issuedAt, rules::none);
        v("ImportedAt", s.importedAt, rules::none);
        v("RevokedAt", s.revokedAt, rules::none);
    }
};

struct Filters
{
    std::optional<QList<ExtendedKeyUsageName>> extendedKeyUsage;
    std::optional<QList<KeyUsageName>> keyUsage;
    std::optional<QList<KeyAlgorithm>> keyTypes;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("extendedKeyUsage", s.extendedKeyUsage, rules::none);
        v("keyUsage", s.keyUsage, rules::none);
        v("keyTypes", s.keyTypes, rules::none);
    }
};

struct ExpiryEventsConfiguration
{
    std::optional<int> daysBeforeExpiry;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("DaysBeforeExpiry", s.daysBeforeExpiry, rules::positiveInteger);
    }
};

// ---- operations -------------------------------------------------------------------------------

struct CertificateArnRequest
{
    QString certificateArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::arn);
    }
};
using DeleteCertificateRequest = CertificateArnRequest;
using DescribeCertificateRequest = CertificateArnRequest;
using GetCertificateRequest = CertificateArnRequest;
using ListTagsForCertificateRequest = CertificateArnRequest;
using RenewCertificateRequest = CertificateArnRequest;

struct TagsRequest
{
    QString certificateArn;
    QList<Tag> tags;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::arn);
        v("Tags", s.tags, rules::tagList);
    }
};
using AddTagsToCertificateRequest = TagsRequest;
using RemoveTagsFromCertificateRequest = TagsRequest;

struct ListTagsForCertificateResponse
{
    std::optional<QList<Tag>> tags;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Tags", s.tags, rules::none);
    }
};

struct DescribeCertificateResponse
{
    std::optional<CertificateDetail> certificate;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Certificate", s.certificate, rules::none);
    }
};

struct GetCertificateResponse
{
    std::optional<QString> certificate;
    std::optional<QString> certificateChain;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Certificate", s.certificate, rules::none);
        v("CertificateChain", s.certificateChain, rules::none);
    }
};

struct ExportCertificateRequest
{
    QString certificateArn;
    Blob passphrase;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::arn);
        v("Passphrase", s.passphrase, rules::passphrase);
    }
};

struct ExportCertificateResponse
{
    std::optional<QString> certificate;
    std::optional<QString> certificateChain;
    std::optional<QString> privateKey;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Certificate", s.certificate, rules::none);
        v("CertificateChain", s.certificateChain, rules::none);
        v("PrivateKey", s.privateKey, rules::none);
    }
};

struct ImportCertificateRequest
{
    std::optional<QString> certificateArn;
    Blob certificate;
    Blob privateKey;
    std::optional<Blob> certificateChain;
    std::optional<QList<Tag>> tags;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::arn);
        v("Certificate", s.certificate, rules::certificateBodyBlob);
        v("PrivateKey", s.privateKey, rules::privateKeyBlob);
        v("CertificateChain", s.certificateChain, rules::certificateChainBlob);
        v("Tags", s.tags, rules::tagList);
    }
};

struct CertificateArnResponse
{
    std::optional<QString> certificateArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::none);
    }
};
using ImportCertificateResponse = CertificateArnResponse;
using RequestCertificateResponse = CertificateArnResponse;

struct ListCertificatesRequest
{
    std::optional<QList<CertificateStatus>> certificateStatuses;
    std::optional<Filters> includes;
    std::optional<QString> nextToken;
    std::optional<int> maxItems;
    std::optional<SortBy> sortBy;
    std::optional<SortOrder> sortOrder;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateStatuses", s.certificateStatuses, rules::none);
        v("Includes", s.includes, rules::none);
        v("NextToken", s.nextToken, rules::nextToken);
        v("MaxItems", s.maxItems, rules::maxItems);
        v("SortBy", s.sortBy, rules::none);
        v("SortOrder", s.sortOrder, rules::none);
    }
};

struct ListCertificatesResponse
{
    std::optional<QString> nextToken;
    std::optional<QList<CertificateSummary>> certificateSummaryList;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("NextToken", s.nextToken, rules::none);
        v("CertificateSummaryList", s.certificateSummaryList, rules::none);
    }
};

struct RequestCertificateRequest
{
    QString domainName;
    std::optional<ValidationMethod> validationMethod;
    std::optional<QList<QString>> subjectAlternativeNames;
    std::optional<QString> idempotencyToken;
    std::optional<QList<DomainValidationOption>> domainValidationOptions;
    std::optional<CertificateOptions> options;
    std::optional<QString> certificateAuthorityArn;
    std::optional<QList<Tag>> tags;
    std::optional<KeyAlgorithm> keyAlgorithm;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("DomainName", s.domainName, rules::domainName);
        v("ValidationMethod", s.validationMethod, rules::none);
        v("SubjectAlternativeNames", s.subjectAlternativeNames, rules::domainList);
        v("IdempotencyToken", s.idempotencyToken, rules::idempotencyToken);
        v("DomainValidationOptions", s.domainValidationOptions, rules::domainValidationOptionList);
        v("Options", s.options, rules::none);
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::pcaArn);
        v("Tags", s.tags, rules::tagList);
        v("KeyAlgorithm", s.keyAlgorithm, rules::none);
    }
};

struct ResendValidationEmailRequest
{
    QString certificateArn;
    QString domain;
    QString validationDomain;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::arn);
        v("Domain", s.domain, rules::domainName);
        v("ValidationDomain", s.validationDomain, rules::domainName);
    }
};

struct UpdateCertificateOptionsRequest
{
    QString certificateArn;
    CertificateOptions options;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::arn);
        v("Options", s.options, rules::none);
    }
};

struct GetAccountConfigurationRequest
{
    template <class S, class V>
    static void fields(S &, V &)
    {}
};

struct GetAccountConfigurationResponse
{
    std::optional<ExpiryEventsConfiguration> expiryEvents;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ExpiryEvents", s.expiryEvents, rules::none);
    }
};

struct PutAccountConfigurationRequest
{
    std::optional<ExpiryEventsConfiguration> expiryEvents;
    QString idempotencyToken;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ExpiryEvents", s.expiryEvents, rules::none);
        v("IdempotencyToken", s.idempotencyToken, rules::idempotencyToken);
    }
};

} // namespace acm
} // namespace pca::api

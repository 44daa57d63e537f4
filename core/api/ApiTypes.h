// Typed shapes of the ACM PCA API (2017-08-22).
//
// Every structure declares its members once, in `fields()`: wire name, storage and the
// constraint of the API model. Required members are plain values, optional members are
// std::optional. The generic JSON reader/writer (ApiJson.h) and the constraint validator
// (ApiValidation.h) are driven by these declarations, so a shape is described exactly once.
#pragma once

#include "api/Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace pca::api {

// A constraint from the API model: length (strings, blobs, lists) or value range (numbers),
// an optional regular expression (matched against the whole value) and, where the API reports
// a violation with a dedicated exception, its name.
struct Rule
{
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
    const char *pattern = nullptr;
    const char *exception = nullptr;
    // For lists: the constraint of each element (none when null).
    const Rule *element = nullptr;
};

namespace rules {
inline constexpr Rule none{};
inline constexpr Rule arn{
    5, 200, R"(arn:[\w+=/,.@-]+:acm-pca:[\w+=/,.@-]*:[0-9]*:[\w+=,.@-]+(/[\w+=,.@-]+)*)",
    "InvalidArnException"};
inline constexpr Rule accountId{12, 12, "[0-9]+"};
inline constexpr Rule printable64{0, 64, R"([a-zA-Z0-9'()+\-.?:/= ]*)"};
inline constexpr Rule countryCode{2, 2, "[A-Za-z]{2}"};
inline constexpr Rule string3{0, 3};
inline constexpr Rule string5{0, 5};
inline constexpr Rule string16{0, 16};
inline constexpr Rule string39{0, 39};
inline constexpr Rule string40{0, 40};
inline constexpr Rule string64{0, 64};
inline constexpr Rule string128{0, 128};
inline constexpr Rule string253{0, 253};
inline constexpr Rule string256{0, 256};
inline constexpr Rule string1To256{1, 256};
inline constexpr Rule oid{0, 64, R"(([0-2])\.([0-9]|([0-3][0-9]))((\.([0-9]+)){0,126}))"};
inline constexpr Rule customAttributeList{1, 150};
inline constexpr Rule customExtensionList{1, 150};
inline constexpr Rule generalNameList{1, 150};
inline constexpr Rule extendedKeyUsageList{1, 20};
inline constexpr Rule certificatePolicyList{1, 20};
inline constexpr Rule policyQualifierList{1, 20};
inline constexpr Rule base64To4096{
    1, 4096, R"((?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)"};
inline constexpr Rule cname{0, 253, R"([-a-zA-Z0-9;/?:@&=+$,%_.!~*()']*)"};
inline constexpr Rule crlPath{
    0, 253, R"((/|[-a-zA-Z0-9;?:@&=+$,%_.!~*()']+(/[-a-zA-Z0-9;?:@&=+$,%_.!~*()']+)*))"};
inline constexpr Rule s3BucketName{3, 63};
inline constexpr Rule s3BucketName3To255{3, 255, R"([-a-zA-Z0-9._/]+)"};
inline constexpr Rule s3Key{0, 1024};
inline constexpr Rule integer1To5000{1, 5000};
inline constexpr Rule permanentDeletionDays{7, 30};
inline constexpr Rule maxResults{1, 1000};
inline constexpr Rule nextToken{1, 43739, nullptr, "InvalidNextTokenException"};
inline constexpr Rule idempotencyToken{1, 36, "[\\x{0009}\\x{000A}\\x{000D}\\x{0020}-\\x{00FF}]*"};
inline constexpr Rule awsPolicy{1, 81920, "[\\x{0009}\\x{000A}\\x{000D}\\x{0020}-\\x{00FF}]+",
                                "InvalidPolicyException"};
inline constexpr Rule principal{0, 128, "[^*]+"};
inline constexpr Rule actionList{1, 3};
inline constexpr Rule tagList{1, 50};
inline constexpr Rule tagKey{1, 128, R"(([\p{L}\p{Z}\p{N}_.:/=+\-@]*))", "InvalidTagException"};
inline constexpr Rule tagValue{0, 256, R"(([\p{L}\p{Z}\p{N}_.:/=+\-@]*))", "InvalidTagException"};
inline constexpr Rule auditReportId{36, 36,
                                    "[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}"};
inline constexpr Rule csrBlob{1, 32768};
inline constexpr Rule certificateBodyBlob{1, 32768};
inline constexpr Rule certificateChainBlob{0, 2097152};
inline constexpr Rule positiveLong{1};
} // namespace rules

// Timestamps travel as epoch seconds; inside the engine they are UTC QDateTime values.
using Timestamp = QDateTime;
// Blobs travel base64-encoded in JSON; inside the engine they are raw bytes.
using Blob = QByteArray;

struct CustomAttribute
{
    QString objectIdentifier;
    QString value;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ObjectIdentifier", s.objectIdentifier, rules::oid);
        v("Value", s.value, rules::string1To256);
    }
};

struct Asn1Subject
{
    std::optional<QString> country;
    std::optional<QString> organization;
    std::optional<QString> organizationalUnit;
    std::optional<QString> distinguishedNameQualifier;
    std::optional<QString> state;
    std::optional<QString> commonName;
    std::optional<QString> serialNumber;
    std::optional<QString> locality;
    std::optional<QString> title;
    std::optional<QString> surname;
    std::optional<QString> givenName;
    std::optional<QString> initials;
    std::optional<QString> pseudonym;
    std::optional<QString> generationQualifier;
    std::optional<QList<CustomAttribute>> customAttributes;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Country", s.country, rules::countryCode);
        v("Organization", s.organization, rules::string64);
        v("OrganizationalUnit", s.organizationalUnit, rules::string64);
        v("DistinguishedNameQualifier", s.distinguishedNameQualifier, rules::printable64);
        v("State", s.state, rules::string128);
        v("CommonName", s.commonName, rules::string64);
        v("SerialNumber", s.serialNumber, rules::printable64);
        v("Locality", s.locality, rules::string128);
        v("Title", s.title, rules::string64);
        v("Surname", s.surname, rules::string40);
        v("GivenName", s.givenName, rules::string16);
        v("Initials", s.initials, rules::string5);
        v("Pseudonym", s.pseudonym, rules::string128);
        v("GenerationQualifier", s.generationQualifier, rules::string3);
        v("CustomAttributes", s.customAttributes, rules::customAttributeList);
    }
};

struct KeyUsage
{
    std::optional<bool> digitalSignature;
    std::optional<bool> nonRepudiation;
    std::optional<bool> keyEncipherment;
    std::optional<bool> dataEncipherment;
    std::optional<bool> keyAgreement;
    std::optional<bool> keyCertSign;
    std::optional<bool> crlSign;
    std::optional<bool> encipherOnly;
    std::optional<bool> decipherOnly;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("DigitalSignature", s.digitalSignature, rules::none);
        v("NonRepudiation", s.nonRepudiation, rules::none);
        v("KeyEncipherment", s.keyEncipherment, rules::none);
        v("DataEncipherment", s.dataEncipherment, rules::none);
        v("KeyAgreement", s.keyAgreement, rules::none);
        v("KeyCertSign", s.keyCertSign, rules::none);
        v("CRLSign", s.crlSign, rules::none);
        v("EncipherOnly", s.encipherOnly, rules::none);
        v("DecipherOnly", s.decipherOnly, rules::none);
    }
};

struct OtherName
{
    QString typeId;
    QString value;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("TypeId", s.typeId, rules::oid);
        v("Value", s.value, rules::string256);
    }
};

struct EdiPartyName
{
    QString partyName;
    std::optional<QString> nameAssigner;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("PartyName", s.partyName, rules::string256);
        v("NameAssigner", s.nameAssigner, rules::string256);
    }
};

struct GeneralName
{
    std::optional<OtherName> otherName;
    std::optional<QString> rfc822Name;
    std::optional<QString> dnsName;
    std::optional<Asn1Subject> directoryName;
    std::optional<EdiPartyName> ediPartyName;
    std::optional<QString> uniformResourceIdentifier;
    std::optional<QString> ipAddress;
    std::optional<QString> registeredId;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("OtherName", s.otherName, rules::none);
        v("Rfc822Name", s.rfc822Name, rules::string256);
        v("DnsName", s.dnsName, rules::string253);
        v("DirectoryName", s.directoryName, rules::none);
        v("EdiPartyName", s.ediPartyName, rules::none);
        v("UniformResourceIdentifier", s.uniformResourceIdentifier, rules::string253);
        v("IpAddress", s.ipAddress, rules::string39);
        v("RegisteredId", s.registeredId, rules::oid);
    }
};

struct AccessMethod
{
    std::optional<QString> customObjectIdentifier;
    std::optional<AccessMethodType> accessMethodType;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CustomObjectIdentifier", s.customObjectIdentifier, rules::oid);
        v("AccessMethodType", s.accessMethodType, rules::none);
    }
};

struct AccessDescription
{
    AccessMethod accessMethod;
    GeneralName accessLocation;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("AccessMethod", s.accessMethod, rules::none);
        v("AccessLocation", s.accessLocation, rules::none);
    }
};

struct CsrExtensions
{
    std::optional<KeyUsage> keyUsage;
    std::optional<QList<AccessDescription>> subjectInformationAccess;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("KeyUsage", s.keyUsage, rules::none);
        v("SubjectInformationAccess", s.subjectInformationAccess, rules::none);
    }
};

struct CertificateAuthorityConfiguration
{
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::RSA_2048;
    SigningAlgorithm signingAlgorithm = SigningAlgorithm::SHA256WITHRSA;
    Asn1Subject subject;
    std::optional<CsrExtensions> csrExtensions;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("KeyAlgorithm", s.keyAlgorithm, rules::none);
        v("SigningAlgorithm", s.signingAlgorithm, rules::none);
        v("Subject", s.subject, rules::none);
        v("CsrExtensions", s.csrExtensions, rules::none);
    }
};

struct CrlDistributionPointExtensionConfiguration
{
    bool omitExtension = false;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("OmitExtension", s.omitExtension, rules::none);
    }
};

struct CrlConfiguration
{
    bool enabled = false;
    std::optional<int> expirationInDays;
    std::optional<QString> customCname;
    std::optional<QString> s3BucketName;
    std::optional<S3ObjectAcl> s3ObjectAcl;
    std::optional<CrlDistributionPointExtensionConfiguration>
        crlDistributionPointExtensionConfiguration;
    std::optional<CrlType> crlType;
    std::optional<QString> customPath;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Enabled", s.enabled, rules::none);
        v("ExpirationInDays", s.expirationInDays, rules::integer1To5000);
        v("CustomCname", s.customCname, rules::cname);
        v("S3BucketName", s.s3BucketName, rules::s3BucketName3To255);
        v("S3ObjectAcl", s.s3ObjectAcl, rules::none);
        v("CrlDistributionPointExtensionConfiguration",
          s.crlDistributionPointExtensionConfiguration, rules::none);
        v("CrlType", s.crlType, rules::none);
        v("CustomPath", s.customPath, rules::crlPath);
    }
};

struct OcspConfiguration
{
    bool enabled = false;
    std::optional<QString> ocspCustomCname;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Enabled", s.enabled, rules::none);
        v("OcspCustomCname", s.ocspCustomCname, rules::cname);
    }
};

struct RevocationConfiguration
{
    std::optional<CrlConfiguration> crlConfiguration;
    std::optional<OcspConfiguration> ocspConfiguration;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CrlConfiguration", s.crlConfiguration, rules::none);
        v("OcspConfiguration", s.ocspConfiguration, rules::none);
    }
};

struct Tag
{
    QString key;
    std::optional<QString> value;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Key", s.key, rules::tagKey);
        v("Value", s.value, rules::tagValue);
    }
};

struct Validity
{
    qint64 value = 0;
    ValidityPeriodType type = ValidityPeriodType::DAYS;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Value", s.value, rules::positiveLong);
        v("Type", s.type, rules::none);
    }
};

struct Qualifier
{
    QString cpsUri;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CpsUri", s.cpsUri, rules::string256);
    }
};

struct PolicyQualifierInfo
{
    PolicyQualifierId policyQualifierId = PolicyQualifierId::CPS;
    Qualifier qualifier;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("PolicyQualifierId", s.policyQualifierId, rules::none);
        v("Qualifier", s.qualifier, rules::none);
    }
};

struct PolicyInformation
{
    QString certPolicyId;
    std::optional<QList<PolicyQualifierInfo>> policyQualifiers;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertPolicyId", s.certPolicyId, rules::oid);
        v("PolicyQualifiers", s.policyQualifiers, rules::policyQualifierList);
    }
};

struct ExtendedKeyUsage
{
    std::optional<ExtendedKeyUsageType> extendedKeyUsageType;
    std::optional<QString> extendedKeyUsageObjectIdentifier;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ExtendedKeyUsageType", s.extendedKeyUsageType, rules::none);
        v("ExtendedKeyUsageObjectIdentifier", s.extendedKeyUsageObjectIdentifier, rules::oid);
    }
};

struct CustomExtension
{
    QString objectIdentifier;
    QString value; // base64 of the DER extension value
    std::optional<bool> critical;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ObjectIdentifier", s.objectIdentifier, rules::oid);
        v("Value", s.value, rules::base64To4096);
        v("Critical", s.critical, rules::none);
    }
};

struct Extensions
{
    std::optional<QList<PolicyInformation>> certificatePolicies;
    std::optional<QList<ExtendedKeyUsage>> extendedKeyUsage;
    std::optional<KeyUsage> keyUsage;
    std::optional<QList<GeneralName>> subjectAlternativeNames;
    std::optional<QList<CustomExtension>> customExtensions;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificatePolicies", s.certificatePolicies, rules::certificatePolicyList);
        v("ExtendedKeyUsage", s.extendedKeyUsage, rules::extendedKeyUsageList);
        v("KeyUsage", s.keyUsage, rules::none);
        v("SubjectAlternativeNames", s.subjectAlternativeNames, rules::generalNameList);
        v("CustomExtensions", s.customExtensions, rules::customExtensionList);
    }
};

struct ApiPassthrough
{
    std::optional<Extensions> extensions;
    std::optional<Asn1Subject> subject;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Extensions", s.extensions, rules::none);
        v("Subject", s.subject, rules::none);
    }
};

struct CertificateAuthority
{
    std::optional<QString> arn;
    std::optional<QString> ownerAccount;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> lastStateChangeAt;
    std::optional<CertificateAuthorityType> type;
    std::optional<QString> serial;
    std::optional<CertificateAuthorityStatus> status;
    std::optional<Timestamp> notBefore;
    std::optional<Timestamp> notAfter;
    std::optional<FailureReason> failureReason;
    std::optional<CertificateAuthorityConfiguration> certificateAuthorityConfiguration;
    std::optional<RevocationConfiguration> revocationConfiguration;
    std::optional<Timestamp> restorableUntil;
    std::optional<KeyStorageSecurityStandard> keyStorageSecurityStandard;
    std::optional<CertificateAuthorityUsageMode> usageMode;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Arn", s.arn, rules::none);
        v("OwnerAccount", s.ownerAccount, rules::none);
        v("CreatedAt", s.createdAt, rules::none);
        v("LastStateChangeAt", s.lastStateChangeAt, rules::none);
        v("Type", s.type, rules::none);
        v("Serial", s.serial, rules::none);
        v("Status", s.status, rules::none);
        v("NotBefore", s.notBefore, rules::none);
        v("NotAfter", s.notAfter, rules::none);
        v("FailureReason", s.failureReason, rules::none);
        v("CertificateAuthorityConfiguration", s.certificateAuthorityConfiguration, rules::none);
        v("RevocationConfiguration", s.revocationConfiguration, rules::none);
        v("RestorableUntil", s.restorableUntil, rules::none);
        v("KeyStorageSecurityStandard", s.keyStorageSecurityStandard, rules::none);
        v("UsageMode", s.usageMode, rules::none);
    }
};

struct Permission
{
    std::optional<QString> certificateAuthorityArn;
    std::optional<Timestamp> createdAt;
    std::optional<QString> principal;
    std::optional<QString> sourceAccount;
    std::optional<QList<ActionType>> actions;
    std::optional<QString> policy;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::none);
        v("CreatedAt", s.createdAt, rules::none);
        v("Principal", s.principal, rules::none);
        v("SourceAccount", s.sourceAccount, rules::none);
        v("Actions", s.actions, rules::none);
        v("Policy", s.policy, rules::none);
    }
};

// ---- Requests and responses, one pair per action ---------------------------------------------

struct EmptyResponse
{
    template <class S, class V>
    static void fields(S &, V &)
    {}
};

struct CreateCertificateAuthorityRequest
{
    CertificateAuthorityConfiguration certificateAuthorityConfiguration;
    std::optional<RevocationConfiguration> revocationConfiguration;
    CertificateAuthorityType certificateAuthorityType = CertificateAuthorityType::ROOT;
    std::optional<QString> idempotencyToken;
    std::optional<KeyStorageSecurityStandard> keyStorageSecurityStandard;
    std::optional<QList<Tag>> tags;
    std::optional<CertificateAuthorityUsageMode> usageMode;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityConfiguration", s.certificateAuthorityConfiguration, rules::none);
        v("RevocationConfiguration", s.revocationConfiguration, rules::none);
        v("CertificateAuthorityType", s.certificateAuthorityType, rules::none);
        v("IdempotencyToken", s.idempotencyToken, rules::idempotencyToken);
        v("KeyStorageSecurityStandard", s.keyStorageSecurityStandard, rules::none);
        v("Tags", s.tags, rules::tagList);
        v("UsageMode", s.usageMode, rules::none);
    }
};

struct CreateCertificateAuthorityResponse
{
    std::optional<QString> certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::none);
    }
};

struct CreateCertificateAuthorityAuditReportRequest
{
    QString certificateAuthorityArn;
    QString s3BucketName;
    AuditReportResponseFormat auditReportResponseFormat = AuditReportResponseFormat::JSON;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("S3BucketName", s.s3BucketName, rules::s3BucketName);
        v("AuditReportResponseFormat", s.auditReportResponseFormat, rules::none);
    }
};

struct CreateCertificateAuthorityAuditReportResponse
{
    std::optional<QString> auditReportId;
    std::optional<QString> s3Key;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("AuditReportId", s.auditReportId, rules::none);
        v("S3Key", s.s3Key, rules::none);
    }
};

struct CreatePermissionRequest
{
    QString certificateAuthorityArn;
    QString principal;
    std::optional<QString> sourceAccount;
    QList<ActionType> actions;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("Principal", s.principal, rules::principal);
        v("SourceAccount", s.sourceAccount, rules::accountId);
        v("Actions", s.actions, rules::actionList);
    }
};

struct DeleteCertificateAuthorityRequest
{
    QString certificateAuthorityArn;
    std::optional<int> permanentDeletionTimeInDays;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("PermanentDeletionTimeInDays", s.permanentDeletionTimeInDays,
          rules::permanentDeletionDays);
    }
};

struct DeletePermissionRequest
{
    QString certificateAuthorityArn;
    QString principal;
    std::optional<QString> sourceAccount;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("Principal", s.principal, rules::principal);
        v("SourceAccount", s.sourceAccount, rules::accountId);
    }
};

struct DeletePolicyRequest
{
    QString resourceArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ResourceArn", s.resourceArn, rules::arn);
    }
};

struct DescribeCertificateAuthorityRequest
{
    QString certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
    }
};

struct DescribeCertificateAuthorityResponse
{
    std::optional<CertificateAuthority> certificateAuthority;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthority", s.certificateAuthority, rules::none);
    }
};

struct DescribeCertificateAuthorityAuditReportRequest
{
    QString certificateAuthorityArn;
    QString auditReportId;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("AuditReportId", s.auditReportId, rules::auditReportId);
    }
};

struct DescribeCertificateAuthorityAuditReportResponse
{
    std::optional<AuditReportStatus> auditReportStatus;
    std::optional<QString> s3BucketName;
    std::optional<QString> s3Key;
    std::optional<Timestamp> createdAt;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("AuditReportStatus", s.auditReportStatus, rules::none);
        v("S3BucketName", s.s3BucketName, rules::none);
        v("S3Key", s.s3Key, rules::none);
        v("CreatedAt", s.createdAt, rules::none);
    }
};

struct GetCertificateRequest
{
    QString certificateAuthorityArn;
    QString certificateArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("CertificateArn", s.certificateArn, rules::arn);
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

struct GetCertificateAuthorityCertificateRequest
{
    QString certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
    }
};

using GetCertificateAuthorityCertificateResponse = GetCertificateResponse;

struct GetCertificateAuthorityCsrRequest
{
    QString certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
    }
};

struct GetCertificateAuthorityCsrResponse
{
    std::optional<QString> csr;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Csr", s.csr, rules::none);
    }
};

struct GetPolicyRequest
{
    QString resourceArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ResourceArn", s.resourceArn, rules::arn);
    }
};

struct GetPolicyResponse
{
    std::optional<QString> policy;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Policy", s.policy, rules::none);
    }
};

struct ImportCertificateAuthorityCertificateRequest
{
    QString certificateAuthorityArn;
    Blob certificate;
    std::optional<Blob> certificateChain;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("Certificate", s.certificate, rules::certificateBodyBlob);
        v("CertificateChain", s.certificateChain, rules::certificateChainBlob);
    }
};

struct IssueCertificateRequest
{
    std::optional<ApiPassthrough> apiPassthrough;
    QString certificateAuthorityArn;
    Blob csr;
    SigningAlgorithm signingAlgorithm = SigningAlgorithm::SHA256WITHRSA;
    std::optional<QString> templateArn;
    Validity validity;
    std::optional<Validity> validityNotBefore;
    std::optional<QString> idempotencyToken;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ApiPassthrough", s.apiPassthrough, rules::none);
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("Csr", s.csr, rules::csrBlob);
        v("SigningAlgorithm", s.signingAlgorithm, rules::none);
        v("TemplateArn", s.templateArn, rules::arn);
        v("Validity", s.validity, rules::none);
        v("ValidityNotBefore", s.validityNotBefore, rules::none);
        v("IdempotencyToken", s.idempotencyToken, rules::idempotencyToken);
    }
};

struct IssueCertificateResponse
{
    std::optional<QString> certificateArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::none);
    }
};

struct ListCertificateAuthoritiesRequest
{
    std::optional<int> maxResults;
    std::optional<QString> nextToken;
    std::optional<ResourceOwner> resourceOwner;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("MaxResults", s.maxResults, rules::maxResults);
        v("NextToken", s.nextToken, rules::nextToken);
        v("ResourceOwner", s.resourceOwner, rules::none);
    }
};

struct ListCertificateAuthoritiesResponse
{
    std::optional<QString> nextToken;
    std::optional<QList<CertificateAuthority>> certificateAuthorities;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("NextToken", s.nextToken, rules::none);
        v("CertificateAuthorities", s.certificateAuthorities, rules::none);
    }
};

struct ListPermissionsRequest
{
    std::optional<int> maxResults;
    std::optional<QString> nextToken;
    QString certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("MaxResults", s.maxResults, rules::maxResults);
        v("NextToken", s.nextToken, rules::nextToken);
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
    }
};

struct ListPermissionsResponse
{
    std::optional<QString> nextToken;
    std::optional<QList<Permission>> permissions;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("NextToken", s.nextToken, rules::none);
        v("Permissions", s.permissions, rules::none);
    }
};

struct ListTagsRequest
{
    std::optional<int> maxResults;
    std::optional<QString> nextToken;
    QString certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("MaxResults", s.maxResults, rules::maxResults);
        v("NextToken", s.nextToken, rules::nextToken);
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
    }
};

struct ListTagsResponse
{
    std::optional<QString> nextToken;
    std::optional<QList<Tag>> tags;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("NextToken", s.nextToken, rules::none);
        v("Tags", s.tags, rules::none);
    }
};

struct PutPolicyRequest
{
    QString resourceArn;
    QString policy;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("ResourceArn", s.resourceArn, rules::arn);
        v("Policy", s.policy, rules::awsPolicy);
    }
};

struct RestoreCertificateAuthorityRequest
{
    QString certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
    }
};

struct RevokeCertificateRequest
{
    QString certificateAuthorityArn;
    QString certificateSerial;
    RevocationReason revocationReason = RevocationReason::UNSPECIFIED;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("CertificateSerial", s.certificateSerial, rules::string128);
        v("RevocationReason", s.revocationReason, rules::none);
    }
};

struct TagCertificateAuthorityRequest
{
    QString certificateAuthorityArn;
    QList<Tag> tags;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("Tags", s.tags, rules::tagList);
    }
};

using UntagCertificateAuthorityRequest = TagCertificateAuthorityRequest;

struct UpdateCertificateAuthorityRequest
{
    QString certificateAuthorityArn;
    std::optional<RevocationConfiguration> revocationConfiguration;
    std::optional<CertificateAuthorityStatus> status;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("RevocationConfiguration", s.revocationConfiguration, rules::none);
        v("Status", s.status, rules::none);
    }
};

} // namespace pca::api

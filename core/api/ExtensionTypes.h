// Shapes of the server's own extension to the ACM PCA API: what the desktop needs from a
// remote server and AWS's API does not offer (the certificate inventory of a CA, expiry counts,
// the audit reports and the CRL state of a CA, the issuing CA of a CA). Served by
// privateca-server as AWS JSON 1.1 with "X-Amz-Target: PrivateCaManager.<Operation>", signed
// for service acm-pca (docs/server.md). Declared like the API's shapes, so the same generic
// JSON codecs (ApiJson.h) and constraint checks (ApiValidation.h) apply. Times are epoch
// milliseconds.
#pragma once

#include "api/ApiTypes.h"

namespace pca::api::extension {

inline constexpr const char *kTargetPrefix = "PrivateCaManager.";

namespace rules {
using namespace api::rules;
inline constexpr Rule search{0, 256};
inline constexpr Rule statusFilter{0, 16, "ALL|VALID|REVOKED|EXPIRED"};
inline constexpr Rule sortBy{0, 16, "ISSUED_AT|SERIAL|SUBJECT|NOT_BEFORE|NOT_AFTER|REVOKED_AT"};
inline constexpr Rule cursorValue{0, 1024};
inline constexpr Rule serial{0, 64, "[0-9a-f]*"};
// Milliseconds from 1970 up to the year 9999; -1 stands for "no value" in a cursor.
inline constexpr Rule timeMs{-1, 253402300799999};
inline constexpr Rule timeMsElement{0, 253402300799999};
inline constexpr Rule boundaries{2, 121, nullptr, nullptr, &timeMsElement}; // ten years by month
} // namespace rules

// A CA named by its ARN (the input of most operations).
struct CertificateAuthorityRequest
{
    QString certificateAuthorityArn;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
    }
};

// QueryCertificates (one page, keyset pagination) and CountCertificates (the paging members
// are ignored).
struct QueryCertificatesRequest
{
    QString certificateAuthorityArn;
    std::optional<QString> search;       // substring of subject, SANs or serial
    std::optional<QString> status;       // ALL (default), VALID, REVOKED, EXPIRED
    std::optional<qint64> nowMs;         // reference time of VALID / EXPIRED (default: now)
    std::optional<QString> sortBy;       // ISSUED_AT (default), …
    std::optional<bool> descending;      // default true
    std::optional<QString> afterValue;   // cursor: the sort column's value of the last row
    std::optional<QString> afterSerial;  // cursor: the serial of the last row
    std::optional<int> maxResults;       // 1..1000, default 200
    std::optional<bool> withCertificate; // include the DER certificate
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("Search", s.search, rules::search);
        v("Status", s.status, rules::statusFilter);
        v("NowMs", s.nowMs, rules::timeMs);
        v("SortBy", s.sortBy, rules::sortBy);
        v("Descending", s.descending, rules::none);
        v("AfterValue", s.afterValue, rules::cursorValue);
        v("AfterSerial", s.afterSerial, rules::serial);
        v("MaxResults", s.maxResults, rules::maxResults);
        v("WithCertificate", s.withCertificate, rules::none);
    }
};

struct InventoryCertificate
{
    QString certificateArn;
    QString serial;
    QString subject;
    std::optional<QString> subjectAlternativeNames;
    std::optional<QString> templateArn;
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
    qint64 issuedAtMs = 0;
    std::optional<qint64> revokedAtMs;
    std::optional<RevocationReason> revocationReason;
    std::optional<QString> requestedBy;
    std::optional<QString> crlPartition;
    QString state;                         // VALID, REVOKED, EXPIRED
    std::optional<QByteArray> certificate; // DER
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateArn", s.certificateArn, rules::none);
        v("Serial", s.serial, rules::none);
        v("Subject", s.subject, rules::none);
        v("SubjectAlternativeNames", s.subjectAlternativeNames, rules::none);
        v("TemplateArn", s.templateArn, rules::none);
        v("NotBeforeMs", s.notBeforeMs, rules::none);
        v("NotAfterMs", s.notAfterMs, rules::none);
        v("IssuedAtMs", s.issuedAtMs, rules::none);
        v("RevokedAtMs", s.revokedAtMs, rules::none);
        v("RevocationReason", s.revocationReason, rules::none);
        v("RequestedBy", s.requestedBy, rules::none);
        v("CrlPartition", s.crlPartition, rules::none);
        v("State", s.state, rules::none);
        v("Certificate", s.certificate, rules::none);
    }
};

struct QueryCertificatesResponse
{
    QList<InventoryCertificate> certificates;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Certificates", s.certificates, rules::none);
    }
};

struct CountResponse
{
    qint64 count = 0;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Count", s.count, rules::none);
    }
};

// Non-revoked certificates expiring in [BoundariesMs[i], BoundariesMs[i+1]) for each i.
struct CountExpiringRequest
{
    QString certificateAuthorityArn;
    QList<qint64> boundariesMs;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("CertificateAuthorityArn", s.certificateAuthorityArn, rules::arn);
        v("BoundariesMs", s.boundariesMs, rules::boundaries);
    }
};

struct CountExpiringResponse
{
    QList<qint64> counts;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Counts", s.counts, rules::none);
    }
};

struct AuditReportEntry
{
    QString auditReportId;
    QString s3BucketName;
    QString s3Key;
    AuditReportResponseFormat auditReportResponseFormat = AuditReportResponseFormat::JSON;
    AuditReportStatus auditReportStatus = AuditReportStatus::CREATING;
    qint64 createdAtMs = 0;
    std::optional<qint64> completedAtMs;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("AuditReportId", s.auditReportId, rules::none);
        v("S3BucketName", s.s3BucketName, rules::none);
        v("S3Key", s.s3Key, rules::none);
        v("AuditReportResponseFormat", s.auditReportResponseFormat, rules::none);
        v("AuditReportStatus", s.auditReportStatus, rules::none);
        v("CreatedAtMs", s.createdAtMs, rules::none);
        v("CompletedAtMs", s.completedAtMs, rules::none);
    }
};

struct ListAuditReportsResponse
{
    QList<AuditReportEntry> auditReports;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("AuditReports", s.auditReports, rules::none);
    }
};

struct GetCrlStatusResponse
{
    bool enabled = false;
    qint64 crlNumber = 0;
    std::optional<qint64> lastGeneratedAtMs;
    std::optional<qint64> nextUpdateMs;
    std::optional<QString> s3BucketName;
    std::optional<QString> s3ObjectKey;
    std::optional<QString> distributionPointUrl;
    qint64 partitionCount = 0;
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("Enabled", s.enabled, rules::none);
        v("CrlNumber", s.crlNumber, rules::none);
        v("LastGeneratedAtMs", s.lastGeneratedAtMs, rules::none);
        v("NextUpdateMs", s.nextUpdateMs, rules::none);
        v("S3BucketName", s.s3BucketName, rules::none);
        v("S3ObjectKey", s.s3ObjectKey, rules::none);
        v("DistributionPointUrl", s.distributionPointUrl, rules::none);
        v("PartitionCount", s.partitionCount, rules::none);
    }
};

struct GetIssuerResponse
{
    std::optional<QString> issuerArn; // absent: a root, or signed outside the store
    template <class S, class V>
    static void fields(S &s, V &v)
    {
        v("IssuerArn", s.issuerArn, rules::none);
    }
};

} // namespace pca::api::extension

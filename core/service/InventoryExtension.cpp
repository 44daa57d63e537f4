#include "service/InventoryExtension.h"

#include "api/ApiJson.h"
#include "api/ApiValidation.h"

#include <QDateTime>

namespace pca::extension {

namespace ext = api::extension;
using SortColumn = store::CertificateQuery::SortColumn;
using StatusFilter = store::CertificateQuery::StatusFilter;

namespace {

struct SortName
{
    SortColumn column;
    const char *name;
};
constexpr SortName kSortNames[] = {
    {SortColumn::IssuedAt, "ISSUED_AT"}, {SortColumn::Serial, "SERIAL"},
    {SortColumn::Subject, "SUBJECT"},    {SortColumn::NotBefore, "NOT_BEFORE"},
    {SortColumn::NotAfter, "NOT_AFTER"}, {SortColumn::RevokedAt, "REVOKED_AT"},
};

struct StatusName
{
    StatusFilter status;
    const char *name;
};
constexpr StatusName kStatusNames[] = {
    {StatusFilter::All, "ALL"},
    {StatusFilter::Valid, "VALID"},
    {StatusFilter::Revoked, "REVOKED"},
    {StatusFilter::Expired, "EXPIRED"},
};

bool isTextColumn(SortColumn column)
{
    return column == SortColumn::Serial || column == SortColumn::Subject;
}

const char *stateName(CertificateSummary::State state)
{
    switch (state) {
    case CertificateSummary::State::Revoked:
        return "REVOKED";
    case CertificateSummary::State::Expired:
        return "EXPIRED";
    case CertificateSummary::State::Valid:
        break;
    }
    return "VALID";
}

template <typename Request>
Request readRequest(const QJsonObject &input)
{
    Request request = api::fromJson<Request>(input);
    api::validateShape(request);
    return request;
}

QJsonObject queryCertificates(PrivateCaService &service, const QJsonObject &input)
{
    const auto request = readRequest<ext::QueryCertificatesRequest>(input);
    const QString caId =
        service.authorizeOnCertificateAuthority("GetCertificate", request.certificateAuthorityArn);
    ext::QueryCertificatesResponse response;
    for (const CertificateSummary &summary :
         service.queryCertificates(toQuery(request, caId, service.clock().nowMs())))
        response.certificates.append(toShape(summary));
    return api::toJson(response);
}

QJsonObject countCertificates(PrivateCaService &service, const QJsonObject &input)
{
    const auto request = readRequest<ext::QueryCertificatesRequest>(input);
    const QString caId =
        service.authorizeOnCertificateAuthority("GetCertificate", request.certificateAuthorityArn);
    return api::toJson(ext::CountResponse{
        service.countCertificates(toQuery(request, caId, service.clock().nowMs()))});
}

QJsonObject countExpiring(PrivateCaService &service, const QJsonObject &input)
{
    const auto request = readRequest<ext::CountExpiringRequest>(input);
    service.authorizeOnCertificateAuthority("GetCertificate", request.certificateAuthorityArn);
    ext::CountExpiringResponse response;
    for (qsizetype i = 0; i + 1 < request.boundariesMs.size(); ++i)
        response.counts << service.countExpiringBetween(request.certificateAuthorityArn,
                                                        request.boundariesMs.at(i),
                                                        request.boundariesMs.at(i + 1));
    return api::toJson(response);
}

QJsonObject listAuditReports(PrivateCaService &service, const QJsonObject &input)
{
    const auto request = readRequest<ext::CertificateAuthorityRequest>(input);
    service.authorizeOnCertificateAuthority("DescribeCertificateAuthorityAuditReport",
                                            request.certificateAuthorityArn);
    ext::ListAuditReportsResponse response;
    for (const store::AuditReportRecord &record :
         service.listAuditReports(request.certificateAuthorityArn))
        response.auditReports.append(toShape(record));
    return api::toJson(response);
}

QJsonObject getCrlStatus(PrivateCaService &service, const QJsonObject &input)
{
    const auto request = readRequest<ext::CertificateAuthorityRequest>(input);
    service.authorizeOnCertificateAuthority("DescribeCertificateAuthority",
                                            request.certificateAuthorityArn);
    return api::toJson(toShape(service.crlStatus(request.certificateAuthorityArn)));
}

QJsonObject getIssuer(PrivateCaService &service, const QJsonObject &input)
{
    const auto request = readRequest<ext::CertificateAuthorityRequest>(input);
    service.authorizeOnCertificateAuthority("DescribeCertificateAuthority",
                                            request.certificateAuthorityArn);
    ext::GetIssuerResponse response;
    const QString issuer = service.issuingCertificateAuthorityArn(request.certificateAuthorityArn);
    if (!issuer.isEmpty())
        response.issuerArn = issuer;
    return api::toJson(response);
}

using Invoker = QJsonObject (*)(PrivateCaService &, const QJsonObject &);
struct Operation
{
    const char *name;
    Invoker invoke;
};
constexpr Operation kOperations[] = {
    {"QueryCertificates", &queryCertificates}, {"CountCertificates", &countCertificates},
    {"CountExpiring", &countExpiring},         {"ListAuditReports", &listAuditReports},
    {"GetCrlStatus", &getCrlStatus},           {"GetIssuer", &getIssuer},
};

} // namespace

QStringList operationNames()
{
    QStringList names;
    for (const Operation &operation : kOperations)
        names << QString::fromLatin1(operation.name);
    return names;
}

QJsonObject invoke(PrivateCaService &service, const QString &operation, const QJsonObject &input)
{
    for (const Operation &candidate : kOperations) {
        if (operation == QLatin1StringView(candidate.name))
            return candidate.invoke(service, input);
    }
    throw PcaError(errors::UnknownOperation,
                   QStringLiteral("Unknown operation %1%2.")
                       .arg(QLatin1StringView(ext::kTargetPrefix), operation.left(128)));
}

// ---- conversions -------------------------------------------------------------------------------

ext::QueryCertificatesRequest toRequest(const QString &caArn, const store::CertificateQuery &query)
{
    ext::QueryCertificatesRequest request;
    request.certificateAuthorityArn = caArn;
    if (!query.search.isEmpty())
        request.search = query.search;
    for (const StatusName &status : kStatusNames) {
        if (status.status == query.status)
            request.status = QString::fromLatin1(status.name);
    }
    if (query.nowMs > 0)
        request.nowMs = query.nowMs;
    for (const SortName &sort : kSortNames) {
        if (sort.column == query.sortColumn)
            request.sortBy = QString::fromLatin1(sort.name);
    }
    request.descending = query.descending;
    if (query.afterValue) {
        // A null cursor value (a certificate that is not revoked, sorted by RevokedAt) sorts
        // as -1, as the store compares it.
        request.afterValue =
            query.afterValue->isNull() ? QStringLiteral("-1") : query.afterValue->toString();
        request.afterSerial = query.afterSerial;
    }
    request.maxResults = query.limit;
    if (query.withDer)
        request.withCertificate = true;
    return request;
}

store::CertificateQuery toQuery(const ext::QueryCertificatesRequest &request, const QString &caId,
                                qint64 nowMs)
{
    store::CertificateQuery query;
    query.caId = caId;
    query.search = request.search.value_or(QString());
    for (const StatusName &status : kStatusNames) {
        if (request.status == QLatin1StringView(status.name))
            query.status = status.status;
    }
    query.nowMs = request.nowMs.value_or(nowMs);
    for (const SortName &sort : kSortNames) {
        if (request.sortBy == QLatin1StringView(sort.name))
            query.sortColumn = sort.column;
    }
    query.descending = request.descending.value_or(true);
    if (request.afterValue || request.afterSerial) {
        const QString value = request.afterValue.value_or(QString());
        if (isTextColumn(query.sortColumn)) {
            query.afterValue = value;
        } else {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok) {
                throw PcaError(errors::Validation,
                               QStringLiteral("Value '%1' at 'afterValue' failed to satisfy "
                                              "constraint: Member must be an integer for this "
                                              "sort order")
                                   .arg(value.left(64)));
            }
            query.afterValue = number;
        }
        query.afterSerial = request.afterSerial.value_or(QString());
    }
    query.limit = request.maxResults.value_or(200);
    query.withDer = request.withCertificate.value_or(false);
    return query;
}

ext::InventoryCertificate toShape(const CertificateSummary &summary)
{
    const store::CertificateRecord &r = summary.record;
    ext::InventoryCertificate shape;
    shape.certificateArn = summary.arn;
    shape.serial = r.serial;
    shape.subject = r.subject;
    if (!r.subjectAltNames.isEmpty())
        shape.subjectAlternativeNames = r.subjectAltNames;
    if (!r.templateArn.isEmpty())
        shape.templateArn = r.templateArn;
    shape.notBeforeMs = r.notBefore;
    shape.notAfterMs = r.notAfter;
    shape.issuedAtMs = r.issuedAt;
    shape.revokedAtMs = r.revokedAt;
    shape.revocationReason = r.revocationReason;
    if (!r.requestedBy.isEmpty())
        shape.requestedBy = r.requestedBy;
    if (!r.crlPartition.isEmpty())
        shape.crlPartition = r.crlPartition;
    shape.state = QString::fromLatin1(stateName(summary.state));
    if (!r.certificate.isEmpty())
        shape.certificate = r.certificate;
    return shape;
}

CertificateSummary fromShape(const ext::InventoryCertificate &shape, const QString &caId)
{
    CertificateSummary summary;
    summary.arn = shape.certificateArn;
    store::CertificateRecord &r = summary.record;
    r.caId = caId;
    r.serial = shape.serial;
    r.certificate = shape.certificate.value_or(QByteArray());
    r.subject = shape.subject;
    r.subjectAltNames = shape.subjectAlternativeNames.value_or(QString());
    r.templateArn = shape.templateArn.value_or(QString());
    r.notBefore = shape.notBeforeMs;
    r.notAfter = shape.notAfterMs;
    r.issuedAt = shape.issuedAtMs;
    r.revokedAt = shape.revokedAtMs;
    r.revocationReason = shape.revocationReason;
    r.requestedBy = shape.requestedBy.value_or(QString());
    r.crlPartition = shape.crlPartition.value_or(QString());
    summary.state = shape.state == QLatin1StringView("REVOKED") ? CertificateSummary::State::Revoked
                    : shape.state == QLatin1StringView("EXPIRED")
                        ? CertificateSummary::State::Expired
                        : CertificateSummary::State::Valid;
    return summary;
}

ext::AuditReportEntry toShape(const store::AuditReportRecord &record)
{
    ext::AuditReportEntry shape;
    shape.auditReportId = record.id;
    shape.s3BucketName = record.bucket;
    shape.s3Key = record.key;
    shape.auditReportResponseFormat = record.format;
    shape.auditReportStatus = record.status;
    shape.createdAtMs = record.createdAt;
    shape.completedAtMs = record.completedAt;
    return shape;
}

store::AuditReportRecord fromShape(const ext::AuditReportEntry &shape, const QString &caId)
{
    store::AuditReportRecord record;
    record.id = shape.auditReportId;
    record.caId = caId;
    record.bucket = shape.s3BucketName;
    record.key = shape.s3Key;
    record.format = shape.auditReportResponseFormat;
    record.status = shape.auditReportStatus;
    record.createdAt = shape.createdAtMs;
    record.completedAt = shape.completedAtMs;
    return record;
}

ext::GetCrlStatusResponse toShape(const CrlStatus &status)
{
    ext::GetCrlStatusResponse shape;
    shape.enabled = status.enabled;
    shape.crlNumber = status.crlNumber;
    shape.lastGeneratedAtMs = status.lastGeneratedAt;
    shape.nextUpdateMs = status.nextUpdate;
    if (!status.bucket.isEmpty())
        shape.s3BucketName = status.bucket;
    if (!status.objectKey.isEmpty())
        shape.s3ObjectKey = status.objectKey;
    if (!status.distributionPointUrl.isEmpty())
        shape.distributionPointUrl = status.distributionPointUrl;
    shape.partitionCount = status.partitionCount;
    return shape;
}

CrlStatus fromShape(const ext::GetCrlStatusResponse &shape)
{
    CrlStatus status;
    status.enabled = shape.enabled;
    status.crlNumber = shape.crlNumber;
    status.lastGeneratedAt = shape.lastGeneratedAtMs;
    status.nextUpdate = shape.nextUpdateMs;
    status.bucket = shape.s3BucketName.value_or(QString());
    status.objectKey = shape.s3ObjectKey.value_or(QString());
    status.distributionPointUrl = shape.distributionPointUrl.value_or(QString());
    status.partitionCount = shape.partitionCount;
    return status;
}

} // namespace pca::extension

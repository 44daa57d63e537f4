// The engine side of the server's extension to the ACM PCA API (api/ExtensionTypes.h): each
// operation authorized for the caller in scope as the API action it reads like, then run on
// the engine; plus the conversions between the extension's shapes and the engine's types that
// the server and the desktop's remote client share.
#pragma once

#include "api/ExtensionTypes.h"
#include "service/PrivateCaService.h"

#include <QJsonObject>
#include <QStringList>

namespace pca::extension {

// The operations, by wire name, and the acm-pca action each is authorized as (on the CA):
//   QueryCertificates, CountCertificates, CountExpiring -> acm-pca:GetCertificate
//   ListAuditReports -> acm-pca:DescribeCertificateAuthorityAuditReport
//   GetCrlStatus, GetIssuer -> acm-pca:DescribeCertificateAuthority
QStringList operationNames();
// Runs one operation for the caller in scope: parses and validates `input` (PcaError
// ValidationException / SerializationException), authorizes, runs. UnknownOperationException
// for a name not in operationNames().
QJsonObject invoke(PrivateCaService &service, const QString &operation, const QJsonObject &input);

// ---- conversions ---------------------------------------------------------------------------
api::extension::QueryCertificatesRequest toRequest(const QString &caArn,
                                                   const store::CertificateQuery &query);
store::CertificateQuery toQuery(const api::extension::QueryCertificatesRequest &request,
                                const QString &caId, qint64 nowMs);
api::extension::InventoryCertificate toShape(const CertificateSummary &summary);
CertificateSummary fromShape(const api::extension::InventoryCertificate &shape,
                             const QString &caId);
api::extension::AuditReportEntry toShape(const store::AuditReportRecord &record);
store::AuditReportRecord fromShape(const api::extension::AuditReportEntry &shape,
                                   const QString &caId);
api::extension::GetCrlStatusResponse toShape(const CrlStatus &status);
CrlStatus fromShape(const api::extension::GetCrlStatusResponse &shape);

} // namespace pca::extension

#include "LocalPrivateCaClient.h"

namespace pca::models {

LocalPrivateCaClient::LocalPrivateCaClient(PrivateCaService &service, int workers, QObject *parent)
    : PrivateCaClient(parent)
    , m_service(service)
    , m_calls(this, workers, [this](bool busy) { Q_EMIT busyChanged(busy); })
{
    connect(&service, &PrivateCaService::certificateAuthorityChanged, this,
            &PrivateCaClient::certificateAuthorityChanged);
    connect(&service, &PrivateCaService::certificateIssued, this,
            &PrivateCaClient::certificateIssued);
    connect(&service, &PrivateCaService::certificateRevoked, this,
            &PrivateCaClient::certificateRevoked);
    connect(&service, &PrivateCaService::permissionsChanged, this,
            &PrivateCaClient::permissionsChanged);
    connect(&service, &PrivateCaService::tagsChanged, this, &PrivateCaClient::tagsChanged);
    connect(&service, &PrivateCaService::policyChanged, this, &PrivateCaClient::policyChanged);
    connect(&service, &PrivateCaService::auditReportChanged, this,
            &PrivateCaClient::auditReportChanged);
    connect(&service, &PrivateCaService::crlPublished, this, &PrivateCaClient::crlPublished);
}

LocalPrivateCaClient::~LocalPrivateCaClient() = default;

QString LocalPrivateCaClient::accountId() const
{
    return m_service.identity().accountId;
}

QString LocalPrivateCaClient::region() const
{
    return m_service.identity().region;
}

void LocalPrivateCaClient::waitForIdle()
{
    m_calls.waitForIdle();
}

// ---- the ACM PCA actions ----------------------------------------------------------------------

void LocalPrivateCaClient::createCertificateAuthority(
    const api::CreateCertificateAuthorityRequest &request, QObject *receiver,
    Handler<api::CreateCertificateAuthorityResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_service.createCertificateAuthority(request); });
}

void LocalPrivateCaClient::createCertificateAuthorityAuditReport(
    const api::CreateCertificateAuthorityAuditReportRequest &request, QObject *receiver,
    Handler<api::CreateCertificateAuthorityAuditReportResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_service.createCertificateAuthorityAuditReport(request); });
}

void LocalPrivateCaClient::createPermission(const api::CreatePermissionRequest &request,
                                            QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.createPermission(request);
        return Done{};
    });
}

void LocalPrivateCaClient::deleteCertificateAuthority(
    const api::DeleteCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.deleteCertificateAuthority(request);
        return Done{};
    });
}

void LocalPrivateCaClient::deletePermission(const api::DeletePermissionRequest &request,
                                            QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.deletePermission(request);
        return Done{};
    });
}

void LocalPrivateCaClient::deletePolicy(const api::DeletePolicyRequest &request, QObject *receiver,
                                        Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.deletePolicy(request);
        return Done{};
    });
}

void LocalPrivateCaClient::describeCertificateAuthority(const QString &caArn, QObject *receiver,
                                                        Handler<api::CertificateAuthority> handler)
{
    run(receiver, std::move(handler), [this, caArn] {
        return *m_service.describeCertificateAuthority({caArn}).certificateAuthority;
    });
}

void LocalPrivateCaClient::describeCertificateAuthorityAuditReport(
    const api::DescribeCertificateAuthorityAuditReportRequest &request, QObject *receiver,
    Handler<api::DescribeCertificateAuthorityAuditReportResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_service.describeCertificateAuthorityAuditReport(request); });
}

void LocalPrivateCaClient::getCertificate(const api::GetCertificateRequest &request,
                                          QObject *receiver,
                                          Handler<api::GetCertificateResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_service.getCertificate(request); });
}

void LocalPrivateCaClient::getCertificateAuthorityCertificate(
    const QString &caArn, QObject *receiver,
    Handler<api::GetCertificateAuthorityCertificateResponse> handler)
{
    run(receiver, std::move(handler),
        [this, caArn] { return m_service.getCertificateAuthorityCertificate({caArn}); });
}

void LocalPrivateCaClient::getCertificateAuthorityCsr(const QString &caArn, QObject *receiver,
                                                      Handler<QString> handler)
{
    run(receiver, std::move(handler), [this, caArn] {
        return m_service.getCertificateAuthorityCsr({caArn}).csr.value_or(QString());
    });
}

void LocalPrivateCaClient::getPolicy(const QString &resourceArn, QObject *receiver,
                                     Handler<QString> handler)
{
    run(receiver, std::move(handler), [this, resourceArn] {
        return m_service.getPolicy({resourceArn}).policy.value_or(QString());
    });
}

void LocalPrivateCaClient::importCertificateAuthorityCertificate(
    const api::ImportCertificateAuthorityCertificateRequest &request, QObject *receiver,
    Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.importCertificateAuthorityCertificate(request);
        return Done{};
    });
}

void LocalPrivateCaClient::issueCertificate(const api::IssueCertificateRequest &request,
                                            QObject *receiver,
                                            Handler<api::IssueCertificateResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_service.issueCertificate(request); });
}

void LocalPrivateCaClient::listCertificateAuthorities(
    const api::ListCertificateAuthoritiesRequest &request, QObject *receiver,
    Handler<api::ListCertificateAuthoritiesResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_service.listCertificateAuthorities(request); });
}

void LocalPrivateCaClient::listPermissions(const api::ListPermissionsRequest &request,
                                           QObject *receiver,
                                           Handler<api::ListPermissionsResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_service.listPermissions(request); });
}

void LocalPrivateCaClient::listTags(const api::ListTagsRequest &request, QObject *receiver,
                                    Handler<api::ListTagsResponse> handler)
{
    run(receiver, std::move(handler), [this, request] { return m_service.listTags(request); });
}

void LocalPrivateCaClient::putPolicy(const api::PutPolicyRequest &request, QObject *receiver,
                                     Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.putPolicy(request);
        return Done{};
    });
}

void LocalPrivateCaClient::restoreCertificateAuthority(const QString &caArn, QObject *receiver,
                                                       Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, caArn] {
        m_service.restoreCertificateAuthority({caArn});
        return Done{};
    });
}

void LocalPrivateCaClient::revokeCertificate(const api::RevokeCertificateRequest &request,
                                             QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.revokeCertificate(request);
        return Done{};
    });
}

void LocalPrivateCaClient::tagCertificateAuthority(
    const api::TagCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.tagCertificateAuthority(request);
        return Done{};
    });
}

void LocalPrivateCaClient::untagCertificateAuthority(
    const api::UntagCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.untagCertificateAuthority(request);
        return Done{};
    });
}

void LocalPrivateCaClient::updateCertificateAuthority(
    const api::UpdateCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_service.updateCertificateAuthority(request);
        return Done{};
    });
}

// ---- beyond the API ----------------------------------------------------------------------------

void LocalPrivateCaClient::listCertificateAuthorityEntries(
    QObject *receiver, Handler<QList<CertificateAuthorityEntry>> handler)
{
    run(receiver, std::move(handler), [this] {
        QList<CertificateAuthorityEntry> entries;
        api::ListCertificateAuthoritiesRequest request;
        request.maxResults = 100;
        do {
            const api::ListCertificateAuthoritiesResponse page =
                m_service.listCertificateAuthorities(request);
            for (const api::CertificateAuthority &ca :
                 page.certificateAuthorities.value_or(QList<api::CertificateAuthority>())) {
                CertificateAuthorityEntry entry;
                entry.ca = ca;
                entry.issuerArn =
                    m_service.issuingCertificateAuthorityArn(ca.arn.value_or(QString()));
                entries.append(std::move(entry));
            }
            request.nextToken = page.nextToken;
        } while (request.nextToken);
        return entries;
    });
}

void LocalPrivateCaClient::describeCertificateAuthorityEntry(
    const QString &caArn, QObject *receiver, Handler<CertificateAuthorityEntry> handler)
{
    run(receiver, std::move(handler), [this, caArn] {
        CertificateAuthorityEntry entry;
        entry.ca = *m_service.describeCertificateAuthority({caArn}).certificateAuthority;
        entry.issuerArn = m_service.issuingCertificateAuthorityArn(caArn);
        return entry;
    });
}

void LocalPrivateCaClient::listAllPermissions(const QString &caArn, QObject *receiver,
                                              Handler<QList<api::Permission>> handler)
{
    run(receiver, std::move(handler), [this, caArn] {
        QList<api::Permission> all;
        api::ListPermissionsRequest request;
        request.certificateAuthorityArn = caArn;
        do {
            const api::ListPermissionsResponse page = m_service.listPermissions(request);
            all += page.permissions.value_or(QList<api::Permission>());
            request.nextToken = page.nextToken;
        } while (request.nextToken);
        return all;
    });
}

void LocalPrivateCaClient::listAllTags(const QString &caArn, QObject *receiver,
                                       Handler<QList<api::Tag>> handler)
{
    run(receiver, std::move(handler), [this, caArn] {
        QList<api::Tag> all;
        api::ListTagsRequest request;
        request.certificateAuthorityArn = caArn;
        do {
            const api::ListTagsResponse page = m_service.listTags(request);
            all += page.tags.value_or(QList<api::Tag>());
            request.nextToken = page.nextToken;
        } while (request.nextToken);
        return all;
    });
}

void LocalPrivateCaClient::acmRenewalAuthorization(const QString &caArn, QObject *receiver,
                                                   Handler<AcmRenewalAuthorization> handler)
{
    run(receiver, std::move(handler),
        [this, caArn] { return m_service.acmRenewalAuthorization(caArn); });
}

void LocalPrivateCaClient::queryCertificates(const store::CertificateQuery &query,
                                             QObject *receiver,
                                             Handler<QList<CertificateSummary>> handler)
{
    run(receiver, std::move(handler), [this, query] { return m_service.queryCertificates(query); });
}

void LocalPrivateCaClient::countCertificates(const store::CertificateQuery &query,
                                             QObject *receiver, Handler<qint64> handler)
{
    run(receiver, std::move(handler), [this, query] { return m_service.countCertificates(query); });
}

void LocalPrivateCaClient::countExpiring(const QString &caArn, const QList<qint64> &boundaries,
                                         QObject *receiver, Handler<QList<qint64>> handler)
{
    run(receiver, std::move(handler), [this, caArn, boundaries] {
        QList<qint64> counts;
        for (qsizetype i = 0; i + 1 < boundaries.size(); ++i)
            counts << m_service.countExpiringBetween(caArn, boundaries.at(i), boundaries.at(i + 1));
        return counts;
    });
}

void LocalPrivateCaClient::listAuditReports(const QString &caArn, QObject *receiver,
                                            Handler<QList<store::AuditReportRecord>> handler)
{
    run(receiver, std::move(handler), [this, caArn] { return m_service.listAuditReports(caArn); });
}

void LocalPrivateCaClient::crlStatus(const QString &caArn, QObject *receiver,
                                     Handler<CrlStatus> handler)
{
    run(receiver, std::move(handler), [this, caArn] { return m_service.crlStatus(caArn); });
}

void LocalPrivateCaClient::currentCrl(const QString &caArn, QObject *receiver,
                                      Handler<QByteArray> handler)
{
    run(receiver, std::move(handler), [this, caArn] { return m_service.currentCrl(caArn); });
}

void LocalPrivateCaClient::generateCrl(const QString &caArn, QObject *receiver,
                                       Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, caArn] {
        m_service.generateCrl(caArn);
        return Done{};
    });
}

void LocalPrivateCaClient::getObject(const QString &bucket, const QString &key, QObject *receiver,
                                     Handler<store::StoredObject> handler)
{
    run(receiver, std::move(handler), [this, bucket, key] {
        std::optional<store::StoredObject> object = m_service.getObject(bucket, key);
        if (!object) {
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("There is no object %1 in bucket %2.").arg(key, bucket));
        }
        return *object;
    });
}

void LocalPrivateCaClient::checkRevocationConfiguration(
    const api::RevocationConfiguration &configuration, QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, configuration] {
        m_service.checkRevocationConfiguration(configuration);
        return Done{};
    });
}

void LocalPrivateCaClient::publicBaseUrl(QObject *receiver, Handler<QString> handler)
{
    run(receiver, std::move(handler), [this] { return m_service.publicBaseUrl(); });
}

void LocalPrivateCaClient::setStoredPublicBaseUrl(const QString &url, QObject *receiver,
                                                  Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, url] {
        m_service.setStoredPublicBaseUrl(url);
        return Done{};
    });
}

void LocalPrivateCaClient::runMaintenance(QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this] {
        m_service.runMaintenance();
        return Done{};
    });
}

} // namespace pca::models

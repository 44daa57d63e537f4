#include "RemotePrivateCaClient.h"

#include "api/ApiJson.h"
#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "service/InventoryExtension.h"

#include <QSet>
#include <QTimer>

#include <memory>

namespace pca::models {

namespace ext = api::extension;

namespace {

constexpr const char *kService = "acm-pca";
constexpr const char *kTargetPrefix = "ACMPrivateCA.";
constexpr const char *kAcmPrincipal = "acm.amazonaws.com";
// How long a change the server makes later is watched for (key generation, audit reports).
constexpr int kWatchAttempts = 600;

// Converts an answer's JSON into a shape; a shape the answer does not fit is an error.
template <typename Response>
Reply<Response> decode(const QJsonObject &object)
{
    try {
        return Reply<Response>(api::fromJson<Response>(object));
    } catch (const PcaError &error) {
        return Reply<Response>(
            PcaError(remoteErrors::BadAnswer,
                     QStringLiteral("The server's answer does not have the API's shape: %1")
                         .arg(error.message())));
    }
}

} // namespace

RemotePrivateCaClient::RemotePrivateCaClient(RemoteConnection *connection, CallerIdentity identity,
                                             QObject *parent)
    : PrivateCaClient(parent)
    , m_connection(connection)
    , m_identity(std::move(identity))
{
    connect(connection, &RemoteConnection::busyChanged, this, &PrivateCaClient::busyChanged);
}

RemotePrivateCaClient::~RemotePrivateCaClient() = default;

QString RemotePrivateCaClient::region() const
{
    return m_connection->endpoint().region;
}

QString RemotePrivateCaClient::location() const
{
    return m_connection->location();
}

bool RemotePrivateCaClient::isBusy() const
{
    return m_connection->isBusy();
}

QString RemotePrivateCaClient::unavailableReason(Feature feature) const
{
    switch (feature) {
    case Feature::StoreLocation:
    case Feature::PublicBaseUrl:
        return tr("Connected to %1: the store and its public URL are the server's settings "
                  "(privateca-server --data-dir and --public-url).")
            .arg(location());
    case Feature::GenerateCrl:
        return tr("Connected to %1: the server publishes CRLs itself, on time and after each "
                  "revocation.")
            .arg(location());
    }
    return QString();
}

template <typename Response, typename Request>
void RemotePrivateCaClient::call(const char *operation, const Request &request, QObject *receiver,
                                 Handler<Response> handler,
                                 std::function<void(const Response &)> after)
{
    // Answers come to this client (so `after` never outlives it) and are handed on unless the
    // receiver is gone; `after` reports changes even then (the models still want them).
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    m_connection->callJson(
        kService, QByteArray(kTargetPrefix) + operation, api::toJson(request), this,
        [handler = std::move(handler), after = std::move(after), guard,
         guarded](const Reply<QJsonObject> &reply) {
            const Reply<Response> response =
                reply.ok() ? decode<Response>(reply.value()) : Reply<Response>(reply.error());
            if (response.ok() && after)
                after(response.value());
            if (handler && (!guarded || guard))
                handler(response);
        });
}

template <typename Request>
void RemotePrivateCaClient::callDone(const char *operation, const Request &request,
                                     QObject *receiver, Handler<Done> handler,
                                     std::function<void()> after)
{
    // The change is reported even when the receiver is gone (the models still want it).
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    m_connection->callJson(kService, QByteArray(kTargetPrefix) + operation, api::toJson(request),
                           this,
                           [handler = std::move(handler), after = std::move(after), guard,
                            guarded](const Reply<QJsonObject> &reply) {
                               if (reply.ok() && after)
                                   after();
                               if (!handler || (guarded && !guard))
                                   return;
                               if (reply.ok())
                                   handler(Done{});
                               else
                                   handler(reply.error());
                           });
}

template <typename Response, typename Request>
void RemotePrivateCaClient::callExtension(const char *operation, const Request &request,
                                          QObject *receiver, Handler<Response> handler)
{
    m_connection->callJson(kService, QByteArray(ext::kTargetPrefix) + operation,
                           api::toJson(request), receiver,
                           [handler = std::move(handler)](const Reply<QJsonObject> &reply) {
                               if (handler)
                                   handler(reply.ok() ? decode<Response>(reply.value())
                                                      : Reply<Response>(reply.error()));
                           });
}

QString RemotePrivateCaClient::caArnForId(const QString &caId) const
{
    const QString known = m_caArns.value(caId);
    if (!known.isEmpty())
        return known;
    return QStringLiteral("arn:aws:acm-pca:%1:%2:certificate-authority/%3")
        .arg(region(), accountId(), caId);
}

void RemotePrivateCaClient::remember(const api::CertificateAuthority &ca)
{
    if (ca.arn)
        m_caArns.insert(caIdFromArn(*ca.arn), *ca.arn);
}

void RemotePrivateCaClient::watchCreation(const QString &caArn, int attemptsLeft)
{
    QTimer::singleShot(m_pollMs, this, [this, caArn, attemptsLeft] {
        describeCertificateAuthority(
            caArn, this, [this, caArn, attemptsLeft](const Reply<api::CertificateAuthority> &r) {
                if (r.ok() &&
                    r.value().status.value_or(api::CertificateAuthorityStatus::CREATING) !=
                        api::CertificateAuthorityStatus::CREATING) {
                    Q_EMIT certificateAuthorityChanged(caArn);
                    return;
                }
                if (attemptsLeft > 1)
                    watchCreation(caArn, attemptsLeft - 1);
            });
    });
}

void RemotePrivateCaClient::watchAuditReport(const QString &caArn, const QString &reportId,
                                             int attemptsLeft)
{
    QTimer::singleShot(m_pollMs, this, [this, caArn, reportId, attemptsLeft] {
        api::DescribeCertificateAuthorityAuditReportRequest request;
        request.certificateAuthorityArn = caArn;
        request.auditReportId = reportId;
        describeCertificateAuthorityAuditReport(
            request, this,
            [this, caArn, reportId,
             attemptsLeft](const Reply<api::DescribeCertificateAuthorityAuditReportResponse> &r) {
                if (r.ok() &&
                    r.value().auditReportStatus.value_or(api::AuditReportStatus::CREATING) !=
                        api::AuditReportStatus::CREATING) {
                    Q_EMIT auditReportChanged(caArn, reportId);
                    return;
                }
                if (attemptsLeft > 1)
                    watchAuditReport(caArn, reportId, attemptsLeft - 1);
            });
    });
}

// ---- the ACM PCA actions ----------------------------------------------------------------------

void RemotePrivateCaClient::createCertificateAuthority(
    const api::CreateCertificateAuthorityRequest &request, QObject *receiver,
    Handler<api::CreateCertificateAuthorityResponse> handler)
{
    call<api::CreateCertificateAuthorityResponse>(
        "CreateCertificateAuthority", request, receiver, std::move(handler),
        [this](const api::CreateCertificateAuthorityResponse &response) {
            const QString arn = response.certificateAuthorityArn.value_or(QString());
            if (arn.isEmpty())
                return;
            m_caArns.insert(caIdFromArn(arn), arn);
            Q_EMIT certificateAuthorityChanged(arn);
            watchCreation(arn, kWatchAttempts);
        });
}

void RemotePrivateCaClient::createCertificateAuthorityAuditReport(
    const api::CreateCertificateAuthorityAuditReportRequest &request, QObject *receiver,
    Handler<api::CreateCertificateAuthorityAuditReportResponse> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    call<api::CreateCertificateAuthorityAuditReportResponse>(
        "CreateCertificateAuthorityAuditReport", request, receiver, std::move(handler),
        [this, caArn](const api::CreateCertificateAuthorityAuditReportResponse &response) {
            const QString id = response.auditReportId.value_or(QString());
            Q_EMIT auditReportChanged(caArn, id);
            if (!id.isEmpty())
                watchAuditReport(caArn, id, kWatchAttempts);
        });
}

void RemotePrivateCaClient::createPermission(const api::CreatePermissionRequest &request,
                                             QObject *receiver, Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    callDone("CreatePermission", request, receiver, std::move(handler),
             [this, caArn] { Q_EMIT permissionsChanged(caArn); });
}

void RemotePrivateCaClient::deleteCertificateAuthority(
    const api::DeleteCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    callDone("DeleteCertificateAuthority", request, receiver, std::move(handler),
             [this, caArn] { Q_EMIT certificateAuthorityChanged(caArn); });
}

void RemotePrivateCaClient::deletePermission(const api::DeletePermissionRequest &request,
                                             QObject *receiver, Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    callDone("DeletePermission", request, receiver, std::move(handler),
             [this, caArn] { Q_EMIT permissionsChanged(caArn); });
}

void RemotePrivateCaClient::deletePolicy(const api::DeletePolicyRequest &request, QObject *receiver,
                                         Handler<Done> handler)
{
    const QString arn = request.resourceArn;
    callDone("DeletePolicy", request, receiver, std::move(handler),
             [this, arn] { Q_EMIT policyChanged(arn); });
}

void RemotePrivateCaClient::describeCertificateAuthority(const QString &caArn, QObject *receiver,
                                                         Handler<api::CertificateAuthority> handler)
{
    call<api::DescribeCertificateAuthorityResponse>(
        "DescribeCertificateAuthority", api::DescribeCertificateAuthorityRequest{caArn}, receiver,
        [this, handler = std::move(handler)](
            const Reply<api::DescribeCertificateAuthorityResponse> &reply) {
            if (!handler)
                return;
            if (!reply.ok()) {
                handler(reply.error());
            } else if (!reply.value().certificateAuthority) {
                handler(PcaError(remoteErrors::BadAnswer,
                                 QStringLiteral("The server described no certificate "
                                                "authority.")));
            } else {
                remember(*reply.value().certificateAuthority);
                handler(*reply.value().certificateAuthority);
            }
        });
}

void RemotePrivateCaClient::describeCertificateAuthorityAuditReport(
    const api::DescribeCertificateAuthorityAuditReportRequest &request, QObject *receiver,
    Handler<api::DescribeCertificateAuthorityAuditReportResponse> handler)
{
    call<api::DescribeCertificateAuthorityAuditReportResponse>(
        "DescribeCertificateAuthorityAuditReport", request, receiver, std::move(handler));
}

void RemotePrivateCaClient::getCertificate(const api::GetCertificateRequest &request,
                                           QObject *receiver,
                                           Handler<api::GetCertificateResponse> handler)
{
    call<api::GetCertificateResponse>("GetCertificate", request, receiver, std::move(handler));
}

void RemotePrivateCaClient::getCertificateAuthorityCertificate(
    const QString &caArn, QObject *receiver,
    Handler<api::GetCertificateAuthorityCertificateResponse> handler)
{
    call<api::GetCertificateAuthorityCertificateResponse>(
        "GetCertificateAuthorityCertificate", api::GetCertificateAuthorityCertificateRequest{caArn},
        receiver, std::move(handler));
}

void RemotePrivateCaClient::getCertificateAuthorityCsr(const QString &caArn, QObject *receiver,
                                                       Handler<QString> handler)
{
    call<api::GetCertificateAuthorityCsrResponse>(
        "GetCertificateAuthorityCsr", api::GetCertificateAuthorityCsrRequest{caArn}, receiver,
        [handler = std::move(handler)](const Reply<api::GetCertificateAuthorityCsrResponse> &r) {
            if (handler)
                handler(r.ok() ? Reply<QString>(r.value().csr.value_or(QString()))
                               : Reply<QString>(r.error()));
        });
}

void RemotePrivateCaClient::getPolicy(const QString &resourceArn, QObject *receiver,
                                      Handler<QString> handler)
{
    call<api::GetPolicyResponse>(
        "GetPolicy", api::GetPolicyRequest{resourceArn}, receiver,
        [handler = std::move(handler)](const Reply<api::GetPolicyResponse> &r) {
            if (handler)
                handler(r.ok() ? Reply<QString>(r.value().policy.value_or(QString()))
                               : Reply<QString>(r.error()));
        });
}

void RemotePrivateCaClient::importCertificateAuthorityCertificate(
    const api::ImportCertificateAuthorityCertificateRequest &request, QObject *receiver,
    Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    callDone("ImportCertificateAuthorityCertificate", request, receiver, std::move(handler),
             [this, caArn] { Q_EMIT certificateAuthorityChanged(caArn); });
}

void RemotePrivateCaClient::issueCertificate(const api::IssueCertificateRequest &request,
                                             QObject *receiver,
                                             Handler<api::IssueCertificateResponse> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    call<api::IssueCertificateResponse>(
        "IssueCertificate", request, receiver, std::move(handler),
        [this, caArn](const api::IssueCertificateResponse &response) {
            Q_EMIT certificateIssued(caArn, response.certificateArn.value_or(QString()));
        });
}

void RemotePrivateCaClient::listCertificateAuthorities(
    const api::ListCertificateAuthoritiesRequest &request, QObject *receiver,
    Handler<api::ListCertificateAuthoritiesResponse> handler)
{
    call<api::ListCertificateAuthoritiesResponse>(
        "ListCertificateAuthorities", request, receiver, std::move(handler),
        [this](const api::ListCertificateAuthoritiesResponse &response) {
            for (const api::CertificateAuthority &ca :
                 response.certificateAuthorities.value_or(QList<api::CertificateAuthority>()))
                remember(ca);
        });
}

void RemotePrivateCaClient::listPermissions(const api::ListPermissionsRequest &request,
                                            QObject *receiver,
                                            Handler<api::ListPermissionsResponse> handler)
{
    call<api::ListPermissionsResponse>("ListPermissions", request, receiver, std::move(handler));
}

void RemotePrivateCaClient::listTags(const api::ListTagsRequest &request, QObject *receiver,
                                     Handler<api::ListTagsResponse> handler)
{
    call<api::ListTagsResponse>("ListTags", request, receiver, std::move(handler));
}

void RemotePrivateCaClient::putPolicy(const api::PutPolicyRequest &request, QObject *receiver,
                                      Handler<Done> handler)
{
    const QString arn = request.resourceArn;
    callDone("PutPolicy", request, receiver, std::move(handler),
             [this, arn] { Q_EMIT policyChanged(arn); });
}

void RemotePrivateCaClient::restoreCertificateAuthority(const QString &caArn, QObject *receiver,
                                                        Handler<Done> handler)
{
    callDone("RestoreCertificateAuthority", api::RestoreCertificateAuthorityRequest{caArn},
             receiver, std::move(handler),
             [this, caArn] { Q_EMIT certificateAuthorityChanged(caArn); });
}

void RemotePrivateCaClient::revokeCertificate(const api::RevokeCertificateRequest &request,
                                              QObject *receiver, Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    const QString serial = request.certificateSerial;
    callDone("RevokeCertificate", request, receiver, std::move(handler), [this, caArn, serial] {
        QString canonical;
        try {
            canonical = crypto::canonicalSerial(serial);
        } catch (const PcaError &) {
            canonical = serial.toLower();
        }
        Q_EMIT certificateRevoked(caArn, caArn + QStringLiteral("/certificate/") + canonical);
    });
}

void RemotePrivateCaClient::tagCertificateAuthority(
    const api::TagCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    callDone("TagCertificateAuthority", request, receiver, std::move(handler),
             [this, caArn] { Q_EMIT tagsChanged(caArn); });
}

void RemotePrivateCaClient::untagCertificateAuthority(
    const api::UntagCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    callDone("UntagCertificateAuthority", request, receiver, std::move(handler),
             [this, caArn] { Q_EMIT tagsChanged(caArn); });
}

void RemotePrivateCaClient::updateCertificateAuthority(
    const api::UpdateCertificateAuthorityRequest &request, QObject *receiver, Handler<Done> handler)
{
    const QString caArn = request.certificateAuthorityArn;
    callDone("UpdateCertificateAuthority", request, receiver, std::move(handler),
             [this, caArn] { Q_EMIT certificateAuthorityChanged(caArn); });
}

// ---- beyond the API ----------------------------------------------------------------------------

void RemotePrivateCaClient::listCertificateAuthorityEntries(
    QObject *receiver, Handler<QList<CertificateAuthorityEntry>> handler)
{
    // Every page of ListCertificateAuthorities, then the issuing CA of each (in parallel).
    struct Listing
    {
        QList<CertificateAuthorityEntry> entries;
        int pending = 0;
        bool failed = false;
        QPointer<QObject> receiver;
        bool guarded = false;
        Handler<QList<CertificateAuthorityEntry>> handler;
        void deliver(const Reply<QList<CertificateAuthorityEntry>> &reply)
        {
            if (handler && (!guarded || receiver))
                handler(reply);
            handler = nullptr;
        }
    };
    auto listing = std::make_shared<Listing>();
    listing->receiver = receiver;
    listing->guarded = receiver != nullptr;
    listing->handler = std::move(handler);

    auto resolveIssuers = [this, listing] {
        if (listing->entries.isEmpty()) {
            listing->deliver(listing->entries);
            return;
        }
        listing->pending = int(listing->entries.size());
        for (qsizetype i = 0; i < listing->entries.size(); ++i) {
            const QString arn = listing->entries.at(i).ca.arn.value_or(QString());
            callExtension<ext::GetIssuerResponse>(
                "GetIssuer", ext::CertificateAuthorityRequest{arn}, this,
                [listing, i](const Reply<ext::GetIssuerResponse> &reply) {
                    if (listing->failed)
                        return;
                    if (!reply.ok() && !reply.error().is(errors::ResourceNotFound)) {
                        listing->failed = true;
                        listing->deliver(reply.error());
                        return;
                    }
                    if (reply.ok())
                        listing->entries[i].issuerArn = reply.value().issuerArn.value_or(QString());
                    if (--listing->pending == 0)
                        listing->deliver(listing->entries);
                });
        }
    };
    auto page = std::make_shared<std::function<void(std::optional<QString>)>>();
    *page = [this, listing, resolveIssuers, page](std::optional<QString> token) {
        api::ListCertificateAuthoritiesRequest request;
        request.maxResults = 100;
        request.nextToken = std::move(token);
        listCertificateAuthorities(
            request, this,
            [listing, resolveIssuers,
             page](const Reply<api::ListCertificateAuthoritiesResponse> &reply) {
                if (!reply.ok()) {
                    listing->deliver(reply.error());
                    *page = nullptr; // ends the cycle of the shared function
                    return;
                }
                for (const api::CertificateAuthority &ca :
                     reply.value().certificateAuthorities.value_or(
                         QList<api::CertificateAuthority>()))
                    listing->entries.append(CertificateAuthorityEntry{ca, QString()});
                if (reply.value().nextToken) {
                    (*page)(reply.value().nextToken);
                    return;
                }
                resolveIssuers();
                *page = nullptr;
            });
    };
    (*page)(std::nullopt);
}

void RemotePrivateCaClient::describeCertificateAuthorityEntry(
    const QString &caArn, QObject *receiver, Handler<CertificateAuthorityEntry> handler)
{
    describeCertificateAuthority(
        caArn, receiver,
        [this, caArn, receiver,
         handler = std::move(handler)](const Reply<api::CertificateAuthority> &reply) {
            if (!reply.ok()) {
                if (handler)
                    handler(reply.error());
                return;
            }
            const api::CertificateAuthority ca = reply.value();
            callExtension<ext::GetIssuerResponse>(
                "GetIssuer", ext::CertificateAuthorityRequest{caArn}, receiver,
                [ca, handler](const Reply<ext::GetIssuerResponse> &issuer) {
                    if (!handler)
                        return;
                    if (!issuer.ok())
                        handler(issuer.error());
                    else
                        handler(CertificateAuthorityEntry{
                            ca, issuer.value().issuerArn.value_or(QString())});
                });
        });
}

void RemotePrivateCaClient::listAllPermissions(const QString &caArn, QObject *receiver,
                                               Handler<QList<api::Permission>> handler)
{
    auto all = std::make_shared<QList<api::Permission>>();
    auto page = std::make_shared<std::function<void(std::optional<QString>)>>();
    *page = [this, caArn, receiver, all, page,
             handler = std::move(handler)](std::optional<QString> token) {
        api::ListPermissionsRequest request;
        request.certificateAuthorityArn = caArn;
        request.nextToken = std::move(token);
        listPermissions(request, receiver,
                        [all, page, handler](const Reply<api::ListPermissionsResponse> &reply) {
                            if (reply.ok() && reply.value().nextToken) {
                                *all +=
                                    reply.value().permissions.value_or(QList<api::Permission>());
                                (*page)(reply.value().nextToken);
                                return;
                            }
                            *page = nullptr;
                            if (!handler)
                                return;
                            if (!reply.ok()) {
                                handler(reply.error());
                                return;
                            }
                            *all += reply.value().permissions.value_or(QList<api::Permission>());
                            handler(*all);
                        });
    };
    (*page)(std::nullopt);
}

void RemotePrivateCaClient::listAllTags(const QString &caArn, QObject *receiver,
                                        Handler<QList<api::Tag>> handler)
{
    auto all = std::make_shared<QList<api::Tag>>();
    auto page = std::make_shared<std::function<void(std::optional<QString>)>>();
    *page = [this, caArn, receiver, all, page,
             handler = std::move(handler)](std::optional<QString> token) {
        api::ListTagsRequest request;
        request.certificateAuthorityArn = caArn;
        request.nextToken = std::move(token);
        listTags(request, receiver,
                 [all, page, handler](const Reply<api::ListTagsResponse> &reply) {
                     if (reply.ok() && reply.value().nextToken) {
                         *all += reply.value().tags.value_or(QList<api::Tag>());
                         (*page)(reply.value().nextToken);
                         return;
                     }
                     *page = nullptr;
                     if (!handler)
                         return;
                     if (!reply.ok()) {
                         handler(reply.error());
                         return;
                     }
                     *all += reply.value().tags.value_or(QList<api::Tag>());
                     handler(*all);
                 });
    };
    (*page)(std::nullopt);
}

void RemotePrivateCaClient::acmRenewalAuthorization(const QString &caArn, QObject *receiver,
                                                    Handler<AcmRenewalAuthorization> handler)
{
    listAllPermissions(caArn, receiver,
                       [handler = std::move(handler)](const Reply<QList<api::Permission>> &reply) {
                           if (!handler)
                               return;
                           if (!reply.ok()) {
                               handler(reply.error());
                               return;
                           }
                           QSet<api::ActionType> granted;
                           for (const api::Permission &permission : reply.value()) {
                               if (permission.principal != QLatin1StringView(kAcmPrincipal))
                                   continue;
                               for (api::ActionType action :
                                    permission.actions.value_or(QList<api::ActionType>()))
                                   granted.insert(action);
                           }
                           AcmRenewalAuthorization out;
                           for (api::ActionType action :
                                {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                                 api::ActionType::ListPermissions}) {
                               if (granted.contains(action))
                                   out.granted.append(action);
                               else
                                   out.missing.append(action);
                           }
                           handler(out);
                       });
}

void RemotePrivateCaClient::queryCertificates(const store::CertificateQuery &query,
                                              QObject *receiver,
                                              Handler<QList<CertificateSummary>> handler)
{
    const QString caId = query.caId;
    callExtension<ext::QueryCertificatesResponse>(
        "QueryCertificates", extension::toRequest(caArnForId(caId), query), receiver,
        [caId, handler = std::move(handler)](const Reply<ext::QueryCertificatesResponse> &reply) {
            if (!handler)
                return;
            if (!reply.ok()) {
                handler(reply.error());
                return;
            }
            QList<CertificateSummary> summaries;
            summaries.reserve(reply.value().certificates.size());
            for (const ext::InventoryCertificate &shape : reply.value().certificates)
                summaries.append(extension::fromShape(shape, caId));
            handler(summaries);
        });
}

void RemotePrivateCaClient::countCertificates(const store::CertificateQuery &query,
                                              QObject *receiver, Handler<qint64> handler)
{
    callExtension<ext::CountResponse>(
        "CountCertificates", extension::toRequest(caArnForId(query.caId), query), receiver,
        [handler = std::move(handler)](const Reply<ext::CountResponse> &reply) {
            if (handler)
                handler(reply.ok() ? Reply<qint64>(reply.value().count)
                                   : Reply<qint64>(reply.error()));
        });
}

void RemotePrivateCaClient::countExpiring(const QString &caArn, const QList<qint64> &boundaries,
                                          QObject *receiver, Handler<QList<qint64>> handler)
{
    callExtension<ext::CountExpiringResponse>(
        "CountExpiring", ext::CountExpiringRequest{caArn, boundaries}, receiver,
        [handler = std::move(handler)](const Reply<ext::CountExpiringResponse> &reply) {
            if (handler)
                handler(reply.ok() ? Reply<QList<qint64>>(reply.value().counts)
                                   : Reply<QList<qint64>>(reply.error()));
        });
}

void RemotePrivateCaClient::listAuditReports(const QString &caArn, QObject *receiver,
                                             Handler<QList<store::AuditReportRecord>> handler)
{
    const QString caId = caIdFromArn(caArn);
    callExtension<ext::ListAuditReportsResponse>(
        "ListAuditReports", ext::CertificateAuthorityRequest{caArn}, receiver,
        [caId, handler = std::move(handler)](const Reply<ext::ListAuditReportsResponse> &reply) {
            if (!handler)
                return;
            if (!reply.ok()) {
                handler(reply.error());
                return;
            }
            QList<store::AuditReportRecord> records;
            for (const ext::AuditReportEntry &entry : reply.value().auditReports)
                records.append(extension::fromShape(entry, caId));
            handler(records);
        });
}

void RemotePrivateCaClient::crlStatus(const QString &caArn, QObject *receiver,
                                      Handler<CrlStatus> handler)
{
    callExtension<ext::GetCrlStatusResponse>(
        "GetCrlStatus", ext::CertificateAuthorityRequest{caArn}, receiver,
        [handler = std::move(handler)](const Reply<ext::GetCrlStatusResponse> &reply) {
            if (handler)
                handler(reply.ok() ? Reply<CrlStatus>(extension::fromShape(reply.value()))
                                   : Reply<CrlStatus>(reply.error()));
        });
}

void RemotePrivateCaClient::currentCrl(const QString &caArn, QObject *receiver,
                                       Handler<QByteArray> handler)
{
    crlStatus(
        caArn, receiver,
        [this, caArn, receiver, handler = std::move(handler)](const Reply<CrlStatus> &status) {
            if (!handler)
                return;
            if (!status.ok()) {
                handler(status.error());
                return;
            }
            if (status.value().bucket.isEmpty() || status.value().objectKey.isEmpty()) {
                handler(PcaError(
                    errors::ResourceNotFound,
                    QStringLiteral("The server has published no CRL of %1 yet.").arg(caArn)));
                return;
            }
            getObject(status.value().bucket, status.value().objectKey, receiver,
                      [handler](const Reply<store::StoredObject> &object) {
                          handler(object.ok() ? Reply<QByteArray>(object.value().content)
                                              : Reply<QByteArray>(object.error()));
                      });
        });
}

void RemotePrivateCaClient::generateCrl(const QString &, QObject *receiver, Handler<Done> handler)
{
    const QString reason = unavailableReason(Feature::GenerateCrl);
    QTimer::singleShot(0, receiver ? receiver : this, [handler = std::move(handler), reason] {
        if (handler)
            handler(PcaError(errors::InvalidRequest, reason));
    });
}

void RemotePrivateCaClient::getObject(const QString &bucket, const QString &key, QObject *receiver,
                                      Handler<store::StoredObject> handler)
{
    m_connection->getObject(
        kService, bucket, key, receiver,
        [bucket, key, handler = std::move(handler)](const Reply<RemoteConnection::Object> &reply) {
            if (!handler)
                return;
            if (!reply.ok()) {
                // S3's NoSuchKey is the engine's ResourceNotFoundException.
                if (reply.error().is("NoSuchKey") || reply.error().is("NoSuchBucket"))
                    handler(PcaError(errors::ResourceNotFound, reply.error().message()));
                else
                    handler(reply.error());
                return;
            }
            handler(store::StoredObject{bucket, key, reply.value().content,
                                        reply.value().contentType, reply.value().lastModifiedMs});
        });
}

void RemotePrivateCaClient::checkRevocationConfiguration(
    const api::RevocationConfiguration &configuration, QObject *receiver, Handler<Done> handler)
{
    // The shape's constraints here; the server checks the rest when the CA is created or updated.
    Reply<Done> result = Done{};
    try {
        api::validateShape(configuration);
    } catch (const PcaError &error) {
        result = error;
    }
    QTimer::singleShot(0, receiver ? receiver : this, [handler = std::move(handler), result] {
        if (handler)
            handler(result);
    });
}

void RemotePrivateCaClient::publicBaseUrl(QObject *receiver, Handler<QString> handler)
{
    const QString url = location();
    QTimer::singleShot(0, receiver ? receiver : this, [handler = std::move(handler), url] {
        if (handler)
            handler(url);
    });
}

void RemotePrivateCaClient::setStoredPublicBaseUrl(const QString &, QObject *receiver,
                                                   Handler<Done> handler)
{
    const QString reason = unavailableReason(Feature::PublicBaseUrl);
    QTimer::singleShot(0, receiver ? receiver : this, [handler = std::move(handler), reason] {
        if (handler)
            handler(PcaError(errors::InvalidRequest, reason));
    });
}

void RemotePrivateCaClient::runMaintenance(QObject *receiver, Handler<Done> handler)
{
    // The server runs its own maintenance.
    QTimer::singleShot(0, receiver ? receiver : this, [handler = std::move(handler)] {
        if (handler)
            handler(Done{});
    });
}

} // namespace pca::models

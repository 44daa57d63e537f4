// TagCertificateAuthority, UntagCertificateAuthority, ListTags, CreatePermission,
// DeletePermission, ListPermissions and the ACM renewal question.
#include "api/ApiValidation.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pca {

using Status = api::CertificateAuthorityStatus;

namespace {

constexpr int kMaxTags = 50;
constexpr int kDefaultListSize = 100;

// Pagination over an in-memory list: returns the page and sets the next token when more follow.
template <typename T>
QList<T> page(const QList<T> &all, const std::optional<int> &maxResults,
              const std::optional<QString> &nextToken, ServiceInternals &d,
              const QString &operation, const QString &scope, std::optional<QString> &nextTokenOut)
{
    qsizetype offset = 0;
    if (nextToken) {
        const QJsonObject cursor = d.readNextToken(operation, scope, *nextToken);
        offset = qsizetype(cursor.value(QStringLiteral("o")).toDouble());
        if (offset < 0 || offset > all.size())
            throw PcaError(errors::InvalidNextToken,
                           QStringLiteral("The token specified in the NextToken argument is not "
                                          "valid. Use the token returned from your previous "
                                          "call to %1.")
                               .arg(operation));
    }
    const qsizetype size = maxResults.value_or(kDefaultListSize);
    QList<T> out = all.mid(offset, size);
    if (offset + size < all.size()) {
        QJsonObject cursor;
        cursor.insert(QStringLiteral("o"), double(offset + size));
        nextTokenOut = d.makeNextToken(operation, scope, cursor);
    }
    return out;
}

} // namespace

// ---- tags
// ----------------------------------------------------------------------------------------

void PrivateCaService::tagCertificateAuthority(const api::TagCertificateAuthorityRequest &request)
{
    d->validateTags(request.tags);
    api::validateShape(request);
    d->authorizeCall("TagCertificateAuthority", request.certificateAuthorityArn,
                     ServiceInternals::tagContext(request.tags, true));
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    m_store.write([&](store::StoreWriter &w) {
        if (!w.findCa(ca.id))
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        // The limit applies to the result: nothing is applied when it would be exceeded.
        QSet<QString> keys;
        for (const api::Tag &tag : w.listTags(ca.id))
            keys.insert(tag.key);
        for (const api::Tag &tag : request.tags)
            keys.insert(tag.key);
        if (keys.size() > kMaxTags) {
            throw PcaError(errors::TooManyTags,
                           QStringLiteral("You can associate up to %1 tags with a private CA; "
                                          "this request would give %2 %3.")
                               .arg(kMaxTags)
                               .arg(ca.arn)
                               .arg(keys.size()));
        }
        for (const api::Tag &tag : request.tags)
            w.upsertTag(ca.id, tag);
    });
    Q_EMIT tagsChanged(ca.arn);
}

void PrivateCaService::untagCertificateAuthority(
    const api::UntagCertificateAuthorityRequest &request)
{
    d->validateTags(request.tags);
    api::validateShape(request);
    d->authorizeCall("UntagCertificateAuthority", request.certificateAuthorityArn,
                     ServiceInternals::tagContext(request.tags, false));
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    m_store.write([&](store::StoreWriter &w) {
        const QList<api::Tag> existing = w.listTags(ca.id);
        for (const api::Tag &tag : request.tags) {
            for (const api::Tag &current : existing) {
                if (current.key != tag.key)
                    continue;
                // With a value, only a matching tag is removed; without, any value.
                if (!tag.value ||
                    tag.value.value_or(QString()) == current.value.value_or(QString()))
                    w.deleteTag(ca.id, tag.key);
            }
        }
    });
    Q_EMIT tagsChanged(ca.arn);
}

api::ListTagsResponse PrivateCaService::listTags(const api::ListTagsRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("ListTags", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    api::ListTagsResponse response;
    response.tags = page(m_store.reader().listTags(ca.id), request.maxResults, request.nextToken,
                         *d, QStringLiteral("ListTags"), ca.id, response.nextToken);
    return response;
}

// ---- permissions
// ------------------------------------------------------------------------------------

namespace {

// Permissions are granted and revoked while the CA is ACTIVE (AWS's renewal-permissions page)
// and also while it waits for its certificate: the same page lets them be delegated when the CA
// is created, and Terraform's acceptance tests create and destroy aws_acmpca_permission on CAs
// that were never activated.
bool permissionsChangeable(Status status)
{
    return status == Status::ACTIVE || status == Status::PENDING_CERTIFICATE;
}

void checkPrincipal(const QString &principal)
{
    if (principal != QLatin1StringView(kAcmPrincipal)) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("Permissions can only be granted to the ACM service "
                                      "principal %1 (not %2).")
                           .arg(QLatin1StringView(kAcmPrincipal), principal));
    }
}

QString permissionPolicy(const QString &caArn, const store::PermissionRecord &permission,
                         const QString &accountId)
{
    QJsonArray actions;
    for (api::ActionType action : permission.actions)
        actions.append(QStringLiteral("acm-pca:") + api::enumName(action));
    QJsonObject statement;
    statement.insert(QStringLiteral("Sid"),
                     QStringLiteral("%1-permission").arg(QLatin1StringView(kAcmPrincipal)));
    statement.insert(QStringLiteral("Effect"), QStringLiteral("Allow"));
    QJsonObject principal;
    principal.insert(QStringLiteral("Service"), permission.principal);
    statement.insert(QStringLiteral("Principal"), principal);
    statement.insert(QStringLiteral("Action"), actions);
    statement.insert(QStringLiteral("Resource"), caArn);
    QJsonObject equals;
    equals.insert(QStringLiteral("aws:SourceAccount"),
                  permission.sourceAccount.isEmpty() ? accountId : permission.sourceAccount);
    QJsonObject condition;
    condition.insert(QStringLiteral("StringEquals"), equals);
    statement.insert(QStringLiteral("Condition"), condition);
    QJsonObject policy;
    policy.insert(QStringLiteral("Version"), QStringLiteral("2012-10-17"));
    policy.insert(QStringLiteral("Statement"), QJsonArray{statement});
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Compact));
}

} // namespace

void PrivateCaService::createPermission(const api::CreatePermissionRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("CreatePermission", request.certificateAuthorityArn);
    checkPrincipal(request.principal);
    QList<api::ActionType> actions;
    for (api::ActionType action : request.actions) {
        if (actions.contains(action)) {
            throw PcaError(
                errors::InvalidArgs,
                QStringLiteral("The action %1 is listed twice.").arg(api::enumName(action)));
        }
        actions.append(action);
    }
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    m_store.write([&](store::StoreWriter &w) {
        const std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        if (!permissionsChangeable(d->effectiveStatus(*current)))
            d->invalidState(*current, QStringLiteral("CreatePermission"));
        const QString source = request.sourceAccount.value_or(identity().accountId);
        if (w.findPermission(ca.id, request.principal, source)) {
            throw PcaError(errors::PermissionAlreadyExists,
                           QStringLiteral("The permission for %1 on %2 already exists.")
                               .arg(request.principal, ca.arn));
        }
        store::PermissionRecord record;
        record.caId = ca.id;
        record.principal = request.principal;
        record.sourceAccount = source;
        record.actions = actions;
        record.createdAt = d->now();
        w.insertPermission(record);
    });
    Q_EMIT permissionsChanged(ca.arn);
}

void PrivateCaService::deletePermission(const api::DeletePermissionRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("DeletePermission", request.certificateAuthorityArn);
    checkPrincipal(request.principal);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    m_store.write([&](store::StoreWriter &w) {
        const std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        if (!permissionsChangeable(d->effectiveStatus(*current)))
            d->invalidState(*current, QStringLiteral("DeletePermission"));
        const QString source = request.sourceAccount.value_or(identity().accountId);
        if (!w.findPermission(ca.id, request.principal, source)) {
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find a permission for %1 on %2.")
                               .arg(request.principal, ca.arn));
        }
        w.deletePermission(ca.id, request.principal, source);
    });
    Q_EMIT permissionsChanged(ca.arn);
}

api::ListPermissionsResponse
PrivateCaService::listPermissions(const api::ListPermissionsRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("ListPermissions", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    const Status status = d->effectiveStatus(ca);
    if (status == Status::DELETED || status == Status::FAILED || status == Status::CREATING)
        d->invalidState(ca, QStringLiteral("ListPermissions"));
    QList<api::Permission> all;
    for (const store::PermissionRecord &record : m_store.reader().listPermissions(ca.id)) {
        api::Permission permission;
        permission.certificateAuthorityArn = ca.arn;
        permission.createdAt = QDateTime::fromMSecsSinceEpoch(record.createdAt, Qt::UTC);
        permission.principal = record.principal;
        permission.sourceAccount = record.sourceAccount;
        permission.actions = record.actions;
        permission.policy = permissionPolicy(ca.arn, record, identity().accountId);
        all.append(permission);
    }
    api::ListPermissionsResponse response;
    response.permissions = page(all, request.maxResults, request.nextToken, *d,
                                QStringLiteral("ListPermissions"), ca.id, response.nextToken);
    return response;
}

AcmRenewalAuthorization PrivateCaService::acmRenewalAuthorization(const QString &caArn)
{
    const store::CaRecord ca = d->loadCa(caArn);
    QSet<api::ActionType> granted;
    for (const store::PermissionRecord &record : m_store.reader().listPermissions(ca.id)) {
        if (record.principal != QLatin1StringView(kAcmPrincipal))
            continue;
        for (api::ActionType action : record.actions)
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
    return out;
}

} // namespace pca

// Who may call what: every ACM PCA action is authorized here, for the caller in scope
// (CallerScope), against the caller's identity policies and the CA's resource policy, with
// the request's context (template, tags of the request and of the CA).
#include "service/AccessControl.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QLoggingCategory>

namespace pca {

Q_LOGGING_CATEGORY(lcAccess, "privateca.access")

namespace {

QString actionName(const char *operation)
{
    return QStringLiteral("acm-pca:") + QLatin1String(operation);
}

QString accountOfArn(const QString &arn)
{
    return arn.section(QLatin1Char(':'), 4, 4);
}

// The caller to evaluate, or nullptr when the call is the store owner's (no scope, or the
// store account's administrator): those are never evaluated.
const Caller *evaluatedCaller(const ServiceInternals &d)
{
    const Caller *caller = CallerScope::current();
    if (!caller || (caller->administrator && caller->accountId == d.store.identity().accountId))
        return nullptr;
    return caller;
}

} // namespace

QHash<QString, QStringList> ServiceInternals::tagContext(const QList<api::Tag> &tags,
                                                         bool withValues)
{
    QHash<QString, QStringList> context;
    QStringList keys;
    for (const api::Tag &tag : tags) {
        keys << tag.key;
        if (withValues)
            context.insert(QStringLiteral("aws:RequestTag/") + tag.key,
                           {tag.value.value_or(QString())});
    }
    if (!keys.isEmpty())
        context.insert(QStringLiteral("aws:TagKeys"), keys);
    return context;
}

PolicyDocument ServiceInternals::resourcePolicy(const store::CaRecord &ca)
{
    if (!ca.policy)
        return PolicyDocument();
    QMutexLocker lock(&m_policyMutex);
    if (const CompiledResourcePolicy *cached = m_policies.find(ca.id);
        cached && cached->text == *ca.policy)
        return cached->compiled;
    lock.unlock();
    PolicyDocument compiled;
    try {
        compiled = PolicyDocument::parse(*ca.policy, PolicyKind::Resource, errors::InvalidPolicy);
    } catch (const PcaError &e) {
        // Stored before this grammar: it grants nothing until it is put again.
        qCWarning(lcAccess) << "The resource policy of" << ca.arn << "is not used:" << e.message();
    }
    lock.relock();
    m_policies.insert(ca.id, CompiledResourcePolicy{*ca.policy, compiled});
    return compiled;
}

AccessRequest ServiceInternals::accessRequest(const char *operation, const QString &resource,
                                              QHash<QString, QStringList> context)
{
    AccessRequest request;
    request.action = actionName(operation);
    request.resource = resource;
    request.context = std::move(context);
    if (resource == QLatin1String("*"))
        return request;
    request.resourceAccount = accountOfArn(resource);
    std::shared_ptr<const store::CaRecord> ca;
    try {
        ca = loadCaShared(resource);
    } catch (const PcaError &) {
        return request; // no such CA: decided on the ARN alone, the call then fails on it
    }
    request.resourcePolicy = resourcePolicy(*ca);
    for (const api::Tag &tag : reader().listTags(ca->id))
        request.context.insert(QStringLiteral("aws:ResourceTag/") + tag.key,
                               {tag.value.value_or(QString())});
    return request;
}

void ServiceInternals::authorizeCall(const char *operation, const QString &resource,
                                     QHash<QString, QStringList> context)
{
    const Caller *caller = evaluatedCaller(*this);
    if (!caller)
        return;
    authorize(*caller, accessRequest(operation, resource, std::move(context)), now(),
              errors::AccessDenied);
}

void ServiceInternals::authorizeCreate(const QList<api::Tag> &tags)
{
    const Caller *caller = evaluatedCaller(*this);
    if (!caller)
        return;
    const QString storeAccount = store.identity().accountId;
    if (caller->accountId != storeAccount) {
        throw PcaError(errors::AccessDenied,
                       QStringLiteral("User: %1 is not authorized to perform: "
                                      "acm-pca:CreateCertificateAuthority on resource: * because "
                                      "certificate authorities of this server are created in "
                                      "account %2; other accounts use them through a CA's "
                                      "resource-based policy")
                           .arg(caller->arn, storeAccount));
    }
    authorize(
        *caller,
        accessRequest("CreateCertificateAuthority", QStringLiteral("*"), tagContext(tags, true)),
        now(), errors::AccessDenied);
}

void ServiceInternals::authorizeIssue(const api::IssueCertificateRequest &request)
{
    const Caller *caller = evaluatedCaller(*this);
    if (!caller)
        return;
    const QString templateArn = request.templateArn.value_or(
        QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1"));
    authorize(*caller,
              accessRequest("IssueCertificate", request.certificateAuthorityArn,
                            {{QStringLiteral("acm-pca:TemplateArn"), {templateArn}}}),
              now(), errors::AccessDenied);
}

bool ServiceInternals::sharedWith(const Caller &caller, const store::CaRecord &ca)
{
    const PolicyDocument policy = resourcePolicy(ca);
    if (policy.isNull())
        return false;
    for (const char *operation :
         {"DescribeCertificateAuthority", "GetCertificateAuthorityCertificate"}) {
        AccessRequest request = accessRequest(operation, ca.arn, {});
        if (decideAccess(caller, request, now()) == AccessDecision::Allowed)
            return true;
    }
    return false;
}

AccessDecision PrivateCaService::accountAccess(const QString &caArn, const QString &accountId,
                                               const QString &operation,
                                               const QHash<QString, QStringList> &context)
{
    const Caller account = Caller::administratorOf(accountId);
    if (accountId == m_store.identity().accountId)
        return AccessDecision::Allowed;
    const QByteArray name = operation.toLatin1();
    return decideAccess(account, d->accessRequest(name.constData(), caArn, context), d->now());
}

} // namespace pca

namespace pca {

QString PrivateCaService::authorizeOnCertificateAuthority(const char *operation,
                                                          const QString &caArn)
{
    d->authorizeCall(operation, caArn);
    return d->loadCaShared(caArn)->id;
}

} // namespace pca

#include "service/AccessControl.h"

#include "PcaError.h"

namespace pca {

Caller Caller::administratorOf(const QString &accountId)
{
    Caller caller;
    caller.accountId = accountId;
    caller.arn = QStringLiteral("arn:aws:iam::%1:root").arg(accountId);
    caller.userId = accountId;
    caller.administrator = true;
    return caller;
}

namespace {
thread_local const Caller *t_currentCaller = nullptr;
}

CallerScope::CallerScope(const Caller &caller)
    : m_previous(t_currentCaller)
{
    t_currentCaller = &caller;
}

CallerScope::~CallerScope()
{
    t_currentCaller = m_previous;
}

const Caller *CallerScope::current()
{
    return t_currentCaller;
}

const QStringList &crossAccountTemplates()
{
    static const QStringList templates = {
        QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1"),
        QStringLiteral("arn:aws:acm-pca:::template/EndEntityClientAuthCertificate/V1"),
        QStringLiteral("arn:aws:acm-pca:::template/EndEntityServerAuthCertificate/V1"),
        QStringLiteral("arn:aws:acm-pca:::template/BlankEndEntityCertificate_APIPassthrough/V1"),
        QStringLiteral("arn:aws:acm-pca:::template/BlankEndEntityCertificate_APICSRPassthrough/V1"),
        QStringLiteral("arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1")};
    return templates;
}

RequestContext requestContextFor(const Caller &caller, const AccessRequest &request, qint64 nowMs)
{
    RequestContext context;
    context.principalAccount = caller.accountId;
    context.principalArn = caller.arn;
    context.sourceIp = caller.sourceIp;
    context.currentTimeMs = nowMs;
    for (auto it = request.context.cbegin(); it != request.context.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        const QString key =
            slash < 0 ? it.key().toLower() : it.key().left(slash).toLower() + it.key().mid(slash);
        context.values.insert(key, it.value());
    }
    return context;
}

AccessDecision decideAccess(const Caller &caller, const AccessRequest &request, qint64 nowMs)
{
    const RequestContext context = requestContextFor(caller, request, nowMs);
    const bool crossAccount =
        !request.resourceAccount.isEmpty() && request.resourceAccount != caller.accountId;

    bool identityAllows = caller.administrator;
    for (const PolicyDocument &policy : caller.policies) {
        switch (policy.evaluate(request.action, request.resource, context)) {
        case PolicyDocument::Match::Deny:
            return AccessDecision::ExplicitlyDenied;
        case PolicyDocument::Match::Allow:
            identityAllows = true;
            break;
        case PolicyDocument::Match::None:
            break;
        }
    }
    bool resourceAllows = false;
    switch (request.resourcePolicy.evaluate(request.action, request.resource, context)) {
    case PolicyDocument::Match::Deny:
        return AccessDecision::ResourceDenied;
    case PolicyDocument::Match::Allow:
        resourceAllows = true;
        break;
    case PolicyDocument::Match::None:
        break;
    }

    if (crossAccount) {
        if (!identityAllows)
            return AccessDecision::ImplicitlyDenied;
        if (!resourceAllows)
            return AccessDecision::CrossAccountDenied;
        if (request.action.compare(QLatin1String("acm-pca:IssueCertificate"),
                                   Qt::CaseInsensitive) == 0) {
            const QStringList templates =
                context.valuesOf(QStringLiteral("acm-pca:templatearn")).value_or(QStringList{});
            for (const QString &t : templates) {
                if (!crossAccountTemplates().contains(t))
                    return AccessDecision::CrossAccountDenied;
            }
        }
        return AccessDecision::Allowed;
    }
    // Same account: a resource policy Allow counts when it names the caller itself (or "*");
    // one that names only the account delegates to the account's identity policies.
    if (identityAllows)
        return AccessDecision::Allowed;
    if (resourceAllows) {
        RequestContext byName = context;
        byName.principalAccount.clear(); // "the account" no longer matches, only the ARN or *
        if (request.resourcePolicy.evaluate(request.action, request.resource, byName) ==
            PolicyDocument::Match::Allow)
            return AccessDecision::Allowed;
    }
    return AccessDecision::ImplicitlyDenied;
}

void authorize(const Caller &caller, const AccessRequest &request, qint64 nowMs,
               const char *deniedType)
{
    const AccessDecision decision = decideAccess(caller, request, nowMs);
    if (decision == AccessDecision::Allowed)
        return;
    const QString who = caller.arn;
    const QString action = request.action;
    QString because;
    switch (decision) {
    case AccessDecision::ExplicitlyDenied:
        because = QStringLiteral("with an explicit deny in an identity-based policy");
        break;
    case AccessDecision::ResourceDenied:
        because = QStringLiteral("with an explicit deny in a resource-based policy");
        break;
    case AccessDecision::CrossAccountDenied:
        because =
            QStringLiteral("because no resource-based policy allows the %1 action").arg(action);
        break;
    default:
        because =
            QStringLiteral("because no identity-based policy allows the %1 action").arg(action);
        break;
    }
    throw PcaError(deniedType, QStringLiteral("User: %1 is not authorized to perform: %2 on "
                                              "resource: %3 %4")
                                   .arg(who, action, request.resource, because));
}

} // namespace pca

// Who is calling, and whether they may: AWS's policy evaluation for one request.
//
// - An explicit Deny in any applicable policy wins.
// - Same account: an account's administrator (its root) may do anything; a user needs an Allow
//   in its identity policies, or a resource policy Allow that names it (its ARN, or "*").
// - Another account's resource (a CA shared with a partner): an Allow in the caller's identity
//   policies (administrators have it) and an Allow in the resource policy naming the caller's
//   account or ARN. Cross-account IssueCertificate is limited to the end-entity templates of
//   pca-rbp.md, whatever the policy says.
// Denied calls throw the service's AccessDeniedException with AWS's message form.
#pragma once

#include "service/PolicyDocument.h"

#include <QList>
#include <QString>

namespace pca {

struct Caller
{
    QString accountId;
    QString arn;      // arn:aws:iam::ACCOUNT:root, or arn:aws:iam::ACCOUNT:user/NAME
    QString userName; // empty for the account's administrator
    QString userId;   // AIDA… for users, the account ID for the administrator
    QString accessKeyId;
    bool administrator = false;
    QList<PolicyDocument> policies; // identity policies, compiled (inline and attached)
    QString sourceIp;
    QString userAgent;

    // The administrator of `accountId` (the store owner's key, the desktop app).
    static Caller administratorOf(const QString &accountId);
};

struct AccessRequest
{
    QString action; // e.g. acm-pca:IssueCertificate
    QString resource = QStringLiteral("*");
    QString resourceAccount;             // the account that owns the resource (empty: the caller's)
    PolicyDocument resourcePolicy;       // null when the resource has none
    QHash<QString, QStringList> context; // acm-pca:TemplateArn, aws:RequestTag/…, aws:TagKeys…
};

enum class AccessDecision
{
    Allowed,
    ImplicitlyDenied,  // no applicable Allow
    ExplicitlyDenied,  // a Deny of an identity policy applies
    ResourceDenied,    // a Deny of the resource policy applies
    CrossAccountDenied // the resource policy does not allow the caller's account
};

// Decides; never throws.
AccessDecision decideAccess(const Caller &caller, const AccessRequest &request, qint64 nowMs);

// Decides and throws PcaError(deniedType) with AWS's message when denied.
void authorize(const Caller &caller, const AccessRequest &request, qint64 nowMs,
               const char *deniedType);

// The caller of the engine calls the current thread makes, set by a front end for the duration
// of one request (the server, after it has verified the request's signature). Calls made with
// no scope are the store owner's (the desktop app, maintenance): they are not evaluated.
class CallerScope
{
public:
    // Keeps a pointer to `caller`: it must outlive the scope (so no temporaries).
    explicit CallerScope(const Caller &caller);
    CallerScope(Caller &&) = delete;
    ~CallerScope();
    CallerScope(const CallerScope &) = delete;
    CallerScope &operator=(const CallerScope &) = delete;

    // The caller in scope on this thread, or nullptr.
    static const Caller *current();

private:
    const Caller *m_previous;
};

// The templates a caller of another account may use with IssueCertificate (pca-rbp.md).
const QStringList &crossAccountTemplates();

// The request context common to every call: principal account and ARN, source IP, time.
RequestContext requestContextFor(const Caller &caller, const AccessRequest &request, qint64 nowMs);

} // namespace pca

// IAM policy documents — identity policies (IAM's PutUserPolicy, AWS managed policies) and
// resource policies (a CA's PutPolicy) — parsed once into a compiled form and matched against
// one request. The grammar is IAM's: Version, Statement (one or a list), Sid, Effect,
// Action/NotAction and Resource/NotResource with * and ? wildcards, Principal in resource
// policies, and Condition with the operators and keys listed in PolicyDocument.cpp. Anything
// else is refused when the document is put, with the reason: a policy is never half-applied.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pca {

enum class PolicyKind
{
    Identity, // attached to a user: no Principal
    Resource  // attached to a CA: Principal required
};

// The facts about one request that conditions and principals are matched against.
struct RequestContext
{
    QString principalAccount; // aws:PrincipalAccount
    QString principalArn;     // aws:PrincipalArn: arn:aws:iam::ACCOUNT:user/NAME or :root
    QString sourceIp;         // aws:SourceIp (empty for the desktop app)
    qint64 currentTimeMs = 0; // aws:CurrentTime
    // Any other key (acm-pca:TemplateArn, aws:RequestTag/team, aws:ResourceTag/env,
    // aws:TagKeys, ...) with its values; absent keys are absent here.
    QHash<QString, QStringList> values;

    // The values of a key (lower-case service prefix and name as IAM compares them).
    std::optional<QStringList> valuesOf(const QString &key) const;
};

struct CompiledPolicy; // the statements, compiled

class PolicyDocument
{
public:
    // Parses `json` as a policy of `kind`; throws PcaError(errorType) naming the first problem
    // (IAM: MalformedPolicyDocumentException; a CA's resource policy: InvalidPolicyException).
    static PolicyDocument parse(const QString &json, PolicyKind kind, const char *errorType);

    PolicyDocument();
    ~PolicyDocument();
    PolicyDocument(const PolicyDocument &);
    PolicyDocument &operator=(const PolicyDocument &);

    enum class Match
    {
        None,  // no statement applies
        Allow, // an Allow statement applies (and no Deny)
        Deny   // a Deny statement applies
    };
    // What the document says of `action` (service:Action) on `resource` (an ARN or "*") for
    // the request described by `context`. For resource policies, only statements whose
    // Principal names the caller (its ARN, its account, or "*") apply.
    Match evaluate(const QString &action, const QString &resource,
                   const RequestContext &context) const;

    // The statements' actions (for the desktop's display).
    QStringList actions() const;
    bool isNull() const { return !m_policy; }

private:
    std::shared_ptr<const CompiledPolicy> m_policy;
};

// Whether `text` matches an IAM pattern with * (any run) and ? (one character).
bool matchesWildcard(QStringView pattern, QStringView text, Qt::CaseSensitivity cs);

} // namespace pca

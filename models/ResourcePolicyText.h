// Resource policies as the Policy tab edits them: the engine's validation (run locally, before
// anything is sent) and a starting example for this CA.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pca::models {

class ResourcePolicyText
{
    Q_DECLARE_TR_FUNCTIONS(ResourcePolicyText)

public:
    // Why the policy would be refused for this CA (empty when PutPolicy would accept it).
    static QString problem(const QString &policy, const QString &caArn);
    // A readable example granting another account the right to issue from this CA.
    static QString example(const QString &caArn, const QString &accountId);
    // The policy re-indented (unchanged when it is not JSON).
    static QString formatted(const QString &policy);
};

} // namespace pca::models

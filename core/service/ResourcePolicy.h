// Validation of resource-based policies (PutPolicy) against the IAM policy grammar and what a
// Private CA resource policy may grant.
#pragma once

#include <QString>
#include <QStringList>

namespace pca {

// The acm-pca actions a resource policy may grant.
const QStringList &resourcePolicyActions();

// Throws InvalidPolicyException naming the first problem of `policy` for the CA `caArn`.
void validateResourcePolicy(const QString &policy, const QString &caArn);

} // namespace pca

// The AWS managed policies of this field that IAM's AttachUserPolicy attaches: their names,
// ARNs (arn:aws:iam::aws:policy/NAME) and documents, as AWS publishes them (the default
// versions of 2025/2026; facts of AWS's managed-policy reference).
#pragma once

#include "service/PolicyDocument.h"

#include <QList>
#include <QString>

namespace pca {

struct ManagedPolicy
{
    QString name;
    QString arn;
    QString document; // JSON
    PolicyDocument compiled;
};

// Every managed policy the store knows.
const QList<ManagedPolicy> &managedPolicies();
// The one with this ARN, or nullptr.
const ManagedPolicy *findManagedPolicy(const QString &arn);

} // namespace pca

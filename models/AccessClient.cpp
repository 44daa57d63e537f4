#include "AccessClient.h"

#include "service/ManagedPolicies.h"
#include "service/PolicyDocument.h"

namespace pca::models {

AccessClient::~AccessClient() = default;

QString AccessClient::unavailableReason(Feature) const
{
    return QString();
}

QList<ManagedPolicyChoice> AccessClient::managedPolicies()
{
    QList<ManagedPolicyChoice> out;
    for (const ManagedPolicy &policy : pca::managedPolicies())
        out << ManagedPolicyChoice{policy.name, policy.arn};
    return out;
}

QString AccessClient::policyDocumentProblem(const QString &document)
{
    try {
        PolicyDocument::parse(document, PolicyKind::Identity,
                              api::iam::errors::MalformedPolicyDocument);
    } catch (const PcaError &error) {
        return error.message();
    }
    return {};
}

} // namespace pca::models

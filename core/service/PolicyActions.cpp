// PutPolicy, GetPolicy, DeletePolicy.
#include "api/ApiValidation.h"
#include "service/PolicyDocument.h"
#include "service/PrivateCaService.h"
#include "service/ResourcePolicy.h"
#include "service/ServiceInternals.h"

namespace pca {

using Status = api::CertificateAuthorityStatus;

namespace {
void checkPolicyState(ServiceInternals &d, const store::CaRecord &ca, const QString &action)
{
    const Status status = d.effectiveStatus(ca);
    if (status == Status::DELETED || status == Status::FAILED || status == Status::CREATING)
        d.invalidState(ca, action);
}
} // namespace

void PrivateCaService::putPolicy(const api::PutPolicyRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("PutPolicy", request.resourceArn);
    const store::CaRecord ca = d->loadCa(request.resourceArn);
    validateResourcePolicy(request.policy, ca.arn);
    // What is stored is what is enforced: a document the evaluator cannot apply as a whole
    // is refused now rather than half-applied later.
    PolicyDocument::parse(request.policy, PolicyKind::Resource, errors::InvalidPolicy);
    m_store.write([&](store::StoreWriter &w) {
        std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        checkPolicyState(*d, *current, QStringLiteral("PutPolicy"));
        current->policy = request.policy;
        w.updateCa(*current);
    });
    Q_EMIT policyChanged(ca.arn);
}

api::GetPolicyResponse PrivateCaService::getPolicy(const api::GetPolicyRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("GetPolicy", request.resourceArn);
    const store::CaRecord ca = d->loadCa(request.resourceArn);
    checkPolicyState(*d, ca, QStringLiteral("GetPolicy"));
    if (!ca.policy) {
        throw PcaError(errors::ResourceNotFound,
                       QStringLiteral("Could not find policy for resource %1.").arg(ca.arn));
    }
    return {*ca.policy};
}

void PrivateCaService::deletePolicy(const api::DeletePolicyRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("DeletePolicy", request.resourceArn);
    const store::CaRecord ca = d->loadCa(request.resourceArn);
    bool changed = false;
    m_store.write([&](store::StoreWriter &w) {
        std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        checkPolicyState(*d, *current, QStringLiteral("DeletePolicy"));
        if (!current->policy)
            return; // nothing attached: success
        current->policy.reset();
        w.updateCa(*current);
        changed = true;
    });
    if (changed)
        Q_EMIT policyChanged(ca.arn);
}

} // namespace pca

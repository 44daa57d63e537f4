#include "ActionAvailability.h"

#include "DisplayNames.h"

namespace pca::models {

using Status = api::CertificateAuthorityStatus;

Availability ActionAvailability::of(CaAction action,
                                    const std::optional<api::CertificateAuthority> &ca)
{
    if (action == CaAction::CreateCertificateAuthority || action == CaAction::Refresh)
        return {true, QString()};
    if (!ca || !ca->status)
        return {false, tr("Select a certificate authority first.")};
    const Status status = *ca->status;
    const QString statusName = DisplayNames::status(status);
    const auto allowedIn = [&](std::initializer_list<Status> states, const QString &reason) {
        for (Status allowed : states) {
            if (status == allowed)
                return Availability{true, QString()};
        }
        return Availability{false, reason};
    };
    switch (action) {
    case CaAction::InstallCaCertificate:
        if (status == Status::CREATING)
            return {false, tr("The CA's key is still being generated.")};
        return allowedIn(
            {Status::PENDING_CERTIFICATE, Status::ACTIVE, Status::DISABLED, Status::EXPIRED},
            tr("A certificate cannot be installed while the CA is %1.").arg(statusName.toLower()));
    case CaAction::IssueCertificate:
        return allowedIn({Status::ACTIVE},
                         status == Status::PENDING_CERTIFICATE
                             ? tr("Install the CA certificate first; the CA is not active yet.")
                             : tr("Only an active CA issues certificates; this one is %1.")
                                   .arg(statusName.toLower()));
    case CaAction::RevokeCertificate:
        return allowedIn({Status::ACTIVE, Status::DISABLED},
                         tr("Certificates can be revoked only while the CA is active or "
                            "disabled; this one is %1.")
                             .arg(statusName.toLower()));
    case CaAction::Disable:
        return allowedIn({Status::ACTIVE}, tr("Only an active CA can be disabled."));
    case CaAction::Enable:
        return allowedIn({Status::DISABLED}, tr("Only a disabled CA can be enabled."));
    case CaAction::Delete:
        if (status == Status::ACTIVE)
            return {false, tr("Disable the CA before deleting it.")};
        return allowedIn({Status::CREATING, Status::PENDING_CERTIFICATE, Status::DISABLED,
                          Status::EXPIRED, Status::FAILED},
                         tr("The CA is already deleted."));
    case CaAction::Restore:
        return allowedIn({Status::DELETED}, tr("Only a deleted CA can be restored."));
    case CaAction::AuditReport:
        return allowedIn({Status::ACTIVE, Status::DISABLED},
                         tr("Audit reports can be created only while the CA is active or "
                            "disabled; this one is %1.")
                             .arg(statusName.toLower()));
    case CaAction::ChangePermissions:
        return allowedIn({Status::PENDING_CERTIFICATE, Status::ACTIVE},
                         tr("Permissions can be changed only while the CA is active or waits for "
                            "its certificate; this one is %1.")
                             .arg(statusName.toLower()));
    case CaAction::CreateCertificateAuthority:
    case CaAction::Refresh:
        break;
    }
    return {true, QString()};
}

} // namespace pca::models

// Which actions the selected CA's state allows, and why not when it does not: the main
// window enables toolbar and menu actions from this and puts the reason in their tooltips.
#pragma once

#include "api/ApiTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pca::models {

enum class CaAction
{
    CreateCertificateAuthority,
    InstallCaCertificate,
    IssueCertificate,
    RevokeCertificate,
    Disable,
    Enable,
    Delete,
    Restore,
    AuditReport,
    ChangePermissions,
    Refresh,
};

struct Availability
{
    bool allowed = false;
    QString reason; // why it is not allowed (empty when allowed)
};

class ActionAvailability
{
    Q_DECLARE_TR_FUNCTIONS(ActionAvailability)

public:
    // `ca` is the selected CA, if any.
    static Availability of(CaAction action, const std::optional<api::CertificateAuthority> &ca);
};

} // namespace pca::models

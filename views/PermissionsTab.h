// The Permissions tab: the checkbox "Authorize ACM to use this CA for renewals" (granting or
// revoking acm.amazonaws.com's IssueCertificate, GetCertificate and ListPermissions), what it
// governs (the managed certificates that renew through this CA and when the next renewal is
// due; clearing the box asks first and names those that would fail to renew) and the table of
// ListPermissions.
#pragma once

#include "CaTab.h"
#include "CertificateManagerClient.h"

class QCheckBox;
class QTableView;

namespace pca::models {
class AcmRenewalDependents;
class AcmRenewalPermission;
class PermissionModel;
} // namespace pca::models

namespace pca::views {

class FieldMessage;

class PermissionsTab : public CaTab
{
    Q_OBJECT

public:
    PermissionsTab(models::PrivateCaClient *client, models::CertificateManagerClient *acmClient,
                   QWidget *parent = nullptr);

    QCheckBox *checkBox() const { return m_checkBox; }
    models::AcmRenewalPermission *acm() const { return m_acm; }
    models::AcmRenewalDependents *dependents() const { return m_dependents; }
    models::PermissionModel *model() const { return m_model; }

protected:
    void load() override;

private:
    void syncCheckBox();
    void checkBoxClicked();

    models::AcmRenewalPermission *m_acm;
    models::AcmRenewalDependents *m_dependents;
    models::PermissionModel *m_model;
    QCheckBox *m_checkBox;
    FieldMessage *m_note;
    FieldMessage *m_dependentsLine;
    FieldMessage *m_tableNote;
    QTableView *m_table;
};

} // namespace pca::views

// The Permissions tab: the checkbox "Authorize ACM to use this CA for renewals" (granting or
// revoking acm.amazonaws.com's IssueCertificate, GetCertificate and ListPermissions) and the
// table of ListPermissions.
#pragma once

#include "CaTab.h"

class QCheckBox;
class QTableView;

namespace pca::models {
class AcmRenewalPermission;
class PermissionModel;
} // namespace pca::models

namespace pca::views {

class FieldMessage;

class PermissionsTab : public CaTab
{
    Q_OBJECT

public:
    explicit PermissionsTab(models::PrivateCaClient *client, QWidget *parent = nullptr);

    QCheckBox *checkBox() const { return m_checkBox; }
    models::AcmRenewalPermission *acm() const { return m_acm; }
    models::PermissionModel *model() const { return m_model; }

protected:
    void load() override;

private:
    void syncCheckBox();

    models::AcmRenewalPermission *m_acm;
    models::PermissionModel *m_model;
    QCheckBox *m_checkBox;
    FieldMessage *m_note;
    FieldMessage *m_tableNote;
    QTableView *m_table;
};

} // namespace pca::views

// The lower half of the main window: the selected CA's name, status and kind, and its details
// in tabs as in the console (General, CA certificate, Certificates, Revocation, Permissions,
// Policy, Tags, Audit reports). Without a selection it invites to create or pick a CA.
#pragma once

#include "CertificateManagerClient.h"
#include "PrivateCaClient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace pca::views {

class AuditReportsTab;
class CaCertificateTab;
class CaTab;
class CertificatesTab;
class GeneralTab;
class PermissionsTab;
class PolicyTab;
class RevocationTab;
class StatusBadge;
class TagsTab;

class CertificateAuthorityDetails : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        General,
        CaCertificate,
        Certificates,
        Revocation,
        Permissions,
        Policy,
        Tags,
        AuditReports
    };

    CertificateAuthorityDetails(models::PrivateCaClient *client,
                                models::CertificateManagerClient *acmClient,
                                QWidget *parent = nullptr);

    // Shows a CA, or the empty page (`storeIsEmpty` picks its wording).
    void showCertificateAuthority(const api::CertificateAuthority &ca);
    void showNothing(bool storeIsEmpty);
    bool isShowingCertificateAuthority() const;
    // Every tab reads its data again.
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    GeneralTab *generalTab() const { return m_general; }
    CaCertificateTab *caCertificateTab() const { return m_caCertificate; }
    CertificatesTab *certificatesTab() const { return m_certificates; }
    RevocationTab *revocationTab() const { return m_revocation; }
    PermissionsTab *permissionsTab() const { return m_permissions; }
    PolicyTab *policyTab() const { return m_policy; }
    TagsTab *tagsTab() const { return m_tags; }
    AuditReportsTab *auditReportsTab() const { return m_auditReports; }

Q_SIGNALS:
    void createRequested();

private:
    QStackedWidget *m_pages;
    QLabel *m_icon;
    QLabel *m_title;
    StatusBadge *m_badge;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyCreate;
    GeneralTab *m_general;
    CaCertificateTab *m_caCertificate;
    CertificatesTab *m_certificates;
    RevocationTab *m_revocation;
    PermissionsTab *m_permissions;
    PolicyTab *m_policy;
    TagsTab *m_tags;
    AuditReportsTab *m_auditReports;
    QList<CaTab *> m_allTabs;
};

} // namespace pca::views

// The logic behind the checkbox "Authorize ACM to use this CA for renewals".
//
// Checked when acm.amazonaws.com holds IssueCertificate, GetCertificate and ListPermissions,
// partially checked (with a note of what is missing) when it holds some, unchecked when none.
// Editable only while the CA is ACTIVE, with the reason otherwise. Checking grants the three
// actions (CreatePermission), unchecking revokes them (DeletePermission); while a change is
// applied the box shows the wished state, and on failure it returns to the true state.
#pragma once

#include "PrivateCaClient.h"

#include <QObject>

namespace pca::models {

class AcmRenewalPermission : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kPrincipal = "acm.amazonaws.com";

    explicit AcmRenewalPermission(PrivateCaClient *client, QObject *parent = nullptr);

    void setCertificateAuthority(const QString &caArn);
    QString certificateAuthority() const { return m_caArn; }

    Qt::CheckState checkState() const;
    // Whether the user may change it now (CA active, state known, nothing in flight).
    bool isEditable() const;
    bool isBusy() const { return m_busy; }
    bool isKnown() const { return m_known; }
    // Why it cannot be changed (empty when it can).
    QString disabledReason() const;
    // What is missing when partially granted (empty otherwise).
    QString note() const;

    // The user's wish: grant all three actions (true) or revoke every ACM permission (false).
    void setAuthorized(bool authorized);
    void refresh();

Q_SIGNALS:
    void changed();
    void failed(const pca::PcaError &error);

private:
    void grant(const QList<api::Permission> &existing);
    void revoke(QList<api::Permission> remaining);
    void finish(const std::optional<PcaError> &error);

    PrivateCaClient *m_client;
    QString m_caArn;
    std::optional<api::CertificateAuthorityStatus> m_status;
    AcmRenewalAuthorization m_authorization;
    bool m_known = false;
    bool m_busy = false;
    bool m_wish = false;
    int m_generation = 0;
};

} // namespace pca::models

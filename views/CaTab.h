// A tab of the CA details. Loads its data only while visible: switching CAs costs nothing for
// tabs the user does not look at.
#pragma once

#include "PrivateCaClient.h"

#include <QWidget>

namespace pca::views {

class CaTab : public QWidget
{
    Q_OBJECT

public:
    CaTab(models::PrivateCaClient *client, QWidget *parent = nullptr);

    // The CA shown (a new description of the same CA updates the tab; another CA reloads it).
    void setCertificateAuthority(const api::CertificateAuthority &ca);
    const api::CertificateAuthority &certificateAuthority() const { return m_ca; }
    QString arn() const { return m_ca.arn.value_or(QString()); }
    // Reads everything again (the Refresh action): now when visible, else when shown.
    void reload();
    api::CertificateAuthorityStatus status() const
    {
        return m_ca.status.value_or(api::CertificateAuthorityStatus::CREATING);
    }

protected:
    // Another CA was selected (or the tab became visible after one was).
    virtual void load() = 0;
    // The same CA has a new description (status, configuration).
    virtual void updateDescription() {}
    void showEvent(QShowEvent *event) override;
    models::PrivateCaClient *client() const { return m_client; }
    // Fills the tab with `content` inside a frameless scroll area (for small windows).
    void setScrollableContent(QWidget *content);

private:
    models::PrivateCaClient *m_client;
    api::CertificateAuthority m_ca;
    bool m_stale = true;
};

} // namespace pca::views

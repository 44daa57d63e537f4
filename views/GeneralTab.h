// The General tab: every field of DescribeCertificateAuthority, the ARN with a copy button,
// and the expiry chart of the CA's certificates.
#pragma once

#include "CaTab.h"

class QLabel;
class QFormLayout;

namespace pca::models {
class ExpiryForecast;
}

namespace pca::views {

class StatusBadge;

class GeneralTab : public CaTab
{
    Q_OBJECT

public:
    explicit GeneralTab(models::PrivateCaClient *client, QWidget *parent = nullptr);
    models::ExpiryForecast *forecast() const { return m_forecast; }

protected:
    void load() override;
    void updateDescription() override;

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void setRowVisible(QLabel *value, bool visible);

    models::ExpiryForecast *m_forecast;
    QFormLayout *m_form;
    QLabel *m_arn;
    StatusBadge *m_status;
    QLabel *m_owner, *m_type, *m_keyAlgorithm, *m_signingAlgorithm, *m_subject, *m_validity,
        *m_serial, *m_usageMode, *m_keyStorage, *m_created, *m_lastChange, *m_restorableUntil,
        *m_failure;
};

} // namespace pca::views

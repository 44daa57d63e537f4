// Deleting a CA, as the console does it: a restore window of 7 to 30 days during which the CA
// can be restored, and an explicit confirmation.
#pragma once

#include "PrivateCaClient.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QSpinBox;

namespace pca::views {

class FieldMessage;

class DeleteCertificateAuthorityDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteCertificateAuthorityDialog(models::PrivateCaClient *client,
                                     const api::CertificateAuthority &ca,
                                     QWidget *parent = nullptr);
    void accept() override;

private:
    void update();

    models::PrivateCaClient *m_client;
    QString m_caArn;
    QSpinBox *m_days;
    QCheckBox *m_confirm;
    FieldMessage *m_message;
    QPushButton *m_delete;
    bool m_immediate = false;
    bool m_busy = false;
};

} // namespace pca::views

// Revoking a certificate: which one (serial, prefilled from the selection), why (the reasons
// of RFC 5280 with an explanation each), and a clear Revoke button. Errors stay in the dialog.
#pragma once

#include "PrivateCaClient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pca::views {

class FieldMessage;

class RevokeCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    RevokeCertificateDialog(models::PrivateCaClient *client, const api::CertificateAuthority &ca,
                            const QString &serial, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void revoked(const QString &serial);

private:
    void update();

    models::PrivateCaClient *m_client;
    QString m_caArn;
    QLineEdit *m_serial;
    QComboBox *m_reason;
    QLabel *m_explanation;
    FieldMessage *m_message;
    QPushButton *m_revoke;
    bool m_busy = false;
};

} // namespace pca::views

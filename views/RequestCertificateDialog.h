// Requesting a private certificate from Certificate Manager: the domain name, additional names,
// the issuing CA (the store's active CAs, with whether each lets ACM renew), the key algorithm
// and optional tags. ACM generates the key and has the CA issue the certificate in the
// background; the dialog closes as soon as the request is recorded.
#pragma once

#include "CertificateManagerClient.h"
#include "PrivateCaClient.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pca::views {

class FieldMessage;
class TagListInput;

class RequestCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // `cas` are the store's CAs (only the active ones are offered); `preferredCaArn` is chosen
    // when it is one of them.
    RequestCertificateDialog(models::CertificateManagerClient *acm,
                             models::PrivateCaClient *privateCa,
                             const QList<models::CertificateAuthorityEntry> &cas,
                             const QString &preferredCaArn, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void requested(const QString &certificateArn);

private:
    void updateForm();
    void checkCertificateAuthority();
    api::acm::RequestCertificateRequest request() const;

    models::CertificateManagerClient *m_acm;
    models::PrivateCaClient *m_privateCa;
    QList<models::CertificateAuthorityEntry> m_cas;
    QLineEdit *m_domain;
    FieldMessage *m_domainMessage;
    QPlainTextEdit *m_names;
    FieldMessage *m_namesMessage;
    QComboBox *m_keyAlgorithm;
    QComboBox *m_ca;
    FieldMessage *m_caMessage;
    TagListInput *m_tags;
    FieldMessage *m_message;
    QPushButton *m_request;
    bool m_caUsable = false;
    bool m_busy = false;
    int m_caCheck = 0;
};

} // namespace pca::views

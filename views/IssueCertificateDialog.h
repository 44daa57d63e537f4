// Issuing a certificate: from a CSR (pasted or opened) or from a key and CSR generated here;
// a template picker that explains each template; validity by duration or end date; subject
// alternative names. After issuance: the certificate, and — for a key generated here — export
// as password-protected PKCS#12 or PEM.
#pragma once

#include "PrivateCaClient.h"
#include "crypto/KeyAndCsrGenerator.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace pca::views {

class CertificateViewer;
class FieldMessage;
class SubjectForm;
class ValidityInput;

class IssueCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    IssueCertificateDialog(models::PrivateCaClient *client, const api::CertificateAuthority &ca,
                           QWidget *parent = nullptr);

    // Subject alternative names from text, one per line: "DNS:…", "IP:…", "email:…", "URI:…"
    // or a bare value (an address is IP, a@b is email, scheme://… is URI, else DNS).
    static QList<api::GeneralName> parseSubjectAltNames(const QString &text, QString *problem);
    QString issuedCertificateArn() const { return m_certificateArn; }
    bool hasGeneratedKey() const { return !m_key.isNull(); }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void issued(const QString &certificateArn);

private:
    void buildFormPage();
    void buildResultPage();
    void updateForm();
    void updateTemplateDescription();
    void issue(const QByteArray &csr);
    void showResult();
    void setBusy(bool busy, const QString &text = QString());
    void openCsrFile();
    void savePem(bool withChain);
    void savePkcs12();
    void saveKeyPem();
    bool writeFile(const QString &path, const QByteArray &content);

    models::PrivateCaClient *m_client;
    api::CertificateAuthority m_ca;
    QStackedWidget *m_pages;
    // Form.
    QRadioButton *m_useCsr;
    QRadioButton *m_generate;
    QWidget *m_csrBox;
    QWidget *m_generateBox;
    QPlainTextEdit *m_csrText;
    FieldMessage *m_csrMessage;
    QComboBox *m_keyAlgorithm;
    SubjectForm *m_subject;
    QPlainTextEdit *m_sans;
    FieldMessage *m_sansMessage;
    QComboBox *m_template;
    QLabel *m_templateDescription;
    ValidityInput *m_validity;
    QComboBox *m_signing;
    QProgressBar *m_progress;
    FieldMessage *m_message;
    QPushButton *m_issue;
    QPushButton *m_cancel;
    // Result.
    QLabel *m_resultTitle;
    QLineEdit *m_resultArn;
    CertificateViewer *m_viewer;
    QWidget *m_keyExport;
    QLineEdit *m_password;
    QLineEdit *m_passwordRepeat;
    FieldMessage *m_exportMessage;
    QPushButton *m_done;

    crypto::GeneratedKeyAndCsr m_key;
    QString m_certificateArn;
    QByteArray m_certificatePem;
    QByteArray m_chainPem;
    bool m_busy = false;
    bool m_keySaved = false;
};

} // namespace pca::views

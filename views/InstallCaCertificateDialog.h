// Installing a CA certificate, both ways of the console: sign it right here — a root signs
// itself, a subordinate is signed by an active CA of this store — in one click, or import a
// certificate (and its chain) that an external CA signed from this CA's CSR.
#pragma once

#include "PrivateCaClient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace pca::models {
class CaActivation;
}

namespace pca::views {

class FieldMessage;
class ValidityInput;

class InstallCaCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // `others` are the CAs of the store (active ones can sign a subordinate).
    InstallCaCertificateDialog(models::PrivateCaClient *client, const api::CertificateAuthority &ca,
                               const QList<models::CertificateAuthorityEntry> &others,
                               QWidget *parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void installed(const QString &caArn);

private:
    void update();
    void updateIssuer();
    void setBusy(bool busy, const QString &text = QString());
    void loadFile(QPlainTextEdit *target);
    void importExternal();

    models::PrivateCaClient *m_client;
    api::CertificateAuthority m_ca;
    bool m_root;
    QRadioButton *m_signHere;
    QRadioButton *m_importExternal;
    QStackedWidget *m_pages;
    QComboBox *m_issuer;
    QSpinBox *m_pathLength;
    ValidityInput *m_validity;
    QPlainTextEdit *m_certificate;
    QPlainTextEdit *m_chain;
    QPlainTextEdit *m_csr;
    QProgressBar *m_progress;
    FieldMessage *m_message;
    QPushButton *m_install;
    models::CaActivation *m_activation;
    bool m_busy = false;
};

} // namespace pca::views

// Exporting a managed certificate with its private key: as one PKCS#12 file, or as PEM files
// (certificate, chain, and the private key encrypted as PKCS#8). The passphrase that protects
// the key is typed twice and used for this export only; it is never stored.
#pragma once

#include "CertificateManagerClient.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pca::views {

class FieldMessage;

class ExportManagedCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    ExportManagedCertificateDialog(models::CertificateManagerClient *client,
                                   const ManagedCertificateView &certificate,
                                   QWidget *parent = nullptr);

    // The file name stem for a domain (`*.example.com` → `wildcard.example.com`).
    static QString fileStem(const QString &domainName);

Q_SIGNALS:
    // The files written by one export.
    void exported(const QStringList &paths);

private:
    void updateForm();
    void exportFiles();
    void exportPkcs12(const QByteArray &passphrase);
    void exportPem(const QByteArray &passphrase);
    bool writeFiles(const QList<std::pair<QString, QByteArray>> &files);
    void finish(const QStringList &paths);
    void setBusy(bool busy);

    models::CertificateManagerClient *m_client;
    QString m_arn;
    QString m_stem;
    QRadioButton *m_pkcs12;
    QRadioButton *m_pem;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    FieldMessage *m_passphraseMessage;
    FieldMessage *m_message;
    QPushButton *m_export;
    bool m_busy = false;
};

} // namespace pca::views

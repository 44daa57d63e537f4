// A decoded certificate, readable: subject, issuer, validity, serial, key, SANs, every
// extension, fingerprints. Text is selectable for copying.
#pragma once

#include "crypto/CertificateInspector.h"

#include <QTextBrowser>

namespace pca::views {

class CertificateViewer : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CertificateViewer(QWidget *parent = nullptr);
    void showCertificate(const crypto::CertificateDetails &details);
    // Decodes PEM/DER; shows the problem when it cannot.
    void showPem(const QByteArray &pem);
    void showMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    std::optional<crypto::CertificateDetails> m_details;
    QString m_message;
};

} // namespace pca::views

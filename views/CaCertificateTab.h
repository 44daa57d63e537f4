// The CA certificate tab: the decoded certificate, its PEM, the chain above it, and export as
// PEM or DER. Before a certificate is installed it shows the CA's CSR to copy or save.
#pragma once

#include "CaTab.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace pca::views {

class CertificateViewer;

class CaCertificateTab : public CaTab
{
    Q_OBJECT

public:
    explicit CaCertificateTab(models::PrivateCaClient *client, QWidget *parent = nullptr);

    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray chainPem() const { return m_chainPem; }

Q_SIGNALS:
    void installRequested();

protected:
    void load() override;
    void updateDescription() override;

private:
    void showCertificate();
    void showCsr();
    void exportCertificate(bool der);
    void exportChain();
    void saveCsr();
    bool hasCertificate() const;

    QStackedWidget *m_pages;
    // Certificate page.
    QTabWidget *m_views;
    CertificateViewer *m_viewer;
    QPlainTextEdit *m_pem;
    QListWidget *m_chainList;
    CertificateViewer *m_chainViewer;
    QPushButton *m_exportPem, *m_exportDer, *m_exportChain;
    // CSR page.
    QLabel *m_csrIntro;
    QPlainTextEdit *m_csr;
    QPushButton *m_install;
    QByteArray m_certificatePem;
    QByteArray m_chainPem;
    QString m_csrPem;
    int m_generation = 0;
    bool m_loadedWithCertificate = false;
    std::optional<QString> m_loadedSerial;
    api::CertificateAuthorityStatus m_loadedStatus = api::CertificateAuthorityStatus::CREATING;
};

} // namespace pca::views

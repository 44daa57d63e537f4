#include "CaCertificateTab.h"

#include "CertificateFiles.h"
#include "CertificateViewer.h"
#include "DisplayNames.h"
#include "ModalHooks.h"
#include "ThemedIcons.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pca::views {

namespace {

bool writeFile(QWidget *parent, const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size()) {
        ModalHooks::showError(parent, QObject::tr("Save file"),
                              PcaError(errors::StoreError, file.errorString()));
        return false;
    }
    return true;
}

QPlainTextEdit *pemView(QWidget *parent, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

// "C=US, O=Example, CN=Root" → "Root" (the whole name when it has no CN).
QString commonNameOf(const QString &subject)
{
    for (const QString &part : subject.split(QStringLiteral(", "))) {
        if (part.startsWith(QStringLiteral("CN=")))
            return part.mid(3);
    }
    return subject;
}

QString safeFileName(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("ca") : name;
}

} // namespace

CaCertificateTab::CaCertificateTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
{
    setObjectName(QStringLiteral("caCertificateTab"));
    m_pages = new QStackedWidget(this);

    // ---- the installed certificate
    auto *certificatePage = new QWidget(m_pages);
    m_views = new QTabWidget(certificatePage);
    m_views->setObjectName(QStringLiteral("caCertificateViews"));
    m_viewer = new CertificateViewer(m_views);
    m_pem = pemView(m_views, QStringLiteral("caCertificatePem"));
    auto *chainPage = new QSplitter(Qt::Horizontal, m_views);
    m_chainList = new QListWidget(chainPage);
    m_chainList->setObjectName(QStringLiteral("caChainList"));
    m_chainList->setAccessibleName(tr("Certificate chain"));
    m_chainViewer = new CertificateViewer(chainPage);
    m_chainViewer->setObjectName(QStringLiteral("caChainViewer"));
    chainPage->addWidget(m_chainList);
    chainPage->addWidget(m_chainViewer);
    chainPage->setStretchFactor(1, 2);
    m_views->addTab(m_viewer, tr("Details"));
    m_views->addTab(m_pem, tr("PEM"));
    m_views->addTab(chainPage, tr("Chain"));
    connect(m_chainList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_chainViewer->showPem(m_chainList->item(row)->data(Qt::UserRole).toByteArray());
    });

    m_exportPem = new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Export PEM…"),
                                  certificatePage);
    m_exportPem->setObjectName(QStringLiteral("exportCaPemButton"));
    m_exportDer = new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Export DER…"),
                                  certificatePage);
    m_exportDer->setObjectName(QStringLiteral("exportCaDerButton"));
    m_exportChain = new QPushButton(ThemedIcons::icon(QStringLiteral("export")),
                                    tr("Export chain…"), certificatePage);
    m_exportChain->setObjectName(QStringLiteral("exportCaChainButton"));
    auto *copyPem =
        new QPushButton(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy PEM"), certificatePage);
    copyPem->setObjectName(QStringLiteral("copyCaPemButton"));
    connect(m_exportPem, &QPushButton::clicked, this, [this] { exportCertificate(false); });
    connect(m_exportDer, &QPushButton::clicked, this, [this] { exportCertificate(true); });
    connect(m_exportChain, &QPushButton::clicked, this, &CaCertificateTab::exportChain);
    connect(copyPem, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromLatin1(m_certificatePem)); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportPem);
    buttons->addWidget(m_exportDer);
    buttons->addWidget(m_exportChain);
    buttons->addWidget(copyPem);
    buttons->addStretch();
    auto *certificateLayout = new QVBoxLayout(certificatePage);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    certificateLayout->addWidget(m_views, 1);
    certificateLayout->addLayout(buttons);

    // ---- no certificate yet: the CSR
    auto *csrPage = new QWidget(m_pages);
    m_csrIntro = new QLabel(csrPage);
    m_csrIntro->setObjectName(QStringLiteral("caCsrIntro"));
    m_csrIntro->setWordWrap(true);
    m_csr = pemView(csrPage, QStringLiteral("caCsrPem"));
    m_install = new QPushButton(ThemedIcons::icon(QStringLiteral("install-certificate")),
                                tr("Install CA certificate…"), csrPage);
    m_install->setObjectName(QStringLiteral("installFromTabButton"));
    connect(m_install, &QPushButton::clicked, this, &CaCertificateTab::installRequested);
    auto *saveCsr =
        new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Save CSR…"), csrPage);
    saveCsr->setObjectName(QStringLiteral("saveCsrButton"));
    connect(saveCsr, &QPushButton::clicked, this, &CaCertificateTab::saveCsr);
    auto *copyCsr =
        new QPushButton(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy CSR"), csrPage);
    copyCsr->setObjectName(QStringLiteral("copyCsrButton"));
    connect(copyCsr, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_csrPem); });
    auto *csrButtons = new QHBoxLayout;
    csrButtons->addWidget(m_install);
    csrButtons->addWidget(saveCsr);
    csrButtons->addWidget(copyCsr);
    csrButtons->addStretch();
    auto *csrLayout = new QVBoxLayout(csrPage);
    csrLayout->setContentsMargins(0, 0, 0, 0);
    csrLayout->addWidget(m_csrIntro);
    csrLayout->addWidget(m_csr, 1);
    csrLayout->addLayout(csrButtons);

    m_pages->addWidget(certificatePage);
    m_pages->addWidget(csrPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

bool CaCertificateTab::hasCertificate() const
{
    using S = api::CertificateAuthorityStatus;
    return status() == S::ACTIVE || status() == S::DISABLED || status() == S::EXPIRED ||
           (status() == S::DELETED && certificateAuthority().notAfter.has_value());
}

void CaCertificateTab::load()
{
    ++m_generation;
    m_loadedWithCertificate = hasCertificate();
    m_loadedSerial = certificateAuthority().serial;
    m_loadedStatus = status();
    m_certificatePem.clear();
    m_chainPem.clear();
    m_csrPem.clear();
    if (hasCertificate())
        showCertificate();
    else
        showCsr();
}

void CaCertificateTab::updateDescription()
{
    // A certificate was installed or renewed, or the CA left PENDING: read it again.
    if (hasCertificate() != m_loadedWithCertificate ||
        certificateAuthority().serial != m_loadedSerial ||
        (!hasCertificate() && status() != m_loadedStatus))
        load();
}

void CaCertificateTab::showCertificate()
{
    m_pages->setCurrentIndex(0);
    m_viewer->showMessage(tr("Loading…"));
    m_pem->clear();
    m_chainList->clear();
    const int generation = m_generation;
    client()->getCertificateAuthorityCertificate(
        arn(), this,
        [this,
         generation](const models::Reply<api::GetCertificateAuthorityCertificateResponse> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                m_viewer->showMessage(reply.error().message());
                return;
            }
            m_certificatePem = reply.value().certificate.value_or(QString()).toLatin1();
            m_chainPem = reply.value().certificateChain.value_or(QString()).toLatin1();
            m_viewer->showPem(m_certificatePem);
            m_pem->setPlainText(QString::fromLatin1(m_certificatePem));
            // The chain, this certificate first, up to the root.
            m_chainList->clear();
            QList<QByteArray> blocks{m_certificatePem};
            const QByteArray marker = "-----BEGIN CERTIFICATE-----";
            for (qsizetype at = m_chainPem.indexOf(marker); at >= 0;) {
                const qsizetype next = m_chainPem.indexOf(marker, at + 1);
                blocks << m_chainPem.mid(at, next < 0 ? -1 : next - at);
                at = next;
            }
            for (const QByteArray &block : blocks) {
                try {
                    const crypto::CertificateDetails d =
                        models::CertificateFiles::decode(block).first();
                    auto *item = new QListWidgetItem(
                        ThemedIcons::icon(d.selfSigned ? QStringLiteral("ca-root")
                                                       : QStringLiteral("ca-subordinate")),
                        commonNameOf(d.subject), m_chainList);
                    item->setData(Qt::UserRole, block);
                    item->setToolTip(tr("%1\nIssued by %2").arg(d.subject, d.issuer));
                } catch (const PcaError &) {
                }
            }
            if (m_chainList->count() > 0)
                m_chainList->setCurrentRow(0);
            m_exportChain->setEnabled(!m_chainPem.isEmpty());
        });
}

void CaCertificateTab::showCsr()
{
    m_pages->setCurrentIndex(1);
    using S = api::CertificateAuthorityStatus;
    m_install->setEnabled(status() == S::PENDING_CERTIFICATE);
    if (status() == S::CREATING) {
        m_csrIntro->setText(tr("The key pair and the CSR are being generated…"));
        m_csr->clear();
        return;
    }
    if (status() != S::PENDING_CERTIFICATE) {
        m_csrIntro->setText(tr("This CA has no certificate."));
        m_csr->clear();
        return;
    }
    m_csrIntro->setText(
        tr("No CA certificate is installed yet. Install one signed by a CA of this store in "
           "one click, or give this certificate signing request (CSR) to an external CA and "
           "install the certificate it returns."));
    const int generation = m_generation;
    client()->getCertificateAuthorityCsr(
        arn(), this, [this, generation](const models::Reply<QString> &reply) {
            if (generation != m_generation)
                return;
            m_csrPem = reply.ok() ? reply.value() : QString();
            m_csr->setPlainText(reply.ok() ? reply.value() : reply.error().message());
        });
}

void CaCertificateTab::exportCertificate(bool der)
{
    if (m_certificatePem.isEmpty())
        return;
    const QString base = safeFileName(models::DisplayNames::caTitle(certificateAuthority()));
    const QString path = ModalHooks::saveFileName(
        this, der ? tr("Export CA certificate (DER)") : tr("Export CA certificate (PEM)"),
        base + (der ? QStringLiteral(".cer") : QStringLiteral(".pem")),
        der ? tr("DER certificates (*.cer *.der)") : tr("PEM certificates (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    writeFile(this, path,
              der ? models::CertificateFiles::toDer(m_certificatePem) : m_certificatePem);
}

void CaCertificateTab::exportChain()
{
    const QString base = safeFileName(models::DisplayNames::caTitle(certificateAuthority()));
    const QString path = ModalHooks::saveFileName(this, tr("Export certificate chain"),
                                                  base + QStringLiteral("-chain.pem"),
                                                  tr("PEM certificates (*.pem *.crt)"));
    if (!path.isEmpty())
        writeFile(this, path, m_certificatePem + m_chainPem);
}

void CaCertificateTab::saveCsr()
{
    if (m_csrPem.isEmpty())
        return;
    const QString base = safeFileName(models::DisplayNames::caTitle(certificateAuthority()));
    const QString path =
        ModalHooks::saveFileName(this, tr("Save CSR"), base + QStringLiteral(".csr"),
                                 tr("Certificate signing requests (*.csr *.pem)"));
    if (!path.isEmpty())
        writeFile(this, path, m_csrPem.toLatin1());
}

} // namespace pca::views

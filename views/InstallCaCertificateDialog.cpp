#include "InstallCaCertificateDialog.h"

#include "BusyIndicator.h"
#include "CaActivation.h"
#include "CertificateFiles.h"
#include "DisplayNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "ThemedIcons.h"
#include "ValidityInput.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pca::views {

using models::DisplayNames;

namespace {
QPlainTextEdit *pemEdit(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(placeholder);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

InstallCaCertificateDialog::InstallCaCertificateDialog(
    models::PrivateCaClient *client, const api::CertificateAuthority &ca,
    const QList<models::CertificateAuthorityEntry> &others, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_ca(ca)
    , m_root(ca.type == api::CertificateAuthorityType::ROOT)
    , m_activation(new models::CaActivation(client, this))
{
    setObjectName(QStringLiteral("installDialog"));
    setWindowTitle(tr("Install CA certificate — %1").arg(DisplayNames::caTitle(ca)));

    m_signHere = new QRadioButton(
        m_root ? tr("Sign it here: %1 signs its own certificate").arg(DisplayNames::caTitle(ca))
               : tr("Sign it with a CA of this store"),
        this);
    m_signHere->setObjectName(QStringLiteral("installSignHere"));
    m_importExternal =
        new QRadioButton(m_root ? tr("Import a self-signed certificate made elsewhere")
                                : tr("Import a certificate signed by an external CA"),
                         this);
    m_importExternal->setObjectName(QStringLiteral("installImportExternal"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_signHere);
    group->addButton(m_importExternal);

    m_pages = new QStackedWidget(this);
    // ---- sign here
    auto *signPage = new QWidget(m_pages);
    auto *signForm = new QFormLayout(signPage);
    m_issuer = new QComboBox(signPage);
    m_issuer->setObjectName(QStringLiteral("installIssuer"));
    m_issuer->setAccessibleName(tr("Signing CA"));
    for (const models::CertificateAuthorityEntry &entry : others) {
        if (entry.ca.status == api::CertificateAuthorityStatus::ACTIVE && entry.ca.arn != ca.arn)
            m_issuer->addItem(ThemedIcons::icon(entry.ca.type == api::CertificateAuthorityType::ROOT
                                                    ? QStringLiteral("ca-root")
                                                    : QStringLiteral("ca-subordinate")),
                              DisplayNames::caTitle(entry.ca), *entry.ca.arn);
    }
    m_pathLength = new QSpinBox(signPage);
    m_pathLength->setObjectName(QStringLiteral("installPathLength"));
    m_pathLength->setRange(0, 3);
    m_pathLength->setAccessibleName(tr("Path length"));
    m_pathLength->setMaximumWidth(90);
    m_pathLength->setToolTip(tr("How many levels of CAs may follow below this one (0: it "
                                "issues only end-entity certificates)."));
    m_validity = new ValidityInput(QStringLiteral("installValidity"), signPage);
    m_validity->setDuration(m_root ? 10 : 5, ValidityInput::Unit::Years);
    if (!m_root) {
        signForm->addRow(tr("Signing CA:"), m_issuer);
        signForm->addRow(tr("Path length:"), m_pathLength);
    } else {
        m_issuer->setVisible(false);
        m_pathLength->setVisible(false);
    }
    signForm->addRow(tr("Valid:"), m_validity);
    auto *signNote = new QLabel(
        m_root ? tr("The certificate uses the RootCACertificate/V1 template.")
               : tr("The certificate uses the SubordinateCACertificate_PathLen template and is "
                    "installed with the chain of the signing CA."),
        signPage);
    signNote->setWordWrap(true);
    signForm->addRow(signNote);

    // ---- import
    auto *importPage = new QWidget(m_pages);
    m_csr = pemEdit(importPage, QStringLiteral("installCsrPem"), QString());
    m_csr->setReadOnly(true);
    m_csr->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_csr->setMaximumHeight(110);
    auto *copyCsr =
        new QPushButton(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy CSR"), importPage);
    copyCsr->setObjectName(QStringLiteral("installCopyCsr"));
    connect(copyCsr, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_csr->toPlainText()); });
    m_certificate = pemEdit(importPage, QStringLiteral("installCertificatePem"),
                            tr("-----BEGIN CERTIFICATE-----\n…"));
    m_certificate->setAccessibleName(tr("CA certificate"));
    m_chain = pemEdit(importPage, QStringLiteral("installChainPem"),
                      tr("The issuing CA's certificate, then its issuers up to the root"));
    m_chain->setAccessibleName(tr("Certificate chain"));
    auto *openCertificate = new QPushButton(ThemedIcons::icon(QStringLiteral("open-file")),
                                            tr("Open file…"), importPage);
    openCertificate->setObjectName(QStringLiteral("installOpenCertificate"));
    auto *openChain = new QPushButton(ThemedIcons::icon(QStringLiteral("open-file")),
                                      tr("Open file…"), importPage);
    openChain->setObjectName(QStringLiteral("installOpenChain"));
    connect(openCertificate, &QPushButton::clicked, this, [this] { loadFile(m_certificate); });
    connect(openChain, &QPushButton::clicked, this, [this] { loadFile(m_chain); });
    auto *importForm = new QFormLayout(importPage);
    auto *csrRow = new QHBoxLayout;
    csrRow->addWidget(m_csr, 1);
    csrRow->addWidget(copyCsr, 0, Qt::AlignTop);
    importForm->addRow(tr("This CA's CSR:"), csrRow);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certificate, 1);
    certRow->addWidget(openCertificate, 0, Qt::AlignTop);
    importForm->addRow(tr("CA certificate:"), certRow);
    auto *chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chain, 1);
    chainRow->addWidget(openChain, 0, Qt::AlignTop);
    importForm->addRow(tr("Certificate chain:"), chainRow);
    if (m_root) {
        m_chain->setVisible(false);
        openChain->setVisible(false);
        importForm->setRowVisible(chainRow, false);
    }
    m_pages->addWidget(signPage);
    m_pages->addWidget(importPage);

    m_progress = createBusyIndicator(this, QStringLiteral("installProgress"));
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("installMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_install = buttons->addButton(tr("Install"), QDialogButtonBox::AcceptRole);
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setIcon(ThemedIcons::icon(QStringLiteral("install-certificate")));
    connect(buttons, &QDialogButtonBox::accepted, this, &InstallCaCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *intro =
        new QLabel(ca.status == api::CertificateAuthorityStatus::PENDING_CERTIFICATE
                       ? tr("%1 waits for its CA certificate. Installing one activates it.")
                             .arg(DisplayNames::caTitle(ca))
                       : tr("Installing a new certificate for %1 renews it with the same key.")
                             .arg(DisplayNames::caTitle(ca)),
                   this);
    intro->setObjectName(QStringLiteral("installIntro"));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(m_signHere);
    layout->addWidget(m_importExternal);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(660, 520);

    const bool canSignHere = m_root || m_issuer->count() > 0;
    m_signHere->setEnabled(canSignHere);
    if (!canSignHere)
        m_signHere->setToolTip(tr("No active CA in this store can sign it."));
    (canSignHere ? m_signHere : m_importExternal)->setChecked(true);
    for (QRadioButton *radio : {m_signHere, m_importExternal})
        connect(radio, &QRadioButton::toggled, this, &InstallCaCertificateDialog::update);
    connect(m_issuer, &QComboBox::currentIndexChanged, this,
            &InstallCaCertificateDialog::updateIssuer);
    connect(m_validity, &ValidityInput::changed, this, &InstallCaCertificateDialog::update);
    connect(m_certificate, &QPlainTextEdit::textChanged, this, &InstallCaCertificateDialog::update);
    connect(m_activation, &models::CaActivation::stepChanged, this,
            [this](models::CaActivation::Step step) {
                switch (step) {
                case models::CaActivation::Step::ReadingCsr:
                    setBusy(true, tr("Reading the CSR…"));
                    break;
                case models::CaActivation::Step::Signing:
                    setBusy(true, tr("Signing the CA certificate…"));
                    break;
                case models::CaActivation::Step::Installing:
                    setBusy(true, tr("Installing the certificate…"));
                    break;
                case models::CaActivation::Step::Done:
                    break;
                }
            });
    connect(m_activation, &models::CaActivation::finished, this, [this] {
        setBusy(false);
        Q_EMIT installed(*m_ca.arn);
        QDialog::accept();
    });
    connect(m_activation, &models::CaActivation::failed, this, [this](const PcaError &error) {
        setBusy(false);
        m_message->showError(models::ErrorText::oneLine(error));
    });

    client->getCertificateAuthorityCsr(*ca.arn, this, [this](const models::Reply<QString> &csr) {
        m_csr->setPlainText(csr.ok() ? csr.value() : csr.error().message());
    });
    updateIssuer();
}

void InstallCaCertificateDialog::updateIssuer()
{
    if (m_root) {
        update();
        return;
    }
    const QString issuerArn = m_issuer->currentData().toString();
    m_validity->setLatestEnd(QDateTime());
    if (!issuerArn.isEmpty()) {
        m_client->describeCertificateAuthority(
            issuerArn, this,
            [this, issuerArn](const models::Reply<api::CertificateAuthority> &reply) {
                if (reply.ok() && m_issuer->currentData().toString() == issuerArn)
                    m_validity->setLatestEnd(reply.value().notAfter.value_or(QDateTime()));
            });
    }
    update();
}

void InstallCaCertificateDialog::update()
{
    const bool sign = m_signHere->isChecked();
    m_pages->setCurrentIndex(sign ? 0 : 1);
    bool ready = false;
    if (sign) {
        ready = m_validity->problem().isEmpty() && (m_root || m_issuer->currentIndex() >= 0);
    } else {
        ready = models::CertificateFiles::looksLikePem(m_certificate->toPlainText().toLatin1(),
                                                       "CERTIFICATE");
    }
    m_install->setEnabled(ready && !m_busy);
}

void InstallCaCertificateDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_message->showHint(text);
    m_signHere->setEnabled(!busy && (m_root || m_issuer->count() > 0));
    m_importExternal->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    update();
}

void InstallCaCertificateDialog::loadFile(QPlainTextEdit *target)
{
    const QString path = ModalHooks::openFileName(this, tr("Open certificate"),
                                                  tr("Certificates (*.pem *.crt *.cer *.der);;"
                                                     "All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    QByteArray content = file.read(4 * 1024 * 1024);
    if (!content.contains("-----BEGIN")) {
        // DER: show it as PEM so the user sees what is installed.
        try {
            content = models::CertificateFiles::toDer(content).toBase64();
            QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
            for (qsizetype i = 0; i < content.size(); i += 64)
                pem += content.mid(i, 64) + '\n';
            content = pem + "-----END CERTIFICATE-----\n";
        } catch (const PcaError &error) {
            m_message->showError(tr("%1 is not a certificate: %2").arg(path, error.message()));
            return;
        }
    }
    target->setPlainText(QString::fromLatin1(content));
}

void InstallCaCertificateDialog::accept()
{
    if (m_busy)
        return;
    if (m_importExternal->isChecked()) {
        importExternal();
        return;
    }
    models::CaActivation::Options options;
    options.caArn = *m_ca.arn;
    options.issuerArn = m_root ? QString() : m_issuer->currentData().toString();
    options.validity = m_validity->validity();
    options.pathLength = m_pathLength->value();
    m_activation->start(options);
}

void InstallCaCertificateDialog::importExternal()
{
    api::ImportCertificateAuthorityCertificateRequest request;
    request.certificateAuthorityArn = *m_ca.arn;
    request.certificate = m_certificate->toPlainText().trimmed().toLatin1();
    if (!m_root && !m_chain->toPlainText().trimmed().isEmpty())
        request.certificateChain = m_chain->toPlainText().trimmed().toLatin1();
    setBusy(true, tr("Installing the certificate…"));
    m_client->importCertificateAuthorityCertificate(
        request, this, [this](const models::Reply<models::Done> &reply) {
            setBusy(false);
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                return;
            }
            Q_EMIT installed(*m_ca.arn);
            QDialog::accept();
        });
}

} // namespace pca::views

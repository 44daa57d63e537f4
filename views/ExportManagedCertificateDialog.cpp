#include "ExportManagedCertificateDialog.h"

#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "ThemedIcons.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pca::views {

namespace {
constexpr int kMinPassphrase = 4; // ExportCertificate's Passphrase: 4 to 128 bytes
constexpr int kMaxPassphrase = 128;
} // namespace

QString ExportManagedCertificateDialog::fileStem(const QString &domainName)
{
    QString stem = domainName;
    if (stem.startsWith(QStringLiteral("*.")))
        stem.replace(0, 1, QStringLiteral("wildcard"));
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return stem.isEmpty() ? QStringLiteral("certificate") : stem;
}

ExportManagedCertificateDialog::ExportManagedCertificateDialog(
    models::CertificateManagerClient *client, const ManagedCertificateView &certificate,
    QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_arn(certificate.detail.certificateArn.value_or(QString()))
    , m_stem(fileStem(certificate.detail.domainName.value_or(QString())))
{
    setObjectName(QStringLiteral("exportManagedCertificateDialog"));
    const QString domain = certificate.detail.domainName.value_or(QString());
    setWindowTitle(tr("Export certificate — %1").arg(domain));

    auto *intro = new QLabel(
        tr("The export holds the private key of <b>%1</b>, encrypted with the passphrase you "
           "choose here. The passphrase is not stored anywhere: keep it, the key cannot be used "
           "without it. The CA's audit trail records the export.")
            .arg(domain.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    auto *format = new QGroupBox(tr("Format"), this);
    m_pkcs12 = new QRadioButton(tr("PKCS#12: key, certificate and chain in one .p12 file"), format);
    m_pkcs12->setObjectName(QStringLiteral("exportFormatPkcs12"));
    m_pem = new QRadioButton(tr("PEM: certificate, chain and encrypted private key as three "
                                ".pem files in a folder"),
                             format);
    m_pem->setObjectName(QStringLiteral("exportFormatPem"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_pkcs12);
    group->addButton(m_pem);
    m_pkcs12->setChecked(true);
    auto *formatLayout = new QVBoxLayout(format);
    formatLayout->addWidget(m_pkcs12);
    formatLayout->addWidget(m_pem);

    auto *protection = new QGroupBox(tr("Passphrase for the private key"), this);
    m_passphrase = new QLineEdit(protection);
    m_passphrase->setObjectName(QStringLiteral("exportPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMaxLength(kMaxPassphrase);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat = new QLineEdit(protection);
    m_repeat->setObjectName(QStringLiteral("exportPassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(kMaxPassphrase);
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    m_passphraseMessage = new FieldMessage(protection);
    m_passphraseMessage->setObjectName(QStringLiteral("exportPassphraseMessage"));
    auto *form = new QFormLayout(protection);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(QString(), m_passphraseMessage);

    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("exportResultMessage"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("exportCloseButton"));
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(ThemedIcons::icon(QStringLiteral("export")));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportManagedCertificateDialog::exportFiles);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportManagedCertificateDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(format);
    layout->addWidget(protection);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this,
            &ExportManagedCertificateDialog::updateForm);
    connect(m_repeat, &QLineEdit::textChanged, this, &ExportManagedCertificateDialog::updateForm);
    updateForm();
    // As wide as the longer format line wants, as tall as the content.
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

void ExportManagedCertificateDialog::updateForm()
{
    const QString passphrase = m_passphrase->text();
    QString problem;
    if (passphrase.toUtf8().size() < kMinPassphrase)
        problem = tr("At least %1 characters.").arg(kMinPassphrase);
    else if (passphrase.toUtf8().size() > kMaxPassphrase)
        problem = tr("At most %1 bytes.").arg(kMaxPassphrase);
    else if (m_repeat->text() != passphrase)
        problem = m_repeat->text().isEmpty() ? tr("Type the passphrase again.")
                                             : tr("The passphrases do not match.");
    // While one of the fields is still empty, a hint; then a problem.
    if (passphrase.isEmpty() || m_repeat->text().isEmpty())
        m_passphraseMessage->showHint(problem);
    else
        m_passphraseMessage->showError(problem);
    m_export->setEnabled(!m_busy && problem.isEmpty());
}

void ExportManagedCertificateDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_message->showHint(tr("Exporting…"));
    updateForm();
}

void ExportManagedCertificateDialog::exportFiles()
{
    updateForm();
    if (m_busy || !m_export->isEnabled())
        return;
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    if (m_pkcs12->isChecked())
        exportPkcs12(passphrase);
    else
        exportPem(passphrase);
}

void ExportManagedCertificateDialog::exportPkcs12(const QByteArray &passphrase)
{
    const QString path =
        ModalHooks::saveFileName(this, tr("Save PKCS#12"), m_stem + QStringLiteral(".p12"),
                                 tr("PKCS#12 files (*.p12 *.pfx)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    m_client->exportPkcs12(m_arn, passphrase, this,
                           [this, path](const models::Reply<QByteArray> &reply) {
                               setBusy(false);
                               if (!reply.ok()) {
                                   m_message->showError(models::ErrorText::oneLine(reply.error()));
                                   return;
                               }
                               if (writeFiles({{path, reply.value()}}))
                                   finish({path});
                           });
}

void ExportManagedCertificateDialog::exportPem(const QByteArray &passphrase)
{
    const QString directory = ModalHooks::existingDirectory(
        this, tr("Choose a folder for the PEM files"), QDir::homePath());
    if (directory.isEmpty())
        return;
    const QDir dir(directory);
    const QStringList paths = {
        dir.filePath(m_stem + QStringLiteral("-certificate.pem")),
        dir.filePath(m_stem + QStringLiteral("-chain.pem")),
        dir.filePath(m_stem + QStringLiteral("-private-key.pem")),
    };
    QStringList existing;
    for (const QString &path : paths) {
        if (QFile::exists(path))
            existing << QDir::toNativeSeparators(path);
    }
    if (!existing.isEmpty() &&
        ModalHooks::question(this, tr("Replace files?"),
                             tr("These files exist and will be replaced:\n%1")
                                 .arg(existing.join(QLatin1Char('\n')))) != QMessageBox::Yes)
        return;
    setBusy(true);
    api::acm::ExportCertificateRequest request;
    request.certificateArn = m_arn;
    request.passphrase = passphrase;
    m_client->exportCertificate(
        request, this,
        [this, paths](const models::Reply<api::acm::ExportCertificateResponse> &reply) {
            setBusy(false);
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                return;
            }
            const api::acm::ExportCertificateResponse &pem = reply.value();
            if (writeFiles({{paths.at(0), pem.certificate.value_or(QString()).toLatin1()},
                            {paths.at(1), pem.certificateChain.value_or(QString()).toLatin1()},
                            {paths.at(2), pem.privateKey.value_or(QString()).toLatin1()}}))
                finish(paths);
        });
}

bool ExportManagedCertificateDialog::writeFiles(const QList<std::pair<QString, QByteArray>> &files)
{
    for (const auto &[path, content] : files) {
        QFile file(path);
        // Only the owner may read what holds a key: a new file is created so, a file replaced
        // gets these permissions before the key is written.
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) ||
            !file.setPermissions(ownerOnly) || file.write(content) != content.size() ||
            !file.flush()) {
            m_message->showError(tr("%1 cannot be written: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
    }
    return true;
}

void ExportManagedCertificateDialog::finish(const QStringList &paths)
{
    // The passphrase served this export; it is not kept.
    m_passphrase->clear();
    m_repeat->clear();
    QStringList shown;
    for (const QString &path : paths)
        shown << QDir::toNativeSeparators(path);
    m_message->showSuccess(tr("Saved to %1.").arg(shown.join(QStringLiteral(", "))));
    Q_EMIT exported(paths);
}

} // namespace pca::views

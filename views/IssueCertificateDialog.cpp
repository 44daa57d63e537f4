#include "IssueCertificateDialog.h"

#include "BusyIndicator.h"
#include "CertificateFiles.h"
#include "CertificateViewer.h"
#include "DisplayNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "ScrollingPage.h"
#include "SubjectForm.h"
#include "ThemedIcons.h"
#include "ValidityInput.h"
#include "crypto/CertificateTemplates.h"
#include "crypto/Keys.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pca::views {

using models::DisplayNames;

namespace {

// IPv4 in dotted decimal or IPv6 in colon hex (the engine checks the details).
bool isIpAddress(const QString &text)
{
    static const QRegularExpression v4(
        QStringLiteral("\\A((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|"
                       "[1-9]?\\d)\\z"));
    static const QRegularExpression v6(
        QStringLiteral("\\A[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}\\z"));
    return v4.match(text).hasMatch() || v6.match(text).hasMatch();
}

QString safeFileName(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("certificate") : name;
}

} // namespace

QList<api::GeneralName> IssueCertificateDialog::parseSubjectAltNames(const QString &text,
                                                                     QString *problem)
{
    QList<api::GeneralName> names;
    const QStringList lines =
        text.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        api::GeneralName name;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString prefix = colon > 0 ? line.left(colon).toLower() : QString();
        const QString value = colon > 0 ? line.mid(colon + 1).trimmed() : line;
        if (prefix == QLatin1StringView("dns")) {
            name.dnsName = value;
        } else if (prefix == QLatin1StringView("ip")) {
            if (!isIpAddress(value)) {
                *problem = tr("%1 is not an IP address.").arg(value);
                return {};
            }
            name.ipAddress = value;
        } else if (prefix == QLatin1StringView("email")) {
            name.rfc822Name = value;
        } else if (prefix == QLatin1StringView("uri")) {
            name.uniformResourceIdentifier = value;
        } else if (isIpAddress(line)) {
            name.ipAddress = line;
        } else if (line.contains(QLatin1StringView("://"))) {
            name.uniformResourceIdentifier = line;
        } else if (line.contains(QLatin1Char('@'))) {
            name.rfc822Name = line;
        } else {
            static const QRegularExpression dns(
                QStringLiteral("\\A(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-"
                               "z0-9-]{0,62}))*\\.?\\z"));
            if (!dns.match(line).hasMatch()) {
                *problem = tr("%1 is not a DNS name, IP address, e-mail address or URI.").arg(line);
                return {};
            }
            name.dnsName = line;
        }
        names << name;
    }
    if (names.size() > 150) {
        *problem = tr("At most 150 alternative names are allowed.");
        return {};
    }
    return names;
}

IssueCertificateDialog::IssueCertificateDialog(models::PrivateCaClient *client,
                                               const api::CertificateAuthority &ca, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_ca(ca)
{
    setObjectName(QStringLiteral("issueDialog"));
    setWindowTitle(tr("Issue certificate — %1").arg(DisplayNames::caTitle(ca)));
    m_pages = new QStackedWidget(this);
    buildFormPage();
    buildResultPage();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(720, 760);
    updateForm();
}

void IssueCertificateDialog::buildFormPage()
{
    auto *page = new QWidget(m_pages);

    // ---- where the CSR comes from
    auto *source = new QGroupBox(tr("Certificate signing request"), page);
    m_useCsr = new QRadioButton(tr("Use a CSR (paste it or open a file)"), source);
    m_useCsr->setObjectName(QStringLiteral("issueUseCsr"));
    m_generate = new QRadioButton(tr("Generate a key and CSR here"), source);
    m_generate->setObjectName(QStringLiteral("issueGenerateKey"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_useCsr);
    group->addButton(m_generate);
    m_generate->setChecked(true);

    m_csrBox = new QWidget(source);
    m_csrText = new QPlainTextEdit(m_csrBox);
    m_csrText->setObjectName(QStringLiteral("issueCsrText"));
    m_csrText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_csrText->setPlaceholderText(tr("-----BEGIN CERTIFICATE REQUEST-----\n…"));
    m_csrText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_csrText->setTabChangesFocus(true);
    m_csrText->setAccessibleName(tr("CSR"));
    m_csrText->setMinimumHeight(110);
    auto *openCsr =
        new QPushButton(ThemedIcons::icon(QStringLiteral("open-file")), tr("Open file…"), m_csrBox);
    openCsr->setObjectName(QStringLiteral("issueOpenCsr"));
    connect(openCsr, &QPushButton::clicked, this, &IssueCertificateDialog::openCsrFile);
    m_csrMessage = new FieldMessage(m_csrBox);
    m_csrMessage->setObjectName(QStringLiteral("issueCsrMessage"));
    auto *csrLayout = new QGridLayout(m_csrBox);
    csrLayout->setContentsMargins(20, 0, 0, 0);
    csrLayout->addWidget(m_csrText, 0, 0);
    csrLayout->addWidget(openCsr, 0, 1, Qt::AlignTop);
    csrLayout->addWidget(m_csrMessage, 1, 0, 1, 2);

    m_generateBox = new QWidget(source);
    m_keyAlgorithm = new QComboBox(m_generateBox);
    m_keyAlgorithm->setObjectName(QStringLiteral("issueKeyAlgorithm"));
    m_keyAlgorithm->setAccessibleName(tr("Key algorithm"));
    for (api::KeyAlgorithm algorithm :
         {api::KeyAlgorithm::EC_prime256v1, api::KeyAlgorithm::EC_secp384r1,
          api::KeyAlgorithm::EC_secp521r1, api::KeyAlgorithm::RSA_2048, api::KeyAlgorithm::RSA_3072,
          api::KeyAlgorithm::RSA_4096})
        m_keyAlgorithm->addItem(DisplayNames::keyAlgorithm(algorithm), int(algorithm));
    m_subject = new SubjectForm(QStringLiteral("issueSubject"), m_generateBox);
    auto *generateLayout = new QFormLayout(m_generateBox);
    generateLayout->setContentsMargins(20, 0, 0, 0);
    generateLayout->addRow(tr("Key algorithm:"), m_keyAlgorithm);
    generateLayout->addRow(m_subject);

    auto *sourceLayout = new QVBoxLayout(source);
    sourceLayout->addWidget(m_generate);
    sourceLayout->addWidget(m_generateBox);
    sourceLayout->addWidget(m_useCsr);
    sourceLayout->addWidget(m_csrBox);

    // ---- what the certificate says
    auto *content = new QGroupBox(tr("Certificate"), page);
    m_sans = new QPlainTextEdit(content);
    m_sans->setObjectName(QStringLiteral("issueSans"));
    m_sans->setAccessibleName(tr("Subject alternative names"));
    m_sans->setPlaceholderText(tr("One per line, e.g.\nwww.example.com\n10.0.0.5\n"
                                  "ops@example.com"));
    m_sans->setTabChangesFocus(true);
    m_sans->setMaximumHeight(90);
    m_sansMessage = new FieldMessage(content);
    m_sansMessage->setObjectName(QStringLiteral("issueSansMessage"));
    m_template = new QComboBox(content);
    m_template->setObjectName(QStringLiteral("issueTemplate"));
    m_template->setAccessibleName(tr("Template"));
    for (const crypto::CertificateTemplate &t : crypto::certificateTemplates()) {
        if (t.isRootCa())
            continue; // only for a root's own certificate
        m_template->addItem(t.name, t.arn());
    }
    m_template->setCurrentIndex(m_template->findData(crypto::defaultTemplate().arn()));
    m_templateDescription = new QLabel(content);
    m_templateDescription->setObjectName(QStringLiteral("issueTemplateDescription"));
    m_templateDescription->setWordWrap(true);
    QPalette muted = m_templateDescription->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_templateDescription->setPalette(muted);
    m_validity = new ValidityInput(QStringLiteral("issueValidity"), content);
    const bool shortLived =
        m_ca.usageMode == api::CertificateAuthorityUsageMode::SHORT_LIVED_CERTIFICATE;
    m_validity->setDuration(shortLived ? 7 : 1,
                            shortLived ? ValidityInput::Unit::Days : ValidityInput::Unit::Years);
    m_validity->setLatestEnd(m_ca.notAfter.value_or(QDateTime()));
    m_signing = new QComboBox(content);
    m_signing->setObjectName(QStringLiteral("issueSigningAlgorithm"));
    m_signing->setAccessibleName(tr("Signing algorithm"));
    if (m_ca.certificateAuthorityConfiguration) {
        const api::KeyAlgorithm caKey = m_ca.certificateAuthorityConfiguration->keyAlgorithm;
        for (const QString &name : api::enumNames<api::SigningAlgorithm>()) {
            const auto algorithm = *api::enumFromString<api::SigningAlgorithm>(name);
            if (crypto::isSigningAlgorithmCompatible(caKey, algorithm))
                m_signing->addItem(DisplayNames::signingAlgorithm(algorithm), int(algorithm));
        }
        m_signing->setCurrentIndex(
            m_signing->findData(int(m_ca.certificateAuthorityConfiguration->signingAlgorithm)));
    }
    auto *contentForm = new QFormLayout(content);
    contentForm->addRow(tr("Alternative names:"), m_sans);
    contentForm->addRow(QString(), m_sansMessage);
    contentForm->addRow(tr("Template:"), m_template);
    contentForm->addRow(QString(), m_templateDescription);
    contentForm->addRow(tr("Valid:"), m_validity);
    contentForm->addRow(tr("Signed with:"), m_signing);

    m_progress = createBusyIndicator(page, QStringLiteral("issueProgress"));
    m_message = new FieldMessage(page);
    m_message->setObjectName(QStringLiteral("issueMessage"));
    auto *buttons = new QDialogButtonBox(page);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_issue = buttons->addButton(tr("Issue"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setIcon(ThemedIcons::icon(QStringLiteral("issue-certificate")));
    m_issue->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &IssueCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueCertificateDialog::reject);

    auto *issuer = new QLabel(
        tr("Issued by <b>%1</b> (%2, valid until %3).")
            .arg(DisplayNames::caTitle(m_ca).toHtmlEscaped(),
                 DisplayNames::caType(m_ca.type.value_or(api::CertificateAuthorityType::ROOT)),
                 m_ca.notAfter ? DisplayNames::date(*m_ca.notAfter) : QStringLiteral("—")),
        page);
    issuer->setObjectName(QStringLiteral("issueIssuer"));
    issuer->setWordWrap(true);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(issuer);
    innerLayout->addWidget(source);
    innerLayout->addWidget(content);
    innerLayout->addStretch();
    QVBoxLayout *layout = setScrollingContent(page, inner);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_pages->addWidget(page);

    for (QRadioButton *radio : {m_useCsr, m_generate})
        connect(radio, &QRadioButton::toggled, this, &IssueCertificateDialog::updateForm);
    connect(m_csrText, &QPlainTextEdit::textChanged, this, &IssueCertificateDialog::updateForm);
    connect(m_sans, &QPlainTextEdit::textChanged, this, &IssueCertificateDialog::updateForm);
    connect(m_subject, &SubjectForm::changed, this, &IssueCertificateDialog::updateForm);
    connect(m_validity, &ValidityInput::changed, this, &IssueCertificateDialog::updateForm);
    connect(m_template, &QComboBox::currentIndexChanged, this, &IssueCertificateDialog::updateForm);
}

void IssueCertificateDialog::buildResultPage()
{
    auto *page = new QWidget(m_pages);
    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("issueResultTitle"));
    QFont title = m_resultTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_resultTitle->setFont(title);
    m_resultArn = new QLineEdit(page);
    m_resultArn->setObjectName(QStringLiteral("issueResultArn"));
    m_resultArn->setReadOnly(true);
    m_resultArn->setAccessibleName(tr("Certificate ARN"));
    m_viewer = new CertificateViewer(page);
    m_viewer->setObjectName(QStringLiteral("issueResultViewer"));

    auto *saveCertificate =
        new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Save certificate…"), page);
    saveCertificate->setObjectName(QStringLiteral("saveCertificatePemButton"));
    auto *saveChain =
        new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Save with chain…"), page);
    saveChain->setObjectName(QStringLiteral("saveCertificateChainButton"));
    connect(saveCertificate, &QPushButton::clicked, this, [this] { savePem(false); });
    connect(saveChain, &QPushButton::clicked, this, [this] { savePem(true); });

    m_keyExport = new QGroupBox(tr("The private key generated here"), page);
    auto *keyNote = new QLabel(tr("The key exists only in this window. Save it now, protected by "
                                  "a password: it cannot be retrieved later."),
                               m_keyExport);
    keyNote->setWordWrap(true);
    m_password = new QLineEdit(m_keyExport);
    m_password->setObjectName(QStringLiteral("exportPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Export password"));
    m_passwordRepeat = new QLineEdit(m_keyExport);
    m_passwordRepeat->setObjectName(QStringLiteral("exportPasswordRepeat"));
    m_passwordRepeat->setEchoMode(QLineEdit::Password);
    m_passwordRepeat->setAccessibleName(tr("Repeat export password"));
    auto *savePkcs12 = new QPushButton(ThemedIcons::icon(QStringLiteral("password")),
                                       tr("Save PKCS#12…"), m_keyExport);
    savePkcs12->setObjectName(QStringLiteral("savePkcs12Button"));
    auto *saveKeyPem = new QPushButton(ThemedIcons::icon(QStringLiteral("key")),
                                       tr("Save key and certificate as PEM…"), m_keyExport);
    saveKeyPem->setObjectName(QStringLiteral("saveKeyPemButton"));
    connect(savePkcs12, &QPushButton::clicked, this, &IssueCertificateDialog::savePkcs12);
    connect(saveKeyPem, &QPushButton::clicked, this, &IssueCertificateDialog::saveKeyPem);
    m_exportMessage = new FieldMessage(m_keyExport);
    m_exportMessage->setObjectName(QStringLiteral("exportMessage"));
    auto *keyForm = new QFormLayout(m_keyExport);
    keyForm->addRow(keyNote);
    keyForm->addRow(tr("Password:"), m_password);
    keyForm->addRow(tr("Repeat:"), m_passwordRepeat);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(savePkcs12);
    keyButtons->addWidget(saveKeyPem);
    keyButtons->addStretch();
    keyForm->addRow(keyButtons);
    keyForm->addRow(m_exportMessage);

    auto *buttons = new QDialogButtonBox(page);
    m_done = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("issueDoneButton"));
    connect(m_done, &QPushButton::clicked, this, &IssueCertificateDialog::reject);
    auto *certButtons = new QHBoxLayout;
    certButtons->addWidget(saveCertificate);
    certButtons->addWidget(saveChain);
    certButtons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_resultArn);
    layout->addWidget(m_viewer, 1);
    layout->addLayout(certButtons);
    layout->addWidget(m_keyExport);
    layout->addWidget(buttons);
    m_pages->addWidget(page);
}

void IssueCertificateDialog::updateTemplateDescription()
{
    const crypto::CertificateTemplate *t =
        crypto::findTemplateByArn(m_template->currentData().toString());
    m_templateDescription->setText(t ? t->description() : QString());
    m_template->setToolTip(m_templateDescription->text());
}

void IssueCertificateDialog::updateForm()
{
    updateTemplateDescription();
    const bool generate = m_generate->isChecked();
    m_csrBox->setVisible(!generate);
    m_generateBox->setVisible(generate);
    bool ok = true;
    if (generate) {
        ok = m_subject->problem().isEmpty();
        m_csrMessage->clearMessage();
    } else {
        const QString problem =
            models::CertificateFiles::csrProblem(m_csrText->toPlainText().toLatin1());
        if (m_csrText->toPlainText().trimmed().isEmpty())
            m_csrMessage->showHint(problem);
        else if (!problem.isEmpty())
            m_csrMessage->showError(problem);
        else
            m_csrMessage->showSuccess(tr("The CSR is valid."));
        ok = problem.isEmpty();
    }
    QString sanProblem;
    const QList<api::GeneralName> sans = parseSubjectAltNames(m_sans->toPlainText(), &sanProblem);
    const crypto::CertificateTemplate *t =
        crypto::findTemplateByArn(m_template->currentData().toString());
    if (sanProblem.isEmpty() && !generate && !sans.isEmpty() && t && !t->acceptsApiPassthrough())
        sanProblem = tr("%1 takes alternative names from the CSR only; choose an "
                        "APIPassthrough template to add names here.")
                         .arg(t->name);
    if (!sanProblem.isEmpty())
        m_sansMessage->showError(sanProblem);
    else if (generate && sans.isEmpty() && m_subject->isEmpty())
        m_sansMessage->showHint(tr("Give a common name or at least one alternative name."));
    else
        m_sansMessage->clearMessage();
    ok = ok && sanProblem.isEmpty() && m_validity->problem().isEmpty() &&
         !(generate && sans.isEmpty() && m_subject->isEmpty());
    m_issue->setEnabled(ok && !m_busy);
}

void IssueCertificateDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_message->showHint(text);
    m_pages->widget(0)->findChild<QScrollArea *>()->setEnabled(!busy);
    updateForm();
}

void IssueCertificateDialog::openCsrFile()
{
    const QString path = ModalHooks::openFileName(
        this, tr("Open CSR"),
        tr("Certificate signing requests (*.csr *.pem *.req);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_csrMessage->showError(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray content = file.read(64 * 1024);
    if (content.contains("-----BEGIN")) {
        m_csrText->setPlainText(QString::fromLatin1(content));
    } else {
        QByteArray pem = "-----BEGIN CERTIFICATE REQUEST-----\n";
        const QByteArray b64 = content.toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 64)
            pem += b64.mid(i, 64) + '\n';
        m_csrText->setPlainText(QString::fromLatin1(pem + "-----END CERTIFICATE REQUEST-----\n"));
    }
}

void IssueCertificateDialog::accept()
{
    if (m_busy || m_pages->currentIndex() != 0 || !m_issue->isEnabled())
        return;
    m_message->clearMessage();
    if (m_useCsr->isChecked()) {
        issue(m_csrText->toPlainText().trimmed().toLatin1());
        return;
    }
    QString ignored;
    crypto::KeyAndCsrRequest request;
    request.keyAlgorithm = api::KeyAlgorithm(m_keyAlgorithm->currentData().toInt());
    request.subject = m_subject->subject();
    request.subjectAlternativeNames = parseSubjectAltNames(m_sans->toPlainText(), &ignored);
    setBusy(true, tr("Generating the key pair…"));
    models::CertificateFiles::generateKeyAndCsr(
        request, this, [this](const models::Reply<crypto::GeneratedKeyAndCsr> &reply) {
            if (!reply.ok()) {
                setBusy(false);
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                return;
            }
            m_key = reply.value();
            issue(m_key.csrPem());
        });
}

void IssueCertificateDialog::issue(const QByteArray &csr)
{
    setBusy(true, tr("Issuing the certificate…"));
    api::IssueCertificateRequest request;
    request.certificateAuthorityArn = *m_ca.arn;
    request.csr = csr;
    request.signingAlgorithm = api::SigningAlgorithm(m_signing->currentData().toInt());
    request.templateArn = m_template->currentData().toString();
    request.validity = m_validity->validity();
    const crypto::CertificateTemplate *t = crypto::findTemplateByArn(*request.templateArn);
    QString ignored;
    const QList<api::GeneralName> sans = parseSubjectAltNames(m_sans->toPlainText(), &ignored);
    if (m_useCsr->isChecked() && !sans.isEmpty() && t && t->acceptsApiPassthrough()) {
        api::ApiPassthrough passthrough;
        passthrough.extensions = api::Extensions{};
        passthrough.extensions->subjectAlternativeNames = sans;
        request.apiPassthrough = passthrough;
    }
    m_client->issueCertificate(
        request, this, [this](const models::Reply<api::IssueCertificateResponse> &reply) {
            if (!reply.ok()) {
                setBusy(false);
                m_key = {}; // nothing was issued for it
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                return;
            }
            m_certificateArn = reply.value().certificateArn.value_or(QString());
            m_client->getCertificate(
                {*m_ca.arn, m_certificateArn}, this,
                [this](const models::Reply<api::GetCertificateResponse> &cert) {
                    setBusy(false);
                    if (cert.ok()) {
                        m_certificatePem = cert.value().certificate.value_or(QString()).toLatin1();
                        m_chainPem = cert.value().certificateChain.value_or(QString()).toLatin1();
                    }
                    Q_EMIT issued(m_certificateArn);
                    showResult();
                });
        });
}

void IssueCertificateDialog::showResult()
{
    m_resultTitle->setText(tr("Certificate issued"));
    m_resultArn->setText(m_certificateArn);
    m_resultArn->setCursorPosition(0);
    m_viewer->showPem(m_certificatePem);
    m_keyExport->setVisible(!m_key.isNull());
    m_pages->setCurrentIndex(1);
    m_done->setFocus();
}

bool IssueCertificateDialog::writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size()) {
        m_exportMessage->showError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void IssueCertificateDialog::savePem(bool withChain)
{
    const QString base = safeFileName(models::serialFromCertificateArn(m_certificateArn));
    const QString path =
        ModalHooks::saveFileName(this, tr("Save certificate"), base + QStringLiteral(".pem"),
                                 tr("PEM certificates (*.pem *.crt)"));
    if (!path.isEmpty())
        writeFile(path, withChain ? m_certificatePem + m_chainPem : m_certificatePem);
}

void IssueCertificateDialog::savePkcs12()
{
    if (m_password->text().isEmpty()) {
        m_exportMessage->showError(tr("Choose a password to protect the key."));
        return;
    }
    if (m_password->text() != m_passwordRepeat->text()) {
        m_exportMessage->showError(tr("The passwords do not match."));
        return;
    }
    const QString base = safeFileName(models::serialFromCertificateArn(m_certificateArn));
    const QString path = ModalHooks::saveFileName(
        this, tr("Save PKCS#12"), base + QStringLiteral(".p12"), tr("PKCS#12 files (*.p12 *.pfx)"));
    if (path.isEmpty())
        return;
    m_exportMessage->showHint(tr("Protecting the key…"));
    const QString friendly = models::CertificateFiles::decode(m_certificatePem)
                                 .value(0)
                                 .subject.section(QStringLiteral("CN="), 1)
                                 .section(QLatin1Char(','), 0, 0);
    models::CertificateFiles::exportPkcs12(
        m_key, m_certificatePem, m_chainPem, m_password->text().toUtf8(), friendly, this,
        [this, path](const models::Reply<QByteArray> &reply) {
            if (!reply.ok()) {
                m_exportMessage->showError(models::ErrorText::oneLine(reply.error()));
                return;
            }
            if (writeFile(path, reply.value())) {
                m_keySaved = true;
                m_exportMessage->showSuccess(tr("Saved to %1.").arg(path));
            }
        });
}

void IssueCertificateDialog::saveKeyPem()
{
    if (m_password->text() != m_passwordRepeat->text()) {
        m_exportMessage->showError(tr("The passwords do not match."));
        return;
    }
    if (m_password->text().isEmpty() &&
        ModalHooks::question(this, tr("Save the key unprotected?"),
                             tr("Without a password, anyone who can read the file can use the "
                                "key. Save it unprotected anyway?")) != QMessageBox::Yes)
        return;
    const QString base = safeFileName(models::serialFromCertificateArn(m_certificateArn));
    const QString path = ModalHooks::saveFileName(this, tr("Save key and certificate"),
                                                  base + QStringLiteral("-key-and-cert.pem"),
                                                  tr("PEM files (*.pem)"));
    if (path.isEmpty())
        return;
    try {
        const QByteArray content =
            models::CertificateFiles::privateKeyPem(m_key, m_password->text().toUtf8()) +
            m_certificatePem + m_chainPem;
        if (writeFile(path, content)) {
            m_keySaved = true;
            m_exportMessage->showSuccess(tr("Saved to %1.").arg(path));
        }
    } catch (const PcaError &error) {
        m_exportMessage->showError(models::ErrorText::oneLine(error));
    }
}

void IssueCertificateDialog::reject()
{
    if (m_busy)
        return;
    if (m_pages->currentIndex() == 1 && !m_key.isNull() && !m_keySaved &&
        ModalHooks::question(this, tr("Discard the private key?"),
                             tr("The private key was not saved and will be lost. The "
                                "certificate stays issued. Close anyway?")) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace pca::views

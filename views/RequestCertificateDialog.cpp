#include "RequestCertificateDialog.h"

#include "AcmDisplayNames.h"
#include "DisplayNames.h"
#include "DomainNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "TagListInput.h"
#include "TagModel.h"
#include "ThemedIcons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pca::views {

using models::AcmDisplayNames;
using models::DisplayNames;

RequestCertificateDialog::RequestCertificateDialog(
    models::CertificateManagerClient *acm, models::PrivateCaClient *privateCa,
    const QList<models::CertificateAuthorityEntry> &cas, const QString &preferredCaArn,
    QWidget *parent)
    : QDialog(parent)
    , m_acm(acm)
    , m_privateCa(privateCa)
{
    setObjectName(QStringLiteral("requestCertificateDialog"));
    setWindowTitle(tr("Request a private certificate"));
    for (const models::CertificateAuthorityEntry &entry : cas) {
        if (entry.ca.status == api::CertificateAuthorityStatus::ACTIVE)
            m_cas << entry;
    }

    auto *intro = new QLabel(
        tr("ACM generates the key pair, has the CA you choose issue the certificate (valid for "
           "%1 days) and renews it before it expires, as long as the CA allows it.")
            .arg(CertificateManager::kValidityDays),
        this);
    intro->setWordWrap(true);

    // ---- names and key
    auto *names = new QGroupBox(tr("Certificate"), this);
    m_domain = new QLineEdit(names);
    m_domain->setObjectName(QStringLiteral("requestDomainName"));
    m_domain->setAccessibleName(tr("Domain name"));
    m_domain->setPlaceholderText(tr("www.example.com or *.example.com"));
    m_domainMessage = new FieldMessage(names);
    m_domainMessage->setObjectName(QStringLiteral("requestDomainMessage"));
    m_names = new QPlainTextEdit(names);
    m_names->setObjectName(QStringLiteral("requestAdditionalNames"));
    m_names->setAccessibleName(tr("Additional names"));
    m_names->setPlaceholderText(tr("Optional, one per line, e.g.\nexample.com\napi.example.com"));
    m_names->setTabChangesFocus(true);
    m_names->setMaximumHeight(84);
    m_namesMessage = new FieldMessage(names);
    m_namesMessage->setObjectName(QStringLiteral("requestNamesMessage"));
    m_keyAlgorithm = new QComboBox(names);
    m_keyAlgorithm->setObjectName(QStringLiteral("requestKeyAlgorithm"));
    m_keyAlgorithm->setAccessibleName(tr("Key algorithm"));
    for (api::acm::KeyAlgorithm algorithm : AcmDisplayNames::requestableKeyAlgorithms())
        m_keyAlgorithm->addItem(AcmDisplayNames::keyAlgorithm(algorithm), int(algorithm));
    m_keyAlgorithm->setCurrentIndex(0); // RSA 2048, ACM's default
    auto *namesForm = new QFormLayout(names);
    namesForm->addRow(tr("Domain name:"), m_domain);
    namesForm->addRow(QString(), m_domainMessage);
    namesForm->addRow(tr("Additional names:"), m_names);
    namesForm->addRow(QString(), m_namesMessage);
    namesForm->addRow(tr("Key algorithm:"), m_keyAlgorithm);

    // ---- the issuing CA
    auto *issuer = new QGroupBox(tr("Issuing CA"), this);
    m_ca = new QComboBox(issuer);
    m_ca->setObjectName(QStringLiteral("requestCertificateAuthority"));
    m_ca->setAccessibleName(tr("Issuing CA"));
    for (const models::CertificateAuthorityEntry &entry : m_cas) {
        const api::CertificateAuthority &ca = entry.ca;
        m_ca->addItem(
            ThemedIcons::icon(ca.type == api::CertificateAuthorityType::ROOT
                                  ? QStringLiteral("ca-root")
                                  : QStringLiteral("ca-subordinate")),
            tr("%1 (%2, valid until %3)")
                .arg(DisplayNames::caTitle(ca),
                     DisplayNames::caType(ca.type.value_or(api::CertificateAuthorityType::ROOT)),
                     ca.notAfter ? DisplayNames::date(*ca.notAfter) : QStringLiteral("—")),
            ca.arn.value_or(QString()));
    }
    const int preferred = m_ca->findData(preferredCaArn);
    m_ca->setCurrentIndex(preferred >= 0 ? preferred : 0);
    m_caMessage = new FieldMessage(issuer);
    m_caMessage->setObjectName(QStringLiteral("requestCaMessage"));
    auto *issuerLayout = new QVBoxLayout(issuer);
    issuerLayout->addWidget(m_ca);
    issuerLayout->addWidget(m_caMessage);

    // ---- tags
    auto *tagBox = new QGroupBox(tr("Tags (optional)"), this);
    m_tags = new TagListInput(
        QStringLiteral("request"),
        tr("A certificate can have at most %1 tags.").arg(models::TagModel::kMaxTags), tagBox);
    m_tags->setMinimumHeight(150);
    auto *tagLayout = new QVBoxLayout(tagBox);
    tagLayout->addWidget(m_tags);

    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("requestMessage"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_request = buttons->addButton(tr("Request"), QDialogButtonBox::AcceptRole);
    m_request->setObjectName(QStringLiteral("requestButton"));
    m_request->setIcon(ThemedIcons::icon(QStringLiteral("issue-certificate")));
    m_request->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestCertificateDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(names);
    layout->addWidget(issuer);
    layout->addWidget(tagBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_domain, &QLineEdit::textChanged, this, &RequestCertificateDialog::updateForm);
    connect(m_names, &QPlainTextEdit::textChanged, this, &RequestCertificateDialog::updateForm);
    connect(m_tags, &TagListInput::changed, this, &RequestCertificateDialog::updateForm);
    connect(m_ca, &QComboBox::currentIndexChanged, this,
            &RequestCertificateDialog::checkCertificateAuthority);
    resize(640, 680);
    checkCertificateAuthority();
}

void RequestCertificateDialog::checkCertificateAuthority()
{
    const int generation = ++m_caCheck;
    m_caUsable = false;
    if (m_cas.isEmpty()) {
        m_ca->setEnabled(false);
        m_caMessage->showError(tr("No CA of this store is active. Create a CA or activate one "
                                  "under Private CAs first."));
        updateForm();
        return;
    }
    const QString arn = m_ca->currentData().toString();
    api::CertificateAuthority ca;
    for (const models::CertificateAuthorityEntry &entry : m_cas) {
        if (entry.ca.arn == arn)
            ca = entry.ca;
    }
    const QDateTime needed =
        QDateTime::currentDateTimeUtc().addDays(CertificateManager::kValidityDays);
    if (ca.notAfter && *ca.notAfter < needed) {
        m_caMessage->showError(tr("This CA expires on %1, before a certificate valid for %2 days "
                                  "would. Choose another CA or renew its certificate.")
                                   .arg(DisplayNames::date(*ca.notAfter))
                                   .arg(CertificateManager::kValidityDays));
        updateForm();
        return;
    }
    m_caUsable = true;
    m_caMessage->showHint(tr("Checking whether this CA lets ACM renew…"));
    updateForm();
    m_privateCa->acmRenewalAuthorization(
        arn, this, [this, generation](const models::Reply<AcmRenewalAuthorization> &reply) {
            if (generation != m_caCheck)
                return;
            if (reply.ok() && reply.value().authorized())
                m_caMessage->showSuccess(tr("This CA authorizes ACM to renew the certificate."));
            else
                m_caMessage->showError(
                    tr("This CA does not authorize ACM to renew: the certificate will be issued "
                       "but will fail to renew until you check \"Authorize ACM to use this CA "
                       "for renewals\" on the CA's Permissions tab."));
        });
}

void RequestCertificateDialog::updateForm()
{
    const QString domain = m_domain->text().trimmed();
    const QString domainProblem = models::DomainNames::problem(domain);
    if (domain.isEmpty())
        m_domainMessage->showHint(domainProblem);
    else
        m_domainMessage->showError(domainProblem);
    QString namesProblem;
    models::DomainNames::additionalNames(m_names->toPlainText(), domain, &namesProblem);
    m_namesMessage->showError(namesProblem);
    m_request->setEnabled(!m_busy && m_caUsable && domainProblem.isEmpty() &&
                          namesProblem.isEmpty() && m_tags->problem().isEmpty());
}

api::acm::RequestCertificateRequest RequestCertificateDialog::request() const
{
    api::acm::RequestCertificateRequest request;
    request.domainName = m_domain->text().trimmed();
    QString ignored;
    const QStringList names =
        models::DomainNames::additionalNames(m_names->toPlainText(), request.domainName, &ignored);
    if (!names.isEmpty())
        request.subjectAlternativeNames = QList<QString>(names.begin(), names.end());
    request.certificateAuthorityArn = m_ca->currentData().toString();
    request.keyAlgorithm = api::acm::KeyAlgorithm(m_keyAlgorithm->currentData().toInt());
    const QList<api::Tag> tags = m_tags->tags(&ignored);
    if (!tags.isEmpty())
        request.tags = tags;
    return request;
}

void RequestCertificateDialog::accept()
{
    updateForm();
    if (m_busy || !m_request->isEnabled())
        return;
    m_busy = true;
    m_message->showHint(tr("Requesting…"));
    updateForm();
    m_acm->requestCertificate(
        request(), this, [this](const models::Reply<api::acm::RequestCertificateResponse> &reply) {
            m_busy = false;
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                updateForm();
                return;
            }
            Q_EMIT requested(reply.value().certificateArn.value_or(QString()));
            QDialog::accept();
        });
}

} // namespace pca::views

#include "RevokeCertificateDialog.h"

#include "DisplayNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ThemedIcons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pca::views {

using models::DisplayNames;

RevokeCertificateDialog::RevokeCertificateDialog(models::PrivateCaClient *client,
                                                 const api::CertificateAuthority &ca,
                                                 const QString &serial, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_caArn(ca.arn.value_or(QString()))
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke certificate"));
    auto *intro = new QLabel(tr("Revoked certificates are listed in the CRL of %1 and "
                                "reported as revoked over OCSP. This cannot be undone.")
                                 .arg(DisplayNames::caTitle(ca)),
                             this);
    intro->setWordWrap(true);
    m_serial = new QLineEdit(serial.isEmpty() ? QString() : DisplayNames::serial(serial), this);
    m_serial->setObjectName(QStringLiteral("revokeSerial"));
    m_serial->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_serial->setPlaceholderText(tr("e.g. 4F:2A:…"));
    m_serial->setAccessibleName(tr("Serial number"));
    m_serial->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9A-Fa-f: ]{0,190}")), m_serial));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setAccessibleName(tr("Reason"));
    for (const QString &name : api::enumNames<api::RevocationReason>()) {
        const auto reason = *api::enumFromString<api::RevocationReason>(name);
        m_reason->addItem(DisplayNames::revocationReason(reason), int(reason));
    }
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("revokeReasonExplanation"));
    m_explanation->setWordWrap(true);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("revokeMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Serial number:"), m_serial);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(QString(), m_explanation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("Revoke"), QDialogButtonBox::AcceptRole);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setIcon(ThemedIcons::icon(QStringLiteral("revoke")));
    connect(buttons, &QDialogButtonBox::accepted, this, &RevokeCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_serial, &QLineEdit::textChanged, this, &RevokeCertificateDialog::update);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RevokeCertificateDialog::update);
    update();
    if (serial.isEmpty())
        m_serial->setFocus();
    else
        m_reason->setFocus();
}

void RevokeCertificateDialog::update()
{
    m_explanation->setText(DisplayNames::revocationReasonExplanation(
        api::RevocationReason(m_reason->currentData().toInt())));
    QString hex = m_serial->text();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    m_revoke->setEnabled(!m_busy && !hex.isEmpty());
}

void RevokeCertificateDialog::accept()
{
    if (m_busy)
        return;
    QString serial = m_serial->text();
    serial.remove(QLatin1Char(' '));
    api::RevokeCertificateRequest request;
    request.certificateAuthorityArn = m_caArn;
    request.certificateSerial = serial;
    request.revocationReason = api::RevocationReason(m_reason->currentData().toInt());
    m_busy = true;
    update();
    m_message->showHint(tr("Revoking…"));
    m_client->revokeCertificate(
        request, this, [this, serial](const models::Reply<models::Done> &reply) {
            m_busy = false;
            update();
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                return;
            }
            Q_EMIT revoked(serial);
            QDialog::accept();
        });
}

} // namespace pca::views

#include "DeleteCertificateAuthorityDialog.h"

#include "DisplayNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ThemedIcons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pca::views {

using models::DisplayNames;

DeleteCertificateAuthorityDialog::DeleteCertificateAuthorityDialog(
    models::PrivateCaClient *client, const api::CertificateAuthority &ca, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_caArn(ca.arn.value_or(QString()))
{
    setObjectName(QStringLiteral("deleteDialog"));
    setWindowTitle(tr("Delete certificate authority"));
    using S = api::CertificateAuthorityStatus;
    const S status = ca.status.value_or(S::CREATING);
    m_immediate = status == S::CREATING || status == S::FAILED;
    const QString name = DisplayNames::caTitle(ca);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("deletePeriodDays"));
    m_days->setRange(7, 30);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Restore period"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("deleteConfirm"));
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("deleteMessage"));
    auto *form = new QFormLayout;
    if (m_immediate) {
        intro->setText(tr("%1 has no usable key yet (%2). It is deleted at once and cannot be "
                          "restored.")
                           .arg(name, DisplayNames::status(status).toLower()));
        m_days->setVisible(false);
        m_confirm->setText(tr("I understand; delete it now"));
    } else {
        intro->setText(tr("%1 stops working at once: it issues no certificates and its CRL is no "
                          "longer updated. You can restore it during the restore period; after "
                          "that it is deleted permanently with its private key.")
                           .arg(name));
        m_days->setMaximumWidth(110);
        form->addRow(tr("Restore period:"), m_days);
        m_confirm->setText(tr("I understand; delete it"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::AcceptRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setIcon(ThemedIcons::icon(QStringLiteral("delete")));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeleteCertificateAuthorityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, this, &DeleteCertificateAuthorityDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(500);
    update();
}

void DeleteCertificateAuthorityDialog::update()
{
    m_delete->setEnabled(m_confirm->isChecked() && !m_busy);
}

void DeleteCertificateAuthorityDialog::accept()
{
    if (!m_confirm->isChecked() || m_busy)
        return;
    api::DeleteCertificateAuthorityRequest request;
    request.certificateAuthorityArn = m_caArn;
    if (!m_immediate)
        request.permanentDeletionTimeInDays = m_days->value();
    m_busy = true;
    update();
    m_client->deleteCertificateAuthority(
        request, this, [this](const models::Reply<models::Done> &reply) {
            m_busy = false;
            update();
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                return;
            }
            QDialog::accept();
        });
}

} // namespace pca::views

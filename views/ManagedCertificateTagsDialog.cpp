#include "ManagedCertificateTagsDialog.h"

#include "ManagedCertificateTagModel.h"
#include "TagEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pca::views {

ManagedCertificateTagsDialog::ManagedCertificateTagsDialog(
    models::CertificateManagerClient *client, const ManagedCertificateView &certificate,
    QWidget *parent)
    : QDialog(parent)
    , m_model(new models::ManagedCertificateTagModel(client, this))
{
    setObjectName(QStringLiteral("managedCertificateTagsDialog"));
    const QString domain = certificate.detail.domainName.value_or(QString());
    setWindowTitle(tr("Tags — %1").arg(domain));
    auto *intro = new QLabel(tr("Key–value labels for organizing certificates. Double-click a key "
                                "or value to change it; changes apply at once."),
                             this);
    intro->setWordWrap(true);
    m_editor = new TagEditor(m_model, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("tagsCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ManagedCertificateTagsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(560, 420);
    m_model->setCertificate(certificate.detail.certificateArn.value_or(QString()));
}

} // namespace pca::views

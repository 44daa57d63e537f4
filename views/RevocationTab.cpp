#include "RevocationTab.h"

#include "ActionAvailability.h"
#include "DisplayNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "RevocationConfigurationEditor.h"
#include "ThemedIcons.h"

#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pca::views {

RevocationTab::RevocationTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
{
    setObjectName(QStringLiteral("revocationTab"));

    m_editor = new RevocationConfigurationEditor(this);
    m_editor->setObjectName(QStringLiteral("revocationEditor"));
    m_editor->setDefaultBucket(QStringLiteral("crl-%1").arg(client->accountId()));
    connect(m_editor, &RevocationConfigurationEditor::changed, this, &RevocationTab::formChanged);

    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("revocationMessage"));
    m_save = new QPushButton(tr("Save changes"), this);
    m_save->setObjectName(QStringLiteral("saveRevocationButton"));
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardRevocationButton"));
    connect(m_save, &QPushButton::clicked, this, &RevocationTab::save);
    connect(m_discard, &QPushButton::clicked, this, &RevocationTab::load);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addStretch();
    saveRow->addWidget(m_discard);
    saveRow->addWidget(m_save);

    // ---- current CRL
    auto *statusBox = new QGroupBox(tr("Current CRL"), this);
    m_crlNumber = new QLabel(statusBox);
    m_crlNumber->setObjectName(QStringLiteral("crlNumber"));
    m_lastGenerated = new QLabel(statusBox);
    m_lastGenerated->setObjectName(QStringLiteral("crlLastGenerated"));
    m_nextUpdate = new QLabel(statusBox);
    m_nextUpdate->setObjectName(QStringLiteral("crlNextUpdate"));
    m_distributionPoint = new QLabel(statusBox);
    m_distributionPoint->setObjectName(QStringLiteral("crlDistributionPoint"));
    m_distributionPoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_distributionPoint->setWordWrap(true);
    m_partitions = new QLabel(statusBox);
    m_partitions->setObjectName(QStringLiteral("crlPartitions"));
    m_partitions->setWordWrap(true);
    m_saveCrl =
        new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Save CRL…"), statusBox);
    m_saveCrl->setObjectName(QStringLiteral("saveCrlButton"));
    m_publish = new QPushButton(ThemedIcons::icon(QStringLiteral("refresh")),
                                tr("Publish a new CRL now"), statusBox);
    m_publish->setObjectName(QStringLiteral("publishCrlButton"));
    connect(m_saveCrl, &QPushButton::clicked, this, &RevocationTab::saveCrl);
    connect(m_publish, &QPushButton::clicked, this, &RevocationTab::publishCrl);
    auto *statusForm = new QFormLayout(statusBox);
    m_statusForm = statusForm;
    statusForm->addRow(tr("CRL number:"), m_crlNumber);
    statusForm->addRow(tr("Last generated:"), m_lastGenerated);
    statusForm->addRow(tr("Next update:"), m_nextUpdate);
    statusForm->addRow(tr("Distribution point:"), m_distributionPoint);
    statusForm->addRow(tr("Partitions:"), m_partitions);
    statusForm->setRowVisible(m_partitions, false);
    auto *crlButtons = new QHBoxLayout;
    crlButtons->addWidget(m_saveCrl);
    crlButtons->addWidget(m_publish);
    crlButtons->addStretch();
    statusForm->addRow(crlButtons);

    auto *left = new QVBoxLayout;
    left->addWidget(m_editor);
    left->addLayout(saveRow);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(statusBox);
    right->addStretch();
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    setScrollableContent(content);

    m_validateDelay = new QTimer(this);
    m_validateDelay->setSingleShot(true);
    m_validateDelay->setInterval(150);
    connect(m_validateDelay, &QTimer::timeout, this, &RevocationTab::validate);
    connect(client, &models::PrivateCaClient::crlPublished, this, [this](const QString &caArn) {
        if (caArn == arn())
            loadStatus();
    });
    updateEnabled();
}

api::RevocationConfiguration RevocationTab::configuration() const
{
    return m_editor->configuration();
}

void RevocationTab::fillForm(const api::RevocationConfiguration &configuration)
{
    m_editor->setConfiguration(configuration);
    m_dirty = false;
    m_valid = true;
    m_message->clearMessage();
    updateEnabled();
}

void RevocationTab::load()
{
    fillForm(
        certificateAuthority().revocationConfiguration.value_or(api::RevocationConfiguration{}));
    loadStatus();
}

void RevocationTab::updateDescription()
{
    if (!m_dirty)
        fillForm(certificateAuthority().revocationConfiguration.value_or(
            api::RevocationConfiguration{}));
    updateEnabled();
    loadStatus();
}

void RevocationTab::formChanged()
{
    m_dirty = true;
    updateEnabled();
    m_validateDelay->start();
}

void RevocationTab::validate()
{
    const int validation = ++m_validation;
    client()->checkRevocationConfiguration(
        configuration(), this, [this, validation](const models::Reply<models::Done> &reply) {
            if (validation != m_validation)
                return;
            m_valid = reply.ok();
            if (reply.ok())
                m_message->showHint(tr("Not saved yet."));
            else
                m_message->showError(reply.error().message());
            updateEnabled();
        });
}

void RevocationTab::updateEnabled()
{
    using S = api::CertificateAuthorityStatus;
    // The engine takes a revocation configuration also while the CA waits for its certificate
    // (as AWS does); CRLs exist only once it has one.
    const bool hasCrls = status() == S::ACTIVE || status() == S::DISABLED;
    const bool editable = hasCrls || status() == S::PENDING_CERTIFICATE;
    m_save->setEnabled(editable && m_dirty && m_valid);
    m_save->setToolTip(editable ? QString()
                                : tr("The revocation configuration can be changed only while "
                                     "the CA is active, disabled or waits for its "
                                     "certificate."));
    m_discard->setEnabled(m_dirty);
    const bool crlLive = hasCrls && certificateAuthority().revocationConfiguration &&
                         certificateAuthority().revocationConfiguration->crlConfiguration &&
                         certificateAuthority().revocationConfiguration->crlConfiguration->enabled;
    m_saveCrl->setEnabled(crlLive);
    // A remote server publishes its CRLs itself: the button is hidden, the reason shown on the
    // status box's tooltip.
    const QString unavailable =
        client()->unavailableReason(models::PrivateCaClient::Feature::GenerateCrl);
    m_publish->setVisible(unavailable.isEmpty());
    m_saveCrl->setToolTip(unavailable);
    m_publish->setEnabled(crlLive && unavailable.isEmpty());
}

void RevocationTab::save()
{
    api::UpdateCertificateAuthorityRequest request;
    request.certificateAuthorityArn = arn();
    request.revocationConfiguration = configuration();
    m_save->setEnabled(false);
    client()->updateCertificateAuthority(
        request, this, [this](const models::Reply<models::Done> &reply) {
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                updateEnabled();
                return;
            }
            m_dirty = false;
            m_message->showSuccess(tr("Saved."));
            updateEnabled();
        });
}

void RevocationTab::loadStatus()
{
    client()->crlStatus(arn(), this, [this](const models::Reply<CrlStatus> &reply) {
        if (!reply.ok() || !reply.value().enabled) {
            m_crlNumber->setText(tr("CRLs are not published for this CA."));
            m_lastGenerated->setText(QStringLiteral("—"));
            m_nextUpdate->setText(QStringLiteral("—"));
            m_distributionPoint->setText(QStringLiteral("—"));
            m_statusForm->setRowVisible(m_partitions, false);
            return;
        }
        const CrlStatus &crl = reply.value();
        m_crlNumber->setText(crl.crlNumber > 0 ? QString::number(crl.crlNumber)
                                               : tr("None published yet"));
        m_lastGenerated->setText(crl.lastGeneratedAt
                                     ? models::DisplayNames::dateTime(*crl.lastGeneratedAt)
                                     : QStringLiteral("—"));
        m_nextUpdate->setText(crl.nextUpdate ? models::DisplayNames::dateTime(*crl.nextUpdate)
                                             : QStringLiteral("—"));
        m_distributionPoint->setText(crl.distributionPointUrl.isEmpty()
                                         ? tr("(left out of certificates)")
                                         : crl.distributionPointUrl);
        // PARTITIONED CAs (or CAs that were): each partition's CRL is published with this one.
        m_partitions->setText(tr("%1 (each has its own CRL, published with the complete CRL)")
                                  .arg(QLocale().toString(crl.partitionCount)));
        m_statusForm->setRowVisible(m_partitions, crl.partitionCount > 0);
    });
}

void RevocationTab::saveCrl()
{
    const QString path = ModalHooks::saveFileName(
        this, tr("Save CRL"), models::caIdFromArn(arn()) + QStringLiteral(".crl"),
        tr("CRLs (*.crl)"));
    if (path.isEmpty())
        return;
    client()->currentCrl(arn(), this, [this, path](const models::Reply<QByteArray> &reply) {
        if (!reply.ok()) {
            ModalHooks::showError(this, tr("Save CRL"), reply.error());
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reply.value()) != reply.value().size())
            ModalHooks::showError(this, tr("Save CRL"),
                                  PcaError(errors::StoreError, file.errorString()));
        else
            m_message->showSuccess(tr("CRL saved to %1.").arg(path));
        loadStatus();
    });
}

void RevocationTab::publishCrl()
{
    m_publish->setEnabled(false);
    client()->generateCrl(arn(), this, [this](const models::Reply<models::Done> &reply) {
        updateEnabled();
        if (!reply.ok())
            ModalHooks::showError(this, tr("Publish CRL"), reply.error());
        loadStatus();
    });
}

} // namespace pca::views

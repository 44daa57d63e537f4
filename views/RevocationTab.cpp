#include "RevocationTab.h"

#include "ActionAvailability.h"
#include "DisplayNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "ThemedIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace pca::views {

RevocationTab::RevocationTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
{
    setObjectName(QStringLiteral("revocationTab"));

    // ---- CRL
    m_crlBox = new QGroupBox(tr("Certificate revocation list (CRL)"), this);
    m_crlEnabled = new QCheckBox(tr("Publish a CRL"), m_crlBox);
    m_crlEnabled->setObjectName(QStringLiteral("crlEnabled"));
    m_bucket = new QLineEdit(m_crlBox);
    m_bucket->setObjectName(QStringLiteral("crlBucket"));
    m_bucket->setPlaceholderText(tr("e.g. example-crl (3–63 lower-case letters, digits, - and .)"));
    m_bucket->setAccessibleName(tr("Bucket name"));
    m_expiration = new QSpinBox(m_crlBox);
    m_expiration->setObjectName(QStringLiteral("crlExpirationDays"));
    m_expiration->setRange(1, 5000);
    m_expiration->setValue(7);
    m_expiration->setSuffix(tr(" days"));
    m_expiration->setAccessibleName(tr("CRL validity"));
    m_crlCname = new QLineEdit(m_crlBox);
    m_crlCname->setObjectName(QStringLiteral("crlCustomCname"));
    m_crlCname->setPlaceholderText(tr("optional, e.g. crl.example.com (no http://)"));
    m_crlCname->setAccessibleName(tr("Custom CRL name"));
    m_customPath = new QLineEdit(m_crlBox);
    m_customPath->setObjectName(QStringLiteral("crlCustomPath"));
    m_customPath->setPlaceholderText(tr("optional, default: crl"));
    m_customPath->setAccessibleName(tr("Custom CRL path"));
    m_omitExtension =
        new QCheckBox(tr("Leave the CRL distribution point out of issued certificates"), m_crlBox);
    m_omitExtension->setObjectName(QStringLiteral("crlOmitExtension"));
    m_crlType = new QComboBox(m_crlBox);
    m_crlType->setObjectName(QStringLiteral("crlType"));
    m_crlType->addItem(tr("Complete"), int(api::CrlType::COMPLETE));
    m_crlType->addItem(tr("Partitioned"), int(api::CrlType::PARTITIONED));
    m_crlType->setAccessibleName(tr("CRL type"));
    m_objectAcl = new QComboBox(m_crlBox);
    m_objectAcl->setObjectName(QStringLiteral("crlObjectAcl"));
    m_objectAcl->addItem(tr("Public read"), int(api::S3ObjectAcl::PUBLIC_READ));
    m_objectAcl->addItem(tr("Bucket owner full control"),
                         int(api::S3ObjectAcl::BUCKET_OWNER_FULL_CONTROL));
    m_objectAcl->setAccessibleName(tr("Object access"));
    auto *crlForm = new QFormLayout(m_crlBox);
    crlForm->addRow(m_crlEnabled);
    crlForm->addRow(tr("Bucket:"), m_bucket);
    crlForm->addRow(tr("Valid for:"), m_expiration);
    crlForm->addRow(tr("Custom name (CNAME):"), m_crlCname);
    crlForm->addRow(tr("Custom path:"), m_customPath);
    crlForm->addRow(tr("CRL type:"), m_crlType);
    crlForm->addRow(tr("Object access:"), m_objectAcl);
    crlForm->addRow(m_omitExtension);

    // ---- OCSP
    auto *ocspBox = new QGroupBox(tr("Online Certificate Status Protocol (OCSP)"), this);
    m_ocspEnabled = new QCheckBox(tr("Answer OCSP requests"), ocspBox);
    m_ocspEnabled->setObjectName(QStringLiteral("ocspEnabled"));
    m_ocspCname = new QLineEdit(ocspBox);
    m_ocspCname->setObjectName(QStringLiteral("ocspCustomCname"));
    m_ocspCname->setPlaceholderText(tr("optional, e.g. ocsp.example.com (no http://)"));
    m_ocspCname->setAccessibleName(tr("Custom OCSP name"));
    auto *ocspForm = new QFormLayout(ocspBox);
    ocspForm->addRow(m_ocspEnabled);
    ocspForm->addRow(tr("Custom name (CNAME):"), m_ocspCname);

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
    m_saveCrl =
        new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Save CRL…"), statusBox);
    m_saveCrl->setObjectName(QStringLiteral("saveCrlButton"));
    m_publish = new QPushButton(ThemedIcons::icon(QStringLiteral("refresh")),
                                tr("Publish a new CRL now"), statusBox);
    m_publish->setObjectName(QStringLiteral("publishCrlButton"));
    connect(m_saveCrl, &QPushButton::clicked, this, &RevocationTab::saveCrl);
    connect(m_publish, &QPushButton::clicked, this, &RevocationTab::publishCrl);
    auto *statusForm = new QFormLayout(statusBox);
    statusForm->addRow(tr("CRL number:"), m_crlNumber);
    statusForm->addRow(tr("Last generated:"), m_lastGenerated);
    statusForm->addRow(tr("Next update:"), m_nextUpdate);
    statusForm->addRow(tr("Distribution point:"), m_distributionPoint);
    auto *crlButtons = new QHBoxLayout;
    crlButtons->addWidget(m_saveCrl);
    crlButtons->addWidget(m_publish);
    crlButtons->addStretch();
    statusForm->addRow(crlButtons);

    auto *left = new QVBoxLayout;
    left->addWidget(m_crlBox);
    left->addWidget(ocspBox);
    left->addLayout(saveRow);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(statusBox);
    right->addStretch();
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_validateDelay = new QTimer(this);
    m_validateDelay->setSingleShot(true);
    m_validateDelay->setInterval(150);
    connect(m_validateDelay, &QTimer::timeout, this, &RevocationTab::validate);
    for (QCheckBox *box : {m_crlEnabled, m_omitExtension, m_ocspEnabled})
        connect(box, &QCheckBox::toggled, this, &RevocationTab::formChanged);
    for (QLineEdit *edit : {m_bucket, m_crlCname, m_customPath, m_ocspCname})
        connect(edit, &QLineEdit::textChanged, this, &RevocationTab::formChanged);
    connect(m_expiration, &QSpinBox::valueChanged, this, &RevocationTab::formChanged);
    for (QComboBox *combo : {m_crlType, m_objectAcl})
        connect(combo, &QComboBox::currentIndexChanged, this, &RevocationTab::formChanged);
    connect(client, &models::PrivateCaClient::crlPublished, this, [this](const QString &caArn) {
        if (caArn == arn())
            loadStatus();
    });
    updateEnabled();
}

api::RevocationConfiguration RevocationTab::configuration() const
{
    api::RevocationConfiguration config;
    api::CrlConfiguration crl;
    crl.enabled = m_crlEnabled->isChecked();
    if (crl.enabled) {
        crl.s3BucketName = m_bucket->text().trimmed();
        crl.expirationInDays = m_expiration->value();
        if (!m_crlCname->text().trimmed().isEmpty())
            crl.customCname = m_crlCname->text().trimmed();
        if (!m_customPath->text().trimmed().isEmpty())
            crl.customPath = m_customPath->text().trimmed();
        crl.crlType = api::CrlType(m_crlType->currentData().toInt());
        crl.s3ObjectAcl = api::S3ObjectAcl(m_objectAcl->currentData().toInt());
        if (m_omitExtension->isChecked())
            crl.crlDistributionPointExtensionConfiguration =
                api::CrlDistributionPointExtensionConfiguration{true};
    }
    config.crlConfiguration = crl;
    api::OcspConfiguration ocsp;
    ocsp.enabled = m_ocspEnabled->isChecked();
    if (ocsp.enabled && !m_ocspCname->text().trimmed().isEmpty())
        ocsp.ocspCustomCname = m_ocspCname->text().trimmed();
    config.ocspConfiguration = ocsp;
    return config;
}

void RevocationTab::fillForm(const api::RevocationConfiguration &configuration)
{
    m_filling = true;
    const api::CrlConfiguration crl =
        configuration.crlConfiguration.value_or(api::CrlConfiguration{});
    m_crlEnabled->setChecked(crl.enabled);
    m_bucket->setText(crl.s3BucketName.value_or(QString()));
    m_expiration->setValue(crl.expirationInDays.value_or(7));
    m_crlCname->setText(crl.customCname.value_or(QString()));
    m_customPath->setText(crl.customPath.value_or(QString()));
    m_omitExtension->setChecked(crl.crlDistributionPointExtensionConfiguration &&
                                crl.crlDistributionPointExtensionConfiguration->omitExtension);
    m_crlType->setCurrentIndex(
        m_crlType->findData(int(crl.crlType.value_or(api::CrlType::COMPLETE))));
    m_objectAcl->setCurrentIndex(
        m_objectAcl->findData(int(crl.s3ObjectAcl.value_or(api::S3ObjectAcl::PUBLIC_READ))));
    const api::OcspConfiguration ocsp =
        configuration.ocspConfiguration.value_or(api::OcspConfiguration{});
    m_ocspEnabled->setChecked(ocsp.enabled);
    m_ocspCname->setText(ocsp.ocspCustomCname.value_or(QString()));
    m_filling = false;
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
    if (m_filling)
        return;
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
    const bool crl = m_crlEnabled->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_bucket, m_expiration, m_crlCname, m_customPath,
                                          m_omitExtension, m_crlType, m_objectAcl})
        w->setEnabled(crl);
    m_ocspCname->setEnabled(m_ocspEnabled->isChecked());
    using S = api::CertificateAuthorityStatus;
    const bool editable = status() == S::ACTIVE || status() == S::DISABLED;
    m_save->setEnabled(editable && m_dirty && m_valid);
    m_save->setToolTip(editable ? QString()
                                : tr("The revocation configuration can be changed only while "
                                     "the CA is active or disabled."));
    m_discard->setEnabled(m_dirty);
    const bool crlLive = editable && certificateAuthority().revocationConfiguration &&
                         certificateAuthority().revocationConfiguration->crlConfiguration &&
                         certificateAuthority().revocationConfiguration->crlConfiguration->enabled;
    m_saveCrl->setEnabled(crlLive);
    m_publish->setEnabled(crlLive);
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

#include "RevocationConfigurationEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pca::views {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &placeholder,
                    const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1StringView(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    return edit;
}

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace

RevocationConfigurationEditor::RevocationConfigurationEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *crlBox = new QGroupBox(tr("Certificate revocation list (CRL)"), this);
    m_crlEnabled = new QCheckBox(tr("Publish a CRL"), crlBox);
    m_crlEnabled->setObjectName(QStringLiteral("crlEnabled"));
    m_bucket = lineEdit(crlBox, "crlBucket",
                        tr("e.g. example-crl (3–63 lower-case letters, digits, - and .)"),
                        tr("Bucket name"));
    m_expiration = new QSpinBox(crlBox);
    m_expiration->setObjectName(QStringLiteral("crlExpirationDays"));
    m_expiration->setRange(1, 5000);
    m_expiration->setValue(7);
    m_expiration->setSuffix(tr(" days"));
    m_expiration->setAccessibleName(tr("CRL validity"));
    m_crlCname = lineEdit(crlBox, "crlCustomCname",
                          tr("optional, e.g. crl.example.com (no http://)"), tr("Custom CRL name"));
    m_customPath =
        lineEdit(crlBox, "crlCustomPath", tr("optional, default: crl"), tr("Custom CRL path"));
    m_omitExtension =
        new QCheckBox(tr("Leave the CRL distribution point out of issued certificates"), crlBox);
    m_omitExtension->setObjectName(QStringLiteral("crlOmitExtension"));
    m_crlType = new QComboBox(crlBox);
    m_crlType->setObjectName(QStringLiteral("crlType"));
    m_crlType->addItem(tr("Complete"), int(api::CrlType::COMPLETE));
    m_crlType->addItem(tr("Partitioned"), int(api::CrlType::PARTITIONED));
    m_crlType->setAccessibleName(tr("CRL type"));
    m_objectAcl = new QComboBox(crlBox);
    m_objectAcl->setObjectName(QStringLiteral("crlObjectAcl"));
    m_objectAcl->addItem(tr("Public read"), int(api::S3ObjectAcl::PUBLIC_READ));
    m_objectAcl->addItem(tr("Bucket owner full control"),
                         int(api::S3ObjectAcl::BUCKET_OWNER_FULL_CONTROL));
    m_objectAcl->setAccessibleName(tr("Object access"));
    auto *crlForm = new QFormLayout(crlBox);
    crlForm->addRow(m_crlEnabled);
    crlForm->addRow(tr("Bucket:"), m_bucket);
    crlForm->addRow(tr("Valid for:"), m_expiration);
    crlForm->addRow(tr("Custom name (CNAME):"), m_crlCname);
    crlForm->addRow(tr("Custom path:"), m_customPath);
    crlForm->addRow(tr("CRL type:"), m_crlType);
    crlForm->addRow(tr("Object access:"), m_objectAcl);
    crlForm->addRow(m_omitExtension);

    auto *ocspBox = new QGroupBox(tr("Online Certificate Status Protocol (OCSP)"), this);
    m_ocspEnabled = new QCheckBox(tr("Answer OCSP requests"), ocspBox);
    m_ocspEnabled->setObjectName(QStringLiteral("ocspEnabled"));
    m_ocspCname =
        lineEdit(ocspBox, "ocspCustomCname", tr("optional, e.g. ocsp.example.com (no http://)"),
                 tr("Custom OCSP name"));
    auto *ocspForm = new QFormLayout(ocspBox);
    ocspForm->addRow(m_ocspEnabled);
    ocspForm->addRow(tr("Custom name (CNAME):"), m_ocspCname);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(crlBox);
    layout->addWidget(ocspBox);

    for (QCheckBox *box : {m_crlEnabled, m_omitExtension, m_ocspEnabled})
        connect(box, &QCheckBox::toggled, this, &RevocationConfigurationEditor::edited);
    for (QLineEdit *edit : {m_bucket, m_crlCname, m_customPath, m_ocspCname})
        connect(edit, &QLineEdit::textChanged, this, &RevocationConfigurationEditor::edited);
    connect(m_expiration, &QSpinBox::valueChanged, this, &RevocationConfigurationEditor::edited);
    for (QComboBox *combo : {m_crlType, m_objectAcl}) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                &RevocationConfigurationEditor::edited);
    }
    updateEnabled();
}

api::RevocationConfiguration RevocationConfigurationEditor::configuration() const
{
    api::RevocationConfiguration config;
    api::CrlConfiguration crl;
    crl.enabled = m_crlEnabled->isChecked();
    if (crl.enabled) {
        crl.s3BucketName = m_bucket->text().trimmed();
        crl.expirationInDays = m_expiration->value();
        crl.customCname = optionalText(m_crlCname);
        crl.customPath = optionalText(m_customPath);
        crl.crlType = api::CrlType(m_crlType->currentData().toInt());
        crl.s3ObjectAcl = api::S3ObjectAcl(m_objectAcl->currentData().toInt());
        if (m_omitExtension->isChecked()) {
            crl.crlDistributionPointExtensionConfiguration =
                api::CrlDistributionPointExtensionConfiguration{true};
        }
    }
    config.crlConfiguration = crl;
    api::OcspConfiguration ocsp;
    ocsp.enabled = m_ocspEnabled->isChecked();
    if (ocsp.enabled)
        ocsp.ocspCustomCname = optionalText(m_ocspCname);
    config.ocspConfiguration = ocsp;
    return config;
}

void RevocationConfigurationEditor::setConfiguration(
    const api::RevocationConfiguration &configuration)
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
    updateEnabled();
}

void RevocationConfigurationEditor::edited()
{
    if (m_filling)
        return;
    // Switching the CRL on proposes the default bucket (clearing the field later does not).
    if (sender() == m_crlEnabled && m_crlEnabled->isChecked() && m_bucket->text().isEmpty() &&
        !m_defaultBucket.isEmpty()) {
        m_filling = true; // one changed() for both edits
        m_bucket->setText(m_defaultBucket);
        m_filling = false;
    }
    updateEnabled();
    Q_EMIT changed();
}

void RevocationConfigurationEditor::updateEnabled()
{
    const bool crl = m_crlEnabled->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_bucket, m_expiration, m_crlCname, m_customPath,
                                          m_omitExtension, m_crlType, m_objectAcl})
        w->setEnabled(crl);
    m_ocspCname->setEnabled(m_ocspEnabled->isChecked());
}

} // namespace pca::views

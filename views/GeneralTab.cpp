#include "GeneralTab.h"

#include "DisplayNames.h"
#include "ExpiryChart.h"
#include "ExpiryForecast.h"
#include "StatusBadge.h"
#include "ThemedIcons.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace pca::views {

using models::DisplayNames;

GeneralTab::GeneralTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
    , m_forecast(new models::ExpiryForecast(client, this))
{
    setObjectName(QStringLiteral("generalTab"));
    auto *details = new QGroupBox(tr("Details"), this);
    m_form = new QFormLayout(details);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // ARN with a copy button.
    auto *arnRow = new QWidget(details);
    auto *arnLayout = new QHBoxLayout(arnRow);
    arnLayout->setContentsMargins(0, 0, 0, 0);
    m_arn = new QLabel(arnRow);
    m_arn->setObjectName(QStringLiteral("caArn"));
    m_arn->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_arn->setWordWrap(true);
    m_arn->setMinimumWidth(200);
    auto *copy = new QToolButton(arnRow);
    copy->setObjectName(QStringLiteral("copyArnButton"));
    copy->setIcon(ThemedIcons::icon(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy the ARN"));
    copy->setAccessibleName(tr("Copy the ARN"));
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(arn()); });
    arnLayout->addWidget(m_arn, 1);
    arnLayout->addWidget(copy, 0, Qt::AlignTop);
    m_form->addRow(tr("ARN:"), arnRow);

    m_status = new StatusBadge(details);
    m_status->setObjectName(QStringLiteral("caStatusBadge"));
    m_form->addRow(tr("Status:"), m_status);
    m_failure = addRow(m_form, tr("Failure:"), QStringLiteral("caFailureReason"));
    m_type = addRow(m_form, tr("Type:"), QStringLiteral("caType"));
    m_owner = addRow(m_form, tr("Owner:"), QStringLiteral("caOwner"));
    m_subject = addRow(m_form, tr("Subject:"), QStringLiteral("caSubject"));
    m_keyAlgorithm = addRow(m_form, tr("Key algorithm:"), QStringLiteral("caKeyAlgorithm"));
    m_signingAlgorithm =
        addRow(m_form, tr("Signing algorithm:"), QStringLiteral("caSigningAlgorithm"));
    m_validity = addRow(m_form, tr("Validity:"), QStringLiteral("caValidity"));
    m_serial = addRow(m_form, tr("Serial:"), QStringLiteral("caSerial"));
    m_usageMode = addRow(m_form, tr("Usage mode:"), QStringLiteral("caUsageMode"));
    m_keyStorage = addRow(m_form, tr("Key storage:"), QStringLiteral("caKeyStorage"));
    m_created = addRow(m_form, tr("Created:"), QStringLiteral("caCreated"));
    m_lastChange = addRow(m_form, tr("Last state change:"), QStringLiteral("caLastStateChange"));
    m_restorableUntil =
        addRow(m_form, tr("Restorable until:"), QStringLiteral("caRestorableUntil"));

    auto *chartBox = new QGroupBox(tr("Valid certificates expiring per month"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(new ExpiryChart(m_forecast, chartBox));

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->addWidget(details, 5);
    columns->addWidget(chartBox, 4);
    setScrollableContent(content);
}

QLabel *GeneralTab::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    return value;
}

void GeneralTab::setRowVisible(QLabel *value, bool visible)
{
    m_form->setRowVisible(value, visible);
}

void GeneralTab::load()
{
    updateDescription();
    if (m_forecast->certificateAuthority() == arn())
        m_forecast->reload();
    else
        m_forecast->setCertificateAuthority(arn());
}

void GeneralTab::updateDescription()
{
    const api::CertificateAuthority &ca = certificateAuthority();
    const auto or_ = [](const std::optional<QDateTime> &time) {
        return time ? DisplayNames::dateTime(*time) : QStringLiteral("—");
    };
    m_arn->setText(arn());
    m_status->setStatus(DisplayNames::status(status()), toneOf(status()));
    m_status->setToolTip(DisplayNames::statusExplanation(status()));
    m_type->setText(DisplayNames::caType(ca.type.value_or(api::CertificateAuthorityType::ROOT)));
    m_owner->setText(ca.ownerAccount.value_or(QString()));
    if (ca.certificateAuthorityConfiguration) {
        const auto &config = *ca.certificateAuthorityConfiguration;
        QStringList parts;
        const api::Asn1Subject &s = config.subject;
        const auto add = [&parts](const char *key, const std::optional<QString> &value) {
            if (value && !value->isEmpty())
                parts << QLatin1StringView(key) + QLatin1Char('=') + *value;
        };
        add("CN", s.commonName);
        add("OU", s.organizationalUnit);
        add("O", s.organization);
        add("L", s.locality);
        add("ST", s.state);
        add("C", s.country);
        m_subject->setText(parts.join(QStringLiteral(", ")));
        m_keyAlgorithm->setText(DisplayNames::keyAlgorithm(config.keyAlgorithm));
        m_signingAlgorithm->setText(DisplayNames::signingAlgorithm(config.signingAlgorithm));
    }
    m_validity->setText(ca.notBefore ? tr("%1 to %2").arg(or_(ca.notBefore), or_(ca.notAfter))
                                     : tr("No CA certificate yet"));
    m_serial->setText(ca.serial.value_or(QStringLiteral("—")).toUpper());
    m_usageMode->setText(DisplayNames::usageMode(
        ca.usageMode.value_or(api::CertificateAuthorityUsageMode::GENERAL_PURPOSE)));
    m_keyStorage->setText(DisplayNames::keyStorage(ca.keyStorageSecurityStandard.value_or(
        api::KeyStorageSecurityStandard::FIPS_140_2_LEVEL_3_OR_HIGHER)));
    m_created->setText(or_(ca.createdAt));
    m_lastChange->setText(or_(ca.lastStateChangeAt));
    m_restorableUntil->setText(or_(ca.restorableUntil));
    setRowVisible(m_restorableUntil, ca.restorableUntil.has_value());
    m_failure->setText(ca.failureReason ? DisplayNames::failureReason(*ca.failureReason)
                                        : QString());
    setRowVisible(m_failure, ca.failureReason.has_value());
}

} // namespace pca::views

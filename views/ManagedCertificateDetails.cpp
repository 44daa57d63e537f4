#include "ManagedCertificateDetails.h"

#include "AcmDisplayNames.h"
#include "DisplayNames.h"
#include "FieldMessage.h"
#include "StatusBadge.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace pca::views {

using models::AcmDisplayNames;
using models::DisplayNames;

ManagedCertificateDetails::ManagedCertificateDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("managedCertificateDetails"));
    m_pages = new QStackedWidget(this);

    auto *page = new QWidget(m_pages);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("managedCertificateTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_status = new StatusBadge(page);
    m_status->setObjectName(QStringLiteral("managedCertificateStatus"));
    m_renewal = new StatusBadge(page);
    m_renewal->setObjectName(QStringLiteral("managedCertificateRenewal"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status);
    titleRow->addWidget(m_renewal);
    titleRow->addStretch();
    m_problem = new FieldMessage(page);
    m_problem->setObjectName(QStringLiteral("managedCertificateProblem"));
    m_caAnswer = new FieldMessage(page);
    m_caAnswer->setObjectName(QStringLiteral("managedCertificateCaAnswer"));

    m_names = addValue(page, QStringLiteral("managedCertificateNames"));
    m_arn = addValue(page, QStringLiteral("managedCertificateArn"));
    m_ca = addValue(page, QStringLiteral("managedCertificateCa"));
    m_key = addValue(page, QStringLiteral("managedCertificateKey"));
    m_serial = addValue(page, QStringLiteral("managedCertificateSerial"));
    m_validity = addValue(page, QStringLiteral("managedCertificateValidity"));
    m_exported = addValue(page, QStringLiteral("managedCertificateExported"));
    // Two columns of label and value, and the ARN across both (labels aligned as a form's).
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);
    grid->setColumnMinimumWidth(2, 16);
    const Qt::Alignment labelAlignment =
        Qt::Alignment(page->style()->styleHint(QStyle::SH_FormLayoutLabelAlignment)) | Qt::AlignTop;
    const auto addRow = [&](int row, int column, const QString &label, QLabel *value) {
        auto *name = new QLabel(label, page);
        name->setBuddy(value);
        grid->addWidget(name, row, column, labelAlignment);
        grid->addWidget(value, row, column + 1, Qt::AlignTop);
    };
    addRow(0, 0, tr("Names:"), m_names);
    addRow(1, 0, tr("Issuing CA:"), m_ca);
    addRow(2, 0, tr("Key:"), m_key);
    addRow(0, 3, tr("Valid:"), m_validity);
    addRow(1, 3, tr("Serial:"), m_serial);
    addRow(2, 3, tr("Exported:"), m_exported);
    auto *arnLabel = new QLabel(tr("ARN:"), page);
    arnLabel->setBuddy(m_arn);
    grid->addWidget(arnLabel, 3, 0, labelAlignment);
    grid->addWidget(m_arn, 3, 1, 1, 4, Qt::AlignTop);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(titleRow);
    pageLayout->addWidget(m_problem);
    pageLayout->addWidget(m_caAnswer);
    pageLayout->addLayout(grid);
    pageLayout->addStretch();

    m_empty = new FieldMessage(m_pages);
    m_empty->setObjectName(QStringLiteral("managedCertificateNothing"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->showHint(tr("Select a certificate to see its details."));

    m_pages->addWidget(page);
    m_pages->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showNothing();
}

QLabel *ManagedCertificateDetails::addValue(QWidget *page, const QString &objectName)
{
    auto *label = new QLabel(page);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void ManagedCertificateDetails::showCertificate(const ManagedCertificateView &view,
                                                const QString &details)
{
    const api::acm::CertificateDetail &d = view.detail;
    const auto status = d.status.value_or(api::acm::CertificateStatus::PENDING_VALIDATION);
    m_title->setText(d.domainName.value_or(QString()));
    m_status->setStatus(AcmDisplayNames::status(status), toneOf(status));
    if (d.renewalSummary) {
        m_renewal->setStatus(AcmDisplayNames::renewalStatus(d.renewalSummary->renewalStatus),
                             toneOf(d.renewalSummary->renewalStatus));
        m_renewal->setVisible(true);
    } else {
        m_renewal->setVisible(false);
    }
    const bool renewalFailed =
        d.renewalSummary && d.renewalSummary->renewalStatus == api::acm::RenewalStatus::FAILED;
    if (status == api::acm::CertificateStatus::FAILED)
        m_problem->showError(tr("Issuance failed: %1").arg(details));
    else if (status == api::acm::CertificateStatus::ISSUED && renewalFailed)
        m_problem->showError(tr("Renewal failed: %1").arg(details));
    else if (view.approachingExpiry)
        m_problem->showError(details);
    else
        m_problem->showHint(details);
    if (view.failureMessage.isEmpty())
        m_caAnswer->clearMessage();
    else
        m_caAnswer->showHint(tr("The CA answered: %1").arg(view.failureMessage));

    m_names->setText(
        d.subjectAlternativeNames.value_or(QList<QString>()).join(QStringLiteral(", ")));
    m_arn->setText(d.certificateArn.value_or(QString()));
    m_ca->setText(view.caCommonName);
    m_ca->setToolTip(d.certificateAuthorityArn.value_or(QString()));
    m_key->setText(d.keyAlgorithm ? AcmDisplayNames::keyAlgorithm(*d.keyAlgorithm) : QString());
    m_serial->setText(d.serial ? d.serial->toUpper() : QStringLiteral("—"));
    if (d.notBefore && d.notAfter) {
        m_validity->setText(
            tr("%1 to %2 (%3 days left)")
                .arg(DisplayNames::date(*d.notBefore), DisplayNames::date(*d.notAfter))
                .arg(qMax<qint64>(0, view.daysLeft)));
    } else {
        m_validity->setText(QStringLiteral("—"));
    }
    m_exported->setText(view.exported ? tr("Yes, its private key has left the store") : tr("No"));
    m_pages->setCurrentIndex(0);
}

void ManagedCertificateDetails::showNothing()
{
    m_pages->setCurrentIndex(1);
}

} // namespace pca::views

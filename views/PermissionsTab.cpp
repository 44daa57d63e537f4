#include "PermissionsTab.h"

#include "AcmRenewalDependents.h"
#include "AcmRenewalPermission.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "PermissionModel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pca::views {

PermissionsTab::PermissionsTab(models::PrivateCaClient *client,
                               models::CertificateManagerClient *acmClient, QWidget *parent)
    : CaTab(client, parent)
    , m_acm(new models::AcmRenewalPermission(client, this))
    , m_dependents(new models::AcmRenewalDependents(acmClient, this))
    , m_model(new models::PermissionModel(client, this))
{
    setObjectName(QStringLiteral("permissionsTab"));
    auto *acmBox = new QGroupBox(tr("Certificate renewals by ACM"), this);
    auto *intro = new QLabel(
        tr("AWS Certificate Manager (ACM) renews the private certificates it manages when it "
           "may issue, get and list on this CA. Checking the box grants the service principal "
           "acm.amazonaws.com those three actions; clearing it removes them."),
        acmBox);
    intro->setWordWrap(true);
    m_checkBox = new QCheckBox(tr("Authorize ACM to use this CA for renewals"), acmBox);
    m_checkBox->setObjectName(QStringLiteral("acmRenewalCheckBox"));
    m_checkBox->setTristate(true);
    m_note = new FieldMessage(acmBox);
    m_note->setObjectName(QStringLiteral("acmRenewalNote"));
    m_dependentsLine = new FieldMessage(acmBox);
    m_dependentsLine->setObjectName(QStringLiteral("acmRenewalDependents"));
    auto *acmLayout = new QVBoxLayout(acmBox);
    acmLayout->addWidget(intro);
    acmLayout->addWidget(m_checkBox);
    acmLayout->addWidget(m_note);
    acmLayout->addWidget(m_dependentsLine);

    auto *tableBox = new QGroupBox(tr("Permissions"), this);
    m_table = new QTableView(tableBox);
    m_table->setObjectName(QStringLiteral("permissionTable"));
    m_table->setAccessibleName(tr("Permissions of this CA"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->resizeSection(models::PermissionModel::PrincipalColumn, 200);
    m_table->horizontalHeader()->resizeSection(models::PermissionModel::ActionsColumn, 380);
    m_table->horizontalHeader()->resizeSection(models::PermissionModel::SourceAccountColumn, 160);
    m_tableNote = new FieldMessage(tableBox);
    m_tableNote->setObjectName(QStringLiteral("permissionTableNote"));
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_tableNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(acmBox);
    layout->addWidget(tableBox, 1);

    // The box follows the model; a click expresses a wish the model carries out.
    connect(m_checkBox, &QCheckBox::clicked, this, &PermissionsTab::checkBoxClicked);
    connect(m_acm, &models::AcmRenewalPermission::changed, this, &PermissionsTab::syncCheckBox);
    connect(m_dependents, &models::AcmRenewalDependents::changed, this,
            &PermissionsTab::syncCheckBox);
    connect(m_acm, &models::AcmRenewalPermission::failed, this, [this](const PcaError &error) {
        ModalHooks::showError(this, tr("ACM renewal permission"), error);
    });
    connect(m_model, &models::PermissionModel::loaded, this, [this] {
        if (!m_model->unavailableReason().isEmpty())
            m_tableNote->showHint(m_model->unavailableReason());
        else if (m_model->rowCount() == 0)
            m_tableNote->showHint(tr("No permissions are granted on this CA."));
        else
            m_tableNote->clearMessage();
    });
    syncCheckBox();
}

void PermissionsTab::load()
{
    if (m_acm->certificateAuthority() == arn()) {
        m_acm->refresh();
        m_dependents->refresh();
        m_model->reload();
    } else {
        m_acm->setCertificateAuthority(arn());
        m_dependents->setCertificateAuthority(arn());
        m_model->setCertificateAuthority(arn());
    }
    syncCheckBox();
}

void PermissionsTab::checkBoxClicked()
{
    const bool grant = m_acm->checkState() != Qt::Checked;
    // Clearing the box makes the certificates that renew through this CA fail to renew: the
    // user confirms, knowing which.
    if (!grant && m_dependents->count() > 0 &&
        ModalHooks::question(this, tr("Stop ACM renewals?"),
                             m_dependents->clearingConfirmation()) != QMessageBox::Yes) {
        syncCheckBox();
        return;
    }
    m_acm->setAuthorized(grant);
    syncCheckBox();
}

void PermissionsTab::syncCheckBox()
{
    QSignalBlocker block(m_checkBox);
    m_checkBox->setCheckState(m_acm->checkState());
    // Editable once both what it is and what it governs are known.
    m_checkBox->setEnabled(m_acm->isEditable() && m_dependents->isKnown());
    const QString reason = m_acm->isBusy() ? QString() : m_acm->disabledReason();
    m_checkBox->setToolTip(reason);
    if (m_acm->isBusy())
        m_note->showHint(tr("Applying…"));
    else if (!m_acm->note().isEmpty())
        m_note->showError(m_acm->note());
    else if (m_acm->isKnown() && !reason.isEmpty())
        m_note->showHint(reason);
    else
        m_note->clearMessage();
    // What the box governs; a warning when they cannot renew because the box is clear.
    const QString dependents = m_dependents->summary();
    if (m_dependents->count() > 0 && m_acm->isKnown() && !m_acm->isBusy() &&
        m_acm->checkState() != Qt::Checked)
        m_dependentsLine->showError(tr("%1 Renewals fail while the box is clear.").arg(dependents));
    else
        m_dependentsLine->showHint(dependents);
}

} // namespace pca::views

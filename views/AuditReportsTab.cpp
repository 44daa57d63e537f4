#include "AuditReportsTab.h"

#include "ActionAvailability.h"
#include "AuditReportModel.h"
#include "BusyIndicator.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "StatusBadge.h"
#include "ThemedIcons.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace pca::views {

using models::AuditReportModel;

AuditReportsTab::AuditReportsTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
    , m_model(new AuditReportModel(client, this))
{
    setObjectName(QStringLiteral("auditReportsTab"));
    auto *createBox = new QGroupBox(tr("Create an audit report"), this);
    m_format = new QComboBox(createBox);
    m_format->setObjectName(QStringLiteral("auditReportFormat"));
    m_format->addItem(tr("JSON"), int(api::AuditReportResponseFormat::JSON));
    m_format->addItem(tr("CSV"), int(api::AuditReportResponseFormat::CSV));
    m_format->setAccessibleName(tr("Report format"));
    m_bucket = new QLineEdit(QStringLiteral("audit-reports"), createBox);
    m_bucket->setObjectName(QStringLiteral("auditReportBucket"));
    m_bucket->setAccessibleName(tr("Bucket name"));
    m_create = new QPushButton(ThemedIcons::icon(QStringLiteral("audit-report")),
                               tr("Create report"), createBox);
    m_create->setObjectName(QStringLiteral("createAuditReportButton"));
    m_progress = createBusyIndicator(createBox, QStringLiteral("auditReportProgress"),
                                     tr("Report in progress"));
    m_message = new FieldMessage(createBox);
    m_message->setObjectName(QStringLiteral("auditReportMessage"));
    m_bucket->setMinimumWidth(220);
    auto *formatLabel = new QLabel(tr("Format:"), createBox);
    formatLabel->setBuddy(m_format);
    auto *bucketLabel = new QLabel(tr("Bucket:"), createBox);
    bucketLabel->setBuddy(m_bucket);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(formatLabel);
    createRow->addWidget(m_format);
    createRow->addSpacing(12);
    createRow->addWidget(bucketLabel);
    createRow->addWidget(m_bucket);
    createRow->addSpacing(12);
    createRow->addWidget(m_create);
    createRow->addWidget(m_progress, 1);
    createRow->addStretch();
    auto *form = new QVBoxLayout(createBox);
    form->addLayout(createRow);
    form->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditReportTable"));
    m_table->setAccessibleName(tr("Audit reports"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AuditReportModel::CreatedColumn, 170);
    m_table->horizontalHeader()->resizeSection(AuditReportModel::FormatColumn, 80);
    m_table->horizontalHeader()->resizeSection(AuditReportModel::StatusColumn, 110);
    m_table->setItemDelegateForColumn(
        AuditReportModel::StatusColumn,
        new StatusBadgeDelegate(StatusBadgeDelegate::Kind::AuditReport,
                                AuditReportModel::StatusRole, m_table));
    m_open = new QPushButton(ThemedIcons::icon(QStringLiteral("open-file")), tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openAuditReportButton"));
    m_save = new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Save…"), this);
    m_save->setObjectName(QStringLiteral("saveAuditReportButton"));
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addStretch();
    reportButtons->addWidget(m_open);
    reportButtons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createBox);
    layout->addWidget(m_table, 1);
    layout->addLayout(reportButtons);

    connect(m_create, &QPushButton::clicked, this, &AuditReportsTab::createReport);
    connect(m_open, &QPushButton::clicked, this, [this] { fetchSelected(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { fetchSelected(false); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { fetchSelected(true); });
    connect(m_model, &AuditReportModel::loaded, this, &AuditReportsTab::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditReportsTab::updateState);
    updateState();
}

void AuditReportsTab::load()
{
    m_message->clearMessage();
    if (m_model->certificateAuthority() == arn())
        m_model->reload();
    else
        m_model->setCertificateAuthority(arn());
    updateState();
}

void AuditReportsTab::updateDescription()
{
    updateState();
}

void AuditReportsTab::updateState()
{
    const auto availability =
        models::ActionAvailability::of(models::CaAction::AuditReport, certificateAuthority());
    const bool inProgress = m_model->hasReportInProgress();
    m_create->setEnabled(availability.allowed && !inProgress);
    m_create->setToolTip(availability.reason);
    m_progress->setVisible(inProgress);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool ready = !rows.isEmpty() && rows.first().data(AuditReportModel::StatusRole).toInt() ==
                                              int(api::AuditReportStatus::SUCCESS);
    m_open->setEnabled(ready);
    m_save->setEnabled(ready);
    if (inProgress)
        m_message->showHint(tr("The report is being built…"));
    else if (m_message->text() == tr("The report is being built…"))
        m_message->showSuccess(tr("The report is ready."));
}

void AuditReportsTab::createReport()
{
    api::CreateCertificateAuthorityAuditReportRequest request;
    request.certificateAuthorityArn = arn();
    request.s3BucketName = m_bucket->text().trimmed();
    request.auditReportResponseFormat =
        api::AuditReportResponseFormat(m_format->currentData().toInt());
    m_create->setEnabled(false);
    m_message->showHint(tr("Requesting…"));
    client()->createCertificateAuthorityAuditReport(
        request, this,
        [this](const models::Reply<api::CreateCertificateAuthorityAuditReportResponse> &reply) {
            if (!reply.ok()) {
                m_message->showError(models::ErrorText::oneLine(reply.error()));
                updateState();
                return;
            }
            m_model->reload();
        });
}

void AuditReportsTab::fetchSelected(bool open)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex row = rows.first();
    if (row.data(AuditReportModel::StatusRole).toInt() != int(api::AuditReportStatus::SUCCESS))
        return;
    const QString key = row.data(AuditReportModel::KeyRole).toString();
    const QString fileName = key.section(QLatin1Char('/'), -1);
    QString path;
    if (open) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        path = QDir(dir).filePath(fileName);
    } else {
        path = ModalHooks::saveFileName(this, tr("Save audit report"), fileName,
                                        fileName.endsWith(QStringLiteral(".csv"))
                                            ? tr("CSV files (*.csv)")
                                            : tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
    }
    client()->getObject(row.data(AuditReportModel::BucketRole).toString(), key, this,
                        [this, path, open](const models::Reply<store::StoredObject> &reply) {
                            if (!reply.ok()) {
                                ModalHooks::showError(this, tr("Audit report"), reply.error());
                                return;
                            }
                            QFile file(path);
                            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                                file.write(reply.value().content) != reply.value().content.size()) {
                                ModalHooks::showError(
                                    this, tr("Audit report"),
                                    PcaError(errors::StoreError, file.errorString()));
                                return;
                            }
                            file.close();
                            if (open)
                                ModalHooks::openLocalFile(path);
                            else
                                m_message->showSuccess(tr("Saved to %1.").arg(path));
                        });
}

} // namespace pca::views

#include "CertificatesTab.h"

#include "ActionAvailability.h"
#include "CertificateFiles.h"
#include "CertificateModel.h"
#include "CertificateViewer.h"
#include "DisplayNames.h"
#include "ModalHooks.h"
#include "StatusBadge.h"
#include "ThemedIcons.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pca::views {

using models::CertificateModel;

CertificatesTab::CertificatesTab(models::PrivateCaClient *client, QWidget *parent)
    : CaTab(client, parent)
    , m_model(new CertificateModel(client, this))
{
    setObjectName(QStringLiteral("certificatesTab"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("certificateSearch"));
    m_search->setPlaceholderText(tr("Search subject, alternative names or serial"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(ThemedIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search certificates"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("certificateStatusFilter"));
    m_status->setAccessibleName(tr("Show certificates"));
    m_status->addItem(tr("All certificates"), int(CertificateModel::StatusFilter::All));
    m_status->addItem(tr("Valid"), int(CertificateModel::StatusFilter::Valid));
    m_status->addItem(tr("Revoked"), int(CertificateModel::StatusFilter::Revoked));
    m_status->addItem(tr("Expired"), int(CertificateModel::StatusFilter::Expired));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("certificateCount"));
    m_issue = new QPushButton(ThemedIcons::icon(QStringLiteral("issue-certificate")),
                              tr("Issue certificate…"), this);
    m_issue->setObjectName(QStringLiteral("issueFromTabButton"));
    m_revoke = new QPushButton(ThemedIcons::icon(QStringLiteral("revoke")), tr("Revoke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeFromTabButton"));
    connect(m_issue, &QPushButton::clicked, this, &CertificatesTab::issueRequested);
    connect(m_revoke, &QPushButton::clicked, this,
            [this] { Q_EMIT revokeRequested(selectedSerial()); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("certificateTable"));
    m_table->setAccessibleName(tr("Issued certificates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CertificateModel::IssuedColumn,
                                                  Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(
        CertificateModel::StatusColumn,
        new StatusBadgeDelegate(StatusBadgeDelegate::Kind::Certificate, CertificateModel::StateRole,
                                m_table));
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    auto *header = m_table->horizontalHeader();
    // Dates and status at their natural width, the names share the rest.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header->resizeSection(CertificateModel::SerialColumn,
                          fixed.horizontalAdvance(QStringLiteral("…00:00:00:00:00:00")) + 16);
    header->resizeSection(CertificateModel::SubjectAltNamesColumn, width(QStringLiteral("M")) * 6);
    header->resizeSection(CertificateModel::TemplateColumn,
                          width(QStringLiteral("EndEntityCertificate/V1")));
    const int dateWidth = qMax(width(models::DisplayNames::date(QDateTime::currentDateTime())),
                               width(tr("Not before"))) +
                          12;
    for (int column : {CertificateModel::IssuedColumn, CertificateModel::NotBeforeColumn,
                       CertificateModel::NotAfterColumn})
        header->resizeSection(column, dateWidth);
    header->resizeSection(CertificateModel::StatusColumn,
                          qMax(width(tr("Revoked")), width(tr("Status"))) + 24);
    header->setSectionResizeMode(CertificateModel::SubjectColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    // Columns the engine cannot sort keep the current order.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!CertificateModel::isSortable(column)) {
            QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                          m_model->sortOrder());
        }
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearchText(m_search->text());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(CertificateModel::StatusFilter(m_status->currentData().toInt()));
    });
    connect(m_model, &CertificateModel::totalCountChanged, this, &CertificatesTab::updateCount);
    connect(m_model, &CertificateModel::fetchingChanged, this, &CertificatesTab::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &CertificatesTab::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showDetails(index.row()); });
    connect(m_model, &CertificateModel::errorOccurred, this, [this](const PcaError &error) {
        ModalHooks::showError(this, tr("Certificates"), error);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_count, 2);
    bar->addWidget(m_revoke);
    bar->addWidget(m_issue);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateCount();
    updateButtons();
}

void CertificatesTab::load()
{
    if (m_model->certificateAuthority() == arn())
        m_model->reload();
    else
        m_model->setCertificateAuthority(arn());
    updateButtons();
}

void CertificatesTab::updateDescription()
{
    updateButtons();
}

QString CertificatesTab::selectedSerial() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CertificateModel::SerialRole).toString();
}

void CertificatesTab::updateCount()
{
    if (m_model->searchTooShort()) {
        m_count->setText(tr("Type at least %1 characters to search")
                             .arg(CertificateModel::kMinimumSearchLength));
        return;
    }
    const qint64 total = m_model->totalCount();
    if (m_model->isTotalCountCapped()) {
        m_count->setText(tr("More than %1 certificates").arg(QLocale().toString(total)));
        return;
    }
    if (total < 0) {
        m_count->setText(m_model->isFetching() ? tr("Loading…") : QString());
        return;
    }
    m_count->setText(total == 1 ? tr("1 certificate")
                                : tr("%1 certificates").arg(QLocale().toString(total)));
}

void CertificatesTab::updateButtons()
{
    const auto issue =
        models::ActionAvailability::of(models::CaAction::IssueCertificate, certificateAuthority());
    m_issue->setEnabled(issue.allowed);
    m_issue->setToolTip(issue.reason);
    const auto revoke =
        models::ActionAvailability::of(models::CaAction::RevokeCertificate, certificateAuthority());
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool revocable =
        !rows.isEmpty() && rows.first().data(CertificateModel::StateRole).toInt() ==
                               int(CertificateSummary::State::Valid);
    m_revoke->setEnabled(revoke.allowed && revocable);
    m_revoke->setToolTip(!revoke.allowed ? revoke.reason
                         : revocable     ? QString()
                                         : tr("Select a valid certificate to revoke."));
}

void CertificatesTab::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = index.row();
    const CertificateSummary *summary = m_model->summary(row);
    QMenu menu(this);
    QAction *details =
        menu.addAction(ThemedIcons::icon(QStringLiteral("certificate")), tr("Show details…"));
    menu.addSeparator();
    QAction *pem = menu.addAction(ThemedIcons::icon(QStringLiteral("export")), tr("Export PEM…"));
    QAction *der = menu.addAction(ThemedIcons::icon(QStringLiteral("export")), tr("Export DER…"));
    QAction *copySerial =
        menu.addAction(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy serial"));
    QAction *copyArn = menu.addAction(ThemedIcons::icon(QStringLiteral("copy")), tr("Copy ARN"));
    menu.addSeparator();
    QAction *revoke = menu.addAction(ThemedIcons::icon(QStringLiteral("revoke")), tr("Revoke…"));
    const auto availability =
        models::ActionAvailability::of(models::CaAction::RevokeCertificate, certificateAuthority());
    revoke->setEnabled(availability.allowed && summary->state == CertificateSummary::State::Valid);
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == details)
        showDetails(row);
    else if (chosen == pem)
        exportCertificate(row, false);
    else if (chosen == der)
        exportCertificate(row, true);
    else if (chosen == copySerial)
        QApplication::clipboard()->setText(models::DisplayNames::serial(summary->record.serial));
    else if (chosen == copyArn)
        QApplication::clipboard()->setText(summary->arn);
    else if (chosen == revoke)
        Q_EMIT revokeRequested(summary->record.serial);
}

void CertificatesTab::exportCertificate(int row, bool der)
{
    const CertificateSummary *summary = m_model->summary(row);
    if (!summary)
        return;
    const QString serial = summary->record.serial;
    const QString path = ModalHooks::saveFileName(
        this, der ? tr("Export certificate (DER)") : tr("Export certificate (PEM)"),
        serial + (der ? QStringLiteral(".cer") : QStringLiteral(".pem")),
        der ? tr("DER certificates (*.cer *.der)") : tr("PEM certificates (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    client()->getCertificate(
        {arn(), summary->arn}, this,
        [this, path, der](const models::Reply<api::GetCertificateResponse> &reply) {
            if (!reply.ok()) {
                ModalHooks::showError(this, tr("Export certificate"), reply.error());
                return;
            }
            const QByteArray pem = reply.value().certificate.value_or(QString()).toLatin1() +
                                   reply.value().certificateChain.value_or(QString()).toLatin1();
            QFile file(path);
            const QByteArray content =
                der ? models::CertificateFiles::toDer(pem)
                    : reply.value().certificate.value_or(QString()).toLatin1();
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(content) != content.size())
                ModalHooks::showError(this, tr("Export certificate"),
                                      PcaError(errors::StoreError, file.errorString()));
        });
}

void CertificatesTab::showDetails(int row)
{
    const CertificateSummary *summary = m_model->summary(row);
    if (!summary)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("certificateDetailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Certificate %1").arg(models::DisplayNames::serial(summary->record.serial)));
    auto *viewer = new CertificateViewer(dialog);
    viewer->showMessage(tr("Loading…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(viewer);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->open();
    client()->getCertificate({arn(), summary->arn}, viewer,
                             [viewer](const models::Reply<api::GetCertificateResponse> &reply) {
                                 if (reply.ok())
                                     viewer->showPem(reply.value().certificate->toLatin1());
                                 else
                                     viewer->showMessage(reply.error().message());
                             });
}

} // namespace pca::views

#include "ActivityPage.h"

#include "ErrorText.h"
#include "EventModel.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "ThemedIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pca::views {

using models::EventModel;

namespace {

// The period choices: hours back from now, 0 for a custom range.
const QList<int> kPeriodHours = {1, 24, 24 * 7, 24 * 30, 24 * 90, 0};

} // namespace

ActivityPage::ActivityPage(models::AccessClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new EventModel(client, this))
{
    setObjectName(QStringLiteral("activityPage"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    const auto addFilter = [this, filters](int column, const QString &label,
                                           const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit);
        filters->addWidget(caption, 0, column);
        filters->addWidget(edit, 1, column);
        return edit;
    };
    m_user = addFilter(0, tr("&User"), QStringLiteral("eventUserFilter"), tr("e.g. issuer-bot"));
    m_action = addFilter(1, tr("&Action"), QStringLiteral("eventActionFilter"),
                         tr("e.g. IssueCertificate"));
    m_resource =
        addFilter(2, tr("&Resource"), QStringLiteral("eventResourceFilter"), tr("part of an ARN"));
    auto *periodLabel = new QLabel(tr("&Time"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("eventPeriod"));
    m_period->addItems({tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"),
                        tr("Last 90 days"), tr("Custom range")});
    m_period->setCurrentIndex(4);
    periodLabel->setBuddy(m_period);
    filters->addWidget(periodLabel, 0, 3);
    filters->addWidget(m_period, 1, 3);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this);
    m_from->setObjectName(QStringLiteral("eventFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_to->setObjectName(QStringLiteral("eventTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_to);
    auto *rangeLabel = new QLabel(tr("From – to"), this);
    filters->addWidget(rangeLabel, 0, 4);
    filters->addLayout(range, 1, 4);
    m_errorsOnly = new QCheckBox(tr("&Errors only"), this);
    m_errorsOnly->setObjectName(QStringLiteral("eventErrorsOnly"));
    m_errorsOnly->setToolTip(tr("Only calls that failed or were denied"));
    filters->addWidget(m_errorsOnly, 1, 5);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearEventFilters"));
    filters->addWidget(clear, 1, 6);
    for (int c = 0; c < 3; ++c)
        filters->setColumnStretch(c, 1);
    layout->addLayout(filters);

    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("eventSummary"));
    bar->addWidget(m_summary, 1);
    auto *refresh =
        new QPushButton(ThemedIcons::icon(QStringLiteral("refresh")), tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshEventsButton"));
    m_export =
        new QPushButton(ThemedIcons::icon(QStringLiteral("export")), tr("Export as JSON…"), this);
    m_export->setObjectName(QStringLiteral("exportEventsButton"));
    m_export->setToolTip(
        tr("Save the events shown as a CloudTrail log file ({\"Records\": [...]})"));
    bar->addWidget(refresh);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_error = new FieldMessage(this);
    m_error->setObjectName(QStringLiteral("eventError"));
    layout->addWidget(m_error);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QLatin1String(sample)) + 24;
    };
    m_table->setColumnWidth(EventModel::TimeColumn, widthOf("2026-12-31 23:59:59"));
    m_table->setColumnWidth(EventModel::EventNameColumn, widthOf("DescribeCertificateAuthority"));
    m_table->setColumnWidth(EventModel::UserColumn, widthOf("ci-pipeline-01"));
    m_table->setColumnWidth(EventModel::AccountColumn, widthOf("123456789012"));
    m_table->setColumnWidth(EventModel::SourceColumn, widthOf("acm-pca.amazonaws.com"));
    m_table->setColumnWidth(EventModel::ErrorColumn, widthOf("AccessDeniedException"));
    m_table->setTextElideMode(Qt::ElideMiddle); // ARNs: both ends matter
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setAccessibleName(tr("Event record"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long messages and ARNs
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see its CloudTrail record."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_apply = new QTimer(this);
    m_apply->setSingleShot(true);
    m_apply->setInterval(250);
    connect(m_apply, &QTimer::timeout, this, &ActivityPage::applyFilter);
    for (QLineEdit *edit : {m_user, m_action, m_resource})
        connect(edit, &QLineEdit::textChanged, m_apply, qOverload<>(&QTimer::start));
    connect(m_errorsOnly, &QCheckBox::toggled, this, &ActivityPage::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ActivityPage::periodChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, m_apply, qOverload<>(&QTimer::start));
    connect(m_to, &QDateTimeEdit::dateTimeChanged, m_apply, qOverload<>(&QTimer::start));
    connect(clear, &QPushButton::clicked, this, &ActivityPage::clearFilters);
    connect(refresh, &QPushButton::clicked, this, &ActivityPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::exportEvents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityPage::showSelected);
    connect(m_model, &EventModel::modelReset, this, &ActivityPage::showSelected);
    connect(m_model, &EventModel::loaded, this, [this] {
        m_error->clearMessage();
        updateSummary();
    });
    connect(m_model, &EventModel::errorOccurred, this, [this](const PcaError &error) {
        m_error->showError(
            tr("Cannot read the event history: %1").arg(models::ErrorText::oneLine(error)));
    });
    periodChanged();
    updateSummary();
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // calls made since it was last shown
}

EventBrowseRequest ActivityPage::currentFilter() const
{
    EventBrowseRequest filter;
    filter.username = m_user->text();
    filter.eventName = m_action->text();
    filter.resourceName = m_resource->text();
    filter.errorsOnly = m_errorsOnly->isChecked();
    const int hours = kPeriodHours.value(m_period->currentIndex());
    if (hours > 0) {
        filter.startTimeMs = QDateTime::currentMSecsSinceEpoch() - qint64(hours) * 3600 * 1000;
    } else {
        filter.startTimeMs = m_from->dateTime().toMSecsSinceEpoch();
        filter.endTimeMs = m_to->dateTime().toMSecsSinceEpoch();
    }
    return filter;
}

void ActivityPage::refresh()
{
    m_loadedOnce = true;
    applyFilter();
}

void ActivityPage::applyFilter()
{
    m_apply->stop();
    m_loadedOnce = true;
    const EventBrowseRequest filter = currentFilter();
    if (filter.startTimeMs && filter.endTimeMs && *filter.startTimeMs > *filter.endTimeMs) {
        m_error->showError(tr("The start of the range is after its end."));
        return;
    }
    m_model->setFilter(filter);
}

void ActivityPage::clearFilters()
{
    const QSignalBlocker user(m_user);
    const QSignalBlocker action(m_action);
    const QSignalBlocker resource(m_resource);
    const QSignalBlocker errors(m_errorsOnly);
    const QSignalBlocker period(m_period);
    m_user->clear();
    m_action->clear();
    m_resource->clear();
    m_errorsOnly->setChecked(false);
    m_period->setCurrentIndex(4);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    applyFilter();
}

void ActivityPage::periodChanged()
{
    const bool custom = kPeriodHours.value(m_period->currentIndex()) == 0;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (m_loadedOnce)
        applyFilter();
}

void ActivityPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(m_model->prettyRecord(rows.first().row()));
}

void ActivityPage::updateSummary()
{
    const int count = m_model->rowCount();
    m_export->setEnabled(count > 0);
    if (!m_model->isLoaded()) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    m_summary->setText(count == 0 ? tr("No events match.")
                       : m_model->hasMore()
                           ? tr("%n event(s) shown; scroll down for more.", nullptr, count)
                           : tr("%n event(s).", nullptr, count));
}

void ActivityPage::exportEvents()
{
    if (m_model->rowCount() == 0)
        return;
    const QString path = ModalHooks::saveFileName(
        this, tr("Export events"),
        QStringLiteral("events-%1.json")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->exportJson()) < 0 ||
        !file.commit()) {
        ModalHooks::showError(this, tr("Cannot export the events"),
                              PcaError(errors::StoreError, file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("%n event(s) exported to %1.", nullptr, m_model->rowCount()).arg(path));
}

} // namespace pca::views

// The Activity area of the main window: the event history (every API call of every account,
// allowed or denied, as CloudTrail records), newest first and loaded page by page as the table
// scrolls, filtered by user, action, resource, errors only and time range; the selected
// event's record in full; and an export of the shown events as a CloudTrail log file
// ({"Records":[...]}).
#pragma once

#include "AccessClient.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace pca::models {
class EventModel;
}

namespace pca::views {

class FieldMessage;

class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(models::AccessClient *client, QWidget *parent = nullptr);

    models::EventModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QLineEdit *userFilter() const { return m_user; }
    QLineEdit *actionFilter() const { return m_action; }
    QLineEdit *resourceFilter() const { return m_resource; }
    QCheckBox *errorsOnly() const { return m_errorsOnly; }
    QComboBox *period() const { return m_period; }

    // The filter as the widgets say (the model is given it shortly after each change).
    EventBrowseRequest currentFilter() const;

public Q_SLOTS:
    void refresh();
    void applyFilter();
    void clearFilters();
    void exportEvents();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void updateSummary();
    void periodChanged();

    models::AccessClient *m_client;
    models::EventModel *m_model;
    QLineEdit *m_user;
    QLineEdit *m_action;
    QLineEdit *m_resource;
    QCheckBox *m_errorsOnly;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_export;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_summary;
    FieldMessage *m_error;
    QTimer *m_apply;
    bool m_loadedOnce = false;
};

} // namespace pca::views

// The Audit reports tab: the CA's reports, creating one (JSON or CSV) with progress while the
// engine builds it, and opening or saving a finished report.
#pragma once

#include "CaTab.h"

class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pca::models {
class AuditReportModel;
}

namespace pca::views {

class FieldMessage;

class AuditReportsTab : public CaTab
{
    Q_OBJECT

public:
    explicit AuditReportsTab(models::PrivateCaClient *client, QWidget *parent = nullptr);
    models::AuditReportModel *model() const { return m_model; }
    // Starts a report with the format and bucket in the form (the main window's action).
    void createReport();

protected:
    void load() override;
    void updateDescription() override;

private:
    void fetchSelected(bool open);
    void updateState();

    models::AuditReportModel *m_model;
    QComboBox *m_format;
    QLineEdit *m_bucket;
    QPushButton *m_create;
    QProgressBar *m_progress;
    FieldMessage *m_message;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_save;
};

} // namespace pca::views

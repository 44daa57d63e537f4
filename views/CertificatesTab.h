// The inventory of issued certificates (what the AWS console lacks): search, status filter,
// engine-side sorting and lazy loading over millions of rows; revoke and export from the
// context menu, details on double-click.
#pragma once

#include "CaTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace pca::models {
class CertificateModel;
}

namespace pca::views {

class CertificatesTab : public CaTab
{
    Q_OBJECT

public:
    explicit CertificatesTab(models::PrivateCaClient *client, QWidget *parent = nullptr);

    models::CertificateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The selected certificate's serial (lower-case hex), if any.
    QString selectedSerial() const;

Q_SIGNALS:
    void issueRequested();
    void revokeRequested(const QString &serial);
    void selectionChanged();

protected:
    void load() override;
    void updateDescription() override;

private:
    void showContextMenu(const QPoint &pos);
    void exportCertificate(int row, bool der);
    void showDetails(int row);
    void updateCount();
    void updateButtons();

    models::CertificateModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLabel *m_count;
    QPushButton *m_issue;
    QPushButton *m_revoke;
    QTableView *m_table;
    QTimer *m_searchDelay;
};

} // namespace pca::views

// The audit reports of one CA: when, format, status and where the report object lives.
// Reports being built show as "Creating" and turn "Ready" when the engine finishes them.
#pragma once

#include "PrivateCaClient.h"

#include <QAbstractTableModel>

namespace pca::models {

class AuditReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,
        FormatColumn,
        StatusColumn,
        ObjectColumn,
        ColumnCount
    };
    enum Role
    {
        ReportIdRole = Qt::UserRole + 1,
        StatusRole,
        BucketRole,
        KeyRole
    };

    explicit AuditReportModel(PrivateCaClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCertificateAuthority(const QString &caArn);
    QString certificateAuthority() const { return m_caArn; }
    void reload();
    bool hasReportInProgress() const;
    const store::AuditReportRecord *report(int row) const;

Q_SIGNALS:
    void loaded();

private:
    PrivateCaClient *m_client;
    QString m_caArn;
    QList<store::AuditReportRecord> m_reports;
    int m_generation = 0;
};

} // namespace pca::models

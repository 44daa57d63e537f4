// The permissions of one CA, as ListPermissions returns them: principal, actions, source
// account and creation time. Reloads when the engine reports a change.
#pragma once

#include "PrivateCaClient.h"

#include <QAbstractTableModel>

namespace pca::models {

class PermissionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PrincipalColumn,
        ActionsColumn,
        SourceAccountColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit PermissionModel(PrivateCaClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCertificateAuthority(const QString &caArn);
    QString certificateAuthority() const { return m_caArn; }
    void reload();
    const QList<api::Permission> &permissions() const { return m_permissions; }
    // Why the list is empty when the engine refused to list (e.g. a deleted CA); else empty.
    QString unavailableReason() const { return m_unavailableReason; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void setPermissions(const QList<api::Permission> &permissions);

    PrivateCaClient *m_client;
    QString m_caArn;
    QList<api::Permission> m_permissions;
    QString m_unavailableReason;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace pca::models

#include "PermissionModel.h"

#include "DisplayNames.h"
#include "ErrorText.h"

namespace pca::models {

PermissionModel::PermissionModel(PrivateCaClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(client, &PrivateCaClient::permissionsChanged, this, [this](const QString &arn) {
        if (arn == m_caArn)
            reload();
    });
    connect(client, &PrivateCaClient::certificateAuthorityChanged, this,
            [this](const QString &arn) {
                if (arn == m_caArn)
                    reload();
            });
}

int PermissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_permissions.size());
}

int PermissionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PermissionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const api::Permission &permission = m_permissions.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case PrincipalColumn:
            return permission.principal.value_or(QString());
        case ActionsColumn: {
            QStringList names;
            for (api::ActionType action : permission.actions.value_or(QList<api::ActionType>()))
                names << DisplayNames::action(action);
            return names.join(QStringLiteral(", "));
        }
        case SourceAccountColumn:
            return permission.sourceAccount.value_or(QString());
        case CreatedColumn:
            return permission.createdAt ? DisplayNames::dateTime(*permission.createdAt)
                                        : QStringLiteral("—");
        }
    }
    if (role == Qt::ToolTipRole)
        return permission.policy.value_or(QString());
    return QVariant();
}

QVariant PermissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case PrincipalColumn:
        return tr("Principal");
    case ActionsColumn:
        return tr("Actions");
    case SourceAccountColumn:
        return tr("Source account");
    case CreatedColumn:
        return tr("Created");
    }
    return QVariant();
}

void PermissionModel::setCertificateAuthority(const QString &caArn)
{
    if (caArn == m_caArn)
        return;
    m_caArn = caArn;
    m_loaded = false;
    setPermissions({});
    reload();
}

void PermissionModel::reload()
{
    const int generation = ++m_generation;
    if (m_caArn.isEmpty())
        return;
    m_client->listAllPermissions(
        m_caArn, this, [this, generation](const Reply<QList<api::Permission>> &reply) {
            if (generation != m_generation)
                return;
            m_unavailableReason = reply.ok() ? QString() : ErrorText::oneLine(reply.error());
            setPermissions(reply.ok() ? reply.value() : QList<api::Permission>());
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void PermissionModel::setPermissions(const QList<api::Permission> &permissions)
{
    if (m_permissions.isEmpty() && permissions.isEmpty())
        return;
    beginResetModel();
    m_permissions = permissions;
    endResetModel();
}

} // namespace pca::models

// The store's callers as tables for the desktop's Access page: accounts, the users of one
// account, and the access keys and policies (inline and AWS managed) of one user. Each loads
// asynchronously through an AccessClient, reloads when the client reports a change, and
// reports the engine's errors; a reply that arrives after the model moved on to another
// account or user is dropped.
#pragma once

#include "AccessClient.h"

#include <QAbstractTableModel>

namespace pca::models {

// What the four models share: loading state, the generation that drops stale replies, errors.
class AccessListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AccessListModel(AccessClient *client, QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    // Reads the rows again (nothing when there is nothing to read, e.g. no user chosen).
    virtual void reload() = 0;

Q_SIGNALS:
    void loaded();
    void errorOccurred(const pca::PcaError &error);

protected:
    // Starts a load: returns the generation the reply must match.
    int beginLoad() { return ++m_generation; }
    bool isCurrent(int generation) const { return generation == m_generation; }
    // Applies a reply of generation `generation`: `apply` replaces the rows inside a reset.
    template <typename T, typename Apply>
    void finishLoad(int generation, const Reply<T> &reply, Apply apply)
    {
        if (!isCurrent(generation))
            return;
        if (!reply.ok()) {
            Q_EMIT errorOccurred(reply.error());
            return;
        }
        beginResetModel();
        apply(reply.value());
        m_loaded = true;
        endResetModel();
        Q_EMIT loaded();
    }
    // Forgets the rows (no account or user chosen).
    template <typename Clear>
    void clearRows(Clear clear)
    {
        ++m_generation;
        beginResetModel();
        clear();
        m_loaded = false;
        endResetModel();
    }
    static QString dateText(qint64 ms);

    AccessClient *m_client;

private:
    int m_generation = 0;
    bool m_loaded = false;
};

class AccountModel final : public AccessListModel
{
    Q_OBJECT

public:
    enum Column
    {
        AccountIdColumn,
        NameColumn,
        UsersColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        StoreAccountRole, // bool: the store's own account (cannot be deleted)
    };

    explicit AccountModel(AccessClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload() override;

    const AccountSummary *account(int row) const;
    int rowForAccount(const QString &accountId) const;

private:
    QList<AccountSummary> m_rows;
};

class IamUserModel final : public AccessListModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UserIdColumn,
        ArnColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        UserNameRole = Qt::UserRole + 1
    };

    explicit IamUserModel(AccessClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload() override;

    // The account whose users are shown (empty: none).
    void setAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }
    const api::iam::User *user(int row) const;
    int rowForUser(const QString &userName) const;

private:
    QString m_accountId;
    QList<api::iam::User> m_rows;
};

class AccessKeyModel final : public AccessListModel
{
    Q_OBJECT

public:
    enum Column
    {
        AccessKeyIdColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        AccessKeyIdRole = Qt::UserRole + 1,
        ActiveRole, // bool
    };

    explicit AccessKeyModel(AccessClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload() override;

    // The user whose keys are shown (empty user: none).
    void setUser(const QString &accountId, const QString &userName);
    const api::iam::AccessKeyMetadata *key(int row) const;
    int rowForKey(const QString &accessKeyId) const;

private:
    QString m_accountId;
    QString m_userName;
    QList<api::iam::AccessKeyMetadata> m_rows;
};

// A user's inline policies (by name) and attached AWS managed policies (by name, with ARN).
class UserPolicyModel final : public AccessListModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ColumnCount
    };
    enum Role
    {
        PolicyNameRole = Qt::UserRole + 1,
        PolicyArnRole, // managed policies only
        ManagedRole,   // bool
    };
    struct Entry
    {
        QString name;
        QString arn; // empty for inline policies
        bool managed = false;
    };

    explicit UserPolicyModel(AccessClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload() override;

    void setUser(const QString &accountId, const QString &userName);
    const Entry *entry(int row) const;
    int rowForPolicy(const QString &name, bool managed) const;
    // The ARNs of the attached managed policies.
    QStringList attachedArns() const;

private:
    QString m_accountId;
    QString m_userName;
    QList<Entry> m_rows;
};

} // namespace pca::models

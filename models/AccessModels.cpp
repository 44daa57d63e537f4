#include "AccessModels.h"

#include <QDateTime>
#include <QLocale>

namespace pca::models {

// ---- AccessListModel ------------------------------------------------------------------------

AccessListModel::AccessListModel(AccessClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(client, &AccessClient::accessChanged, this, [this] { reload(); });
}

QString AccessListModel::dateText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

// ---- AccountModel ---------------------------------------------------------------------------

AccountModel::AccountModel(AccessClient *client, QObject *parent)
    : AccessListModel(client, parent)
{}

int AccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSummary &account = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountIdColumn:
            return account.accountId;
        case NameColumn:
            return account.storeAccount && account.name.isEmpty() ? tr("This store") : account.name;
        case UsersColumn:
            return account.users;
        case CreatedColumn:
            return account.storeAccount ? tr("With the store") : dateText(account.createdAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (account.storeAccount)
            return tr("The store's own account: its administrator is you, the store owner. It "
                      "cannot be deleted.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UsersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AccountIdRole:
        return account.accountId;
    case StoreAccountRole:
        return account.storeAccount;
    }
    return {};
}

QVariant AccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountIdColumn:
        return tr("Account ID");
    case NameColumn:
        return tr("Name");
    case UsersColumn:
        return tr("Users");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void AccountModel::reload()
{
    const int generation = beginLoad();
    m_client->listAccounts(this, [this, generation](const Reply<QList<AccountSummary>> &reply) {
        finishLoad(generation, reply, [this](const QList<AccountSummary> &rows) { m_rows = rows; });
    });
}

const AccountSummary *AccountModel::account(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AccountModel::rowForAccount(const QString &accountId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).accountId == accountId)
            return i;
    }
    return -1;
}

// ---- IamUserModel ---------------------------------------------------------------------------

IamUserModel::IamUserModel(AccessClient *client, QObject *parent)
    : AccessListModel(client, parent)
{}

int IamUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IamUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IamUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::iam::User &user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.userName;
        case UserIdColumn:
            return user.userId;
        case ArnColumn:
            return user.arn;
        case CreatedColumn:
            return dateText(user.createDate);
        }
        return {};
    case Qt::ToolTipRole:
        return user.arn;
    case UserNameRole:
        return user.userName;
    }
    return {};
}

QVariant IamUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User name");
    case UserIdColumn:
        return tr("User ID");
    case ArnColumn:
        return tr("ARN");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void IamUserModel::setAccount(const QString &accountId)
{
    if (accountId == m_accountId && isLoaded())
        return;
    m_accountId = accountId;
    clearRows([this] { m_rows.clear(); });
    reload();
}

void IamUserModel::reload()
{
    if (m_accountId.isEmpty())
        return;
    const int generation = beginLoad();
    m_client->listUsers(
        m_accountId, this, [this, generation](const Reply<QList<api::iam::User>> &reply) {
            finishLoad(generation, reply,
                       [this](const QList<api::iam::User> &rows) { m_rows = rows; });
        });
}

const api::iam::User *IamUserModel::user(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int IamUserModel::rowForUser(const QString &userName) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).userName == userName)
            return i;
    }
    return -1;
}

// ---- AccessKeyModel -------------------------------------------------------------------------

AccessKeyModel::AccessKeyModel(AccessClient *client, QObject *parent)
    : AccessListModel(client, parent)
{}

int AccessKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::iam::AccessKeyMetadata &key = m_rows.at(index.row());
    const bool active = key.status == QLatin1String("Active");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccessKeyIdColumn:
            return key.accessKeyId;
        case StatusColumn:
            return active ? tr("Active") : tr("Inactive");
        case CreatedColumn:
            return dateText(key.createDate);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            return active ? tr("Requests signed with this key are accepted.")
                          : tr("Requests signed with this key are refused until it is "
                               "activated again.");
        }
        return {};
    case AccessKeyIdRole:
        return key.accessKeyId;
    case ActiveRole:
        return active;
    }
    return {};
}

QVariant AccessKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccessKeyIdColumn:
        return tr("Access key ID");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void AccessKeyModel::setUser(const QString &accountId, const QString &userName)
{
    if (accountId == m_accountId && userName == m_userName && isLoaded())
        return;
    m_accountId = accountId;
    m_userName = userName;
    clearRows([this] { m_rows.clear(); });
    reload();
}

void AccessKeyModel::reload()
{
    if (m_accountId.isEmpty() || m_userName.isEmpty())
        return;
    const int generation = beginLoad();
    m_client->listAccessKeys(
        m_accountId, m_userName, this,
        [this, generation](const Reply<QList<api::iam::AccessKeyMetadata>> &reply) {
            finishLoad(generation, reply,
                       [this](const QList<api::iam::AccessKeyMetadata> &rows) { m_rows = rows; });
        });
}

const api::iam::AccessKeyMetadata *AccessKeyModel::key(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AccessKeyModel::rowForKey(const QString &accessKeyId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).accessKeyId == accessKeyId)
            return i;
    }
    return -1;
}

// ---- UserPolicyModel ------------------------------------------------------------------------

UserPolicyModel::UserPolicyModel(AccessClient *client, QObject *parent)
    : AccessListModel(client, parent)
{}

int UserPolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return entry.name;
        if (index.column() == KindColumn)
            return entry.managed ? tr("AWS managed") : tr("Inline");
        return {};
    case Qt::ToolTipRole:
        return entry.managed ? entry.arn : tr("An inline policy of this user");
    case PolicyNameRole:
        return entry.name;
    case PolicyArnRole:
        return entry.arn;
    case ManagedRole:
        return entry.managed;
    }
    return {};
}

QVariant UserPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Policy");
    if (section == KindColumn)
        return tr("Type");
    return {};
}

void UserPolicyModel::setUser(const QString &accountId, const QString &userName)
{
    if (accountId == m_accountId && userName == m_userName && isLoaded())
        return;
    m_accountId = accountId;
    m_userName = userName;
    clearRows([this] { m_rows.clear(); });
    reload();
}

void UserPolicyModel::reload()
{
    if (m_accountId.isEmpty() || m_userName.isEmpty())
        return;
    const int generation = beginLoad();
    const QString accountId = m_accountId;
    const QString userName = m_userName;
    m_client->listUserPolicies(
        accountId, userName, this,
        [this, generation, accountId, userName](const Reply<QStringList> &inlineReply) {
            if (!isCurrent(generation))
                return;
            if (!inlineReply.ok()) {
                Q_EMIT errorOccurred(inlineReply.error());
                return;
            }
            const QStringList names = inlineReply.value();
            m_client->listAttachedUserPolicies(
                accountId, userName, this,
                [this, generation,
                 names](const Reply<QList<api::iam::AttachedPolicy>> &attachedReply) {
                    finishLoad(generation, attachedReply,
                               [this, &names](const QList<api::iam::AttachedPolicy> &attached) {
                                   m_rows.clear();
                                   for (const QString &name : names)
                                       m_rows << Entry{name, QString(), false};
                                   for (const api::iam::AttachedPolicy &policy : attached)
                                       m_rows << Entry{policy.policyName, policy.policyArn, true};
                               });
                });
        });
}

const UserPolicyModel::Entry *UserPolicyModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int UserPolicyModel::rowForPolicy(const QString &name, bool managed) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name && m_rows.at(i).managed == managed)
            return i;
    }
    return -1;
}

QStringList UserPolicyModel::attachedArns() const
{
    QStringList out;
    for (const Entry &entry : m_rows) {
        if (entry.managed)
            out << entry.arn;
    }
    return out;
}

} // namespace pca::models

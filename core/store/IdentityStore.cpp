#include "store/IdentityStore.h"

#include "store/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pca::store {

using namespace sql;

namespace {

QString tagsText(const QList<api::Tag> &tags)
{
    QJsonArray array;
    for (const api::Tag &tag : tags) {
        QJsonObject object;
        object.insert(QStringLiteral("Key"), tag.key);
        object.insert(QStringLiteral("Value"), tag.value.value_or(QString()));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<api::Tag> tagsFrom(const QVariant &value)
{
    QList<api::Tag> out;
    for (const QJsonValue &element : QJsonDocument::fromJson(value.toString().toUtf8()).array()) {
        api::Tag tag;
        tag.key = element[QLatin1String("Key")].toString();
        tag.value = element[QLatin1String("Value")].toString();
        out << tag;
    }
    return out;
}

#define PCA_USER_COLUMNS "account_id, user_name, user_id, path, tags, created_at"

IamUserRecord readUser(const QSqlQuery &q)
{
    IamUserRecord r;
    r.accountId = q.value(0).toString();
    r.userName = q.value(1).toString();
    r.userId = q.value(2).toString();
    r.path = q.value(3).toString();
    r.tags = tagsFrom(q.value(4));
    r.createdAt = q.value(5).toLongLong();
    return r;
}

// The user's name comes from its row (keys of the administrator have none).
#define PCA_KEY_SELECT                                                                             \
    "SELECT k.access_key_id, k.account_id, COALESCE(u.user_name, ''), k.secret, k.status, "        \
    "k.created_at FROM iam_access_keys k LEFT JOIN iam_users u ON u.account_id = k.account_id "    \
    "AND u.user_key = k.user_key "

AccessKeyRecord readKey(const QSqlQuery &q)
{
    AccessKeyRecord r;
    r.accessKeyId = q.value(0).toString();
    r.accountId = q.value(1).toString();
    r.userName = q.value(2).toString();
    r.secret = q.value(3).toByteArray();
    r.active = q.value(4).toString() == QLatin1String("Active");
    r.createdAt = q.value(5).toLongLong();
    return r;
}

QVariant optionalUserKey(const QString &userName)
{
    return userName.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                              : QVariant(userKey(userName));
}

} // namespace

QString IamUserRecord::arn() const
{
    return QStringLiteral("arn:aws:iam::%1:user%2%3").arg(accountId, path, userName);
}

QString userKey(const QString &userName)
{
    return userName.toLower();
}

// ---- reads ------------------------------------------------------------------------------------

std::optional<IamAccountRecord> IdentityReader::findAccount(const QString &accountId) const
{
    return selectOne(
        prepared("SELECT account_id, name, created_at FROM iam_accounts WHERE account_id = ?"),
        {text(accountId)}, "Cannot read an account", [](const QSqlQuery &q) {
            return IamAccountRecord{q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toLongLong()};
        });
}

QList<IamAccountRecord> IdentityReader::listAccounts() const
{
    return selectAll(prepared("SELECT account_id, name, created_at FROM iam_accounts ORDER BY "
                              "created_at, account_id"),
                     {}, "Cannot list accounts", [](const QSqlQuery &q) {
                         return IamAccountRecord{q.value(0).toString(), q.value(1).toString(),
                                                 q.value(2).toLongLong()};
                     });
}

std::optional<IamUserRecord> IdentityReader::findUser(const QString &accountId,
                                                      const QString &userName) const
{
    return selectOne(prepared("SELECT " PCA_USER_COLUMNS " FROM iam_users WHERE account_id = ? "
                              "AND user_key = ?"),
                     {text(accountId), text(userKey(userName))}, "Cannot read a user", readUser);
}

QList<IamUserRecord> IdentityReader::listUsers(const QString &accountId, const QString &pathPrefix,
                                               const QString &afterKey, int limit) const
{
    // Path prefixes are matched here rather than with LIKE, whose wildcards (_ and %) are
    // legal path characters.
    QList<IamUserRecord> out;
    QString after = afterKey;
    while (out.size() < limit) {
        const QList<IamUserRecord> page = selectAll(
            prepared("SELECT " PCA_USER_COLUMNS " FROM iam_users WHERE account_id = ? AND "
                     "user_key > ? ORDER BY user_key LIMIT 200"),
            {text(accountId), text(after)}, "Cannot list users", readUser);
        for (const IamUserRecord &user : page) {
            if (user.path.startsWith(pathPrefix))
                out << user;
            if (out.size() == limit)
                break;
        }
        if (page.size() < 200)
            break;
        after = userKey(page.last().userName);
    }
    return out;
}

qint64 IdentityReader::countUsers(const QString &accountId) const
{
    return selectOne(prepared("SELECT COUNT(*) FROM iam_users WHERE account_id = ?"),
                     {text(accountId)}, "Cannot count users",
                     [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

std::optional<AccessKeyRecord> IdentityReader::findAccessKey(const QString &accessKeyId) const
{
    return selectOne(prepared(PCA_KEY_SELECT "WHERE k.access_key_id = ?"), {text(accessKeyId)},
                     "Cannot read an access key", readKey);
}

QList<AccessKeyRecord> IdentityReader::listAccessKeys(const QString &accountId,
                                                      const QString &userName) const
{
    if (userName.isEmpty()) {
        return selectAll(prepared(PCA_KEY_SELECT "WHERE k.account_id = ? AND k.user_key IS NULL "
                                                 "ORDER BY k.created_at, k.access_key_id"),
                         {text(accountId)}, "Cannot list access keys", readKey);
    }
    return selectAll(prepared(PCA_KEY_SELECT "WHERE k.account_id = ? AND k.user_key = ? ORDER BY "
                                             "k.created_at, k.access_key_id"),
                     {text(accountId), text(userKey(userName))}, "Cannot list access keys",
                     readKey);
}

QList<InlinePolicyRecord> IdentityReader::userPolicies(const QString &accountId,
                                                       const QString &userName) const
{
    return selectAll(prepared("SELECT policy_name, document FROM iam_user_policies WHERE "
                              "account_id = ? AND user_key = ? ORDER BY policy_name"),
                     {text(accountId), text(userKey(userName))}, "Cannot list user policies",
                     [](const QSqlQuery &q) {
                         return InlinePolicyRecord{q.value(0).toString(), q.value(1).toString()};
                     });
}

std::optional<QString> IdentityReader::userPolicy(const QString &accountId, const QString &userName,
                                                  const QString &policyName) const
{
    return selectOne(prepared("SELECT document FROM iam_user_policies WHERE account_id = ? AND "
                              "user_key = ? AND policy_name = ?"),
                     {text(accountId), text(userKey(userName)), text(policyName)},
                     "Cannot read a user policy",
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

QStringList IdentityReader::attachedPolicies(const QString &accountId,
                                             const QString &userName) const
{
    return selectAll(prepared("SELECT policy_arn FROM iam_attached_policies WHERE account_id = ? "
                              "AND user_key = ? ORDER BY policy_arn"),
                     {text(accountId), text(userKey(userName))}, "Cannot list attached policies",
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

qint64 IdentityReader::generation() const
{
    return meta(QStringLiteral("identity_generation")).value_or(QString()).toLongLong();
}

// ---- writes -----------------------------------------------------------------------------------

void IdentityWriter::bumpGeneration()
{
    QSqlQuery &q = prepared("INSERT INTO store_meta (name, value) VALUES "
                            "('identity_generation', '1') ON CONFLICT (name) DO UPDATE SET "
                            "value = CAST(CAST(store_meta.value AS BIGINT) + 1 AS TEXT)");
    execOrThrow(q, "Cannot record a change of callers");
}

void IdentityWriter::insertAccount(const IamAccountRecord &account)
{
    QSqlQuery &q =
        prepared("INSERT INTO iam_accounts (account_id, name, created_at) VALUES (?, ?, ?)");
    q.addBindValue(text(account.accountId));
    q.addBindValue(text(account.name));
    q.addBindValue(account.createdAt);
    execOrThrow(q, "Cannot create an account");
    bumpGeneration();
}

void IdentityWriter::deleteAccount(const QString &accountId)
{
    for (const char *sql : {"DELETE FROM iam_attached_policies WHERE account_id = ?",
                            "DELETE FROM iam_user_policies WHERE account_id = ?",
                            "DELETE FROM iam_access_keys WHERE account_id = ?",
                            "DELETE FROM iam_users WHERE account_id = ?",
                            "DELETE FROM iam_accounts WHERE account_id = ?"}) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(text(accountId));
        execOrThrow(q, "Cannot delete an account");
    }
    bumpGeneration();
}

void IdentityWriter::insertUser(const IamUserRecord &user)
{
    QSqlQuery &q = prepared("INSERT INTO iam_users (account_id, user_key, user_name, user_id, "
                            "path, tags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(text(user.accountId));
    q.addBindValue(text(userKey(user.userName)));
    q.addBindValue(text(user.userName));
    q.addBindValue(text(user.userId));
    q.addBindValue(text(user.path));
    q.addBindValue(tagsText(user.tags));
    q.addBindValue(user.createdAt);
    execOrThrow(q, "Cannot create a user");
    bumpGeneration();
}

void IdentityWriter::deleteUser(const QString &accountId, const QString &userName)
{
    QSqlQuery &q = prepared("DELETE FROM iam_users WHERE account_id = ? AND user_key = ?");
    q.addBindValue(text(accountId));
    q.addBindValue(text(userKey(userName)));
    execOrThrow(q, "Cannot delete a user");
    bumpGeneration();
}

void IdentityWriter::insertAccessKey(const AccessKeyRecord &key)
{
    QSqlQuery &q = prepared("INSERT INTO iam_access_keys (access_key_id, account_id, user_key, "
                            "secret, status, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    q.addBindValue(text(key.accessKeyId));
    q.addBindValue(text(key.accountId));
    q.addBindValue(optionalUserKey(key.userName));
    q.addBindValue(key.secret);
    q.addBindValue(key.active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
    q.addBindValue(key.createdAt);
    execOrThrow(q, "Cannot create an access key");
    bumpGeneration();
}

void IdentityWriter::setAccessKeyActive(const QString &accessKeyId, bool active)
{
    QSqlQuery &q = prepared("UPDATE iam_access_keys SET status = ? WHERE access_key_id = ?");
    q.addBindValue(active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
    q.addBindValue(text(accessKeyId));
    execOrThrow(q, "Cannot update an access key");
    bumpGeneration();
}

void IdentityWriter::deleteAccessKey(const QString &accessKeyId)
{
    QSqlQuery &q = prepared("DELETE FROM iam_access_keys WHERE access_key_id = ?");
    q.addBindValue(text(accessKeyId));
    execOrThrow(q, "Cannot delete an access key");
    bumpGeneration();
}

void IdentityWriter::putUserPolicy(const QString &accountId, const QString &userName,
                                   const InlinePolicyRecord &policy)
{
    QSqlQuery &q = prepared("INSERT INTO iam_user_policies (account_id, user_key, policy_name, "
                            "document) VALUES (?, ?, ?, ?) ON CONFLICT (account_id, user_key, "
                            "policy_name) DO UPDATE SET document = excluded.document");
    q.addBindValue(text(accountId));
    q.addBindValue(text(userKey(userName)));
    q.addBindValue(text(policy.name));
    q.addBindValue(text(policy.document));
    execOrThrow(q, "Cannot store a user policy");
    bumpGeneration();
}

void IdentityWriter::deleteUserPolicy(const QString &accountId, const QString &userName,
                                      const QString &policyName)
{
    QSqlQuery &q = prepared("DELETE FROM iam_user_policies WHERE account_id = ? AND user_key = ? "
                            "AND policy_name = ?");
    q.addBindValue(text(accountId));
    q.addBindValue(text(userKey(userName)));
    q.addBindValue(text(policyName));
    execOrThrow(q, "Cannot delete a user policy");
    bumpGeneration();
}

void IdentityWriter::attachPolicy(const QString &accountId, const QString &userName,
                                  const QString &arn, qint64 at)
{
    QSqlQuery &q = prepared("INSERT INTO iam_attached_policies (account_id, user_key, "
                            "policy_arn, attached_at) VALUES (?, ?, ?, ?) ON CONFLICT "
                            "(account_id, user_key, policy_arn) DO NOTHING");
    q.addBindValue(text(accountId));
    q.addBindValue(text(userKey(userName)));
    q.addBindValue(text(arn));
    q.addBindValue(at);
    execOrThrow(q, "Cannot attach a policy");
    bumpGeneration();
}

void IdentityWriter::detachPolicy(const QString &accountId, const QString &userName,
                                  const QString &arn)
{
    QSqlQuery &q = prepared("DELETE FROM iam_attached_policies WHERE account_id = ? AND "
                            "user_key = ? AND policy_arn = ?");
    q.addBindValue(text(accountId));
    q.addBindValue(text(userKey(userName)));
    q.addBindValue(text(arn));
    execOrThrow(q, "Cannot detach a policy");
    bumpGeneration();
}

} // namespace pca::store

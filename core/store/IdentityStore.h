// Callers in the store (schema version 4): the accounts besides the store's own, the IAM users
// of every account, their access keys (secrets sealed under the store's master key) and their
// inline and attached policies. Read and written on the store's connections and transactions.
//
// User names are unique per account without regard to case, as IAM's are: rows are keyed by
// the lower-case name (user_key) and keep the name as created.
#pragma once

#include "api/ApiTypes.h"
#include "store/SqlStore.h"

#include <optional>

namespace pca::store {

struct IamAccountRecord
{
    QString accountId; // 12 digits
    QString name;
    qint64 createdAt = 0;
};

struct IamUserRecord
{
    QString accountId;
    QString userName;
    QString userId; // AIDA + 17 characters
    QString path = QStringLiteral("/");
    QList<api::Tag> tags;
    qint64 createdAt = 0;

    QString arn() const;
};

struct AccessKeyRecord
{
    QString accessKeyId;
    QString accountId;
    QString userName;  // empty: the account's administrator (its root)
    QByteArray secret; // sealed (crypto::sealSecret, associated data: the key id)
    bool active = true;
    qint64 createdAt = 0;
};

struct InlinePolicyRecord
{
    QString name;
    QString document;
};

// The lower-case key of a user name.
QString userKey(const QString &userName);

class IdentityReader : public StoreReader
{
public:
    explicit IdentityReader(const StoreReader &reader)
        : StoreReader(reader)
    {}

    std::optional<IamAccountRecord> findAccount(const QString &accountId) const;
    QList<IamAccountRecord> listAccounts() const;

    std::optional<IamUserRecord> findUser(const QString &accountId, const QString &userName) const;
    // Users whose path starts with `pathPrefix`, ordered by user_key, after `afterKey`.
    QList<IamUserRecord> listUsers(const QString &accountId, const QString &pathPrefix,
                                   const QString &afterKey, int limit) const;
    qint64 countUsers(const QString &accountId) const;

    std::optional<AccessKeyRecord> findAccessKey(const QString &accessKeyId) const;
    // The keys of a user (or, with an empty name, of the account's administrator).
    QList<AccessKeyRecord> listAccessKeys(const QString &accountId, const QString &userName) const;

    QList<InlinePolicyRecord> userPolicies(const QString &accountId, const QString &userName) const;
    std::optional<QString> userPolicy(const QString &accountId, const QString &userName,
                                      const QString &policyName) const;
    QStringList attachedPolicies(const QString &accountId, const QString &userName) const;

    // Increases with every change of this file's tables, so that caches of callers know when
    // to read again (including changes made by another process on the same store).
    qint64 generation() const;
};

class IdentityWriter : public StoreWriter
{
public:
    explicit IdentityWriter(StoreWriter &writer)
        : StoreWriter(writer)
    {}

    // Reads inside the same transaction.
    IdentityReader read() const { return IdentityReader(*this); }

    void insertAccount(const IamAccountRecord &account);
    // Removes the account with its users, keys and policies.
    void deleteAccount(const QString &accountId);

    void insertUser(const IamUserRecord &user);
    void deleteUser(const QString &accountId, const QString &userName);

    void insertAccessKey(const AccessKeyRecord &key);
    void setAccessKeyActive(const QString &accessKeyId, bool active);
    void deleteAccessKey(const QString &accessKeyId);

    void putUserPolicy(const QString &accountId, const QString &userName,
                       const InlinePolicyRecord &policy);
    void deleteUserPolicy(const QString &accountId, const QString &userName,
                          const QString &policyName);
    void attachPolicy(const QString &accountId, const QString &userName, const QString &arn,
                      qint64 at);
    void detachPolicy(const QString &accountId, const QString &userName, const QString &arn);

    // Marks a change (every writer method above does it).
    void bumpGeneration();
};

} // namespace pca::store

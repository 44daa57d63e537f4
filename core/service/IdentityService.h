// Callers: the accounts of the store, their IAM users, access keys and policies, and the
// Caller (with compiled identity policies) behind each access key.
//
// - The store's own account is always there; its administrator is the store owner (the
//   server's own key, the desktop app). Further accounts stand in for other AWS accounts and
//   are created locally (privateca-server account create), each with an administrator key.
// - IAM's user operations act in the account of the caller in scope (CallerScope; the store's
//   administrator when none) and are authorized like every other call (iam:CreateUser, ... on
//   arn:aws:iam::ACCOUNT:user/NAME).
// - Secret access keys are sealed under a key derived from the store's master key; they are
//   returned once, by the call that creates them.
// - Callers are cached per access key and read again whenever the store's identity generation
//   changes (any change, by this process or another on the same store): an inactive or
//   deleted key is refused on the very next request.
#pragma once

#include "Clock.h"
#include "api/IamTypes.h"
#include "service/AccessControl.h"
#include "store/IdentityStore.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace pca {

struct AccountSummary
{
    QString accountId;
    QString name;
    qint64 createdAt = 0; // 0 for the store's own account
    bool storeAccount = false;
    qint64 users = 0;
};

struct CreatedAccount
{
    QString accountId;
    QString name;
    QString accessKeyId;
    QString secretAccessKey;
};

class IdentityService
{
public:
    IdentityService(store::SqlStore &store, const Clock &clock);
    ~IdentityService();

    const QString &storeAccountId() const;

    // ---- accounts (local administration by the store owner) --------------------------------
    // `accountId` empty: a random unused one. Throws ValidationError for a malformed ID or name
    // and EntityAlreadyExists when the account exists.
    CreatedAccount createAccount(const QString &accountId, const QString &name);
    QList<AccountSummary> listAccounts();
    // Removes an account with its users, keys and policies. The store's account cannot go.
    void deleteAccount(const QString &accountId);
    // Whether the account exists (the store's or a created one).
    bool accountExists(const QString &accountId);

    // ---- callers ------------------------------------------------------------------------------
    // The caller signing with an active access key of the store, with its compiled identity
    // policies; nothing for unknown, inactive or deleted keys. Thread-safe.
    std::optional<Caller> callerForKey(const QString &accessKeyId);
    // The secret of an active key (SigV4 verification).
    std::optional<QByteArray> secretForKey(const QByteArray &accessKeyId);
    // The caller in scope, or the store's administrator.
    Caller currentCaller() const;

    // ---- IAM (in the current caller's account) ----------------------------------------------
    api::iam::User createUser(const QString &userName, const QString &path,
                              const QList<api::Tag> &tags);
    api::iam::User getUser(const std::optional<QString> &userName);
    api::iam::Page<api::iam::User> listUsers(const QString &pathPrefix,
                                             const api::iam::PageRequest &page);
    void deleteUser(const QString &userName);

    api::iam::AccessKey createAccessKey(const std::optional<QString> &userName);
    api::iam::Page<api::iam::AccessKeyMetadata>
    listAccessKeys(const std::optional<QString> &userName, const api::iam::PageRequest &page);
    void updateAccessKey(const std::optional<QString> &userName, const QString &accessKeyId,
                         const QString &status);
    void deleteAccessKey(const std::optional<QString> &userName, const QString &accessKeyId);

    void putUserPolicy(const QString &userName, const QString &policyName,
                       const QString &policyDocument);
    api::iam::UserPolicy getUserPolicy(const QString &userName, const QString &policyName);
    api::iam::Page<QString> listUserPolicies(const QString &userName,
                                             const api::iam::PageRequest &page);
    void deleteUserPolicy(const QString &userName, const QString &policyName);

    void attachUserPolicy(const QString &userName, const QString &policyArn);
    void detachUserPolicy(const QString &userName, const QString &policyArn);
    api::iam::Page<api::iam::AttachedPolicy>
    listAttachedUserPolicies(const QString &userName, const QString &pathPrefix,
                             const api::iam::PageRequest &page);

    // STS GetCallerIdentity (no permission needed).
    api::iam::CallerIdentity getCallerIdentity() const;

    // Quotas (IAM's defaults).
    static constexpr int kMaxAccessKeysPerUser = 2;
    static constexpr int kMaxUsersPerAccount = 5000;
    static constexpr int kMaxAttachedPoliciesPerUser = 10;
    static constexpr int kMaxInlinePolicyBytesPerUser = 2048;

private:
    struct CachedKey;
    void authorizeIam(const Caller &caller, const char *action, const QString &resource);
    std::shared_ptr<const CachedKey> cachedKey(const QString &accessKeyId);
    store::IamUserRecord requireUser(const Caller &caller, const QString &userName);
    // The ARN a call on a user is authorized against: the user's, or with the path "/" when
    // there is no such user (the call then fails with NoSuchEntity once authorized).
    QString requireUserArn(const Caller &caller, const QString &userName);
    // The user a key call names (or the caller itself when none is named).
    QString keyOwner(const Caller &caller, const std::optional<QString> &userName);
    QByteArray secretKey() const;

    store::SqlStore &m_store;
    const Clock &m_clock;
    QString m_storeAccount;
    mutable QMutex m_cacheMutex;
    qint64 m_cacheGeneration = -1;
    QHash<QString, std::shared_ptr<const CachedKey>> m_cache;
};

} // namespace pca

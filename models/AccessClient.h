// The narrow, asynchronous door through which models and views reach the callers of the store
// (IAM: accounts, users, access keys and policies) and its event history (CloudTrail), for the
// store owner.
//
// The same contract as PrivateCaClient: every call returns at once and hands its typed result
// or PcaError to `handler` later, on the client's thread, unless `receiver` was destroyed
// meanwhile. IAM calls name the account they act in; the engine runs them as that account's
// administrator.
#pragma once

#include "Reply.h"
#include "api/IamTypes.h"
#include "service/EventHistory.h"
#include "service/IdentityService.h"

#include <QObject>

namespace pca::models {

// An AWS managed policy the desktop offers to attach.
struct ManagedPolicyChoice
{
    QString name;
    QString arn;
};

class AccessClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AccessClient() override;

    virtual bool isBusy() const = 0;
    // The store's own account (it cannot be deleted); remotely, the caller's account.
    virtual QString storeAccountId() const = 0;

    // What a client may not offer (a remote server's accounts are made on the server).
    enum class Feature
    {
        ManageAccounts
    };
    // Why `feature` is not available through this client, for the user; empty when it is.
    virtual QString unavailableReason(Feature feature) const;

    // ---- accounts -----------------------------------------------------------------------------
    virtual void listAccounts(QObject *receiver, Handler<QList<AccountSummary>> handler) = 0;
    // `accountId` empty: a random one. The value carries the administrator's key, once.
    virtual void createAccount(const QString &accountId, const QString &name, QObject *receiver,
                               Handler<CreatedAccount> handler) = 0;
    virtual void deleteAccount(const QString &accountId, QObject *receiver,
                               Handler<Done> handler) = 0;

    // ---- users of an account ------------------------------------------------------------------
    virtual void listUsers(const QString &accountId, QObject *receiver,
                           Handler<QList<api::iam::User>> handler) = 0;
    virtual void createUser(const QString &accountId, const QString &userName, QObject *receiver,
                            Handler<api::iam::User> handler) = 0;
    virtual void deleteUser(const QString &accountId, const QString &userName, QObject *receiver,
                            Handler<Done> handler) = 0;

    // ---- access keys of a user ----------------------------------------------------------------
    virtual void listAccessKeys(const QString &accountId, const QString &userName,
                                QObject *receiver,
                                Handler<QList<api::iam::AccessKeyMetadata>> handler) = 0;
    // The value carries the secret access key: the only time it can be read.
    virtual void createAccessKey(const QString &accountId, const QString &userName,
                                 QObject *receiver, Handler<api::iam::AccessKey> handler) = 0;
    // `active`: Active, else Inactive.
    virtual void updateAccessKey(const QString &accountId, const QString &userName,
                                 const QString &accessKeyId, bool active, QObject *receiver,
                                 Handler<Done> handler) = 0;
    virtual void deleteAccessKey(const QString &accountId, const QString &userName,
                                 const QString &accessKeyId, QObject *receiver,
                                 Handler<Done> handler) = 0;

    // ---- policies of a user -------------------------------------------------------------------
    virtual void listUserPolicies(const QString &accountId, const QString &userName,
                                  QObject *receiver, Handler<QStringList> handler) = 0;
    virtual void getUserPolicy(const QString &accountId, const QString &userName,
                               const QString &policyName, QObject *receiver,
                               Handler<api::iam::UserPolicy> handler) = 0;
    virtual void putUserPolicy(const QString &accountId, const QString &userName,
                               const QString &policyName, const QString &document,
                               QObject *receiver, Handler<Done> handler) = 0;
    virtual void deleteUserPolicy(const QString &accountId, const QString &userName,
                                  const QString &policyName, QObject *receiver,
                                  Handler<Done> handler) = 0;
    virtual void listAttachedUserPolicies(const QString &accountId, const QString &userName,
                                          QObject *receiver,
                                          Handler<QList<api::iam::AttachedPolicy>> handler) = 0;
    virtual void attachUserPolicy(const QString &accountId, const QString &userName,
                                  const QString &policyArn, QObject *receiver,
                                  Handler<Done> handler) = 0;
    virtual void detachUserPolicy(const QString &accountId, const QString &userName,
                                  const QString &policyArn, QObject *receiver,
                                  Handler<Done> handler) = 0;

    // ---- event history ------------------------------------------------------------------------
    virtual void browseEvents(const EventBrowseRequest &request, QObject *receiver,
                              Handler<EventLookupResult> handler) = 0;

    // ---- beyond the API -----------------------------------------------------------------------
    // Removes events older than the history's retention; the value is how many went.
    virtual void runMaintenance(QObject *receiver, Handler<qint64> handler) = 0;
    // The AWS managed policies that can be attached, by name.
    static QList<ManagedPolicyChoice> managedPolicies();
    // Why `document` is not a valid identity policy (IAM's MalformedPolicyDocument reason), or
    // an empty string when it is one. Fast enough to run on every keystroke.
    static QString policyDocumentProblem(const QString &document);

Q_SIGNALS:
    // Accounts, users, keys or policies changed through this client (delivered on its thread).
    void accessChanged();
    void busyChanged(bool busy);
};

} // namespace pca::models

Q_DECLARE_METATYPE(pca::AccountSummary)

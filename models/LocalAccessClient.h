// The in-process access client: IdentityService and EventHistory calls on a private thread
// pool, each IAM call inside a CallerScope of the administrator of the account it names.
#pragma once

#include "AccessClient.h"
#include "PooledCalls.h"

namespace pca::models {

class LocalAccessClient final : public AccessClient
{
    Q_OBJECT

public:
    // Both services must outlive the client.
    LocalAccessClient(IdentityService &identity, EventHistory &events, int workers = 2,
                      QObject *parent = nullptr);
    ~LocalAccessClient() override;

    bool isBusy() const override { return m_calls.isBusy(); }
    QString storeAccountId() const override { return m_identity.storeAccountId(); }
    // Blocks until every call issued so far has run and delivered its result (tests).
    void waitForIdle();

    void listAccounts(QObject *receiver, Handler<QList<AccountSummary>> handler) override;
    void createAccount(const QString &accountId, const QString &name, QObject *receiver,
                       Handler<CreatedAccount> handler) override;
    void deleteAccount(const QString &accountId, QObject *receiver, Handler<Done> handler) override;
    void listUsers(const QString &accountId, QObject *receiver,
                   Handler<QList<api::iam::User>> handler) override;
    void createUser(const QString &accountId, const QString &userName, QObject *receiver,
                    Handler<api::iam::User> handler) override;
    void deleteUser(const QString &accountId, const QString &userName, QObject *receiver,
                    Handler<Done> handler) override;
    void listAccessKeys(const QString &accountId, const QString &userName, QObject *receiver,
                        Handler<QList<api::iam::AccessKeyMetadata>> handler) override;
    void createAccessKey(const QString &accountId, const QString &userName, QObject *receiver,
                         Handler<api::iam::AccessKey> handler) override;
    void updateAccessKey(const QString &accountId, const QString &userName,
                         const QString &accessKeyId, bool active, QObject *receiver,
                         Handler<Done> handler) override;
    void deleteAccessKey(const QString &accountId, const QString &userName,
                         const QString &accessKeyId, QObject *receiver,
                         Handler<Done> handler) override;
    void listUserPolicies(const QString &accountId, const QString &userName, QObject *receiver,
                          Handler<QStringList> handler) override;
    void getUserPolicy(const QString &accountId, const QString &userName, const QString &policyName,
                       QObject *receiver, Handler<api::iam::UserPolicy> handler) override;
    void putUserPolicy(const QString &accountId, const QString &userName, const QString &policyName,
                       const QString &document, QObject *receiver, Handler<Done> handler) override;
    void deleteUserPolicy(const QString &accountId, const QString &userName,
                          const QString &policyName, QObject *receiver,
                          Handler<Done> handler) override;
    void listAttachedUserPolicies(const QString &accountId, const QString &userName,
                                  QObject *receiver,
                                  Handler<QList<api::iam::AttachedPolicy>> handler) override;
    void attachUserPolicy(const QString &accountId, const QString &userName,
                          const QString &policyArn, QObject *receiver,
                          Handler<Done> handler) override;
    void detachUserPolicy(const QString &accountId, const QString &userName,
                          const QString &policyArn, QObject *receiver,
                          Handler<Done> handler) override;
    void browseEvents(const EventBrowseRequest &request, QObject *receiver,
                      Handler<EventLookupResult> handler) override;
    void runMaintenance(QObject *receiver, Handler<qint64> handler) override;

private:
    // Runs `work` as the administrator of `accountId`.
    template <typename T, typename Work>
    void runAs(const QString &accountId, QObject *receiver, Handler<T> handler, Work work)
    {
        m_calls.run(receiver, std::move(handler), [accountId, work = std::move(work)]() mutable {
            const Caller administrator = Caller::administratorOf(accountId);
            const CallerScope scope(administrator);
            return work();
        });
    }
    // Like runAs, and announces accessChanged() once the change succeeded.
    template <typename Work>
    void changeAs(const QString &accountId, QObject *receiver, Handler<Done> handler, Work work);

    IdentityService &m_identity;
    EventHistory &m_events;
    PooledCalls m_calls; // last: destroyed first, waiting for calls that use the services
};

} // namespace pca::models

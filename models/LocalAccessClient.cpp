#include "LocalAccessClient.h"

#include <QPointer>

namespace pca::models {

namespace {

// Every item of an IAM list, page after page.
template <typename T, typename List>
QList<T> allPages(List list)
{
    QList<T> out;
    api::iam::PageRequest page;
    page.maxItems = 1000;
    for (;;) {
        api::iam::Page<T> next = list(page);
        out << next.items;
        if (!next.isTruncated || next.marker.isEmpty())
            return out;
        page.marker = next.marker;
    }
}

} // namespace

LocalAccessClient::LocalAccessClient(IdentityService &identity, EventHistory &events, int workers,
                                     QObject *parent)
    : AccessClient(parent)
    , m_identity(identity)
    , m_events(events)
    , m_calls(this, workers, [this](bool busy) { Q_EMIT busyChanged(busy); })
{}

LocalAccessClient::~LocalAccessClient() = default;

void LocalAccessClient::waitForIdle()
{
    m_calls.waitForIdle();
}

template <typename Work>
void LocalAccessClient::changeAs(const QString &accountId, QObject *receiver, Handler<Done> handler,
                                 Work work)
{
    // The change is announced even when the receiver is gone: other views show the same data.
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    runAs<Done>(
        accountId, this,
        [this, guard, guarded, handler = std::move(handler)](const Reply<Done> &reply) {
            if (handler && (!guarded || guard))
                handler(reply);
            if (reply.ok())
                Q_EMIT accessChanged();
        },
        [work = std::move(work)]() mutable {
            work();
            return Done{};
        });
}

void LocalAccessClient::listAccounts(QObject *receiver, Handler<QList<AccountSummary>> handler)
{
    m_calls.run(receiver, std::move(handler), [this] { return m_identity.listAccounts(); });
}

void LocalAccessClient::createAccount(const QString &accountId, const QString &name,
                                      QObject *receiver, Handler<CreatedAccount> handler)
{
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    m_calls.run<CreatedAccount>(
        this,
        [this, guard, guarded, handler = std::move(handler)](const Reply<CreatedAccount> &reply) {
            if (handler && (!guarded || guard))
                handler(reply);
            if (reply.ok())
                Q_EMIT accessChanged();
        },
        [this, accountId, name] { return m_identity.createAccount(accountId, name); });
}

void LocalAccessClient::deleteAccount(const QString &accountId, QObject *receiver,
                                      Handler<Done> handler)
{
    changeAs(m_identity.storeAccountId(), receiver, std::move(handler),
             [this, accountId] { m_identity.deleteAccount(accountId); });
}

void LocalAccessClient::listUsers(const QString &accountId, QObject *receiver,
                                  Handler<QList<api::iam::User>> handler)
{
    runAs(accountId, receiver, std::move(handler), [this] {
        return allPages<api::iam::User>([this](const api::iam::PageRequest &page) {
            return m_identity.listUsers(QStringLiteral("/"), page);
        });
    });
}

void LocalAccessClient::createUser(const QString &accountId, const QString &userName,
                                   QObject *receiver, Handler<api::iam::User> handler)
{
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    runAs<api::iam::User>(
        accountId, this,
        [this, guard, guarded, handler = std::move(handler)](const Reply<api::iam::User> &reply) {
            if (handler && (!guarded || guard))
                handler(reply);
            if (reply.ok())
                Q_EMIT accessChanged();
        },
        [this, userName] { return m_identity.createUser(userName, QStringLiteral("/"), {}); });
}

void LocalAccessClient::deleteUser(const QString &accountId, const QString &userName,
                                   QObject *receiver, Handler<Done> handler)
{
    changeAs(accountId, receiver, std::move(handler),
             [this, userName] { m_identity.deleteUser(userName); });
}

void LocalAccessClient::listAccessKeys(const QString &accountId, const QString &userName,
                                       QObject *receiver,
                                       Handler<QList<api::iam::AccessKeyMetadata>> handler)
{
    runAs(accountId, receiver, std::move(handler), [this, userName] {
        return allPages<api::iam::AccessKeyMetadata>(
            [this, userName](const api::iam::PageRequest &page) {
                return m_identity.listAccessKeys(userName, page);
            });
    });
}

void LocalAccessClient::createAccessKey(const QString &accountId, const QString &userName,
                                        QObject *receiver, Handler<api::iam::AccessKey> handler)
{
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    runAs<api::iam::AccessKey>(
        accountId, this,
        [this, guard, guarded,
         handler = std::move(handler)](const Reply<api::iam::AccessKey> &reply) {
            if (handler && (!guarded || guard))
                handler(reply);
            if (reply.ok())
                Q_EMIT accessChanged();
        },
        [this, userName] { return m_identity.createAccessKey(userName); });
}

void LocalAccessClient::updateAccessKey(const QString &accountId, const QString &userName,
                                        const QString &accessKeyId, bool active, QObject *receiver,
                                        Handler<Done> handler)
{
    changeAs(accountId, receiver, std::move(handler), [this, userName, accessKeyId, active] {
        m_identity.updateAccessKey(userName, accessKeyId,
                                   active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
    });
}

void LocalAccessClient::deleteAccessKey(const QString &accountId, const QString &userName,
                                        const QString &accessKeyId, QObject *receiver,
                                        Handler<Done> handler)
{
    changeAs(accountId, receiver, std::move(handler),
             [this, userName, accessKeyId] { m_identity.deleteAccessKey(userName, accessKeyId); });
}

void LocalAccessClient::listUserPolicies(const QString &accountId, const QString &userName,
                                         QObject *receiver, Handler<QStringList> handler)
{
    runAs(accountId, receiver, std::move(handler), [this, userName] {
        return QStringList(allPages<QString>([this, userName](const api::iam::PageRequest &page) {
            return m_identity.listUserPolicies(userName, page);
        }));
    });
}

void LocalAccessClient::getUserPolicy(const QString &accountId, const QString &userName,
                                      const QString &policyName, QObject *receiver,
                                      Handler<api::iam::UserPolicy> handler)
{
    runAs(accountId, receiver, std::move(handler),
          [this, userName, policyName] { return m_identity.getUserPolicy(userName, policyName); });
}

void LocalAccessClient::putUserPolicy(const QString &accountId, const QString &userName,
                                      const QString &policyName, const QString &document,
                                      QObject *receiver, Handler<Done> handler)
{
    changeAs(accountId, receiver, std::move(handler), [this, userName, policyName, document] {
        m_identity.putUserPolicy(userName, policyName, document);
    });
}

void LocalAccessClient::deleteUserPolicy(const QString &accountId, const QString &userName,
                                         const QString &policyName, QObject *receiver,
                                         Handler<Done> handler)
{
    changeAs(accountId, receiver, std::move(handler),
             [this, userName, policyName] { m_identity.deleteUserPolicy(userName, policyName); });
}

void LocalAccessClient::listAttachedUserPolicies(const QString &accountId, const QString &userName,
                                                 QObject *receiver,
                                                 Handler<QList<api::iam::AttachedPolicy>> handler)
{
    runAs(accountId, receiver, std::move(handler), [this, userName] {
        return allPages<api::iam::AttachedPolicy>(
            [this, userName](const api::iam::PageRequest &page) {
                return m_identity.listAttachedUserPolicies(userName, QStringLiteral("/"), page);
            });
    });
}

void LocalAccessClient::attachUserPolicy(const QString &accountId, const QString &userName,
                                         const QString &policyArn, QObject *receiver,
                                         Handler<Done> handler)
{
    changeAs(accountId, receiver, std::move(handler),
             [this, userName, policyArn] { m_identity.attachUserPolicy(userName, policyArn); });
}

void LocalAccessClient::detachUserPolicy(const QString &accountId, const QString &userName,
                                         const QString &policyArn, QObject *receiver,
                                         Handler<Done> handler)
{
    changeAs(accountId, receiver, std::move(handler),
             [this, userName, policyArn] { m_identity.detachUserPolicy(userName, policyArn); });
}

void LocalAccessClient::browseEvents(const EventBrowseRequest &request, QObject *receiver,
                                     Handler<EventLookupResult> handler)
{
    m_calls.run(receiver, std::move(handler), [this, request] { return m_events.browse(request); });
}

void LocalAccessClient::runMaintenance(QObject *receiver, Handler<qint64> handler)
{
    m_calls.run(receiver, std::move(handler), [this] { return m_events.prune(); });
}

} // namespace pca::models

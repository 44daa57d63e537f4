// The access client of a remote privateca-server: IAM's Query protocol (service iam) for users,
// access keys and policies, CloudTrail's LookupEvents (JSON 1.1, service cloudtrail) for the
// event history, both signed with the connection's key and acting in the caller's account.
//
// What has no API is not offered, with the reason: the server's accounts are made and removed
// on the server (privateca-server account create), so the only account listed is the caller's;
// the server prunes its own event history. The Activity page's several "contains" filters are
// applied here to the pages LookupEvents returns (CloudTrail matches one attribute exactly).
#pragma once

#include "AccessClient.h"
#include "RemoteConnection.h"

namespace pca::models {

class RemoteAccessClient final : public AccessClient
{
    Q_OBJECT

public:
    // `connection` must outlive the client. `identity`: who the connection's key is.
    RemoteAccessClient(RemoteConnection *connection, CallerIdentity identity,
                       QObject *parent = nullptr);
    ~RemoteAccessClient() override;

    bool isBusy() const override;
    QString storeAccountId() const override { return m_identity.account; }
    QString unavailableReason(Feature feature) const override;

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
    // The server prunes its history itself (the value is 0).
    void runMaintenance(QObject *receiver, Handler<qint64> handler) override;

private:
    using Parameters = QList<std::pair<QString, QString>>;
    // One IAM action; the value is the answer's XML.
    void iam(const QString &action, Parameters parameters, QObject *receiver,
             Handler<QByteArray> handler);
    // An IAM change: Done, and accessChanged after it succeeded.
    void change(const QString &action, Parameters parameters, QObject *receiver,
                Handler<Done> handler);
    // Every <member> of the list element `listName`, page after page (Marker).
    void listAll(const QString &action, const Parameters &parameters, const QString &listName,
                 QObject *receiver, Handler<QList<QHash<QString, QString>>> handler);
    // The account a call names must be the caller's: IAM acts in the caller's account.
    std::optional<PcaError> foreignAccount(const QString &accountId) const;

    RemoteConnection *m_connection;
    CallerIdentity m_identity;
};

} // namespace pca::models

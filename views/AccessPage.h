// The Access area of the main window, for the store owner: the accounts of the store, the IAM
// users of the selected account, and the access keys and policies (inline, edited with a
// validating JSON editor, and AWS managed, attached from AWS's list) of the selected user.
// New secrets are shown once, with a Copy button; deletions ask first; the store's own account
// cannot be deleted; refusals are explained.
#pragma once

#include "AccessClient.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace pca::models {
class AccessKeyModel;
class AccountModel;
class IamUserModel;
class UserPolicyModel;
} // namespace pca::models

namespace pca::views {

class FieldMessage;
class OneTimeSecretDialog;
class PolicyEditorDialog;

class AccessPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccessPage(models::AccessClient *client, QWidget *parent = nullptr);

    models::AccountModel *accounts() const { return m_accounts; }
    models::IamUserModel *users() const { return m_users; }
    models::AccessKeyModel *keys() const { return m_keys; }
    models::UserPolicyModel *policies() const { return m_policies; }
    QTableView *accountsTable() const { return m_accountsTable; }
    QTableView *usersTable() const { return m_usersTable; }
    QTableView *keysTable() const { return m_keysTable; }
    QTableView *policiesTable() const { return m_policiesTable; }
    QMenu *attachMenu() const { return m_attachMenu; }

    QString selectedAccount() const;
    QString selectedUser() const;
    void selectAccount(const QString &accountId);
    void selectUser(const QString &userName);
    void selectKey(const QString &accessKeyId);
    void selectPolicy(const QString &name, bool managed);

    // The last dialogs opened (tests and screenshots), or nullptr.
    OneTimeSecretDialog *secretDialog() const;
    PolicyEditorDialog *policyEditor() const;

public Q_SLOTS:
    void refresh();
    void createAccount();
    void deleteAccount();
    void createUser();
    void deleteUser();
    void createAccessKey();
    void toggleAccessKey();
    void deleteAccessKey();
    void addInlinePolicy();
    void editPolicy();
    void removePolicy();
    void attachManagedPolicy(const QString &policyArn);

Q_SIGNALS:
    // A short confirmation for the status bar.
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildAccounts();
    QWidget *buildUsers();
    QWidget *buildKeys();
    QWidget *buildPolicies();
    QTableView *createTable(const QString &objectName, QAbstractItemModel *model);
    QPushButton *createButton(const QString &icon, const QString &text, const QString &objectName,
                              void (AccessPage::*slot)());
    void accountChanged();
    void userChanged();
    void updateButtons();
    void updateAttachMenu();
    void fail(const QString &title, const PcaError &error);
    void openPolicyEditor(const QString &policyName);

    models::AccessClient *m_client;
    models::AccountModel *m_accounts;
    models::IamUserModel *m_users;
    models::AccessKeyModel *m_keys;
    models::UserPolicyModel *m_policies;
    QTableView *m_accountsTable = nullptr;
    QTableView *m_usersTable = nullptr;
    QTableView *m_keysTable = nullptr;
    QTableView *m_policiesTable = nullptr;
    QLabel *m_usersHeading = nullptr;
    QLabel *m_userHeading = nullptr;
    QWidget *m_userPane = nullptr;
    QLabel *m_noUser = nullptr;
    FieldMessage *m_loadError = nullptr;
    QPushButton *m_deleteAccount = nullptr;
    QPushButton *m_createUser = nullptr;
    QPushButton *m_deleteUser = nullptr;
    QPushButton *m_createKey = nullptr;
    QPushButton *m_toggleKey = nullptr;
    QPushButton *m_deleteKey = nullptr;
    QPushButton *m_addPolicy = nullptr;
    QPushButton *m_editPolicy = nullptr;
    QPushButton *m_attachPolicy = nullptr;
    QPushButton *m_removePolicy = nullptr;
    QMenu *m_attachMenu = nullptr;
    QString m_pendingAccount;
    QString m_pendingUser;
    QString m_pendingKey;
    QString m_shownAccount;
    QString m_shownUser;
    bool m_loadedOnce = false;
};

} // namespace pca::views

#include "AccessPage.h"

#include "AccessFormDialog.h"
#include "AccessModels.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "ModalHooks.h"
#include "OneTimeSecretDialog.h"
#include "PolicyEditorDialog.h"
#include "ThemedIcons.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pca::views {

using models::AccessKeyModel;
using models::AccountModel;
using models::IamUserModel;
using models::UserPolicyModel;

namespace {

int selectedRow(const QTableView *table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void selectRow(QTableView *table, int row)
{
    if (row < 0) {
        table->clearSelection();
        return;
    }
    table->selectRow(row);
    table->scrollTo(table->model()->index(row, 0));
}

QPointer<OneTimeSecretDialog> g_lastSecretDialog;
QPointer<PolicyEditorDialog> g_lastPolicyEditor;

} // namespace

AccessPage::AccessPage(models::AccessClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_accounts(new AccountModel(client, this))
    , m_users(new IamUserModel(client, this))
    , m_keys(new AccessKeyModel(client, this))
    , m_policies(new UserPolicyModel(client, this))
{
    setObjectName(QStringLiteral("accessPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Who may call this store's API (IAM): accounts, their users, access keys and "
           "policies. You manage them as the store owner; the server checks them on every "
           "call."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_loadError = new FieldMessage(this);
    m_loadError->setObjectName(QStringLiteral("accessLoadError"));
    layout->addWidget(m_loadError);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(buildAccounts());
    top->addWidget(buildUsers());
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    auto *user = new QWidget(this);
    auto *userLayout = new QVBoxLayout(user);
    userLayout->setContentsMargins(0, 0, 0, 0);
    m_userHeading = new QLabel(this);
    m_userHeading->setObjectName(QStringLiteral("userHeading"));
    QFont heading = m_userHeading->font();
    heading.setBold(true);
    m_userHeading->setFont(heading);
    userLayout->addWidget(m_userHeading);
    m_noUser = new QLabel(tr("Select a user to see its access keys and policies."), this);
    m_noUser->setObjectName(QStringLiteral("noUserLabel"));
    m_noUser->setAlignment(Qt::AlignCenter);
    m_noUser->setEnabled(false);
    userLayout->addWidget(m_noUser, 1);
    m_userPane = new QWidget(this);
    auto *panes = new QHBoxLayout(m_userPane);
    panes->setContentsMargins(0, 0, 0, 0);
    panes->addWidget(buildKeys(), 1);
    panes->addWidget(buildPolicies(), 1);
    userLayout->addWidget(m_userPane, 1);

    auto *main = new QSplitter(Qt::Vertical, this);
    main->setChildrenCollapsible(false);
    main->addWidget(top);
    main->addWidget(user);
    // The user's keys and policies get the larger share: the lists above are short.
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({400, 600});
    layout->addWidget(main, 1);

    const auto loadFailed = [this](const PcaError &error) {
        m_loadError->showError(
            tr("Cannot read the callers: %1").arg(models::ErrorText::oneLine(error)));
    };
    for (models::AccessListModel *model : {static_cast<models::AccessListModel *>(m_accounts),
                                           static_cast<models::AccessListModel *>(m_users),
                                           static_cast<models::AccessListModel *>(m_keys),
                                           static_cast<models::AccessListModel *>(m_policies)}) {
        connect(model, &models::AccessListModel::errorOccurred, this, loadFailed);
        connect(model, &models::AccessListModel::loaded, m_loadError, &FieldMessage::clearMessage);
    }
    // A reload resets a table and its selection: select the same row again once it is read.
    connect(m_accounts, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_pendingAccount.isEmpty())
            m_pendingAccount = selectedAccount();
    });
    connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_pendingUser.isEmpty())
            m_pendingUser = selectedUser();
    });
    connect(m_keys, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_pendingKey.isEmpty()) {
            const api::iam::AccessKeyMetadata *key = m_keys->key(selectedRow(m_keysTable));
            m_pendingKey = key ? key->accessKeyId : QString();
        }
    });
    connect(m_accounts, &AccountModel::loaded, this, [this] {
        const QString want = !m_pendingAccount.isEmpty() ? m_pendingAccount
                             : !m_shownAccount.isEmpty() ? m_shownAccount
                                                         : m_client->storeAccountId();
        m_pendingAccount.clear();
        int row = m_accounts->rowForAccount(want);
        if (row < 0 && m_accounts->rowCount() > 0)
            row = 0;
        selectRow(m_accountsTable, row);
        accountChanged();
    });
    connect(m_users, &IamUserModel::loaded, this, [this] {
        const QString want = !m_pendingUser.isEmpty() ? m_pendingUser : m_shownUser;
        m_pendingUser.clear();
        selectRow(m_usersTable, m_users->rowForUser(want));
        userChanged();
    });
    connect(m_keys, &AccessKeyModel::loaded, this, [this] {
        if (!m_pendingKey.isEmpty())
            selectRow(m_keysTable, m_keys->rowForKey(m_pendingKey));
        m_pendingKey.clear();
        updateButtons();
    });
    connect(m_policies, &UserPolicyModel::loaded, this, [this] {
        updateAttachMenu();
        updateButtons();
    });
    accountChanged();
}

void AccessPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_accounts->reload();
    }
}

void AccessPage::refresh()
{
    m_loadedOnce = true;
    m_accounts->reload();
    m_users->reload();
    m_keys->reload();
    m_policies->reload();
}

QTableView *AccessPage::createTable(const QString &objectName, QAbstractItemModel *model)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::updateButtons);
    return table;
}

QPushButton *AccessPage::createButton(const QString &icon, const QString &text,
                                      const QString &objectName, void (AccessPage::*slot)())
{
    auto *button = new QPushButton(ThemedIcons::icon(icon), text, this);
    button->setObjectName(objectName);
    if (slot)
        connect(button, &QPushButton::clicked, this, slot);
    return button;
}

QWidget *AccessPage::buildAccounts()
{
    auto *box = new QGroupBox(tr("Accounts"), this);
    auto *layout = new QVBoxLayout(box);
    m_accountsTable = createTable(QStringLiteral("accountsTable"), m_accounts);
    m_accountsTable->setAccessibleName(tr("Accounts"));
    connect(m_accountsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::accountChanged);
    layout->addWidget(m_accountsTable, 1);
    auto *buttons = new QHBoxLayout;
    auto *createAccount =
        createButton(QStringLiteral("permissions"), tr("Create account…"),
                     QStringLiteral("createAccountButton"), &AccessPage::createAccount);
    buttons->addWidget(createAccount);
    // A remote server's accounts are made on the server: the buttons go, the reason stays.
    const QString accountsReason =
        m_client->unavailableReason(models::AccessClient::Feature::ManageAccounts);
    if (!accountsReason.isEmpty()) {
        createAccount->setVisible(false);
        auto *reason = new QLabel(accountsReason, box);
        reason->setObjectName(QStringLiteral("accountsUnavailableReason"));
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    m_deleteAccount =
        createButton(QStringLiteral("delete"), tr("Delete account…"),
                     QStringLiteral("deleteAccountButton"), &AccessPage::deleteAccount);
    buttons->addWidget(m_deleteAccount);
    m_deleteAccount->setVisible(accountsReason.isEmpty());
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *AccessPage::buildUsers()
{
    auto *box = new QGroupBox(tr("Users"), this);
    auto *layout = new QVBoxLayout(box);
    m_usersHeading = new QLabel(this);
    m_usersHeading->setObjectName(QStringLiteral("usersHeading"));
    m_usersHeading->setWordWrap(true);
    layout->addWidget(m_usersHeading);
    m_usersTable = createTable(QStringLiteral("usersTable"), m_users);
    m_usersTable->setAccessibleName(tr("Users"));
    m_usersTable->setColumnHidden(IamUserModel::ArnColumn, true);
    connect(m_usersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::userChanged);
    layout->addWidget(m_usersTable, 1);
    auto *buttons = new QHBoxLayout;
    m_createUser = createButton(QStringLiteral("permissions"), tr("Create user…"),
                                QStringLiteral("createUserButton"), &AccessPage::createUser);
    m_deleteUser = createButton(QStringLiteral("delete"), tr("Delete user…"),
                                QStringLiteral("deleteUserButton"), &AccessPage::deleteUser);
    buttons->addWidget(m_createUser);
    buttons->addWidget(m_deleteUser);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *AccessPage::buildKeys()
{
    auto *box = new QGroupBox(tr("Access keys"), this);
    auto *layout = new QVBoxLayout(box);
    m_keysTable = createTable(QStringLiteral("accessKeysTable"), m_keys);
    m_keysTable->setAccessibleName(tr("Access keys"));
    layout->addWidget(m_keysTable, 1);
    auto *buttons = new QHBoxLayout;
    m_createKey =
        createButton(QStringLiteral("key"), tr("Create access key"),
                     QStringLiteral("createAccessKeyButton"), &AccessPage::createAccessKey);
    m_toggleKey =
        createButton(QStringLiteral("disable"), tr("Deactivate"),
                     QStringLiteral("toggleAccessKeyButton"), &AccessPage::toggleAccessKey);
    m_deleteKey =
        createButton(QStringLiteral("delete"), tr("Delete…"),
                     QStringLiteral("deleteAccessKeyButton"), &AccessPage::deleteAccessKey);
    buttons->addWidget(m_createKey);
    buttons->addWidget(m_toggleKey);
    buttons->addWidget(m_deleteKey);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *AccessPage::buildPolicies()
{
    auto *box = new QGroupBox(tr("Policies"), this);
    auto *layout = new QVBoxLayout(box);
    m_policiesTable = createTable(QStringLiteral("policiesTable"), m_policies);
    m_policiesTable->setAccessibleName(tr("Policies"));
    connect(m_policiesTable, &QTableView::doubleClicked, this, &AccessPage::editPolicy);
    layout->addWidget(m_policiesTable, 1);
    auto *buttons = new QHBoxLayout;
    m_addPolicy =
        createButton(QStringLiteral("policy"), tr("Add inline…"),
                     QStringLiteral("addInlinePolicyButton"), &AccessPage::addInlinePolicy);
    m_editPolicy = createButton(QStringLiteral("general"), tr("Edit…"),
                                QStringLiteral("editPolicyButton"), &AccessPage::editPolicy);
    m_attachPolicy = createButton(QStringLiteral("permissions"), tr("Attach managed"),
                                  QStringLiteral("attachPolicyButton"), nullptr);
    m_attachMenu = new QMenu(m_attachPolicy);
    m_attachMenu->setObjectName(QStringLiteral("attachPolicyMenu"));
    for (const models::ManagedPolicyChoice &policy : models::AccessClient::managedPolicies()) {
        QAction *action = m_attachMenu->addAction(policy.name);
        action->setData(policy.arn);
        action->setToolTip(policy.arn);
        action->setObjectName(QStringLiteral("attach_") + policy.name);
        connect(action, &QAction::triggered, this,
                [this, arn = policy.arn] { attachManagedPolicy(arn); });
    }
    m_attachPolicy->setMenu(m_attachMenu);
    m_removePolicy = createButton(QStringLiteral("delete"), tr("Remove…"),
                                  QStringLiteral("removePolicyButton"), &AccessPage::removePolicy);
    buttons->addWidget(m_addPolicy);
    buttons->addWidget(m_editPolicy);
    buttons->addWidget(m_attachPolicy);
    buttons->addWidget(m_removePolicy);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

// ---- selection ------------------------------------------------------------------------------

QString AccessPage::selectedAccount() const
{
    const AccountSummary *account = m_accounts->account(selectedRow(m_accountsTable));
    return account ? account->accountId : QString();
}

QString AccessPage::selectedUser() const
{
    const api::iam::User *user = m_users->user(selectedRow(m_usersTable));
    return user ? user->userName : QString();
}

void AccessPage::selectAccount(const QString &accountId)
{
    const int row = m_accounts->rowForAccount(accountId);
    if (row < 0) {
        m_pendingAccount = accountId;
        return;
    }
    selectRow(m_accountsTable, row);
}

void AccessPage::selectUser(const QString &userName)
{
    const int row = m_users->rowForUser(userName);
    if (row < 0) {
        m_pendingUser = userName;
        return;
    }
    selectRow(m_usersTable, row);
}

void AccessPage::selectKey(const QString &accessKeyId)
{
    selectRow(m_keysTable, m_keys->rowForKey(accessKeyId));
}

void AccessPage::selectPolicy(const QString &name, bool managed)
{
    selectRow(m_policiesTable, m_policies->rowForPolicy(name, managed));
}

void AccessPage::accountChanged()
{
    const QString account = selectedAccount();
    const bool switched = account != m_shownAccount;
    if (switched) {
        m_shownAccount = account;
        m_shownUser.clear();
    }
    if (!account.isEmpty())
        m_users->setAccount(account);
    if (switched)
        m_pendingUser.clear(); // a user of the account shown before
    const AccountSummary *summary = m_accounts->account(selectedRow(m_accountsTable));
    m_usersHeading->setText(
        !summary ? tr("Select an account to see its users.")
        : summary->storeAccount
            ? tr("Users of the store's account %1. Its administrator is the store owner.")
                  .arg(account)
            : tr("Users of account %1 (%2).")
                  .arg(account, summary->name.isEmpty() ? tr("no name") : summary->name));
    userChanged();
}

void AccessPage::userChanged()
{
    const QString user = selectedUser();
    m_shownUser = user;
    const bool hasUser = !user.isEmpty();
    m_userPane->setVisible(hasUser);
    m_noUser->setVisible(!hasUser);
    m_userHeading->setText(hasUser ? tr("User %1 in account %2").arg(user, m_shownAccount)
                                   : QString());
    m_userHeading->setVisible(hasUser);
    if (hasUser) {
        m_keys->setUser(m_shownAccount, user);
        m_policies->setUser(m_shownAccount, user);
    }
    updateButtons();
}

void AccessPage::updateButtons()
{
    const AccountSummary *account = m_accounts->account(selectedRow(m_accountsTable));
    m_deleteAccount->setEnabled(account && !account->storeAccount);
    m_deleteAccount->setToolTip(
        !account ? tr("Select an account first.")
        : account->storeAccount
            ? tr("The store's own account cannot be deleted.")
            : tr("Delete the account with its users, access keys and policies."));
    m_createUser->setEnabled(account != nullptr);
    const bool hasUser = !selectedUser().isEmpty();
    m_deleteUser->setEnabled(hasUser);
    m_createKey->setEnabled(hasUser);
    m_createKey->setToolTip(tr("A user can have two access keys (IAM's quota)."));
    const api::iam::AccessKeyMetadata *key = m_keys->key(selectedRow(m_keysTable));
    const bool active = key && key->status == QLatin1String("Active");
    m_toggleKey->setEnabled(hasUser && key);
    m_toggleKey->setText(active || !key ? tr("Deactivate") : tr("Activate"));
    m_toggleKey->setIcon(
        ThemedIcons::icon(active || !key ? QStringLiteral("disable") : QStringLiteral("enable")));
    m_toggleKey->setToolTip(active ? tr("Refuse requests signed with this key from now on.")
                                   : tr("Accept requests signed with this key again."));
    m_deleteKey->setEnabled(hasUser && key);
    const UserPolicyModel::Entry *policy = m_policies->entry(selectedRow(m_policiesTable));
    m_addPolicy->setEnabled(hasUser);
    m_attachPolicy->setEnabled(hasUser);
    m_editPolicy->setEnabled(hasUser && policy && !policy->managed);
    m_editPolicy->setToolTip(policy && policy->managed
                                 ? tr("AWS managed policies cannot be edited; detach it instead.")
                                 : QString());
    m_removePolicy->setEnabled(hasUser && policy);
    m_removePolicy->setText(policy && policy->managed ? tr("Detach…") : tr("Remove…"));
}

void AccessPage::updateAttachMenu()
{
    const QStringList attached = m_policies->attachedArns();
    for (QAction *action : m_attachMenu->actions()) {
        const bool isAttached = attached.contains(action->data().toString());
        action->setEnabled(!isAttached);
        action->setText(isAttached ? tr("%1 (attached)").arg(action->objectName().mid(7))
                                   : action->objectName().mid(7));
    }
}

void AccessPage::fail(const QString &title, const PcaError &error)
{
    ModalHooks::showError(this, title, error);
}

OneTimeSecretDialog *AccessPage::secretDialog() const
{
    return g_lastSecretDialog;
}

PolicyEditorDialog *AccessPage::policyEditor() const
{
    return g_lastPolicyEditor;
}

// ---- accounts -------------------------------------------------------------------------------

void AccessPage::createAccount()
{
    auto *dialog = new AccessFormDialog(
        tr("Create account"),
        tr("An account stands in for another AWS account (a partner, another team). It gets an "
           "administrator key, shown once when the account is created."),
        {{tr("Account ID:"), QStringLiteral("accountIdEdit"),
          tr("12 digits; empty for a random one"), QRegularExpression(QStringLiteral("[0-9]{12}")),
          true, QString()},
         {tr("Name:"), QStringLiteral("accountNameEdit"), tr("e.g. Partner Corp"),
          QRegularExpression(QStringLiteral(".{1,64}")), true, QString()}},
        tr("Create account"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccessFormDialog::submitted, this, [this, dialog] {
        dialog->setBusy(true);
        m_client->createAccount(
            dialog->value(QStringLiteral("accountIdEdit")),
            dialog->value(QStringLiteral("accountNameEdit")), dialog,
            [this, dialog](const models::Reply<CreatedAccount> &reply) {
                dialog->setBusy(false);
                if (!reply.ok()) {
                    dialog->showError(reply.error());
                    return;
                }
                const CreatedAccount &created = reply.value();
                dialog->accept();
                m_pendingAccount = created.accountId;
                auto *secret = new OneTimeSecretDialog(
                    tr("Account %1 created").arg(created.accountId),
                    tr("The administrator of account %1 signs with this access key. Use it as "
                       "an AWS profile (aws configure --profile %2).")
                        .arg(created.accountId, created.name.isEmpty()
                                                    ? created.accountId
                                                    : created.name.simplified().replace(
                                                          QLatin1Char(' '), QLatin1Char('-'))),
                    this);
                secret->setAttribute(Qt::WA_DeleteOnClose);
                secret->addValue(tr("Account ID"), created.accountId, QStringLiteral("accountId"));
                secret->addValue(tr("Access key ID"), created.accessKeyId,
                                 QStringLiteral("accessKeyId"));
                secret->addValue(tr("Secret access key"), created.secretAccessKey,
                                 QStringLiteral("secretAccessKey"), true);
                g_lastSecretDialog = secret;
                secret->open();
                Q_EMIT statusMessage(tr("Account %1 created.").arg(created.accountId));
            });
    });
    dialog->open();
}

void AccessPage::deleteAccount()
{
    const AccountSummary *account = m_accounts->account(selectedRow(m_accountsTable));
    if (!account || account->storeAccount)
        return;
    const QString id = account->accountId;
    const QString text =
        tr("Delete account %1%2 with its %n user(s), their access keys and policies? Requests "
           "signed with its keys are refused from then on. This cannot be undone.",
           nullptr, int(account->users))
            .arg(id,
                 account->name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(account->name));
    if (ModalHooks::question(this, tr("Delete account"), text) != QMessageBox::Yes)
        return;
    m_client->deleteAccount(id, this, [this, id](const models::Reply<models::Done> &reply) {
        if (!reply.ok())
            return fail(tr("Cannot delete account %1").arg(id), reply.error());
        Q_EMIT statusMessage(tr("Account %1 deleted.").arg(id));
    });
}

// ---- users ----------------------------------------------------------------------------------

void AccessPage::createUser()
{
    const QString account = selectedAccount();
    if (account.isEmpty())
        return;
    auto *dialog = new AccessFormDialog(
        tr("Create user"),
        tr("A user of account %1. It can call the API once it has an access key and a policy "
           "that allows the call.")
            .arg(account),
        {{tr("User name:"), QStringLiteral("userNameEdit"), tr("e.g. issuer-bot"),
          QRegularExpression(QStringLiteral("[\\w+=,.@-]{1,64}")), false,
          tr("Up to 64 letters, digits and + = , . @ _ -")}},
        tr("Create user"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccessFormDialog::submitted, this, [this, dialog, account] {
        dialog->setBusy(true);
        const QString name = dialog->value(QStringLiteral("userNameEdit"));
        m_client->createUser(account, name, dialog,
                             [this, dialog, name](const models::Reply<api::iam::User> &reply) {
                                 dialog->setBusy(false);
                                 if (!reply.ok()) {
                                     dialog->showError(reply.error());
                                     return;
                                 }
                                 m_pendingUser = name;
                                 dialog->accept();
                                 Q_EMIT statusMessage(tr("User %1 created.").arg(name));
                             });
    });
    dialog->open();
}

void AccessPage::deleteUser()
{
    const QString account = m_shownAccount;
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    if (ModalHooks::question(this, tr("Delete user"),
                             tr("Delete user %1 of account %2?").arg(user, account)) !=
        QMessageBox::Yes)
        return;
    m_client->deleteUser(account, user, this,
                         [this, user](const models::Reply<models::Done> &reply) {
                             if (!reply.ok())
                                 return fail(tr("Cannot delete user %1").arg(user), reply.error());
                             Q_EMIT statusMessage(tr("User %1 deleted.").arg(user));
                         });
}

// ---- access keys ----------------------------------------------------------------------------

void AccessPage::createAccessKey()
{
    const QString account = m_shownAccount;
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    m_createKey->setEnabled(false);
    m_client->createAccessKey(
        account, user, this, [this, user](const models::Reply<api::iam::AccessKey> &reply) {
            updateButtons();
            if (!reply.ok())
                return fail(tr("Cannot create an access key for %1").arg(user), reply.error());
            const api::iam::AccessKey &key = reply.value();
            m_pendingKey = key.accessKeyId;
            auto *secret = new OneTimeSecretDialog(
                tr("Access key created"),
                tr("User %1 signs its requests with this key (aws configure, or "
                   "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).")
                    .arg(user),
                this);
            secret->setAttribute(Qt::WA_DeleteOnClose);
            secret->addValue(tr("Access key ID"), key.accessKeyId, QStringLiteral("accessKeyId"));
            secret->addValue(tr("Secret access key"), key.secretAccessKey,
                             QStringLiteral("secretAccessKey"), true);
            g_lastSecretDialog = secret;
            secret->open();
            Q_EMIT statusMessage(tr("Access key %1 created.").arg(key.accessKeyId));
        });
}

void AccessPage::toggleAccessKey()
{
    const api::iam::AccessKeyMetadata *key = m_keys->key(selectedRow(m_keysTable));
    if (!key)
        return;
    const QString id = key->accessKeyId;
    const bool activate = key->status != QLatin1String("Active");
    m_pendingKey = id;
    m_client->updateAccessKey(
        m_shownAccount, selectedUser(), id, activate, this,
        [this, id, activate](const models::Reply<models::Done> &reply) {
            if (!reply.ok())
                return fail(tr("Cannot change access key %1").arg(id), reply.error());
            Q_EMIT statusMessage(activate ? tr("Access key %1 activated.").arg(id)
                                          : tr("Access key %1 deactivated.").arg(id));
        });
}

void AccessPage::deleteAccessKey()
{
    const api::iam::AccessKeyMetadata *key = m_keys->key(selectedRow(m_keysTable));
    if (!key)
        return;
    const QString id = key->accessKeyId;
    if (ModalHooks::question(this, tr("Delete access key"),
                             tr("Delete access key %1? Requests signed with it are refused from "
                                "then on. This cannot be undone; to stop it for a while, "
                                "deactivate it instead.")
                                 .arg(id)) != QMessageBox::Yes)
        return;
    m_client->deleteAccessKey(m_shownAccount, selectedUser(), id, this,
                              [this, id](const models::Reply<models::Done> &reply) {
                                  if (!reply.ok())
                                      return fail(tr("Cannot delete access key %1").arg(id),
                                                  reply.error());
                                  Q_EMIT statusMessage(tr("Access key %1 deleted.").arg(id));
                              });
}

// ---- policies -------------------------------------------------------------------------------

void AccessPage::openPolicyEditor(const QString &policyName)
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    auto *editor = new PolicyEditorDialog(m_client, m_shownAccount, user, policyName, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PolicyEditorDialog::saved, this, [this](const QString &name) {
        Q_EMIT statusMessage(tr("Policy %1 saved.").arg(name));
    });
    g_lastPolicyEditor = editor;
    editor->open();
}

void AccessPage::addInlinePolicy()
{
    openPolicyEditor(QString());
}

void AccessPage::editPolicy()
{
    const UserPolicyModel::Entry *policy = m_policies->entry(selectedRow(m_policiesTable));
    if (policy && !policy->managed)
        openPolicyEditor(policy->name);
}

void AccessPage::removePolicy()
{
    const UserPolicyModel::Entry *policy = m_policies->entry(selectedRow(m_policiesTable));
    const QString user = selectedUser();
    if (!policy || user.isEmpty())
        return;
    const UserPolicyModel::Entry entry = *policy;
    const QString text = entry.managed
                             ? tr("Detach the AWS managed policy %1 from %2?").arg(entry.name, user)
                             : tr("Delete the inline policy %1 of %2?").arg(entry.name, user);
    if (ModalHooks::question(this, entry.managed ? tr("Detach policy") : tr("Delete policy"),
                             text) != QMessageBox::Yes)
        return;
    const auto done = [this, entry](const models::Reply<models::Done> &reply) {
        if (!reply.ok())
            return fail(tr("Cannot remove policy %1").arg(entry.name), reply.error());
        Q_EMIT statusMessage(tr("Policy %1 removed.").arg(entry.name));
    };
    if (entry.managed)
        m_client->detachUserPolicy(m_shownAccount, user, entry.arn, this, done);
    else
        m_client->deleteUserPolicy(m_shownAccount, user, entry.name, this, done);
}

void AccessPage::attachManagedPolicy(const QString &policyArn)
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    m_client->attachUserPolicy(
        m_shownAccount, user, policyArn, this,
        [this, policyArn](const models::Reply<models::Done> &reply) {
            if (!reply.ok())
                return fail(tr("Cannot attach %1").arg(policyArn), reply.error());
            Q_EMIT statusMessage(
                tr("Policy %1 attached.").arg(policyArn.section(QLatin1Char('/'), -1)));
        });
}

} // namespace pca::views

// The Access and Activity areas driven like a user: create a user and an access key (the secret
// is shown once, copied, and nowhere to be read afterwards), deactivate the key, write an inline
// policy in the validating editor (refused with IAM's reason while invalid, saved when valid),
// attach a managed policy, see a refused deletion explained; then browse recorded events,
// filter them (errors only, by user), read one record and export them as JSON.
#include "AccessFormDialog.h"
#include "AccessModels.h"
#include "AccessPage.h"
#include "ActivityPage.h"
#include "EventModel.h"
#include "FieldMessage.h"
#include "GuiTestSupport.h"
#include "OneTimeSecretDialog.h"
#include "PolicyEditorDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace pca;
using namespace pca::views;

namespace {

void showArea(MainWindow *window, MainWindow::Area area)
{
    QListWidget *navigation = window->areaNavigation();
    const QRect item = navigation->visualItemRect(navigation->item(int(area)));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(window->area(), area);
}

void clickButton(QWidget *root, const QString &name)
{
    auto *button = test::find<QPushButton>(root, name);
    QVERIFY2(button, qPrintable(name));
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Every text the window and its dialogs show.
QStringList shownTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *top : QApplication::topLevelWidgets())
        widgets << top << top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            out << edit->text();
        else if (auto *label = qobject_cast<QLabel *>(widget))
            out << label->text();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            out << text->toPlainText();
        else if (auto *table = qobject_cast<QTableView *>(widget)) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    out << model->index(row, column).data().toString()
                        << model->index(row, column).data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    return out;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

void recordCall(test::GuiFixture &f, const Caller &caller, const QString &eventName,
                const QString &resourceArn, const QString &errorCode, qint64 agoSeconds)
{
    ApiCallRecord call;
    call.caller = caller;
    call.eventSource = QStringLiteral("acm-pca.amazonaws.com");
    call.eventName = eventName;
    call.region = QStringLiteral("us-east-1");
    call.requestId = QStringLiteral("req-%1").arg(agoSeconds);
    call.eventTimeMs = f.engine.clock().nowMs() - agoSeconds * 1000;
    call.requestParameters = {{QStringLiteral("certificateAuthorityArn"), resourceArn}};
    if (errorCode.isEmpty()) {
        call.responseElements = QJsonObject();
    } else {
        call.errorCode = errorCode;
        call.errorMessage = QStringLiteral("User: %1 is not authorized to perform: acm-pca:%2")
                                .arg(caller.arn, eventName);
    }
    call.resources = {{QStringLiteral("AWS::ACMPCA::CertificateAuthority"), resourceArn}};
    f.events.record(call);
}

Caller userCaller(const QString &account, const QString &name)
{
    Caller caller;
    caller.accountId = account;
    caller.userName = name;
    caller.arn = QStringLiteral("arn:aws:iam::%1:user/%2").arg(account, name);
    caller.userId = QStringLiteral("AIDA") + name.toUpper();
    caller.accessKeyId = QStringLiteral("AKIA") + name.toUpper();
    return caller;
}

} // namespace

class AccessActivityGuiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::dropOffscreenSizeHintWarnings(); }
    void usersKeysAndPolicies();
    void accountsCreatedAndTheStoreAccountKept();
    void activityFiltersDetailsAndExport();
};

void AccessActivityGuiTest::usersKeysAndPolicies()
{
    test::GuiFixture f;
    MainWindow *window = f.window.get();
    showArea(window, MainWindow::Area::Access);
    AccessPage *page = window->accessPage();
    QVERIFY(page && page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->accountsTable()->model()->rowCount(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedAccount(), f.accessClient.storeAccountId(), 20000);
    // The store's own account cannot be deleted.
    auto *deleteAccount = test::find<QPushButton>(page, QStringLiteral("deleteAccountButton"));
    QVERIFY(!deleteAccount->isEnabled());
    QVERIFY(deleteAccount->toolTip().contains(QLatin1String("cannot be deleted")));

    // Create a user.
    clickButton(page, QStringLiteral("createUserButton"));
    auto *form = test::visibleWidget<AccessFormDialog>(window);
    QVERIFY(form);
    QVERIFY(!form->submitButton()->isEnabled()); // no name yet
    QTest::keyClicks(test::find<QLineEdit>(form, QStringLiteral("userNameEdit")),
                     QStringLiteral("issuer-bot"));
    QVERIFY(form->submitButton()->isEnabled());
    QTest::mouseClick(form->submitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!test::visibleWidget<AccessFormDialog>(window), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedUser(), QStringLiteral("issuer-bot"), 20000);

    // Create an access key: the secret is shown once, with a Copy button.
    clickButton(page, QStringLiteral("createAccessKeyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(test::visibleWidget<OneTimeSecretDialog>(window), 20000);
    auto *secretDialog = test::visibleWidget<OneTimeSecretDialog>(window);
    const QString keyId = secretDialog->field(QStringLiteral("accessKeyId"))->text();
    const QString secret = secretDialog->field(QStringLiteral("secretAccessKey"))->text();
    QVERIFY(keyId.startsWith(QLatin1String("AKIA")));
    QCOMPARE(secret.size(), 40);
    QVERIFY(secretDialog->field(QStringLiteral("secretAccessKey"))->isReadOnly());
    QVERIFY(anyContains(shownTexts(secretDialog), QStringLiteral("only time")));
    clickButton(secretDialog, QStringLiteral("copySecretAccessKeyButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    clickButton(secretDialog, QStringLiteral("secretSavedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!test::visibleWidget<OneTimeSecretDialog>(window), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->keysTable()->model()->rowCount(), 1, 20000);
    QCOMPARE(page->keys()->key(0)->accessKeyId, keyId);
    // Not retrievable afterwards: nowhere in the window, nor from the engine.
    QVERIFY(!anyContains(shownTexts(window), secret));
    QVERIFY(anyContains(shownTexts(window), keyId));

    // Deactivate it.
    page->selectKey(keyId);
    auto *toggle = test::find<QPushButton>(page, QStringLiteral("toggleAccessKeyButton"));
    QCOMPARE(toggle->text(), QStringLiteral("Deactivate"));
    clickButton(page, QStringLiteral("toggleAccessKeyButton"));
    QTRY_COMPARE_WITH_TIMEOUT(
        page->keys()->index(0, models::AccessKeyModel::StatusColumn).data().toString(),
        QStringLiteral("Inactive"), 20000);
    QVERIFY(!f.identity.callerForKey(keyId));
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("Activate"), 20000);

    // An inline policy: refused with the reason while invalid, saved when valid.
    clickButton(page, QStringLiteral("addInlinePolicyButton"));
    auto *editor = test::visibleWidget<PolicyEditorDialog>(window);
    QVERIFY(editor);
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("IssueOnly"));
    editor->documentEdit()->selectAll();
    QTest::keyClicks(editor->documentEdit(),
                     QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Action\": "
                                    "\"acm-pca:IssueCertificate\", \"Resource\": \"*\"}]}"));
    QTRY_VERIFY_WITH_TIMEOUT(editor->problem()->isError(), 20000);
    const QString reason =
        models::AccessClient::policyDocumentProblem(editor->documentEdit()->toPlainText());
    QVERIFY(!reason.isEmpty());
    QVERIFY2(editor->problem()->text().contains(reason), qPrintable(editor->problem()->text()));
    QVERIFY(!editor->saveButton()->isEnabled());
    // Fix it: add the Effect.
    editor->documentEdit()->selectAll();
    QTest::keyClicks(editor->documentEdit(),
                     QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": "
                                    "\"Allow\", \"Action\": \"acm-pca:IssueCertificate\", "
                                    "\"Resource\": \"*\"}]}"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->problem()->isError(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->saveButton()->isEnabled(), 20000);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!test::visibleWidget<PolicyEditorDialog>(window), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->policies()->rowForPolicy(QStringLiteral("IssueOnly"), false) >= 0, 20000);
    {
        const Caller administrator = Caller::administratorOf(f.accessClient.storeAccountId());
        const CallerScope scope(administrator);
        const api::iam::UserPolicy stored =
            f.identity.getUserPolicy(QStringLiteral("issuer-bot"), QStringLiteral("IssueOnly"));
        QVERIFY(stored.policyDocument.contains(QLatin1String("acm-pca:IssueCertificate")));
    }

    // Attach an AWS managed policy from the list.
    const models::ManagedPolicyChoice readOnly = models::AccessClient::managedPolicies().at(1);
    QAction *attach = nullptr;
    for (QAction *action : page->attachMenu()->actions()) {
        if (action->data().toString() == readOnly.arn)
            attach = action;
    }
    QVERIFY(attach && attach->isEnabled());
    attach->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->policies()->attachedArns(), QStringList{readOnly.arn}, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!attach->isEnabled(), 20000); // attached once

    // Deleting a user that still has keys and policies is refused and explained.
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    clickButton(page, QStringLiteral("deleteUserButton"));
    QTRY_COMPARE_WITH_TIMEOUT(ModalHooks::shownErrors().size(), 1, 20000);
    const ShownError shown = ModalHooks::shownErrors().constFirst();
    QCOMPARE(shown.exceptionName, QStringLiteral("DeleteConflict"));
    QVERIFY2(shown.summary.contains(QLatin1String("access keys")), qPrintable(shown.summary));
    QCOMPARE(page->users()->rowCount(), 1);
}

void AccessActivityGuiTest::accountsCreatedAndTheStoreAccountKept()
{
    test::GuiFixture f;
    MainWindow *window = f.window.get();
    showArea(window, MainWindow::Area::Access);
    AccessPage *page = window->accessPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->accountsTable()->model()->rowCount(), 1, 20000);

    clickButton(page, QStringLiteral("createAccountButton"));
    auto *form = test::visibleWidget<AccessFormDialog>(window);
    QVERIFY(form);
    QTest::keyClicks(test::find<QLineEdit>(form, QStringLiteral("accountIdEdit")),
                     QStringLiteral("21098"));
    QVERIFY(!form->submitButton()->isEnabled()); // not 12 digits
    QTest::keyClicks(test::find<QLineEdit>(form, QStringLiteral("accountIdEdit")),
                     QStringLiteral("7654321"));
    QTest::keyClicks(test::find<QLineEdit>(form, QStringLiteral("accountNameEdit")),
                     QStringLiteral("Partner Corp"));
    QTest::mouseClick(form->submitButton(), Qt::LeftButton);
    // The form closes (and goes) once the account exists; it stays open with an error if not.
    QPointer<FieldMessage> createError =
        test::find<FieldMessage>(form, QStringLiteral("accessFormError"));
    QTRY_VERIFY_WITH_TIMEOUT(test::visibleWidget<OneTimeSecretDialog>(window) ||
                                 (createError && createError->isError()),
                             20000);
    QVERIFY2(!createError || !createError->isError(),
             qPrintable(createError ? createError->text() : QString()));
    auto *secretDialog = test::visibleWidget<OneTimeSecretDialog>(window);
    QCOMPARE(secretDialog->field(QStringLiteral("accountId"))->text(),
             QStringLiteral("210987654321"));
    const QString secret = secretDialog->field(QStringLiteral("secretAccessKey"))->text();
    QCOMPARE(secret.size(), 40);
    clickButton(secretDialog, QStringLiteral("secretSavedButton"));
    QTRY_COMPARE_WITH_TIMEOUT(page->accountsTable()->model()->rowCount(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedAccount(), QStringLiteral("210987654321"), 20000);
    QVERIFY(!anyContains(shownTexts(window), secret));

    // A second account with the same ID is refused inside the dialog, which stays open.
    clickButton(page, QStringLiteral("createAccountButton"));
    form = test::visibleWidget<AccessFormDialog>(window);
    QTest::keyClicks(test::find<QLineEdit>(form, QStringLiteral("accountIdEdit")),
                     QStringLiteral("210987654321"));
    QTest::mouseClick(form->submitButton(), Qt::LeftButton);
    auto *formError = test::find<FieldMessage>(form, QStringLiteral("accessFormError"));
    QTRY_VERIFY_WITH_TIMEOUT(formError->isError(), 20000);
    QVERIFY(form->isVisible());
    form->reject();

    // The partner account can be deleted, after a confirmation.
    auto *deleteAccount = test::find<QPushButton>(page, QStringLiteral("deleteAccountButton"));
    QTRY_VERIFY_WITH_TIMEOUT(deleteAccount->isEnabled(), 20000);
    ModalHooks::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(deleteAccount, Qt::LeftButton);
    QVERIFY(ModalHooks::shownQuestions().last().contains(QLatin1String("210987654321")));
    QTRY_COMPARE_WITH_TIMEOUT(page->accountsTable()->model()->rowCount(), 1, 20000);
    QVERIFY(!f.identity.accountExists(QStringLiteral("210987654321")));
}

void AccessActivityGuiTest::activityFiltersDetailsAndExport()
{
    test::GuiFixture f;
    const QString account = f.identity.storeAccountId();
    const QString ca = QStringLiteral("arn:aws:acm-pca:us-east-1:%1:certificate-authority/"
                                      "11111111-2222-3333-4444-555555555555")
                           .arg(account);
    recordCall(f, Caller::administratorOf(account), QStringLiteral("CreateCertificateAuthority"),
               ca, {}, 600);
    recordCall(f, userCaller(account, QStringLiteral("issuer-bot")),
               QStringLiteral("IssueCertificate"), ca, {}, 500);
    recordCall(f, userCaller(account, QStringLiteral("issuer-bot")),
               QStringLiteral("RevokeCertificate"), ca, QStringLiteral("AccessDeniedException"),
               400);
    recordCall(f, userCaller(account, QStringLiteral("auditor")),
               QStringLiteral("DescribeCertificateAuthority"), ca, {}, 300);
    recordCall(f, userCaller(account, QStringLiteral("auditor")),
               QStringLiteral("DeleteCertificateAuthority"), ca,
               QStringLiteral("AccessDeniedException"), 200);
    f.events.flush();

    MainWindow *window = f.window.get();
    showArea(window, MainWindow::Area::Activity);
    ActivityPage *page = window->activityPage();
    QVERIFY(page && page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 5, 20000);
    QCOMPARE(page->model()->index(0, models::EventModel::EventNameColumn).data().toString(),
             QStringLiteral("DeleteCertificateAuthority"));

    // Errors only.
    test::click(page->errorsOnly());
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 2, 20000);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(page->model()->index(row, models::EventModel::ErrorColumn).data().toString(),
                 QStringLiteral("AccessDeniedException"));
    }
    // ... and by user.
    QTest::keyClicks(page->userFilter(), QStringLiteral("auditor"));
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 1, 20000);
    QCOMPARE(page->model()->index(0, models::EventModel::UserColumn).data().toString(),
             QStringLiteral("auditor"));
    // By user alone.
    test::click(page->errorsOnly());
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 2, 20000);

    // The details: the CloudTrail record, indented.
    page->table()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->details()->toPlainText().isEmpty(), 20000);
    const QJsonObject shown =
        QJsonDocument::fromJson(page->details()->toPlainText().toUtf8()).object();
    QCOMPARE(shown.value(QLatin1String("eventName")).toString(),
             QStringLiteral("DeleteCertificateAuthority"));
    QCOMPARE(shown.value(QLatin1String("userIdentity"))
                 .toObject()
                 .value(QLatin1String("userName"))
                 .toString(),
             QStringLiteral("auditor"));
    QVERIFY(page->details()->toPlainText().contains(QLatin1String("\n    \"")));

    // Export what is shown.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.json"));
    ModalHooks::setNextFileName(path);
    clickButton(page, QStringLiteral("exportEventsButton"));
    QFile file(path);
    QTRY_VERIFY_WITH_TIMEOUT(file.exists(), 20000);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument exported = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray records = exported.object().value(QLatin1String("Records")).toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(QLatin1String("eventName")).toString(),
             QStringLiteral("DeleteCertificateAuthority"));
    QCOMPARE(records.at(1).toObject().value(QLatin1String("eventName")).toString(),
             QStringLiteral("DescribeCertificateAuthority"));

    // Clear filters: everything again.
    clickButton(page, QStringLiteral("clearEventFilters"));
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 5, 20000);
}

QTEST_MAIN(AccessActivityGuiTest)
#include "tst_gui_access_activity.moc"

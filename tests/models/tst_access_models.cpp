// The Access and Activity models over a real engine: accounts, users, access keys (a secret
// exists once, in the reply that creates it), policies with the validating parser, and the
// event history filtered, paged and exported.
#include "AccessModels.h"
#include "AccessTestSupport.h"
#include "ErrorText.h"
#include "EventModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace pca;
using namespace pca::models;

namespace {

const QString kCaArn = QStringLiteral(
    "arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/11111111-2222-3333-4444-"
    "555555555555");
const QString kOtherCaArn = QStringLiteral(
    "arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/99999999-2222-3333-4444-"
    "555555555555");

QString validPolicy()
{
    return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          "\"Action\":\"acm-pca:IssueCertificate\",\"Resource\":\"*\"}]}");
}

// Every text any role of the model shows.
QStringList everything(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role = 0; role < Qt::UserRole + 10; ++role)
                out << model.index(row, column).data(role).toString();
        }
    }
    return out;
}

} // namespace

class AccessModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsAndTheStoreAccount();
    void usersKeysAndTheOneTimeSecret();
    void policiesValidatedAndListed();
    void deleteConflictIsExplained();
    void eventsFilteredPagedAndExported();
};

void AccessModelsTest::accountsAndTheStoreAccount()
{
    test::AccessFixture f;
    AccountModel accounts(&f.accessClient);
    QAbstractItemModelTester tester(&accounts);
    QSignalSpy loaded(&accounts, &AccountModel::loaded);
    accounts.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(accounts.rowCount(), 1);
    QCOMPARE(accounts.account(0)->accountId, f.accessClient.storeAccountId());
    QVERIFY(accounts.index(0, 0).data(AccountModel::StoreAccountRole).toBool());

    // The store's own account cannot go.
    auto refused = test::awaitReply<Done>([&f](Handler<Done> handler) {
        f.accessClient.deleteAccount(f.accessClient.storeAccountId(), nullptr, handler);
    });
    QVERIFY(refused);
    QVERIFY(!refused->ok());
    QVERIFY(!refused->error().message().isEmpty());

    auto created = test::awaitReply<CreatedAccount>([&f](Handler<CreatedAccount> handler) {
        f.accessClient.createAccount(QStringLiteral("444455556666"), QStringLiteral("Partner"),
                                     nullptr, handler);
    });
    QVERIFY(created && created->ok());
    QCOMPARE(created->value().accountId, QStringLiteral("444455556666"));
    QVERIFY(!created->value().accessKeyId.isEmpty());
    QVERIFY(created->value().secretAccessKey.size() >= 40);
    // accessChanged reloads the model.
    QTRY_COMPARE_WITH_TIMEOUT(accounts.rowCount(), 2, 20000);
    const int row = accounts.rowForAccount(QStringLiteral("444455556666"));
    QVERIFY(row >= 0);
    QCOMPARE(accounts.index(row, AccountModel::NameColumn).data().toString(),
             QStringLiteral("Partner"));
    QVERIFY(!accounts.index(row, 0).data(AccountModel::StoreAccountRole).toBool());
    QVERIFY(!everything(accounts).contains(created->value().secretAccessKey));

    auto deleted = test::awaitReply<Done>([&f](Handler<Done> handler) {
        f.accessClient.deleteAccount(QStringLiteral("444455556666"), nullptr, handler);
    });
    QVERIFY(deleted && deleted->ok());
    QTRY_COMPARE_WITH_TIMEOUT(accounts.rowCount(), 1, 20000);
}

void AccessModelsTest::usersKeysAndTheOneTimeSecret()
{
    test::AccessFixture f;
    const QString partner = QStringLiteral("444455556666");
    f.identity.createAccount(partner, QStringLiteral("Partner"));

    IamUserModel users(&f.accessClient);
    QAbstractItemModelTester usersTester(&users);
    users.setAccount(partner);
    QTRY_VERIFY_WITH_TIMEOUT(users.isLoaded(), 20000);
    QCOMPARE(users.rowCount(), 0);

    auto user = test::awaitReply<api::iam::User>([&](Handler<api::iam::User> handler) {
        f.accessClient.createUser(partner, QStringLiteral("issuer-bot"), nullptr, handler);
    });
    QVERIFY(user && user->ok());
    // Created in the partner's account, not the store's.
    QCOMPARE(user->value().arn, QStringLiteral("arn:aws:iam::%1:user/issuer-bot").arg(partner));
    QTRY_COMPARE_WITH_TIMEOUT(users.rowCount(), 1, 20000);
    QCOMPARE(users.index(0, IamUserModel::NameColumn).data().toString(),
             QStringLiteral("issuer-bot"));

    AccessKeyModel keys(&f.accessClient);
    QAbstractItemModelTester keysTester(&keys);
    keys.setUser(partner, QStringLiteral("issuer-bot"));
    QTRY_VERIFY_WITH_TIMEOUT(keys.isLoaded(), 20000);
    auto key = test::awaitReply<api::iam::AccessKey>([&](Handler<api::iam::AccessKey> handler) {
        f.accessClient.createAccessKey(partner, QStringLiteral("issuer-bot"), nullptr, handler);
    });
    QVERIFY(key && key->ok());
    const QString keyId = key->value().accessKeyId;
    const QString secret = key->value().secretAccessKey;
    QVERIFY(keyId.startsWith(QLatin1String("AKIA")));
    QCOMPARE(secret.size(), 40);
    QTRY_COMPARE_WITH_TIMEOUT(keys.rowCount(), 1, 20000);
    QCOMPARE(keys.index(0, AccessKeyModel::AccessKeyIdColumn).data().toString(), keyId);
    QVERIFY(keys.index(0, 0).data(AccessKeyModel::ActiveRole).toBool());
    // Never again: not in the list, not in the model.
    QVERIFY(!everything(keys).contains(secret));
    auto listed = test::awaitReply<QList<api::iam::AccessKeyMetadata>>(
        [&](Handler<QList<api::iam::AccessKeyMetadata>> handler) {
            f.accessClient.listAccessKeys(partner, QStringLiteral("issuer-bot"), nullptr, handler);
        });
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().size(), 1);
    QVERIFY(f.identity.callerForKey(keyId).has_value());

    // Deactivated: the model says so, and the key no longer makes a caller.
    auto deactivated = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.updateAccessKey(partner, QStringLiteral("issuer-bot"), keyId, false, nullptr,
                                       handler);
    });
    QVERIFY(deactivated && deactivated->ok());
    QTRY_VERIFY_WITH_TIMEOUT(!keys.index(0, 0).data(AccessKeyModel::ActiveRole).toBool(), 20000);
    QCOMPARE(keys.index(0, AccessKeyModel::StatusColumn).data().toString(),
             QStringLiteral("Inactive"));
    QVERIFY(!f.identity.callerForKey(keyId).has_value());

    auto activated = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.updateAccessKey(partner, QStringLiteral("issuer-bot"), keyId, true, nullptr,
                                       handler);
    });
    QVERIFY(activated && activated->ok());
    QTRY_VERIFY_WITH_TIMEOUT(keys.index(0, 0).data(AccessKeyModel::ActiveRole).toBool(), 20000);
    QVERIFY(f.identity.callerForKey(keyId).has_value());

    auto deleted = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.deleteAccessKey(partner, QStringLiteral("issuer-bot"), keyId, nullptr,
                                       handler);
    });
    QVERIFY(deleted && deleted->ok());
    QTRY_COMPARE_WITH_TIMEOUT(keys.rowCount(), 0, 20000);
    QVERIFY(!f.identity.callerForKey(keyId).has_value());
}

void AccessModelsTest::policiesValidatedAndListed()
{
    // The editor's check is the engine's parser with IAM's reason.
    QVERIFY(AccessClient::policyDocumentProblem(validPolicy()).isEmpty());
    QVERIFY(!AccessClient::policyDocumentProblem(QStringLiteral("{")).isEmpty());
    const QString noEffect = AccessClient::policyDocumentProblem(
        QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Action\":\"acm-pca:*\","
                       "\"Resource\":\"*\"}]}"));
    QVERIFY2(noEffect.contains(QLatin1String("Effect")), qPrintable(noEffect));
    // Identity policies name no Principal.
    QVERIFY(!AccessClient::policyDocumentProblem(
                 QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                                "\"Allow\",\"Principal\":\"*\",\"Action\":\"acm-pca:*\","
                                "\"Resource\":\"*\"}]}"))
                 .isEmpty());
    QVERIFY(AccessClient::managedPolicies().size() >= 7);

    test::AccessFixture f;
    const QString account = f.accessClient.storeAccountId();
    {
        const Caller administrator = Caller::administratorOf(account);
        const CallerScope scope(administrator);
        f.identity.createUser(QStringLiteral("auditor"), QStringLiteral("/"), {});
    }
    UserPolicyModel policies(&f.accessClient);
    QAbstractItemModelTester tester(&policies);
    policies.setUser(account, QStringLiteral("auditor"));
    QTRY_VERIFY_WITH_TIMEOUT(policies.isLoaded(), 20000);
    QCOMPARE(policies.rowCount(), 0);

    // The engine refuses what the editor refuses, with the same reason.
    auto bad = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.putUserPolicy(account, QStringLiteral("auditor"), QStringLiteral("Bad"),
                                     QStringLiteral("{\"Version\":\"2012-10-17\"}"), nullptr,
                                     handler);
    });
    QVERIFY(bad && !bad->ok());
    QCOMPARE(bad->error().type(), QString::fromLatin1(api::iam::errors::MalformedPolicyDocument));
    QCOMPARE(bad->error().message(),
             AccessClient::policyDocumentProblem(QStringLiteral("{\"Version\":\"2012-10-17\"}")));

    auto put = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.putUserPolicy(account, QStringLiteral("auditor"), QStringLiteral("Issue"),
                                     validPolicy(), nullptr, handler);
    });
    QVERIFY(put && put->ok());
    const QString readOnly = AccessClient::managedPolicies().at(1).arn;
    auto attached = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.attachUserPolicy(account, QStringLiteral("auditor"), readOnly, nullptr,
                                        handler);
    });
    QVERIFY(attached && attached->ok());
    QTRY_COMPARE_WITH_TIMEOUT(policies.rowCount(), 2, 20000);
    const int inlineRow = policies.rowForPolicy(QStringLiteral("Issue"), false);
    QVERIFY(inlineRow >= 0);
    QCOMPARE(policies.index(inlineRow, UserPolicyModel::KindColumn).data().toString(),
             QStringLiteral("Inline"));
    QCOMPARE(policies.attachedArns(), QStringList{readOnly});

    auto got = test::awaitReply<api::iam::UserPolicy>([&](Handler<api::iam::UserPolicy> handler) {
        f.accessClient.getUserPolicy(account, QStringLiteral("auditor"), QStringLiteral("Issue"),
                                     nullptr, handler);
    });
    QVERIFY(got && got->ok());
    QCOMPARE(QJsonDocument::fromJson(got->value().policyDocument.toUtf8()),
             QJsonDocument::fromJson(validPolicy().toUtf8()));

    auto detached = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.detachUserPolicy(account, QStringLiteral("auditor"), readOnly, nullptr,
                                        handler);
    });
    QVERIFY(detached && detached->ok());
    auto removed = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.deleteUserPolicy(account, QStringLiteral("auditor"), QStringLiteral("Issue"),
                                        nullptr, handler);
    });
    QVERIFY(removed && removed->ok());
    QTRY_COMPARE_WITH_TIMEOUT(policies.rowCount(), 0, 20000);
}

void AccessModelsTest::deleteConflictIsExplained()
{
    test::AccessFixture f;
    const QString account = f.accessClient.storeAccountId();
    {
        const Caller administrator = Caller::administratorOf(account);
        const CallerScope scope(administrator);
        f.identity.createUser(QStringLiteral("busy"), QStringLiteral("/"), {});
        f.identity.createAccessKey(QStringLiteral("busy"));
    }
    auto refused = test::awaitReply<Done>([&](Handler<Done> handler) {
        f.accessClient.deleteUser(account, QStringLiteral("busy"), nullptr, handler);
    });
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().type(), QString::fromLatin1(api::iam::errors::DeleteConflict));
    QVERIFY(models::ErrorText::explain(refused->error())
                .summary.contains(QLatin1String("access keys")));
}

void AccessModelsTest::eventsFilteredPagedAndExported()
{
    test::AccessFixture f;
    const QString account = f.accessClient.storeAccountId();
    const Caller admin = Caller::administratorOf(account);
    const Caller bot = test::AccessFixture::userCaller(account, QStringLiteral("issuer-bot"));
    const Caller auditor = test::AccessFixture::userCaller(account, QStringLiteral("auditor"));
    f.recordCall(admin, QStringLiteral("CreateCertificateAuthority"), kCaArn, {}, 600);
    f.recordCall(bot, QStringLiteral("IssueCertificate"), kCaArn, {}, 500);
    f.recordCall(bot, QStringLiteral("IssueCertificate"), kOtherCaArn,
                 QStringLiteral("AccessDeniedException"), 400);
    f.recordCall(auditor, QStringLiteral("DescribeCertificateAuthority"), kCaArn, {}, 300);
    f.recordCall(auditor, QStringLiteral("DeleteCertificateAuthority"), kCaArn,
                 QStringLiteral("AccessDeniedException"), 200);
    // Outside the default range (older than the 90 days kept).
    f.recordCall(bot, QStringLiteral("IssueCertificate"), kCaArn, {}, 100LL * 86400);
    f.events.flush();

    EventModel model(&f.accessClient);
    QAbstractItemModelTester tester(&model);
    QSignalSpy loaded(&model, &EventModel::loaded);
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 20000);
    QCOMPARE(model.rowCount(), 5);
    // Newest first.
    QCOMPARE(model.index(0, EventModel::EventNameColumn).data().toString(),
             QStringLiteral("DeleteCertificateAuthority"));
    QCOMPARE(model.index(0, EventModel::ErrorColumn).data().toString(),
             QStringLiteral("AccessDeniedException"));
    QCOMPARE(model.index(4, EventModel::UserColumn).data().toString(), QStringLiteral("root"));

    const auto filtered = [&model](EventBrowseRequest filter) {
        model.setFilter(filter);
        QDeadlineTimer deadline(20000);
        while ((model.isFetching() || !model.isLoaded()) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row) {
            out << model.index(row, EventModel::UserColumn).data().toString() + QLatin1Char('/') +
                       model.index(row, EventModel::EventNameColumn).data().toString();
        }
        return out;
    };
    EventBrowseRequest errors;
    errors.errorsOnly = true;
    QCOMPARE(filtered(errors), (QStringList{QStringLiteral("auditor/DeleteCertificateAuthority"),
                                            QStringLiteral("issuer-bot/IssueCertificate")}));
    EventBrowseRequest byUser;
    byUser.username = QStringLiteral("ISSUER"); // contains, case-insensitive
    QCOMPARE(filtered(byUser), (QStringList{QStringLiteral("issuer-bot/IssueCertificate"),
                                            QStringLiteral("issuer-bot/IssueCertificate")}));
    EventBrowseRequest combined;
    combined.username = QStringLiteral("auditor");
    combined.errorsOnly = true;
    QCOMPARE(filtered(combined), QStringList{QStringLiteral("auditor/DeleteCertificateAuthority")});
    EventBrowseRequest byAction;
    byAction.eventName = QStringLiteral("Describe");
    QCOMPARE(filtered(byAction),
             QStringList{QStringLiteral("auditor/DescribeCertificateAuthority")});
    EventBrowseRequest byResource;
    byResource.resourceName = QStringLiteral("99999999");
    QCOMPARE(filtered(byResource), QStringList{QStringLiteral("issuer-bot/IssueCertificate")});
    EventBrowseRequest window;
    window.startTimeMs = f.engine.clock().nowMs() - 450 * 1000;
    window.endTimeMs = f.engine.clock().nowMs() - 250 * 1000;
    QCOMPARE(filtered(window), (QStringList{QStringLiteral("auditor/DescribeCertificateAuthority"),
                                            QStringLiteral("issuer-bot/IssueCertificate")}));
    EventBrowseRequest longAgo;
    longAgo.startTimeMs = f.engine.clock().nowMs() - 120LL * 86400 * 1000;
    QCOMPARE(filtered(longAgo).size(), 6);

    // Paged: two at a time, fetched as a view scrolls (a model of its own: the tester fetches
    // more by itself).
    EventModel paged(&f.accessClient);
    paged.setPageSize(2);
    paged.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(paged.isLoaded() && !paged.isFetching(), 20000);
    QCOMPARE(paged.rowCount(), 2);
    QVERIFY(paged.hasMore());
    QVERIFY(paged.canFetchMore({}));
    paged.fetchMore({});
    QVERIFY(!paged.canFetchMore({})); // one page at a time
    QTRY_COMPARE_WITH_TIMEOUT(paged.rowCount(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(paged.canFetchMore({}), 20000);
    paged.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(paged.rowCount(), 5, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!paged.isFetching(), 20000);
    QVERIFY(!paged.hasMore());
    QVERIFY(!paged.canFetchMore({}));
    QSet<QString> ids;
    for (int row = 0; row < paged.rowCount(); ++row)
        ids.insert(paged.index(row, 0).data(EventModel::EventIdRole).toString());
    QCOMPARE(ids.size(), 5);
    // The model under test, loaded in full the same way (its tester fetched some by itself).
    model.setPageSize(2);
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && !model.isFetching(), 20000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 20000);
    }
    QCOMPARE(model.rowCount(), 5);

    // The details and the export are CloudTrail's records.
    const QJsonObject first = model.record(0);
    QCOMPARE(first.value(QLatin1String("eventName")).toString(),
             QStringLiteral("DeleteCertificateAuthority"));
    QCOMPARE(first.value(QLatin1String("errorCode")).toString(),
             QStringLiteral("AccessDeniedException"));
    QVERIFY(model.prettyRecord(0).contains(QLatin1String("\n    \"eventName\"")));
    QJsonParseError error;
    const QJsonDocument exported = QJsonDocument::fromJson(model.exportJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray records = exported.object().value(QLatin1String("Records")).toArray();
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).toObject(), first);
    QCOMPARE(records.at(4).toObject().value(QLatin1String("eventName")).toString(),
             QStringLiteral("CreateCertificateAuthority"));
}

QTEST_GUILESS_MAIN(AccessModelsTest)
#include "tst_access_models.moc"

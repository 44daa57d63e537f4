// The callers' engine on a real store (SQLite, and PostgreSQL in the _postgres run): IAM users,
// keys sealed at rest, callers that stop working the moment a key is deactivated (also by
// another service instance on the same store), quotas and IAM's errors, accounts; and the
// event history: recorded in the background, looked up with CloudTrail's rules, verified,
// detected when altered, pruned after its retention with the chain still verifiable.
#include "TestEngine.h"
#include "api/IamTypes.h"
#include "service/AccessControl.h"
#include "service/EventHistory.h"
#include "service/IdentityService.h"
#include "store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace pca;
using namespace pca::test;

namespace {

template <typename F>
QString errorOf(F &&f)
{
    try {
        f();
    } catch (const PcaError &e) {
        return e.type();
    }
    return QStringLiteral("no error");
}

ApiCallRecord call(const Caller &caller, const QString &name, qint64 timeMs,
                   const QString &error = QString())
{
    ApiCallRecord r;
    r.caller = caller;
    r.eventSource = QStringLiteral("acm-pca.amazonaws.com");
    r.eventName = name;
    r.region = QStringLiteral("us-east-1");
    r.requestId = QStringLiteral("req-") + name;
    r.eventTimeMs = timeMs;
    r.readOnly =
        name.startsWith(QLatin1String("Describe")) || name.startsWith(QLatin1String("List"));
    r.errorCode = error;
    if (!error.isEmpty())
        r.errorMessage = QStringLiteral("refused");
    return r;
}

} // namespace

class IdentityEventsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreSealedAndStopAtOnce()
    {
        TestEngine engine;
        IdentityService identity(engine.store(), engine.clock());
        IdentityService other(engine.store(), engine.clock()); // e.g. a second server
        identity.createUser(QStringLiteral("alice"), QStringLiteral("/pki/"), {});
        const api::iam::AccessKey key = identity.createAccessKey(QStringLiteral("alice"));
        QCOMPARE(key.secretAccessKey.size(), 40);
        QVERIFY(key.accessKeyId.startsWith(QLatin1String("AKIA")));

        const auto caller = other.callerForKey(key.accessKeyId);
        QVERIFY(caller);
        QCOMPARE(caller->arn,
                 QStringLiteral("arn:aws:iam::%1:user/pki/alice").arg(identity.storeAccountId()));
        QVERIFY(!caller->administrator);
        QCOMPARE(other.secretForKey(key.accessKeyId.toLatin1()).value_or(QByteArray()),
                 key.secretAccessKey.toLatin1());

        // The secret is not in the store in clear.
        {
            QSqlDatabase db = engine.openSideConnection(QStringLiteral("peek"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT secret FROM iam_access_keys")));
            QVERIFY(q.next());
            const QByteArray sealed = q.value(0).toByteArray();
            QVERIFY(!sealed.isEmpty());
            QVERIFY(!sealed.contains(key.secretAccessKey.toLatin1()));
            QVERIFY(!sealed.toBase64().contains(key.secretAccessKey.toLatin1()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));

        // Deactivated by one instance: the other refuses it on the next lookup.
        identity.updateAccessKey(QStringLiteral("alice"), key.accessKeyId,
                                 QStringLiteral("Inactive"));
        QVERIFY(!other.callerForKey(key.accessKeyId));
        QVERIFY(!other.secretForKey(key.accessKeyId.toLatin1()));
        identity.updateAccessKey(QStringLiteral("alice"), key.accessKeyId,
                                 QStringLiteral("Active"));
        QVERIFY(other.callerForKey(key.accessKeyId));

        // A policy change reaches the other instance's cached caller too.
        QVERIFY(other.callerForKey(key.accessKeyId)->policies.isEmpty());
        identity.putUserPolicy(QStringLiteral("alice"), QStringLiteral("read"),
                               QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":{"
                                              "\"Effect\":\"Allow\",\"Action\":\"acm-pca:List*\","
                                              "\"Resource\":\"*\"}}"));
        QCOMPARE(other.callerForKey(key.accessKeyId)->policies.size(), 1);

        // A deleted key and user.
        identity.deleteAccessKey(QStringLiteral("alice"), key.accessKeyId);
        QVERIFY(!other.callerForKey(key.accessKeyId));
        QCOMPARE(errorOf([&] { identity.deleteUser(QStringLiteral("alice")); }),
                 QString::fromLatin1(api::iam::errors::DeleteConflict)); // its inline policy
        identity.deleteUserPolicy(QStringLiteral("alice"), QStringLiteral("read"));
        identity.deleteUser(QStringLiteral("alice"));
        QCOMPARE(errorOf([&] { identity.getUser(QStringLiteral("alice")); }),
                 QString::fromLatin1(api::iam::errors::NoSuchEntity));
    }

    void quotasAndErrors()
    {
        TestEngine engine;
        IdentityService identity(engine.store(), engine.clock());
        identity.createUser(QStringLiteral("bob"), QStringLiteral("/"), {});
        QCOMPARE(
            errorOf([&] { identity.createUser(QStringLiteral("BOB"), QStringLiteral("/"), {}); }),
            QString::fromLatin1(api::iam::errors::EntityAlreadyExists));
        QCOMPARE(
            errorOf([&] { identity.createUser(QStringLiteral("b o b"), QStringLiteral("/"), {}); }),
            QString::fromLatin1(api::iam::errors::Validation));
        identity.createAccessKey(QStringLiteral("bob"));
        identity.createAccessKey(QStringLiteral("bob"));
        QCOMPARE(errorOf([&] { identity.createAccessKey(QStringLiteral("bob")); }),
                 QString::fromLatin1(api::iam::errors::LimitExceeded));
        QCOMPARE(errorOf([&] {
                     identity.putUserPolicy(QStringLiteral("bob"), QStringLiteral("p"),
                                            QStringLiteral("{\"Statement\":[]}"));
                 }),
                 QString::fromLatin1(api::iam::errors::MalformedPolicyDocument));
        // 2,048 bytes of inline policy per user, whatever the number of policies.
        const QString big =
            QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                           "\"Action\":\"acm-pca:List*\",\"Resource\":\"arn:aws:acm-pca:*:*:%1\"}}")
                .arg(QString(1900, QLatin1Char('x')));
        identity.putUserPolicy(QStringLiteral("bob"), QStringLiteral("big"), big);
        QCOMPARE(errorOf([&] {
                     identity.putUserPolicy(QStringLiteral("bob"), QStringLiteral("more"), big);
                 }),
                 QString::fromLatin1(api::iam::errors::LimitExceeded));
        QCOMPARE(errorOf([&] {
                     identity.attachUserPolicy(QStringLiteral("bob"),
                                               QStringLiteral("arn:aws:iam::aws:policy/Nope"));
                 }),
                 QString::fromLatin1(api::iam::errors::NoSuchEntity));
        identity.attachUserPolicy(
            QStringLiteral("bob"),
            QStringLiteral("arn:aws:iam::aws:policy/AWSCertificateManagerPrivateCAReadOnly"));
        QCOMPARE(
            identity.listAttachedUserPolicies(QStringLiteral("bob"), QString(), {}).items.size(),
            1);

        // Users page with IAM's Marker.
        for (int i = 0; i < 5; ++i)
            identity.createUser(QStringLiteral("u%1").arg(i), QStringLiteral("/"), {});
        api::iam::PageRequest page;
        page.maxItems = 2;
        QStringList names;
        for (int guard = 0; guard < 10; ++guard) {
            const auto users = identity.listUsers(QString(), page);
            for (const api::iam::User &u : users.items)
                names << u.userName;
            if (!users.isTruncated)
                break;
            page.marker = users.marker;
        }
        QCOMPARE(names.size(), 6);
        QVERIFY(names.contains(QStringLiteral("bob")));
    }

    void accountsAreSeparate()
    {
        TestEngine engine;
        IdentityService identity(engine.store(), engine.clock());
        const CreatedAccount partner =
            identity.createAccount(QStringLiteral("111122223333"), QStringLiteral("partner"));
        QCOMPARE(
            errorOf([&] { identity.createAccount(QStringLiteral("111122223333"), QString()); }),
            QString::fromLatin1(api::iam::errors::EntityAlreadyExists));
        const auto admin = identity.callerForKey(partner.accessKeyId);
        QVERIFY(admin && admin->administrator);
        QCOMPARE(admin->arn, QStringLiteral("arn:aws:iam::111122223333:root"));
        {
            CallerScope scope(*admin);
            const api::iam::User carol =
                identity.createUser(QStringLiteral("carol"), QStringLiteral("/"), {});
            QCOMPARE(carol.arn, QStringLiteral("arn:aws:iam::111122223333:user/carol"));
            identity.createAccessKey(QStringLiteral("carol"));
        }
        // The store's administrator sees its own account's users only.
        QCOMPARE(identity.listUsers(QString(), {}).items.size(), 0);
        QCOMPARE(errorOf([&] { identity.getUser(QStringLiteral("carol")); }),
                 QString::fromLatin1(api::iam::errors::NoSuchEntity));
        QCOMPARE(identity.listAccounts().size(), 2);
        QCOMPARE(errorOf([&] { identity.deleteAccount(identity.storeAccountId()); }),
                 QString::fromLatin1(api::iam::errors::DeleteConflict));
        identity.deleteAccount(partner.accountId);
        QVERIFY(!identity.callerForKey(partner.accessKeyId));
        QCOMPARE(identity.listAccounts().size(), 1);
    }

    void eventHistoryLookupVerifyPrune()
    {
        TestEngine engine;
        IdentityService identity(engine.store(), engine.clock());
        EventHistory::Options options;
        options.retentionDays = 90;
        options.flushIntervalMs = 50;
        EventHistory history(engine.store(), engine.clock(), options);
        const Caller admin = Caller::administratorOf(identity.storeAccountId());
        Caller dave = admin;
        dave.administrator = false;
        dave.userName = QStringLiteral("dave");
        dave.arn = QStringLiteral("arn:aws:iam::%1:user/dave").arg(identity.storeAccountId());
        dave.accessKeyId = QStringLiteral("AKIAEXAMPLEDAVE00000");

        const qint64 start = engine.clock().nowMs();
        for (int i = 0; i < 30; ++i) {
            history.record(call(i % 3 ? admin : dave,
                                i % 2 ? QStringLiteral("IssueCertificate")
                                      : QStringLiteral("DescribeCertificateAuthority"),
                                start + i * 1000,
                                i == 6 ? QStringLiteral("AccessDeniedException") : QString()));
        }
        // A secret in the parameters never reaches the record.
        ApiCallRecord secret = call(admin, QStringLiteral("ImportCertificate"), start + 31'000);
        secret.requestParameters = QJsonObject{
            {QStringLiteral("PrivateKey"), QStringLiteral("-----BEGIN PRIVATE KEY-----x")},
            {QStringLiteral("CertificateArn"), QStringLiteral("arn:x")}};
        history.record(secret);
        history.flush();
        engine.clock().advanceSeconds(60); // lookups end at "now" unless told otherwise

        EventLookupRequest byUser;
        byUser.attributeKey = QStringLiteral("Username");
        byUser.attributeValue = QStringLiteral("dave");
        byUser.attributeCount = 1;
        byUser.maxResults = 4;
        QStringList seen;
        QString refused;
        for (int guard = 0; guard < 10; ++guard) {
            const EventLookupResult page = history.lookup(admin, byUser);
            QVERIFY(page.events.size() <= 4);
            for (const store::EventRecord &e : page.events) {
                seen << e.eventId;
                QCOMPARE(e.username, QStringLiteral("dave"));
                if (!e.errorCode.isEmpty())
                    refused = e.errorCode;
            }
            if (page.nextToken.isEmpty())
                break;
            byUser.nextToken = page.nextToken;
        }
        QCOMPARE(seen.size(), 10);
        QCOMPARE(seen.removeDuplicates(), 0);
        QCOMPARE(refused, QStringLiteral("AccessDeniedException"));

        EventLookupRequest bad;
        bad.nextToken = QStringLiteral("1.2.forged");
        QCOMPARE(errorOf([&] { history.lookup(admin, bad); }),
                 QStringLiteral("InvalidNextTokenException"));

        EventLookupRequest imports;
        imports.attributeKey = QStringLiteral("EventName");
        imports.attributeValue = QStringLiteral("ImportCertificate");
        imports.attributeCount = 1;
        const EventLookupResult found = history.lookup(admin, imports);
        QCOMPARE(found.events.size(), 1);
        QVERIFY(!found.events.first().record.contains(QLatin1String("BEGIN PRIVATE KEY")));
        QVERIFY(
            found.events.first().record.contains(QLatin1String("HIDDEN_DUE_TO_SECURITY_REASONS")));

        EventHistoryVerification verified = history.verify();
        QVERIFY2(verified.intact, qPrintable(verified.problem));
        QCOMPARE(verified.events, 31);

        // Retention: 100 days later, everything recorded is older than 90 days.
        engine.clock().advanceDays(100);
        history.record(
            call(admin, QStringLiteral("ListCertificateAuthorities"), engine.clock().nowMs()));
        history.flush();
        QCOMPARE(history.prune(), 31);
        verified = history.verify();
        QVERIFY2(verified.intact, qPrintable(verified.problem));
        QCOMPARE(verified.events, 1);
        history.record(call(dave, QStringLiteral("ListTags"), engine.clock().nowMs() + 1));
        history.flush();

        // Altering a stored event (its error code, as someone hiding a refusal) is detected.
        {
            QSqlDatabase db = engine.openSideConnection(QStringLiteral("tamper"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE cloudtrail_events SET record = "
                                          "replace(record, 'ListTags', 'ListTagz') "
                                          "WHERE event_name = 'ListTags'")));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        verified = history.verify();
        QVERIFY(!verified.intact);
        QVERIFY2(verified.problem.contains(QLatin1String("altered")), qPrintable(verified.problem));
    }

    void deletedEventsAreDetected()
    {
        TestEngine engine;
        EventHistory history(engine.store(), engine.clock());
        const Caller admin = Caller::administratorOf(QStringLiteral("123456789012"));
        for (int i = 0; i < 5; ++i)
            history.record(call(admin, QStringLiteral("ListTags"), engine.clock().nowMs() + i));
        history.flush();
        QVERIFY(history.verify().intact);
        {
            QSqlDatabase db = engine.openSideConnection(QStringLiteral("cut"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "DELETE FROM cloudtrail_events WHERE seq = (SELECT MIN(seq) + 2 FROM "
                "cloudtrail_events)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        const EventHistoryVerification verified = history.verify();
        QVERIFY(!verified.intact);
        QVERIFY2(verified.problem.contains(QLatin1String("missing")), qPrintable(verified.problem));
    }
};

QTEST_GUILESS_MAIN(IdentityEventsTest)
#include "tst_identity_events.moc"

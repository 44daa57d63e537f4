// The desktop's remote Certificate Manager and Access clients against a spawned
// privateca-server: a managed certificate requested, listed with what the desktop shows beside
// it, exported as PKCS#12 (openssl opens it), tagged, counted for its CA's renewal checkbox and
// deleted; IAM users, access keys, inline and managed policies through the Query protocol; the
// event history through CloudTrail's LookupEvents with the Activity page's filters; and what has
// no API (accounts) refused with the reason.
#include "AwsProfiles.h"
#include "RemoteAccessClient.h"
#include "RemoteCertificateManagerClient.h"
#include "RemoteConnection.h"
#include "RemotePrivateCaClient.h"
#include "ServerProcess.h"
#include "TestEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pca;
using namespace pca::models;
using namespace pca::test;

class TestRemoteServices : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    CallerIdentity m_identity;
    std::unique_ptr<RemoteConnection> m_connection;
    std::unique_ptr<RemotePrivateCaClient> m_pca;
    std::unique_ptr<RemoteCertificateManagerClient> m_acm;
    std::unique_ptr<RemoteAccessClient> m_access;
    QString m_caArn;
    QString m_certificateArn;

    template <typename T, typename Call>
    Reply<T> await(Call call)
    {
        std::optional<Reply<T>> reply;
        call([&reply](const Reply<T> &r) { reply = r; });
        QElapsedTimer timer;
        timer.start();
        while (!reply && timer.elapsed() < 60'000)
            QTest::qWait(10);
        if (!reply)
            return PcaError("TestTimeout", QStringLiteral("no answer within a minute"));
        return *reply;
    }

    // Waits, by the wall clock, until `condition` holds (QTRY_* count their steps, not the time
    // that calls to the server take).
    template <typename Condition>
    static bool eventually(Condition condition, int timeoutMs = 60'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (condition())
                return true;
            QTest::qWait(200);
        }
        return condition();
    }

    static QString problem(const PcaError &error)
    {
        return error.type() + QStringLiteral(": ") + error.message();
    }

    ManagedCertificateView managed(const QString &arn)
    {
        const auto list = await<QList<ManagedCertificateView>>(
            [&](auto handler) { m_acm->listManagedCertificates(this, handler); });
        if (!list.ok())
            qWarning() << "listManagedCertificates:" << problem(list.error());
        if (list.ok()) {
            for (const ManagedCertificateView &view : list.value()) {
                if (view.detail.certificateArn == arn)
                    return view;
            }
        }
        return ManagedCertificateView();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.serverErrors()));
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_server.credentialsFile().toLocal8Bit());
        qputenv("AWS_CONFIG_FILE", QByteArray("/nonexistent"));
        const std::optional<AwsProfile> profile = AwsProfiles::load(QStringLiteral("privateca"));
        QVERIFY(profile);
        RemoteEndpoint endpoint;
        endpoint.url = QUrl(m_server.url());
        endpoint.accessKeyId = profile->accessKeyId;
        endpoint.secretAccessKey = profile->secretAccessKey;
        endpoint.region = QStringLiteral("us-east-1");
        m_connection = std::make_unique<RemoteConnection>(endpoint);
        const auto identity = await<CallerIdentity>(
            [&](auto handler) { m_connection->getCallerIdentity(this, handler); });
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : problem(identity.error())));
        m_identity = identity.value();
        m_pca = std::make_unique<RemotePrivateCaClient>(m_connection.get(), m_identity);
        m_acm = std::make_unique<RemoteCertificateManagerClient>(m_connection.get());
        m_acm->setPollInterval(200);
        m_access = std::make_unique<RemoteAccessClient>(m_connection.get(), m_identity);

        // An active root CA that authorizes ACM.
        api::CreateCertificateAuthorityRequest create;
        create.certificateAuthorityType = api::CertificateAuthorityType::ROOT;
        create.certificateAuthorityConfiguration =
            TestEngine::configuration(QStringLiteral("Services Root"));
        const auto created = await<api::CreateCertificateAuthorityResponse>(
            [&](auto handler) { m_pca->createCertificateAuthority(create, this, handler); });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : problem(created.error())));
        m_caArn = *created.value().certificateAuthorityArn;
        QVERIFY(eventually(
            [&] {
                return (await<api::CertificateAuthority>([&](auto handler) {
                           m_pca->describeCertificateAuthority(m_caArn, this, handler);
                       }))
                           .value()
                           .status == api::CertificateAuthorityStatus::PENDING_CERTIFICATE;
            },
            60'000));
        const auto csr = await<QString>(
            [&](auto handler) { m_pca->getCertificateAuthorityCsr(m_caArn, this, handler); });
        QVERIFY(csr.ok());
        api::IssueCertificateRequest self;
        self.certificateAuthorityArn = m_caArn;
        self.csr = csr.value().toLatin1();
        self.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        self.templateArn = QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
        self.validity = api::Validity{10, api::ValidityPeriodType::YEARS};
        const auto issued = await<api::IssueCertificateResponse>(
            [&](auto handler) { m_pca->issueCertificate(self, this, handler); });
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : problem(issued.error())));
        api::GetCertificateRequest get;
        get.certificateAuthorityArn = m_caArn;
        get.certificateArn = *issued.value().certificateArn;
        Reply<api::GetCertificateResponse> certificate = PcaError("none", QString());
        QVERIFY(eventually(
            [&] {
                return (certificate = await<api::GetCertificateResponse>(
                            [&](auto h) { m_pca->getCertificate(get, this, h); }))
                    .ok();
            },
            60'000));
        api::ImportCertificateAuthorityCertificateRequest install;
        install.certificateAuthorityArn = m_caArn;
        install.certificate = certificate.value().certificate->toLatin1();
        QVERIFY((await<Done>([&](auto handler) {
                    m_pca->importCertificateAuthorityCertificate(install, this, handler);
                })).ok());
        api::CreatePermissionRequest grant;
        grant.certificateAuthorityArn = m_caArn;
        grant.principal = QStringLiteral("acm.amazonaws.com");
        grant.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                         api::ActionType::ListPermissions};
        QVERIFY((await<Done>([&](auto handler) {
                    m_pca->createPermission(grant, this, handler);
                })).ok());
    }

    void cleanupTestCase()
    {
        m_access.reset();
        m_acm.reset();
        m_pca.reset();
        m_connection.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void managedCertificateThroughAcmsApi()
    {
        QVERIFY(!m_caArn.isEmpty());
        QSignalSpy changed(m_acm.get(), &CertificateManagerClient::certificateChanged);
        api::acm::RequestCertificateRequest request;
        request.domainName = QStringLiteral("app.example.com");
        request.subjectAlternativeNames =
            QList<QString>{QStringLiteral("app.example.com"), QStringLiteral("api.example.com")};
        request.certificateAuthorityArn = m_caArn;
        request.keyAlgorithm = api::acm::KeyAlgorithm::EC_prime256v1; // not in ACM's default list
        const auto requested = await<api::acm::RequestCertificateResponse>(
            [&](auto handler) { m_acm->requestCertificate(request, this, handler); });
        QVERIFY2(requested.ok(),
                 qPrintable(requested.ok() ? QString() : problem(requested.error())));
        m_certificateArn = *requested.value().certificateArn;
        QVERIFY(!changed.isEmpty());

        // Listed with what the desktop shows beside it, once issued.
        const bool issuedInTime = eventually([&] {
            return managed(m_certificateArn).detail.status == api::acm::CertificateStatus::ISSUED;
        });
        const ManagedCertificateView seen = managed(m_certificateArn);
        QVERIFY2(issuedInTime,
                 qPrintable(QStringLiteral("listed: %1, status %2, failure %3 %4")
                                .arg(seen.detail.certificateArn.has_value())
                                .arg(seen.detail.status ? api::enumName(*seen.detail.status)
                                                        : QStringLiteral("-"))
                                .arg(seen.detail.failureReason
                                         ? api::enumName(*seen.detail.failureReason)
                                         : QStringLiteral("-"),
                                     seen.failureMessage)));
        const ManagedCertificateView view = managed(m_certificateArn);
        QCOMPARE(view.detail.domainName, std::optional(QStringLiteral("app.example.com")));
        QCOMPARE(view.caCommonName, QStringLiteral("Services Root"));
        QVERIFY2(view.daysLeft >= 390 && view.daysLeft <= 395,
                 qPrintable(QString::number(view.daysLeft)));
        QVERIFY(!view.approachingExpiry);
        QVERIFY(!view.exported);
        const auto days = await<int>([&](auto handler) { m_acm->daysBeforeExpiry(this, handler); });
        QVERIFY(days.ok());
        QCOMPARE(days.value(), 45);

        // The CA's renewal checkbox counts it.
        const auto dependents = await<AcmDependents>(
            [&](auto handler) { m_acm->dependentsOf(m_caArn, this, handler); });
        QVERIFY(dependents.ok());
        QCOMPARE(dependents.value().certificates, 1);
        QCOMPARE(dependents.value().domains, QStringList{QStringLiteral("app.example.com")});
        QVERIFY(dependents.value().nextRenewal.has_value());

        // PKCS#12 packed here from ExportCertificate; openssl opens it with the password.
        const auto p12 = await<QByteArray>([&](auto handler) {
            m_acm->exportPkcs12(m_certificateArn, "p12 password", this, handler);
        });
        QVERIFY2(p12.ok(), qPrintable(p12.ok() ? QString() : problem(p12.error())));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("app.p12")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(p12.value());
        file.close();
        QByteArray text;
        QCOMPARE(runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), file.fileName(),
                             QStringLiteral("-passin"), QStringLiteral("pass:p12 password"),
                             QStringLiteral("-nodes")},
                            &text),
                 0);
        QVERIFY(text.contains("PRIVATE KEY") && text.contains("CN = app.example.com"));
        QVERIFY(managed(m_certificateArn).exported);
        // A wrong password length is the server's refusal, in its words.
        const auto shortPassword = await<QByteArray>(
            [&](auto handler) { m_acm->exportPkcs12(m_certificateArn, "pw", this, handler); });
        QVERIFY(!shortPassword.ok());
        QCOMPARE(shortPassword.error().type(), QStringLiteral("ValidationException"));

        // Tags.
        api::acm::AddTagsToCertificateRequest tag;
        tag.certificateArn = m_certificateArn;
        tag.tags = {api::Tag{QStringLiteral("team"), QStringLiteral("web")}};
        QVERIFY((await<Done>([&](auto h) { m_acm->addTagsToCertificate(tag, this, h); })).ok());
        const auto tags = await<QList<api::Tag>>(
            [&](auto h) { m_acm->listTagsForCertificate(m_certificateArn, this, h); });
        QVERIFY(tags.ok());
        QCOMPARE(tags.value().size(), 1);
        QCOMPARE(tags.value().first().key, QStringLiteral("team"));
        QVERIFY(
            (await<Done>([&](auto h) { m_acm->removeTagsFromCertificate(tag, this, h); })).ok());

        // Deleted: gone from the table, and the CA's checkbox counts nothing.
        QVERIFY((await<Done>([&](auto h) {
                    m_acm->deleteCertificate(m_certificateArn, this, h);
                })).ok());
        QVERIFY(!managed(m_certificateArn).detail.certificateArn);
        QCOMPARE((await<AcmDependents>([&](auto h) { m_acm->dependentsOf(m_caArn, this, h); }))
                     .value()
                     .certificates,
                 0);
    }

    void usersKeysAndPoliciesThroughIam()
    {
        QSignalSpy changed(m_access.get(), &AccessClient::accessChanged);
        const QString account = m_identity.account;
        const auto user = await<api::iam::User>(
            [&](auto h) { m_access->createUser(account, QStringLiteral("deployer"), this, h); });
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : problem(user.error())));
        QCOMPARE(user.value().userName, QStringLiteral("deployer"));
        QVERIFY(user.value().arn.endsWith(QStringLiteral(":user/deployer")));
        QVERIFY(user.value().createDate > 0);
        QCOMPARE(changed.size(), 1);
        const auto users =
            await<QList<api::iam::User>>([&](auto h) { m_access->listUsers(account, this, h); });
        QVERIFY(users.ok());
        QCOMPARE(users.value().size(), 1);
        QCOMPARE(users.value().first().userName, QStringLiteral("deployer"));

        // The caller's account is the only one, and making accounts is the server's.
        const auto accounts =
            await<QList<AccountSummary>>([&](auto h) { m_access->listAccounts(this, h); });
        QVERIFY(accounts.ok());
        QCOMPARE(accounts.value().size(), 1);
        QCOMPARE(accounts.value().first().accountId, account);
        QCOMPARE(accounts.value().first().users, 1);
        const auto refusedAccount = await<CreatedAccount>(
            [&](auto h) { m_access->createAccount(QString(), QStringLiteral("x"), this, h); });
        QVERIFY(!refusedAccount.ok());
        QVERIFY(refusedAccount.error().message().contains(
            QStringLiteral("privateca-server account create")));
        QVERIFY(!m_access->unavailableReason(AccessClient::Feature::ManageAccounts).isEmpty());
        const auto otherAccount = await<QList<api::iam::User>>(
            [&](auto h) { m_access->listUsers(QStringLiteral("111122223333"), this, h); });
        QVERIFY(!otherAccount.ok());

        // Access keys: the secret once, then the metadata; deactivated; deleted.
        const auto key = await<api::iam::AccessKey>([&](auto h) {
            m_access->createAccessKey(account, QStringLiteral("deployer"), this, h);
        });
        QVERIFY(key.ok());
        QVERIFY(!key.value().secretAccessKey.isEmpty());
        QCOMPARE(key.value().status, QStringLiteral("Active"));
        QVERIFY((await<Done>([&](auto h) {
                    m_access->updateAccessKey(account, QStringLiteral("deployer"),
                                              key.value().accessKeyId, false, this, h);
                })).ok());
        const auto keys = await<QList<api::iam::AccessKeyMetadata>>([&](auto h) {
            m_access->listAccessKeys(account, QStringLiteral("deployer"), this, h);
        });
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 1);
        QCOMPARE(keys.value().first().accessKeyId, key.value().accessKeyId);
        QCOMPARE(keys.value().first().status, QStringLiteral("Inactive"));

        // An inline policy whose document needs encoding (quotes, braces, spaces).
        const QString document = QStringLiteral(
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"ReadCa\", \"Effect\": "
            "\"Allow\", \"Action\": \"acm-pca:Describe*\", \"Resource\": \"*\"}]}");
        QVERIFY((await<Done>([&](auto h) {
                    m_access->putUserPolicy(account, QStringLiteral("deployer"),
                                            QStringLiteral("read-ca"), document, this, h);
                })).ok());
        const auto names = await<QStringList>([&](auto h) {
            m_access->listUserPolicies(account, QStringLiteral("deployer"), this, h);
        });
        QVERIFY(names.ok());
        QCOMPARE(names.value(), QStringList{QStringLiteral("read-ca")});
        const auto policy = await<api::iam::UserPolicy>([&](auto h) {
            m_access->getUserPolicy(account, QStringLiteral("deployer"), QStringLiteral("read-ca"),
                                    this, h);
        });
        QVERIFY(policy.ok());
        QCOMPARE(policy.value().policyDocument, document);
        // The server's refusal of a malformed document, in its words.
        const auto malformed = await<Done>([&](auto h) {
            m_access->putUserPolicy(account, QStringLiteral("deployer"), QStringLiteral("bad"),
                                    QStringLiteral("{\"Statement\": 1}"), this, h);
        });
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().type(), QStringLiteral("MalformedPolicyDocument"));

        // A managed policy attached and detached.
        const QString managedArn = AccessClient::managedPolicies().first().arn;
        QVERIFY((await<Done>([&](auto h) {
                    m_access->attachUserPolicy(account, QStringLiteral("deployer"), managedArn,
                                               this, h);
                })).ok());
        const auto attached = await<QList<api::iam::AttachedPolicy>>([&](auto h) {
            m_access->listAttachedUserPolicies(account, QStringLiteral("deployer"), this, h);
        });
        QVERIFY(attached.ok());
        QCOMPARE(attached.value().size(), 1);
        QCOMPARE(attached.value().first().policyArn, managedArn);
        QVERIFY((await<Done>([&](auto h) {
                    m_access->detachUserPolicy(account, QStringLiteral("deployer"), managedArn,
                                               this, h);
                })).ok());

        // Cleaned up; deleting a user that still has keys is IAM's DeleteConflict.
        const auto conflict = await<Done>(
            [&](auto h) { m_access->deleteUser(account, QStringLiteral("deployer"), this, h); });
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().type(), QStringLiteral("DeleteConflict"));
        QVERIFY((await<Done>([&](auto h) {
                    m_access->deleteAccessKey(account, QStringLiteral("deployer"),
                                              key.value().accessKeyId, this, h);
                })).ok());
        QVERIFY((await<Done>([&](auto h) {
                    m_access->deleteUserPolicy(account, QStringLiteral("deployer"),
                                               QStringLiteral("read-ca"), this, h);
                })).ok());
        QVERIFY((await<Done>([&](auto h) {
                    m_access->deleteUser(account, QStringLiteral("deployer"), this, h);
                })).ok());
        QVERIFY(
            (await<QList<api::iam::User>>([&](auto h) { m_access->listUsers(account, this, h); }))
                .value()
                .isEmpty());
    }

    void eventHistoryThroughLookupEvents()
    {
        // What the calls above did, newest first, with the Activity page's filters.
        EventBrowseRequest request;
        request.eventName = QStringLiteral("createuser");
        Reply<EventLookupResult> found = PcaError("none", QString());
        QVERIFY(eventually(
            [&] {
                return (found = await<EventLookupResult>([&](auto h) {
                            m_access->browseEvents(request, this, h);
                        })).ok() &&
                       !found.value().events.isEmpty();
            },
            30'000));
        const store::EventRecord &event = found.value().events.first();
        QCOMPARE(event.eventName, QStringLiteral("CreateUser"));
        QCOMPARE(event.eventSource, QStringLiteral("iam.amazonaws.com"));
        QCOMPARE(event.callerAccount, m_identity.account);
        QVERIFY(event.eventTime > 0);
        QVERIFY(event.record.contains(QStringLiteral("deployer")));
        // Errors only: the refused DeleteUser, with its error code.
        EventBrowseRequest errors;
        errors.errorsOnly = true;
        errors.maxResults = 50;
        const auto failed =
            await<EventLookupResult>([&](auto h) { m_access->browseEvents(errors, this, h); });
        QVERIFY(failed.ok());
        QStringList codes;
        for (const store::EventRecord &e : failed.value().events)
            codes << e.errorCode;
        QVERIFY2(codes.contains(QStringLiteral("DeleteConflict")), qPrintable(codes.join(u',')));
        QVERIFY(!codes.contains(QString()));
    }
};

QTEST_MAIN(TestRemoteServices)
#include "tst_remote_services.moc"

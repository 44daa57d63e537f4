// The desktop's remote client against a spawned privateca-server: the models' flows (create
// and activate a root CA, ACM's renewal permission, issue, the inventory, revoke, tags, CRL
// state, audit reports) through RemotePrivateCaClient, signed with the key of an AWS profile;
// the server's extension refusing bad input; and the errors a user sees — the server's own
// (a denied user, a wrong secret) and the network's (nothing listening, no answer in time).
#include "AwsProfiles.h"
#include "CertificateAuthorityCreation.h"
#include "CertificateModel.h"
#include "RemoteConnection.h"
#include "RemotePrivateCaClient.h"
#include "ServerProcess.h"
#include "TestEngine.h"
#include "api/ExtensionTypes.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace pca;
using namespace pca::models;
using namespace pca::test;

namespace {

// Runs the event loop until `reply` is set (or a minute has passed).
template <typename T>
bool waitFor(const std::optional<Reply<T>> &reply, int timeoutMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!reply && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return reply.has_value();
}

} // namespace

class TestRemoteClient : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<RemoteConnection> m_connection;
    std::unique_ptr<RemotePrivateCaClient> m_client;
    QString m_rootArn;

    RemoteEndpoint endpointFor(const QByteArray &keyId, const QByteArray &secret) const
    {
        RemoteEndpoint endpoint;
        endpoint.url = QUrl(m_server.url());
        endpoint.accessKeyId = keyId;
        endpoint.secretAccessKey = secret;
        endpoint.region = QStringLiteral("us-east-1");
        endpoint.timeoutMs = 20'000;
        return endpoint;
    }

    template <typename T, typename Call>
    Reply<T> await(Call call)
    {
        std::optional<Reply<T>> reply;
        call([&reply](const Reply<T> &r) { reply = r; });
        if (!waitFor(reply))
            return PcaError("TestTimeout", QStringLiteral("no answer within a minute"));
        return *reply;
    }

    QString issue(const QString &caArn, const QString &commonName)
    {
        CsrOptions options;
        options.commonName = commonName;
        api::IssueCertificateRequest request;
        request.certificateAuthorityArn = caArn;
        request.csr = makeCsr(options).first;
        request.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        request.validity = api::Validity{30, api::ValidityPeriodType::DAYS};
        const Reply<api::IssueCertificateResponse> reply = await<api::IssueCertificateResponse>(
            [&](auto handler) { m_client->issueCertificate(request, this, handler); });
        if (!reply.ok())
            qWarning() << reply.error().type() << reply.error().message();
        return reply.ok() ? reply.value().certificateArn.value_or(QString()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.serverErrors()));
        // The key comes from an AWS profile, as a user connecting with a profile has it.
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_server.credentialsFile().toLocal8Bit());
        qputenv("AWS_CONFIG_FILE", QByteArray("/nonexistent"));
        QVERIFY(AwsProfiles::names().contains(QStringLiteral("privateca")));
        const std::optional<AwsProfile> profile = AwsProfiles::load(QStringLiteral("privateca"));
        QVERIFY(profile);
        RemoteEndpoint endpoint = endpointFor(profile->accessKeyId, profile->secretAccessKey);
        endpoint.profile = profile->name;
        m_connection = std::make_unique<RemoteConnection>(endpoint);
        const Reply<CallerIdentity> identity = await<CallerIdentity>(
            [&](auto handler) { m_connection->getCallerIdentity(this, handler); });
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message()));
        QCOMPARE(identity.value().account.size(), 12);
        QVERIFY(identity.value().arn.endsWith(QStringLiteral(":root")));
        m_client = std::make_unique<RemotePrivateCaClient>(m_connection.get(), identity.value());
        m_client->setPollInterval(200);
        QCOMPARE(m_client->accountId(), identity.value().account);
        QCOMPARE(m_client->location(), m_server.url());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_connection.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    // The wizard's flow: create, wait for the key, self-sign and install, authorize ACM.
    void createAndActivateRootWithAcmRenewals()
    {
        CertificateAuthorityCreation creation(m_client.get(), nullptr);
        QSignalSpy finished(&creation, &CertificateAuthorityCreation::finished);
        QSignalSpy failed(&creation, &CertificateAuthorityCreation::failed);
        QSignalSpy changed(m_client.get(), &PrivateCaClient::certificateAuthorityChanged);
        CertificateAuthorityCreation::Plan plan;
        plan.request.certificateAuthorityType = api::CertificateAuthorityType::ROOT;
        plan.request.certificateAuthorityConfiguration =
            TestEngine::configuration(QStringLiteral("Remote Root"));
        plan.activation = CertificateAuthorityCreation::Activation::SelfSigned;
        plan.authorizeAcm = true;
        creation.start(plan);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty()
                                ? QString()
                                : static_cast<const PcaError *>(failed.first().first().constData())
                                      ->message()));
        m_rootArn = creation.certificateAuthorityArn();
        QVERIFY(changed.size() >= 2); // created, key generated, certificate installed

        const Reply<api::CertificateAuthority> ca =
            await<api::CertificateAuthority>([&](auto handler) {
                m_client->describeCertificateAuthority(m_rootArn, this, handler);
            });
        QVERIFY(ca.ok());
        QCOMPARE(ca.value().status, std::optional(api::CertificateAuthorityStatus::ACTIVE));
        const Reply<AcmRenewalAuthorization> acm = await<AcmRenewalAuthorization>(
            [&](auto handler) { m_client->acmRenewalAuthorization(m_rootArn, this, handler); });
        QVERIFY(acm.ok() && acm.value().authorized());

        const Reply<QList<CertificateAuthorityEntry>> entries =
            await<QList<CertificateAuthorityEntry>>(
                [&](auto handler) { m_client->listCertificateAuthorityEntries(this, handler); });
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().ca.arn, std::optional(m_rootArn));
        QVERIFY(entries.value().first().issuerArn.isEmpty());
    }

    // The ACM checkbox's calls: remove and grant again, each change signalled.
    void removeAndGrantAcmPermission()
    {
        QVERIFY(!m_rootArn.isEmpty());
        QSignalSpy changed(m_client.get(), &PrivateCaClient::permissionsChanged);
        api::DeletePermissionRequest remove;
        remove.certificateAuthorityArn = m_rootArn;
        remove.principal = QStringLiteral("acm.amazonaws.com");
        const Reply<Done> removed =
            await<Done>([&](auto handler) { m_client->deletePermission(remove, this, handler); });
        QVERIFY(removed.ok());
        QCOMPARE(changed.size(), 1);
        const Reply<AcmRenewalAuthorization> off = await<AcmRenewalAuthorization>(
            [&](auto handler) { m_client->acmRenewalAuthorization(m_rootArn, this, handler); });
        QVERIFY(off.ok() && !off.value().authorized() && off.value().granted.isEmpty());

        api::CreatePermissionRequest grant;
        grant.certificateAuthorityArn = m_rootArn;
        grant.principal = QStringLiteral("acm.amazonaws.com");
        grant.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                         api::ActionType::ListPermissions};
        const Reply<Done> granted =
            await<Done>([&](auto handler) { m_client->createPermission(grant, this, handler); });
        QVERIFY(granted.ok());
        QCOMPARE(changed.size(), 2);
        const Reply<QList<api::Permission>> all = await<QList<api::Permission>>(
            [&](auto handler) { m_client->listAllPermissions(m_rootArn, this, handler); });
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().actions->size(), 3);
    }

    // Issue, the inventory (the Certificates tab's model) shows it, revoke, the model follows.
    void issueInventoryAndRevoke()
    {
        QVERIFY(!m_rootArn.isEmpty());
        QSignalSpy issued(m_client.get(), &PrivateCaClient::certificateIssued);
        QSignalSpy revoked(m_client.get(), &PrivateCaClient::certificateRevoked);
        const QString first = issue(m_rootArn, QStringLiteral("one.example.com"));
        const QString second = issue(m_rootArn, QStringLiteral("two.example.com"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(issued.size(), 2);
        QCOMPARE(issued.last().at(1).toString(), second);

        CertificateModel model(m_client.get());
        model.setCertificateAuthority(m_rootArn);
        const QString serial = serialFromCertificateArn(first);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowForSerial(serial) >= 0, 30'000);
        // The two, and the CA's own certificate (self-signed through IssueCertificate).
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 30'000);
        QVERIFY(model.rowForSerial(serialFromCertificateArn(second)) >= 0);

        store::CertificateQuery query;
        query.caId = caIdFromArn(m_rootArn);
        query.search = QStringLiteral("two.example");
        const Reply<qint64> count =
            await<qint64>([&](auto handler) { m_client->countCertificates(query, this, handler); });
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 1);
        // Keyset pagination: one row per page, both rows, newest first.
        query.search.clear();
        query.limit = 1;
        const Reply<QList<CertificateSummary>> page1 = await<QList<CertificateSummary>>(
            [&](auto handler) { m_client->queryCertificates(query, this, handler); });
        QVERIFY(page1.ok());
        QCOMPARE(page1.value().size(), 1);
        query.afterValue = page1.value().first().record.issuedAt;
        query.afterSerial = page1.value().first().record.serial;
        const Reply<QList<CertificateSummary>> page2 = await<QList<CertificateSummary>>(
            [&](auto handler) { m_client->queryCertificates(query, this, handler); });
        QVERIFY(page2.ok());
        QCOMPARE(page2.value().size(), 1);
        QVERIFY(page2.value().first().record.serial != page1.value().first().record.serial);

        api::RevokeCertificateRequest revoke;
        revoke.certificateAuthorityArn = m_rootArn;
        revoke.certificateSerial = serial;
        revoke.revocationReason = api::RevocationReason::KEY_COMPROMISE;
        const Reply<Done> done =
            await<Done>([&](auto handler) { m_client->revokeCertificate(revoke, this, handler); });
        QVERIFY(done.ok());
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.first().at(1).toString(), first);
        // The model refreshes on the signal and shows the revocation.
        QTRY_VERIFY_WITH_TIMEOUT(model.summary(model.rowForSerial(serial)) &&
                                     model.summary(model.rowForSerial(serial))->state ==
                                         CertificateSummary::State::Revoked,
                                 30'000);

        // Expiry counts: both certificates expire within 31 days, the revoked one is not counted.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Reply<QList<qint64>> expiring = await<QList<qint64>>([&](auto handler) {
            m_client->countExpiring(m_rootArn, {now, now + 31LL * 86'400'000}, this, handler);
        });
        QVERIFY(expiring.ok());
        QCOMPARE(expiring.value(), QList<qint64>({1}));
    }

    void tagsAndCrlStatus()
    {
        QVERIFY(!m_rootArn.isEmpty());
        QSignalSpy changed(m_client.get(), &PrivateCaClient::tagsChanged);
        api::TagCertificateAuthorityRequest tag;
        tag.certificateAuthorityArn = m_rootArn;
        tag.tags = {api::Tag{QStringLiteral("team"), QStringLiteral("pki")}};
        QVERIFY(
            (await<Done>([&](auto h) { m_client->tagCertificateAuthority(tag, this, h); })).ok());
        QCOMPARE(changed.size(), 1);
        const Reply<QList<api::Tag>> tags =
            await<QList<api::Tag>>([&](auto h) { m_client->listAllTags(m_rootArn, this, h); });
        QVERIFY(tags.ok());
        QCOMPARE(tags.value().size(), 1);
        QCOMPARE(tags.value().first().value, std::optional(QStringLiteral("pki")));
        api::UntagCertificateAuthorityRequest untag;
        untag.certificateAuthorityArn = m_rootArn;
        untag.tags = tag.tags;
        QVERIFY((await<Done>([&](auto h) {
                    m_client->untagCertificateAuthority(untag, this, h);
                })).ok());
        QCOMPARE(changed.size(), 2);

        const Reply<CrlStatus> crl =
            await<CrlStatus>([&](auto h) { m_client->crlStatus(m_rootArn, this, h); });
        QVERIFY(crl.ok());
        QVERIFY(!crl.value().enabled); // the root was created without CRLs
        // What only the server does is not offered, with the reason.
        const Reply<Done> generate =
            await<Done>([&](auto h) { m_client->generateCrl(m_rootArn, this, h); });
        QVERIFY(!generate.ok());
        QVERIFY(generate.error().message().contains(m_server.url()));
        QVERIFY(!m_client->unavailableReason(PrivateCaClient::Feature::StoreLocation).isEmpty());
    }

    // Bad input to the extension is refused at the boundary with the API's exception names.
    void extensionValidatesItsInput()
    {
        QVERIFY(!m_rootArn.isEmpty());
        const auto callRaw = [this](const QByteArray &operation, const QJsonObject &input) {
            return await<QJsonObject>([&](auto handler) {
                m_connection->callJson("acm-pca", QByteArray("PrivateCaManager.") + operation,
                                       input, this, handler);
            });
        };
        QJsonObject tooMany{{QStringLiteral("CertificateAuthorityArn"), m_rootArn},
                            {QStringLiteral("MaxResults"), 5000}};
        Reply<QJsonObject> reply = callRaw("QueryCertificates", tooMany);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().type(), QStringLiteral("ValidationException"));
        QJsonObject wrongType{{QStringLiteral("CertificateAuthorityArn"), m_rootArn},
                              {QStringLiteral("Status"), 7}};
        reply = callRaw("CountCertificates", wrongType);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().type(), QStringLiteral("ValidationException"));
        QJsonObject oneBoundary{{QStringLiteral("CertificateAuthorityArn"), m_rootArn},
                                {QStringLiteral("BoundariesMs"), QJsonArray{1}}};
        reply = callRaw("CountExpiring", oneBoundary);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().type(), QStringLiteral("ValidationException"));
        QJsonObject badCursor{{QStringLiteral("CertificateAuthorityArn"), m_rootArn},
                              {QStringLiteral("AfterValue"), QStringLiteral("yesterday")},
                              {QStringLiteral("AfterSerial"), QStringLiteral("ab")}};
        reply = callRaw("QueryCertificates", badCursor);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().type(), QStringLiteral("ValidationException"));
        QJsonObject missing{{QStringLiteral("CertificateAuthorityArn"),
                             QStringLiteral("arn:aws:acm-pca:us-east-1:") + m_client->accountId() +
                                 QStringLiteral(":certificate-authority/"
                                                "11111111-2222-3333-4444-555555555555")}};
        reply = callRaw("GetIssuer", missing);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().type(), QStringLiteral("ResourceNotFoundException"));
        reply = callRaw("DropTables", QJsonObject());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().type(), QStringLiteral("UnknownOperationException"));
        // The server still answers.
        QVERIFY(callRaw("GetIssuer",
                        QJsonObject{{QStringLiteral("CertificateAuthorityArn"), m_rootArn}})
                    .ok());
    }

    // A user whose policy denies IssueCertificate sees the server's AccessDenied message.
    void deniedUserSeesTheServersMessage()
    {
        QVERIFY(!m_rootArn.isEmpty());
        PCA_VERIFY_RUN(m_server.aws({QStringLiteral("iam"), QStringLiteral("create-user"),
                                     QStringLiteral("--user-name"), QStringLiteral("auditor")}));
        const QString policy = QStringLiteral(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
            "\"acm-pca:*\",\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":"
            "\"acm-pca:IssueCertificate\",\"Resource\":\"*\"}]}");
        PCA_VERIFY_RUN(m_server.aws({QStringLiteral("iam"), QStringLiteral("put-user-policy"),
                                     QStringLiteral("--user-name"), QStringLiteral("auditor"),
                                     QStringLiteral("--policy-name"), QStringLiteral("no-issue"),
                                     QStringLiteral("--policy-document"), policy}));
        const ClientRun key =
            m_server.aws({QStringLiteral("iam"), QStringLiteral("create-access-key"),
                          QStringLiteral("--user-name"), QStringLiteral("auditor")});
        PCA_VERIFY_RUN(key);
        const QJsonObject created =
            QJsonDocument::fromJson(key.out).object().value(QStringLiteral("AccessKey")).toObject();
        RemoteConnection connection(
            endpointFor(created.value(QStringLiteral("AccessKeyId")).toString().toLatin1(),
                        created.value(QStringLiteral("SecretAccessKey")).toString().toLatin1()));
        const Reply<CallerIdentity> identity = await<CallerIdentity>(
            [&](auto handler) { connection.getCallerIdentity(this, handler); });
        QVERIFY(identity.ok());
        QVERIFY(identity.value().arn.endsWith(QStringLiteral(":user/auditor")));
        RemotePrivateCaClient client(&connection, identity.value());
        // Reading is allowed...
        QVERIFY((await<api::CertificateAuthority>([&](auto h) {
                    client.describeCertificateAuthority(m_rootArn, this, h);
                })).ok());
        // ...issuing is not, in the server's words.
        CsrOptions options;
        api::IssueCertificateRequest request;
        request.certificateAuthorityArn = m_rootArn;
        request.csr = makeCsr(options).first;
        request.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        request.validity = api::Validity{30, api::ValidityPeriodType::DAYS};
        QSignalSpy issued(&client, &PrivateCaClient::certificateIssued);
        const Reply<api::IssueCertificateResponse> denied = await<api::IssueCertificateResponse>(
            [&](auto handler) { client.issueCertificate(request, this, handler); });
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().type(), QStringLiteral("AccessDeniedException"));
        QVERIFY2(denied.error().message().contains(QStringLiteral("user/auditor")) &&
                     denied.error().message().contains(QStringLiteral("acm-pca:IssueCertificate")),
                 qPrintable(denied.error().message()));
        QVERIFY(issued.isEmpty()); // no change signal for a refused write
    }

    // A wrong secret: the server's SigV4 error, verbatim.
    void wrongSecretIsTheSignatureError()
    {
        RemoteConnection connection(
            endpointFor(m_connection->endpoint().accessKeyId, QByteArrayLiteral("not-the-secret")));
        const Reply<CallerIdentity> identity = await<CallerIdentity>(
            [&](auto handler) { connection.getCallerIdentity(this, handler); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().type(), QStringLiteral("SignatureDoesNotMatch"));
        RemotePrivateCaClient client(&connection, CallerIdentity{});
        const Reply<api::ListCertificateAuthoritiesResponse> list =
            await<api::ListCertificateAuthoritiesResponse>(
                [&](auto handler) { client.listCertificateAuthorities({}, this, handler); });
        QVERIFY(!list.ok());
        QCOMPARE(list.error().type(), QStringLiteral("InvalidSignatureException"));
        QVERIFY2(list.error().message().contains(QStringLiteral("signature we calculated does not "
                                                                "match")),
                 qPrintable(list.error().message()));
    }

    // Nothing listening: a clear message with the URL. No answer: a timeout with the URL.
    void networkFailuresSaySo()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        RemoteEndpoint refused = endpointFor("AKIDEXAMPLE", "secret");
        refused.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        RemoteConnection connection(refused);
        const Reply<CallerIdentity> identity = await<CallerIdentity>(
            [&](auto handler) { connection.getCallerIdentity(this, handler); });
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().type(), QString::fromLatin1(remoteErrors::Unreachable));
        QVERIFY2(
            identity.error().message().contains(refused.url.toString()) &&
                identity.error().message().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
            qPrintable(identity.error().message()));

        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RemoteEndpoint slow = endpointFor("AKIDEXAMPLE", "secret");
        slow.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        slow.timeoutMs = 1000;
        RemoteConnection slowConnection(slow);
        const Reply<CallerIdentity> timedOut = await<CallerIdentity>(
            [&](auto handler) { slowConnection.getCallerIdentity(this, handler); });
        QVERIFY(!timedOut.ok());
        QCOMPARE(timedOut.error().type(), QString::fromLatin1(remoteErrors::Timeout));
        QVERIFY(timedOut.error().message().contains(slow.url.toString()));
    }
};

QTEST_MAIN(TestRemoteClient)
#include "tst_remote_client.moc"

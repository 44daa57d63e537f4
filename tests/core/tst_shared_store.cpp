// Several processes on one store, as several privateca-server instances on one PostgreSQL
// database (or a server and the desktop on one SQLite file): each "process" here is a SqlStore
// and a PrivateCaService of its own on the same location. What one changes is in force in the
// other at the next call; their writes form one audit trail; idempotency tokens hold across
// them; maintenance runs in one at a time.
#include "TestEngine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace pca;
using namespace pca::test;
using api::CertificateAuthorityStatus;

class SharedStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changesOfAnotherProcessAreInForceAtOnce();
    void concurrentWritersKeepOneAuditChain();
    void idempotencyTokensHoldAcrossProcesses();
    void maintenanceRunsInOneProcessAtATime();
    void partitionsFillAcrossProcesses();

private:
    struct Process
    {
        std::unique_ptr<store::SqlStore> store;
        std::unique_ptr<PrivateCaService> service;
    };
    // A second process on the engine's store.
    Process second();
    api::IssueCertificateRequest issueRequest(const QString &caArn, const QString &name);

    std::unique_ptr<TestEngine> engine;
    SystemClock clock;
};

void SharedStoreTest::init()
{
    engine = std::make_unique<TestEngine>(QStringLiteral("us-east-1"), TestEngine::Time::System);
}

void SharedStoreTest::cleanup()
{
    engine.reset();
}

SharedStoreTest::Process SharedStoreTest::second()
{
    Process process;
    process.store = store::SqlStore::open(engine->storeOptions(), kTestPassphrase);
    process.service = std::make_unique<PrivateCaService>(*process.store, clock);
    return process;
}

api::IssueCertificateRequest SharedStoreTest::issueRequest(const QString &caArn,
                                                           const QString &name)
{
    CsrOptions options;
    options.commonName = name;
    api::IssueCertificateRequest request;
    request.certificateAuthorityArn = caArn;
    request.csr = makeCsr(options).first;
    request.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
    request.validity = {30, api::ValidityPeriodType::DAYS};
    return request;
}

void SharedStoreTest::changesOfAnotherProcessAreInForceAtOnce()
{
    const QString ca = engine->createActiveRoot(QStringLiteral("Shared Root"));
    Process other = second();
    // The other process has the CA in its cache, ACTIVE.
    QCOMPARE(*other.service->describeCertificateAuthority({ca}).certificateAuthority->status,
             CertificateAuthorityStatus::ACTIVE);
    (void)other.service->issueCertificate(issueRequest(ca, QStringLiteral("before.example")));

    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = ca;
    disable.status = CertificateAuthorityStatus::DISABLED;
    engine->service().updateCertificateAuthority(disable);
    // The next call of the other process sees it: no cached copy outlives a commit.
    QCOMPARE(*other.service->describeCertificateAuthority({ca}).certificateAuthority->status,
             CertificateAuthorityStatus::DISABLED);
    bool matched = false;
    const QString message = expectError(
        errors::InvalidState,
        [&] { other.service->issueCertificate(issueRequest(ca, QStringLiteral("after.example"))); },
        &matched);
    QVERIFY2(matched, qPrintable(message));

    // A policy deleted in one process no longer exists for the other.
    const QString policy =
        QStringLiteral(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"x\",\"Effect\":\"Allow\","
            "\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},\"Action\":"
            "[\"acm-pca:GetCertificate\"],\"Resource\":\"%1\"}]}")
            .arg(ca);
    engine->service().putPolicy({ca, policy});
    QVERIFY(other.service->getPolicy({ca}).policy.has_value());
    engine->service().deletePolicy({ca});
    matched = false;
    const QString gone = expectError(
        errors::ResourceNotFound, [&] { other.service->getPolicy({ca}); }, &matched);
    QVERIFY2(matched, qPrintable(gone));
}

void SharedStoreTest::concurrentWritersKeepOneAuditChain()
{
    const QString ca = engine->createActiveRoot(QStringLiteral("Chain Root"));
    Process other = second();
    constexpr int kPerProcess = 25;
    QList<api::IssueCertificateRequest> requests[2];
    for (int p = 0; p < 2; ++p) {
        for (int i = 0; i < kPerProcess; ++i)
            requests[p] << issueRequest(ca, QStringLiteral("p%1-%2.example").arg(p).arg(i));
    }
    std::atomic<int> failures{0};
    QStringList failuresText[2];
    QStringList arns[2];
    PrivateCaService *services[2] = {&engine->service(), other.service.get()};
    std::thread threads[2];
    for (int p = 0; p < 2; ++p) {
        threads[p] = std::thread([&, p] {
            for (const auto &request : requests[p]) {
                try {
                    arns[p] << *services[p]->issueCertificate(request).certificateArn;
                } catch (const PcaError &error) {
                    ++failures;
                    failuresText[p] << error.message();
                }
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QVERIFY2(failures == 0,
             qPrintable((failuresText[0] + failuresText[1]).join(QLatin1Char('\n'))));
    QSet<QString> unique;
    for (const auto &list : arns)
        for (const QString &arn : list)
            unique.insert(arn);
    QCOMPARE(unique.size(), 2 * kPerProcess);

    // One chain: every key use of both processes, in one sequence without gaps, MACs intact.
    const AuditTrailVerification audit = engine->service().verifyAuditTrail();
    QVERIFY2(audit.intact, qPrintable(audit.problem));
    QVERIFY(audit.events >= 2 * kPerProcess);
    QSqlDatabase db = engine->openSideConnection(QStringLiteral("chain-check"));
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(seq), MAX(seq) FROM audit_trail")));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toLongLong() - q.value(1).toLongLong() + 1, q.value(0).toLongLong());
    }
    db.close();
}

void SharedStoreTest::idempotencyTokensHoldAcrossProcesses()
{
    const QString ca = engine->createActiveRoot(QStringLiteral("Token Root"));
    Process other = second();
    api::IssueCertificateRequest request = issueRequest(ca, QStringLiteral("token.example"));
    request.idempotencyToken = QStringLiteral("same-token-everywhere");
    QString answers[2];
    std::thread first(
        [&] { answers[0] = *engine->service().issueCertificate(request).certificateArn; });
    std::thread again(
        [&] { answers[1] = *other.service->issueCertificate(request).certificateArn; });
    first.join();
    again.join();
    QVERIFY(!answers[0].isEmpty());
    QCOMPARE(answers[1], answers[0]);
}

void SharedStoreTest::maintenanceRunsInOneProcessAtATime()
{
    if (!engine->isPostgres()) {
        // SQLite: writers of all processes serialise on the file; runMaintenance always runs.
        const qint64 before = engine->service().maintenancePasses();
        engine->service().runMaintenance();
        QCOMPARE(engine->service().maintenancePasses(), before + 1);
        return;
    }
    // Another server holds the maintenance lock (a session of its own)...
    QSqlDatabase holder = engine->openSideConnection(QStringLiteral("maintenance-holder"));
    {
        QSqlQuery lock(holder);
        QVERIFY2(lock.exec(QStringLiteral("SELECT pg_advisory_lock(1346584882, "
                                          "hashtext(current_schema() || ':maintenance'))")),
                 qPrintable(lock.lastError().text()));
    }
    const qint64 before = engine->service().maintenancePasses();
    engine->service().runMaintenance();
    QCOMPARE(engine->service().maintenancePasses(), before); // stood by
    // ... and dies: PostgreSQL ends its session and the lock with it.
    // (The server notices the closed connection a moment later.)
    holder.close();
    for (int attempt = 0; attempt < 50 && engine->service().maintenancePasses() == before;
         ++attempt) {
        engine->service().runMaintenance();
        if (engine->service().maintenancePasses() == before)
            QTest::qWait(100);
    }
    QCOMPARE(engine->service().maintenancePasses(), before + 1);
}

void SharedStoreTest::partitionsFillAcrossProcesses()
{
    // Partitions of 4 certificates; two processes issue in turn. Each partition holds at most
    // 4, counted in the store for both.
    constexpr qint64 kSize = 4;
    engine->service().setCrlPartitionSize(kSize);
    api::CrlConfiguration crl;
    crl.enabled = true;
    crl.expirationInDays = 7;
    crl.s3BucketName = QStringLiteral("shared-crls");
    crl.crlType = api::CrlType::PARTITIONED;
    api::RevocationConfiguration revocation;
    revocation.crlConfiguration = crl;
    const QString ca = engine->createActiveRoot(
        QStringLiteral("Partitioned Shared"), api::KeyAlgorithm::EC_prime256v1,
        api::SigningAlgorithm::SHA256WITHECDSA, 10, revocation);
    Process other = second();
    other.service->setCrlPartitionSize(kSize);
    PrivateCaService *services[2] = {&engine->service(), other.service.get()};
    constexpr int kIssued = 13;
    for (int i = 0; i < kIssued; ++i)
        (void)services[i % 2]->issueCertificate(
            issueRequest(ca, QStringLiteral("p%1.example").arg(i)));

    QSqlDatabase db = engine->openSideConnection(QStringLiteral("partition-check"));
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT crl_partition, COUNT(*) FROM certificates WHERE "
                                      "crl_partition IS NOT NULL AND crl_partition <> '' GROUP "
                                      "BY crl_partition")));
        qint64 total = 0;
        int partitions = 0;
        while (q.next()) {
            QVERIFY2(q.value(1).toLongLong() <= kSize,
                     qPrintable(QStringLiteral("partition %1 holds %2 certificates")
                                    .arg(q.value(0).toString())
                                    .arg(q.value(1).toLongLong())));
            total += q.value(1).toLongLong();
            ++partitions;
        }
        QCOMPARE(total, qint64(kIssued));
        QCOMPARE(partitions, int((kIssued + kSize - 1) / kSize));
    }
    db.close();
}

QTEST_GUILESS_MAIN(SharedStoreTest)
#include "tst_shared_store.moc"

// The store: creation and unlocking, file permissions, WAL/durability settings, identity,
// migrations, keys never on disk in clear, atomic actions (including a process killed at random
// moments while it writes), group commit, and the tamper-evident audit trail.
#include "TestEngine.h"
#include "crypto/Keys.h"
#include "store/ManagedCertificateStore.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <atomic>
#include <future>
#include <stdexcept>
#include <thread>

using namespace pca;
using namespace pca::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray allBytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// Everything the engine wrote: the files of its data directory (SQLite), or every value of
// every table of its schema (PostgreSQL, whose files belong to the server).
QByteArray allStoredBytes(const TestEngine &engine)
{
    if (!engine.isPostgres())
        return allBytesUnder(engine.directory());
    QByteArray all;
    {
        QSqlDatabase db = engine.openSideConnection(QStringLiteral("dump"));
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                   "table_schema = current_schema()"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM ") + table);
            const int columns = rows.record().count();
            while (rows.next()) {
                for (int i = 0; i < columns; ++i) {
                    const QVariant value = rows.value(i);
                    all += value.typeId() == QMetaType::QByteArray ? value.toByteArray()
                                                                   : value.toString().toUtf8();
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return all;
}

QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return QByteArray();
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_clear_free(bn);
    return out;
}

QByteArray derPrivateKey(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    i2d_PrivateKey_bio(bio, key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, length);
    BIO_free(bio);
    return out;
}

QByteArray pkcs8Der(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    i2d_PKCS8PrivateKey_bio(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, length);
    BIO_free(bio);
    return out;
}

// The child mode of this executable: issue certificates from two threads forever in one store
// (the parent kills it at a random moment). On PostgreSQL it opens the parent's schema.
int crashChild(const QString &dir)
{
    store::StoreOptions options;
    if (const auto postgres = postgresServerOptions()) {
        options = *postgres;
        options.connectOptions = qEnvironmentVariable("PRIVATECA_CRASH_CONNECT_OPTIONS");
    } else {
        options.directory = dir;
    }
    auto store = store::SqlStore::open(options, kTestPassphrase);
    SystemClock clock;
    PrivateCaService service(*store, clock);
    const QString ca = QString::fromLatin1(qgetenv("PRIVATECA_CRASH_CA"));
    // A plain variable: lambdas capture it (clang 14 cannot capture structured bindings).
    const QByteArray csr = makeCsr({}).first;
    std::atomic<int> issued{0};
    auto worker = [&] {
        for (;;) {
            api::IssueCertificateRequest request;
            request.certificateAuthorityArn = ca;
            request.csr = csr;
            request.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
            request.validity = {1, api::ValidityPeriodType::DAYS};
            service.issueCertificate(request);
            if (++issued == 5) {
                fputs("ready\n", stdout);
                fflush(stdout);
            }
        }
    };
    std::thread a(worker);
    std::thread b(worker);
    a.join();
    b.join();
    return 0;
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndOpen()
    {
        QTemporaryDir dir;
        store::StoreOptions options;
        options.directory = dir.filePath(QStringLiteral("nested/data"));
        QVERIFY(!store::SqlStore::exists(options));
        PCA_EXPECT_ERROR(errors::StoreError, store::SqlStore::open(options, kTestPassphrase));
        PCA_EXPECT_ERROR(
            errors::InvalidArgs,
            store::SqlStore::create(options, QByteArray(),
                                    {QStringLiteral("111122223333"), QStringLiteral("us-east-1")}));
        {
            auto store = store::SqlStore::create(
                options, kTestPassphrase,
                {QStringLiteral("111122223333"), QStringLiteral("eu-central-1")});
            QCOMPARE(store->identity().accountId, QStringLiteral("111122223333"));
            QCOMPARE(store->identity().region, QStringLiteral("eu-central-1"));
            QCOMPARE(store->schemaVersion(), store::latestSchemaVersion());
        }
        QVERIFY(store::SqlStore::exists(options));
        PCA_EXPECT_ERROR(
            errors::StoreError,
            store::SqlStore::create(options, kTestPassphrase,
                                    {QStringLiteral("999999999999"), QStringLiteral("us-east-1")}));
        auto reopened = store::SqlStore::open(options, kTestPassphrase);
        // The identity is fixed at creation.
        QCOMPARE(reopened->identity().accountId, QStringLiteral("111122223333"));
        QCOMPARE(reopened->identity().region, QStringLiteral("eu-central-1"));
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir dir;
        store::StoreOptions options;
        options.directory = dir.path();
        store::SqlStore::create(options, kTestPassphrase,
                                {QStringLiteral("111122223333"), QStringLiteral("us-east-1")});
        const QString file = dir.filePath(QStringLiteral("privateca.sqlite"));
        const QByteArray before = fileHash(file);
        const QString message = [&] {
            try {
                store::SqlStore::open(options, "wrong passphrase");
            } catch (const PcaError &e) {
                return e.type() + QLatin1Char(':') + e.message();
            }
            return QString();
        }();
        QVERIFY2(message.startsWith(QLatin1StringView(errors::WrongPassphrase)),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("passphrase")));
        QCOMPARE(fileHash(file), before);
        QVERIFY(store::SqlStore::open(options, kTestPassphrase));
    }

    void filePermissionsAndSqliteSettings()
    {
        TestEngine engine;
        if (engine.isPostgres())
            QSKIP("Reads the SQLite files of the data directory.");
        engine.createActiveRoot(QStringLiteral("Perms"));
        const QFileInfo dirInfo(engine.directory());
        QCOMPARE(dirInfo.permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        int files = 0;
        QDirIterator it(engine.directory(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            ++files;
            QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                           QFileDevice::ReadOther | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }
        QVERIFY(files >= 2); // database and its WAL
        // WAL mode with durable commits.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(QDir(engine.directory()).filePath(QStringLiteral("privateca.sqlite")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), store::latestSchemaVersion());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void aVersion1StoreIsMigratedWithItsData()
    {
        TestEngine engine;
        const QString ca = engine.createActiveRoot(QStringLiteral("Before Partitions"));
        const QString leaf = engine.issue(ca, QStringLiteral("old.example.com"));
        // Back to the schema of version 1: no CRL partitions, no managed certificates.
        {
            QSqlDatabase db = engine.openSideConnection(QStringLiteral("downgrade"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            // The search index (version 5).
            const QStringList search =
                engine.isPostgres()
                    ? QStringList{QStringLiteral("DROP INDEX certificates_search")}
                    : QStringList{QStringLiteral("DROP TRIGGER certificate_search_insert"),
                                  QStringLiteral("DROP TRIGGER certificate_search_delete"),
                                  QStringLiteral("DROP TRIGGER certificate_search_update"),
                                  QStringLiteral("DROP TABLE certificate_search")};
            for (const QString &sql : search)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            for (const char *sql :
                 {"DROP TABLE cloudtrail_event_resources", "DROP TABLE cloudtrail_events",
                  "DROP TABLE iam_attached_policies", "DROP TABLE iam_user_policies",
                  "DROP TABLE iam_access_keys", "DROP TABLE iam_users", "DROP TABLE iam_accounts",
                  "DROP TABLE acm_certificate_tags", "DROP TABLE acm_certificates",
                  "DROP INDEX certificates_partition", "DROP INDEX certificates_partition_revoked",
                  "ALTER TABLE certificates DROP COLUMN crl_partition", "DROP TABLE crl_partitions",
                  "DELETE FROM schema_migrations WHERE version > 1"}) {
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

        engine.reopen();
        QCOMPARE(engine.store().schemaVersion(), store::latestSchemaVersion());
        const auto old = engine.service().getCertificate({ca, leaf});
        QVERIFY(old.certificate &&
                old.certificate->startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        // The new column and table work on the migrated store.
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = ca;
        api::CrlConfiguration crl;
        crl.enabled = true;
        crl.s3BucketName = QStringLiteral("migrated-crls");
        crl.crlType = api::CrlType::PARTITIONED;
        update.revocationConfiguration = api::RevocationConfiguration{};
        update.revocationConfiguration->crlConfiguration = crl;
        engine.service().updateCertificateAuthority(update);
        engine.issue(ca, QStringLiteral("new.example.com"));
        QCOMPARE(engine.service().crlStatus(ca).partitionCount, 1);
        // And so do the managed certificates' tables (version 3).
        store::ManagedCertificateRecord managed;
        managed.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        managed.arn =
            QStringLiteral("arn:aws:acm:us-east-1:123456789012:certificate/") + managed.id;
        managed.domainName = QStringLiteral("migrated.example.com");
        engine.store().write(
            [&](store::StoreWriter &w) { store::ManagedCertificateWriter(w).insert(managed); });
        QCOMPARE(store::ManagedCertificateReader(engine.store().reader()).count(), 1);
    }

    void noPrivateKeyInClearOnDisk()
    {
        TestEngine engine;
        QStringList arns;
        arns << engine.createActiveRoot(QStringLiteral("EC Root"));
        arns << engine.createActiveRoot(QStringLiteral("RSA Root"), api::KeyAlgorithm::RSA_2048,
                                        api::SigningAlgorithm::SHA256WITHRSA);
        arns << engine.createActiveSubordinate(arns.first(), QStringLiteral("Sub"));
        arns << engine.createCa(api::CertificateAuthorityType::ROOT, QStringLiteral("SM2 Pending"),
                                api::KeyAlgorithm::SM2, api::SigningAlgorithm::SM3WITHSM2);
        engine.issue(arns.at(2), QStringLiteral("leaf.example.com"));

        const QByteArray disk = allStoredBytes(engine);
        QVERIFY(disk.size() > 10000);
        QVERIFY(!disk.contains("PRIVATE KEY"));
        for (const QString &arn : arns) {
            const auto record = engine.store().reader().findCaByArn(arn);
            QVERIFY(record && !record->encryptedKey.isEmpty());
            // The stored key decrypts with the passphrase (and only with it)...
            const crypto::PKeyPtr key =
                crypto::decryptPrivateKey(record->encryptedKey, kTestPassphrase);
            QVERIFY(key);
            PCA_EXPECT_ERROR(errors::WrongPassphrase,
                             crypto::decryptPrivateKey(record->encryptedKey, "nope"));
            // ...and none of its clear forms appears in any file of the data directory.
            QByteArray secret = bignumParam(key.get(), OSSL_PKEY_PARAM_PRIV_KEY);
            if (secret.isEmpty())
                secret = bignumParam(key.get(), OSSL_PKEY_PARAM_RSA_D);
            QVERIFY2(secret.size() >= 16, qPrintable(arn));
            QVERIFY2(!disk.contains(secret), qPrintable(arn));
            QVERIFY(!disk.contains(derPrivateKey(key.get())));
            QVERIFY(!disk.contains(pkcs8Der(key.get())));
        }
        // The encrypted form is standard PKCS#8 (scrypt + AES-256-CBC) that openssl can read.
        const auto record = engine.store().reader().findCaByArn(arns.first());
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("key.der"), record->encryptedKey);
        QByteArray out;
        QByteArray err;
        QCOMPARE(
            runOpenssl({QStringLiteral("pkcs8"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-in"), path, QStringLiteral("-passin"),
                        QStringLiteral("pass:") + QString::fromLatin1(kTestPassphrase)},
                       &out, &err),
            0);
        QVERIFY(out.contains("BEGIN PRIVATE KEY"));
        QByteArray asn1;
        runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-inform"), QStringLiteral("DER"),
                    QStringLiteral("-in"), path},
                   &asn1);
        QVERIFY2(asn1.contains(":scrypt") && asn1.contains("aes-256-cbc"), asn1.constData());
    }

    void failingJobLeavesNoTrace()
    {
        TestEngine engine;
        const QString root = engine.createActiveRoot(QStringLiteral("Atomic"));
        const auto before = engine.store().reader().findCaByArn(root);
        const qint64 events = engine.store().reader().countAuditEvents();
        PCA_EXPECT_ERROR(errors::InvalidArgs, engine.store().write([&](store::StoreWriter &w) {
            auto ca = *w.findCaByArn(root);
            ca.subject = QStringLiteral("changed");
            w.updateCa(ca);
            w.appendAuditEvent(ca.id, 1, QStringLiteral("Test"), QStringLiteral("{}"));
            api::Tag tag;
            tag.key = QStringLiteral("half");
            w.upsertTag(ca.id, tag);
            throw PcaError(errors::InvalidArgs, QStringLiteral("abort the job"));
        }));
        const auto after = engine.store().reader().findCaByArn(root);
        QCOMPARE(after->subject, before->subject);
        QCOMPARE(engine.store().reader().listTags(after->id).size(), 0);
        QCOMPARE(engine.store().reader().countAuditEvents(), events);
        QVERIFY(engine.service().verifyAuditTrail().intact);
    }

    // writeAsync: the completion runs on the writer after the commit, can queue further
    // writes, and receives a failing job's exception with the job rolled back.
    void writeAsyncAnswersAfterTheCommit()
    {
        TestEngine engine;
        const QString root = engine.createActiveRoot(QStringLiteral("Async"));
        const QString caId = engine.store().reader().findCaByArn(root)->id;
        struct Answers
        {
            std::exception_ptr first;
            std::thread::id firstThread;
            int tagsSeenByFirst = -1;
            QString secondError;
        };
        Answers answers;
        std::promise<void> finished;
        store::SqlStore &store = engine.store();
        const auto tag = [](const char *key) {
            api::Tag t;
            t.key = QString::fromLatin1(key);
            t.value = QStringLiteral("v");
            return t;
        };
        store.writeAsync([&](store::StoreWriter &w) { w.upsertTag(caId, tag("one")); },
                         [&](std::exception_ptr error) {
                             answers.first = error;
                             answers.firstThread = std::this_thread::get_id();
                             answers.tagsSeenByFirst = int(store.reader().listTags(caId).size());
                             // Queued from the completion, on the writer thread: a failing job.
                             store.writeAsync(
                                 [&](store::StoreWriter &w) {
                                     w.upsertTag(caId, tag("two"));
                                     throw PcaError(errors::InvalidArgs, QStringLiteral("undo"));
                                 },
                                 [&](std::exception_ptr second) {
                                     try {
                                         if (!second)
                                             throw std::runtime_error("no error reported");
                                         std::rethrow_exception(second);
                                     } catch (const PcaError &e) {
                                         answers.secondError = e.type();
                                     } catch (...) {
                                         answers.secondError = QStringLiteral("?");
                                     }
                                     finished.set_value();
                                 });
                         });
        QVERIFY(finished.get_future().wait_for(std::chrono::seconds(30)) ==
                std::future_status::ready);
        QVERIFY(!answers.first);
        QVERIFY(answers.firstThread != std::this_thread::get_id());
        QCOMPARE(answers.tagsSeenByFirst, 1); // committed before the completion ran
        QCOMPARE(answers.secondError, QString::fromLatin1(errors::InvalidArgs));
        const QList<api::Tag> tags = store.reader().listTags(caId);
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.at(0).key, QStringLiteral("one"));
    }

    // Jobs of one group commit share a transaction, and caStatus answers from a cache kept for
    // it: a CA change, made by a job or undone with a job's rollback, is seen by the next read.
    void caStatusFollowsChangesWithinAGroupCommit()
    {
        using Status = api::CertificateAuthorityStatus;
        TestEngine engine;
        const QString root = engine.createActiveRoot(QStringLiteral("Group"));
        store::SqlStore &store = engine.store();
        const QString caId = store.reader().findCaByArn(root)->id;
        const auto statusIn = [&caId](store::StoreWriter &w) {
            const auto status = w.caStatus(caId);
            return status ? status->first : Status::FAILED;
        };
        const auto setStatus = [&root](store::StoreWriter &w, Status status) {
            store::CaRecord ca = *w.findCaByArn(root);
            ca.status = status;
            w.updateCa(ca);
        };

        // The first job holds the writer until the others are queued: they form one batch.
        std::promise<void> queued;
        std::shared_future<void> allQueued = queued.get_future().share();
        QList<Status> seen;
        std::promise<void> finished;
        const auto ignoreError = [](std::exception_ptr) {};
        const qint64 commitsBefore = store.commitCount();
        store.writeAsync([allQueued](store::StoreWriter &) { allQueued.wait(); }, ignoreError);
        store.writeAsync([&](store::StoreWriter &w) { seen << statusIn(w); }, ignoreError);
        store.writeAsync(
            [&](store::StoreWriter &w) {
                setStatus(w, Status::DISABLED);
                seen << statusIn(w);
            },
            ignoreError);
        store.writeAsync(
            [&](store::StoreWriter &w) {
                seen << statusIn(w);
                setStatus(w, Status::ACTIVE);
                seen << statusIn(w);
                throw PcaError(errors::InvalidArgs, QStringLiteral("undo"));
            },
            ignoreError);
        store.writeAsync([&](store::StoreWriter &w) { seen << statusIn(w); },
                         [&](std::exception_ptr) { finished.set_value(); });
        queued.set_value();
        QVERIFY(finished.get_future().wait_for(std::chrono::seconds(30)) ==
                std::future_status::ready);
        QCOMPARE(seen, (QList<Status>{Status::ACTIVE, Status::DISABLED, Status::DISABLED,
                                      Status::ACTIVE, Status::DISABLED}));
        // The four reading jobs were queued together, behind the first: one batch.
        QVERIFY(store.commitCount() - commitsBefore <= 2);
        QCOMPARE(store.reader().caStatus(caId)->first, Status::DISABLED);
    }

    void concurrentActionsAreGroupCommitted()
    {
        TestEngine engine;
        const QString root = engine.createActiveRoot(QStringLiteral("Busy"));
        const qint64 commitsBefore = engine.store().commitCount();
        // A plain variable: lambdas capture it (clang 14 cannot capture structured bindings).
        const QByteArray csr = makeCsr({}).first;
        constexpr int kThreads = 8;
        constexpr int kEach = 25;
        std::vector<std::thread> threads;
        std::atomic<int> failures{0};
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < kEach; ++i) {
                    try {
                        api::IssueCertificateRequest request;
                        request.certificateAuthorityArn = root;
                        request.csr = csr;
                        request.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
                        request.validity = {1, api::ValidityPeriodType::DAYS};
                        engine.service().issueCertificate(request);
                    } catch (...) {
                        ++failures;
                    }
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        store::CertificateQuery query;
        query.caId = engine.store().reader().findCaByArn(root)->id;
        QCOMPARE(engine.store().reader().countCertificates(query), qint64(kThreads * kEach + 1));
        const qint64 commits = engine.store().commitCount() - commitsBefore;
        qInfo("%d issues in %lld commits", kThreads * kEach, commits);
        QVERIFY(commits <= kThreads * kEach);
        const auto verification = engine.service().verifyAuditTrail();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }

    void killedProcessLeavesWholeActions()
    {
        TestEngine engine;
        const QString root = engine.createActiveRoot(QStringLiteral("Crash"));
        const QString caId = engine.store().reader().findCaByArn(root)->id;
        const QString dir = engine.directory();
        // Close the parent's engine so that only the child writes.
        for (int round = 0; round < 3; ++round) {
            engine.reopen();
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PRIVATECA_CRASH_CA"), root);
            env.insert(QStringLiteral("PRIVATECA_CRASH_CONNECT_OPTIONS"),
                       engine.storeOptions().connectOptions);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--crash-child"), dir});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(30000)); // "ready": it is writing
            QThread::msleep(QRandomGenerator::global()->bounded(50, 400));
            child.kill();
            QVERIFY(child.waitForFinished());
            // After the crash: every committed issue has its certificate AND its audit event.
            engine.reopen();
            store::CertificateQuery query;
            query.caId = caId;
            const qint64 certificates = engine.store().reader().countCertificates(query);
            qint64 issueEvents = 0;
            engine.store().reader().forEachAuditEvent([&](const store::AuditEvent &e) {
                if (e.action == QLatin1StringView("IssueCertificate"))
                    ++issueEvents;
            });
            QVERIFY(certificates > 5);
            QCOMPARE(issueEvents, certificates);
            const auto verification = engine.service().verifyAuditTrail();
            QVERIFY2(verification.intact, qPrintable(verification.problem));
        }
    }

    void auditTrailDetectsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("altered")
            << "UPDATE audit_trail SET detail = '{\"serial\":\"00\"}' WHERE seq = 2";
        QTest::newRow("removed") << "DELETE FROM audit_trail WHERE seq = 2";
        QTest::newRow("reordered")
            << "UPDATE audit_trail SET seq = -2 WHERE seq = 2; UPDATE audit_trail SET seq = 2 "
               "WHERE seq = 3; UPDATE audit_trail SET seq = 3 WHERE seq = -2";
        QTest::newRow("truncated")
            << "DELETE FROM audit_trail WHERE seq = (SELECT MAX(seq) FROM audit_trail)";
        QTest::newRow("time changed") << "UPDATE audit_trail SET at = at + 1 WHERE seq = 1";
    }

    void auditTrailDetectsTampering()
    {
        QFETCH(QString, sql);
        TestEngine engine;
        const QString root = engine.createActiveRoot(QStringLiteral("Audited"));
        for (int i = 0; i < 4; ++i)
            engine.issue(root, QStringLiteral("a%1.example.com").arg(i));
        const auto clean = engine.service().verifyAuditTrail();
        QVERIFY2(clean.intact, qPrintable(clean.problem));
        QCOMPARE(clean.events, qint64(5)); // root certificate + 4 leaves
        {
            QSqlDatabase db = engine.openSideConnection(QStringLiteral("tamper"));
            QVERIFY(db.isOpen());
            for (const QString &statement : sql.split(QLatin1Char(';'))) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const auto result = engine.service().verifyAuditTrail();
        QVERIFY(!result.intact);
        QVERIFY(result.firstBrokenSequence >= 1);
        QVERIFY(!result.problem.isEmpty());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--crash-child") == 0) {
        QCoreApplication app(argc, argv);
        return crashChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    StoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store.moc"

// Certificate Manager (issue 16): private certificates that ACM requests, issues through a CA of
// the store as acm.amazonaws.com, exports, lists and renews — renewal only while the CA grants
// ACM the three permissions, failing with ACM's reason otherwise; exactly once across two
// engines on one store and whole across a crash.
#include "TestEngine.h"
#include "crypto/CertificateInspector.h"
#include "service/AccessControl.h"
#include "service/CertificateManager.h"
#include "store/ManagedCertificateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <thread>

using namespace pca;
using namespace pca::test;
using namespace pca::api::acm;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

void grant(PrivateCaService &service, const QString &caArn,
           QList<api::ActionType> actions = {api::ActionType::IssueCertificate,
                                             api::ActionType::GetCertificate,
                                             api::ActionType::ListPermissions})
{
    api::CreatePermissionRequest request;
    request.certificateAuthorityArn = caArn;
    request.principal = QStringLiteral("acm.amazonaws.com");
    request.actions = actions;
    service.createPermission(request);
}

void revokeGrant(PrivateCaService &service, const QString &caArn)
{
    api::DeletePermissionRequest request;
    request.certificateAuthorityArn = caArn;
    request.principal = QStringLiteral("acm.amazonaws.com");
    service.deletePermission(request);
}

// The certificates of a CA that acm.amazonaws.com had issued.
qint64 acmIssued(TestEngine &engine, const QString &caArn)
{
    qint64 count = 0;
    engine.store().reader().forEachCertificate(
        caArn.section(QLatin1Char('/'), -1), [&count](const store::CertificateRecord &c) {
            if (c.requestedBy == QLatin1String("acm.amazonaws.com"))
                ++count;
        });
    return count;
}

// Crash mode of this executable: renew one managed certificate again and again (the parent
// kills it at a random moment).
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
    CertificateManager manager(*store, service);
    const QString arn = qEnvironmentVariable("PRIVATECA_CRASH_CERTIFICATE");
    for (int renewed = 0;;) {
        manager.renewCertificate({arn});
        manager.waitForBackgroundWork();
        if (++renewed == 2) {
            fputs("ready\n", stdout);
            fflush(stdout);
        }
    }
}

} // namespace

class CertificateManagerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    std::unique_ptr<CertificateManager> acm;
    PrivateCaService &pca() { return engine->service(); }

    QString request(const QString &caArn, const QString &domain = QStringLiteral("www.example.com"),
                    KeyAlgorithm key = KeyAlgorithm::EC_prime256v1,
                    const QStringList &names = {QStringLiteral("api.example.com")})
    {
        RequestCertificateRequest r;
        r.domainName = domain;
        r.certificateAuthorityArn = caArn;
        r.keyAlgorithm = key;
        if (!names.isEmpty())
            r.subjectAlternativeNames = names;
        const QString arn = *acm->requestCertificate(r).certificateArn;
        acm->waitForBackgroundWork();
        return arn;
    }

    CertificateDetail describe(const QString &arn)
    {
        return *acm->describeCertificate({arn}).certificate;
    }

    // Moves the clock to `days` before the certificate's NotAfter.
    void goToDaysBefore(const QString &arn, qint64 days)
    {
        const qint64 notAfter = describe(arn).notAfter->toMSecsSinceEpoch();
        engine->clock().setNowMs(notAfter - days * kDay);
    }

private Q_SLOTS:
    void init()
    {
        engine = std::make_unique<TestEngine>();
        acm = std::make_unique<CertificateManager>(engine->store(), engine->service());
    }
    void cleanup()
    {
        acm.reset();
        engine.reset();
    }

    void requestIssuesAPrivateCertificateThroughTheCa()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("ACM Root"));
        const QString arn = request(root);
        QVERIFY(arn.startsWith(QStringLiteral("arn:aws:acm:us-east-1:123456789012:certificate/")));
        const CertificateDetail d = describe(arn);
        QCOMPARE(d.status, CertificateStatus::ISSUED);
        QCOMPARE(d.type, CertificateType::PRIVATE);
        QCOMPARE(*d.certificateAuthorityArn, root);
        QCOMPARE(d.domainName, QStringLiteral("www.example.com"));
        QCOMPARE(*d.subjectAlternativeNames, (QList<QString>{QStringLiteral("www.example.com"),
                                                             QStringLiteral("api.example.com")}));
        QCOMPARE(d.keyAlgorithm, KeyAlgorithm::EC_prime256v1);
        QCOMPARE(d.renewalEligibility, RenewalEligibility::ELIGIBLE);
        QCOMPARE(d.subject, QStringLiteral("CN=www.example.com"));
        QCOMPARE(d.signatureAlgorithm, QStringLiteral("SHA256WITHECDSA"));
        QVERIFY(d.inUseBy && d.inUseBy->isEmpty());
        QVERIFY(!d.renewalSummary);
        // 13 months: 395 days from NotBefore's hour before issue.
        const qint64 validity = d.notAfter->toMSecsSinceEpoch() - engine->clock().nowMs();
        QVERIFY2(qAbs(validity - 395 * kDay) < 2 * 60 * 60 * 1000,
                 qPrintable(QString::number(validity)));
        // The waiter's view: every domain SUCCESS.
        QCOMPARE(d.domainValidationOptions->size(), 2);
        for (const DomainValidation &v : *d.domainValidationOptions)
            QCOMPARE(v.validationStatus, DomainStatus::SUCCESS);
        // ACM's private certificate shape (EndEntityCertificate/V1).
        QList<KeyUsageName> usages;
        for (const KeyUsage &u : *d.keyUsages)
            usages << *u.name;
        QCOMPARE(usages, (QList<KeyUsageName>{KeyUsageName::DIGITAL_SIGNATURE,
                                              KeyUsageName::KEY_ENCIPHERMENT}));
        QCOMPARE(d.extendedKeyUsages->size(), 2);
        QCOMPARE(d.extendedKeyUsages->at(0).name,
                 ExtendedKeyUsageName::TLS_WEB_SERVER_AUTHENTICATION);
        QCOMPARE(d.extendedKeyUsages->at(1).name,
                 ExtendedKeyUsageName::TLS_WEB_CLIENT_AUTHENTICATION);

        // In the CA's inventory, issued by acm.amazonaws.com, and audited so.
        QCOMPARE(acmIssued(*engine, root), 1);
        bool audited = false;
        engine->store().reader().forEachAuditEvent([&](const store::AuditEvent &e) {
            audited = audited || (e.action == QLatin1String("IssueCertificate") &&
                                  e.detail.contains(QLatin1String("acm.amazonaws.com")));
        });
        QVERIFY(audited);
        // The CA's audit report names acm.amazonaws.com as the requester.
        api::CreateCertificateAuthorityAuditReportRequest report;
        report.certificateAuthorityArn = root;
        report.s3BucketName = QStringLiteral("acm-audit");
        const auto created = pca().createCertificateAuthorityAuditReport(report);
        pca().waitForBackgroundWork();
        const auto object = pca().getObject(QStringLiteral("acm-audit"), *created.s3Key);
        QVERIFY(object);
        int byAcm = 0;
        for (const QJsonValue &row : QJsonDocument::fromJson(object->content).array()) {
            const bool managed =
                row.toObject().value(QStringLiteral("serial")).toString() == d.serial->toLower();
            QCOMPARE(row.toObject().value(QStringLiteral("requestedByServicePrincipal")),
                     managed ? QJsonValue(QStringLiteral("acm.amazonaws.com"))
                             : QJsonValue(QJsonValue::Undefined));
            byAcm += managed;
        }
        QCOMPARE(byAcm, 1); // the root's own certificate is the other row

        // GetCertificate: the certificate and a chain that verifies it.
        const GetCertificateResponse got = acm->getCertificate({arn});
        const QString dir = engine->directory();
        writeFile(dir, QStringLiteral("leaf.pem"), got.certificate->toLatin1());
        writeFile(dir, QStringLiteral("chain.pem"), got.certificateChain->toLatin1());
        QByteArray out;
        QByteArray err;
        QCOMPARE(runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                             dir + QStringLiteral("/chain.pem"), dir + QStringLiteral("/leaf.pem")},
                            &out, &err),
                 0);
    }

    void exportedKeyDecryptsWithThePassphrase()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("ACM Root"));
        const QString arn =
            request(root, QStringLiteral("export.example.com"), KeyAlgorithm::RSA_2048, {});
        const ExportCertificateResponse exported = acm->exportCertificate({arn, "p4ssw0rd!"});
        QVERIFY(exported.privateKey->startsWith(
            QStringLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----")));
        const QString dir = engine->directory();
        writeFile(dir, QStringLiteral("key.pem"), exported.privateKey->toLatin1());
        QByteArray clear;
        QCOMPARE(runOpenssl({QStringLiteral("pkcs8"), QStringLiteral("-in"),
                             dir + QStringLiteral("/key.pem"), QStringLiteral("-passin"),
                             QStringLiteral("pass:p4ssw0rd!")},
                            &clear),
                 0);
        QByteArray keyPublic;
        QByteArray certPublic;
        runOpenssl({QStringLiteral("pkey"), QStringLiteral("-pubout")}, &keyPublic, nullptr, clear);
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-pubkey")},
                   &certPublic, nullptr, exported.certificate->toLatin1());
        QCOMPARE(keyPublic, certPublic);
        // The wrong passphrase does not decrypt it.
        QVERIFY(runOpenssl({QStringLiteral("pkcs8"), QStringLiteral("-in"),
                            dir + QStringLiteral("/key.pem"), QStringLiteral("-passin"),
                            QStringLiteral("pass:wrong")}) != 0);
        // The summary says it was exported; the CA's audit trail records the export.
        ListCertificatesRequest list;
        const auto all = acm->listCertificates(list).certificateSummaryList.value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().exported, true);
        // Too short a passphrase is the model's ValidationException.
        PCA_EXPECT_ERROR(errors::Validation, acm->exportCertificate({arn, "abc"}));

        // The desktop's PKCS#12 export: openssl reads the key and both certificates with the
        // password.
        writeFile(dir, QStringLiteral("export.p12"), acm->exportPkcs12(arn, "p12 password"));
        QByteArray contents;
        QCOMPARE(runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"),
                             dir + QStringLiteral("/export.p12"), QStringLiteral("-passin"),
                             QStringLiteral("pass:p12 password"), QStringLiteral("-nodes")},
                            &contents),
                 0);
        QCOMPARE(contents.count("BEGIN CERTIFICATE"), 2);
        QVERIFY(contents.contains("BEGIN PRIVATE KEY"));
        PCA_EXPECT_ERROR(errors::Validation, acm->exportPkcs12(arn, "abc"));
    }

    void keyAlgorithms_data()
    {
        QTest::addColumn<int>("algorithm");
        for (const KeyAlgorithm key :
             {KeyAlgorithm::RSA_2048, KeyAlgorithm::RSA_3072, KeyAlgorithm::EC_prime256v1,
              KeyAlgorithm::EC_secp384r1, KeyAlgorithm::EC_secp521r1})
            QTest::newRow(qPrintable(api::enumName(key))) << int(key);
    }

    void keyAlgorithms()
    {
        QFETCH(int, algorithm);
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QString arn =
            request(root, QStringLiteral("k.example.com"), KeyAlgorithm(algorithm), {});
        const CertificateDetail d = describe(arn);
        QCOMPARE(d.status, CertificateStatus::ISSUED);
        QCOMPARE(d.keyAlgorithm, KeyAlgorithm(algorithm));
    }

    void requestsAcmRefuses()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        RequestCertificateRequest r;
        r.domainName = QStringLiteral("www.example.com");
        // A public certificate: no CA.
        PCA_EXPECT_ERROR(errors::InvalidParameter, acm->requestCertificate(r));
        r.certificateAuthorityArn = root;
        r.keyAlgorithm = KeyAlgorithm::RSA_1024;
        PCA_EXPECT_ERROR(errors::InvalidParameter, acm->requestCertificate(r));
        r.keyAlgorithm.reset();
        r.validationMethod = ValidationMethod::DNS;
        PCA_EXPECT_ERROR(errors::InvalidParameter, acm->requestCertificate(r));
        r.validationMethod.reset();
        r.domainName = QStringLiteral("not a domain");
        PCA_EXPECT_ERROR(errors::Validation, acm->requestCertificate(r));
        r.domainName = QStringLiteral("ok.example.com");
        r.certificateAuthorityArn = QStringLiteral("arn:aws:s3:::bucket-name-of-twenty");
        PCA_EXPECT_ERROR(errors::InvalidArn, acm->requestCertificate(r));
        r.certificateAuthorityArn = root;
        r.subjectAlternativeNames = QList<QString>{QStringLiteral("-bad-.example.com")};
        PCA_EXPECT_ERROR(errors::Validation, acm->requestCertificate(r));
        // Nothing of these was stored.
        QCOMPARE(acm->listForDisplay().size(), 0);
    }

    void issuanceFailsWithAcmsReason()
    {
        const QString disabled = engine->createActiveRoot(QStringLiteral("Disabled"));
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = disabled;
        update.status = api::CertificateAuthorityStatus::DISABLED;
        pca().updateCertificateAuthority(update);
        QCOMPARE(describe(request(disabled)).failureReason, FailureReason::PCA_INVALID_STATE);
        QCOMPARE(describe(request(disabled)).status, CertificateStatus::FAILED);

        const QString missing = disabled.left(disabled.size() - 36) +
                                QStringLiteral("11111111-2222-3333-4444-555555555555");
        QCOMPARE(describe(request(missing)).failureReason, FailureReason::PCA_RESOURCE_NOT_FOUND);

        // A CA that expires in a year cannot carry 395 days.
        const QString shortLived =
            engine->createActiveRoot(QStringLiteral("Short"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 1);
        const QString arn = request(shortLived);
        QCOMPARE(describe(arn).failureReason, FailureReason::PCA_INVALID_DURATION);
        PCA_EXPECT_ERROR(errors::InvalidState, acm->getCertificate({arn}));
        // The waiter's failure state.
        QCOMPARE(describe(arn).domainValidationOptions->first().validationStatus,
                 DomainStatus::FAILED);
    }

    void renewalNeedsTheGrant()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Renewing Root"));
        const QString arn = request(root);
        const CertificateDetail before = describe(arn);

        // Outside the 60-day window: nothing happens.
        goToDaysBefore(arn, 61);
        QCOMPARE(acm->runMaintenance(), 0);
        QVERIFY(!describe(arn).renewalSummary);

        // Inside it, without the permission: FAILED, PCA_ACCESS_DENIED; the version stays.
        goToDaysBefore(arn, 59);
        QCOMPARE(acm->runMaintenance(), 0);
        CertificateDetail d = describe(arn);
        QCOMPARE(d.renewalSummary->renewalStatus, RenewalStatus::FAILED);
        QCOMPARE(d.renewalSummary->renewalStatusReason, FailureReason::PCA_ACCESS_DENIED);
        QCOMPARE(d.serial, before.serial);
        QCOMPARE(d.status, CertificateStatus::ISSUED);

        // A partial grant is no grant.
        grant(pca(), root, {api::ActionType::IssueCertificate, api::ActionType::GetCertificate});
        QCOMPARE(acm->runMaintenance(), 0);
        QCOMPARE(describe(arn).renewalSummary->renewalStatusReason,
                 FailureReason::PCA_ACCESS_DENIED);
        QCOMPARE(acmIssued(*engine, root), 1);

        // The checkbox: all three. The next run renews: same ARN, new serial and dates.
        revokeGrant(pca(), root);
        grant(pca(), root);
        QCOMPARE(acm->runMaintenance(), 1);
        d = describe(arn);
        QCOMPARE(d.renewalSummary->renewalStatus, RenewalStatus::SUCCESS);
        QVERIFY(!d.renewalSummary->renewalStatusReason);
        QVERIFY(d.serial != before.serial);
        QVERIFY(*d.notAfter > *before.notAfter);
        QCOMPARE(d.certificateArn, before.certificateArn);
        QCOMPARE(acmIssued(*engine, root), 2);
        // Renewed: out of the window again, so the next run does nothing.
        QCOMPARE(acm->runMaintenance(), 0);
    }

    // A partner account's ACM (issue 17) reaches a CA of the store only through the CA's
    // resource policy: without it, issuance and renewal fail with PCA_ACCESS_DENIED; with it
    // they succeed; and the certificate is the partner's, not the store account's.
    void partnerAccountNeedsTheCasResourcePolicy()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Shared Root"));
        const Caller partner = Caller::administratorOf(QStringLiteral("111122223333"));
        QString refused;
        {
            CallerScope scope(partner);
            refused = request(root);
            QVERIFY(refused.contains(QLatin1String(":111122223333:certificate/")));
            const CertificateDetail d = describe(refused);
            QCOMPARE(d.status, CertificateStatus::FAILED);
            QCOMPARE(d.failureReason, FailureReason::PCA_ACCESS_DENIED);
        }
        QCOMPARE(acmIssued(*engine, root), 0);
        // Not the store account's certificate.
        const auto mine = acm->listCertificates({}).certificateSummaryList;
        QVERIFY(!mine || mine->isEmpty());

        api::PutPolicyRequest put;
        put.resourceArn = root;
        put.policy =
            QStringLiteral(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":["
                "\"acm-pca:IssueCertificate\",\"acm-pca:GetCertificate\"],\"Resource\":\"%1\"}]}")
                .arg(root);
        pca().putPolicy(put);
        QString arn;
        {
            CallerScope scope(partner);
            arn = request(root);
            QCOMPARE(describe(arn).status, CertificateStatus::ISSUED);
            goToDaysBefore(arn, 59);
        }
        QCOMPARE(acmIssued(*engine, root), 1);
        // Managed renewal runs as ACM, for the partner: the policy allows it.
        QCOMPARE(acm->runMaintenance(), 1);
        {
            CallerScope scope(partner);
            QCOMPARE(describe(arn).renewalSummary->renewalStatus, RenewalStatus::SUCCESS);
            goToDaysBefore(arn, 59);
        }
        // Without the policy the next renewal fails with ACM's reason; the version stays.
        pca().deletePolicy({root});
        QCOMPARE(acm->runMaintenance(), 0);
        {
            CallerScope scope(partner);
            const CertificateDetail d = describe(arn);
            QCOMPARE(d.renewalSummary->renewalStatus, RenewalStatus::FAILED);
            QCOMPARE(d.renewalSummary->renewalStatusReason, FailureReason::PCA_ACCESS_DENIED);
        }
        QCOMPARE(acmIssued(*engine, root), 2);
    }

    void renewalFailsWhenTheCaCannotIssue()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        grant(pca(), root);
        const QString arn = request(root);
        goToDaysBefore(arn, 30);
        api::UpdateCertificateAuthorityRequest update;
        update.certificateAuthorityArn = root;
        update.status = api::CertificateAuthorityStatus::DISABLED;
        pca().updateCertificateAuthority(update);
        acm->runMaintenance();
        QCOMPARE(describe(arn).renewalSummary->renewalStatusReason,
                 FailureReason::PCA_INVALID_STATE);
        // Deleted: PCA_RESOURCE_NOT_FOUND.
        api::DeleteCertificateAuthorityRequest remove;
        remove.certificateAuthorityArn = root;
        pca().deleteCertificateAuthority(remove);
        acm->runMaintenance();
        QCOMPARE(describe(arn).renewalSummary->renewalStatusReason,
                 FailureReason::PCA_RESOURCE_NOT_FOUND);
        // Restored and enabled: the next run succeeds.
        pca().restoreCertificateAuthority({root});
        update.status = api::CertificateAuthorityStatus::ACTIVE;
        pca().updateCertificateAuthority(update);
        QCOMPARE(acm->runMaintenance(), 1);
        QCOMPARE(describe(arn).renewalSummary->renewalStatus, RenewalStatus::SUCCESS);
    }

    void renewalFailsWhenTheCaExpiresTooSoon()
    {
        const QString root =
            engine->createActiveRoot(QStringLiteral("Two years"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 2);
        grant(pca(), root);
        const QString arn = request(root);
        // 30 days before NotAfter, the CA has about 12 months left: less than 395 days.
        goToDaysBefore(arn, 30);
        QCOMPARE(acm->runMaintenance(), 0);
        QCOMPARE(describe(arn).renewalSummary->renewalStatusReason,
                 FailureReason::PCA_INVALID_DURATION);
    }

    void renewCertificateRenewsNow()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QString arn = request(root);
        const QString serial = *describe(arn).serial;
        acm->renewCertificate({arn});
        acm->waitForBackgroundWork();
        QCOMPARE(describe(arn).renewalSummary->renewalStatusReason,
                 FailureReason::PCA_ACCESS_DENIED);
        grant(pca(), root);
        // The request stands until it succeeds: the next maintenance run renews.
        QCOMPARE(acm->runMaintenance(), 1);
        QVERIFY(*describe(arn).serial != serial);
        QCOMPARE(describe(arn).renewalSummary->renewalStatus, RenewalStatus::SUCCESS);
        // Imported certificates are not renewed.
        PCA_EXPECT_ERROR(
            errors::ResourceNotFound,
            acm->renewCertificate({arn.left(arn.size() - 36) +
                                   QStringLiteral("11111111-2222-3333-4444-555555555555")}));
    }

    void twoEnginesRenewExactlyOnce()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Shared Root"));
        grant(pca(), root);
        QStringList arns;
        for (int i = 0; i < 4; ++i)
            arns << request(root, QStringLiteral("host%1.example.com").arg(i));
        goToDaysBefore(arns.first(), 10);
        // A second engine on the same store, as a second process would have.
        auto otherStore = store::SqlStore::open(engine->storeOptions(), kTestPassphrase);
        PrivateCaService otherService(*otherStore, engine->clock());
        CertificateManager other(*otherStore, otherService);
        int here = 0;
        int there = 0;
        std::thread a([&] { here = acm->runMaintenance(); });
        std::thread b([&] { there = other.runMaintenance(); });
        a.join();
        b.join();
        QCOMPARE(here + there, 4);
        QCOMPARE(acmIssued(*engine, root), 8); // 4 first versions and 4 renewals, no more
        for (const QString &arn : arns)
            QCOMPARE(describe(arn).renewalSummary->renewalStatus, RenewalStatus::SUCCESS);
    }

    void crashDuringRenewalLeavesWholeVersions()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Crash Root"));
        grant(pca(), root);
        const QString arn = request(root);
        const QString dir = engine->directory();
        for (int round = 0; round < 3; ++round) {
            acm.reset();
            engine->reopen();
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PRIVATECA_CRASH_CERTIFICATE"), arn);
            env.insert(QStringLiteral("PRIVATECA_CRASH_CONNECT_OPTIONS"),
                       engine->storeOptions().connectOptions);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--crash-child"), dir});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(60000));
            QThread::msleep(QRandomGenerator::global()->bounded(20, 300));
            child.kill();
            QVERIFY(child.waitForFinished());
            engine->reopen();
            acm = std::make_unique<CertificateManager>(engine->store(), engine->service());
            // Every version stored is one certificate the CA issued to ACM, and the other way
            // round: no renewal left half done.
            const store::ManagedCertificateReader reader(engine->store().reader());
            const auto record = reader.find(arn.section(QLatin1Char('/'), -1));
            QVERIFY(record);
            QCOMPARE(acmIssued(*engine, root), record->version);
            QVERIFY(engine->store().reader().findCertificate(record->caId, record->serial));
            const auto verification = pca().verifyAuditTrail();
            QVERIFY2(verification.intact, qPrintable(verification.problem));
        }
    }

    void listFiltersAndPages()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        for (int i = 0; i < 5; ++i) {
            request(root, QStringLiteral("rsa%1.example.com").arg(i), KeyAlgorithm::RSA_2048, {});
            engine->clock().advanceMs(1000); // creation order is the listing order
        }
        request(root, QStringLiteral("ec.example.com"), KeyAlgorithm::EC_prime256v1, {});
        ListCertificatesRequest list;
        // ACM's default: RSA_1024 and RSA_2048 only.
        QCOMPARE(acm->listCertificates(list).certificateSummaryList->size(), 5);
        list.includes = Filters{};
        list.includes->keyTypes =
            QList<KeyAlgorithm>{KeyAlgorithm::EC_prime256v1, KeyAlgorithm::RSA_2048};
        QCOMPARE(acm->listCertificates(list).certificateSummaryList->size(), 6);
        list.maxItems = 4;
        const ListCertificatesResponse first = acm->listCertificates(list);
        QCOMPARE(first.certificateSummaryList->size(), 4);
        QVERIFY(first.nextToken);
        list.nextToken = first.nextToken;
        const ListCertificatesResponse second = acm->listCertificates(list);
        QCOMPARE(second.certificateSummaryList->size(), 2);
        QVERIFY(!second.nextToken);
        list.nextToken = QStringLiteral("forged");
        PCA_EXPECT_ERROR(errors::InvalidArgs, acm->listCertificates(list));
        list.nextToken.reset();
        list.maxItems.reset();
        list.certificateStatuses = QList<CertificateStatus>{CertificateStatus::FAILED};
        QCOMPARE(acm->listCertificates(list).certificateSummaryList->size(), 0);
        list.certificateStatuses.reset();
        list.sortOrder = SortOrder::DESCENDING;
        const auto newestFirst = *acm->listCertificates(list).certificateSummaryList;
        QCOMPARE(newestFirst.size(), 6);
        QCOMPARE(*newestFirst.first().domainName, QStringLiteral("ec.example.com"));
    }

    void tagsDeleteOptionsAndAccount()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QString arn = request(root);
        acm->addTagsToCertificate({arn,
                                   {api::Tag{QStringLiteral("team"), QStringLiteral("pki")},
                                    api::Tag{QStringLiteral("env"), QStringLiteral("prod")}}});
        QCOMPARE(acm->listTagsForCertificate({arn}).tags->size(), 2);
        acm->removeTagsFromCertificate(
            {arn, {api::Tag{QStringLiteral("env"), QStringLiteral("dev")}}});
        QCOMPARE(acm->listTagsForCertificate({arn}).tags->size(), 2); // value did not match
        acm->removeTagsFromCertificate({arn, {api::Tag{QStringLiteral("env"), std::nullopt}}});
        QCOMPARE(acm->listTagsForCertificate({arn}).tags->size(), 1);
        PCA_EXPECT_ERROR(
            errors::InvalidTag,
            acm->addTagsToCertificate({arn, {api::Tag{QStringLiteral("aws:x"), QString()}}}));
        QList<api::Tag> many;
        for (int i = 0; i < 50; ++i)
            many << api::Tag{QStringLiteral("k%1").arg(i), QString()};
        PCA_EXPECT_ERROR(errors::TooManyTags, acm->addTagsToCertificate({arn, many}));

        UpdateCertificateOptionsRequest options;
        options.certificateArn = arn;
        options.options.certificateTransparencyLoggingPreference =
            CertificateTransparencyLoggingPreference::DISABLED;
        acm->updateCertificateOptions(options);
        QCOMPARE(describe(arn).options->certificateTransparencyLoggingPreference,
                 CertificateTransparencyLoggingPreference::DISABLED);

        PCA_EXPECT_ERROR(errors::InvalidState,
                         acm->resendValidationEmail({arn, QStringLiteral("www.example.com"),
                                                     QStringLiteral("example.com")}));

        // Account configuration: DaysBeforeExpiry, idempotent for an hour per token.
        QCOMPARE(acm->getAccountConfiguration({}).expiryEvents->daysBeforeExpiry, 45);
        acm->putAccountConfiguration({ExpiryEventsConfiguration{30}, QStringLiteral("token1")});
        QCOMPARE(acm->daysBeforeExpiry(), 30);
        acm->putAccountConfiguration({ExpiryEventsConfiguration{20}, QStringLiteral("token1")});
        QCOMPARE(acm->daysBeforeExpiry(), 30); // the same request again
        PCA_EXPECT_ERROR(
            errors::Validation,
            acm->putAccountConfiguration({ExpiryEventsConfiguration{46}, QStringLiteral("t2")}));

        acm->deleteCertificate({arn});
        PCA_EXPECT_ERROR(errors::ResourceNotFound, acm->describeCertificate({arn}));
        // The CA keeps what it issued.
        QCOMPARE(acmIssued(*engine, root), 1);
    }

    void idempotentRequests()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        RequestCertificateRequest r;
        r.domainName = QStringLiteral("same.example.com");
        r.certificateAuthorityArn = root;
        r.idempotencyToken = QStringLiteral("abc123");
        const QString first = *acm->requestCertificate(r).certificateArn;
        QCOMPARE(*acm->requestCertificate(r).certificateArn, first);
        engine->clock().advanceMs(61 * 60 * 1000); // tokens last an hour
        QVERIFY(*acm->requestCertificate(r).certificateArn != first);
        acm->waitForBackgroundWork();
    }

    void importedCertificatesAreNotRenewed()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const auto [csr, key] = makeCsr({QStringLiteral("imported.example.com"),
                                         {QStringLiteral("imported.example.com")},
                                         {},
                                         QStringLiteral("RSA")});
        const QString certArn = engine->issue(root, QStringLiteral("imported.example.com"));
        Q_UNUSED(certArn)
        api::IssueCertificateRequest issue;
        issue.certificateAuthorityArn = root;
        issue.csr = csr;
        issue.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        issue.validity = {100, api::ValidityPeriodType::DAYS};
        const QString issued = *pca().issueCertificate(issue).certificateArn;
        const QByteArray pem = engine->certificatePem(root, issued);
        ImportCertificateRequest import;
        import.certificate = pem;
        import.privateKey = key;
        const QString arn = *acm->importCertificate(import).certificateArn;
        CertificateDetail d = describe(arn);
        QCOMPARE(d.type, CertificateType::IMPORTED);
        QCOMPARE(d.renewalEligibility, RenewalEligibility::INELIGIBLE);
        QCOMPARE(d.keyAlgorithm, KeyAlgorithm::RSA_2048);
        QCOMPARE(d.domainName, QStringLiteral("imported.example.com"));
        QVERIFY(d.importedAt);
        PCA_EXPECT_ERROR(errors::Validation, acm->renewCertificate({arn}));
        PCA_EXPECT_ERROR(errors::Validation, acm->exportCertificate({arn, "passphrase"}));
        // A key that does not match.
        import.privateKey = makeCsr().second;
        PCA_EXPECT_ERROR(errors::Validation, acm->importCertificate(import));
        // An encrypted key is refused, never prompted for.
        import.privateKey =
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n";
        PCA_EXPECT_ERROR(errors::Validation, acm->importCertificate(import));
        // Re-import keeps the ARN; tags are not allowed then.
        import.privateKey = key;
        import.certificateArn = arn;
        QCOMPARE(*acm->importCertificate(import).certificateArn, arn);
        import.tags = QList<api::Tag>{api::Tag { QStringLiteral("a"), QString() }};
        PCA_EXPECT_ERROR(errors::InvalidParameter, acm->importCertificate(import));
    }

    void revokedAndExpiredAreReported()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QString arn = request(root);
        api::RevokeCertificateRequest revoke;
        revoke.certificateAuthorityArn = root;
        revoke.certificateSerial = describe(arn).serial->remove(QLatin1Char(':'));
        revoke.revocationReason = api::RevocationReason::SUPERSEDED;
        pca().revokeCertificate(revoke);
        CertificateDetail d = describe(arn);
        QCOMPARE(d.status, CertificateStatus::REVOKED);
        QCOMPARE(d.revocationReason, RevocationReason::SUPERCEDED);
        QVERIFY(d.revokedAt);

        const QString other = request(root, QStringLiteral("other.example.com"));
        engine->clock().setNowMs(describe(other).notAfter->toMSecsSinceEpoch() + kDay);
        QCOMPARE(describe(other).status, CertificateStatus::EXPIRED);
    }

    void dependentsOfTheGrant()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QString a = request(root, QStringLiteral("a.example.com"));
        request(root, QStringLiteral("b.example.com"));
        const AcmDependents dependents = acm->dependentsOf(root);
        QCOMPARE(dependents.certificates, 2);
        QCOMPARE(dependents.domains.size(), 2);
        QVERIFY(dependents.nextRenewal);
        QCOMPARE(*dependents.nextRenewal, describe(a).notAfter->toMSecsSinceEpoch() - 60 * kDay);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--crash-child") == 0) {
        QCoreApplication app(argc, argv);
        return crashChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    CertificateManagerTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_certificate_manager.moc"

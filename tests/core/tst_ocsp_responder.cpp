// The OCSP responder's pre-produced responses (issue 19): one signed response per certificate
// status, served until it nears its nextUpdate, replaced at once when the certificate is
// revoked or the CA changes (also by another engine sharing the store), bounded in memory,
// never grown by unknown serials or foreign issuers; O(1) issuer lookup for SHA-1 and SHA-256
// CertIDs; key use audited in batches. Responses are read with OpenSSL's OCSP API.
#include "TestEngine.h"
#include "service/OcspResponseCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <openssl/ocsp.h>
#include <openssl/pem.h>

#include <vector>

using namespace pca;
using namespace pca::test;
using api::RevocationReason;

namespace {

template <auto FreeFn>
struct Free
{
    template <typename T>
    void operator()(T *p) const
    {
        FreeFn(p);
    }
};
using X509Ptr = std::unique_ptr<X509, Free<X509_free>>;
using CertIdPtr = std::unique_ptr<OCSP_CERTID, Free<OCSP_CERTID_free>>;
using RequestPtr = std::unique_ptr<OCSP_REQUEST, Free<OCSP_REQUEST_free>>;
using ResponsePtr = std::unique_ptr<OCSP_RESPONSE, Free<OCSP_RESPONSE_free>>;
using BasicPtr = std::unique_ptr<OCSP_BASICRESP, Free<OCSP_BASICRESP_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Free<X509_STORE_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, Free<ASN1_INTEGER_free>>;

void freeStack(STACK_OF(X509) * s)
{
    sk_X509_free(s);
}
using StackPtr = std::unique_ptr<STACK_OF(X509), Free<freeStack>>;

X509Ptr x509(const QByteArray &pem)
{
    std::unique_ptr<BIO, Free<BIO_free>> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray encode(OCSP_REQUEST *request)
{
    const int length = i2d_OCSP_REQUEST(request, nullptr);
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_OCSP_REQUEST(request, &p);
    return out;
}

// A request for one CertID (owned by the caller until added).
QByteArray requestFor(OCSP_CERTID *id, bool nonce = false)
{
    RequestPtr request(OCSP_REQUEST_new());
    OCSP_request_add0_id(request.get(), OCSP_CERTID_dup(id));
    if (nonce)
        OCSP_request_add1_nonce(request.get(), nullptr, 16);
    return encode(request.get());
}

// What a response says, after checking its signature against the issuer.
struct Answer
{
    int responseStatus = -1;
    int certStatus = -1;
    int reason = -1;
    bool signatureOk = false;
    bool hasNonce = false;
    qint64 thisUpdate = 0;
    qint64 nextUpdate = 0;
};

qint64 msOf(const ASN1_GENERALIZEDTIME *t)
{
    tm parts{};
    if (!t || ASN1_TIME_to_tm(t, &parts) != 1)
        return 0;
    return qint64(timegm(&parts)) * 1000;
}

Answer read(const QByteArray &der, OCSP_CERTID *id, X509 *issuer)
{
    Answer answer;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ResponsePtr response(d2i_OCSP_RESPONSE(nullptr, &p, der.size()));
    if (!response)
        return answer;
    answer.responseStatus = OCSP_response_status(response.get());
    if (answer.responseStatus != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return answer;
    BasicPtr basic(OCSP_response_get1_basic(response.get()));
    StackPtr certs(sk_X509_new_null());
    sk_X509_push(certs.get(), issuer);
    StorePtr store(X509_STORE_new());
    X509_STORE_add_cert(store.get(), issuer);
    answer.signatureOk =
        OCSP_basic_verify(basic.get(), certs.get(), store.get(), OCSP_TRUSTOTHER) == 1;
    answer.hasNonce = OCSP_BASICRESP_get_ext_by_NID(basic.get(), NID_id_pkix_OCSP_Nonce, -1) >= 0;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr;
    ASN1_GENERALIZEDTIME *thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME *nextUpdate = nullptr;
    if (OCSP_resp_find_status(basic.get(), id, &answer.certStatus, &answer.reason, &revokedAt,
                              &thisUpdate, &nextUpdate) != 1)
        answer.certStatus = -1;
    answer.thisUpdate = msOf(thisUpdate);
    answer.nextUpdate = msOf(nextUpdate);
    return answer;
}

QString serialOf(const QString &certificateArn)
{
    return certificateArn.mid(certificateArn.lastIndexOf(QLatin1Char('/')) + 1);
}

api::RevocationConfiguration ocspOn()
{
    api::OcspConfiguration ocsp;
    ocsp.enabled = true;
    api::RevocationConfiguration config;
    config.ocspConfiguration = ocsp;
    return config;
}

int countAudited(store::SqlStore &store, const QString &action, qint64 *lastCount = nullptr)
{
    int events = 0;
    store.reader().forEachAuditEvent([&](const store::AuditEvent &e) {
        if (e.action == action) {
            ++events;
            if (lastCount) {
                *lastCount = QJsonDocument::fromJson(e.detail.toUtf8())
                                 .object()
                                 .value(QStringLiteral("count"))
                                 .toInteger();
            }
        }
    });
    return events;
}

} // namespace

class OcspResponderTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    PrivateCaService &svc() { return engine->service(); }

    struct Leaf
    {
        QString caArn;
        QString arn;
        X509Ptr certificate;
        X509Ptr issuer;
        CertIdPtr id; // SHA-1 CertID
    };

    X509Ptr caCertificate(const QString &caArn)
    {
        return x509(svc().getCertificateAuthorityCertificate({caArn}).certificate->toLatin1());
    }

    Leaf issueLeaf(const QString &caArn, const QString &name)
    {
        Leaf leaf;
        leaf.caArn = caArn;
        leaf.arn = engine->issue(caArn, name);
        leaf.certificate = x509(engine->certificatePem(caArn, leaf.arn));
        leaf.issuer = caCertificate(caArn);
        leaf.id.reset(OCSP_cert_to_id(EVP_sha1(), leaf.certificate.get(), leaf.issuer.get()));
        return leaf;
    }

    Answer ask(const Leaf &leaf, QByteArray *raw = nullptr, bool nonce = false)
    {
        const QByteArray response = svc().answerOcspRequest(requestFor(leaf.id.get(), nonce));
        if (raw)
            *raw = response;
        return read(response, leaf.id.get(), leaf.issuer.get());
    }

    void revokeBehindTheEnginesBack(const QString &serial)
    {
        {
            QSqlDatabase db = engine->openSideConnection(QStringLiteral("other"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ?, revocation_reason = "
                                     "'KEY_COMPROMISE' WHERE serial = ?"));
            q.addBindValue(engine->clock().nowMs() - 1000);
            q.addBindValue(serial);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

private Q_SLOTS:
    void init() { engine = std::make_unique<TestEngine>(); }
    void cleanup() { engine.reset(); }

    void preProducedUntilRevoked()
    {
        const QString ca =
            engine->createActiveRoot(QStringLiteral("OCSP Root"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        const Leaf leaf = issueLeaf(ca, QStringLiteral("a.example.com"));
        QByteArray first;
        Answer answer = ask(leaf, &first);
        QVERIFY(answer.signatureOk);
        QCOMPARE(answer.certStatus, V_OCSP_CERTSTATUS_GOOD);
        // The same signed bytes for everyone, with or without a nonce (none is echoed).
        QByteArray again;
        answer = ask(leaf, &again, true);
        QCOMPARE(again, first);
        QVERIFY(!answer.hasNonce);
        QCOMPARE(svc().ocspStatistics().signatures, qint64(1));

        engine->clock().advanceSeconds(5);
        svc().revokeCertificate({ca, serialOf(leaf.arn), RevocationReason::KEY_COMPROMISE});
        QByteArray revoked;
        answer = ask(leaf, &revoked);
        QVERIFY(answer.signatureOk);
        QCOMPARE(answer.certStatus, V_OCSP_CERTSTATUS_REVOKED);
        QCOMPARE(answer.reason, OCSP_REVOKED_STATUS_KEYCOMPROMISE);
        QVERIFY(revoked != first);
        QCOMPARE(ask(leaf).certStatus, V_OCSP_CERTSTATUS_REVOKED);
        QCOMPARE(svc().ocspStatistics().signatures, qint64(2));
    }

    void revocationByAnotherWriterIsHonoured()
    {
        // Another process sharing the store revokes: the next answer says so, although a
        // "good" response was pre-produced.
        const QString ca = engine->createActiveRoot(
            QStringLiteral("Shared Root"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        const Leaf leaf = issueLeaf(ca, QStringLiteral("shared.example.com"));
        QByteArray good;
        QCOMPARE(ask(leaf, &good).certStatus, V_OCSP_CERTSTATUS_GOOD);
        QByteArray again;
        QCOMPARE(ask(leaf, &again).certStatus, V_OCSP_CERTSTATUS_GOOD);
        QCOMPARE(again, good);
        revokeBehindTheEnginesBack(serialOf(leaf.arn));
        const Answer answer = ask(leaf);
        QCOMPARE(answer.certStatus, V_OCSP_CERTSTATUS_REVOKED);
        QCOMPARE(answer.reason, OCSP_REVOKED_STATUS_KEYCOMPROMISE);
    }

    void caChangesTakeEffectAtOnce()
    {
        const QString ca = engine->createActiveRoot(
            QStringLiteral("Changing Root"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        const Leaf leaf = issueLeaf(ca, QStringLiteral("c.example.com"));
        QByteArray good;
        QCOMPARE(ask(leaf, &good).certStatus, V_OCSP_CERTSTATUS_GOOD);

        // OCSP turned off: no answer from the pre-produced response.
        api::UpdateCertificateAuthorityRequest off;
        off.certificateAuthorityArn = ca;
        api::RevocationConfiguration disabled;
        disabled.ocspConfiguration = api::OcspConfiguration{};
        off.revocationConfiguration = disabled;
        svc().updateCertificateAuthority(off);
        QCOMPARE(ask(leaf).responseStatus, int(OCSP_RESPONSE_STATUS_UNAUTHORIZED));

        // On again: the response still holds (same bytes: nothing it says changed).
        api::UpdateCertificateAuthorityRequest on = off;
        on.revocationConfiguration = ocspOn();
        svc().updateCertificateAuthority(on);
        QByteArray again;
        QCOMPARE(ask(leaf, &again).certStatus, V_OCSP_CERTSTATUS_GOOD);
        QCOMPARE(again, good);

        // Deleted: unauthorized at once.
        api::UpdateCertificateAuthorityRequest disable;
        disable.certificateAuthorityArn = ca;
        disable.status = api::CertificateAuthorityStatus::DISABLED;
        svc().updateCertificateAuthority(disable);
        QCOMPARE(ask(leaf).certStatus, V_OCSP_CERTSTATUS_GOOD); // DISABLED CAs still answer
        api::DeleteCertificateAuthorityRequest remove;
        remove.certificateAuthorityArn = ca;
        remove.permanentDeletionTimeInDays = 7;
        svc().deleteCertificateAuthority(remove);
        QCOMPARE(ask(leaf).responseStatus, int(OCSP_RESPONSE_STATUS_UNAUTHORIZED));
    }

    void refreshedNearNextUpdate()
    {
        const QString ca =
            engine->createActiveRoot(QStringLiteral("Fresh Root"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        const Leaf leaf = issueLeaf(ca, QStringLiteral("f.example.com"));
        QByteArray first;
        const Answer original = ask(leaf, &first);
        QCOMPARE(original.certStatus, V_OCSP_CERTSTATUS_GOOD);
        QCOMPARE(original.nextUpdate - original.thisUpdate, qint64(60 * 60 * 1000));

        engine->clock().advanceSeconds(44 * 60); // 16 minutes before nextUpdate
        QByteArray later;
        QCOMPARE(ask(leaf, &later).thisUpdate, original.thisUpdate);
        QCOMPARE(later, first);

        engine->clock().advanceSeconds(2 * 60); // 14 minutes before nextUpdate: re-signed
        QByteArray renewed;
        const Answer refreshed = ask(leaf, &renewed);
        QVERIFY(renewed != first);
        QVERIFY(refreshed.signatureOk);
        QCOMPARE(refreshed.certStatus, V_OCSP_CERTSTATUS_GOOD);
        QVERIFY(refreshed.thisUpdate >= original.thisUpdate + 46 * 60 * 1000 - 1000);
        QCOMPARE(svc().ocspStatistics().signatures, qint64(2));
    }

    void unknownForeignAndMalformedAreNotCached()
    {
        const QString ca = engine->createActiveRoot(
            QStringLiteral("Unknown Root"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        const Leaf leaf = issueLeaf(ca, QStringLiteral("u.example.com"));
        QCOMPARE(ask(leaf).certStatus, V_OCSP_CERTSTATUS_GOOD);
        QCOMPARE(svc().ocspStatistics().cachedResponses, qsizetype(1));

        // Serials the CA never issued: signed "unknown" answers, none kept.
        for (int i = 0; i < 40; ++i) {
            IntegerPtr serial(ASN1_INTEGER_new());
            ASN1_INTEGER_set_uint64(serial.get(), 0x1000000ULL + quint64(i));
            CertIdPtr id(OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(leaf.issuer.get()),
                                          X509_get0_pubkey_bitstr(leaf.issuer.get()),
                                          serial.get()));
            const Answer answer =
                read(svc().answerOcspRequest(requestFor(id.get())), id.get(), leaf.issuer.get());
            QVERIFY2(answer.responseStatus == OCSP_RESPONSE_STATUS_SUCCESSFUL ||
                         answer.responseStatus == OCSP_RESPONSE_STATUS_TRYLATER,
                     qPrintable(QString::number(answer.responseStatus)));
            if (answer.responseStatus == OCSP_RESPONSE_STATUS_SUCCESSFUL)
                QCOMPARE(answer.certStatus, V_OCSP_CERTSTATUS_UNKNOWN);
        }
        // A foreign issuer (another store's CA) and garbage: constant unsigned answers.
        TestEngine other;
        const QString foreignCa =
            other.createActiveRoot(QStringLiteral("Foreign"), api::KeyAlgorithm::EC_prime256v1,
                                   api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        const X509Ptr foreignIssuer = x509(other.service()
                                               .getCertificateAuthorityCertificate({foreignCa})
                                               .certificate->toLatin1());
        const X509Ptr foreignLeaf =
            x509(other.certificatePem(foreignCa, other.issue(foreignCa, QStringLiteral("x.test"))));
        const CertIdPtr foreignId(
            OCSP_cert_to_id(EVP_sha1(), foreignLeaf.get(), foreignIssuer.get()));
        const QByteArray unauthorized = svc().answerOcspRequest(requestFor(foreignId.get()));
        QCOMPARE(read(unauthorized, foreignId.get(), foreignIssuer.get()).responseStatus,
                 int(OCSP_RESPONSE_STATUS_UNAUTHORIZED));
        QCOMPARE(svc().answerOcspRequest(requestFor(foreignId.get())), unauthorized);
        QCOMPARE(read(svc().answerOcspRequest("garbage"), nullptr, nullptr).responseStatus,
                 int(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST));
        QCOMPARE(svc().ocspStatistics().cachedResponses, qsizetype(1));
    }

    void sha256CertIdsAmongManyCas()
    {
        std::vector<Leaf> leaves;
        for (int i = 0; i < 12; ++i) {
            const QString ca = engine->createActiveRoot(
                QStringLiteral("Many %1").arg(i), api::KeyAlgorithm::EC_prime256v1,
                api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
            leaves.push_back(issueLeaf(ca, QStringLiteral("m%1.example.com").arg(i)));
        }
        const qint64 builds = svc().ocspStatistics().issuerIndexBuilds;
        for (int round = 0; round < 3; ++round) {
            for (const Leaf &leaf : std::as_const(leaves)) {
                CertIdPtr id(
                    OCSP_cert_to_id(EVP_sha256(), leaf.certificate.get(), leaf.issuer.get()));
                const Answer answer = read(svc().answerOcspRequest(requestFor(id.get())), id.get(),
                                           leaf.issuer.get());
                QVERIFY(answer.signatureOk);
                QCOMPARE(answer.certStatus, V_OCSP_CERTSTATUS_GOOD);
                QCOMPARE(ask(leaf).certStatus, V_OCSP_CERTSTATUS_GOOD);
            }
        }
        // Found through the index, built once (not once per request).
        QVERIFY2(svc().ocspStatistics().issuerIndexBuilds <= builds + 1,
                 qPrintable(QString::number(svc().ocspStatistics().issuerIndexBuilds)));
    }

    void anotherEngineOnTheSameStore()
    {
        // A second engine on the same store stands for a second server process: a CA it
        // creates is answered for (after the index's rebuild interval), a revocation it makes is
        // honoured by the next answer.
        const QString ca =
            engine->createActiveRoot(QStringLiteral("First"), api::KeyAlgorithm::EC_prime256v1,
                                     api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        const Leaf first = issueLeaf(ca, QStringLiteral("one.example.com"));
        QCOMPARE(ask(first).certStatus, V_OCSP_CERTSTATUS_GOOD);

        auto secondStore = store::SqlStore::open(engine->storeOptions(), kTestPassphrase);
        PrivateCaService second(*secondStore, engine->clock());
        second.revokeCertificate({ca, serialOf(first.arn), RevocationReason::SUPERSEDED});
        QCOMPARE(ask(first).certStatus, V_OCSP_CERTSTATUS_REVOKED);
        QCOMPARE(ask(first).reason, OCSP_REVOKED_STATUS_SUPERSEDED);
        QCOMPARE(svc().ocspStatistics().signatures, qint64(2));
    }

    void memoryBounded()
    {
        const QString ca = engine->createActiveRoot(
            QStringLiteral("Bounded Root"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        svc().setOcspCacheLimits(5, 1 << 20);
        std::vector<Leaf> leaves;
        for (int i = 0; i < 12; ++i)
            leaves.push_back(issueLeaf(ca, QStringLiteral("b%1.example.com").arg(i)));
        for (const Leaf &leaf : std::as_const(leaves))
            QCOMPARE(ask(leaf).certStatus, V_OCSP_CERTSTATUS_GOOD);
        QCOMPARE(svc().ocspStatistics().cachedResponses, qsizetype(5));
        svc().setOcspCacheLimits(1000, 2000);
        for (const Leaf &leaf : std::as_const(leaves))
            QCOMPARE(ask(leaf).certStatus, V_OCSP_CERTSTATUS_GOOD);
        QVERIFY(svc().ocspStatistics().cachedBytes <= 2000);
        QVERIFY(svc().ocspStatistics().cachedResponses >= 1);
    }

    void cacheEvictsLeastRecentlyUsed()
    {
        OcspResponseCache cache(2, 1 << 20);
        const auto entry = [](const QByteArray &bytes) {
            OcspResponseCache::Entry e;
            e.caId = QStringLiteral("ca");
            e.signerSerial = QStringLiteral("01");
            e.response = bytes;
            e.thisUpdate = 1000;
            e.nextUpdate = 1000 + 3600'000;
            return e;
        };
        const OcspResponseCache::Status good;
        cache.insert("a", entry("A"));
        cache.insert("b", entry("B"));
        QVERIFY(cache.find("a", QStringLiteral("ca"), QStringLiteral("01"), good, 2000));
        cache.insert("c", entry("C")); // evicts b, used least recently
        QVERIFY(!cache.find("b", QStringLiteral("ca"), QStringLiteral("01"), good, 2000));
        QVERIFY(cache.find("a", QStringLiteral("ca"), QStringLiteral("01"), good, 2000));
        QVERIFY(cache.find("c", QStringLiteral("ca"), QStringLiteral("01"), good, 2000));
        // A different status, signer or a time past the refresh point is not served.
        OcspResponseCache::Status revoked;
        revoked.revoked = true;
        QVERIFY(!cache.find("a", QStringLiteral("ca"), QStringLiteral("01"), revoked, 2000));
        QVERIFY(!cache.find("a", QStringLiteral("ca"), QStringLiteral("02"), good, 2000));
        QVERIFY(
            !cache.find("a", QStringLiteral("ca"), QStringLiteral("01"), good, 1000 + 45 * 60'000));
        QCOMPARE(cache.size(), qsizetype(2));
        cache.removeCa(QStringLiteral("ca"));
        QCOMPARE(cache.size(), qsizetype(0));
        QCOMPARE(cache.bytes(), qsizetype(0));
    }

    void signingAuditedInBatches()
    {
        const QString ca = engine->createActiveRoot(
            QStringLiteral("Audited Root"), api::KeyAlgorithm::EC_prime256v1,
            api::SigningAlgorithm::SHA256WITHECDSA, 10, ocspOn());
        std::vector<Leaf> leaves;
        for (int i = 0; i < 3; ++i)
            leaves.push_back(issueLeaf(ca, QStringLiteral("audit%1.example.com").arg(i)));
        for (int round = 0; round < 5; ++round) {
            for (const Leaf &leaf : std::as_const(leaves))
                QCOMPARE(ask(leaf).certStatus, V_OCSP_CERTSTATUS_GOOD);
        }
        // No write per answer: nothing is in the audit trail yet.
        QCOMPARE(countAudited(engine->store(), QStringLiteral("SignOcspResponse")), 0);
        QCOMPARE(svc().ocspStatistics().pendingSignatures, qint64(3));
        svc().runMaintenance(); // not due yet
        QCOMPARE(countAudited(engine->store(), QStringLiteral("SignOcspResponse")), 0);

        engine->clock().advanceSeconds(61);
        svc().runMaintenance();
        qint64 count = 0;
        QCOMPARE(countAudited(engine->store(), QStringLiteral("SignOcspResponse"), &count), 1);
        QCOMPARE(count, qint64(3));
        QCOMPARE(svc().ocspStatistics().pendingSignatures, qint64(0));
        QVERIFY(svc().verifyAuditTrail().intact);

        // What is pending when the engine closes is written then.
        revokeBehindTheEnginesBack(serialOf(leaves.front().arn));
        QCOMPARE(ask(leaves.front()).certStatus, V_OCSP_CERTSTATUS_REVOKED);
        engine->reopen();
        QCOMPARE(countAudited(engine->store(), QStringLiteral("SignOcspResponse"), &count), 2);
        QCOMPARE(count, qint64(1));
    }
};

QTEST_GUILESS_MAIN(OcspResponderTest)
#include "tst_ocsp_responder.moc"

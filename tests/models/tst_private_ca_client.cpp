// LocalPrivateCaClient: results and errors come back on the GUI thread, a handler is dropped
// when its receiver dies first, and the engine's change signals are relayed.
#include "ModelTestSupport.h"

#include <QSignalSpy>
#include <QThread>

using namespace pca;
using namespace pca::models;

class PrivateCaClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsArriveOnTheGuiThread();
    void errorsArriveAsPcaError();
    void handlerIsDroppedWhenTheReceiverDies();
    void engineSignalsAreRelayed();
    void busyFollowsCallsInFlight();
    void entriesNameTheirIssuingCa();
};

void PrivateCaClientTest::resultsArriveOnTheGuiThread()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Thread Root"));
    QObject receiver;
    bool called = false;
    QThread *deliveredOn = nullptr;
    f.client.describeCertificateAuthority(root, &receiver,
                                          [&](const Reply<api::CertificateAuthority> &reply) {
                                              called = true;
                                              deliveredOn = QThread::currentThread();
                                              QVERIFY(reply.ok());
                                              QCOMPARE(reply.value().arn, std::optional(root));
                                          });
    QVERIFY(!called); // never synchronously
    PCA_WAIT_FOR(called);
    QCOMPARE(deliveredOn, QCoreApplication::instance()->thread());
}

void PrivateCaClientTest::errorsArriveAsPcaError()
{
    test::ClientFixture f;
    QObject receiver;
    std::optional<PcaError> error;
    f.client.describeCertificateAuthority(
        QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                       "00000000-0000-0000-0000-000000000000"),
        &receiver, [&](const Reply<api::CertificateAuthority> &reply) {
            QVERIFY(!reply.ok());
            error = reply.error();
        });
    PCA_WAIT_FOR(error.has_value());
    QCOMPARE(error->type(), QStringLiteral("ResourceNotFoundException"));
}

void PrivateCaClientTest::handlerIsDroppedWhenTheReceiverDies()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Gone Root"));
    bool called = false;
    {
        auto receiver = std::make_unique<QObject>();
        f.client.describeCertificateAuthority(
            root, receiver.get(), [&](const Reply<api::CertificateAuthority> &) { called = true; });
    } // the receiver dies before the result arrives
    f.client.waitForIdle();
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QVERIFY(!f.client.isBusy());
}

void PrivateCaClientTest::engineSignalsAreRelayed()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Signal Root"));
    QSignalSpy issued(&f.client, &PrivateCaClient::certificateIssued);
    QSignalSpy tags(&f.client, &PrivateCaClient::tagsChanged);
    // From a worker thread, as the engine's background work would.
    std::thread worker([&] {
        f.engine.issue(root, QStringLiteral("relay.example.com"));
        f.engine.service().tagCertificateAuthority(
            {root, {api::Tag{QStringLiteral("team"), QStringLiteral("pki")}}});
    });
    worker.join();
    PCA_WAIT_FOR(issued.size() == 1 && tags.size() == 1);
    QCOMPARE(issued.at(0).at(0).toString(), root);
}

void PrivateCaClientTest::busyFollowsCallsInFlight()
{
    test::ClientFixture f;
    QSignalSpy busy(&f.client, &PrivateCaClient::busyChanged);
    bool done = false;
    f.client.listCertificateAuthorityEntries(
        nullptr, [&](const Reply<QList<CertificateAuthorityEntry>> &) { done = true; });
    QVERIFY(f.client.isBusy());
    PCA_WAIT_FOR(done);
    QVERIFY(!f.client.isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void PrivateCaClientTest::entriesNameTheirIssuingCa()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Entry Root"));
    const QString sub = f.engine.createActiveSubordinate(root, QStringLiteral("Entry Sub"));
    std::optional<QList<CertificateAuthorityEntry>> entries;
    f.client.listCertificateAuthorityEntries(
        nullptr, [&](const Reply<QList<CertificateAuthorityEntry>> &reply) {
            QVERIFY(reply.ok());
            entries = reply.value();
        });
    PCA_WAIT_FOR(entries.has_value());
    QCOMPARE(entries->size(), 2);
    for (const CertificateAuthorityEntry &entry : *entries) {
        if (entry.ca.arn == root)
            QVERIFY(entry.issuerArn.isEmpty());
        else
            QCOMPARE(entry.issuerArn, root);
    }
    QVERIFY(entries->at(0).ca.arn == root || entries->at(0).ca.arn == sub);
}

QTEST_MAIN(PrivateCaClientTest)
#include "tst_private_ca_client.moc"

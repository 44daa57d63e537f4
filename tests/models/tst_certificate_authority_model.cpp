// CertificateAuthorityModel and its filter: the tree of CAs (subordinates under their issuer),
// live updates from engine changes, sorting and filtering.
#include "CertificateAuthorityFilterModel.h"
#include "CertificateAuthorityModel.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pca;
using namespace pca::models;
using Status = api::CertificateAuthorityStatus;

namespace {
Status statusOf(const CertificateAuthorityModel &model, const QString &arn)
{
    return Status(model.indexForArn(arn).data(CertificateAuthorityModel::StatusRole).toInt());
}
} // namespace

class CertificateAuthorityModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeShowsSubordinatesUnderTheirIssuer();
    void newCaAppearsAndFollowsItsStatus();
    void subordinateMovesUnderItsIssuerWhenInstalled();
    void permanentlyDeletedCaDisappears();
    void filterKeepsMatchesAndTheirAncestors();
    void sortsByEveryColumn();
};

void CertificateAuthorityModelTest::treeShowsSubordinatesUnderTheirIssuer()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Tree Root"));
    const QString subA = f.engine.createActiveSubordinate(root, QStringLiteral("Sub A"));
    const QString subB = f.engine.createActiveSubordinate(root, QStringLiteral("Sub B"));
    const QString pending =
        f.engine.createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("External"));

    CertificateAuthorityModel model(&f.client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    QCOMPARE(model.rowCount(), 2); // the root and the externally signed subordinate
    const QModelIndex rootIndex = model.indexForArn(root);
    QVERIFY(!rootIndex.parent().isValid());
    QCOMPARE(model.rowCount(rootIndex), 2);
    QCOMPARE(model.indexForArn(subA).parent(), rootIndex);
    QCOMPARE(model.indexForArn(subB).parent(), rootIndex);
    QVERIFY(!model.indexForArn(pending).parent().isValid());
    QCOMPARE(model.indexForArn(subA).data().toString(), QStringLiteral("Sub A"));
    QCOMPARE(model.indexForArn(root, CertificateAuthorityModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(model.indexForArn(root, CertificateAuthorityModel::TypeColumn).data().toString(),
             QStringLiteral("Root"));
    QCOMPARE(
        model.indexForArn(root, CertificateAuthorityModel::KeyAlgorithmColumn).data().toString(),
        QStringLiteral("ECDSA P-256"));
    QCOMPARE(statusOf(model, pending), Status::PENDING_CERTIFICATE);
}

void CertificateAuthorityModelTest::newCaAppearsAndFollowsItsStatus()
{
    test::ClientFixture f;
    CertificateAuthorityModel model(&f.client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    QCOMPARE(model.rowCount(), 0);

    // Created through the client, as the wizard does: it appears while CREATING, then the
    // key generation finishes in the background and the row follows.
    api::CreateCertificateAuthorityRequest request;
    request.certificateAuthorityConfiguration =
        test::TestEngine::configuration(QStringLiteral("Live CA"));
    QString arn;
    f.client.createCertificateAuthority(
        request, nullptr, [&](const Reply<api::CreateCertificateAuthorityResponse> &reply) {
            arn = *reply.value().certificateAuthorityArn;
        });
    PCA_WAIT_FOR(!arn.isEmpty() && model.indexForArn(arn).isValid());
    PCA_WAIT_FOR(statusOf(model, arn) == Status::PENDING_CERTIFICATE);

    // Activation and disabling through the engine show up too.
    f.engine.service().waitForBackgroundWork();
    const QString root = f.engine.createActiveRoot(QStringLiteral("Other Root"));
    PCA_WAIT_FOR(model.indexForArn(root).isValid() && statusOf(model, root) == Status::ACTIVE);
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = root;
    disable.status = Status::DISABLED;
    f.engine.service().updateCertificateAuthority(disable);
    PCA_WAIT_FOR(statusOf(model, root) == Status::DISABLED);
    QCOMPARE(model.rowCount(), 2);
}

void CertificateAuthorityModelTest::subordinateMovesUnderItsIssuerWhenInstalled()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Move Root"));
    const QString sub =
        f.engine.createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Mover"));
    CertificateAuthorityModel model(&f.client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    QVERIFY(!model.indexForArn(sub).parent().isValid());

    // Sign the subordinate's CSR with the root and install it.
    f.engine.installSubordinateCertificate(root, sub);

    PCA_WAIT_FOR(model.indexForArn(sub).parent() == model.indexForArn(root));
    QCOMPARE(statusOf(model, sub), Status::ACTIVE);
    QCOMPARE(model.rowCount(), 1);
}

void CertificateAuthorityModelTest::permanentlyDeletedCaDisappears()
{
    test::ClientFixture f;
    const QString keep = f.engine.createActiveRoot(QStringLiteral("Keep"));
    const QString gone =
        f.engine.createCa(api::CertificateAuthorityType::ROOT, QStringLiteral("Gone"));
    CertificateAuthorityModel model(&f.client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    f.engine.service().deleteCertificateAuthority({gone, 7});
    PCA_WAIT_FOR(statusOf(model, gone) == Status::DELETED);
    f.engine.clock().advanceDays(8);
    f.engine.service().runMaintenance();
    PCA_WAIT_FOR(!model.indexForArn(gone).isValid());
    QVERIFY(model.indexForArn(keep).isValid());
    QCOMPARE(model.rowCount(), 1);
}

void CertificateAuthorityModelTest::filterKeepsMatchesAndTheirAncestors()
{
    test::ClientFixture f;
    const QString root = f.engine.createActiveRoot(QStringLiteral("Corp Root"));
    f.engine.createActiveSubordinate(root, QStringLiteral("Web Issuing"));
    f.engine.createActiveSubordinate(root, QStringLiteral("Mail Issuing"));
    f.engine.createActiveRoot(QStringLiteral("Lab Root"));
    CertificateAuthorityModel model(&f.client);
    CertificateAuthorityFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    QCOMPARE(filter.rowCount(), 2);

    filter.setFilterText(QStringLiteral("web"));
    QCOMPARE(filter.rowCount(), 1); // Corp Root, kept for its matching child
    const QModelIndex corp = filter.index(0, 0);
    QCOMPARE(corp.data().toString(), QStringLiteral("Corp Root"));
    QCOMPARE(filter.rowCount(corp), 1);
    QCOMPARE(filter.index(0, 0, corp).data().toString(), QStringLiteral("Web Issuing"));

    filter.setFilterText(QStringLiteral("lab active"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Lab Root"));

    filter.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText(QString());
    QCOMPARE(filter.rowCount(), 2);
}

void CertificateAuthorityModelTest::sortsByEveryColumn()
{
    test::ClientFixture f;
    f.engine.createActiveRoot(QStringLiteral("Bravo"), api::KeyAlgorithm::RSA_2048,
                              api::SigningAlgorithm::SHA256WITHRSA, 5);
    f.engine.clock().advanceSeconds(5);
    f.engine.createActiveRoot(QStringLiteral("alpha"), api::KeyAlgorithm::EC_prime256v1,
                              api::SigningAlgorithm::SHA256WITHECDSA, 10);
    f.engine.clock().advanceSeconds(5);
    f.engine.createCa(api::CertificateAuthorityType::ROOT, QStringLiteral("Charlie"));
    CertificateAuthorityModel model(&f.client);
    CertificateAuthorityFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    PCA_WAIT_FOR(model.isLoaded());
    const auto names = [&filter] {
        QStringList out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out << filter.index(row, 0).data().toString();
        return out;
    };
    filter.sort(CertificateAuthorityModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{"alpha", "Bravo", "Charlie"}));
    filter.sort(CertificateAuthorityModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{"Charlie", "Bravo", "alpha"}));
    filter.sort(CertificateAuthorityModel::ExpiresColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{"Bravo", "alpha", "Charlie"})); // no expiry sorts last
    filter.sort(CertificateAuthorityModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{"Charlie", "alpha", "Bravo"}));
    filter.sort(CertificateAuthorityModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(names().last(), QStringLiteral("Charlie")); // active ones first
}

QTEST_MAIN(CertificateAuthorityModelTest)
#include "tst_certificate_authority_model.moc"

// PermissionModel and AcmRenewalPermission (the logic of the checkbox "Authorize ACM to use
// this CA for renewals"): true state from the engine, grant and revoke, partial grants, the
// ACTIVE-only rule and the return to the true state after a failure.
#include "AcmRenewalPermission.h"
#include "ModelTestSupport.h"
#include "PermissionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pca;
using namespace pca::models;

namespace {
// The exception name carried by the first emission of a signal with a PcaError argument.
QString errorType(const QSignalSpy &spy)
{
    return static_cast<const PcaError *>(spy.at(0).at(0).constData())->type();
}
} // namespace

namespace {
QList<api::ActionType> grantedActions(test::ClientFixture &f, const QString &ca)
{
    api::ListPermissionsRequest request;
    request.certificateAuthorityArn = ca;
    QList<api::ActionType> out;
    const api::ListPermissionsResponse response = f.engine.service().listPermissions(request);
    for (const api::Permission &p : *response.permissions)
        out += *p.actions;
    return out;
}
} // namespace

class PermissionModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkingGrantsAndUncheckingRevokes();
    void partialGrantIsShownAndCompleted();
    void onlyAnActiveCaIsEditable();
    void failureReturnsToTheTrueState();
    void tableListsPermissions();
};

void PermissionModelTest::checkingGrantsAndUncheckingRevokes()
{
    test::ClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("ACM Root"));
    AcmRenewalPermission acm(&f.client);
    acm.setCertificateAuthority(ca);
    QVERIFY(!acm.isEditable()); // not known yet
    PCA_WAIT_FOR(acm.isKnown());
    QVERIFY(acm.isEditable());
    QCOMPARE(acm.checkState(), Qt::Unchecked);
    QVERIFY(acm.disabledReason().isEmpty());

    acm.setAuthorized(true);
    QCOMPARE(acm.checkState(), Qt::Checked); // shows the wish at once
    QVERIFY(acm.isBusy() && !acm.isEditable());
    PCA_WAIT_FOR(!acm.isBusy());
    QCOMPARE(acm.checkState(), Qt::Checked);
    QVERIFY(f.engine.service().isAcmAuthorizedForRenewals(ca));
    QCOMPARE(grantedActions(f, ca).size(), 3);

    acm.setAuthorized(false);
    QCOMPARE(acm.checkState(), Qt::Unchecked);
    PCA_WAIT_FOR(!acm.isBusy());
    QCOMPARE(acm.checkState(), Qt::Unchecked);
    QVERIFY(grantedActions(f, ca).isEmpty());
}

void PermissionModelTest::partialGrantIsShownAndCompleted()
{
    test::ClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Partial Root"));
    api::CreatePermissionRequest partial;
    partial.certificateAuthorityArn = ca;
    partial.principal = QStringLiteral("acm.amazonaws.com");
    partial.actions = {api::ActionType::IssueCertificate};
    f.engine.service().createPermission(partial);

    AcmRenewalPermission acm(&f.client);
    acm.setCertificateAuthority(ca);
    PCA_WAIT_FOR(acm.isKnown());
    QCOMPARE(acm.checkState(), Qt::PartiallyChecked);
    QVERIFY(acm.note().contains(QStringLiteral("Get certificate")));
    QVERIFY(acm.note().contains(QStringLiteral("List permissions")));

    acm.setAuthorized(true);
    PCA_WAIT_FOR(!acm.isBusy());
    QCOMPARE(acm.checkState(), Qt::Checked);
    QVERIFY(acm.note().isEmpty());
    QCOMPARE(grantedActions(f, ca).size(), 3);

    // A change made elsewhere shows up.
    f.engine.service().deletePermission({ca, QStringLiteral("acm.amazonaws.com"), std::nullopt});
    PCA_WAIT_FOR(acm.checkState() == Qt::Unchecked && acm.isKnown());
}

void PermissionModelTest::onlyAnActiveCaIsEditable()
{
    test::ClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Disabled Root"));
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = ca;
    disable.status = api::CertificateAuthorityStatus::DISABLED;
    f.engine.service().updateCertificateAuthority(disable);
    AcmRenewalPermission acm(&f.client);
    acm.setCertificateAuthority(ca);
    PCA_WAIT_FOR(acm.isKnown());
    QVERIFY(!acm.isEditable());
    QVERIFY2(acm.disabledReason().contains(QStringLiteral("disabled")),
             qPrintable(acm.disabledReason()));
    acm.setAuthorized(true); // ignored
    QVERIFY(!acm.isBusy());
    QCOMPARE(acm.checkState(), Qt::Unchecked);

    // Enabled again: editable.
    disable.status = api::CertificateAuthorityStatus::ACTIVE;
    f.engine.service().updateCertificateAuthority(disable);
    PCA_WAIT_FOR(acm.isEditable());
}

void PermissionModelTest::failureReturnsToTheTrueState()
{
    test::ClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Racing Root"));
    AcmRenewalPermission acm(&f.client);
    acm.setCertificateAuthority(ca);
    PCA_WAIT_FOR(acm.isKnown() && acm.isEditable());
    QSignalSpy failed(&acm, &AcmRenewalPermission::failed);
    // The CA is disabled meanwhile, before the box hears of it.
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = ca;
    disable.status = api::CertificateAuthorityStatus::DISABLED;
    f.engine.service().updateCertificateAuthority(disable);
    acm.setAuthorized(true);
    QCOMPARE(acm.checkState(), Qt::Checked);
    PCA_WAIT_FOR(failed.size() == 1);
    QCOMPARE(errorType(failed), QStringLiteral("InvalidStateException"));
    QCOMPARE(acm.checkState(), Qt::Unchecked);
    PCA_WAIT_FOR(acm.isKnown() && !acm.isBusy());
    QCOMPARE(acm.checkState(), Qt::Unchecked);
    QVERIFY(!acm.isEditable());
    QVERIFY(grantedActions(f, ca).isEmpty());
}

void PermissionModelTest::tableListsPermissions()
{
    test::ClientFixture f;
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Table Root"));
    PermissionModel model(&f.client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificateAuthority(ca);
    PCA_WAIT_FOR(model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
    api::CreatePermissionRequest request;
    request.certificateAuthorityArn = ca;
    request.principal = QStringLiteral("acm.amazonaws.com");
    request.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate};
    f.engine.service().createPermission(request);
    PCA_WAIT_FOR(model.rowCount() == 1);
    QCOMPARE(model.index(0, PermissionModel::PrincipalColumn).data().toString(),
             QStringLiteral("acm.amazonaws.com"));
    QCOMPARE(model.index(0, PermissionModel::ActionsColumn).data().toString(),
             QStringLiteral("Issue certificate, Get certificate"));
    QCOMPARE(model.index(0, PermissionModel::SourceAccountColumn).data().toString(),
             QStringLiteral("123456789012"));
    QVERIFY(model.index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("acm-pca:IssueCertificate")));

    // A deleted CA cannot list permissions: empty, with the reason.
    f.engine.service().deletePermission({ca, QStringLiteral("acm.amazonaws.com"), std::nullopt});
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = ca;
    disable.status = api::CertificateAuthorityStatus::DISABLED;
    f.engine.service().updateCertificateAuthority(disable);
    f.engine.service().deleteCertificateAuthority({ca, 7});
    PCA_WAIT_FOR(!model.unavailableReason().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(PermissionModelTest)
#include "tst_permission_model.moc"

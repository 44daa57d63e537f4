// The small pieces the views lean on: which actions a CA state allows (and why not), readable
// names, error explanations, the passphrase hint and the expiry forecast.
#include "ActionAvailability.h"
#include "DisplayNames.h"
#include "ErrorText.h"
#include "ExpiryForecast.h"
#include "ModelTestSupport.h"
#include "PassphraseStrength.h"

using namespace pca;
using namespace pca::models;
using Status = api::CertificateAuthorityStatus;

class ModelHelpersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionAvailability_data();
    void actionAvailability();
    void nothingSelected();
    void serialsInColonForm();
    void errorsInWords();
    void passphraseHint();
    void expiryForecastCountsPerMonth();
};

void ModelHelpersTest::actionAvailability_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, CaAction action, Status status, bool allowed,
                        const char *reason = "") {
        QTest::newRow(name) << int(action) << status << allowed << QString::fromUtf8(reason);
    };
    row("issue active", CaAction::IssueCertificate, Status::ACTIVE, true);
    row("issue pending", CaAction::IssueCertificate, Status::PENDING_CERTIFICATE, false,
        "Install the CA certificate first");
    row("issue disabled", CaAction::IssueCertificate, Status::DISABLED, false, "disabled");
    row("install pending", CaAction::InstallCaCertificate, Status::PENDING_CERTIFICATE, true);
    row("install creating", CaAction::InstallCaCertificate, Status::CREATING, false,
        "still being generated");
    row("install deleted", CaAction::InstallCaCertificate, Status::DELETED, false, "deleted");
    row("disable active", CaAction::Disable, Status::ACTIVE, true);
    row("disable disabled", CaAction::Disable, Status::DISABLED, false, "Only an active CA");
    row("enable disabled", CaAction::Enable, Status::DISABLED, true);
    row("delete active", CaAction::Delete, Status::ACTIVE, false, "Disable the CA");
    row("delete disabled", CaAction::Delete, Status::DISABLED, true);
    row("delete pending", CaAction::Delete, Status::PENDING_CERTIFICATE, true);
    row("delete deleted", CaAction::Delete, Status::DELETED, false, "already deleted");
    row("restore deleted", CaAction::Restore, Status::DELETED, true);
    row("restore active", CaAction::Restore, Status::ACTIVE, false, "Only a deleted CA");
    row("revoke disabled", CaAction::RevokeCertificate, Status::DISABLED, true);
    row("revoke expired", CaAction::RevokeCertificate, Status::EXPIRED, false, "expired");
    row("audit active", CaAction::AuditReport, Status::ACTIVE, true);
    row("audit pending", CaAction::AuditReport, Status::PENDING_CERTIFICATE, false, "pending");
    row("permissions disabled", CaAction::ChangePermissions, Status::DISABLED, false,
        "only while the CA is active");
    row("permissions pending", CaAction::ChangePermissions, Status::PENDING_CERTIFICATE, true);
}

void ModelHelpersTest::actionAvailability()
{
    QFETCH(int, action);
    QFETCH(Status, status);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    api::CertificateAuthority ca;
    ca.status = status;
    const Availability availability = ActionAvailability::of(CaAction(action), ca);
    QCOMPARE(availability.allowed, allowed);
    if (allowed)
        QVERIFY(availability.reason.isEmpty());
    else
        QVERIFY2(availability.reason.contains(reason, Qt::CaseInsensitive),
                 qPrintable(availability.reason));
}

void ModelHelpersTest::nothingSelected()
{
    QVERIFY(ActionAvailability::of(CaAction::CreateCertificateAuthority, std::nullopt).allowed);
    QVERIFY(ActionAvailability::of(CaAction::Refresh, std::nullopt).allowed);
    const Availability issue = ActionAvailability::of(CaAction::IssueCertificate, std::nullopt);
    QVERIFY(!issue.allowed);
    QVERIFY(issue.reason.contains(QStringLiteral("Select")));
}

void ModelHelpersTest::serialsInColonForm()
{
    QCOMPARE(DisplayNames::serial(QStringLiteral("0a1bff")), QStringLiteral("0A:1B:FF"));
    QCOMPARE(DisplayNames::serial(QStringLiteral("abc")), QStringLiteral("0A:BC"));
    QCOMPARE(DisplayNames::serial(QStringLiteral("0a:1b")), QStringLiteral("0A:1B"));
}

void ModelHelpersTest::errorsInWords()
{
    const ErrorExplanation e =
        ErrorText::explain(PcaError(errors::InvalidState, QStringLiteral("The CA is DISABLED.")));
    QCOMPARE(e.exceptionName, QStringLiteral("InvalidStateException"));
    QCOMPARE(e.detail, QStringLiteral("The CA is DISABLED."));
    QVERIFY(e.summary.contains(QStringLiteral("state")));
    QVERIFY(
        !ErrorText::explain(PcaError(QStringLiteral("SomethingNew"), QString())).summary.isEmpty());
    QVERIFY(ErrorText::oneLine(PcaError(errors::TooManyTags, QStringLiteral("51 tags")))
                .contains(QStringLiteral("51 tags")));
}

void ModelHelpersTest::passphraseHint()
{
    QCOMPARE(PassphraseStrength::rate(QString()).score, 0);
    QVERIFY(PassphraseStrength::rate(QStringLiteral("aaaaaaaa")).score <= 1);
    QVERIFY(PassphraseStrength::rate(QStringLiteral("12345678")).score <= 1);
    QVERIFY(!PassphraseStrength::rate(QStringLiteral("abc")).hint.isEmpty());
    const PassphraseRating strong =
        PassphraseStrength::rate(QStringLiteral("violet Harbor 7 ladders sing!"));
    QCOMPARE(strong.score, 4);
    QVERIFY(strong.hint.isEmpty());
    QVERIFY(PassphraseStrength::rate(QStringLiteral("Tr0ub4dor&3")).score >=
            PassphraseStrength::rate(QStringLiteral("troubador")).score);
}

void ModelHelpersTest::expiryForecastCountsPerMonth()
{
    test::ClientFixture f;
    // The engine's clock is the real time here, so months line up with today's date.
    const QString ca = f.engine.createActiveRoot(QStringLiteral("Forecast"));
    for (int days : {10, 40, 40, 75, 200})
        f.engine.issue(ca, QStringLiteral("d%1.example.com").arg(days), QString(), days);
    const QString revoked =
        f.engine.issue(ca, QStringLiteral("revoked.example.com"), QString(), 40);
    f.engine.service().revokeCertificate(
        {ca, serialFromCertificateArn(revoked), api::RevocationReason::SUPERSEDED});
    ExpiryForecast forecast(&f.client);
    forecast.setMonths(12);
    forecast.setCertificateAuthority(ca);
    PCA_WAIT_FOR(forecast.isLoaded());
    QCOMPARE(forecast.counts().size(), 12);
    QCOMPARE(forecast.monthStarts().size(), 12);
    qint64 total = 0;
    for (qint64 c : forecast.counts())
        total += c;
    QCOMPARE(total, 5); // the revoked one and the 10-year root certificate do not count
    const QDate today = QDate::currentDate();
    const auto monthOf = [&](int days) {
        const QDate d = today.addDays(days);
        return (d.year() - today.year()) * 12 + d.month() - today.month();
    };
    QCOMPARE(forecast.counts().at(monthOf(200)), monthOf(200) == monthOf(75) ? 2 : 1);
    QVERIFY(forecast.counts().at(monthOf(40)) >= 2);
}

QTEST_MAIN(ModelHelpersTest)
#include "tst_model_helpers.moc"

// CertificateModel: lazy loading page by page, engine-side sorting, search and status filter,
// and live updates after issuance and revocation.
#include "CertificateModel.h"
#include "DisplayNames.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pca;
using namespace pca::models;

class CertificateModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsPageByPage();
    void sortsInTheEngine_data();
    void sortsInTheEngine();
    void searchesSubjectsSansAndSerials();
    void filtersByStatus();
    void issuedCertificatesAppearAtTheTop();
    void revokedCertificateChangesInPlace();
    void switchingCaDropsLateResults();
    void searchFindsSubjectsSansAndSerialsInEveryForm();
    void searchNeedsThreeCharacters();
    void searchCountStopsAtTheLimit();
    void serialColumnShowsWhatTellsRowsApart();

private:
    void loadAll(CertificateModel &model);
    std::unique_ptr<test::ClientFixture> m_fixture;
    QString m_ca;
    static constexpr int kIssued = 450;
    std::unique_ptr<CertificateModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void CertificateModelTest::initTestCase()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    m_ca = m_fixture->engine.createActiveRoot(QStringLiteral("Inventory Root"));
    m_fixture->issueMany(m_ca, kIssued);
}

void CertificateModelTest::init()
{
    m_model = std::make_unique<CertificateModel>(&m_fixture->client);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPageSize(100);
    connect(m_model.get(), &CertificateModel::errorOccurred, this, [](const PcaError &error) {
        qWarning("model error: %s", qPrintable(error.message()));
    });
}

void CertificateModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture->client.waitForIdle();
}

void CertificateModelTest::loadAll(CertificateModel &model)
{
    PCA_WAIT_FOR(!model.isFetching());
    while (model.canFetchMore({})) {
        model.fetchMore({});
        PCA_WAIT_FOR(!model.isFetching());
    }
}

void CertificateModelTest::loadsPageByPage()
{
    QSignalSpy pages(m_model.get(), &CertificateModel::pageLoaded);
    m_model->setCertificateAuthority(m_ca);
    PCA_WAIT_FOR(pages.size() == 1);
    QCOMPARE(m_model->rowCount(), 100); // only the first page
    QVERIFY(m_model->canFetchMore({}));
    PCA_WAIT_FOR(m_model->totalCount() == kIssued + 1); // + the root's own certificate
    m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    PCA_WAIT_FOR(pages.size() == 2);
    QCOMPARE(m_model->rowCount(), 200);
    loadAll(*m_model);
    QCOMPARE(m_model->rowCount(), kIssued + 1);
    QVERIFY(!m_model->canFetchMore({}));
    // No duplicates across page boundaries.
    QSet<QString> serials;
    for (int row = 0; row < m_model->rowCount(); ++row)
        serials.insert(m_model->index(row, 0).data(CertificateModel::SerialRole).toString());
    QCOMPARE(serials.size(), kIssued + 1);
}

void CertificateModelTest::sortsInTheEngine_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("serial ascending") << int(CertificateModel::SerialColumn) << Qt::AscendingOrder;
    QTest::newRow("serial descending")
        << int(CertificateModel::SerialColumn) << Qt::DescendingOrder;
    QTest::newRow("subject ascending")
        << int(CertificateModel::SubjectColumn) << Qt::AscendingOrder;
    QTest::newRow("not after descending")
        << int(CertificateModel::NotAfterColumn) << Qt::DescendingOrder;
}

void CertificateModelTest::sortsInTheEngine()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    m_model->setCertificateAuthority(m_ca);
    m_model->sort(column, order);
    loadAll(*m_model);
    QCOMPARE(m_model->rowCount(), kIssued + 1);
    const auto key = [&](int row) -> QVariant {
        const CertificateSummary *summary = m_model->summary(row);
        switch (column) {
        case CertificateModel::SerialColumn:
            return summary->record.serial;
        case CertificateModel::SubjectColumn:
            return summary->record.subject;
        default:
            return summary->record.notAfter;
        }
    };
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QVariant previous = key(row - 1);
        const QVariant current = key(row);
        const int cmp = QVariant::compare(previous, current) == QPartialOrdering::Less      ? -1
                        : QVariant::compare(previous, current) == QPartialOrdering::Greater ? 1
                                                                                            : 0;
        if (order == Qt::AscendingOrder)
            QVERIFY2(cmp <= 0, qPrintable(QStringLiteral("row %1").arg(row)));
        else
            QVERIFY2(cmp >= 0, qPrintable(QStringLiteral("row %1").arg(row)));
    }
    // Unsortable columns leave the order alone.
    QVERIFY(!CertificateModel::isSortable(CertificateModel::TemplateColumn));
    m_model->sort(CertificateModel::TemplateColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->sortColumn(), column);
}

void CertificateModelTest::searchesSubjectsSansAndSerials()
{
    m_model->setCertificateAuthority(m_ca);
    m_model->setSearchText(QStringLiteral("host-42.example"));
    PCA_WAIT_FOR(m_model->totalCount() == 1 && m_model->rowCount() == 1);
    QVERIFY(m_model->index(0, CertificateModel::SubjectColumn)
                .data()
                .toString()
                .contains(QStringLiteral("host-42.example.com")));
    const QString serial = m_model->index(0, 0).data(CertificateModel::SerialRole).toString();
    // The serial, also in the colon form people copy from certificates.
    m_model->setSearchText(DisplayNames::serial(serial).toLower());
    PCA_WAIT_FOR(m_model->totalCount() == 1 && m_model->rowCount() == 1);
    QCOMPARE(m_model->index(0, 0).data(CertificateModel::SerialRole).toString(), serial);
    m_model->setSearchText(QStringLiteral("no such host"));
    PCA_WAIT_FOR(m_model->totalCount() == 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void CertificateModelTest::filtersByStatus()
{
    // Revoke three through the engine.
    m_model->setCertificateAuthority(m_ca);
    m_model->setSearchText(QStringLiteral("host-1"));
    PCA_WAIT_FOR(m_model->rowCount() >= 3 && !m_model->isFetching());
    QStringList revoked;
    for (int row = 0; row < 3; ++row)
        revoked << m_model->index(row, 0).data(CertificateModel::SerialRole).toString();
    for (const QString &serial : revoked)
        m_fixture->engine.service().revokeCertificate(
            {m_ca, serial, api::RevocationReason::SUPERSEDED});

    m_model->setSearchText(QString());
    m_model->setStatusFilter(CertificateModel::StatusFilter::Revoked);
    PCA_WAIT_FOR(m_model->totalCount() == 3 && m_model->rowCount() == 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->index(row, CertificateModel::StatusColumn).data().toString(),
                 QStringLiteral("Revoked"));
        QVERIFY(
            revoked.contains(m_model->index(row, 0).data(CertificateModel::SerialRole).toString()));
    }
    m_model->setStatusFilter(CertificateModel::StatusFilter::Valid);
    PCA_WAIT_FOR(m_model->totalCount() == kIssued + 1 - 3);
    m_model->setStatusFilter(CertificateModel::StatusFilter::Expired);
    PCA_WAIT_FOR(m_model->totalCount() == 0);
}

void CertificateModelTest::issuedCertificatesAppearAtTheTop()
{
    m_model->setCertificateAuthority(m_ca);
    PCA_WAIT_FOR(m_model->rowCount() == 100 && m_model->totalCount() > 0);
    const qint64 before = m_model->totalCount();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_fixture->engine.clock().advanceSeconds(1); // issued after everything loaded
    m_fixture->engine.issue(m_ca, QStringLiteral("fresh-1.example.com"));
    m_fixture->engine.clock().advanceSeconds(1);
    m_fixture->engine.issue(m_ca, QStringLiteral("fresh-2.example.com"));
    // (The model tester asks for more rows after every insertion, so more pages may follow.)
    PCA_WAIT_FOR(m_model->rowCount() >= 102 && m_model->index(0, CertificateModel::SubjectColumn)
                                                   .data()
                                                   .toString()
                                                   .contains(QStringLiteral("fresh-2")));
    QCOMPARE(reset.size(), 0); // inserted, not reloaded
    QVERIFY(inserted.size() >= 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QVERIFY(m_model->index(0, CertificateModel::SubjectColumn)
                .data()
                .toString()
                .contains(QStringLiteral("fresh-2")));
    QVERIFY(m_model->index(1, CertificateModel::SubjectColumn)
                .data()
                .toString()
                .contains(QStringLiteral("fresh-1")));
    PCA_WAIT_FOR(m_model->totalCount() == before + 2);
}

void CertificateModelTest::revokedCertificateChangesInPlace()
{
    m_model->setCertificateAuthority(m_ca);
    m_model->setStatusFilter(CertificateModel::StatusFilter::Valid);
    PCA_WAIT_FOR(m_model->rowCount() == 100);
    m_model->setStatusFilter(CertificateModel::StatusFilter::All);
    PCA_WAIT_FOR(m_model->rowCount() == 100 && !m_model->isFetching());
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
        if (m_model->summary(r)->state == CertificateSummary::State::Valid &&
            !m_model->summary(r)->record.templateArn.contains(QStringLiteral("RootCA")))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString serial = m_model->index(row, 0).data(CertificateModel::SerialRole).toString();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_fixture->engine.service().revokeCertificate(
        {m_ca, serial, api::RevocationReason::KEY_COMPROMISE});
    PCA_WAIT_FOR(m_model->index(row, CertificateModel::StatusColumn).data().toString() ==
                 QStringLiteral("Revoked"));
    QCOMPARE(m_model->index(row, 0).data(CertificateModel::SerialRole).toString(), serial);
    QVERIFY(changed.size() >= 1);
    QVERIFY(m_model->index(row, CertificateModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Key compromise")));
}

void CertificateModelTest::switchingCaDropsLateResults()
{
    const QString other = m_fixture->engine.createActiveRoot(QStringLiteral("Other Inventory"));
    m_model->setCertificateAuthority(m_ca);
    m_model->setCertificateAuthority(other); // before the first page of m_ca arrives
    PCA_WAIT_FOR(m_model->totalCount() == 1);
    m_fixture->client.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(m_model->rowCount(), 1); // only the other root's own certificate
    m_model->setCertificateAuthority(QString());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

void CertificateModelTest::searchFindsSubjectsSansAndSerialsInEveryForm()
{
    // A CA of its own whose certificates have SANs unlike their subjects.
    const QString ca = m_fixture->engine.createActiveRoot(QStringLiteral("Search Root"));
    QStringList serials;
    for (int i = 0; i < 3; ++i) {
        test::CsrOptions options;
        options.commonName = QStringLiteral("web-%1.Example.org").arg(i);
        options.dnsNames = {QStringLiteral("alias-%1.corp.test").arg(i)};
        api::IssueCertificateRequest request;
        request.certificateAuthorityArn = ca;
        request.csr = test::makeCsr(options).first;
        request.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        request.validity = {30, api::ValidityPeriodType::DAYS};
        const QString arn = *m_fixture->engine.service().issueCertificate(request).certificateArn;
        serials << arn.section(QLatin1Char('/'), -1);
    }
    m_model->setCertificateAuthority(ca);
    const auto expectOnly = [this](const QString &term, const QString &serial) {
        m_model->setSearchText(term);
        QTRY_VERIFY2_WITH_TIMEOUT(m_model->totalCount() == 1 && m_model->rowCount() == 1,
                                  qPrintable(QStringLiteral("%1: %2 rows, count %3")
                                                 .arg(term)
                                                 .arg(m_model->rowCount())
                                                 .arg(m_model->totalCount())),
                                  20000);
        QCOMPARE(m_model->index(0, 0).data(CertificateModel::SerialRole).toString(), serial);
    };
    expectOnly(QStringLiteral("WEB-1.example"), serials.at(1)); // subject, other case
    expectOnly(QStringLiteral("alias-2.CORP"), serials.at(2));  // SAN only
    const QString colons = DisplayNames::serial(serials.at(0)); // "01:9A:…", upper case
    expectOnly(colons, serials.at(0));
    expectOnly(colons.mid(colons.size() - 20).toLower(), serials.at(0)); // part, lower case
    expectOnly(QString(colons).replace(QLatin1Char(':'), QLatin1Char(' ')), serials.at(0));
    expectOnly(serials.at(0).mid(20, 10), serials.at(0)); // part without colons
    // What the serial column shows, pasted back.
    m_model->setSearchText(QString());
    PCA_WAIT_FOR(m_model->rowCount() == 4 && !m_model->isFetching());
    const int row = m_model->rowForSerial(serials.at(2));
    expectOnly(m_model->index(row, CertificateModel::SerialColumn).data().toString(),
               serials.at(2));
    m_model->setSearchText(QStringLiteral("nothing-like-this"));
    PCA_WAIT_FOR(m_model->totalCount() == 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void CertificateModelTest::searchNeedsThreeCharacters()
{
    m_model->setCertificateAuthority(m_ca);
    PCA_WAIT_FOR(m_model->totalCount() > kIssued);
    const qint64 all = m_model->totalCount();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSearchText(QStringLiteral("ho"));
    QVERIFY(m_model->searchTooShort());
    QCOMPARE(resets.size(), 0); // nothing to look up: the list stays as it is
    QCOMPARE(m_model->totalCount(), all);
    m_model->setSearchText(QStringLiteral("host-42."));
    QVERIFY(!m_model->searchTooShort());
    PCA_WAIT_FOR(m_model->totalCount() == 1 && m_model->rowCount() == 1);
    m_model->setSearchText(QStringLiteral("4"));
    QVERIFY(m_model->searchTooShort());
    PCA_WAIT_FOR(m_model->totalCount() == all && !m_model->isFetching());
}

void CertificateModelTest::searchCountStopsAtTheLimit()
{
    m_model->setSearchCountLimit(50);
    m_model->setCertificateAuthority(m_ca);
    m_model->setSearchText(QStringLiteral("example.com"));
    PCA_WAIT_FOR(m_model->isTotalCountCapped() && m_model->rowCount() == 100);
    QCOMPARE(m_model->totalCount(), 50);
    m_model->setSearchText(QStringLiteral("host-42.example"));
    PCA_WAIT_FOR(m_model->totalCount() == 1);
    QVERIFY(!m_model->isTotalCountCapped());
    // Without a search the count is exact.
    m_model->setSearchText(QString());
    PCA_WAIT_FOR(m_model->totalCount() > kIssued);
    QVERIFY(!m_model->isTotalCountCapped());
}

void CertificateModelTest::serialColumnShowsWhatTellsRowsApart()
{
    m_model->setCertificateAuthority(m_ca);
    PCA_WAIT_FOR(m_model->rowCount() == 100 && !m_model->isFetching());
    QSet<QString> shown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, CertificateModel::SerialColumn);
        const QString serial = index.data(CertificateModel::SerialRole).toString();
        const QString full = DisplayNames::serial(serial);
        const QString text = index.data().toString();
        // The last 6 octets (the random end of the serial), elided at the left.
        QCOMPARE(text, QString(QChar(0x2026)) + full.right(17));
        shown.insert(text);
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(full));
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), full);
    }
    // Serials issued in the same millisecond share their first 7 octets; what is shown differs.
    QCOMPARE(shown.size(), m_model->rowCount());
}

QTEST_MAIN(CertificateModelTest)
#include "tst_certificate_model.moc"

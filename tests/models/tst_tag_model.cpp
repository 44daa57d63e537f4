// TagModel: an editable table that applies through Tag/Untag, with inline validation so that
// bad input changes nothing.
#include "ModelTestSupport.h"
#include "TagModel.h"

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
QMap<QString, QString> engineTags(test::ClientFixture &f, const QString &ca)
{
    QMap<QString, QString> out;
    api::ListTagsRequest request;
    request.certificateAuthorityArn = ca;
    const api::ListTagsResponse response = f.engine.service().listTags(request);
    for (const api::Tag &tag : *response.tags)
        out.insert(tag.key, tag.value.value_or(QString()));
    return out;
}
} // namespace

class TagModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheCasTags();
    void editingAValueTagsTheCa();
    void renamingAKeyMovesTheTag();
    void addingAndRemovingRows();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void limitOfFiftyTags();
    void engineRefusalIsReported();

private:
    std::unique_ptr<test::ClientFixture> f;
    QString m_ca;
    std::unique_ptr<TagModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TagModelTest::init()
{
    f = std::make_unique<test::ClientFixture>();
    m_ca = f->engine.createActiveRoot(QStringLiteral("Tagged"));
    f->engine.service().tagCertificateAuthority(
        {m_ca,
         {api::Tag{QStringLiteral("team"), QStringLiteral("pki")},
          api::Tag{QStringLiteral("env"), QStringLiteral("prod")}}});
    m_model = std::make_unique<TagModel>(&f->client);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_model.get(), &TagModel::loaded);
    m_model->setCertificateAuthority(m_ca);
    PCA_WAIT_FOR(loaded.size() == 1);
}

void TagModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    f.reset();
}

void TagModelTest::showsTheCasTags()
{
    QCOMPARE(m_model->rowCount(), 2);
    QMap<QString, QString> shown;
    for (int row = 0; row < 2; ++row)
        shown.insert(m_model->index(row, 0).data().toString(),
                     m_model->index(row, 1).data().toString());
    QCOMPARE(shown, engineTags(*f, m_ca));
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

void TagModelTest::editingAValueTagsTheCa()
{
    const int row = m_model->index(0, 0).data().toString() == QStringLiteral("env") ? 0 : 1;
    QVERIFY(m_model->setData(m_model->index(row, TagModel::ValueColumn), QStringLiteral("stage")));
    QVERIFY(m_model->isBusy());
    PCA_WAIT_FOR(!m_model->isBusy());
    QCOMPARE(engineTags(*f, m_ca).value(QStringLiteral("env")), QStringLiteral("stage"));
}

void TagModelTest::renamingAKeyMovesTheTag()
{
    const int row = m_model->index(0, 0).data().toString() == QStringLiteral("team") ? 0 : 1;
    QVERIFY(m_model->setData(m_model->index(row, TagModel::KeyColumn), QStringLiteral("owner")));
    PCA_WAIT_FOR(!m_model->isBusy());
    const QMap<QString, QString> tags = engineTags(*f, m_ca);
    QVERIFY(!tags.contains(QStringLiteral("team")));
    QCOMPARE(tags.value(QStringLiteral("owner")), QStringLiteral("pki"));
    PCA_WAIT_FOR(m_model->rowCount() == 2);
}

void TagModelTest::addingAndRemovingRows()
{
    const QModelIndex key = m_model->addRow();
    QVERIFY(key.isValid());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->addRow(), key); // one empty new row at a time
    // A value typed first stays local until the key arrives.
    QVERIFY(m_model->setData(key.siblingAtColumn(TagModel::ValueColumn), QStringLiteral("42")));
    QVERIFY(!m_model->isBusy());
    QVERIFY(m_model->setData(key, QStringLiteral("cost center")));
    PCA_WAIT_FOR(!m_model->isBusy() && m_model->rowCount() == 3);
    QCOMPARE(engineTags(*f, m_ca).value(QStringLiteral("cost center")), QStringLiteral("42"));

    int row = -1;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data().toString() == QStringLiteral("env"))
            row = r;
    QVERIFY(m_model->removeRows(row, 1));
    PCA_WAIT_FOR(!m_model->isBusy());
    QVERIFY(!engineTags(*f, m_ca).contains(QStringLiteral("env")));
    QCOMPARE(engineTags(*f, m_ca).size(), 2);
}

void TagModelTest::badInputChangesNothing_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reserved prefix") << 0 << "aws:owner"
                                     << "reserved";
    QTest::newRow("reserved prefix, any case") << 0 << "AWS:owner"
                                               << "reserved";
    QTest::newRow("empty key") << 0 << ""
                               << "needs a key";
    QTest::newRow("key too long") << 0 << QString(129, QLatin1Char('k')) << "at most 128";
    QTest::newRow("bad key character") << 0 << "team#1"
                                       << "may contain";
    QTest::newRow("duplicate key") << 0 << "env"
                                   << "already";
    QTest::newRow("value too long") << 1 << QString(257, QLatin1Char('v')) << "at most 256";
    QTest::newRow("bad value character") << 1 << "a|b"
                                         << "may contain";
}

void TagModelTest::badInputChangesNothing()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QMap<QString, QString> before = engineTags(*f, m_ca);
    const int row = m_model->index(0, 0).data().toString() == QStringLiteral("team") ? 0 : 1;
    const QModelIndex index = m_model->index(row, column);
    const QVariant shown = index.data();
    QSignalSpy refused(m_model.get(), &TagModel::validationFailed);
    QVERIFY(!m_model->setData(index, text));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.at(0).at(1).toString().contains(expected),
             qPrintable(refused.at(0).at(1).toString()));
    QVERIFY(!m_model->isBusy());
    QCOMPARE(index.data(), shown);
    f->client.waitForIdle();
    QCOMPARE(engineTags(*f, m_ca), before);
}

void TagModelTest::limitOfFiftyTags()
{
    QList<api::Tag> many;
    for (int i = 0; i < 48; ++i)
        many << api::Tag{QStringLiteral("k%1").arg(i), QStringLiteral("v")};
    f->engine.service().tagCertificateAuthority({m_ca, many});
    PCA_WAIT_FOR(m_model->rowCount() == 50);
    QSignalSpy refused(m_model.get(), &TagModel::validationFailed);
    QVERIFY(!m_model->addRow().isValid());
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(1).toString().contains(QStringLiteral("50")));
}

void TagModelTest::engineRefusalIsReported()
{
    // The CA disappears behind the model's back: the engine refuses, the table reloads.
    api::UpdateCertificateAuthorityRequest disable;
    disable.certificateAuthorityArn = m_ca;
    disable.status = api::CertificateAuthorityStatus::DISABLED;
    f->engine.service().updateCertificateAuthority(disable);
    f->engine.service().deleteCertificateAuthority({m_ca, 7});
    f->engine.clock().advanceDays(8);
    QSignalSpy failed(m_model.get(), &TagModel::applyFailed);
    QVERIFY(m_model->setData(m_model->index(0, TagModel::ValueColumn), QStringLiteral("x")));
    PCA_WAIT_FOR(failed.size() == 1);
    QCOMPARE(errorType(failed), QStringLiteral("ResourceNotFoundException"));
    PCA_WAIT_FOR(!m_model->isBusy() && m_model->rowCount() == 0);
}

QTEST_MAIN(TagModelTest)
#include "tst_tag_model.moc"

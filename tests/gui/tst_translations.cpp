// The translations, for every translations/privateca_<language>.ts: each catalogue holds
// exactly the messages a fresh lupdate of the sources finds, each finished and non-empty, with
// the source's placeholders, accelerator, HTML tags and key sequences; its compiled catalogue
// turns the real widgets into that language; Settings offers every language and the choice
// decides the catalogue loaded at the next start.
#include "CertificateAuthorityDetails.h"
#include "CertificateAuthorityModel.h"
#include "DisplayNames.h"
#include "GuiTestSupport.h"
#include "Languages.h"
#include "ManagedCertificateModel.h"
#include "ManagedCertificatesPage.h"
#include "SettingsDialog.h"
#include "crypto/CertificateTemplates.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace pca;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "obsolete", "vanished" or empty (finished)
    QStringList translations; // one, or one per numerus form
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

QString keyOf(const Message &message)
{
    return message.context + QLatin1Char('|') + message.source + QLatin1Char('|') + message.comment;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + QStringLiteral(": ") + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus =
                xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations << xml.readElementText();
                    } else {
                        message.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            catalogue.messages << message;
        }
    }
    if (xml.hasError())
        catalogue.error = path + QStringLiteral(": ") + xml.errorString();
    return catalogue;
}

// %1..%99, %L1, %n and %Ln, sorted: a translation may reorder them but not drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// Accelerator marks (&F, not the literal &&).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured().toLower();
    found.sort();
    return found;
}

// Key sequences in portable text ("Ctrl+Shift+R", "Alt+%1") stay as they are: Qt shows them in
// the user's language itself.
bool isKeySequence(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:Ctrl|Alt|Shift|Meta)\\+)+(?:[A-Za-z0-9]|%1|Del|F[0-9]+)$"));
    return pattern.match(text).hasMatch();
}

QString languageCode(const QString &tsFileName)
{
    return tsFileName.mid(int(qstrlen("privateca_"))).chopped(int(qstrlen(".ts")));
}

// The translation of (context, source) in a catalogue, empty when absent.
QString translationIn(const Catalogue &catalogue, const QString &context, const QString &source)
{
    for (const Message &message : catalogue.messages) {
        if (message.context == context && message.source == source &&
            !message.translations.isEmpty())
            return message.translations.first();
    }
    return {};
}

QString tsPath(const QString &code)
{
    return QStringLiteral(PRIVATECA_SOURCE_DIR "/translations/privateca_%1.ts").arg(code);
}

QString qmPath(const QString &code)
{
    return QStringLiteral(PRIVATECA_QM_DIR "/privateca_%1.qm").arg(code);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void widgetsSwitchLanguage_data();
    void widgetsSwitchLanguage();
    void widgetsSpeakGerman();
    void settingsOfferEveryLanguage();
    void startLoadsTheChosenCatalogue();

private:
    void addLanguageRows();
    QTemporaryDir m_fresh; // what lupdate finds in the sources, one template per language
    QStringList m_languages;
};

void TranslationsTest::initTestCase()
{
    test::dropOffscreenSizeHintWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_fresh.isValid());

    const QStringList files =
        QDir(QStringLiteral(PRIVATECA_SOURCE_DIR "/translations"))
            .entryList({QStringLiteral("privateca_*.ts")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        m_languages << languageCode(file);
    // The languages the app promises; more may join.
    for (const char *code : {"de", "es", "fr", "ja", "zh_CN"})
        QVERIFY2(m_languages.contains(QLatin1String(code)), code);

    // A fresh lupdate of the sources the build translates, into one template per language (so
    // that lupdate also says how many numerus forms each language has).
    QStringList arguments = {
        QStringLiteral("-silent"),
        QStringLiteral("-no-obsolete"),
        QStringLiteral("-locations"),
        QStringLiteral("none"),
        QStringLiteral("@" PRIVATECA_QM_DIR "/privateca_translated_sources.lst"),
        QStringLiteral("-ts")};
    for (const QString &code : std::as_const(m_languages))
        arguments << m_fresh.filePath(QStringLiteral("privateca_%1.ts").arg(code));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PRIVATECA_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), PRIVATECA_LUPDATE);
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());
}

void TranslationsTest::cleanup()
{
    QSettings().remove(QStringLiteral("language"));
    QLocale::setDefault(QLocale::c());
}

void TranslationsTest::addLanguageRows()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : std::as_const(m_languages))
        QTest::newRow(qPrintable(code)) << code;
}

void TranslationsTest::catalogueIsComplete_data()
{
    addLanguageRows();
}

void TranslationsTest::catalogueIsComplete()
{
    QFETCH(QString, code);
    const Catalogue fresh =
        readCatalogue(m_fresh.filePath(QStringLiteral("privateca_%1.ts").arg(code)));
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QVERIFY(fresh.messages.size() > 500);
    const Catalogue catalogue = readCatalogue(tsPath(code));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY2(catalogue.language.section(QLatin1Char('_'), 0, 0) ==
                 code.section(QLatin1Char('_'), 0, 0),
             qPrintable(catalogue.language));
    QVERIFY2(QFile::exists(qmPath(code)), qPrintable(qmPath(code) + " is not built"));

    QHash<QString, const Message *> expected;
    for (const Message &message : fresh.messages)
        expected.insert(keyOf(message), &message);
    QStringList problems;
    QSet<QString> present;
    for (const Message &message : catalogue.messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        const Message *template_ = expected.value(keyOf(message));
        if (!template_ || message.type == QLatin1String("obsolete") ||
            message.type == QLatin1String("vanished")) {
            problems << QStringLiteral("obsolete (not in the sources) — ") + where;
            continue;
        }
        present.insert(keyOf(message));
        if (!message.type.isEmpty())
            problems << QStringLiteral("unfinished — ") + where;
        if (message.numerus != template_->numerus ||
            message.translations.size() != template_->translations.size()) {
            problems << QStringLiteral("%1 forms instead of %2 — ")
                                .arg(message.translations.size())
                                .arg(template_->translations.size()) +
                            where;
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("empty — ") + where;
                continue;
            }
            if (placeholders(translation) != placeholders(message.source))
                problems << QStringLiteral("placeholders %1 instead of %2 — ")
                                    .arg(placeholders(translation).join(QLatin1Char(' ')),
                                         placeholders(message.source).join(QLatin1Char(' '))) +
                                where;
            if (accelerators(translation) != accelerators(message.source))
                problems << QStringLiteral("accelerator (&) does not match — ") + where;
            if (htmlTags(translation) != htmlTags(message.source))
                problems << QStringLiteral("HTML tags do not match — ") + where;
            if (isKeySequence(message.source) && translation != message.source)
                problems << QStringLiteral("key sequence changed — ") + where;
        }
    }
    for (const Message &message : fresh.messages) {
        if (!present.contains(keyOf(message)))
            problems << QStringLiteral("missing — ") + message.context + QStringLiteral(": ") +
                            message.source;
    }
    const int shown = 40;
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s) in privateca_%2.ts:\n").arg(problems.size()).arg(code) +
            problems.mid(0, shown).join(QLatin1Char('\n'))));
}

void TranslationsTest::widgetsSwitchLanguage_data()
{
    addLanguageRows();
}

void TranslationsTest::widgetsSwitchLanguage()
{
    QFETCH(QString, code);
    const Catalogue catalogue = readCatalogue(tsPath(code));
    const auto expected = [&catalogue](const char *context, const char *source) {
        const QString text =
            translationIn(catalogue, QLatin1String(context), QString::fromUtf8(source));
        // A language whose words equal English here would prove nothing.
        return text != QString::fromUtf8(source) ? text : QString();
    };
    const QString createCa = expected("pca::views::MainWindow", "Create CA…");
    const QString permissions = expected("pca::views::CertificateAuthorityDetails", "Permissions");
    const QString active = expected("DisplayNames", "Active");
    const QString title = expected("main", "Private CA Manager");
    QVERIFY(!createCa.isEmpty() && !permissions.isEmpty() && !active.isEmpty());

    QTranslator translator;
    QVERIFY2(translator.load(qmPath(code)), qPrintable(qmPath(code)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(code));
    {
        test::GuiFixture f;
        const QString root = f.engine.createActiveRoot(QStringLiteral("Example Root CA"));
        PCA_WAIT_FOR(f.window->caModel()->indexForArn(root).isValid());
        QCOMPARE(f.window->action(models::CaAction::CreateCertificateAuthority)->text(), createCa);
        QCOMPARE(
            f.window->details()->tabs()->tabText(views::CertificateAuthorityDetails::Permissions),
            permissions);
        PCA_WAIT_FOR(f.window->caModel()->indexForArn(root, 1).data().toString() == active);
        if (!title.isEmpty())
            QCOMPARE(QCoreApplication::translate("main", "Private CA Manager"), title);
    }
    QCoreApplication::removeTranslator(&translator);
}

void TranslationsTest::widgetsSpeakGerman()
{
    QTranslator translator;
    QVERIFY(translator.load(qmPath(QStringLiteral("de"))));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(models::DisplayNames::status(api::CertificateAuthorityStatus::ACTIVE),
             QStringLiteral("Aktiv"));
    // Texts of the engine's template catalogue are translated too.
    QVERIFY(crypto::defaultTemplate().description().contains(QStringLiteral("Endentität")));
    {
        test::GuiFixture f;
        const QString root = f.engine.createActiveRoot(QStringLiteral("Beispiel Stamm-CA"));
        f.engine.issue(root, QStringLiteral("www.beispiel.de"));
        PCA_WAIT_FOR(f.window->caModel()->indexForArn(root).isValid());
        f.window->selectCertificateAuthority(root);
        PCA_WAIT_FOR(f.window->selectedArn() == root);
        QCOMPARE(f.window->action(models::CaAction::CreateCertificateAuthority)->text(),
                 QStringLiteral("CA erstellen …"));
        QCOMPARE(f.window->details()->tabs()->tabText(views::CertificateAuthorityDetails::Tags),
                 QStringLiteral("Tags"));
        QCOMPARE(
            f.window->details()->tabs()->tabText(views::CertificateAuthorityDetails::Revocation),
            QStringLiteral("Widerruf"));
        PCA_WAIT_FOR(f.window->caModel()->indexForArn(root, 1).data().toString() ==
                     QStringLiteral("Aktiv"));

        // The Certificate Manager area speaks German too.
        QCOMPARE(f.window->areaNavigation()
                     ->item(int(views::MainWindow::Area::ManagedCertificates))
                     ->text(),
                 QStringLiteral("Verwaltete Zertifikate"));
        api::acm::RequestCertificateRequest request;
        request.domainName = QStringLiteral("shop.beispiel.de");
        request.certificateAuthorityArn = root;
        const QString arn = *f.certificateManager.requestCertificate(request).certificateArn;
        f.certificateManager.waitForBackgroundWork();
        f.certificateManager.renewCertificate({arn}); // fails: the CA does not authorize ACM
        f.certificateManager.waitForBackgroundWork();
        f.window->setArea(views::MainWindow::Area::ManagedCertificates);
        views::ManagedCertificatesPage *page = f.window->certificatesPage();
        page->refresh();
        const auto details = [page, &arn] {
            const models::ManagedCertificateModel *model = page->model();
            return model
                ->index(model->rowForArn(arn), models::ManagedCertificateModel::DetailsColumn)
                .data()
                .toString();
        };
        PCA_WAIT_FOR(details() == QStringLiteral("ACM nicht berechtigt"));
        page->selectCertificate(arn);
        f.acmClient.waitForIdle();
        QTest::qWait(20);
        QVERIFY(
            test::saveScreenshot(f.window.get(), QStringLiteral("acm-1-managed-certificates-de")));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TranslationsTest::settingsOfferEveryLanguage()
{
    views::Languages::setCatalogueDirectory(QStringLiteral(PRIVATECA_QM_DIR));
    test::GuiFixture f;
    views::SettingsDialog dialog(&f.client, f.engine.directory());
    dialog.show();
    auto *choice = test::find<QComboBox>(&dialog, QStringLiteral("settingsLanguage"));
    QVERIFY(choice);
    QCOMPARE(choice->currentIndex(), 0);
    QCOMPARE(choice->itemText(0), QStringLiteral("System default"));
    QCOMPARE(choice->itemData(0).toString(), QString());
    QStringList names, codes;
    for (int i = 1; i < choice->count(); ++i) {
        names << choice->itemText(i);
        codes << choice->itemData(i).toString();
    }
    // Each language named in its own language, English (the sources) among them.
    for (const QString &name :
         {QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Español"),
          QStringLiteral("Français"), QStringLiteral("日本語"), QStringLiteral("简体中文")})
        QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1Char(' '))));
    QStringList expectedCodes = m_languages;
    expectedCodes << QStringLiteral("en");
    expectedCodes.sort();
    QCOMPARE(codes, expectedCodes);

    choice->setCurrentIndex(choice->findData(QStringLiteral("fr")));
    test::click(test::find<QPushButton>(&dialog, QStringLiteral("settingsOkButton")));
    PCA_WAIT_FOR(dialog.result() == QDialog::Accepted);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));

    // Opened again, the dialog shows the choice; "System default" removes it.
    views::SettingsDialog again(&f.client, f.engine.directory());
    auto *choiceAgain = test::find<QComboBox>(&again, QStringLiteral("settingsLanguage"));
    QCOMPARE(choiceAgain->currentData().toString(), QStringLiteral("fr"));
    choiceAgain->setCurrentIndex(0);
    again.accept();
    PCA_WAIT_FOR(again.result() == QDialog::Accepted);
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
}

void TranslationsTest::startLoadsTheChosenCatalogue()
{
    views::Languages::setCatalogueDirectory(QStringLiteral(PRIVATECA_QM_DIR));
    QCoreApplication *app = QCoreApplication::instance();
    const auto createCa = [] {
        return QCoreApplication::translate("pca::views::MainWindow", "Create CA…");
    };
    const auto expected = [](const QString &code) {
        return translationIn(readCatalogue(tsPath(code)), QStringLiteral("pca::views::MainWindow"),
                             QStringLiteral("Create CA…"));
    };

    // A choice in Settings wins over the system language, and sets the locale of dates too.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // the "system"
    views::Languages::setChosen(QStringLiteral("fr"));
    QCOMPARE(views::Languages::install(app), QStringLiteral("fr"));
    QCOMPARE(createCa(), expected(QStringLiteral("fr")));
    QCOMPARE(QLocale().language(), QLocale::French);

    // Each start replaces what was installed: English means the sources themselves.
    views::Languages::setChosen(QStringLiteral("en"));
    QCOMPARE(views::Languages::install(app), QStringLiteral("en"));
    QCOMPARE(createCa(), QStringLiteral("Create CA…"));

    // Without a choice the app follows the system language.
    views::Languages::setChosen(QString());
    for (const QString &code : std::as_const(m_languages)) {
        QLocale::setDefault(QLocale(code));
        QCOMPARE(views::Languages::install(app), code);
        QCOMPARE(createCa(), expected(code));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(views::Languages::install(app), QStringLiteral("en"));
    QCOMPARE(createCa(), QStringLiteral("Create CA…"));

    // A choice whose catalogue is gone falls back to the system language.
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    views::Languages::setChosen(QStringLiteral("xx"));
    QCOMPARE(views::Languages::install(app), QStringLiteral("es"));

    views::Languages::setChosen(QString());
    QLocale::setDefault(QLocale::c());
    QCOMPARE(views::Languages::install(app), QStringLiteral("en"));
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"

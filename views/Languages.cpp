#include "Languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace pca::views {

namespace {

const QString sourceLanguage = QStringLiteral("en");
const QString settingsKey = QStringLiteral("language");
const QString catalogueTranslatorName = QStringLiteral("privatecaCatalogue");
const QString qtTranslatorName = QStringLiteral("privatecaQtCatalogue");

QString &catalogueDirectoryValue()
{
    static QString directory = QStringLiteral(":/i18n");
    return directory;
}

// Replaces the translator named `name` that an earlier install() left on `app`.
void removeTranslator(QCoreApplication *app, const QString &name)
{
    for (QTranslator *translator :
         app->findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString Languages::catalogueDirectory()
{
    return catalogueDirectoryValue();
}

void Languages::setCatalogueDirectory(const QString &directory)
{
    catalogueDirectoryValue() = directory;
}

QList<Language> Languages::available()
{
    QList<Language> languages{{sourceLanguage, nativeName(sourceLanguage)}};
    const QStringList files =
        QDir(catalogueDirectory()).entryList({QStringLiteral("privateca_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = QFileInfo(file).completeBaseName().mid(int(qstrlen("privateca_")));
        if (!code.isEmpty() && code != sourceLanguage)
            languages.append({code, nativeName(code)});
    }
    std::sort(languages.begin(), languages.end(),
              [](const Language &a, const Language &b) { return a.code < b.code; });
    return languages;
}

QString Languages::nativeName(const QString &code)
{
    // How each language names itself in a language menu (CLDR writes some in lower case and
    // calls Simplified Chinese just "中文").
    static const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    for (const auto &[known, name] : names) {
        if (known == code)
            return name;
    }
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    return name;
}

QString Languages::chosen()
{
    return QSettings().value(settingsKey).toString();
}

void Languages::setChosen(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(settingsKey);
    else
        QSettings().setValue(settingsKey, code);
}

QString Languages::install(QCoreApplication *app)
{
    removeTranslator(app, catalogueTranslatorName);
    removeTranslator(app, qtTranslatorName);

    const QString choice = chosen();
    const QList<Language> languages = available();
    const bool explicitChoice =
        std::any_of(languages.begin(), languages.end(),
                    [&choice](const Language &language) { return language.code == choice; });
    QLocale locale; // the default locale: the system's unless something set another
    if (explicitChoice) {
        locale = QLocale(choice);
        QLocale::setDefault(locale);
    }
    if (explicitChoice && choice == sourceLanguage)
        return sourceLanguage; // English: the sources themselves, Qt's strings as they are

    QString loaded = sourceLanguage;
    auto *own = new QTranslator(app);
    own->setObjectName(catalogueTranslatorName);
    if (own->load(locale, QStringLiteral("privateca"), QStringLiteral("_"), catalogueDirectory())) {
        QCoreApplication::installTranslator(own);
        loaded = QFileInfo(own->filePath()).completeBaseName().mid(int(qstrlen("privateca_")));
    } else {
        delete own;
    }
    auto *qt = new QTranslator(app);
    qt->setObjectName(qtTranslatorName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace pca::views

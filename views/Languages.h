// The languages of the user interface: English (the language of the sources) and one per
// compiled catalogue privateca_<code>.qm, each named in its own language. The choice lives in
// QSettings ("language"; empty or absent: follow the system) and takes effect when install()
// runs, at start.
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace pca::views {

struct Language
{
    QString code;       // "de", "zh_CN"; "en" for the untranslated sources
    QString nativeName; // "Deutsch", "简体中文"
};

class Languages
{
public:
    // Where the catalogues are: the executable's resources (":/i18n") unless set (tests).
    static QString catalogueDirectory();
    static void setCatalogueDirectory(const QString &directory);

    // English and every catalogue in catalogueDirectory(), sorted by code.
    static QList<Language> available();
    static QString nativeName(const QString &code);

    // The code chosen in Settings; empty when the app follows the system language.
    static QString chosen();
    static void setChosen(const QString &code);

    // Installs the app's catalogue and Qt's own for the chosen language, or for the default
    // locale's (the system's) when none is chosen or the chosen one is no longer available,
    // replacing what an earlier call installed. An explicit choice also becomes the default
    // QLocale so that dates and numbers match the words. Returns the code of the app
    // catalogue loaded; "en" when none is (English).
    static QString install(QCoreApplication *app);
};

} // namespace pca::views

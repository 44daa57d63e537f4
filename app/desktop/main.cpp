// privateca: the desktop app. Parses the command line, finds or creates the store (welcome
// flow on first start, passphrase prompt afterwards, or headless with a passphrase file or
// PRIVATECA_PASSPHRASE), then shows the main window over the in-process engine.
#include "Languages.h"
#include "LocalAccessClient.h"
#include "LocalCertificateManagerClient.h"
#include "LocalEngine.h"
#include "LocalPrivateCaClient.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "ProcessMemory.h"
#include "Theme.h"
#include "ThemedIcons.h"
#include "WelcomeDialog.h"
#include "store/StoreLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

using namespace pca;

struct Options
{
    QString directory;
    std::optional<QByteArray> passphrase;
};

// Returns false (after printing why) when the options cannot be used.
bool parseOptions(QApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Private certificate authorities with AWS Private CA "
                                        "semantics, on your own machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Store directory (default: PRIVATECA_DATA_DIR, the "
                                        "Settings choice, then %1).")
            .arg(store::SqlStore::defaultDirectory()),
        QStringLiteral("DIR"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QApplication::translate("main", "Read the master passphrase from FILE instead of "
                                        "asking (PRIVATECA_PASSPHRASE works too)."),
        QStringLiteral("FILE"));
    const QCommandLineOption storeLocation(
        QStringLiteral("store"),
        QApplication::translate("main", "The store: a directory, or a team store on PostgreSQL "
                                        "as postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] "
                                        "(takes precedence over --data-dir)."),
        QStringLiteral("DIR_OR_URL"));
    parser.addOption(dataDir);
    parser.addOption(storeLocation);
    parser.addOption(passphraseFile);
    parser.process(app);

    const QByteArray envDir = qgetenv("PRIVATECA_DATA_DIR");
    if (parser.isSet(storeLocation))
        options.directory = parser.value(storeLocation);
    else if (parser.isSet(dataDir))
        options.directory = parser.value(dataDir);
    else if (!envDir.isEmpty())
        options.directory = QString::fromLocal8Bit(envDir);
    else
        options.directory =
            QSettings()
                .value(QStringLiteral("storeDirectory"), store::SqlStore::defaultDirectory())
                .toString();
    try {
        // A directory made absolute, or a URL checked (and kept as the user wrote it).
        const store::StoreOptions parsed = store::parseStoreLocation(options.directory);
        if (!store::isDatabaseUrl(options.directory))
            options.directory = parsed.directory;
    } catch (const PcaError &error) {
        std::fprintf(stderr, "privateca: %s\n", qPrintable(error.message()));
        return false;
    }

    if (parser.isSet(passphraseFile)) {
        QFile file(parser.value(passphraseFile));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "privateca: cannot read %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return false;
        }
        QByteArray content = file.readAll();
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        options.passphrase = content;
    } else if (qEnvironmentVariableIsSet("PRIVATECA_PASSPHRASE")) {
        options.passphrase = qgetenv("PRIVATECA_PASSPHRASE");
    }
    return true;
}

// The unlocked store: headless with the given passphrase, else through the dialogs.
std::shared_ptr<store::SqlStore> openStore(const Options &options)
{
    const store::StoreOptions storeOptions = store::parseStoreLocation(options.directory);
    const bool exists = store::SqlStore::exists(storeOptions);
    if (options.passphrase) {
        try {
            if (exists)
                return store::SqlStore::open(storeOptions, *options.passphrase);
            return store::SqlStore::create(
                storeOptions, *options.passphrase,
                {store::SqlStore::generateAccountId(), QStringLiteral("us-east-1")});
        } catch (const PcaError &error) {
            std::fprintf(stderr, "privateca: %s: %s\n", qPrintable(error.type()),
                         qPrintable(error.message()));
            return nullptr;
        }
    }
    if (!exists) {
        views::WelcomeDialog welcome(options.directory);
        if (welcome.exec() != QDialog::Accepted)
            return nullptr;
        if (welcome.directory() != options.directory)
            QSettings().setValue(QStringLiteral("storeDirectory"), welcome.directory());
        if (!welcome.openExisting())
            return welcome.store();
        views::PassphraseDialog prompt(welcome.directory());
        if (prompt.exec() != QDialog::Accepted)
            return nullptr;
        return prompt.store();
    }
    views::PassphraseDialog prompt(options.directory);
    if (prompt.exec() != QDialog::Accepted)
        return nullptr;
    return prompt.store();
}

} // namespace

int main(int argc, char *argv[])
{
    pca::configureProcessAllocator();
#ifdef Q_OS_UNIX
    umask(077); // keys, reports and exports are nobody else's business
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("privateca"));
    QApplication::setApplicationName(QStringLiteral("privateca"));
    QApplication::setApplicationVersion(QStringLiteral(PRIVATECA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("invalid.example.privateca"));
    views::Languages::install(&app); // the language chosen in Settings, else the system's
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Private CA Manager"));
    views::Theme::apply(
        views::Theme::fromSettingsValue(QSettings().value(QStringLiteral("theme")).toString()));
    QApplication::setWindowIcon(views::ThemedIcons::icon(QStringLiteral("privateca")));

    Options options;
    if (!parseOptions(app, options))
        return 2;
    std::shared_ptr<store::SqlStore> store = openStore(options);
    if (!store)
        return options.passphrase ? 1 : 0;

    models::LocalEngine engine(store);
    models::LocalPrivateCaClient client(engine.service());
    client.setLocation(store::describeStoreLocation(store::parseStoreLocation(options.directory)));
    models::LocalCertificateManagerClient acmClient(engine.certificateManager());
    models::LocalAccessClient accessClient(engine.identity(), engine.events());
    views::MainWindow window(&client, &acmClient, &accessClient);
    window.show();

    // Time-driven work of the engines: expiry, permanent deletion, CRLs re-issued on time,
    // managed renewal of ACM's certificates and pruning of the event history while the app runs.
    const auto runMaintenance = [&client, &acmClient, &accessClient] {
        client.runMaintenance(nullptr, nullptr);
        acmClient.runMaintenance(nullptr, nullptr);
        accessClient.runMaintenance(nullptr, nullptr); // prunes the event history
    };
    QTimer maintenance;
    maintenance.setInterval(60 * 1000);
    QObject::connect(&maintenance, &QTimer::timeout, &client, runMaintenance);
    maintenance.start();
    runMaintenance();
    return app.exec();
}

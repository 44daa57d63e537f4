// privateca: the desktop app. Parses the command line, finds or creates the store (welcome
// flow on first start, passphrase prompt afterwards, or headless with a passphrase file or
// PRIVATECA_PASSPHRASE), then shows the main window over the in-process engine — or connects
// to a privateca-server (--connect, File > Connect to a server…, the welcome dialog, or again at
// start when the last session was on a server) and shows it over the remote clients.
#include "ConnectToServerDialog.h"
#include "Languages.h"
#include "LocalAccessClient.h"
#include "LocalCertificateManagerClient.h"
#include "LocalEngine.h"
#include "LocalPrivateCaClient.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "ProcessMemory.h"
#include "RemoteAccessClient.h"
#include "RemoteCertificateManagerClient.h"
#include "RemotePrivateCaClient.h"
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
#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

using namespace pca;

struct Options
{
    QString directory;
    bool directoryGiven = false; // --data-dir or PRIVATECA_DATA_DIR
    std::optional<QByteArray> passphrase;
    QString connectUrl; // --connect
    QString profile;    // --profile
};

// QSettings key of where the last session was: "server" or "local".
const QString kLastSession = QStringLiteral("session/last");

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
    const QCommandLineOption connect(
        QStringLiteral("connect"),
        QApplication::translate("main", "Work on the privateca-server at URL instead of a local "
                                        "store (asks for the access key unless --profile)."),
        QStringLiteral("URL"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "Sign the calls to the server with the access key of "
                                        "this AWS profile (~/.aws/credentials)."),
        QStringLiteral("NAME"));
    const QCommandLineOption storeLocation(
        QStringLiteral("store"),
        QApplication::translate("main", "The store: a directory, or a team store on PostgreSQL "
                                        "as postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] "
                                        "(takes precedence over --data-dir)."),
        QStringLiteral("DIR_OR_URL"));
    parser.addOption(dataDir);
    parser.addOption(storeLocation);
    parser.addOption(passphraseFile);
    parser.addOption(connect);
    parser.addOption(profile);
    parser.process(app);
    options.connectUrl = parser.value(connect);
    options.profile = parser.value(profile);
    if (!options.profile.isEmpty() && options.connectUrl.isEmpty()) {
        std::fprintf(stderr, "privateca: --profile goes with --connect URL\n");
        return false;
    }
    if (!options.connectUrl.isEmpty() && parser.isSet(dataDir)) {
        std::fprintf(stderr, "privateca: --connect and --data-dir exclude each other\n");
        return false;
    }

    const QByteArray envDir = qgetenv("PRIVATECA_DATA_DIR");
    options.directoryGiven =
        parser.isSet(storeLocation) || parser.isSet(dataDir) || !envDir.isEmpty();
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
// `connectInstead` is set when the welcome dialog chose a server over a local store.
std::shared_ptr<store::SqlStore> openStore(const Options &options, bool &connectInstead)
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
        const int result = welcome.exec();
        connectInstead = result == views::WelcomeDialog::ConnectToServer;
        if (result != QDialog::Accepted)
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

// The main window over the in-process engine until the app quits or the window asks to
// connect to a server (`connectRequested`, which ends the event loop when it connected).
int runLocal(QApplication &app, const Options &options, std::shared_ptr<store::SqlStore> store,
             const std::function<void(QWidget *)> &connectRequested)
{
    models::LocalEngine engine(std::move(store));
    models::LocalPrivateCaClient client(engine.service());
    client.setLocation(store::describeStoreLocation(store::parseStoreLocation(options.directory)));
    models::LocalCertificateManagerClient acmClient(engine.certificateManager());
    models::LocalAccessClient accessClient(engine.identity(), engine.events());
    views::MainWindow window(&client, &acmClient, &accessClient);
    QObject::connect(&window, &views::MainWindow::connectToServerRequested, &window,
                     [&window, &connectRequested] { connectRequested(&window); });
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
    const int result = app.exec();
    // Calls still running finish before the engine goes.
    client.waitForIdle();
    acmClient.waitForIdle();
    accessClient.waitForIdle();
    return result;
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

    // A server at start: asked for on the command line, or where the last session was (unless a
    // store directory was asked for).
    bool remote = !options.connectUrl.isEmpty() ||
                  (!options.directoryGiven && !options.passphrase &&
                   QSettings().value(kLastSession).toString() == QLatin1String("server"));
    std::unique_ptr<models::RemoteConnection> pending;
    models::CallerIdentity pendingIdentity;
    bool firstConnect = true;
    for (;;) {
        if (remote && !pending) {
            views::ConnectToServerDialog dialog;
            if (firstConnect)
                dialog.preset(options.connectUrl, options.profile);
            // At start, a profile needs no typing: connect at once (the dialog shows progress, or
            // why not); a typed key asks for its secret, which is never remembered.
            if (firstConnect && dialog.canConnect())
                QTimer::singleShot(0, &dialog, &views::ConnectToServerDialog::accept);
            firstConnect = false;
            if (dialog.exec() == QDialog::Accepted) {
                pending = dialog.takeConnection();
                pendingIdentity = dialog.identity();
            } else {
                remote = false; // back to the local store
            }
        }
        int result = 0;
        bool switchTo = false;
        bool toRemote = false;
        const auto connectRequested = [&switchTo, &toRemote, &pending,
                                       &pendingIdentity](QWidget *window) {
            views::ConnectToServerDialog dialog(window);
            if (dialog.exec() != QDialog::Accepted)
                return; // stays where it is
            pending = dialog.takeConnection();
            pendingIdentity = dialog.identity();
            switchTo = true;
            toRemote = true;
            QApplication::exit(0);
        };
        if (pending) {
            QSettings().setValue(kLastSession, QStringLiteral("server"));
            std::unique_ptr<models::RemoteConnection> connection = std::move(pending);
            models::RemotePrivateCaClient client(connection.get(), pendingIdentity);
            models::RemoteCertificateManagerClient acmClient(connection.get());
            models::RemoteAccessClient accessClient(connection.get(), pendingIdentity);
            views::MainWindow window(&client, &acmClient, &accessClient);
            QObject::connect(&window, &views::MainWindow::connectToServerRequested, &window,
                             [&] { connectRequested(&window); });
            QObject::connect(&window, &views::MainWindow::openLocalStoreRequested, &window, [&] {
                switchTo = true;
                toRemote = false;
                QSettings().setValue(kLastSession, QStringLiteral("local"));
                QApplication::exit(0);
            });
            window.show();
            result = app.exec();
        } else {
            bool connectInstead = false;
            std::shared_ptr<store::SqlStore> store = openStore(options, connectInstead);
            if (connectInstead) {
                remote = true;
                continue;
            }
            if (!store)
                return options.passphrase ? 1 : 0;
            QSettings().setValue(kLastSession, QStringLiteral("local"));
            result =
                runLocal(app, options, store, [&](QWidget *window) { connectRequested(window); });
        }
        if (!switchTo)
            return result;
        remote = toRemote;
    }
}

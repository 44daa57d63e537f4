// privateca-server: AWS Private CA's API (AWS JSON 1.1 + SigV4), an OCSP responder and the
// CRL / audit-report objects over HTTP, on the same store as the desktop application.
#include "AccessCredentials.h"
#include "ApiServer.h"
#include "ListenAddress.h"
#include "ProcessMemory.h"
#include "ShutdownSignalWatcher.h"
#include "service/CertificateManager.h"
#include "service/EventHistory.h"
#include "service/IdentityService.h"
#include "service/PrivateCaService.h"
#include "store/SqlStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cstdio>
#include <sys/stat.h>

using namespace pca;
using namespace pca::server;

namespace {

void printLine(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void printWarning(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("privateca-server: warning: ") + text + QLatin1Char('\n')),
               stderr);
}

struct CommandLine
{
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QStringLiteral("Store directory (default: the desktop "
                                              "application's store, %1).")
                                   .arg(store::SqlStore::defaultDirectory()),
                               QStringLiteral("DIR")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              QStringLiteral("Address and port to listen on; port 0 picks a "
                                             "free port (default: 127.0.0.1:8080)."),
                              QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")};
    QCommandLineOption allowRemote{QStringLiteral("allow-remote"),
                                   QStringLiteral("Allow listening on an address that is not "
                                                  "loopback (plain HTTP: put TLS in front).")};
    QCommandLineOption publicUrl{QStringLiteral("public-url"),
                                 QStringLiteral("Base URL written into CRL distribution points "
                                                "and OCSP URLs, and stored for the desktop "
                                                "application (default: http://<listen "
                                                "address>)."),
                                 QStringLiteral("URL")};
    QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"),
                                      QStringLiteral("File holding the store passphrase (else "
                                                     "$PRIVATECA_PASSPHRASE). A new store is "
                                                     "created with it."),
                                      QStringLiteral("FILE")};
    QCommandLineOption region{QStringLiteral("region"),
                              QStringLiteral("Region of a new store (default: us-east-1)."),
                              QStringLiteral("REGION")};
    QCommandLineOption accountId{QStringLiteral("account-id"),
                                 QStringLiteral("12-digit account id of a new store, or of the "
                                                "account to create or delete with 'account' "
                                                "(default: random)."),
                                 QStringLiteral("ID")};
    QCommandLineOption accountName{QStringLiteral("name"),
                                   QStringLiteral("Name of the account 'account create' creates."),
                                   QStringLiteral("NAME")};
    QCommandLineOption eventRetention{QStringLiteral("event-retention-days"),
                                      QStringLiteral("Days the event history (CloudTrail "
                                                     "LookupEvents) keeps a call (default: 90; "
                                                     "0: keep no event history)."),
                                      QStringLiteral("DAYS"), QStringLiteral("90")};
};

QByteArray readPassphrase(const QCommandLineParser &parser, const CommandLine &options)
{
    QByteArray passphrase;
    if (parser.isSet(options.passphraseFile)) {
        const QString path = parser.value(options.passphraseFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            throw ConfigurationError(QStringLiteral("Cannot read the passphrase file %1: %2")
                                         .arg(path, file.errorString()));
        }
        if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            printWarning(QStringLiteral("%1 is readable by other users.").arg(path));
        passphrase = file.read(64 * 1024);
        // One trailing line break is part of the file format, not of the passphrase.
        if (passphrase.endsWith('\n'))
            passphrase.chop(1);
        if (passphrase.endsWith('\r'))
            passphrase.chop(1);
    } else {
        passphrase = qgetenv("PRIVATECA_PASSPHRASE");
        qunsetenv("PRIVATECA_PASSPHRASE"); // not inherited by anything started later
    }
    if (passphrase.isEmpty()) {
        throw ConfigurationError(
            QStringLiteral("The store passphrase is required: use --passphrase-file FILE or set "
                           "PRIVATECA_PASSPHRASE."));
    }
    return passphrase;
}

std::unique_ptr<store::SqlStore> openOrCreateStore(const QCommandLineParser &parser,
                                                   const CommandLine &options,
                                                   const QString &directory,
                                                   const QByteArray &passphrase)
{
    store::StoreOptions storeOptions;
    storeOptions.directory = directory;
    const QString region = parser.value(options.region);
    const QString accountId = parser.value(options.accountId);
    static const QRegularExpression regionPattern(
        QStringLiteral("\\A[a-z]{2}(-[a-z]+)+-[0-9]+\\z"));
    static const QRegularExpression accountPattern(QStringLiteral("\\A[0-9]{12}\\z"));
    if (parser.isSet(options.region) && !regionPattern.match(region).hasMatch())
        throw ConfigurationError(
            QStringLiteral("'%1' is not a region name such as us-east-1.").arg(region));
    if (parser.isSet(options.accountId) && !accountPattern.match(accountId).hasMatch())
        throw ConfigurationError(
            QStringLiteral("The account id must be 12 digits, got '%1'.").arg(accountId));

    if (store::SqlStore::exists(storeOptions)) {
        std::unique_ptr<store::SqlStore> store = store::SqlStore::open(storeOptions, passphrase);
        const store::StoreIdentity &identity = store->identity();
        if ((parser.isSet(options.region) && region != identity.region) ||
            (parser.isSet(options.accountId) && accountId != identity.accountId)) {
            throw ConfigurationError(
                QStringLiteral("The store in %1 is account %2 in %3; --region and --account-id "
                               "only apply when a store is created.")
                    .arg(directory, identity.accountId, identity.region));
        }
        return store;
    }
    store::StoreIdentity identity;
    identity.region = parser.isSet(options.region) ? region : QStringLiteral("us-east-1");
    identity.accountId =
        parser.isSet(options.accountId) ? accountId : store::SqlStore::generateAccountId();
    std::unique_ptr<store::SqlStore> store =
        store::SqlStore::create(storeOptions, passphrase, identity);
    printLine(QStringLiteral("Created a new store in %1").arg(directory));
    return store;
}

int run(QCoreApplication &app, const QCommandLineParser &parser, const CommandLine &options)
{
    const ListenAddress listen = ListenAddress::parse(parser.value(options.listen));
    if (!listen.isLoopback()) {
        if (!parser.isSet(options.allowRemote)) {
            throw ConfigurationError(
                QStringLiteral("%1 is not a loopback address. Listening on it exposes the API, "
                               "OCSP and CRLs to the network over plain HTTP; pass "
                               "--allow-remote to do so.")
                    .arg(listen.address.toString()));
        }
        printWarning(QStringLiteral("listening on %1, which is reachable from the network. "
                                    "Traffic is plain HTTP: anyone on the path can read CA "
                                    "answers; put a TLS-terminating proxy in front and keep the "
                                    "credentials secret.")
                         .arg(listen.address.toString()));
    }

    const QString directory = parser.isSet(options.dataDir)
                                  ? QDir(parser.value(options.dataDir)).absolutePath()
                                  : store::SqlStore::defaultDirectory();
    const QByteArray passphrase = readPassphrase(parser, options);
    std::unique_ptr<store::SqlStore> store =
        openOrCreateStore(parser, options, directory, passphrase);
    const ServerCredentials credentials =
        loadOrCreateCredentials(directory, QProcessEnvironment::systemEnvironment());

    SystemClock clock;
    auto service = std::make_unique<PrivateCaService>(*store, clock);
    if (parser.isSet(options.publicUrl)) {
        const QString url = parser.value(options.publicUrl);
        service->setPublicBaseUrlOverride(url); // validates
        service->setStoredPublicBaseUrl(url);
    }

    bool retentionOk = false;
    const int retentionDays = parser.value(options.eventRetention).toInt(&retentionOk);
    if (!retentionOk || retentionDays < 0 || retentionDays > 3650) {
        throw ConfigurationError(QStringLiteral(
            "--event-retention-days must be a number of days from 0 (no history) to 3650."));
    }
    EventHistory::Options eventOptions;
    eventOptions.retentionDays = retentionDays;
    // 0: no event history at all (the fastest issuance; LookupEvents is refused).
    auto events = retentionDays > 0 ? std::make_unique<EventHistory>(*store, clock, eventOptions)
                                    : std::unique_ptr<EventHistory>();
    auto identityService = std::make_unique<IdentityService>(*store, clock);

    auto certificateManager = std::make_unique<CertificateManager>(*store, *service);
    ApiServerOptions serverOptions;
    serverOptions.certificateManager = certificateManager.get();
    serverOptions.identity = identityService.get();
    serverOptions.events = events.get();
    // Tuning: how long an idle handler thread lives (its store connection closes with it).
    bool idleOk = false;
    const int idleMs = qEnvironmentVariableIntValue("PRIVATECA_HANDLER_IDLE_MS", &idleOk);
    if (idleOk && idleMs > 0)
        serverOptions.http.handlerThreadExpiry = std::chrono::milliseconds(idleMs);
    auto server = std::make_unique<ApiServer>(*service, clock, QList<AccessKey>{credentials.key},
                                              serverOptions);
    if (!server->listen(listen.address, listen.port)) {
        throw ConfigurationError(QStringLiteral("Cannot listen on %1: %2")
                                     .arg(listen.authority(listen.port), server->errorString()));
    }
    const QString baseUrl = QStringLiteral("http://") + listen.authority(server->serverPort());
    if (!parser.isSet(options.publicUrl)) {
        service->setPublicBaseUrlOverride(baseUrl);
        if (listen.isWildcard()) {
            printWarning(QStringLiteral("certificates will name %1 in their CRL and OCSP URLs; "
                                        "pass --public-url with the name clients use.")
                             .arg(baseUrl));
        }
    }

    ShutdownSignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &ShutdownSignalWatcher::shutdownRequested, &app, [&](int number) {
            std::fprintf(stderr, "privateca-server: signal %d received, shutting down\n", number);
            server->shutdown();
            app.quit();
        });

    const store::StoreIdentity &identity = store->identity();
    printLine(QStringLiteral("Store: %1 (account %2, region %3)")
                  .arg(directory, identity.accountId, identity.region));
    if (credentials.filePath.isEmpty()) {
        printLine(QStringLiteral("Credentials: access key %1 from PRIVATECA_ACCESS_KEY_ID")
                      .arg(QString::fromUtf8(credentials.key.accessKeyId)));
    } else {
        printLine(QStringLiteral("Credentials: %1 (profile %2%3)")
                      .arg(credentials.filePath, QLatin1StringView(SharedCredentialsFile::kProfile),
                           credentials.created ? QStringLiteral(", created") : QString()));
        printLine(QStringLiteral("  export AWS_SHARED_CREDENTIALS_FILE=%1 AWS_PROFILE=%2 "
                                 "AWS_DEFAULT_REGION=%3")
                      .arg(credentials.filePath, QLatin1StringView(SharedCredentialsFile::kProfile),
                           identity.region));
    }
    printLine(QStringLiteral("Public URL: %1").arg(service->publicBaseUrl()));
    printLine(QStringLiteral("Listening on %1").arg(baseUrl));

    const int status = app.exec();
    server->shutdown();
    server.reset();
    events.reset();             // writes the events still buffered
    certificateManager.reset(); // waits for issuance and renewals under way
    service.reset();            // waits for background work (key generation, reports)
    store.reset();
    return status;
}

// privateca-server account create|list|delete: local administration of the store's accounts
// by whoever holds the store passphrase (also while a server runs on the store).
int runAccountCommand(const QCommandLineParser &parser, const CommandLine &options)
{
    const QStringList arguments = parser.positionalArguments();
    const QString verb = arguments.value(1);
    if (arguments.size() > 3 || (verb != QLatin1String("create") && verb != QLatin1String("list") &&
                                 verb != QLatin1String("delete"))) {
        throw ConfigurationError(QStringLiteral(
            "Usage: privateca-server [--data-dir DIR] account create [--account-id ID] "
            "[--name NAME] | account list | account delete ID"));
    }
    const QString directory = parser.isSet(options.dataDir)
                                  ? QDir(parser.value(options.dataDir)).absolutePath()
                                  : store::SqlStore::defaultDirectory();
    store::StoreOptions storeOptions;
    storeOptions.directory = directory;
    if (!store::SqlStore::exists(storeOptions)) {
        throw ConfigurationError(
            QStringLiteral("There is no store in %1: start privateca-server once to create it.")
                .arg(directory));
    }
    const QByteArray passphrase = readPassphrase(parser, options);
    std::unique_ptr<store::SqlStore> store = store::SqlStore::open(storeOptions, passphrase);
    SystemClock clock;
    IdentityService identity(*store, clock);

    if (verb == QLatin1String("list")) {
        printLine(QStringLiteral("%1  %2  %3")
                      .arg(QStringLiteral("ACCOUNT"), -12)
                      .arg(QStringLiteral("USERS"), 5)
                      .arg(QStringLiteral("NAME")));
        for (const AccountSummary &account : identity.listAccounts()) {
            printLine(QStringLiteral("%1  %2  %3%4")
                          .arg(account.accountId, -12)
                          .arg(account.users, 5)
                          .arg(account.name, account.storeAccount
                                                 ? QStringLiteral(" (the store's account)")
                                                 : QString()));
        }
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        const QString id =
            arguments.size() == 3 ? arguments.at(2) : parser.value(options.accountId);
        if (id.isEmpty())
            throw ConfigurationError(QStringLiteral("Name the account: account delete ID."));
        identity.deleteAccount(id);
        std::fprintf(stderr, "Deleted account %s with its users and keys.\n", qPrintable(id));
        return 0;
    }
    const CreatedAccount created =
        identity.createAccount(parser.value(options.accountId), parser.value(options.accountName));
    // The administrator's credentials, as a profile of an AWS shared-credentials file.
    printLine(QStringLiteral("# Account %1 (%2): its administrator. The secret is shown once.")
                  .arg(created.accountId, created.name));
    // The profile is named after the account: lower case, anything but letters and digits
    // as '-' (a name with spaces would need quoting on every --profile).
    QString profile;
    for (const QChar c : created.name.toLower())
        profile += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-');
    profile.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    profile.remove(QRegularExpression(QStringLiteral("^-|-$")));
    printLine(QStringLiteral("[%1]").arg(profile.isEmpty() ? created.accountId : profile));
    printLine(QStringLiteral("aws_access_key_id = %1").arg(created.accessKeyId));
    printLine(QStringLiteral("aws_secret_access_key = %1").arg(created.secretAccessKey));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    pca::configureProcessAllocator();
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("privateca"));
    QCoreApplication::setApplicationName(QStringLiteral("privateca"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIVATECA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the AWS Private CA API (AWS JSON 1.1 with SigV4), an OCSP responder and the CRL "
        "and audit-report objects of a Private CA Manager store over HTTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    const CommandLine options;
    parser.addOptions({options.dataDir, options.listen, options.allowRemote, options.publicUrl,
                       options.passphraseFile, options.region, options.accountId,
                       options.accountName, options.eventRetention});
    parser.addPositionalArgument(
        QStringLiteral("account"),
        QStringLiteral("account create [--account-id ID] [--name NAME]: add an account and print "
                       "its administrator's credentials; account list; account delete ID."),
        QStringLiteral("[account create|list|delete]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() != QLatin1String("account")) {
        std::fprintf(stderr, "privateca-server: unexpected argument '%s' (see --help)\n",
                     qPrintable(positional.first()));
        return 2;
    }

    try {
        if (!positional.isEmpty())
            return runAccountCommand(parser, options);
        return run(app, parser, options);
    } catch (const PcaError &error) {
        std::fprintf(stderr, "privateca-server: error: %s\n", qPrintable(error.message()));
    } catch (const std::exception &error) {
        std::fprintf(stderr, "privateca-server: error: %s\n", error.what());
    }
    return 1;
}

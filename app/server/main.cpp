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
#include "store/StoreCopy.h"
#include "store/StoreLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

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
                               QStringLiteral("Directory of the SQLite store and of the server's "
                                              "credentials file (default: the desktop "
                                              "application's, %1).")
                                   .arg(store::SqlStore::defaultDirectory()),
                               QStringLiteral("DIR")};
    QCommandLineOption store{QStringLiteral("store"),
                             QStringLiteral("The store: a directory (SQLite), or a PostgreSQL "
                                            "database as postgresql://USER@HOST[:PORT]/DB"
                                            "[?schema=NAME&sslmode=…] with libpq's URI rules "
                                            "(default: the --data-dir directory)."),
                             QStringLiteral("DIR_OR_URL")};
    QCommandLineOption copyFrom{QStringLiteral("from"),
                                QStringLiteral("The store 'store copy' reads (directory or URL)."),
                                QStringLiteral("DIR_OR_URL")};
    QCommandLineOption copyTo{QStringLiteral("to"),
                              QStringLiteral("The empty location 'store copy' writes (directory "
                                             "or URL)."),
                              QStringLiteral("DIR_OR_URL")};
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

// The directory of local files (the SQLite store, the credentials file).
QString dataDirectory(const QCommandLineParser &parser, const CommandLine &options)
{
    return parser.isSet(options.dataDir) ? QDir(parser.value(options.dataDir)).absolutePath()
                                         : store::SqlStore::defaultDirectory();
}

// --store, else the SQLite store of the data directory.
store::StoreOptions storeLocation(const QCommandLineParser &parser, const CommandLine &options)
{
    const QString location =
        parser.isSet(options.store) ? parser.value(options.store) : dataDirectory(parser, options);
    try {
        return store::parseStoreLocation(location);
    } catch (const PcaError &error) {
        throw ConfigurationError(error.message());
    }
}

std::unique_ptr<store::SqlStore> openOrCreateStore(const QCommandLineParser &parser,
                                                   const CommandLine &options,
                                                   const store::StoreOptions &storeOptions,
                                                   const QByteArray &passphrase)
{
    const QString where = store::describeStoreLocation(storeOptions);
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
                QStringLiteral("The store %1 is account %2 in %3; --region and --account-id "
                               "only apply when a store is created.")
                    .arg(where, identity.accountId, identity.region));
        }
        return store;
    }
    store::StoreIdentity identity;
    identity.region = parser.isSet(options.region) ? region : QStringLiteral("us-east-1");
    identity.accountId =
        parser.isSet(options.accountId) ? accountId : store::SqlStore::generateAccountId();
    std::unique_ptr<store::SqlStore> store =
        store::SqlStore::create(storeOptions, passphrase, identity);
    printLine(QStringLiteral("Created a new store in %1").arg(where));
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

    const QString directory = dataDirectory(parser, options);
    const store::StoreOptions storeOptions = storeLocation(parser, options);
    const QByteArray passphrase = readPassphrase(parser, options);
    std::unique_ptr<store::SqlStore> store =
        openOrCreateStore(parser, options, storeOptions, passphrase);
    if (!QDir().mkpath(directory))
        throw ConfigurationError(QStringLiteral("Cannot create the directory %1.").arg(directory));
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
    // Tuning and tests: how often maintenance runs (default: every minute).
    bool intervalOk = false;
    const int intervalMs =
        qEnvironmentVariableIntValue("PRIVATECA_MAINTENANCE_INTERVAL_MS", &intervalOk);
    if (intervalOk && intervalMs >= 100)
        serverOptions.maintenanceInterval = std::chrono::milliseconds(intervalMs);
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
    printLine(
        QStringLiteral("Store: %1 (account %2, region %3)")
            .arg(store::describeStoreLocation(storeOptions), identity.accountId, identity.region));
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
            "Usage: privateca-server [--store DIR_OR_URL] account create [--account-id ID] "
            "[--name NAME] | account list | account delete ID"));
    }
    const store::StoreOptions storeOptions = storeLocation(parser, options);
    if (!store::SqlStore::exists(storeOptions)) {
        throw ConfigurationError(
            QStringLiteral("There is no store in %1: start privateca-server once to create it.")
                .arg(store::describeStoreLocation(storeOptions)));
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

// privateca-server store copy --from A --to B: the whole store to an empty location, then
// checked (row counts, certificates parse, the passphrase opens it, audit trail and event
// history verify).
int runStoreCommand(const QCommandLineParser &parser, const CommandLine &options)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2 || arguments.at(1) != QLatin1String("copy") ||
        !parser.isSet(options.copyFrom) || !parser.isSet(options.copyTo)) {
        throw ConfigurationError(
            QStringLiteral("Usage: privateca-server store copy --from DIR_OR_URL --to DIR_OR_URL"));
    }
    store::StoreOptions from;
    store::StoreOptions to;
    try {
        from = store::parseStoreLocation(parser.value(options.copyFrom));
        to = store::parseStoreLocation(parser.value(options.copyTo));
    } catch (const PcaError &error) {
        throw ConfigurationError(error.message());
    }
    if (!store::SqlStore::exists(from)) {
        throw ConfigurationError(
            QStringLiteral("There is no store in %1.").arg(store::describeStoreLocation(from)));
    }
    const QByteArray passphrase = readPassphrase(parser, options);
    // Progress on a terminal: the table being copied and its rows so far, on one line.
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    const store::StoreCopyReport report =
        store::copyStore(from, to, passphrase, [terminal](const QString &table, qint64 rows) {
            if (terminal)
                std::fprintf(stderr, "\rcopying %s: %lld rows\033[K", qPrintable(table),
                             static_cast<long long>(rows));
        });
    if (terminal)
        std::fputs("\r\033[K", stderr);

    // The copy opens with the same passphrase and its chains verify.
    std::unique_ptr<store::SqlStore> copy = store::SqlStore::open(to, passphrase);
    SystemClock clock;
    qint64 auditEvents = 0;
    qint64 historyEvents = 0;
    {
        PrivateCaService service(*copy, clock);
        const AuditTrailVerification audit = service.verifyAuditTrail();
        if (!audit.intact)
            throw ConfigurationError(
                QStringLiteral("The copy's audit trail does not verify: %1").arg(audit.problem));
        auditEvents = audit.events;
        EventHistory events(*copy, clock);
        const EventHistoryVerification history = events.verify();
        if (!history.intact)
            throw ConfigurationError(QStringLiteral("The copy's event history does not verify: %1")
                                         .arg(history.problem));
        historyEvents = history.events;
    }
    // One arg() call: a URL's percent escapes (%2F) are not placeholders.
    printLine(QStringLiteral("Copied %1 to %2: %3 rows in %4 tables; %5 certificates read back, "
                             "audit trail (%6 events) and event history (%7 events) verified.")
                  .arg(store::describeStoreLocation(from), store::describeStoreLocation(to),
                       QString::number(report.rows), QString::number(report.tables.size()),
                       QString::number(report.certificatesChecked), QString::number(auditEvents),
                       QString::number(historyEvents)));
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
    parser.addOptions({options.store, options.copyFrom, options.copyTo, options.dataDir,
                       options.listen, options.allowRemote, options.publicUrl,
                       options.passphraseFile, options.region, options.accountId,
                       options.accountName, options.eventRetention});
    parser.addPositionalArgument(
        QStringLiteral("account"),
        QStringLiteral("account create [--account-id ID] [--name NAME]: add an account and print "
                       "its administrator's credentials; account list; account delete ID."),
        QStringLiteral("[account create|list|delete]"));
    parser.addPositionalArgument(
        QStringLiteral("store"),
        QStringLiteral("store copy --from DIR_OR_URL --to DIR_OR_URL: copy a whole store to an "
                       "empty location (SQLite or PostgreSQL) and verify the copy."),
        QStringLiteral("[store copy]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() != QLatin1String("account") &&
        positional.first() != QLatin1String("store")) {
        std::fprintf(stderr, "privateca-server: unexpected argument '%s' (see --help)\n",
                     qPrintable(positional.first()));
        return 2;
    }

    try {
        if (!positional.isEmpty() && positional.first() == QLatin1String("store"))
            return runStoreCommand(parser, options);
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

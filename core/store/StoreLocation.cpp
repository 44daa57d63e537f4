#include "store/StoreLocation.h"

#include "PcaError.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace pca::store {

namespace {

const QStringList &schemes()
{
    static const QStringList all = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};
    return all;
}

[[noreturn]] void malformed(const QString &why)
{
    throw PcaError(errors::InvalidArgs,
                   QStringLiteral("The store URL is not valid: %1 A PostgreSQL store is named "
                                  "postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].")
                       .arg(why));
}

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// A libpq conninfo value: single-quoted with \ and ' escaped. Qt's PostgreSQL driver turns
// every ';' of the connect options into a space, so a value cannot hold one.
QString conninfoValue(const QString &key, const QString &value)
{
    if (value.contains(QLatin1Char(';')))
        malformed(QStringLiteral("the value of %1 contains ';'.").arg(key));
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("%1='%2'").arg(key, escaped);
}

// "host[:port]" or "[v6]:port" of a libpq host list.
std::pair<QString, QString> splitHostPort(const QString &entry)
{
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            malformed(QStringLiteral("'%1' opens an IPv6 address with '[' and never closes it.")
                          .arg(entry));
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            malformed(QStringLiteral("'%1' has text after the IPv6 address.").arg(entry));
        return {entry.mid(1, close - 1), rest.mid(1)};
    }
    const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return {decode(entry), QString()};
    return {decode(entry.left(colon)), entry.mid(colon + 1)};
}

} // namespace

bool isDatabaseUrl(const QString &location)
{
    for (const QString &scheme : schemes()) {
        if (location.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    // Any other scheme is a mistake, not a directory called "mysql:".
    static const QRegularExpression other(QStringLiteral("\\A[A-Za-z][A-Za-z0-9+.-]*://"));
    return other.match(location).hasMatch();
}

StoreOptions parseStoreLocation(const QString &location)
{
    StoreOptions options;
    if (!isDatabaseUrl(location)) {
        if (location.trimmed().isEmpty())
            throw PcaError(errors::InvalidArgs, QStringLiteral("The store location is empty."));
        options.directory = QDir::cleanPath(QDir(location).absolutePath());
        return options;
    }
    QString rest;
    for (const QString &scheme : schemes()) {
        if (location.startsWith(scheme, Qt::CaseInsensitive))
            rest = location.mid(scheme.size());
    }
    if (rest.isNull()) {
        malformed(QStringLiteral("'%1' is not a postgresql:// URL (SQLite stores are named by "
                                 "their directory).")
                      .arg(location.section(QStringLiteral("://"), 0, 0) + QStringLiteral("://")));
    }
    options.driver = QStringLiteral("QPSQL");

    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        options.databaseName = decode(rest.mid(slash + 1));
    }
    QString hostSpec = authority;
    QString description = location;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostSpec = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        options.userName = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0) {
            options.password = decode(userInfo.mid(colon + 1));
            // The URL as shown anywhere never carries the password.
            const qsizetype start = location.indexOf(userInfo);
            description = location.left(start) + userInfo.left(colon) + location.mid(start + at);
        }
    }

    QStringList connect;
    QStringList hosts;
    QStringList ports;
    bool anyPort = false;
    if (!hostSpec.isEmpty()) {
        for (const QString &entry : hostSpec.split(QLatin1Char(','))) {
            const auto [host, port] = splitHostPort(entry);
            if (!port.isEmpty()) {
                bool ok = false;
                const int number = port.toInt(&ok);
                if (!ok || number < 1 || number > 65535)
                    malformed(QStringLiteral("'%1' is not a port number.").arg(port));
                anyPort = true;
            }
            hosts << host;
            ports << port;
        }
    }

    QString schema;
    QString serverOptions;
    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0)
                malformed(QStringLiteral("the parameter '%1' has no value.").arg(decode(pair)));
            const QString key = decode(pair.left(equals));
            const QString value = decode(pair.mid(equals + 1));
            if (key == QLatin1String("schema")) {
                schema = value;
            } else if (key == QLatin1String("options")) {
                serverOptions = value;
            } else if (key == QLatin1String("host")) {
                hosts = value.split(QLatin1Char(','));
            } else if (key == QLatin1String("port")) {
                ports = value.split(QLatin1Char(','));
                anyPort = true;
            } else if (key == QLatin1String("dbname")) {
                options.databaseName = value;
            } else if (key == QLatin1String("user")) {
                options.userName = value;
            } else if (key == QLatin1String("password")) {
                options.password = value;
            } else {
                static const QRegularExpression name(QStringLiteral("\\A[a-z_]{1,64}\\z"));
                if (!name.match(key).hasMatch())
                    malformed(QStringLiteral("'%1' is not a libpq parameter name.").arg(key));
                connect << conninfoValue(key, value);
            }
        }
    }
    if (!hosts.isEmpty() && !(hosts.size() == 1 && hosts.first().isEmpty()))
        connect.prepend(conninfoValue(QStringLiteral("host"), hosts.join(QLatin1Char(','))));
    if (anyPort)
        connect.prepend(conninfoValue(QStringLiteral("port"), ports.join(QLatin1Char(','))));

    if (!schema.isEmpty()) {
        static const QRegularExpression identifier(QStringLiteral("\\A[a-z_][a-z0-9_]{0,62}\\z"));
        if (!identifier.match(schema).hasMatch()) {
            malformed(QStringLiteral("the schema name '%1' must be lower-case letters, digits "
                                     "and '_', starting with a letter or '_'.")
                          .arg(schema));
        }
        options.schema = schema;
        serverOptions = QStringLiteral("-csearch_path=%1 %2").arg(schema, serverOptions).trimmed();
    }
    if (!serverOptions.isEmpty())
        connect << conninfoValue(QStringLiteral("options"), serverOptions);
    options.connectOptions = connect.join(QLatin1Char(' '));
    options.description = description;
    return options;
}

QString describeStoreLocation(const StoreOptions &options)
{
    if (options.driver != QLatin1String("QPSQL"))
        return options.directory;
    if (!options.description.isEmpty())
        return options.description;
    QString url = QStringLiteral("postgresql://");
    if (!options.userName.isEmpty())
        url += options.userName + QLatin1Char('@');
    url += options.host;
    if (options.port > 0)
        url += QLatin1Char(':') + QString::number(options.port);
    url += QLatin1Char('/') + options.databaseName;
    if (!options.schema.isEmpty())
        url += QStringLiteral("?schema=") + options.schema;
    return url;
}

} // namespace pca::store

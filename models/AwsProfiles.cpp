#include "AwsProfiles.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

namespace pca::models {

namespace {

using Section = QHash<QString, QString>;

// An INI file as the AWS CLI reads it: [section] headers, key = value lines, '#' and ';'
// comments; later sections of the same name add to earlier ones.
QList<std::pair<QString, Section>> readIni(const QString &path)
{
    QList<std::pair<QString, Section>> sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return sections;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            sections.append({line.mid(1, line.size() - 2).trimmed(), Section()});
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0 || sections.isEmpty())
            continue;
        sections.last().second.insert(line.left(equals).trimmed().toLower(),
                                      line.mid(equals + 1).trimmed());
    }
    return sections;
}

Section section(const QList<std::pair<QString, Section>> &sections, const QString &name)
{
    Section out;
    for (const auto &candidate : sections) {
        if (candidate.first == name)
            out.insert(candidate.second);
    }
    return out;
}

QString fromEnvironmentOr(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : value;
}

} // namespace

QString AwsProfiles::credentialsFile()
{
    return fromEnvironmentOr("AWS_SHARED_CREDENTIALS_FILE",
                             QDir::home().filePath(QStringLiteral(".aws/credentials")));
}

QString AwsProfiles::configFile()
{
    return fromEnvironmentOr("AWS_CONFIG_FILE",
                             QDir::home().filePath(QStringLiteral(".aws/config")));
}

QStringList AwsProfiles::names()
{
    QStringList out;
    for (const auto &candidate : readIni(credentialsFile())) {
        if (candidate.second.contains(QStringLiteral("aws_access_key_id")) &&
            !out.contains(candidate.first))
            out << candidate.first;
    }
    return out;
}

std::optional<AwsProfile> AwsProfiles::load(const QString &name)
{
    const Section credentials = section(readIni(credentialsFile()), name);
    AwsProfile profile;
    profile.name = name;
    profile.accessKeyId = credentials.value(QStringLiteral("aws_access_key_id")).toUtf8();
    profile.secretAccessKey = credentials.value(QStringLiteral("aws_secret_access_key")).toUtf8();
    if (profile.accessKeyId.isEmpty() || profile.secretAccessKey.isEmpty())
        return std::nullopt;
    const auto config = readIni(configFile());
    const Section settings = section(
        config, name == QLatin1StringView("default") ? name : QStringLiteral("profile ") + name);
    profile.region =
        settings.value(QStringLiteral("region"), credentials.value(QStringLiteral("region")));
    return profile;
}

} // namespace pca::models

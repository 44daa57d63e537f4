#include "AccessCredentials.h"

#include "crypto/OpenSsl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pca::server {

std::optional<AccessKey> SharedCredentialsFile::read(const QString &path, const QString &profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ConfigurationError(
            QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > 1024 * 1024)
        throw ConfigurationError(
            QStringLiteral("%1 is too large to be a credentials file.").arg(path));
    QString section;
    AccessKey key;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        if (section != profile)
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString name = line.left(equals).trimmed().toLower();
        const QByteArray value = line.mid(equals + 1).trimmed().toUtf8();
        if (name == QLatin1StringView("aws_access_key_id"))
            key.accessKeyId = value;
        else if (name == QLatin1StringView("aws_secret_access_key"))
            key.secretAccessKey = value;
    }
    if (key.accessKeyId.isEmpty() || key.secretAccessKey.isEmpty())
        return std::nullopt;
    return key;
}

void SharedCredentialsFile::create(const QString &path, const QString &profile,
                                   const AccessKey &key)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        throw ConfigurationError(
            QStringLiteral("Cannot create %1: %2").arg(path, file.errorString()));
    }
    const QByteArray content =
        "# SigV4 credentials of privateca-server (AWS shared-credentials format).\n"
        "# Use them with: export AWS_SHARED_CREDENTIALS_FILE=" +
        QFileInfo(path).absoluteFilePath().toUtf8() + " AWS_PROFILE=" + profile.toUtf8() + "\n[" +
        profile.toUtf8() + "]\naws_access_key_id = " + key.accessKeyId +
        "\naws_secret_access_key = " + key.secretAccessKey + "\n";
    if (file.write(content) != content.size() || !file.flush()) {
        const QString problem = file.errorString();
        file.close();
        file.remove();
        throw ConfigurationError(QStringLiteral("Cannot write %1: %2").arg(path, problem));
    }
}

AccessKey SharedCredentialsFile::generate()
{
    static constexpr char base32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    AccessKey key;
    key.accessKeyId = "AKPC";
    for (const char byte : crypto::randomBytes(16))
        key.accessKeyId += base32[static_cast<unsigned char>(byte) % 32];
    key.secretAccessKey = crypto::randomBytes(30).toBase64();
    return key;
}

ServerCredentials loadOrCreateCredentials(const QString &dataDirectory,
                                          const QProcessEnvironment &environment)
{
    const QString envId = environment.value(QStringLiteral("PRIVATECA_ACCESS_KEY_ID"));
    const QString envSecret = environment.value(QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY"));
    if (!envId.isEmpty() || !envSecret.isEmpty()) {
        if (envId.isEmpty() || envSecret.isEmpty()) {
            throw ConfigurationError(QStringLiteral(
                "Set both PRIVATECA_ACCESS_KEY_ID and PRIVATECA_SECRET_ACCESS_KEY, or neither."));
        }
        if (envId.contains(QLatin1Char('/')) || envId.size() > 128)
            throw ConfigurationError(
                QStringLiteral("PRIVATECA_ACCESS_KEY_ID is not a valid key id."));
        return {{envId.toUtf8(), envSecret.toUtf8()}, QString(), false};
    }

    const QString path =
        QDir(dataDirectory).filePath(QLatin1StringView(SharedCredentialsFile::kFileName));
    const QString profile = QLatin1StringView(SharedCredentialsFile::kProfile);
    if (QFileInfo::exists(path)) {
        const std::optional<AccessKey> key = SharedCredentialsFile::read(path, profile);
        if (!key) {
            throw ConfigurationError(
                QStringLiteral("%1 has no profile [%2] with aws_access_key_id and "
                               "aws_secret_access_key.")
                    .arg(path, profile));
        }
        return {*key, path, false};
    }
    const AccessKey key = SharedCredentialsFile::generate();
    SharedCredentialsFile::create(path, profile, key);
    return {key, path, true};
}

} // namespace pca::server

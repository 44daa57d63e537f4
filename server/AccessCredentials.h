// The SigV4 credentials of privateca-server: PRIVATECA_ACCESS_KEY_ID and
// PRIVATECA_SECRET_ACCESS_KEY when both are set, otherwise the profile "privateca" of
// <data dir>/credentials, an AWS shared-credentials file created (0600, random keys) on first
// start so that clients can use it directly:
//   export AWS_SHARED_CREDENTIALS_FILE=<data dir>/credentials AWS_PROFILE=privateca
#pragma once

#include "SigV4.h"

#include <QProcessEnvironment>
#include <QString>

#include <stdexcept>

namespace pca::server {

// A problem with the server's configuration, reported to the user before start-up.
class ConfigurationError : public std::runtime_error
{
public:
    explicit ConfigurationError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
};

struct ServerCredentials
{
    AccessKey key;
    QString filePath; // empty when the credentials come from the environment
    bool created = false;
};

class SharedCredentialsFile
{
public:
    static constexpr const char *kProfile = "privateca";
    static constexpr const char *kFileName = "credentials";

    // Reads a profile; std::nullopt when the file has no such profile with both keys.
    // Throws ConfigurationError when the file cannot be read.
    static std::optional<AccessKey> read(const QString &path, const QString &profile);
    // Writes a new file (refusing to overwrite one) readable by its owner only.
    static void create(const QString &path, const QString &profile, const AccessKey &key);
    // Fresh random keys: an AWS-style 20-character key id and a 40-character secret.
    static AccessKey generate();
};

// Environment first, then <dataDirectory>/credentials (created when missing).
ServerCredentials loadOrCreateCredentials(const QString &dataDirectory,
                                          const QProcessEnvironment &environment);

} // namespace pca::server

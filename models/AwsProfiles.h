// The AWS CLI's shared configuration, read as the SDKs read it: access keys from the
// credentials file (AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials, sections named by
// profile) and regions from the config file (AWS_CONFIG_FILE, else ~/.aws/config, sections
// "[profile NAME]" and "[default]").
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pca::models {

struct AwsProfile
{
    QString name;
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QString region; // empty when the config file names none
};

class AwsProfiles
{
public:
    static QString credentialsFile();
    static QString configFile();
    // The profiles of the credentials file that have an access key, in file order.
    static QStringList names();
    // A profile with its key and region; nothing when the credentials file has no key for it.
    static std::optional<AwsProfile> load(const QString &name);
};

} // namespace pca::models

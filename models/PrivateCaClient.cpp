#include "PrivateCaClient.h"

namespace pca::models {

PrivateCaClient::~PrivateCaClient() = default;

QString PrivateCaClient::unavailableReason(Feature) const
{
    return QString();
}

QString caIdFromArn(const QString &caArn)
{
    const qsizetype slash = caArn.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : caArn.mid(slash + 1);
}

QString serialFromCertificateArn(const QString &certificateArn)
{
    const qsizetype marker = certificateArn.lastIndexOf(QStringLiteral("/certificate/"));
    return marker < 0 ? QString() : certificateArn.mid(marker + 13);
}

} // namespace pca::models

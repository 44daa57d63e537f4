#include "ListenAddress.h"

#include "AccessCredentials.h"

namespace pca::server {

ListenAddress ListenAddress::parse(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return ConfigurationError(
            QStringLiteral("Invalid listen address '%1': %2 (expected HOST:PORT, e.g. "
                           "127.0.0.1:8080 or [::1]:8080).")
                .arg(text, why));
    };
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QStringLiteral("]:"));
        if (close < 0)
            throw invalid(QStringLiteral("an IPv6 address must be followed by ]:PORT"));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            throw invalid(QStringLiteral("the port is missing"));
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.contains(QLatin1Char(':')))
            throw invalid(QStringLiteral("write IPv6 addresses in brackets"));
    }
    ListenAddress out;
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0) {
        out.address = QHostAddress(QHostAddress::LocalHost);
    } else if (!out.address.setAddress(host)) {
        throw invalid(QStringLiteral("'%1' is not an IP address").arg(host));
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535 || port.isEmpty() || port.startsWith(QLatin1Char('+')))
        throw invalid(QStringLiteral("'%1' is not a port number (0-65535)").arg(port));
    out.port = quint16(number);
    return out;
}

bool ListenAddress::isWildcard() const
{
    return address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6) ||
           address == QHostAddress(QHostAddress::Any);
}

QString ListenAddress::authority(quint16 actualPort) const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(actualPort);
}

} // namespace pca::server

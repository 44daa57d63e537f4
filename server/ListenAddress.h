// The --listen HOST:PORT option: an IPv4 or IPv6 address (IPv6 in brackets) or "localhost",
// and a port (0 picks a free one).
#pragma once

#include <QHostAddress>
#include <QString>

namespace pca::server {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    // Throws ConfigurationError (AccessCredentials.h) saying what is wrong.
    static ListenAddress parse(const QString &text);

    bool isLoopback() const { return address.isLoopback(); }
    bool isWildcard() const;
    // "127.0.0.1:8080" or "[::1]:8080", with the given port.
    QString authority(quint16 actualPort) const;
};

} // namespace pca::server

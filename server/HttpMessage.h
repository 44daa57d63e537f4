// HTTP/1.1 requests and responses as the server's handlers see them: raw bytes for everything
// that travels on the wire (the SigV4 canonical request is built from them), helpers for the
// few interpretations every handler needs.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pca::server {

struct HttpHeader
{
    QByteArray name; // as received; compared case-insensitively
    QByteArray value;
};

struct HttpRequest
{
    QByteArray method;    // e.g. "POST", case-sensitive as RFC 9110 says
    QByteArray target;    // the request-target as received (origin form)
    QByteArray path;      // the path part of the target, still percent-encoded
    QByteArray query;     // the query part without '?', still percent-encoded
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<HttpHeader> headers;
    QByteArray body;
    QHostAddress peerAddress;

    // The value of a header; repeated headers are joined with ", " (RFC 9110 5.3).
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The media type of Content-Type, lower case and without parameters.
    QByteArray mediaType() const;
    // Whether the connection stays open after the response (HTTP/1.1 default, HTTP/1.0 opt-in).
    bool wantsKeepAlive() const;
    // The bytes on the wire (client side: the benchmark and tests). Content-Length is added
    // from the body unless a header sets it; the target is `target`, else path and query.
    QByteArray serialize() const;
    // The path with percent-escapes decoded; std::nullopt when it is not valid UTF-8 or holds
    // a NUL byte.
    std::optional<QString> decodedPath() const;
};

struct HttpResponse
{
    int status = 200;
    QList<HttpHeader> headers;
    QByteArray body;
    // HEAD: the headers (including the Content-Length of `body`) are sent without the body.
    bool omitBody = false;

    HttpResponse() = default;
    HttpResponse(int statusCode, QByteArray contentType, QByteArray content);

    void setHeader(QByteArrayView name, QByteArrayView value);
    QByteArray header(QByteArrayView name) const;

    // The bytes on the wire: status line, headers (Content-Length, Connection and Date added),
    // and the body. `keepAlive` decides the Connection header; `minorVersion` the status line.
    QByteArray serialize(bool keepAlive, int minorVersion) const;
};

QByteArray reasonPhrase(int status);

// The current time as an HTTP-date (RFC 9110 5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(qint64 msSinceEpoch);

// Answers one request later: call it exactly once, from any thread.
using Responder = std::function<void(HttpResponse)>;

} // namespace pca::server

#include "HttpMessage.h"

#include <QDateTime>

#include <array>
#include <atomic>
#include <cstdio>
#include <ctime>

namespace pca::server {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    QByteArray value;
    bool first = true;
    for (const HttpHeader &h : headers) {
        if (!sameName(h.name, name))
            continue;
        if (!first)
            value += ", ";
        value += h.value;
        first = false;
    }
    return value;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (sameName(h.name, name))
            return true;
    }
    return false;
}

QByteArray HttpRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

bool HttpRequest::wantsKeepAlive() const
{
    const QList<QByteArray> tokens = header("connection").toLower().split(',');
    bool close = false;
    bool keepAlive = false;
    for (const QByteArray &token : tokens) {
        const QByteArray t = token.trimmed();
        close = close || t == "close";
        keepAlive = keepAlive || t == "keep-alive";
    }
    if (close)
        return false;
    return minorVersion >= 1 || keepAlive;
}

QByteArray HttpRequest::serialize() const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += method;
    out += ' ';
    if (!target.isEmpty()) {
        out += target;
    } else {
        out += path.isEmpty() ? QByteArrayLiteral("/") : path;
        if (!query.isEmpty())
            out += '?' + query;
    }
    out += minorVersion == 0 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n";
    for (const HttpHeader &h : headers) {
        out += h.name;
        out += ": ";
        out += h.value;
        out += "\r\n";
    }
    if (!hasHeader("content-length") && (!body.isEmpty() || method == "POST" || method == "PUT")) {
        out += "Content-Length: ";
        out += QByteArray::number(body.size());
        out += "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

std::optional<QString> HttpRequest::decodedPath() const
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(path);
    if (bytes.contains('\0'))
        return std::nullopt;
    const QString text = QString::fromUtf8(bytes);
    // A lossy decode (invalid UTF-8) shows up as U+FFFD; a genuine U+FFFD round-trips.
    if (text.toUtf8() != bytes)
        return std::nullopt;
    return text;
}

HttpResponse::HttpResponse(int statusCode, QByteArray contentType, QByteArray content)
    : status(statusCode)
    , body(std::move(content))
{
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), std::move(contentType)});
}

void HttpResponse::setHeader(QByteArrayView name, QByteArrayView value)
{
    for (HttpHeader &h : headers) {
        if (sameName(h.name, name)) {
            h.value = value.toByteArray();
            return;
        }
    }
    headers.append({name.toByteArray(), value.toByteArray()});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (sameName(h.name, name))
            return h.value;
    }
    return QByteArray();
}

QByteArray HttpResponse::serialize(bool keepAlive, int minorVersion) const
{
    QByteArray out;
    out.reserve(256 + (omitBody ? 0 : body.size()));
    out += minorVersion == 0 ? "HTTP/1.0 " : "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\n";
    for (const HttpHeader &h : headers) {
        if (sameName(h.name, "content-length") || sameName(h.name, "connection"))
            continue; // written below, from the facts
        out += h.name;
        out += ": ";
        out += h.value;
        out += "\r\n";
    }
    out += "Content-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "Date: ";
    out += httpDate(QDateTime::currentMSecsSinceEpoch());
    out += "\r\n\r\n";
    if (!omitBody)
        out += body;
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray httpDate(qint64 msSinceEpoch)
{
    // Formatting a date is cheap but not free; every response carries one, so the text of the
    // current second is kept.
    struct Cached
    {
        qint64 second = -1;
        std::array<char, 32> text{};
    };
    static thread_local Cached cache;
    const qint64 second = msSinceEpoch / 1000;
    if (cache.second != second) {
        static constexpr std::array<const char *, 7> days = {"Sun", "Mon", "Tue", "Wed",
                                                             "Thu", "Fri", "Sat"};
        static constexpr std::array<const char *, 12> months = {
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const QDateTime t = QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
        const QDate d = t.date();
        const QTime tm = t.time();
        std::snprintf(cache.text.data(), cache.text.size(), "%s, %02d %s %04d %02d:%02d:%02d GMT",
                      days[size_t(d.dayOfWeek() % 7)], d.day(), months[size_t(d.month() - 1)],
                      d.year(), tm.hour(), tm.minute(), tm.second());
        cache.second = second;
    }
    return QByteArray(cache.text.data());
}

} // namespace pca::server

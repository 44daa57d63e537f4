#include "HttpRequestParser.h"

namespace pca::server {

namespace {

// tchar of RFC 9110 5.6.2.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible ASCII, obs-text, space and tab; no control characters.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// Request targets: visible ASCII only (RFC 3986 characters; anything else must be escaped).
bool isTargetText(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

QByteArray trimOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

} // namespace

HttpRequestParser::Result HttpRequestParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Error;
}

void HttpRequestParser::reset()
{
    m_request = HttpRequest();
    m_headersDone = false;
    m_expectContinue = false;
    m_continueSent = false;
    m_contentLength = 0;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

HttpRequestParser::Result HttpRequestParser::parse(QByteArray &buffer)
{
    if (m_errorStatus != 0)
        return Result::Error;
    if (!m_headersDone) {
        // Tolerate empty lines before a request (RFC 9112 2.2).
        qsizetype skip = 0;
        while (skip + 1 < buffer.size() && buffer[skip] == '\r' && buffer[skip + 1] == '\n')
            skip += 2;
        if (skip > 0)
            buffer.remove(0, skip);
        // Reject what is not HTTP as soon as it shows (e.g. a TLS handshake on this plain HTTP
        // port), instead of waiting for a header section that never comes.
        if (!buffer.isEmpty() && !isTokenChar(buffer.at(0)))
            return fail(400, "This is an HTTP/1.1 server; the request is not HTTP.");
        const qsizetype lineEnd = buffer.indexOf("\r\n");
        if (lineEnd > 0) {
            const QByteArrayView line = QByteArrayView(buffer).first(lineEnd);
            const qsizetype space = line.indexOf(' ');
            if (space <= 0 || !isToken(line.first(space)) || !line.contains(" HTTP/"))
                return fail(400, "The request line is malformed.");
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, "The request header section is too large.");
            return Result::NeedMore;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(431, "The request header section is too large.");
        const QByteArray section = buffer.left(end + 2); // keep the last line's CRLF
        buffer.remove(0, end + 4);
        const Result result = parseHeaderSection(section);
        if (result == Result::Error)
            return result;
        m_headersDone = true;
    }
    if (buffer.size() < m_contentLength)
        return Result::NeedMore;
    m_request.body = buffer.left(m_contentLength);
    buffer.remove(0, m_contentLength);
    return Result::Complete;
}

HttpRequestParser::Result HttpRequestParser::parseHeaderSection(const QByteArray &section)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < section.size()) {
        const qsizetype crlf = section.indexOf("\r\n", start);
        if (crlf < 0)
            break;
        lines.append(QByteArrayView(section).sliced(start, crlf - start));
        start = crlf + 2;
    }
    if (lines.isEmpty())
        return fail(400, "The request line is missing.");

    // request-line = method SP request-target SP HTTP-version
    const QByteArrayView requestLine = lines.first();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return fail(400, "The request line is malformed.");
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method))
        return fail(400, "The request method is malformed.");
    if (version.size() != 8 || !version.startsWith("HTTP/"))
        return fail(400, "The HTTP version is malformed.");
    if (version[5] != '1' || version[6] != '.' || (version[7] != '0' && version[7] != '1'))
        return fail(505, "Only HTTP/1.0 and HTTP/1.1 are supported.");
    if (!isTargetText(target))
        return fail(400, "The request target is malformed.");

    QByteArrayView originForm = target;
    if (!target.startsWith('/')) {
        // absolute-form (RFC 9112 3.2.2): http://authority/path?query
        const qsizetype scheme = target.indexOf("://");
        if (scheme <= 0)
            return fail(400, "The request target must be an absolute path.");
        const qsizetype slash = target.indexOf('/', scheme + 3);
        originForm = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    const qsizetype question = originForm.indexOf('?');
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.path = (question < 0 ? originForm : originForm.first(question)).toByteArray();
    m_request.query = question < 0 ? QByteArray() : originForm.sliced(question + 1).toByteArray();
    if (m_request.path.isEmpty())
        m_request.path = "/";
    m_request.minorVersion = version[7] - '0';

    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Obsolete header line folding is not accepted.");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "A header line is malformed.");
        const QByteArrayView name = line.first(colon);
        if (!isToken(name))
            return fail(400, "A header name is malformed.");
        const QByteArray value = trimOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return fail(400, "A header value holds control characters.");
        if (m_request.headers.size() >= m_limits.maxHeaderCount)
            return fail(431, "The request has too many header fields.");
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (value.isEmpty() || value.size() > 15)
                return fail(400, "The Content-Length header is malformed.");
            qsizetype length = 0;
            for (char c : value) {
                if (c < '0' || c > '9')
                    return fail(400, "The Content-Length header is malformed.");
                length = length * 10 + (c - '0');
            }
            if (haveLength && length != m_contentLength)
                return fail(400, "The request has conflicting Content-Length headers.");
            haveLength = true;
            m_contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            return fail(501, "Transfer-Encoding is not supported; send a Content-Length.");
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, "Only the expectation 100-continue is supported.");
            m_expectContinue = m_request.minorVersion >= 1;
        }
        m_request.headers.append({name.toByteArray(), value});
    }
    if (m_request.minorVersion >= 1 && !m_request.hasHeader("host"))
        return fail(400, "HTTP/1.1 requests must carry a Host header.");
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(413, "The request body is too large.");
    return Result::NeedMore;
}

} // namespace pca::server

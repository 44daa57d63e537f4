// Incremental parser of HTTP/1.x requests (RFC 9112) with hard limits. It consumes bytes from
// a connection's buffer and yields one complete request at a time; anything it does not
// understand is an error with the status code to answer, never a crash or an endless wait.
//
// Supported: origin-form (and absolute-form) targets, HTTP/1.0 and 1.1, Content-Length bodies,
// "Expect: 100-continue". Not supported: Transfer-Encoding (501), obsolete line folding (400).
#pragma once

#include "HttpMessage.h"

namespace pca::server {

struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024; // request line and header section
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 4 * 1024 * 1024;
};

class HttpRequestParser
{
public:
    enum class Result
    {
        NeedMore, // feed more bytes
        Complete, // takeRequest() returns the request
        Error,    // errorStatus()/errorMessage() say what; the connection must be closed
    };

    explicit HttpRequestParser(HttpLimits limits = {})
        : m_limits(limits)
    {}

    // Consumes bytes from the front of `buffer` (bytes of a following request stay there).
    Result parse(QByteArray &buffer);

    HttpRequest takeRequest();

    // True once the header section of the current request has been read and the client asked
    // for "100 Continue" before sending the body. The caller answers once, then calls
    // continueSent().
    bool awaitsContinue() const { return m_headersDone && m_expectContinue && !m_continueSent; }
    void continueSent() { m_continueSent = true; }

    // Whether some bytes of a request have been consumed (a request is under way).
    bool inProgress() const { return m_headersDone; }

    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

    const HttpLimits &limits() const { return m_limits; }

private:
    Result fail(int status, const char *message);
    Result parseHeaderSection(const QByteArray &section);
    void reset();

    HttpLimits m_limits;
    HttpRequest m_request;
    bool m_headersDone = false;
    bool m_expectContinue = false;
    bool m_continueSent = false;
    qsizetype m_contentLength = 0;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace pca::server

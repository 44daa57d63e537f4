// A minimal HTTP/1.1 client on a blocking QTcpSocket, for the load generator of the benchmark
// and for tests that need exact control over the bytes sent: keep-alive, Content-Length
// bodies, interim 100 responses skipped. Not for use on a thread with a GUI event loop.
#pragma once

#include "HttpMessage.h"

#include <memory>

class QTcpSocket;

namespace pca::server {

struct HttpClientResponse
{
    int status = 0;
    QList<HttpHeader> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

class BlockingHttpClient
{
public:
    BlockingHttpClient(QString host, quint16 port);
    ~BlockingHttpClient();

    // Sends the request (connecting first if needed) and reads the whole response. On a
    // connection closed by the server before any byte of the response, reconnects once.
    std::optional<HttpClientResponse> exchange(const HttpRequest &request, int timeoutMs = 30'000);

    bool connectToServer(int timeoutMs = 10'000);
    bool sendRaw(const QByteArray &bytes, int timeoutMs = 10'000);
    // Reads one response; `headRequest`: no body follows the headers.
    std::optional<HttpClientResponse> readResponse(int timeoutMs = 30'000,
                                                   bool headRequest = false);
    // True when the server closed the connection (all its data has been read).
    bool waitForClose(int timeoutMs);
    bool isConnected() const;
    void disconnect();
    QString errorString() const { return m_error; }

private:
    bool fill(int timeoutMs);

    QString m_host;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace pca::server

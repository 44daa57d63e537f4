// A lean HTTP/1.1 server on QTcpServer, built for many small requests from SDK clients:
//
// - the listening socket lives on the thread that calls listen(); accepted connections are
//   handed round-robin to I/O threads, each running its own event loop;
// - an I/O thread reads, parses (HttpRequestParser, with size limits) and writes; the handler
//   runs on a separate pool, so slow requests (store commits, signatures) never block I/O and
//   both cores sign in parallel;
// - keep-alive, pipelining (one request at a time per connection, in order), "100 Continue";
// - a whole request must arrive within the request timeout (slow clients get 408), idle
//   keep-alive connections close after the idle timeout, and the number of connections is
//   capped;
// - shutdown() stops accepting, lets in-flight requests finish and closes every connection.
#pragma once

#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QThread;
class QTcpServer;

namespace pca::server {

class HttpConnection;
class IoWorker;
class Listener;

struct HttpServerOptions
{
    int ioThreads = 2;
    // Handlers block on store commits; enough of them keep both cores busy while others wait.
    // Each holds a store connection while it lives, so the pool is also the bound on those.
    int handlerThreads = 16;
    int maxConnections = 1024;
    std::chrono::milliseconds requestTimeout{30'000};
    std::chrono::milliseconds idleTimeout{60'000};
    HttpLimits limits;
    // Requests for which this returns true are handled directly on the I/O thread, saving two
    // thread hops: meant for quick requests that never wait (reads), not for ones that block
    // on the store's commits.
    std::function<bool(const HttpRequest &)> handleOnIoThread;
    // Requests this takes (returns true) are started on the I/O thread and answered later,
    // from any thread, through the Responder: for work that waits on the store's commits
    // without holding a thread meanwhile (IssueCertificate signs on the I/O thread, and the
    // store's writer answers after the commit). When it returns false the request goes the
    // usual way and the Responder must not be called.
    std::function<bool(const HttpRequest &, const Responder &)> startOnIoThread;
    // The answer to a request the HTTP layer itself refuses (400, 408, 413, 431, 501, 505, and
    // 500 when a handler throws): the front end gives it its protocol's error body and request
    // id. Without it, a plain-text answer.
    std::function<HttpResponse(int status, const QByteArray &message)> protocolErrorResponse;
    // Handler threads that have been idle this long end (and close their store connections).
    std::chrono::milliseconds handlerThreadExpiry{60'000};
};

class HttpServer : public QObject
{
    Q_OBJECT

public:
    // Called on a handler thread for every complete request; must be thread-safe. Exceptions
    // are answered with 500.
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, HttpServerOptions options = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // Stops accepting, answers the requests under way (up to `grace`), then closes every
    // connection and stops the I/O threads. Safe to call more than once.
    void shutdown(std::chrono::milliseconds grace = std::chrono::milliseconds(10'000));

    int connectionCount() const { return m_connectionCount.load(); }
    // Handler threads alive now (they end after options().handlerThreadExpiry idle).
    int handlerThreadCount() const { return m_pool.activeThreadCount(); }
    const HttpServerOptions &options() const { return m_options; }

private:
    friend class HttpConnection;
    friend class IoWorker;
    friend class Listener;
    void acceptConnection(qintptr descriptor);
    // Runs the handler for a connection's request on the pool and hands the response back to
    // the connection's thread. The connection stays alive until it receives the response.
    void dispatch(HttpConnection *connection, HttpRequest request);
    // Offers the request to options().startOnIoThread; true when it took it (the connection
    // then waits for deliverResponse as with dispatch).
    bool startDeferred(HttpConnection *connection, const HttpRequest &request);
    // Runs the handler on the calling thread (exceptions become 500).
    HttpResponse handleNow(const HttpRequest &request) const;
    HttpResponse protocolErrorResponse(int status, const QByteArray &message) const;
    bool handlesOnIoThread(const HttpRequest &request) const
    {
        return m_options.handleOnIoThread && m_options.handleOnIoThread(request);
    }
    void connectionClosed() { m_connectionCount.fetch_sub(1); }

    Handler m_handler;
    HttpServerOptions m_options;
    std::unique_ptr<QTcpServer> m_listener;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<IoWorker *> m_workers; // owned by their threads (deleted on finish)
    QThreadPool m_pool;
    std::atomic<int> m_connectionCount{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_stopping{false};
    size_t m_nextWorker = 0;
    bool m_shutDown = false;
};

} // namespace pca::server

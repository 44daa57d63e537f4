#include "HttpServer.h"

#include "HttpConnection.h"
#include "NativeSocket.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QThread>

namespace pca::server {

Q_LOGGING_CATEGORY(lcHttp, "privateca.http")

// The listening socket: hands every accepted descriptor to the server.
class Listener : public QTcpServer
{
public:
    explicit Listener(HttpServer &server)
        : m_server(server)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server.acceptConnection(descriptor); }

private:
    HttpServer &m_server;
};

// The connections of one I/O thread.
class IoWorker : public QObject
{
public:
    explicit IoWorker(HttpServer &server)
        : m_server(server)
    {}

    void adopt(qintptr descriptor) { new HttpConnection(m_server, descriptor, this); }

    template <typename Fn>
    void forEachConnection(Fn fn)
    {
        const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
        for (HttpConnection *connection : connections) {
            if (connection->isOpen())
                fn(connection);
        }
    }

private:
    HttpServer &m_server;
};

HttpServer::HttpServer(Handler handler, HttpServerOptions options, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_options(std::move(options))
    , m_listener(std::make_unique<Listener>(*this))
{
    m_options.ioThreads = qMax(1, m_options.ioThreads);
    m_pool.setMaxThreadCount(qMax(1, m_options.handlerThreads));
    // Idle handler threads end, and their store connections close with them: a burst of
    // requests leaves nothing behind once it is over.
    m_pool.setExpiryTimeout(int(m_options.handlerThreadExpiry.count()));
    for (int i = 0; i < m_options.ioThreads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("http-io-%1").arg(i));
        auto *worker = new IoWorker(*this);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
}

HttpServer::~HttpServer()
{
    shutdown(std::chrono::milliseconds(0));
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_listener->setMaxPendingConnections(256);
    // The kernel's accept queue, as long as the connection limit (the kernel may cap it:
    // net.core.somaxconn). Qt's default of 50 drops the handshakes of a burst of clients beyond
    // it, and each of those clients then waits a second or more for a retransmission.
    m_listener->setListenBacklogSize(qMax(50, m_options.maxConnections));
    return m_listener->listen(address, port);
}

QString HttpServer::errorString() const
{
    return m_listener->errorString();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_listener->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_listener->serverPort();
}

void HttpServer::acceptConnection(qintptr descriptor)
{
    if (m_stopping.load() || m_connectionCount.load() >= m_options.maxConnections) {
        // Refuse by closing: the client sees a reset and may retry elsewhere or later.
        NativeSocket::refuse(descriptor);
        if (!m_stopping.load())
            qCWarning(lcHttp, "Connection refused: %d connections are open",
                      m_connectionCount.load());
        return;
    }
    m_connectionCount.fetch_add(1);
    IoWorker *worker = m_workers[m_nextWorker++ % m_workers.size()];
    QMetaObject::invokeMethod(
        worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
}

HttpResponse HttpServer::protocolErrorResponse(int status, const QByteArray &message) const
{
    if (m_options.protocolErrorResponse)
        return m_options.protocolErrorResponse(status, message);
    return HttpResponse(status, QByteArrayLiteral("text/plain; charset=utf-8"), message + '\n');
}

HttpResponse HttpServer::handleNow(const HttpRequest &request) const
{
    HttpResponse response;
    try {
        response = m_handler(request);
    } catch (const std::exception &e) {
        qCWarning(lcHttp, "Handler failed: %s", e.what());
        response = protocolErrorResponse(500, QByteArrayLiteral("Internal server error"));
    } catch (...) {
        qCWarning(lcHttp, "Handler failed with an unknown exception");
        response = protocolErrorResponse(500, QByteArrayLiteral("Internal server error"));
    }
    if (request.method == "HEAD")
        response.omitBody = true;
    return response;
}

void HttpServer::dispatch(HttpConnection *connection, HttpRequest request)
{
    m_inFlight.fetch_add(1);
    m_pool.start([this, connection, request = std::move(request)] {
        HttpResponse response = handleNow(request);
        // The connection is not deleted while it waits for this response (see HttpConnection).
        QMetaObject::invokeMethod(
            connection,
            [connection, response = std::move(response)] { connection->deliverResponse(response); },
            Qt::QueuedConnection);
        m_inFlight.fetch_sub(1);
    });
}

bool HttpServer::startDeferred(HttpConnection *connection, const HttpRequest &request)
{
    if (!m_options.startOnIoThread)
        return false;
    m_inFlight.fetch_add(1);
    auto answered = std::make_shared<std::atomic<bool>>(false);
    const bool head = request.method == "HEAD";
    const Responder respond = [this, connection, answered, head](HttpResponse response) {
        if (answered->exchange(true)) {
            qCWarning(lcHttp, "A request was answered twice; the second answer is dropped");
            return;
        }
        if (head)
            response.omitBody = true;
        // The connection is not deleted while it waits for this response (see HttpConnection).
        QMetaObject::invokeMethod(
            connection,
            [connection, response = std::move(response)] { connection->deliverResponse(response); },
            Qt::QueuedConnection);
        m_inFlight.fetch_sub(1);
    };
    bool taken = false;
    try {
        taken = m_options.startOnIoThread(request, respond);
    } catch (const std::exception &e) {
        qCWarning(lcHttp, "Handler failed: %s", e.what());
        taken = true;
        if (!answered->load())
            respond(protocolErrorResponse(500, QByteArrayLiteral("Internal server error")));
    }
    if (!taken)
        m_inFlight.fetch_sub(1);
    return taken;
}

void HttpServer::shutdown(std::chrono::milliseconds grace)
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_stopping.store(true);
    m_listener->close();
    const QDeadlineTimer deadline(grace);

    for (IoWorker *worker : m_workers) {
        QMetaObject::invokeMethod(
            worker,
            [worker] { worker->forEachConnection([](HttpConnection *c) { c->closeWhenIdle(); }); },
            Qt::BlockingQueuedConnection);
    }
    // Requests under way are answered: handlers always return (engine calls are finite).
    m_pool.waitForDone();
    // Deferred requests are answered by whoever finishes them (the store's writer, after a
    // commit that always ends): wait for all of them, as for the pool, so that no answer is
    // posted to a connection that is gone.
    while (m_inFlight.load() > 0)
        QThread::msleep(1);
    // Connections finish writing their last responses, or run out of grace.
    while (m_connectionCount.load() > 0 && !deadline.hasExpired())
        QThread::msleep(5);
    for (IoWorker *worker : m_workers) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->forEachConnection([](HttpConnection *c) { c->abort(); }); },
            Qt::BlockingQueuedConnection);
    }
    for (const auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
    m_workers.clear();
    m_threads.clear();
}

} // namespace pca::server

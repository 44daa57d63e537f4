#include "HttpConnection.h"

#include "HttpServer.h"

#include <QTcpSocket>

namespace pca::server {

namespace {
// How long a closing connection may take to flush its last response to a client that does not
// read it.
constexpr std::chrono::milliseconds kLingerTimeout{10'000};
// Qt reads at most this much ahead of the parser; beyond it the kernel's window pushes back.
constexpr qint64 kSocketReadBuffer = 256 * 1024;
// Answers not yet taken by the client; beyond this, pipelined requests wait.
constexpr qint64 kMaxPendingOutput = 4 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(HttpServer &server, qintptr descriptor, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_socket(new QTcpSocket(this))
    , m_parser(server.options().limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        m_finished = true;
        deleteLater();
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_outputBlocked && m_socket->bytesToWrite() <= kMaxPendingOutput / 2) {
            m_outputBlocked = false;
            onReadyRead();
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    armIdleTimer();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection()
{
    m_server.connectionClosed();
}

bool HttpConnection::isOpen() const
{
    return !m_finished;
}

void HttpConnection::armIdleTimer()
{
    m_requestTimerArmed = false;
    m_timer.start(m_server.options().idleTimeout);
}

void HttpConnection::onReadyRead()
{
    if (m_finished || m_inFlight || m_outputBlocked)
        return; // read later: the next request waits until this one is answered
    readAvailable();
    processBuffer();
}

void HttpConnection::readAvailable()
{
    const qsizetype cap = m_parser.limits().maxHeaderBytes + m_parser.limits().maxBodyBytes;
    // Never buffer much more than one maximal request; the rest stays in the kernel.
    const qint64 room = qMax<qint64>(0, cap + 1 - m_buffer.size());
    // Ask for no more than is there: QIODevice::read(n) allocates n bytes up front, and a
    // buffer the size of the limits would then travel with every request.
    const qint64 take = qMin(room, m_socket->bytesAvailable());
    if (take > 0)
        m_buffer += m_socket->read(take);
}

void HttpConnection::processBuffer()
{
    while (!m_inFlight && !m_finished) {
        if (m_socket->bytesToWrite() > kMaxPendingOutput) {
            // The client sends requests but does not read the answers: wait until it does,
            // for at most the idle timeout.
            m_outputBlocked = true;
            armIdleTimer();
            return;
        }
        const bool underWay = !m_buffer.isEmpty() || m_parser.inProgress();
        if (!underWay) {
            if (m_closing) {
                finish();
                return;
            }
            if (!m_timer.isActive() || m_requestTimerArmed)
                armIdleTimer();
            return;
        }
        if (!m_requestTimerArmed) {
            // The whole request must arrive within the request timeout, however slowly the
            // client trickles it in.
            m_requestTimerArmed = true;
            m_timer.start(m_server.options().requestTimeout);
        }
        switch (m_parser.parse(m_buffer)) {
        case HttpRequestParser::Result::NeedMore:
            if (m_parser.awaitsContinue()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_parser.continueSent();
            }
            if (m_buffer.isEmpty() && !m_parser.inProgress()) {
                continue; // only blank lines were consumed
            }
            return;
        case HttpRequestParser::Result::Error:
            sendError(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        case HttpRequestParser::Result::Complete: {
            HttpRequest request = m_parser.takeRequest();
            request.peerAddress = m_socket->peerAddress();
            m_keepAlive = request.wantsKeepAlive();
            m_minorVersion = request.minorVersion;
            m_timer.stop();
            m_requestTimerArmed = false;
            if (m_server.handlesOnIoThread(request)) {
                if (!writeResponse(m_server.handleNow(request)))
                    return;
                readAvailable(); // what arrived meanwhile
                continue;
            }
            m_inFlight = true;
            if (!m_server.startDeferred(this, request))
                m_server.dispatch(this, std::move(request));
            return;
        }
        }
    }
}

void HttpConnection::deliverResponse(const HttpResponse &response)
{
    m_inFlight = false;
    if (m_finished) {
        // The client went away while its request was being handled.
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
        return;
    }
    if (writeResponse(response))
        onReadyRead(); // requests that arrived meanwhile are still buffered
}

bool HttpConnection::writeResponse(const HttpResponse &response)
{
    const bool keepAlive = m_keepAlive && !m_closing;
    m_socket->write(response.serialize(keepAlive, m_minorVersion));
    if (!keepAlive) {
        finish();
        return false;
    }
    return true;
}

void HttpConnection::sendError(int status, const QByteArray &message)
{
    HttpResponse response(status, QByteArrayLiteral("text/plain; charset=utf-8"), message + '\n');
    m_socket->write(response.serialize(false, m_minorVersion));
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_timer.start(kLingerTimeout);
    m_socket->disconnectFromHost(); // flushes what is written, then closes
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_inFlight)
        deleteLater();
}

void HttpConnection::onDisconnected()
{
    m_finished = true;
    m_closing = true;
    m_timer.stop();
    if (!m_inFlight)
        deleteLater();
}

void HttpConnection::onTimeout()
{
    if (m_finished) {
        m_socket->abort(); // the client does not read its last response
        if (!m_inFlight)
            deleteLater();
        return;
    }
    if (m_inFlight)
        return;
    if (m_outputBlocked) {
        abort(); // the client stopped reading
        return;
    }
    if (!m_buffer.isEmpty() || m_parser.inProgress())
        sendError(408, QByteArrayLiteral("The request was not received in time."));
    else
        finish(); // idle keep-alive connection
}

void HttpConnection::closeWhenIdle()
{
    m_closing = true;
    if (!m_inFlight && !m_finished && m_buffer.isEmpty() && !m_parser.inProgress())
        finish();
}

void HttpConnection::abort()
{
    m_closing = true;
    m_finished = true;
    m_timer.stop();
    m_socket->abort();
    if (!m_inFlight)
        deleteLater();
}

} // namespace pca::server

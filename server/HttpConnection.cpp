#include "HttpConnection.h"

#include "HttpServer.h"

#include <QSocketNotifier>

namespace pca::server {

namespace {
// How long a closing connection may take to flush its last response and see the client close.
constexpr std::chrono::milliseconds kLingerTimeout{10'000};
// Read in chunks of this size; the parser's limits cap what is buffered.
constexpr qint64 kReadChunk = 64 * 1024;
// Answers not yet taken by the client; beyond this, pipelined requests wait.
constexpr qint64 kMaxPendingOutput = 4 * 1024 * 1024;
// Bytes read and dropped while draining a closing connection before it is simply closed.
constexpr qint64 kMaxDrainBytes = 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(HttpServer &server, qintptr descriptor, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_socket(descriptor)
    , m_parser(server.options().limits)
    , m_peerAddress(m_socket.peerAddress())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    m_readNotifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(descriptor, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HttpConnection::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HttpConnection::onWritable);
    armIdleTimer();
}

HttpConnection::~HttpConnection()
{
    // Notifiers go before the descriptor they watch.
    delete m_readNotifier;
    delete m_writeNotifier;
    m_socket.close();
    m_server.connectionClosed();
}

bool HttpConnection::isOpen() const
{
    return !m_closed;
}

void HttpConnection::armIdleTimer()
{
    m_requestTimerArmed = false;
    m_timer.start(m_server.options().idleTimeout);
}

void HttpConnection::updateNotifiers()
{
    if (m_closed)
        return;
    const qsizetype cap = m_parser.limits().maxHeaderBytes + m_parser.limits().maxBodyBytes;
    // The notifiers are level-triggered: read only when the data will be used (or, while
    // draining, dropped); otherwise the kernel holds it and its window pushes back.
    const bool underWay = !m_buffer.isEmpty() || m_parser.inProgress();
    const bool wantRead =
        !m_peerDone && (m_draining || (!m_finished && (!m_closing || underWay) && !m_inFlight &&
                                       !m_outputBlocked && m_buffer.size() <= cap));
    m_readNotifier->setEnabled(wantRead);
    m_writeNotifier->setEnabled(pendingOutput() > 0);
}

void HttpConnection::onReadable()
{
    if (m_closed)
        return;
    if (m_draining) {
        char scratch[16 * 1024];
        qint64 dropped = 0;
        while (true) {
            const qint64 n = m_socket.read(scratch, sizeof scratch);
            if (n == NativeSocket::kWouldBlock)
                break;
            if (n <= 0 || (dropped += n) > kMaxDrainBytes) {
                closeNow(false); // the client closed too (or keeps sending): done
                return;
            }
        }
        return;
    }
    if (!readAvailable())
        return;
    processBuffer();
}

bool HttpConnection::readAvailable()
{
    const qsizetype cap = m_parser.limits().maxHeaderBytes + m_parser.limits().maxBodyBytes;
    while (!m_peerDone) {
        // Never buffer much more than one maximal request; the rest stays in the kernel.
        const qint64 room = qMin<qint64>(kReadChunk, cap + 1 - m_buffer.size());
        if (room <= 0)
            break;
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + room);
        const qint64 n = m_socket.read(m_buffer.data() + at, room);
        m_buffer.resize(at + qMax<qint64>(n, 0));
        if (n == NativeSocket::kWouldBlock)
            break;
        if (n == NativeSocket::kFailed) {
            closeNow(true); // reset or broken: nobody reads an answer
            return false;
        }
        if (n == 0) {
            m_peerDone = true; // half-closed: answer what arrived, then close
            break;
        }
        if (n < room)
            break;
    }
    return true;
}

void HttpConnection::processBuffer()
{
    while (!m_inFlight && !m_finished && !m_closed) {
        if (pendingOutput() > kMaxPendingOutput) {
            // The client sends requests but does not read the answers: wait until it does,
            // for at most the idle timeout.
            m_outputBlocked = true;
            armIdleTimer();
            break;
        }
        const bool underWay = !m_buffer.isEmpty() || m_parser.inProgress();
        if (!underWay) {
            if (m_closing || m_peerDone) {
                finish();
                return;
            }
            if (!m_timer.isActive() || m_requestTimerArmed)
                armIdleTimer();
            break;
        }
        if (!m_requestTimerArmed) {
            // The whole request must arrive within the request timeout, however slowly the
            // client trickles it in.
            m_requestTimerArmed = true;
            m_timer.start(m_server.options().requestTimeout);
        }
        const HttpRequestParser::Result result = m_parser.parse(m_buffer);
        if (result == HttpRequestParser::Result::NeedMore) {
            if (m_parser.awaitsContinue()) {
                queueOutput(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
                m_parser.continueSent();
            }
            if (m_buffer.isEmpty() && !m_parser.inProgress())
                continue; // only blank lines were consumed
            if (m_peerDone) {
                sendError(400, QByteArrayLiteral(
                                   "The client closed its side before the request was complete."));
                return;
            }
            break;
        }
        if (result == HttpRequestParser::Result::Error) {
            sendError(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        HttpRequest request = m_parser.takeRequest();
        request.peerAddress = m_peerAddress;
        m_keepAlive = request.wantsKeepAlive();
        m_minorVersion = request.minorVersion;
        m_timer.stop();
        m_requestTimerArmed = false;
        if (m_server.handlesOnIoThread(request)) {
            if (!writeResponse(m_server.handleNow(request)))
                return;
            continue;
        }
        m_inFlight = true;
        updateNotifiers();
        if (!m_server.startDeferred(this, request))
            m_server.dispatch(this, std::move(request));
        return;
    }
    updateNotifiers();
}

void HttpConnection::deliverResponse(const HttpResponse &response)
{
    m_inFlight = false;
    if (m_closed) {
        deleteLater(); // the client went away while its request was being handled
        return;
    }
    if (!writeResponse(response))
        return;
    if (!readAvailable())
        return;
    processBuffer(); // requests that arrived meanwhile
}

bool HttpConnection::writeResponse(const HttpResponse &response)
{
    const bool keepAlive = m_keepAlive && !m_closing;
    queueOutput(response.serialize(keepAlive, m_minorVersion));
    if (!keepAlive) {
        finish();
        return false;
    }
    return !m_closed;
}

void HttpConnection::queueOutput(const QByteArray &bytes)
{
    if (m_closed)
        return;
    if (m_outputOffset > 0 && m_outputOffset == m_output.size()) {
        m_output.clear();
        m_outputOffset = 0;
    }
    m_output += bytes;
    flush();
}

void HttpConnection::flush()
{
    while (pendingOutput() > 0) {
        const qint64 n = m_socket.write(m_output.constData() + m_outputOffset, pendingOutput());
        if (n == NativeSocket::kWouldBlock || n == 0)
            break;
        if (n == NativeSocket::kFailed) {
            closeNow(true); // the client is gone
            return;
        }
        m_outputOffset += n;
    }
    if (pendingOutput() == 0) {
        m_output.clear();
        m_outputOffset = 0;
        if (m_finished && !m_draining) {
            // Everything is written: the client reads end-of-stream after it. What it still
            // sends is drained, so that closing never resets the connection under the answer.
            m_socket.shutdownSending();
            m_draining = true;
            if (m_peerDone) {
                closeNow(false);
                return;
            }
        }
    }
    updateNotifiers();
}

void HttpConnection::onWritable()
{
    if (m_closed)
        return;
    flush();
    if (m_outputBlocked && !m_closed && pendingOutput() <= kMaxPendingOutput / 2) {
        m_outputBlocked = false;
        if (readAvailable())
            processBuffer();
    }
}

void HttpConnection::sendError(int status, const QByteArray &message)
{
    m_closing = true;
    m_keepAlive = false;
    queueOutput(m_server.protocolErrorResponse(status, message).serialize(false, m_minorVersion));
    finish();
}

void HttpConnection::finish()
{
    if (m_finished || m_closed)
        return;
    m_finished = true;
    m_closing = true;
    m_timer.start(kLingerTimeout);
    flush(); // shuts down sending once the output is written
}

void HttpConnection::closeNow(bool reset)
{
    if (m_closed)
        return;
    m_closed = true;
    m_finished = true;
    m_closing = true;
    m_timer.stop();
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    m_socket.close(reset);
    m_output.clear();
    m_outputOffset = 0;
    m_buffer.clear();
    if (!m_inFlight)
        deleteLater();
}

void HttpConnection::onTimeout()
{
    if (m_closed)
        return;
    if (m_finished) {
        closeNow(pendingOutput() > 0); // the client does not take its last response
        return;
    }
    if (m_inFlight)
        return;
    if (m_outputBlocked) {
        closeNow(true); // the client stopped reading
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
    else
        updateNotifiers();
}

void HttpConnection::abort()
{
    closeNow(true);
}

} // namespace pca::server

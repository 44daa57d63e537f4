#include "BlockingHttpClient.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace pca::server {

QByteArray HttpClientResponse::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (QByteArrayView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return QByteArray();
}

BlockingHttpClient::BlockingHttpClient(QString host, quint16 port)
    : m_host(std::move(host))
    , m_port(port)
{}

BlockingHttpClient::~BlockingHttpClient() = default;

bool BlockingHttpClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void BlockingHttpClient::disconnect()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
    m_buffer.clear();
}

bool BlockingHttpClient::connectToServer(int timeoutMs)
{
    disconnect();
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        m_error = m_socket->errorString();
        m_socket.reset();
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

bool BlockingHttpClient::sendRaw(const QByteArray &bytes, int timeoutMs)
{
    if (!isConnected() && !connectToServer(timeoutMs))
        return false;
    m_socket->write(bytes);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(timeoutMs)) {
            m_error = m_socket->errorString();
            return false;
        }
    }
    return true;
}

bool BlockingHttpClient::fill(int timeoutMs)
{
    if (!m_socket)
        return false;
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs)) {
        m_error = m_socket->errorString();
        return false;
    }
    m_buffer += m_socket->readAll();
    return true;
}

std::optional<HttpClientResponse> BlockingHttpClient::readResponse(int timeoutMs, bool headRequest)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        while (end < 0) {
            if (!fill(int(qMax<qint64>(1, deadline.remainingTime()))))
                return std::nullopt;
            end = m_buffer.indexOf("\r\n\r\n");
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        HttpClientResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.")) {
            m_error = QStringLiteral("malformed status line");
            return std::nullopt;
        }
        response.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append(
                    {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (response.status >= 100 && response.status < 200)
            continue; // interim response
        const bool noBody = headRequest || response.status == 204 || response.status == 304;
        const QByteArray lengthText = response.header("content-length");
        if (!noBody && !lengthText.isEmpty()) {
            const qsizetype length = lengthText.toLongLong();
            while (m_buffer.size() < length) {
                if (!fill(int(qMax<qint64>(1, deadline.remainingTime()))))
                    return std::nullopt;
            }
            response.body = m_buffer.left(length);
            m_buffer.remove(0, length);
        } else if (!noBody) {
            while (fill(int(qMax<qint64>(1, deadline.remainingTime()))))
                ;
            response.body = std::exchange(m_buffer, QByteArray());
        }
        return response;
    }
}

bool BlockingHttpClient::waitForClose(int timeoutMs)
{
    if (!m_socket)
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        if (m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket->readAll();
    }
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

std::optional<HttpClientResponse> BlockingHttpClient::exchange(const HttpRequest &request,
                                                               int timeoutMs)
{
    const bool head = request.method == "HEAD";
    const bool reused = isConnected();
    if (sendRaw(request.serialize(), timeoutMs)) {
        if (auto response = readResponse(timeoutMs, head))
            return response;
    }
    if (!reused)
        return std::nullopt;
    // The server may have closed an idle keep-alive connection: retry once on a fresh one.
    if (!connectToServer(timeoutMs) || !sendRaw(request.serialize(), timeoutMs))
        return std::nullopt;
    return readResponse(timeoutMs, head);
}

} // namespace pca::server

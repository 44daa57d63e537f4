// One client connection of HttpServer, living on an I/O thread: reads and parses requests,
// passes each complete request to the server's handler pool, writes the responses in order.
//
// The socket is used directly (NativeSocket, QSocketNotifier), so that a client that shuts
// down its sending side after a request still gets the answer, and so that closing is graceful:
// the last response is flushed, the sending side shut down, and what the client still sends
// is read and dropped until it closes too (or the linger timeout ends it), so that no reset
// destroys a response in flight.
#pragma once

#include "HttpMessage.h"
#include "HttpRequestParser.h"
#include "NativeSocket.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace pca::server {

class HttpServer;

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(HttpServer &server, qintptr descriptor, QObject *parent);
    ~HttpConnection() override;

    bool isOpen() const;
    // Called by the handler pool (queued onto this object's thread).
    void deliverResponse(const HttpResponse &response);
    // Shutdown: close now when idle, otherwise after the response under way.
    void closeWhenIdle();
    // Shutdown deadline: close now, whatever the state.
    void abort();

private:
    void onReadable();
    void onWritable();
    void onTimeout();
    // Reads what the socket has, within the buffer cap; false when the connection broke.
    bool readAvailable();
    void processBuffer();
    void sendError(int status, const QByteArray &message);
    // Queues a response; false when the connection closes after it.
    bool writeResponse(const HttpResponse &response);
    void queueOutput(const QByteArray &bytes);
    void flush();
    // No further requests: flush the output, then shut down sending and drain.
    void finish();
    // Closes the socket now; the object goes once no response is pending.
    void closeNow(bool reset);
    void updateNotifiers();
    void armIdleTimer();
    qint64 pendingOutput() const { return m_output.size() - m_outputOffset; }

    HttpServer &m_server;
    NativeSocket m_socket;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    HttpRequestParser m_parser;
    QHostAddress m_peerAddress;
    QByteArray m_buffer;
    QByteArray m_output;
    qsizetype m_outputOffset = 0;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_keepAlive = true;
    int m_minorVersion = 1;
    bool m_peerDone = false; // the client shut down its sending side
    bool m_closing = false;  // no further requests are read
    bool m_finished = false; // flushing, then draining: the connection is ending
    bool m_draining = false; // sending side shut down; reading until the client closes
    bool m_closed = false;   // socket closed; delete once no response is pending
    bool m_requestTimerArmed = false;
    bool m_outputBlocked = false; // too much output waits for the client
};

} // namespace pca::server

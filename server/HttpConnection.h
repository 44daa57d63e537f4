// One client connection of HttpServer, living on an I/O thread: reads and parses requests,
// passes each complete request to the server's handler pool, writes the responses in order.
#pragma once

#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

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
    void onReadyRead();
    void readAvailable();
    void onDisconnected();
    void onTimeout();
    void processBuffer();
    void sendError(int status, const QByteArray &message);
    // Writes a response; false when the connection closes after it.
    bool writeResponse(const HttpResponse &response);
    void finish(); // closes the socket and schedules deletion once nothing is in flight
    void armIdleTimer();

    HttpServer &m_server;
    QTcpSocket *m_socket = nullptr;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_keepAlive = true;
    int m_minorVersion = 1;
    bool m_closing = false;  // no further requests are read
    bool m_finished = false; // socket closed; delete once no response is pending
    bool m_requestTimerArmed = false;
    bool m_outputBlocked = false; // too much output waits for the client
};

} // namespace pca::server

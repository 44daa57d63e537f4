// The connected TCP socket of one HTTP connection, used directly rather than through
// QTcpSocket: QTcpSocket closes the whole connection when the peer shuts down its sending side,
// so a client that half-closes after a complete request (`printf ... | nc -N`, shutdown(SHUT_WR))
// would never get its answer. Here end-of-stream is only a fact the connection acts on, and
// the connection closes gracefully (shutdown of the sending side, then the rest is drained).
//
// The platform layer of the server: POSIX sockets, or Winsock on Windows; nothing outside this
// file's implementation calls either.
#pragma once

#include <QHostAddress>

namespace pca::server {

class NativeSocket
{
public:
    // What a read or write did when it moved no bytes.
    static constexpr qint64 kWouldBlock = -1;
    static constexpr qint64 kFailed = -2;

    // Takes ownership of a connected descriptor and makes it non-blocking, without Nagle delay.
    explicit NativeSocket(qintptr descriptor);
    ~NativeSocket(); // closes the descriptor if it is still open
    NativeSocket(const NativeSocket &) = delete;
    NativeSocket &operator=(const NativeSocket &) = delete;

    qintptr descriptor() const { return m_descriptor; }
    // The address of the connected peer (null when it cannot be read).
    QHostAddress peerAddress() const;
    bool isOpen() const { return m_descriptor >= 0; }

    // Bytes read into `data` (> 0), 0 at the end of the peer's stream, kWouldBlock, or kFailed
    // (the connection is broken: reset by the peer, ...).
    qint64 read(char *data, qint64 size);
    // Bytes written (>= 0), kWouldBlock, or kFailed. Never raises SIGPIPE.
    qint64 write(const char *data, qint64 size);
    // No more data will be sent (the peer reads end-of-stream after what was written).
    void shutdownSending();
    // Closes the descriptor; with `reset`, the peer sees a reset instead of an orderly close.
    void close(bool reset = false);

    // Closes a descriptor that was never adopted (a refused connection), with a reset.
    static void refuse(qintptr descriptor);

private:
    qintptr m_descriptor = -1;
};

} // namespace pca::server

#include "NativeSocket.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace pca::server {

namespace {

#ifdef Q_OS_WIN
using Handle = SOCKET;
Handle handle(qintptr descriptor)
{
    return Handle(descriptor);
}
bool wouldBlock()
{
    return WSAGetLastError() == WSAEWOULDBLOCK;
}
bool interrupted()
{
    return WSAGetLastError() == WSAEINTR;
}
void closeHandle(Handle h)
{
    closesocket(h);
}
#else
using Handle = int;
Handle handle(qintptr descriptor)
{
    return Handle(descriptor);
}
bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK;
}
bool interrupted()
{
    return errno == EINTR;
}
void closeHandle(Handle h)
{
    ::close(h);
}
#endif

void setReset(Handle h)
{
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
    setsockopt(h, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option), sizeof option);
}

} // namespace

NativeSocket::NativeSocket(qintptr descriptor)
    : m_descriptor(descriptor)
{
    const Handle h = handle(descriptor);
#ifdef Q_OS_WIN
    u_long nonBlocking = 1;
    ioctlsocket(h, FIONBIO, &nonBlocking);
#else
    const int flags = fcntl(h, F_GETFL, 0);
    fcntl(h, F_SETFL, flags | O_NONBLOCK);
#endif
    int noDelay = 1;
    setsockopt(h, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&noDelay),
               sizeof noDelay);
}

NativeSocket::~NativeSocket()
{
    close();
}

qint64 NativeSocket::read(char *data, qint64 size)
{
    if (!isOpen())
        return kFailed;
    while (true) {
#ifdef Q_OS_WIN
        const auto n = ::recv(handle(m_descriptor), data, int(qMin<qint64>(size, 1 << 30)), 0);
#else
        const auto n = ::recv(handle(m_descriptor), data, size_t(size), 0);
#endif
        if (n >= 0)
            return qint64(n);
        if (interrupted())
            continue;
        return wouldBlock() ? kWouldBlock : kFailed;
    }
}

qint64 NativeSocket::write(const char *data, qint64 size)
{
    if (!isOpen())
        return kFailed;
    while (true) {
#ifdef Q_OS_WIN
        const auto n = ::send(handle(m_descriptor), data, int(qMin<qint64>(size, 1 << 30)), 0);
#else
        const auto n = ::send(handle(m_descriptor), data, size_t(size), MSG_NOSIGNAL);
#endif
        if (n >= 0)
            return qint64(n);
        if (interrupted())
            continue;
        return wouldBlock() ? kWouldBlock : kFailed;
    }
}

QHostAddress NativeSocket::peerAddress() const
{
    sockaddr_storage address{};
#ifdef Q_OS_WIN
    int length = sizeof address;
#else
    socklen_t length = sizeof address;
#endif
    if (!isOpen() ||
        getpeername(handle(m_descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return QHostAddress();
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

void NativeSocket::shutdownSending()
{
    if (!isOpen())
        return;
#ifdef Q_OS_WIN
    ::shutdown(handle(m_descriptor), SD_SEND);
#else
    ::shutdown(handle(m_descriptor), SHUT_WR);
#endif
}

void NativeSocket::close(bool reset)
{
    if (!isOpen())
        return;
    if (reset)
        setReset(handle(m_descriptor));
    closeHandle(handle(m_descriptor));
    m_descriptor = -1;
}

void NativeSocket::refuse(qintptr descriptor)
{
    setReset(handle(descriptor));
    closeHandle(handle(descriptor));
}

} // namespace pca::server

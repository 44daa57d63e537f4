// Turns SIGTERM and SIGINT into a Qt signal on the thread that created the watcher (the
// self-pipe technique: the handler only writes a byte to a socket pair).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace pca::server {

class ShutdownSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignalWatcher(QObject *parent = nullptr);
    ~ShutdownSignalWatcher() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pca::server

// A privateca-server process for the real-client tests: a store in a temporary directory, the
// passphrase in a temporary file, port 0 (the port is read from the "Listening on" line), and
// a client environment that sees nothing of the machine's AWS configuration.
#pragma once

#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace pca::test {

struct ClientRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const; // for failure messages
};

class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts the server on the (possibly existing) store and waits until it listens.
    // `environment`: extra NAME=value settings for the server process.
    bool start(const QStringList &extraArguments = {}, const QStringList &environment = {});
    // Gives the next start() a controlling terminal (a pseudo-terminal nobody types into), as
    // when a user starts the server in a shell: anything that prompts on /dev/tty would wait.
    void useControllingTerminal(bool on) { m_controllingTerminal = on; }
    // Kills the server with SIGKILL, without waiting for anything.
    void kill();
    qint64 processId() const;
    // Sends a signal other than SIGTERM (e.g. SIGINT) and waits for the exit code.
    int stopWith(int signalNumber);
    // SIGTERM, then waits for a clean exit; returns the exit code (-1: crashed or hung).
    int stop();

    QString url() const { return m_url; }
    QString passphraseFile() const;
    QString host() const;
    QString dataDirectory() const;
    QString credentialsFile() const;
    QString workDirectory() const; // scratch space for the clients
    QString startupOutput() const { return QString::fromUtf8(m_stdout); }
    QString serverErrors() const;

    // The environment of aws / python3 / openssl / curl for this server.
    QProcessEnvironment clientEnvironment() const;
    // Runs a client program in clientEnvironment(), in workDirectory().
    // `environment`: extra NAME=value settings on top of clientEnvironment().
    ClientRun run(const QString &program, const QStringList &arguments,
                  const QByteArray &input = QByteArray(), int timeoutMs = 180'000,
                  const QStringList &environment = {}) const;
    // /usr/bin/aws with --endpoint-url and JSON output.
    ClientRun aws(const QStringList &arguments, const QStringList &environment = {}) const;
    // /usr/bin/python3 <tests/client/script>.
    ClientRun python(const QString &script, int timeoutMs = 600'000) const;

private:
    QTemporaryDir m_root;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_url;
    bool m_controllingTerminal = false;
    int m_terminalMaster = -1;
};

// What a process holds, from /proc/<pid>: resident memory, threads, open descriptors.
struct ProcessResources
{
    qint64 residentKiB = 0;
    int threads = 0;
    int descriptors = 0;
    QMap<QString, int> descriptorKinds; // "socket", "eventfd", file names: how many of each
    QString describe(bool withKinds = false) const;
};
ProcessResources processResources(qint64 pid);

} // namespace pca::test

// QVERIFY that a client run exited with 0, printing its output otherwise.
#define PCA_VERIFY_RUN(run)                                                                        \
    do {                                                                                           \
        const ::pca::test::ClientRun &pcaRun_ = (run);                                             \
        QVERIFY2(pcaRun_.exitCode == 0, qPrintable(pcaRun_.describe()));                           \
    } while (false)

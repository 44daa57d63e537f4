#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace pca::test {

QString ClientRun::describe() const
{
    return QStringLiteral("exit code %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out.right(20000)), QString::fromUtf8(err.right(20000)));
}

ServerProcess::ServerProcess()
{
    QDir root(m_root.path());
    root.mkpath(QStringLiteral("home"));
    root.mkpath(QStringLiteral("work"));
    QFile passphrase(root.filePath(QStringLiteral("passphrase")));
    passphrase.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    passphrase.write("client test passphrase\n");
    passphrase.close();
    QFile config(root.filePath(QStringLiteral("home/aws-config")));
    config.open(QIODevice::WriteOnly);
    config.write("[profile privateca]\nregion = us-east-1\noutput = json\n");
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        stop();
    if (m_terminalMaster >= 0)
        ::close(m_terminalMaster);
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(30'000);
    }
}

qint64 ServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString ProcessResources::describe(bool withKinds) const
{
    QString text = QStringLiteral("RSS %1 MiB, %2 threads, %3 descriptors")
                       .arg(double(residentKiB) / 1024.0, 0, 'f', 1)
                       .arg(threads)
                       .arg(descriptors);
    if (withKinds) {
        QStringList kinds;
        for (auto it = descriptorKinds.cbegin(); it != descriptorKinds.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        text += QStringLiteral(" (") + kinds.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return text;
}

ProcessResources processResources(qint64 pid)
{
    ProcessResources out;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                out.residentKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            if (line.startsWith("Threads:"))
                out.threads = line.mid(8).trimmed().toInt();
        }
    }
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList entries = fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    out.descriptors = int(entries.size());
    for (const QString &entry : entries) {
        QString target = QFile::symLinkTarget(fds.filePath(entry));
        if (target.contains(QStringLiteral("socket:")))
            target = QStringLiteral("socket");
        else if (target.contains(QStringLiteral("anon_inode:")))
            target = target.section(QLatin1Char(':'), 1);
        else
            target = QFileInfo(target).fileName();
        ++out.descriptorKinds[target];
    }
    return out;
}

QString ServerProcess::dataDirectory() const
{
    return QDir(m_root.path()).filePath(QStringLiteral("data"));
}

QString ServerProcess::credentialsFile() const
{
    return QDir(dataDirectory()).filePath(QStringLiteral("credentials"));
}

QString ServerProcess::workDirectory() const
{
    return QDir(m_root.path()).filePath(QStringLiteral("work"));
}

QString ServerProcess::host() const
{
    return QUrl(m_url).authority();
}

QString ServerProcess::serverErrors() const
{
    QByteArray err = m_stderr;
    if (m_process)
        err += m_process->readAllStandardError();
    return QString::fromUtf8(err);
}

QString ServerProcess::passphraseFile() const
{
    return QDir(m_root.path()).filePath(QStringLiteral("passphrase"));
}

bool ServerProcess::start(const QStringList &extraArguments, const QStringList &settings)
{
    m_process = std::make_unique<QProcess>();
    m_stdout.clear();
    m_url.clear();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PRIVATECA_PASSPHRASE"));
    environment.remove(QStringLiteral("PRIVATECA_ACCESS_KEY_ID"));
    environment.remove(QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY"));
    environment.insert(QStringLiteral("HOME"),
                       QDir(m_root.path()).filePath(QStringLiteral("home")));
    for (const QString &setting : settings)
        environment.insert(setting.section(QLatin1Char('='), 0, 0),
                           setting.section(QLatin1Char('='), 1));
    m_process->setProcessEnvironment(environment);
    if (m_controllingTerminal) {
        if (m_terminalMaster < 0) {
            // Held open (and never written) for the server's lifetime: a read of the terminal
            // then waits instead of failing.
            m_terminalMaster = posix_openpt(O_RDWR | O_NOCTTY);
            if (m_terminalMaster < 0 || grantpt(m_terminalMaster) != 0 ||
                unlockpt(m_terminalMaster) != 0)
                return false;
        }
        const QByteArray slave = ptsname(m_terminalMaster);
        m_process->setChildProcessModifier([slave] {
            setsid();
            const int fd = ::open(slave.constData(), O_RDWR);
            if (fd >= 0)
                ioctl(fd, TIOCSCTTY, 0);
        });
    }
    QStringList arguments =
        QStringList{QStringLiteral("--data-dir"),        dataDirectory(),
                    QStringLiteral("--listen"),          QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--passphrase-file"), passphraseFile()} +
        extraArguments;
    QString program = QStringLiteral(PRIVATECA_SERVER_BINARY);
    // PRIVATECA_SERVER_WRAPPER="heaptrack -o /tmp/x" (or valgrind ...) runs the server under a
    // tool, for investigations by hand.
    const QStringList wrapper = qEnvironmentVariable("PRIVATECA_SERVER_WRAPPER")
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!wrapper.isEmpty()) {
        arguments.prepend(program);
        arguments = wrapper.mid(1) + arguments;
        program = wrapper.first();
    }
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(10'000))
        return false;
    static const QRegularExpression listening(
        QStringLiteral("^Listening on (http://[0-9.]+:([0-9]+))$"),
        QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdout));
        if (match.hasMatch() && m_stdout.endsWith('\n')) {
            m_url = match.captured(1);
            return match.captured(2).toInt() > 0;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(
            int(qMax<qint64>(1, qMin<qint64>(500, deadline.remainingTime()))));
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
    }
    qWarning("privateca-server did not start:\n%s\n%s", m_stdout.constData(), m_stderr.constData());
    return false;
}

int ServerProcess::stop()
{
    return stopWith(SIGTERM);
}

int ServerProcess::stopWith(int signalNumber)
{
    if (!m_process)
        return -1;
    ::kill(pid_t(m_process->processId()), signalNumber);
    if (!m_process->waitForFinished(60'000)) {
        m_process->kill();
        m_process->waitForFinished(10'000);
        return -1;
    }
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QProcessEnvironment ServerProcess::clientEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QStringLiteral("AWS_")) || name.startsWith(QStringLiteral("BOTO")))
            environment.remove(name);
    }
    const QDir root(m_root.path());
    environment.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"),
                       root.filePath(QStringLiteral("home/aws-config")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentialsFile());
    environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("privateca"));
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    environment.insert(QStringLiteral("AWS_CLI_AUTO_PROMPT"), QStringLiteral("off"));
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("PYTHONPATH"), QStringLiteral(PRIVATECA_CLIENT_TEST_DIR));
    environment.insert(QStringLiteral("PRIVATECA_ENDPOINT"), m_url);
    environment.insert(QStringLiteral("PRIVATECA_WORK_DIR"), workDirectory());
    return environment;
}

ClientRun ServerProcess::run(const QString &program, const QStringList &arguments,
                             const QByteArray &input, int timeoutMs,
                             const QStringList &environment) const
{
    ClientRun result;
    QProcess process;
    QProcessEnvironment settings = clientEnvironment();
    for (const QString &setting : environment)
        settings.insert(setting.section(QLatin1Char('='), 0, 0),
                        setting.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(settings);
    process.setWorkingDirectory(workDirectory());
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out\n";
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    return result;
}

ClientRun ServerProcess::aws(const QStringList &arguments, const QStringList &environment) const
{
    return run(QStringLiteral("/usr/bin/aws"),
               arguments + QStringList{QStringLiteral("--endpoint-url"), m_url,
                                       QStringLiteral("--output"), QStringLiteral("json")},
               QByteArray(), 180'000, environment);
}

ClientRun ServerProcess::python(const QString &script, int timeoutMs) const
{
    return run(QStringLiteral("/usr/bin/python3"),
               {QDir(QStringLiteral(PRIVATECA_CLIENT_TEST_DIR)).filePath(script)}, QByteArray(),
               timeoutMs);
}

} // namespace pca::test

// Three privateca-server instances on one PostgreSQL store behind Debian's nginx as a
// round-robin load balancer on loopback. boto3 clients issue, revoke and tag through nginx at
// once while one instance is killed with SIGKILL. Then: every acknowledged write is there,
// serials are unique, CRL numbers only grew, the audit trail and event history verify, and a
// change made through one instance is in force on the others at the next request.
#include "ServerProcess.h"
#include "store/SqlStore.h"
#include "store/StoreLocation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace pca;
using namespace pca::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(100);
    }
    return false;
}

QString script(const char *name)
{
    return QDir(QStringLiteral(PRIVATECA_CLIENT_TEST_DIR)).filePath(QLatin1String(name));
}

} // namespace

class ScaleOutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadWithAnInstanceKilled();
    void changesAreInForceOnEveryInstance();

private:
    bool startNginx();
    // aws through one instance (not the balancer), with the first server's credentials.
    ClientRun awsVia(const ServerProcess &server, const QStringList &arguments,
                     const QStringList &environment = {}) const;

    QString m_url;
    QByteArray m_keyId;
    QByteArray m_secret;
    std::unique_ptr<ServerProcess> m_servers[3];
    QProcess m_nginx;
    quint16 m_balancerPort = 0;
    QString m_state;
};

void ScaleOutTest::initTestCase()
{
    const QString socketDirectory = qEnvironmentVariable("PRIVATECA_TEST_PG_DIR");
    QVERIFY2(!socketDirectory.isEmpty(), "PRIVATECA_TEST_PG_DIR names the test cluster");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/sbin/nginx")),
             "Debian's nginx is installed (bash scripts/test.sh installs it)");
    m_url = QStringLiteral("postgresql://privateca@%1/privateca_test?schema=scale_%2")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(socketDirectory)),
                     QString::number(QCoreApplication::applicationPid()));

    // The first instance creates the store and its access key; the others serve the same key.
    for (auto &server : m_servers)
        server = std::make_unique<ServerProcess>();
    const QStringList store = {QStringLiteral("--store"), m_url};
    QVERIFY2(m_servers[0]->start(store), qPrintable(m_servers[0]->serverErrors()));
    QFile credentials(m_servers[0]->credentialsFile());
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    for (const QByteArray &line : credentials.readAll().split('\n')) {
        if (line.startsWith("aws_access_key_id"))
            m_keyId = line.mid(line.indexOf('=') + 1).trimmed();
        if (line.startsWith("aws_secret_access_key"))
            m_secret = line.mid(line.indexOf('=') + 1).trimmed();
    }
    QVERIFY(!m_keyId.isEmpty() && !m_secret.isEmpty());
    for (int i = 1; i < 3; ++i) {
        QVERIFY2(m_servers[i]->start(store, {QStringLiteral("PRIVATECA_ACCESS_KEY_ID=") +
                                                 QString::fromLatin1(m_keyId),
                                             QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY=") +
                                                 QString::fromLatin1(m_secret)}),
                 qPrintable(m_servers[i]->serverErrors()));
    }
    QVERIFY(startNginx());
    m_state = QDir(m_servers[0]->workDirectory()).filePath(QStringLiteral("scale.json"));
}

void ScaleOutTest::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(10'000))
            m_nginx.kill();
    }
}

bool ScaleOutTest::startNginx()
{
    const QDir dir(QDir(m_servers[0]->workDirectory()).filePath(QStringLiteral("nginx")));
    QDir().mkpath(dir.path());
    m_balancerPort = freePort();
    QString upstreams;
    for (const auto &server : m_servers)
        upstreams += QStringLiteral("        server %1 max_fails=1 fail_timeout=5s;\n")
                         .arg(QUrl(server->url()).authority());
    const QString config = QStringLiteral("%1worker_processes 1;\n"
                                          "daemon off;\n"
                                          "pid %2/nginx.pid;\n"
                                          "error_log %2/error.log warn;\n"
                                          "events { worker_connections 512; }\n"
                                          "http {\n"
                                          "    access_log off;\n"
                                          "    client_body_temp_path %2/body;\n"
                                          "    proxy_temp_path %2/proxy;\n"
                                          "    fastcgi_temp_path %2/fastcgi;\n"
                                          "    uwsgi_temp_path %2/uwsgi;\n"
                                          "    scgi_temp_path %2/scgi;\n"
                                          "    upstream privateca {\n%3"
                                          "        keepalive 16;\n"
                                          "    }\n"
                                          "    server {\n"
                                          "        listen 127.0.0.1:%4;\n"
                                          "        location / {\n"
                                          "            proxy_pass http://privateca;\n"
                                          "            proxy_http_version 1.1;\n"
                                          "            proxy_set_header Connection \"\";\n"
                                          "            proxy_set_header Host $http_host;\n"
                                          "            proxy_next_upstream error timeout;\n"
                                          "        }\n"
                                          "    }\n"
                                          "}\n")
                               .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(),
                                    dir.path(), upstreams, QString::number(m_balancerPort));
    QFile file(dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(config.toUtf8());
    file.close();
    m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
    m_nginx.start(QStringLiteral("/usr/sbin/nginx"),
                  {QStringLiteral("-p"), dir.path(), QStringLiteral("-c"), file.fileName()});
    if (!m_nginx.waitForStarted(10'000) || !waitForPort(m_balancerPort, 20'000)) {
        QFile log(dir.filePath(QStringLiteral("error.log")));
        log.open(QIODevice::ReadOnly);
        qWarning("nginx did not start: %s", log.readAll().constData());
        return false;
    }
    return true;
}

ClientRun ScaleOutTest::awsVia(const ServerProcess &server, const QStringList &arguments,
                               const QStringList &environment) const
{
    return m_servers[0]->run(QStringLiteral("/usr/bin/aws"),
                             arguments + QStringList{QStringLiteral("--endpoint-url"), server.url(),
                                                     QStringLiteral("--output"),
                                                     QStringLiteral("json")},
                             QByteArray(), 120'000, environment);
}

void ScaleOutTest::loadWithAnInstanceKilled()
{
    const QString balancer =
        QStringLiteral("PRIVATECA_ENDPOINT=http://127.0.0.1:%1").arg(m_balancerPort);
    PCA_VERIFY_RUN(m_servers[0]->run(QStringLiteral("/usr/bin/python3"),
                                     {script("scale_out.py"), QStringLiteral("setup"), m_state},
                                     QByteArray(), 120'000, {balancer}));

    // Clients through the balancer for 16 s; the second instance dies after 5.
    QProcess load;
    QProcessEnvironment environment = m_servers[0]->clientEnvironment();
    environment.insert(QStringLiteral("PRIVATECA_ENDPOINT"),
                       QStringLiteral("http://127.0.0.1:%1").arg(m_balancerPort));
    load.setProcessEnvironment(environment);
    load.setWorkingDirectory(m_servers[0]->workDirectory());
    load.start(QStringLiteral("/usr/bin/python3"),
               {script("scale_out.py"), QStringLiteral("load"), m_state, QStringLiteral("16")});
    QVERIFY(load.waitForStarted(10'000));
    QTest::qWait(5000);
    QVERIFY(load.state() == QProcess::Running);
    m_servers[1]->kill();
    QVERIFY(load.waitForFinished(180'000));
    const QByteArray loadOutput = load.readAllStandardOutput() + load.readAllStandardError();
    QVERIFY2(load.exitCode() == 0, loadOutput.constData());
    qInfo("%s", loadOutput.trimmed().constData());

    // Every acknowledged write, read back through what is left of the cluster.
    PCA_VERIFY_RUN(m_servers[0]->run(QStringLiteral("/usr/bin/python3"),
                                     {script("scale_out.py"), QStringLiteral("verify"), m_state},
                                     QByteArray(), 300'000, {balancer}));

    // In the store: unique serials, CRL numbers that only grew in commit order.
    const store::StoreOptions options = store::parseStoreLocation(m_url);
    {
        QSqlDatabase db = store::addStoreDatabase(options, QStringLiteral("scale-check"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT serial) FROM certificates")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), q.value(0).toLongLong());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT ca_id, detail FROM audit_trail WHERE action = 'GenerateCrl' ORDER BY seq")));
        QHash<QString, qint64> last;
        int crls = 0;
        while (q.next()) {
            const QJsonObject detail = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            const qint64 number = detail.value(QStringLiteral("crlNumber")).toString().toLongLong();
            const QString ca = q.value(0).toString();
            QVERIFY2(number > last.value(ca),
                     qPrintable(
                         QStringLiteral("CRL number %1 after %2").arg(number).arg(last.value(ca))));
            last[ca] = number;
            ++crls;
        }
        QVERIFY2(crls > 2, "revocations through several instances published CRLs");
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scale-check"));

    // One audit trail and one event history that verify: the store copy checks both.
    const QString copy = QDir(m_servers[0]->workDirectory()).filePath(QStringLiteral("verified"));
    QProcess verify;
    verify.start(QStringLiteral(PRIVATECA_SERVER_BINARY),
                 {QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"), m_url,
                  QStringLiteral("--to"), copy, QStringLiteral("--passphrase-file"),
                  m_servers[0]->passphraseFile()});
    QVERIFY(verify.waitForFinished(300'000));
    const QByteArray verified = verify.readAllStandardOutput() + verify.readAllStandardError();
    QVERIFY2(verify.exitCode() == 0 && verified.contains("verified."), verified.constData());
}

void ScaleOutTest::changesAreInForceOnEveryInstance()
{
    // The killed instance comes back (same store, same key).
    QVERIFY2(m_servers[1]->start(
                 {QStringLiteral("--store"), m_url},
                 {QStringLiteral("PRIVATECA_ACCESS_KEY_ID=") + QString::fromLatin1(m_keyId),
                  QStringLiteral("PRIVATECA_SECRET_ACCESS_KEY=") + QString::fromLatin1(m_secret)}),
             qPrintable(m_servers[1]->serverErrors()));
    QFile stateFile(m_state);
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    const QString ca = QJsonDocument::fromJson(stateFile.readAll())
                           .object()
                           .value(QStringLiteral("root"))
                           .toString();
    const QString csr = QStringLiteral("fileb://") +
                        QDir(m_servers[0]->workDirectory()).filePath(QStringLiteral("scale.csr"));
    const QStringList issue = {QStringLiteral("acm-pca"),
                               QStringLiteral("issue-certificate"),
                               QStringLiteral("--certificate-authority-arn"),
                               ca,
                               QStringLiteral("--csr"),
                               csr,
                               QStringLiteral("--signing-algorithm"),
                               QStringLiteral("SHA256WITHECDSA"),
                               QStringLiteral("--validity"),
                               QStringLiteral("Value=7,Type=DAYS")};
    // Instances 2 and 3 have the CA in their caches, ACTIVE.
    for (int i = 1; i < 3; ++i)
        PCA_VERIFY_RUN(awsVia(*m_servers[i], issue));

    // Disabled through instance 1: refused by 2 and 3 at the next request.
    PCA_VERIFY_RUN(awsVia(*m_servers[0], {QStringLiteral("acm-pca"),
                                          QStringLiteral("update-certificate-authority"),
                                          QStringLiteral("--certificate-authority-arn"), ca,
                                          QStringLiteral("--status"), QStringLiteral("DISABLED")}));
    for (int i = 1; i < 3; ++i) {
        const ClientRun refused = awsVia(*m_servers[i], issue);
        QVERIFY2(refused.exitCode != 0 && refused.err.contains("InvalidStateException"),
                 qPrintable(refused.describe()));
        const ClientRun described =
            awsVia(*m_servers[i],
                   {QStringLiteral("acm-pca"), QStringLiteral("describe-certificate-authority"),
                    QStringLiteral("--certificate-authority-arn"), ca});
        QVERIFY2(described.out.contains("\"DISABLED\""), qPrintable(described.describe()));
    }

    // An access key deactivated through instance 1 no longer signs for instances 2 and 3.
    PCA_VERIFY_RUN(awsVia(*m_servers[0], {QStringLiteral("iam"), QStringLiteral("create-user"),
                                          QStringLiteral("--user-name"), QStringLiteral("bob")}));
    const ClientRun created =
        awsVia(*m_servers[0], {QStringLiteral("iam"), QStringLiteral("create-access-key"),
                               QStringLiteral("--user-name"), QStringLiteral("bob")});
    PCA_VERIFY_RUN(created);
    const QJsonObject key =
        QJsonDocument::fromJson(created.out).object().value(QStringLiteral("AccessKey")).toObject();
    const QStringList asBob = {QStringLiteral("AWS_ACCESS_KEY_ID=") +
                                   key.value(QStringLiteral("AccessKeyId")).toString(),
                               QStringLiteral("AWS_SECRET_ACCESS_KEY=") +
                                   key.value(QStringLiteral("SecretAccessKey")).toString()};
    const QStringList whoAmI = {QStringLiteral("sts"), QStringLiteral("get-caller-identity")};
    for (int i = 1; i < 3; ++i)
        PCA_VERIFY_RUN(awsVia(*m_servers[i], whoAmI, asBob));
    PCA_VERIFY_RUN(
        awsVia(*m_servers[0], {QStringLiteral("iam"), QStringLiteral("update-access-key"),
                               QStringLiteral("--user-name"), QStringLiteral("bob"),
                               QStringLiteral("--access-key-id"),
                               key.value(QStringLiteral("AccessKeyId")).toString(),
                               QStringLiteral("--status"), QStringLiteral("Inactive")}));
    for (int i = 1; i < 3; ++i) {
        const ClientRun refused = awsVia(*m_servers[i], whoAmI, asBob);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    }
}

QTEST_GUILESS_MAIN(ScaleOutTest)
#include "tst_client_scale_out.moc"

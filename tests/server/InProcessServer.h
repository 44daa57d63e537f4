// An ApiServer over a TestEngine, running on its own thread so that a test can talk to it
// with blocking clients, and an ApiClient that signs like an SDK.
#pragma once

#include "ApiServer.h"
#include "BlockingHttpClient.h"
#include "SigV4.h"

#include <QJsonObject>
#include <QThread>

#include <memory>

namespace pca::test {

inline const server::AccessKey kTestKey{"AKPCTESTKEY000000000", "test/secret+access+key"};

class InProcessServer
{
public:
    InProcessServer(PrivateCaService &service, const Clock &clock,
                    server::ApiServerOptions options = {},
                    QList<server::AccessKey> keys = {kTestKey});
    ~InProcessServer();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // Stops the server as SIGTERM does (from the test thread; returns when it has stopped).
    void shutdown();
    server::ApiServer &server() { return *m_server; }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    std::unique_ptr<server::ApiServer> m_server;
    quint16 m_port = 0;
};

struct ApiResult
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    server::HttpClientResponse response;

    QString errorType() const { return json.value(QStringLiteral("__type")).toString(); }
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
};

class ApiClient
{
public:
    ApiClient(quint16 port, const Clock &clock, server::AccessKey key = kTestKey,
              QByteArray region = "us-east-1");

    // POST / with X-Amz-Target: ACMPrivateCA.<operation>, signed at the clock's time.
    ApiResult call(const QString &operation, const QJsonObject &input = {});
    // Builds the signed request without sending it (to tamper with it).
    server::HttpRequest signedRequest(const QString &operation, const QByteArray &body);
    ApiResult send(const server::HttpRequest &request);
    // Unsigned GET/HEAD of a path.
    server::HttpClientResponse get(const QByteArray &path, const QByteArray &method = "GET");

    server::BlockingHttpClient &http() { return m_http; }
    QByteArray host() const { return m_host; }

private:
    const Clock &m_clock;
    server::SigV4Signer m_signer;
    server::BlockingHttpClient m_http;
    QByteArray m_host;
};

} // namespace pca::test

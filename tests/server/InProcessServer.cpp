#include "InProcessServer.h"

#include <QJsonDocument>
#include <QTest>

namespace pca::test {

InProcessServer::InProcessServer(PrivateCaService &service, const Clock &clock,
                                 server::ApiServerOptions options, QList<server::AccessKey> keys)
{
    m_thread.setObjectName(QStringLiteral("test-server"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = std::make_unique<server::ApiServer>(service, clock, keys, options);
            if (m_server->listen(QHostAddress::LocalHost, 0))
                m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        qFatal("The in-process server did not start");
}

InProcessServer::~InProcessServer()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server.reset();
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString InProcessServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void InProcessServer::shutdown()
{
    QMetaObject::invokeMethod(
        m_context, [this] { m_server->shutdown(); }, Qt::BlockingQueuedConnection);
}

ApiClient::ApiClient(quint16 port, const Clock &clock, server::AccessKey key, QByteArray region)
    : m_clock(clock)
    , m_signer(std::move(key), std::move(region), "acm-pca")
    , m_http(QStringLiteral("127.0.0.1"), port)
    , m_host("127.0.0.1:" + QByteArray::number(port))
{}

server::HttpRequest ApiClient::signedRequest(const QString &operation, const QByteArray &body)
{
    server::HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers = {{"Host", m_host},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "ACMPrivateCA." + operation.toLatin1()}};
    request.body = body;
    m_signer.sign(request, m_clock.nowMs());
    return request;
}

ApiResult ApiClient::send(const server::HttpRequest &request)
{
    ApiResult result;
    const auto response = m_http.exchange(request);
    if (!response) {
        qWarning("No HTTP response: %s", qPrintable(m_http.errorString()));
        return result;
    }
    result.response = *response;
    result.status = response->status;
    result.body = response->body;
    result.json = QJsonDocument::fromJson(response->body).object();
    return result;
}

ApiResult ApiClient::call(const QString &operation, const QJsonObject &input)
{
    return send(signedRequest(operation, QJsonDocument(input).toJson(QJsonDocument::Compact)));
}

server::HttpClientResponse ApiClient::get(const QByteArray &path, const QByteArray &method)
{
    server::HttpRequest request;
    request.method = method;
    request.target = path;
    request.headers = {{"Host", m_host}};
    const auto response = m_http.exchange(request);
    return response.value_or(server::HttpClientResponse{});
}

} // namespace pca::test

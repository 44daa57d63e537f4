#include "RemoteConnection.h"

#include "crypto/SigV4Signing.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace pca::models {

namespace {

constexpr const char *kJsonContentType = "application/x-amz-json-1.1";

// The Host header as Qt sends it for `url`, so that the signed value is the sent one.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

// The text of the first elements named in `names` in an XML document.
QHash<QString, QString> xmlValues(const QByteArray &xml, const QStringList &names)
{
    QHash<QString, QString> out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        if (names.contains(name) && !out.contains(name))
            out.insert(name, reader.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return out;
}

QString trimmedForMessage(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? QString() : QStringLiteral(": ") + text;
}

} // namespace

RemoteConnection::RemoteConnection(RemoteEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    if (!m_endpoint.caFile.isEmpty())
        m_extraCas = QSslCertificate::fromPath(m_endpoint.caFile, QSsl::Pem);
    m_network.setAutoDeleteReplies(false);
}

RemoteConnection::~RemoteConnection() = default;

QString RemoteConnection::location() const
{
    return m_endpoint.url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QByteArray RemoteConnection::basePath() const
{
    QByteArray path = m_endpoint.url.path(QUrl::FullyEncoded).toLatin1();
    while (path.endsWith('/'))
        path.chop(1);
    return path;
}

PcaError RemoteConnection::errorFromAnswer(int status, const QByteArray &contentType,
                                           const QByteArray &body, const QString &url)
{
    if (contentType.contains("json") || body.trimmed().startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (document.isObject()) {
            const QJsonObject object = document.object();
            QString type = object.value(QStringLiteral("__type")).toString();
            if (type.isEmpty())
                type = object.value(QStringLiteral("code")).toString();
            // "com.amazonaws.acmpca#InvalidStateException" names the exception after '#'.
            type = type.section(QLatin1Char('#'), -1);
            QString message = object.value(QStringLiteral("message")).toString();
            if (message.isEmpty())
                message = object.value(QStringLiteral("Message")).toString();
            if (!type.isEmpty())
                return PcaError(type, message);
        }
    }
    if (body.trimmed().startsWith('<')) {
        const QHash<QString, QString> values =
            xmlValues(body, {QStringLiteral("Code"), QStringLiteral("Message")});
        if (!values.value(QStringLiteral("Code")).isEmpty())
            return PcaError(values.value(QStringLiteral("Code")),
                            values.value(QStringLiteral("Message")));
    }
    return PcaError(remoteErrors::BadAnswer, QStringLiteral("%1 answered with HTTP status %2%3")
                                                 .arg(url)
                                                 .arg(status)
                                                 .arg(trimmedForMessage(body)));
}

void RemoteConnection::send(const QByteArray &service, const QByteArray &method,
                            const QByteArray &path, const QByteArray &query,
                            QList<std::pair<QByteArray, QByteArray>> headers,
                            const QByteArray &body, QObject *receiver, Finished finished)
{
    QUrl url = m_endpoint.url;
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::StrictMode);
    url.setUserInfo(QString());

    const QByteArray date = sigv4::amzDate(QDateTime::currentMSecsSinceEpoch());
    headers.prepend({QByteArrayLiteral("Host"), hostHeader(url)});
    headers.append({QByteArrayLiteral("X-Amz-Date"), date});
    // Signed as QUrl puts them on the wire.
    sigv4::RequestToSign toSign{method, url.path(QUrl::FullyEncoded).toLatin1(),
                                url.query(QUrl::FullyEncoded).toLatin1(), headers, body};
    // IAM is a global service, signed for us-east-1 whatever the region.
    const QByteArray region =
        service == "iam" ? QByteArrayLiteral("us-east-1") : m_endpoint.region.toLatin1();
    const QByteArray authorization =
        sigv4::sign(toSign, m_endpoint.accessKeyId, m_endpoint.secretAccessKey, region, service);

    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setRawHeader("Authorization", authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1StringView("https") && !m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("privateca.timedOut", true);
        reply->abort();
    });
    timer->start(m_endpoint.timeoutMs);

    const bool guarded = receiver != nullptr;
    const QPointer<QObject> guard(receiver);
    const QString shownUrl = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const int timeoutMs = m_endpoint.timeoutMs;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guarded, guard, finished = std::move(finished), shownUrl, timeoutMs] {
                reply->deleteLater();
                if (--m_inFlight == 0)
                    Q_EMIT busyChanged(false);
                if (guarded && !guard)
                    return;
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                std::optional<PcaError> error;
                if (reply->property("privateca.timedOut").toBool()) {
                    error = PcaError(remoteErrors::Timeout,
                                     QStringLiteral("%1 did not answer within %2 seconds.")
                                         .arg(shownUrl)
                                         .arg(timeoutMs / 1000));
                } else if (!status.isValid()) {
                    error = PcaError(
                        remoteErrors::Unreachable,
                        QStringLiteral("Cannot reach %1: %2").arg(shownUrl, reply->errorString()));
                } else if (status.toInt() < 200 || status.toInt() > 299) {
                    error = errorFromAnswer(status.toInt(), reply->rawHeader("Content-Type"),
                                            reply->readAll(), shownUrl);
                }
                finished(reply, error);
            });
}

void RemoteConnection::callJson(const QByteArray &service, const QByteArray &target,
                                const QJsonObject &input, QObject *receiver,
                                Handler<QJsonObject> handler)
{
    const QString url = location();
    send(service, "POST", basePath() + '/', QByteArray(),
         {{QByteArrayLiteral("Content-Type"), QByteArray(kJsonContentType)},
          {QByteArrayLiteral("X-Amz-Target"), target}},
         QJsonDocument(input).toJson(QJsonDocument::Compact), receiver,
         [handler = std::move(handler), url](QNetworkReply *reply,
                                             const std::optional<PcaError> &error) {
             if (!handler)
                 return;
             if (error) {
                 handler(*error);
                 return;
             }
             const QByteArray body = reply->readAll();
             if (body.trimmed().isEmpty()) {
                 handler(QJsonObject());
                 return;
             }
             QJsonParseError parseError;
             const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
             if (!document.isObject()) {
                 handler(PcaError(remoteErrors::BadAnswer,
                                  QStringLiteral("%1 answered with something that is not a JSON "
                                                 "object%2")
                                      .arg(url, trimmedForMessage(body))));
                 return;
             }
             handler(document.object());
         });
}

void RemoteConnection::callQuery(const QByteArray &service,
                                 const QList<std::pair<QString, QString>> &parameters,
                                 QObject *receiver, Handler<QByteArray> handler)
{
    QUrlQuery form;
    for (const auto &parameter : parameters)
        form.addQueryItem(parameter.first, parameter.second);
    QByteArray body = form.toString(QUrl::FullyEncoded).toLatin1();
    // '+' would read as a space in a form body.
    body.replace('+', "%2B");
    send(
        service, "POST", basePath() + '/', QByteArray(),
        {{QByteArrayLiteral("Content-Type"),
          QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8")}},
        body, receiver,
        [handler = std::move(handler)](QNetworkReply *reply, const std::optional<PcaError> &error) {
            if (!handler)
                return;
            if (error)
                handler(*error);
            else
                handler(reply->readAll());
        });
}

void RemoteConnection::getObject(const QByteArray &service, const QString &bucket,
                                 const QString &key, QObject *receiver, Handler<Object> handler)
{
    const QByteArray path = basePath() + '/' + sigv4::uriEncode(bucket.toUtf8(), false) + '/' +
                            sigv4::uriEncode(key.toUtf8(), true);
    send(
        service, "GET", path, QByteArray(), {}, QByteArray(), receiver,
        [handler = std::move(handler)](QNetworkReply *reply, const std::optional<PcaError> &error) {
            if (!handler)
                return;
            if (error) {
                handler(*error);
                return;
            }
            Object object;
            object.content = reply->readAll();
            object.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
            const QDateTime modified =
                reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
            object.lastModifiedMs = modified.isValid() ? modified.toMSecsSinceEpoch() : 0;
            handler(object);
        });
}

void RemoteConnection::getCallerIdentity(QObject *receiver, Handler<CallerIdentity> handler)
{
    const QString url = location();
    callQuery("sts",
              {{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
               {QStringLiteral("Version"), QStringLiteral("2011-06-15")}},
              receiver, [handler = std::move(handler), url](const Reply<QByteArray> &reply) {
                  if (!handler)
                      return;
                  if (!reply.ok()) {
                      handler(reply.error());
                      return;
                  }
                  const QHash<QString, QString> values =
                      xmlValues(reply.value(), {QStringLiteral("Account"), QStringLiteral("Arn"),
                                                QStringLiteral("UserId")});
                  CallerIdentity identity{values.value(QStringLiteral("Account")),
                                          values.value(QStringLiteral("Arn")),
                                          values.value(QStringLiteral("UserId"))};
                  if (identity.account.isEmpty()) {
                      handler(PcaError(remoteErrors::BadAnswer,
                                       QStringLiteral("%1 did not answer GetCallerIdentity as "
                                                      "STS does%2")
                                           .arg(url, trimmedForMessage(reply.value()))));
                      return;
                  }
                  handler(identity);
              });
}

} // namespace pca::models

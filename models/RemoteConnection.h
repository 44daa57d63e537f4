// The connection of the desktop to a privateca-server: where it is, the access key the calls
// are signed with (SigV4), and the HTTP requests of the AWS protocols the remote clients
// speak — JSON 1.1 (ACM PCA, ACM, CloudTrail, the server's extension), the Query protocol
// (IAM, STS) and signed GETs of bucket objects. Asynchronous over QNetworkAccessManager, on the
// thread of the connection; TLS verified against the system's CA store plus, optionally, the
// certificates of a CA file.
//
// Errors: what the server refuses is the server's error (its exception name and message);
// a server that cannot be reached, a TLS failure, no answer within the timeout or an answer
// that is not the protocol's are errors of the remoteErrors names, with the URL in the message.
#pragma once

#include "Reply.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <utility>

class QNetworkReply;
class QNetworkRequest;

namespace pca::models {

namespace remoteErrors {
inline constexpr const char *Unreachable = "ServerUnreachableException";
inline constexpr const char *Timeout = "RequestTimeoutException";
inline constexpr const char *BadAnswer = "InvalidServerResponseException";
} // namespace remoteErrors

struct RemoteEndpoint
{
    QUrl url; // http(s)://host[:port][/prefix]
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QString region;
    QString profile; // the AWS profile the key was read from; empty when typed
    QString caFile;  // PEM certificates trusted besides the system's; empty: none
    int timeoutMs = 30'000;
};

// Who the access key belongs to (STS GetCallerIdentity).
struct CallerIdentity
{
    QString account;
    QString arn;
    QString userId;
};

class RemoteConnection : public QObject
{
    Q_OBJECT

public:
    explicit RemoteConnection(RemoteEndpoint endpoint, QObject *parent = nullptr);
    ~RemoteConnection() override;

    const RemoteEndpoint &endpoint() const { return m_endpoint; }
    // The URL as the user reads it (no trailing slash).
    QString location() const;
    bool isBusy() const { return m_inFlight > 0; }

    // AWS JSON 1.1: POST with X-Amz-Target, signed for `service`. The value is the answer's
    // JSON object (empty for an empty body).
    void callJson(const QByteArray &service, const QByteArray &target, const QJsonObject &input,
                  QObject *receiver, Handler<QJsonObject> handler);
    // The Query protocol: a form POST signed for `service`; the value is the answer's XML.
    void callQuery(const QByteArray &service, const QList<std::pair<QString, QString>> &parameters,
                   QObject *receiver, Handler<QByteArray> handler);
    // GET of a bucket object (/<bucket>/<key>) signed for `service`.
    struct Object
    {
        QByteArray content;
        QString contentType;
        qint64 lastModifiedMs = 0;
    };
    void getObject(const QByteArray &service, const QString &bucket, const QString &key,
                   QObject *receiver, Handler<Object> handler);
    // STS GetCallerIdentity: who the key is (and a check that the server takes it).
    void getCallerIdentity(QObject *receiver, Handler<CallerIdentity> handler);

    // The exception name and message of an error answer (JSON {"__type", "message"} or the XML
    // error documents of the Query protocol and S3); a generic error naming the status otherwise.
    static PcaError errorFromAnswer(int status, const QByteArray &contentType,
                                    const QByteArray &body, const QString &url);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    using Finished = std::function<void(QNetworkReply *reply, const std::optional<PcaError> &)>;
    void send(const QByteArray &service, const QByteArray &method, const QByteArray &path,
              const QByteArray &query, QList<std::pair<QByteArray, QByteArray>> headers,
              const QByteArray &body, QObject *receiver, Finished finished);
    QByteArray basePath() const;

    RemoteEndpoint m_endpoint;
    QList<QSslCertificate> m_extraCas;
    QNetworkAccessManager m_network;
    int m_inFlight = 0;
};

} // namespace pca::models

Q_DECLARE_METATYPE(pca::models::CallerIdentity)

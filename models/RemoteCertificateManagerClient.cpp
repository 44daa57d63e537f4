#include "RemoteCertificateManagerClient.h"

#include "api/ApiJson.h"
#include "crypto/Keys.h"
#include "crypto/Pkcs12Export.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace pca::models {

namespace acm = api::acm;

namespace {

constexpr const char *kService = "acm";
constexpr const char *kTargetPrefix = "CertificateManager.";
constexpr const char *kPcaService = "acm-pca";
constexpr const char *kPcaTargetPrefix = "ACMPrivateCA.";
// How long a certificate the server issues later is watched for.
constexpr int kWatchAttempts = 120;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

template <typename Response>
Reply<Response> decode(const QJsonObject &object)
{
    try {
        return Reply<Response>(api::fromJson<Response>(object));
    } catch (const PcaError &error) {
        return Reply<Response>(
            PcaError(remoteErrors::BadAnswer,
                     QStringLiteral("The server's answer does not have the API's shape: %1")
                         .arg(error.message())));
    }
}

// The DER inside one PEM block of `label` (Qt only: the key stays encrypted until crypto/).
QByteArray derOfPem(const QByteArray &pem, const QByteArray &label)
{
    const QByteArray begin = "-----BEGIN " + label + "-----";
    const QByteArray end = "-----END " + label + "-----";
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end);
    if (from < 0 || to < from)
        return QByteArray();
    return QByteArray::fromBase64(pem.mid(from + begin.size(), to - from - begin.size()));
}

bool isSettled(const acm::CertificateDetail &detail)
{
    if (detail.status == acm::CertificateStatus::PENDING_VALIDATION)
        return false;
    return !detail.renewalSummary ||
           (detail.renewalSummary->renewalStatus != acm::RenewalStatus::PENDING_AUTO_RENEWAL &&
            detail.renewalSummary->renewalStatus != acm::RenewalStatus::PENDING_VALIDATION);
}

// The assembly of the managed-certificate table: several answers arrive in any order.
struct TableAssembly
{
    QList<acm::CertificateSummary> summaries;
    QHash<QString, acm::CertificateDetail> details;
    QHash<QString, QString> caNames;
    int warningDays = CertificateManager::kDefaultDaysBeforeExpiry;
    int pending = 0;
    std::optional<PcaError> error;
    QPointer<QObject> receiver;
    bool guarded = false;
    Handler<QList<ManagedCertificateView>> handler;

    void finishOne()
    {
        if (--pending > 0)
            return;
        if (!handler || (guarded && !receiver))
            return;
        if (error) {
            handler(*error);
            return;
        }
        handler(views());
    }

    QList<ManagedCertificateView> views() const
    {
        QList<ManagedCertificateView> out;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const acm::CertificateSummary &summary : summaries) {
            ManagedCertificateView view;
            view.detail = details.value(summary.certificateArn.value_or(QString()));
            if (view.detail.notAfter) {
                view.daysLeft = (view.detail.notAfter->toMSecsSinceEpoch() - now) / kDayMs;
                view.approachingExpiry = view.detail.status == acm::CertificateStatus::ISSUED &&
                                         view.daysLeft <= warningDays;
            }
            view.exported = summary.exported.value_or(false);
            if (view.detail.certificateAuthorityArn)
                view.caCommonName = caNames.value(*view.detail.certificateAuthorityArn);
            out << view;
        }
        return out;
    }
};

} // namespace

RemoteCertificateManagerClient::RemoteCertificateManagerClient(RemoteConnection *connection,
                                                               QObject *parent)
    : CertificateManagerClient(parent)
    , m_connection(connection)
{
    connect(connection, &RemoteConnection::busyChanged, this,
            &CertificateManagerClient::busyChanged);
}

RemoteCertificateManagerClient::~RemoteCertificateManagerClient() = default;

bool RemoteCertificateManagerClient::isBusy() const
{
    return m_connection->isBusy();
}

template <typename Response, typename Request>
void RemoteCertificateManagerClient::call(const char *operation, const Request &request,
                                          QObject *receiver, Handler<Response> handler,
                                          std::function<void(const Response &)> after)
{
    // Answers come to this client (so `after` never outlives it) and are handed on unless the
    // receiver is gone; `after` reports changes even then.
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    m_connection->callJson(
        kService, QByteArray(kTargetPrefix) + operation, api::toJson(request), this,
        [handler = std::move(handler), after = std::move(after), guard,
         guarded](const Reply<QJsonObject> &reply) {
            const Reply<Response> response =
                reply.ok() ? decode<Response>(reply.value()) : Reply<Response>(reply.error());
            if (response.ok() && after)
                after(response.value());
            if (handler && (!guarded || guard))
                handler(response);
        });
}

namespace {

// The answer of an action without output.
struct Empty
{
    template <class S, class V>
    static void fields(S &, V &)
    {}
};

Handler<Empty> toDone(Handler<Done> handler)
{
    return [handler = std::move(handler)](const Reply<Empty> &reply) {
        if (!handler)
            return;
        if (reply.ok())
            handler(Done{});
        else
            handler(reply.error());
    };
}

} // namespace

void RemoteCertificateManagerClient::watchIssuance(const QString &certificateArn, int attemptsLeft)
{
    QTimer::singleShot(m_pollMs, this, [this, certificateArn, attemptsLeft] {
        call<acm::DescribeCertificateResponse>(
            "DescribeCertificate", acm::DescribeCertificateRequest{certificateArn}, this,
            [this, certificateArn,
             attemptsLeft](const Reply<acm::DescribeCertificateResponse> &reply) {
                if (!reply.ok() ||
                    (reply.value().certificate && isSettled(*reply.value().certificate))) {
                    // Settled, or gone (deleted meanwhile): either way the table must look.
                    Q_EMIT certificateChanged(certificateArn);
                    return;
                }
                if (attemptsLeft > 1)
                    watchIssuance(certificateArn, attemptsLeft - 1);
            });
    });
}

void RemoteCertificateManagerClient::requestCertificate(
    const acm::RequestCertificateRequest &request, QObject *receiver,
    Handler<acm::RequestCertificateResponse> handler)
{
    call<acm::RequestCertificateResponse>(
        "RequestCertificate", request, receiver, std::move(handler),
        [this](const acm::RequestCertificateResponse &response) {
            const QString arn = response.certificateArn.value_or(QString());
            Q_EMIT certificateChanged(arn);
            watchIssuance(arn, kWatchAttempts);
        });
}

void RemoteCertificateManagerClient::deleteCertificate(const QString &certificateArn,
                                                       QObject *receiver, Handler<Done> handler)
{
    call<Empty>("DeleteCertificate", acm::DeleteCertificateRequest{certificateArn}, receiver,
                toDone(std::move(handler)), [this, certificateArn](const Empty &) {
                    Q_EMIT certificateChanged(certificateArn);
                });
}

void RemoteCertificateManagerClient::renewCertificate(const QString &certificateArn,
                                                      QObject *receiver, Handler<Done> handler)
{
    call<Empty>("RenewCertificate", acm::RenewCertificateRequest{certificateArn}, receiver,
                toDone(std::move(handler)), [this, certificateArn](const Empty &) {
                    Q_EMIT certificateChanged(certificateArn);
                    watchIssuance(certificateArn, kWatchAttempts);
                });
}

void RemoteCertificateManagerClient::exportCertificate(
    const acm::ExportCertificateRequest &request, QObject *receiver,
    Handler<acm::ExportCertificateResponse> handler)
{
    const QString arn = request.certificateArn;
    call<acm::ExportCertificateResponse>(
        "ExportCertificate", request, receiver, std::move(handler),
        [this, arn](const acm::ExportCertificateResponse &) { Q_EMIT certificateChanged(arn); });
}

void RemoteCertificateManagerClient::listTagsForCertificate(const QString &certificateArn,
                                                            QObject *receiver,
                                                            Handler<QList<api::Tag>> handler)
{
    call<acm::ListTagsForCertificateResponse>(
        "ListTagsForCertificate", acm::ListTagsForCertificateRequest{certificateArn}, receiver,
        [handler = std::move(handler)](const Reply<acm::ListTagsForCertificateResponse> &reply) {
            if (!handler)
                return;
            if (reply.ok())
                handler(reply.value().tags.value_or(QList<api::Tag>()));
            else
                handler(reply.error());
        });
}

void RemoteCertificateManagerClient::addTagsToCertificate(
    const acm::AddTagsToCertificateRequest &request, QObject *receiver, Handler<Done> handler)
{
    const QString arn = request.certificateArn;
    call<Empty>("AddTagsToCertificate", request, receiver, toDone(std::move(handler)),
                [this, arn](const Empty &) { Q_EMIT certificateChanged(arn); });
}

void RemoteCertificateManagerClient::removeTagsFromCertificate(
    const acm::RemoveTagsFromCertificateRequest &request, QObject *receiver, Handler<Done> handler)
{
    const QString arn = request.certificateArn;
    call<Empty>("RemoveTagsFromCertificate", request, receiver, toDone(std::move(handler)),
                [this, arn](const Empty &) { Q_EMIT certificateChanged(arn); });
}

void RemoteCertificateManagerClient::exportPkcs12(const QString &certificateArn,
                                                  const QByteArray &password, QObject *receiver,
                                                  Handler<QByteArray> handler)
{
    // ExportCertificate encrypts the key under the password; it is decrypted here only to be
    // packed, with the certificate and chain, into the PKCS#12 file under the same password.
    acm::ExportCertificateRequest request;
    request.certificateArn = certificateArn;
    request.passphrase = password;
    exportCertificate(
        request, receiver,
        [handler = std::move(handler), password](const Reply<acm::ExportCertificateResponse> &r) {
            if (!handler)
                return;
            if (!r.ok()) {
                handler(r.error());
                return;
            }
            const auto pack = [&] {
                const acm::ExportCertificateResponse &exported = r.value();
                const QByteArray keyDer = derOfPem(
                    exported.privateKey.value_or(QString()).toLatin1(), "ENCRYPTED PRIVATE KEY");
                if (keyDer.isEmpty()) {
                    throw PcaError(remoteErrors::BadAnswer,
                                   QStringLiteral("The server exported no encrypted private key."));
                }
                const crypto::PKeyPtr key = crypto::decryptPrivateKey(keyDer, password);
                return crypto::exportPkcs12(
                    key.get(), exported.certificate.value_or(QString()).toLatin1(),
                    exported.certificateChain.value_or(QString()).toLatin1(), password);
            };
            handler(replyFrom<QByteArray>(pack));
        });
}

void RemoteCertificateManagerClient::listAllSummaries(
    QObject *receiver, Handler<QList<acm::CertificateSummary>> handler)
{
    struct Listing
    {
        QList<acm::CertificateSummary> summaries;
        Handler<QList<acm::CertificateSummary>> handler;
        std::function<void(std::optional<QString>)> next;
    };
    auto listing = std::make_shared<Listing>();
    listing->handler = std::move(handler);
    std::weak_ptr<Listing> weak = listing;
    listing->next = [this, weak, receiver](std::optional<QString> token) {
        const std::shared_ptr<Listing> state = weak.lock();
        if (!state)
            return;
        acm::ListCertificatesRequest request;
        acm::Filters includes;
        includes.keyTypes = QList<acm::KeyAlgorithm>();
        for (std::size_t i = 0; i < api::enumCount<acm::KeyAlgorithm>(); ++i)
            includes.keyTypes->append(static_cast<acm::KeyAlgorithm>(i));
        request.includes = includes;
        request.nextToken = token;
        request.maxItems = 1000;
        call<acm::ListCertificatesResponse>(
            "ListCertificates", request, receiver,
            [state](const Reply<acm::ListCertificatesResponse> &reply) {
                if (!reply.ok()) {
                    const auto handler = std::move(state->handler);
                    state->next = nullptr;
                    handler(reply.error());
                    return;
                }
                state->summaries +=
                    reply.value().certificateSummaryList.value_or(QList<acm::CertificateSummary>());
                if (reply.value().nextToken) {
                    state->next(reply.value().nextToken);
                    return;
                }
                const auto handler = std::move(state->handler);
                const QList<acm::CertificateSummary> all = std::move(state->summaries);
                state->next = nullptr; // breaks the cycle: the listing ends here
                handler(all);
            });
    };
    listing->next(std::nullopt);
}

void RemoteCertificateManagerClient::listManagedCertificates(
    QObject *receiver, Handler<QList<ManagedCertificateView>> handler)
{
    auto table = std::make_shared<TableAssembly>();
    table->receiver = receiver;
    table->guarded = receiver != nullptr;
    table->handler = std::move(handler);
    listAllSummaries(this, [this, table](const Reply<QList<acm::CertificateSummary>> &listed) {
        if (!listed.ok()) {
            table->error = listed.error();
            table->pending = 1;
            table->finishOne();
            return;
        }
        table->summaries = listed.value();
        table->pending = int(table->summaries.size()) + 1;
        daysBeforeExpiry(this, [table](const Reply<int> &days) {
            if (days.ok())
                table->warningDays = days.value();
            else if (!table->error)
                table->error = days.error();
            table->finishOne();
        });
        for (const acm::CertificateSummary &summary : std::as_const(table->summaries)) {
            const QString arn = summary.certificateArn.value_or(QString());
            call<acm::DescribeCertificateResponse>(
                "DescribeCertificate", acm::DescribeCertificateRequest{arn}, this,
                [this, table, arn](const Reply<acm::DescribeCertificateResponse> &described) {
                    if (!described.ok()) {
                        // Deleted between the list and the description: left out.
                        if (described.error().type() !=
                                QLatin1String("ResourceNotFoundException") &&
                            !table->error)
                            table->error = described.error();
                        table->finishOne();
                        return;
                    }
                    const acm::CertificateDetail detail =
                        described.value().certificate.value_or(acm::CertificateDetail());
                    table->details.insert(arn, detail);
                    const QString caArn = detail.certificateAuthorityArn.value_or(QString());
                    if (caArn.isEmpty() || table->caNames.contains(caArn)) {
                        table->finishOne();
                        return;
                    }
                    table->caNames.insert(caArn, QString());
                    ++table->pending;
                    api::DescribeCertificateAuthorityRequest request{caArn};
                    m_connection->callJson(
                        kPcaService, QByteArray(kPcaTargetPrefix) + "DescribeCertificateAuthority",
                        api::toJson(request), this,
                        [table, caArn](const Reply<QJsonObject> &reply) {
                            const auto ca = reply.ok()
                                                ? decode<api::DescribeCertificateAuthorityResponse>(
                                                      reply.value())
                                                : Reply<api::DescribeCertificateAuthorityResponse>(
                                                      reply.error());
                            QString name;
                            if (ca.ok() && ca.value().certificateAuthority &&
                                ca.value().certificateAuthority->certificateAuthorityConfiguration)
                                name = ca.value()
                                           .certificateAuthority->certificateAuthorityConfiguration
                                           ->subject.commonName.value_or(QString());
                            else
                                name = tr("(certificate authority not found)");
                            table->caNames.insert(caArn, name);
                            table->finishOne();
                        });
                    table->finishOne();
                });
        }
    });
}

void RemoteCertificateManagerClient::dependentsOf(const QString &caArn, QObject *receiver,
                                                  Handler<AcmDependents> handler)
{
    listManagedCertificates(receiver, [caArn, handler = std::move(handler)](
                                          const Reply<QList<ManagedCertificateView>> &r) {
        if (!handler)
            return;
        if (!r.ok()) {
            handler(r.error());
            return;
        }
        // As the engine counts them: issued certificates of the CA, soonest renewal first.
        QList<std::pair<qint64, QString>> due;
        for (const ManagedCertificateView &view : r.value()) {
            const acm::CertificateDetail &detail = view.detail;
            if (detail.certificateAuthorityArn != caArn ||
                detail.status != acm::CertificateStatus::ISSUED || !detail.notAfter)
                continue;
            due.append({detail.notAfter->toMSecsSinceEpoch() -
                            CertificateManager::kRenewalWindowDays * kDayMs,
                        detail.domainName.value_or(QString())});
        }
        std::sort(due.begin(), due.end());
        AcmDependents out;
        out.certificates = int(due.size());
        if (!due.isEmpty())
            out.nextRenewal = due.first().first;
        for (const auto &entry : std::as_const(due))
            out.domains << entry.second;
        handler(out);
    });
}

void RemoteCertificateManagerClient::daysBeforeExpiry(QObject *receiver, Handler<int> handler)
{
    call<acm::GetAccountConfigurationResponse>(
        "GetAccountConfiguration", acm::GetAccountConfigurationRequest{}, receiver,
        [handler = std::move(handler)](const Reply<acm::GetAccountConfigurationResponse> &r) {
            if (!handler)
                return;
            if (!r.ok()) {
                handler(r.error());
                return;
            }
            const auto &events = r.value().expiryEvents;
            handler(events && events->daysBeforeExpiry
                        ? *events->daysBeforeExpiry
                        : CertificateManager::kDefaultDaysBeforeExpiry);
        });
}

void RemoteCertificateManagerClient::runMaintenance(QObject *receiver, Handler<int> handler)
{
    QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    QTimer::singleShot(0, this, [guard, guarded, handler = std::move(handler)] {
        if (handler && (!guarded || guard))
            handler(0);
    });
}

} // namespace pca::models

#include "LocalCertificateManagerClient.h"

namespace pca::models {

LocalCertificateManagerClient::LocalCertificateManagerClient(CertificateManager &manager,
                                                             int workers, QObject *parent)
    : CertificateManagerClient(parent)
    , m_manager(manager)
    , m_calls(this, workers, [this](bool busy) { Q_EMIT busyChanged(busy); })
{
    connect(&manager, &CertificateManager::certificateChanged, this,
            &CertificateManagerClient::certificateChanged);
}

LocalCertificateManagerClient::~LocalCertificateManagerClient() = default;

void LocalCertificateManagerClient::waitForIdle()
{
    m_calls.waitForIdle();
}

void LocalCertificateManagerClient::requestCertificate(
    const api::acm::RequestCertificateRequest &request, QObject *receiver,
    Handler<api::acm::RequestCertificateResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_manager.requestCertificate(request); });
}

void LocalCertificateManagerClient::deleteCertificate(const QString &certificateArn,
                                                      QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, certificateArn] {
        m_manager.deleteCertificate({certificateArn});
        return Done{};
    });
}

void LocalCertificateManagerClient::renewCertificate(const QString &certificateArn,
                                                     QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, certificateArn] {
        m_manager.renewCertificate({certificateArn});
        return Done{};
    });
}

void LocalCertificateManagerClient::exportCertificate(
    const api::acm::ExportCertificateRequest &request, QObject *receiver,
    Handler<api::acm::ExportCertificateResponse> handler)
{
    run(receiver, std::move(handler),
        [this, request] { return m_manager.exportCertificate(request); });
}

void LocalCertificateManagerClient::listTagsForCertificate(const QString &certificateArn,
                                                           QObject *receiver,
                                                           Handler<QList<api::Tag>> handler)
{
    run(receiver, std::move(handler), [this, certificateArn] {
        return m_manager.listTagsForCertificate({certificateArn}).tags.value_or(QList<api::Tag>());
    });
}

void LocalCertificateManagerClient::addTagsToCertificate(
    const api::acm::AddTagsToCertificateRequest &request, QObject *receiver, Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_manager.addTagsToCertificate(request);
        return Done{};
    });
}

void LocalCertificateManagerClient::removeTagsFromCertificate(
    const api::acm::RemoveTagsFromCertificateRequest &request, QObject *receiver,
    Handler<Done> handler)
{
    run(receiver, std::move(handler), [this, request] {
        m_manager.removeTagsFromCertificate(request);
        return Done{};
    });
}

void LocalCertificateManagerClient::exportPkcs12(const QString &certificateArn,
                                                 const QByteArray &password, QObject *receiver,
                                                 Handler<QByteArray> handler)
{
    run(receiver, std::move(handler), [this, certificateArn, password] {
        return m_manager.exportPkcs12(certificateArn, password);
    });
}

void LocalCertificateManagerClient::listManagedCertificates(
    QObject *receiver, Handler<QList<ManagedCertificateView>> handler)
{
    run(receiver, std::move(handler), [this] { return m_manager.listForDisplay(); });
}

void LocalCertificateManagerClient::dependentsOf(const QString &caArn, QObject *receiver,
                                                 Handler<AcmDependents> handler)
{
    run(receiver, std::move(handler), [this, caArn] { return m_manager.dependentsOf(caArn); });
}

void LocalCertificateManagerClient::daysBeforeExpiry(QObject *receiver, Handler<int> handler)
{
    run(receiver, std::move(handler), [this] { return m_manager.daysBeforeExpiry(); });
}

void LocalCertificateManagerClient::runMaintenance(QObject *receiver, Handler<int> handler)
{
    run(receiver, std::move(handler), [this] { return m_manager.runMaintenance(); });
}

} // namespace pca::models

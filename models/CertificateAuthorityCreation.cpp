#include "CertificateAuthorityCreation.h"

#include <QSettings>

namespace pca::models {

using Status = api::CertificateAuthorityStatus;

namespace {

void grantAcm(PrivateCaClient *client, QObject *receiver, const QString &caArn,
              Handler<Done> handler)
{
    api::CreatePermissionRequest request;
    request.certificateAuthorityArn = caArn;
    request.principal = QStringLiteral("acm.amazonaws.com");
    request.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                       api::ActionType::ListPermissions};
    client->createPermission(request, receiver, std::move(handler));
}

} // namespace

CertificateAuthorityCreation::CertificateAuthorityCreation(PrivateCaClient *client,
                                                           AcmGrantOnActivation *pendingGrants,
                                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pendingGrants(pendingGrants)
    , m_activation(client)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &CertificateAuthorityCreation::checkKey);
    connect(client, &PrivateCaClient::certificateAuthorityChanged, this,
            [this](const QString &arn) {
                if (arn == m_arn && m_running && m_step == Step::GeneratingKey)
                    checkKey();
            });
    connect(&m_activation, &CaActivation::finished, this, [this] {
        if (m_plan.authorizeAcm)
            authorize();
        else
            done();
    });
    connect(&m_activation, &CaActivation::failed, this, &CertificateAuthorityCreation::fail);
}

void CertificateAuthorityCreation::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

void CertificateAuthorityCreation::start(const Plan &plan)
{
    if (m_running)
        return;
    m_plan = plan;
    m_running = true;
    m_arn.clear();
    m_csr.clear();
    setStep(Step::Creating);
    m_client->createCertificateAuthority(
        plan.request, this, [this](const Reply<api::CreateCertificateAuthorityResponse> &reply) {
            if (!reply.ok()) {
                fail(reply.error());
                return;
            }
            m_arn = reply.value().certificateAuthorityArn.value_or(QString());
            setStep(Step::GeneratingKey);
            m_poll.start(); // in case a change signal is missed
            checkKey();
        });
}

void CertificateAuthorityCreation::checkKey()
{
    if (m_checking || m_step != Step::GeneratingKey)
        return;
    m_checking = true;
    m_client->describeCertificateAuthority(
        m_arn, this, [this](const Reply<api::CertificateAuthority> &reply) {
            m_checking = false;
            if (m_step != Step::GeneratingKey)
                return;
            if (!reply.ok()) {
                fail(reply.error());
                return;
            }
            const Status status = reply.value().status.value_or(Status::CREATING);
            if (status == Status::FAILED) {
                fail(PcaError(errors::RequestFailed,
                              tr("The key of the new CA could not be generated (%1).")
                                  .arg(api::enumName(reply.value().failureReason.value_or(
                                      api::FailureReason::OTHER)))));
                return;
            }
            if (status != Status::CREATING)
                keyReady();
        });
}

void CertificateAuthorityCreation::keyReady()
{
    m_poll.stop();
    m_client->getCertificateAuthorityCsr(m_arn, this, [this](const Reply<QString> &csr) {
        if (csr.ok())
            m_csr = csr.value();
        if (m_plan.activation == Activation::None) {
            if (m_plan.authorizeAcm && m_pendingGrants)
                m_pendingGrants->add(m_arn); // granted once the certificate is installed
            done();
            return;
        }
        setStep(Step::Activating);
        CaActivation::Options options;
        options.caArn = m_arn;
        options.issuerArn =
            m_plan.activation == Activation::SignedByStoreCa ? m_plan.issuerArn : QString();
        options.validity = m_plan.validity;
        options.pathLength = m_plan.pathLength;
        m_activation.start(options);
    });
}

void CertificateAuthorityCreation::authorize()
{
    setStep(Step::Authorizing);
    grantAcm(m_client, this, m_arn, [this](const Reply<Done> &reply) {
        if (!reply.ok())
            fail(reply.error());
        else
            done();
    });
}

void CertificateAuthorityCreation::done()
{
    m_running = false;
    setStep(Step::Done);
    Q_EMIT finished();
}

void CertificateAuthorityCreation::fail(const PcaError &error)
{
    m_poll.stop();
    m_running = false;
    Q_EMIT failed(error);
}

// ---- AcmGrantOnActivation -----------------------------------------------------------------------

AcmGrantOnActivation::AcmGrantOnActivation(PrivateCaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    QSettings settings;
    m_arns = settings.value(QStringLiteral("pendingAcmGrants")).toStringList();
    connect(client, &PrivateCaClient::certificateAuthorityChanged, this,
            [this](const QString &arn) {
                if (m_arns.contains(arn))
                    check(arn);
            });
}

void AcmGrantOnActivation::add(const QString &caArn)
{
    if (m_arns.contains(caArn))
        return;
    m_arns << caArn;
    save();
    check(caArn);
}

void AcmGrantOnActivation::checkAll()
{
    for (const QString &arn : m_arns)
        check(arn);
}

void AcmGrantOnActivation::check(const QString &caArn)
{
    if (m_inFlight.contains(caArn))
        return;
    m_inFlight << caArn;
    m_client->describeCertificateAuthority(
        caArn, this, [this, caArn](const Reply<api::CertificateAuthority> &reply) {
            if (!reply.ok()) {
                m_inFlight.removeAll(caArn);
                if (reply.error().is(errors::ResourceNotFound))
                    remove(caArn); // gone for good
                return;
            }
            const Status status = reply.value().status.value_or(Status::CREATING);
            if (status != Status::ACTIVE) {
                m_inFlight.removeAll(caArn);
                if (status == Status::FAILED)
                    remove(caArn);
                return;
            }
            grantAcm(m_client, this, caArn, [this, caArn](const Reply<Done> &done) {
                m_inFlight.removeAll(caArn);
                remove(caArn);
                if (done.ok() || done.error().is(errors::PermissionAlreadyExists))
                    Q_EMIT granted(caArn);
                else
                    Q_EMIT failed(caArn, done.error());
            });
        });
}

void AcmGrantOnActivation::remove(const QString &caArn)
{
    if (m_arns.removeAll(caArn) > 0)
        save();
}

void AcmGrantOnActivation::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("pendingAcmGrants"), m_arns);
}

} // namespace pca::models

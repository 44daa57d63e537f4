#include "CaActivation.h"

namespace pca::models {

CaActivation::CaActivation(PrivateCaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString CaActivation::templateArn(const Options &options)
{
    if (options.issuerArn.isEmpty())
        return QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
    return QStringLiteral("arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen%1/V1")
        .arg(qBound(0, options.pathLength, 3));
}

void CaActivation::start(const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    m_running = true;
    Q_EMIT stepChanged(Step::ReadingCsr);
    m_client->getCertificateAuthorityCsr(options.caArn, this, [this](const Reply<QString> &csr) {
        if (!csr.ok()) {
            fail(csr.error());
            return;
        }
        // The certificate is signed with the signing algorithm of the CA that signs it.
        const QString signer =
            m_options.issuerArn.isEmpty() ? m_options.caArn : m_options.issuerArn;
        m_client->describeCertificateAuthority(
            signer, this, [this, csr = csr.value()](const Reply<api::CertificateAuthority> &ca) {
                if (!ca.ok()) {
                    fail(ca.error());
                    return;
                }
                sign(csr, ca.value().certificateAuthorityConfiguration->signingAlgorithm);
            });
    });
}

void CaActivation::sign(const QString &csr, api::SigningAlgorithm signingAlgorithm)
{
    Q_EMIT stepChanged(Step::Signing);
    api::IssueCertificateRequest request;
    request.certificateAuthorityArn =
        m_options.issuerArn.isEmpty() ? m_options.caArn : m_options.issuerArn;
    request.csr = csr.toLatin1();
    request.signingAlgorithm = signingAlgorithm;
    request.templateArn = templateArn(m_options);
    request.validity = m_options.validity;
    m_client->issueCertificate(request, this,
                               [this, issuer = request.certificateAuthorityArn](
                                   const Reply<api::IssueCertificateResponse> &issued) {
                                   if (!issued.ok()) {
                                       fail(issued.error());
                                       return;
                                   }
                                   m_client->getCertificate(
                                       {issuer, *issued.value().certificateArn}, this,
                                       [this](const Reply<api::GetCertificateResponse> &cert) {
                                           if (!cert.ok())
                                               fail(cert.error());
                                           else
                                               install(cert.value());
                                       });
                               });
}

void CaActivation::install(const api::GetCertificateResponse &issued)
{
    Q_EMIT stepChanged(Step::Installing);
    api::ImportCertificateAuthorityCertificateRequest request;
    request.certificateAuthorityArn = m_options.caArn;
    request.certificate = issued.certificate.value_or(QString()).toLatin1();
    if (!m_options.issuerArn.isEmpty() && issued.certificateChain)
        request.certificateChain = issued.certificateChain->toLatin1();
    m_client->importCertificateAuthorityCertificate(request, this, [this](const Reply<Done> &done) {
        if (!done.ok()) {
            fail(done.error());
            return;
        }
        m_running = false;
        Q_EMIT stepChanged(Step::Done);
        Q_EMIT finished();
    });
}

void CaActivation::fail(const PcaError &error)
{
    m_running = false;
    Q_EMIT failed(error);
}

} // namespace pca::models

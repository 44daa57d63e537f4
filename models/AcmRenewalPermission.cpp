#include "AcmRenewalPermission.h"

#include "ActionAvailability.h"
#include "DisplayNames.h"

namespace pca::models {

AcmRenewalPermission::AcmRenewalPermission(PrivateCaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    const auto refreshIfMine = [this](const QString &arn) {
        if (arn == m_caArn && !m_busy)
            refresh();
    };
    connect(client, &PrivateCaClient::permissionsChanged, this, refreshIfMine);
    connect(client, &PrivateCaClient::certificateAuthorityChanged, this, refreshIfMine);
}

void AcmRenewalPermission::setCertificateAuthority(const QString &caArn)
{
    if (caArn == m_caArn)
        return;
    m_caArn = caArn;
    m_known = false;
    m_busy = false;
    m_status.reset();
    m_authorization = {};
    Q_EMIT changed();
    refresh();
}

Qt::CheckState AcmRenewalPermission::checkState() const
{
    if (m_busy)
        return m_wish ? Qt::Checked : Qt::Unchecked;
    if (!m_known || m_authorization.granted.isEmpty())
        return Qt::Unchecked;
    return m_authorization.authorized() ? Qt::Checked : Qt::PartiallyChecked;
}

bool AcmRenewalPermission::isEditable() const
{
    return m_known && !m_busy && m_status == api::CertificateAuthorityStatus::ACTIVE;
}

QString AcmRenewalPermission::disabledReason() const
{
    if (m_caArn.isEmpty())
        return tr("Select a certificate authority first.");
    if (m_busy)
        return tr("Applying the change…");
    if (!m_known)
        return tr("Reading the current permissions…");
    if (m_status != api::CertificateAuthorityStatus::ACTIVE) {
        std::optional<api::CertificateAuthority> ca = api::CertificateAuthority{};
        ca->status = m_status;
        return ActionAvailability::of(CaAction::ChangePermissions, ca).reason;
    }
    return QString();
}

QString AcmRenewalPermission::note() const
{
    if (!m_known || m_busy || !m_authorization.partial())
        return QString();
    QStringList missing;
    for (api::ActionType action : m_authorization.missing)
        missing << DisplayNames::action(action);
    return tr("Only partly authorized: ACM is missing %1.").arg(missing.join(QStringLiteral(", ")));
}

void AcmRenewalPermission::refresh()
{
    if (m_caArn.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString arn = m_caArn;
    m_client->describeCertificateAuthority(
        arn, this, [this, generation, arn](const Reply<api::CertificateAuthority> &ca) {
            if (generation != m_generation)
                return;
            if (!ca.ok()) {
                m_status.reset();
                m_known = true;
                m_busy = false;
                m_authorization = {};
                Q_EMIT changed();
                return;
            }
            m_status = ca.value().status;
            m_client->acmRenewalAuthorization(
                arn, this, [this, generation](const Reply<AcmRenewalAuthorization> &reply) {
                    if (generation != m_generation)
                        return;
                    m_authorization = reply.ok() ? reply.value() : AcmRenewalAuthorization{};
                    m_known = true;
                    m_busy = false;
                    Q_EMIT changed();
                });
        });
}

void AcmRenewalPermission::setAuthorized(bool authorized)
{
    if (!isEditable())
        return;
    m_busy = true;
    m_wish = authorized;
    ++m_generation; // results of an earlier refresh no longer count
    Q_EMIT changed();
    m_client->listAllPermissions(m_caArn, this,
                                 [this, authorized](const Reply<QList<api::Permission>> &reply) {
                                     if (!reply.ok()) {
                                         finish(reply.error());
                                         return;
                                     }
                                     QList<api::Permission> acm;
                                     for (const api::Permission &p : reply.value()) {
                                         if (p.principal == QLatin1StringView(kPrincipal))
                                             acm << p;
                                     }
                                     if (authorized)
                                         grant(acm);
                                     else
                                         revoke(acm);
                                 });
}

void AcmRenewalPermission::grant(const QList<api::Permission> &existing)
{
    const auto create = [this] {
        api::CreatePermissionRequest request;
        request.certificateAuthorityArn = m_caArn;
        request.principal = QString::fromLatin1(kPrincipal);
        request.actions = {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                           api::ActionType::ListPermissions};
        m_client->createPermission(request, this, [this](const Reply<Done> &reply) {
            finish(reply.ok() ? std::nullopt : std::optional<PcaError>(reply.error()));
        });
    };
    // A partial grant for this account is replaced by the full one.
    const QString account = m_client->accountId();
    for (const api::Permission &p : existing) {
        if (p.sourceAccount.value_or(account) != account)
            continue;
        api::DeletePermissionRequest request;
        request.certificateAuthorityArn = m_caArn;
        request.principal = QString::fromLatin1(kPrincipal);
        request.sourceAccount = p.sourceAccount;
        m_client->deletePermission(request, this, [this, create](const Reply<Done> &reply) {
            if (!reply.ok())
                finish(reply.error());
            else
                create();
        });
        return;
    }
    create();
}

void AcmRenewalPermission::revoke(QList<api::Permission> remaining)
{
    if (remaining.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    const api::Permission next = remaining.takeFirst();
    api::DeletePermissionRequest request;
    request.certificateAuthorityArn = m_caArn;
    request.principal = QString::fromLatin1(kPrincipal);
    request.sourceAccount = next.sourceAccount;
    m_client->deletePermission(request, this, [this, remaining](const Reply<Done> &reply) {
        if (!reply.ok())
            finish(reply.error());
        else
            revoke(remaining);
    });
}

void AcmRenewalPermission::finish(const std::optional<PcaError> &error)
{
    if (error) {
        // Back to the state known before the attempt at once, then to the engine's.
        m_busy = false;
        Q_EMIT changed();
        Q_EMIT failed(*error);
    }
    // On success the box keeps showing the wish until the engine confirms it.
    refresh();
}

} // namespace pca::models

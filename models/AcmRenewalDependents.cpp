#include "AcmRenewalDependents.h"

#include "DisplayNames.h"

#include <QDateTime>

namespace pca::models {

AcmRenewalDependents::AcmRenewalDependents(CertificateManagerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // A certificate of any CA may have moved to or from this one's dependents (issued,
    // renewed, failed, deleted): read again, once for a burst of changes.
    m_changes.setSingleShot(true);
    m_changes.setInterval(50);
    connect(&m_changes, &QTimer::timeout, this, &AcmRenewalDependents::refresh);
    connect(client, &CertificateManagerClient::certificateChanged, this,
            [this] { m_changes.start(); });
}

void AcmRenewalDependents::setCertificateAuthority(const QString &caArn)
{
    if (caArn == m_caArn)
        return;
    m_caArn = caArn;
    m_known = false;
    m_dependents = {};
    Q_EMIT changed();
    refresh();
}

void AcmRenewalDependents::refresh()
{
    m_changes.stop();
    const int generation = ++m_generation; // answers for an earlier CA are dropped
    if (m_caArn.isEmpty())
        return;
    m_client->dependentsOf(m_caArn, this, [this, generation](const Reply<AcmDependents> &reply) {
        if (generation != m_generation)
            return;
        m_dependents = reply.ok() ? reply.value() : AcmDependents{};
        m_known = true;
        Q_EMIT changed();
    });
}

QString AcmRenewalDependents::summary() const
{
    if (!m_known)
        return QString();
    const int count = m_dependents.certificates;
    if (count == 0)
        return tr("No certificate managed by ACM renews through this CA.");
    QString due;
    if (m_dependents.nextRenewal) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(*m_dependents.nextRenewal, Qt::UTC);
        due = when <= QDateTime::currentDateTimeUtc()
                  ? tr("a renewal has been due since %1.").arg(DisplayNames::date(when))
                  : tr("the next renewal is due on %1.").arg(DisplayNames::date(when));
    }
    const QString what =
        count == 1 ? tr("1 certificate managed by ACM renews through this CA")
                   : tr("%1 certificates managed by ACM renew through this CA").arg(count);
    return due.isEmpty() ? what + QLatin1Char('.') : tr("%1; %2").arg(what, due);
}

QString AcmRenewalDependents::clearingConfirmation() const
{
    if (m_dependents.certificates == 0)
        return QString();
    QStringList named = m_dependents.domains.mid(0, kNamedDomains);
    const qsizetype more = m_dependents.domains.size() - named.size();
    QString list = named.join(QStringLiteral(", "));
    if (more > 0)
        list = tr("%1 and %2 more").arg(list).arg(more);
    return m_dependents.certificates == 1
               ? tr("Without this authorization ACM cannot renew the certificate it manages "
                    "from this CA. This certificate will fail to renew: %1.\n\nClear the box "
                    "anyway?")
                     .arg(list)
               : tr("Without this authorization ACM cannot renew the %1 certificates it "
                    "manages from this CA. These certificates will fail to renew: %2.\n\nClear "
                    "the box anyway?")
                     .arg(m_dependents.certificates)
                     .arg(list);
}

} // namespace pca::models

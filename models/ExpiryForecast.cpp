#include "ExpiryForecast.h"

#include <QDateTime>

namespace pca::models {

ExpiryForecast::ExpiryForecast(PrivateCaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &ExpiryForecast::reload);
    const auto later = [this](const QString &arn) {
        if (arn == m_caArn)
            m_debounce.start();
    };
    connect(client, &PrivateCaClient::certificateIssued, this, later);
    connect(client, &PrivateCaClient::certificateRevoked, this, later);
}

void ExpiryForecast::setCertificateAuthority(const QString &caArn)
{
    if (caArn == m_caArn)
        return;
    m_caArn = caArn;
    m_loaded = false;
    m_counts.clear();
    m_monthStarts.clear();
    Q_EMIT changed();
    reload();
}

void ExpiryForecast::setMonths(int months)
{
    m_months = qBound(1, months, 60);
    reload();
}

void ExpiryForecast::reload()
{
    const int generation = ++m_generation;
    if (m_caArn.isEmpty())
        return;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    QList<QDate> starts;
    QList<qint64> boundaries;
    // The current month counts from now, not from its first day.
    boundaries << QDateTime::currentMSecsSinceEpoch();
    const QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < m_months; ++i) {
        starts << first.addMonths(i);
        boundaries << QDateTime(first.addMonths(i + 1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    if (m_today.isValid())
        boundaries.first() = QDateTime(m_today, QTime(0, 0)).toMSecsSinceEpoch();
    m_client->countExpiring(
        m_caArn, boundaries, this, [this, generation, starts](const Reply<QList<qint64>> &reply) {
            if (generation != m_generation)
                return;
            m_monthStarts = starts;
            m_counts = reply.ok() ? reply.value() : QList<qint64>(starts.size(), 0);
            m_loaded = true;
            Q_EMIT changed();
        });
}

} // namespace pca::models

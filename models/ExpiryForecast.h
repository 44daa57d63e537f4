// How many of a CA's valid certificates expire in each of the coming months: the data of the
// expiry chart. Counted by the engine (indexed range counts), refreshed after issuance and
// revocation.
#pragma once

#include "PrivateCaClient.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace pca::models {

class ExpiryForecast : public QObject
{
    Q_OBJECT

public:
    explicit ExpiryForecast(PrivateCaClient *client, QObject *parent = nullptr);

    void setCertificateAuthority(const QString &caArn);
    QString certificateAuthority() const { return m_caArn; }
    // Months counted, starting with the current one (12 by default).
    void setMonths(int months);
    int months() const { return m_months; }
    // The first day of each month counted and the certificates expiring in it.
    const QList<QDate> &monthStarts() const { return m_monthStarts; }
    const QList<qint64> &counts() const { return m_counts; }
    bool isLoaded() const { return m_loaded; }
    // "Today" for the forecast (tests pin it; defaults to the current date).
    void setToday(const QDate &today) { m_today = today; }
    void reload();

Q_SIGNALS:
    void changed();

private:
    PrivateCaClient *m_client;
    QString m_caArn;
    int m_months = 12;
    QDate m_today;
    QList<QDate> m_monthStarts;
    QList<qint64> m_counts;
    bool m_loaded = false;
    int m_generation = 0;
    QTimer m_debounce;
};

} // namespace pca::models

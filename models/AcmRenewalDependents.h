// What the checkbox "Authorize ACM to use this CA for renewals" governs: the managed
// certificates that the CA issued and ACM renews through it, and when the next renewal is due.
// Read from Certificate Manager and kept current as managed certificates change; gives the
// Permissions tab its line and the confirmation asked before the box is cleared.
#pragma once

#include "CertificateManagerClient.h"

#include <QTimer>

namespace pca::models {

class AcmRenewalDependents : public QObject
{
    Q_OBJECT

public:
    // At most this many domains are named in the confirmation.
    static constexpr int kNamedDomains = 10;

    explicit AcmRenewalDependents(CertificateManagerClient *client, QObject *parent = nullptr);

    void setCertificateAuthority(const QString &caArn);
    QString certificateAuthority() const { return m_caArn; }
    void refresh();
    // Whether the dependents of the current CA have been read.
    bool isKnown() const { return m_known; }
    const AcmDependents &dependents() const { return m_dependents; }
    int count() const { return m_dependents.certificates; }

    // One line for the Permissions tab, e.g. "2 managed certificates renew through this CA; the
    // next renewal is due on 3/14/2026." (empty until known).
    QString summary() const;
    // The question asked before clearing the box, naming the certificates that would fail to
    // renew (empty when none would).
    QString clearingConfirmation() const;

Q_SIGNALS:
    void changed();

private:
    CertificateManagerClient *m_client;
    QString m_caArn;
    AcmDependents m_dependents;
    bool m_known = false;
    int m_generation = 0;
    QTimer m_changes; // coalesces the change signals of one issuance or renewal pass
};

} // namespace pca::models

// The whole "create a CA" flow of the wizard, step by step and off the UI thread:
// CreateCertificateAuthority, wait for the key to be generated (CREATING → PENDING_CERTIFICATE),
// optionally activate it with a certificate signed in this store (CaActivation), and grant
// ACM its renewal permissions once the CA is ACTIVE (or remember to, see AcmGrantOnActivation).
#pragma once

#include "CaActivation.h"
#include "PrivateCaClient.h"

#include <QObject>
#include <QTimer>

namespace pca::models {

class AcmGrantOnActivation;

class CertificateAuthorityCreation : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Creating,
        GeneratingKey,
        Activating,
        Authorizing,
        Done
    };
    Q_ENUM(Step)
    enum class Activation
    {
        None,
        SelfSigned,
        SignedByStoreCa
    };

    struct Plan
    {
        api::CreateCertificateAuthorityRequest request;
        Activation activation = Activation::None;
        QString issuerArn;                                          // SignedByStoreCa
        api::Validity validity{10, api::ValidityPeriodType::YEARS}; // of the CA certificate
        int pathLength = 0;
        bool authorizeAcm = false;
    };

    // `pendingGrants` remembers the ACM grant of CAs that become ACTIVE later (may be null).
    CertificateAuthorityCreation(PrivateCaClient *client, AcmGrantOnActivation *pendingGrants,
                                 QObject *parent = nullptr);

    void start(const Plan &plan);
    bool isRunning() const { return m_running; }
    Step step() const { return m_step; }
    QString certificateAuthorityArn() const { return m_arn; }
    // The CA's CSR (PEM), known once the key exists.
    QString csr() const { return m_csr; }

Q_SIGNALS:
    void stepChanged(pca::models::CertificateAuthorityCreation::Step step);
    void finished();
    void failed(const pca::PcaError &error);

private:
    void setStep(Step step);
    void checkKey();
    void keyReady();
    void authorize();
    void done();
    void fail(const PcaError &error);

    PrivateCaClient *m_client;
    AcmGrantOnActivation *m_pendingGrants;
    CaActivation m_activation;
    Plan m_plan;
    QString m_arn;
    QString m_csr;
    Step m_step = Step::Creating;
    bool m_running = false;
    bool m_checking = false;
    QTimer m_poll;
};

// Grants ACM its renewal permissions (IssueCertificate, GetCertificate, ListPermissions) to
// CAs as soon as they become ACTIVE — for CAs created with the wizard's ACM box checked whose
// certificate is installed later. The wish survives restarts (QSettings).
class AcmGrantOnActivation : public QObject
{
    Q_OBJECT

public:
    explicit AcmGrantOnActivation(PrivateCaClient *client, QObject *parent = nullptr);

    void add(const QString &caArn);
    bool contains(const QString &caArn) const { return m_arns.contains(caArn); }
    QStringList pending() const { return m_arns; }
    // Checks every pending CA now (at start-up).
    void checkAll();

Q_SIGNALS:
    void granted(const QString &caArn);
    void failed(const QString &caArn, const pca::PcaError &error);

private:
    void check(const QString &caArn);
    void remove(const QString &caArn);
    void save() const;

    PrivateCaClient *m_client;
    QStringList m_arns;
    QStringList m_inFlight;
};

} // namespace pca::models

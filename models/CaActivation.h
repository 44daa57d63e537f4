// Activating a CA with a certificate signed in this store, in one go: read the CA's CSR, have
// it signed (by the CA itself for a root — RootCACertificate/V1 — or by an active CA of the
// store for a subordinate — SubordinateCACertificate_PathLen<n>/V1), then import the
// certificate with its chain. The console's "install CA certificate" flow in one click.
#pragma once

#include "PrivateCaClient.h"

#include <QObject>

namespace pca::models {

class CaActivation : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        ReadingCsr,
        Signing,
        Installing,
        Done
    };
    Q_ENUM(Step)

    struct Options
    {
        QString caArn;
        // The signing CA; empty: the CA signs its own certificate (roots).
        QString issuerArn;
        api::Validity validity{10, api::ValidityPeriodType::YEARS};
        // Path length of a subordinate (0–3): how many CA levels may follow below it.
        int pathLength = 0;
    };

    explicit CaActivation(PrivateCaClient *client, QObject *parent = nullptr);

    void start(const Options &options);
    bool isRunning() const { return m_running; }
    // The template used for the CA certificate of these options.
    static QString templateArn(const Options &options);

Q_SIGNALS:
    void stepChanged(pca::models::CaActivation::Step step);
    void finished();
    void failed(const pca::PcaError &error);

private:
    void fail(const PcaError &error);
    void sign(const QString &csr, api::SigningAlgorithm signingAlgorithm);
    void install(const api::GetCertificateResponse &issued);

    PrivateCaClient *m_client;
    Options m_options;
    bool m_running = false;
};

} // namespace pca::models

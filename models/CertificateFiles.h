// Certificates and keys as files the user reads, pastes or saves: decoding PEM for the
// certificate viewer, PEM/DER conversion for export, and the slow local cryptography (key and
// CSR generation, PKCS#12) run off the UI thread. The cryptography itself is core/crypto's.
#pragma once

#include "PrivateCaClient.h"
#include "crypto/CertificateInspector.h"
#include "crypto/KeyAndCsrGenerator.h"

#include <QCoreApplication>

namespace pca::models {

class CertificateFiles
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFiles)

public:
    // Every certificate of a PEM bundle (or one DER certificate), decoded for display.
    // Throws PcaError(InvalidArgsException) when nothing can be read.
    static QList<crypto::CertificateDetails> decode(const QByteArray &pemOrDer);
    // DER of the first certificate of PEM input.
    static QByteArray toDer(const QByteArray &pemOrDer);
    // Why a CSR would be refused by IssueCertificate's CSR checks (empty when it is fine).
    static QString csrProblem(const QByteArray &pemOrDer);
    // Whether text looks like PEM of the given label ("CERTIFICATE", "CERTIFICATE REQUEST").
    static bool looksLikePem(const QByteArray &text, const char *label);

    // Generates a key pair and a CSR on a worker thread.
    static void generateKeyAndCsr(const crypto::KeyAndCsrRequest &request, QObject *receiver,
                                  Handler<crypto::GeneratedKeyAndCsr> handler);
    // Builds a PKCS#12 file on a worker thread (PBKDF2 takes a moment).
    static void exportPkcs12(const crypto::GeneratedKeyAndCsr &key, const QByteArray &certificate,
                             const QByteArray &chain, const QByteArray &password,
                             const QString &friendlyName, QObject *receiver,
                             Handler<QByteArray> handler);
    static QByteArray privateKeyPem(const crypto::GeneratedKeyAndCsr &key,
                                    const QByteArray &password);
};

} // namespace pca::models

Q_DECLARE_METATYPE(pca::crypto::GeneratedKeyAndCsr)

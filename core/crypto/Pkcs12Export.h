// Exporting a key generated here (KeyAndCsrGenerator.h, or a managed certificate's) together
// with its certificate:
// password-protected PKCS#12 (AES-256-CBC, PBKDF2, SHA-256 MAC) or PKCS#8 PEM.
#pragma once

#include "crypto/KeyAndCsrGenerator.h"
#include "crypto/OpenSsl.h"

#include <QByteArray>
#include <QString>

namespace pca::crypto {

struct Pkcs12Options
{
    QString friendlyName;
    // PBKDF2 iterations for the key and certificate bags and for the MAC.
    int iterations = 100000;
};

// A PKCS#12 file holding the key, its certificate (PEM or DER) and the chain (PEM, may be
// empty). Throws InvalidArgsException when the certificate does not belong to the key or the
// password is empty.
QByteArray exportPkcs12(const GeneratedKeyAndCsr &key, const QByteArray &certificate,
                        const QByteArray &chainPem, const QByteArray &password,
                        const Pkcs12Options &options = {});
// The same for any key (a managed certificate's, decrypted for the export).
QByteArray exportPkcs12(EVP_PKEY *key, const QByteArray &certificate, const QByteArray &chainPem,
                        const QByteArray &password, const Pkcs12Options &options = {});

// The private key as PKCS#8 PEM: "ENCRYPTED PRIVATE KEY" (PBES2, AES-256-CBC) when a password
// is given, else "PRIVATE KEY" in clear (only when the user asks for it).
QByteArray exportPrivateKeyPem(const GeneratedKeyAndCsr &key, const QByteArray &password);
QByteArray exportPrivateKeyPem(EVP_PKEY *key, const QByteArray &password);

} // namespace pca::crypto

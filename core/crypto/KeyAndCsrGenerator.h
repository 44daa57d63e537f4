// Key pairs and certificate signing requests made on this machine for end entities (the
// "generate key and CSR here" path of issuing a certificate). The private key stays inside an
// opaque handle; it leaves this layer only as password-protected PKCS#8 / PKCS#12 or, when the
// user explicitly asks for it, as unencrypted PKCS#8 PEM (see Pkcs12Export.h).
#pragma once

#include "api/ApiTypes.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace pca::crypto {

struct KeyAndCsrRequest
{
    api::KeyAlgorithm keyAlgorithm = api::KeyAlgorithm::EC_prime256v1;
    api::Asn1Subject subject;
    // Subject alternative names requested in the CSR (any GeneralName choice of the API).
    QList<api::GeneralName> subjectAlternativeNames;
};

// A freshly generated key pair and the CSR it signed. Cheap to copy (the key is shared).
class GeneratedKeyAndCsr
{
public:
    GeneratedKeyAndCsr();
    ~GeneratedKeyAndCsr();
    GeneratedKeyAndCsr(const GeneratedKeyAndCsr &);
    GeneratedKeyAndCsr &operator=(const GeneratedKeyAndCsr &);

    bool isNull() const { return !d; }
    api::KeyAlgorithm keyAlgorithm() const;
    // The signing algorithm the CSR was signed with (the usual one for the key).
    api::SigningAlgorithm csrSigningAlgorithm() const;
    // PEM "CERTIFICATE REQUEST".
    QByteArray csrPem() const;
    // Whether a certificate (PEM or DER) certifies this key pair's public key.
    bool matchesCertificate(const QByteArray &certificate) const;

    // The private key as stored at rest: PKCS#8 encrypted like CA keys (Keys.h).
    QByteArray encryptedKey(const QByteArray &passphrase) const;

    struct State;
    const State *state() const { return d.get(); }

private:
    friend GeneratedKeyAndCsr generateKeyAndCsr(const KeyAndCsrRequest &request);
    std::shared_ptr<const State> d;
};

// The signing algorithm an end entity usually signs with for this key (SHA-256 for RSA and
// P-256, SHA-384 for P-384, SHA-512 for P-521, SM3 for SM2, ML-DSA of the same size).
api::SigningAlgorithm defaultSigningAlgorithm(api::KeyAlgorithm algorithm);

// Generates a key pair and a CSR with the subject and subject alternative names of the
// request. RSA-4096 takes seconds: call it off the UI thread. Throws InvalidArgsException for
// an empty subject without SANs, invalid names or an algorithm the linked OpenSSL lacks.
GeneratedKeyAndCsr generateKeyAndCsr(const KeyAndCsrRequest &request);

} // namespace pca::crypto

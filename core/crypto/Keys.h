// CA key pairs: generation for every KeyAlgorithm, the signing algorithms each key family
// accepts, and PKCS#8 encryption at rest (PBES2: scrypt + AES-256-CBC) under the store's
// master passphrase. Private keys never leave this layer unencrypted in serialised form.
#pragma once

#include "api/Enums.h"
#include "crypto/OpenSsl.h"

namespace pca::crypto {

enum class KeyFamily
{
    Rsa,
    Ecdsa,
    Sm2,
    MlDsa
};

KeyFamily familyOf(api::KeyAlgorithm algorithm);
KeyFamily familyOf(api::SigningAlgorithm algorithm);
// Whether the linked OpenSSL can generate (and sign with) keys of this algorithm.
bool isKeyAlgorithmSupported(api::KeyAlgorithm algorithm);
// Whether a CA whose key is `key` may sign with `signing` (same family; ML-DSA sizes match).
bool isSigningAlgorithmCompatible(api::KeyAlgorithm key, api::SigningAlgorithm signing);
// The key algorithm of an existing key, if it is one the API knows.
std::optional<api::KeyAlgorithm> keyAlgorithmOf(EVP_PKEY *key);

// Generates a fresh key pair. Throws PcaError(InternalFailure) if OpenSSL fails and
// PcaError(InvalidArgs) if the algorithm is not supported by the linked OpenSSL.
PKeyPtr generateKey(api::KeyAlgorithm algorithm);

struct KdfParameters
{
    // scrypt cost: N = 2^log2N, r, p. Defaults need ~16 MiB and tens of milliseconds.
    int log2N = 14;
    int r = 8;
    int p = 1;
};

// Serialises a private key as DER EncryptedPrivateKeyInfo (PKCS#8, PBES2 with scrypt and
// AES-256-CBC). The result is what `openssl pkcs8 -inform DER` decrypts with the passphrase.
QByteArray encryptPrivateKey(EVP_PKEY *key, const QByteArray &passphrase,
                             const KdfParameters &kdf = {});
// Inverse of encryptPrivateKey; throws PcaError(WrongPassphrase) when it cannot decrypt.
PKeyPtr decryptPrivateKey(const QByteArray &encryptedDer, const QByteArray &passphrase);

// DER SubjectPublicKeyInfo of a key (public half only).
QByteArray publicKeyDer(EVP_PKEY *key);
// True when two keys have the same public component.
bool samePublicKey(EVP_PKEY *a, EVP_PKEY *b);

} // namespace pca::crypto

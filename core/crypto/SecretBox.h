// Authenticated encryption of small secrets the store must be able to read back (the secret
// access keys of IAM users, needed to verify their SigV4 signatures): AES-256-GCM under a key
// derived from the store's master key, a fresh 96-bit nonce per secret, and associated data
// that binds the ciphertext to its owner (an access key id), so that a ciphertext copied to
// another row does not open.
//
// Sealed form: "v1" || nonce (12) || ciphertext || tag (16).
#pragma once

#include <QByteArray>

namespace pca::crypto {

// `key` must be 32 bytes.
QByteArray sealSecret(const QByteArray &key, const QByteArray &plaintext,
                      const QByteArray &associatedData);
// Throws PcaError(InternalFailure) when the sealed form is malformed, the key is wrong or the
// data was altered.
QByteArray openSecret(const QByteArray &key, const QByteArray &sealed,
                      const QByteArray &associatedData);

} // namespace pca::crypto

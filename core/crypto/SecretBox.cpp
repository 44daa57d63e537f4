#include "crypto/SecretBox.h"

#include "crypto/OpenSsl.h"

#include <openssl/evp.h>

namespace pca::crypto {

namespace {

using CipherCtxPtr = OpenSslPtr<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;

constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
const QByteArray kVersion = QByteArrayLiteral("v1");

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

void checkKey(const QByteArray &key)
{
    if (key.size() != 32)
        throw PcaError(errors::InternalFailure,
                       QStringLiteral("A secret key must be 32 bytes long."));
}

} // namespace

QByteArray sealSecret(const QByteArray &key, const QByteArray &plaintext,
                      const QByteArray &associatedData)
{
    checkKey(key);
    const QByteArray nonce = randomBytes(kNonceSize);
    CipherCtxPtr ctx(checkPtr(EVP_CIPHER_CTX_new(), "creating a cipher context"));
    check(EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)),
          "starting AES-256-GCM");
    int length = 0;
    if (!associatedData.isEmpty()) {
        check(EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                int(associatedData.size())),
              "authenticating associated data");
    }
    QByteArray ciphertext(plaintext.size() + kTagSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    check(EVP_EncryptUpdate(ctx.get(), out, &length, bytes(plaintext), int(plaintext.size())),
          "encrypting a secret");
    int total = length;
    check(EVP_EncryptFinal_ex(ctx.get(), out + total, &length), "encrypting a secret");
    total += length;
    check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, out + total),
          "reading the authentication tag");
    ciphertext.resize(total + kTagSize);
    return kVersion + nonce + ciphertext;
}

QByteArray openSecret(const QByteArray &key, const QByteArray &sealed,
                      const QByteArray &associatedData)
{
    checkKey(key);
    const qsizetype headerSize = kVersion.size() + kNonceSize;
    if (sealed.size() < headerSize + kTagSize || !sealed.startsWith(kVersion))
        throw PcaError(errors::InternalFailure, QStringLiteral("A stored secret is malformed."));
    const QByteArray nonce = sealed.mid(kVersion.size(), kNonceSize);
    const QByteArray ciphertext = sealed.mid(headerSize, sealed.size() - headerSize - kTagSize);
    QByteArray tag = sealed.right(kTagSize);

    CipherCtxPtr ctx(checkPtr(EVP_CIPHER_CTX_new(), "creating a cipher context"));
    check(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)),
          "starting AES-256-GCM");
    int length = 0;
    if (!associatedData.isEmpty()) {
        check(EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData),
                                int(associatedData.size())),
              "authenticating associated data");
    }
    QByteArray plaintext(ciphertext.size() + 1, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    check(EVP_DecryptUpdate(ctx.get(), out, &length, bytes(ciphertext), int(ciphertext.size())),
          "decrypting a secret");
    int total = length;
    check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()),
          "setting the authentication tag");
    if (EVP_DecryptFinal_ex(ctx.get(), out + total, &length) != 1) {
        clearOpenSslErrors();
        throw PcaError(errors::InternalFailure,
                       QStringLiteral("A stored secret does not open with the store's key: it "
                                      "was altered or belongs to another store."));
    }
    total += length;
    plaintext.resize(total);
    return plaintext;
}

} // namespace pca::crypto

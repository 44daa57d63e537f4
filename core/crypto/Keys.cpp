#include "crypto/Keys.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace pca::crypto {

using api::KeyAlgorithm;
using api::SigningAlgorithm;

KeyFamily familyOf(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::RSA_2048:
    case KeyAlgorithm::RSA_3072:
    case KeyAlgorithm::RSA_4096:
        return KeyFamily::Rsa;
    case KeyAlgorithm::EC_prime256v1:
    case KeyAlgorithm::EC_secp384r1:
    case KeyAlgorithm::EC_secp521r1:
        return KeyFamily::Ecdsa;
    case KeyAlgorithm::SM2:
        return KeyFamily::Sm2;
    case KeyAlgorithm::ML_DSA_44:
    case KeyAlgorithm::ML_DSA_65:
    case KeyAlgorithm::ML_DSA_87:
        return KeyFamily::MlDsa;
    }
    return KeyFamily::Rsa;
}

KeyFamily familyOf(SigningAlgorithm algorithm)
{
    switch (algorithm) {
    case SigningAlgorithm::SHA256WITHECDSA:
    case SigningAlgorithm::SHA384WITHECDSA:
    case SigningAlgorithm::SHA512WITHECDSA:
        return KeyFamily::Ecdsa;
    case SigningAlgorithm::SHA256WITHRSA:
    case SigningAlgorithm::SHA384WITHRSA:
    case SigningAlgorithm::SHA512WITHRSA:
    case SigningAlgorithm::SHA256WITHRSA_PSS:
    case SigningAlgorithm::SHA384WITHRSA_PSS:
    case SigningAlgorithm::SHA512WITHRSA_PSS:
        return KeyFamily::Rsa;
    case SigningAlgorithm::SM3WITHSM2:
        return KeyFamily::Sm2;
    case SigningAlgorithm::ML_DSA_44:
    case SigningAlgorithm::ML_DSA_65:
    case SigningAlgorithm::ML_DSA_87:
        return KeyFamily::MlDsa;
    }
    return KeyFamily::Rsa;
}

namespace {
const char *mlDsaName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::ML_DSA_44:
        return "ML-DSA-44";
    case KeyAlgorithm::ML_DSA_65:
        return "ML-DSA-65";
    case KeyAlgorithm::ML_DSA_87:
        return "ML-DSA-87";
    default:
        return nullptr;
    }
}
} // namespace

bool isKeyAlgorithmSupported(KeyAlgorithm algorithm)
{
    if (const char *name = mlDsaName(algorithm)) {
        EVP_KEYMGMT *mgmt = EVP_KEYMGMT_fetch(nullptr, name, nullptr);
        clearOpenSslErrors();
        if (!mgmt)
            return false;
        EVP_KEYMGMT_free(mgmt);
        return true;
    }
    return true;
}

bool isSigningAlgorithmCompatible(KeyAlgorithm key, SigningAlgorithm signing)
{
    if (familyOf(key) != familyOf(signing))
        return false;
    if (familyOf(key) == KeyFamily::MlDsa) {
        return (key == KeyAlgorithm::ML_DSA_44 && signing == SigningAlgorithm::ML_DSA_44) ||
               (key == KeyAlgorithm::ML_DSA_65 && signing == SigningAlgorithm::ML_DSA_65) ||
               (key == KeyAlgorithm::ML_DSA_87 && signing == SigningAlgorithm::ML_DSA_87);
    }
    return true;
}

std::optional<KeyAlgorithm> keyAlgorithmOf(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA")) {
        switch (EVP_PKEY_get_bits(key)) {
        case 2048:
            return KeyAlgorithm::RSA_2048;
        case 3072:
            return KeyAlgorithm::RSA_3072;
        case 4096:
            return KeyAlgorithm::RSA_4096;
        default:
            return std::nullopt;
        }
    }
    if (EVP_PKEY_is_a(key, "SM2"))
        return KeyAlgorithm::SM2;
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &length) != 1) {
            clearOpenSslErrors();
            return std::nullopt;
        }
        const QByteArray name(group, qsizetype(length));
        if (name == "prime256v1" || name == "P-256")
            return KeyAlgorithm::EC_prime256v1;
        if (name == "secp384r1" || name == "P-384")
            return KeyAlgorithm::EC_secp384r1;
        if (name == "secp521r1" || name == "P-521")
            return KeyAlgorithm::EC_secp521r1;
        if (name == "SM2")
            return KeyAlgorithm::SM2;
        return std::nullopt;
    }
    for (KeyAlgorithm candidate :
         {KeyAlgorithm::ML_DSA_44, KeyAlgorithm::ML_DSA_65, KeyAlgorithm::ML_DSA_87}) {
        if (EVP_PKEY_is_a(key, mlDsaName(candidate)))
            return candidate;
    }
    return std::nullopt;
}

PKeyPtr generateKey(KeyAlgorithm algorithm)
{
    clearOpenSslErrors();
    EVP_PKEY *key = nullptr;
    switch (algorithm) {
    case KeyAlgorithm::RSA_2048:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyAlgorithm::RSA_3072:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072));
        break;
    case KeyAlgorithm::RSA_4096:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096));
        break;
    case KeyAlgorithm::EC_prime256v1:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyAlgorithm::EC_secp384r1:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    case KeyAlgorithm::EC_secp521r1:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
        break;
    case KeyAlgorithm::SM2:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
        break;
    case KeyAlgorithm::ML_DSA_44:
    case KeyAlgorithm::ML_DSA_65:
    case KeyAlgorithm::ML_DSA_87:
        if (!isKeyAlgorithmSupported(algorithm)) {
            throw PcaError(errors::InvalidArgs,
                           QStringLiteral("%1 is not supported by the linked OpenSSL %2")
                               .arg(api::enumName(algorithm),
                                    QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))));
        }
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, mlDsaName(algorithm));
        break;
    }
    if (!key) {
        throwOpenSsl(errors::InternalFailure,
                     QStringLiteral("generating a %1 key").arg(api::enumName(algorithm)));
    }
    return PKeyPtr(key);
}

QByteArray encryptPrivateKey(EVP_PKEY *key, const QByteArray &passphrase, const KdfParameters &kdf)
{
    clearOpenSslErrors();
    OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free> info(EVP_PKEY2PKCS8(key));
    checkPtr(info.get(), "preparing the private key for encryption");

    OpenSslPtr<X509_ALGOR, X509_ALGOR_free> algorithm(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 16, nullptr, uint64_t(1) << kdf.log2N,
                              uint64_t(kdf.r), uint64_t(kdf.p)));
    checkPtr(algorithm.get(), "configuring scrypt key derivation");

    OpenSslPtr<X509_SIG, X509_SIG_free> encrypted(
        PKCS8_set0_pbe_ex(passphrase.constData(), int(passphrase.size()), info.get(),
                          algorithm.get(), nullptr, nullptr));
    checkPtr(encrypted.get(), "encrypting the private key");
    algorithm.release(); // owned by `encrypted` now

    const int length = i2d_X509_SIG(encrypted.get(), nullptr);
    check(length, "encoding the encrypted private key");
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    check(i2d_X509_SIG(encrypted.get(), &p), "encoding the encrypted private key");
    return out;
}

PKeyPtr decryptPrivateKey(const QByteArray &encryptedDer, const QByteArray &passphrase)
{
    clearOpenSslErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(encryptedDer.constData());
    OpenSslPtr<X509_SIG, X509_SIG_free> encrypted(d2i_X509_SIG(nullptr, &p, encryptedDer.size()));
    checkPtr(encrypted.get(), "decoding the encrypted private key", errors::StoreError);

    OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free> info(
        PKCS8_decrypt(encrypted.get(), passphrase.constData(), int(passphrase.size())));
    if (!info) {
        clearOpenSslErrors();
        throw PcaError(errors::WrongPassphrase,
                       QStringLiteral("The private key cannot be decrypted with this passphrase."));
    }
    PKeyPtr key(EVP_PKCS82PKEY(info.get()));
    checkPtr(key.get(), "loading the decrypted private key");
    return key;
}

QByteArray publicKeyDer(EVP_PKEY *key)
{
    const int length = i2d_PUBKEY(key, nullptr);
    check(length, "encoding a public key");
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    check(i2d_PUBKEY(key, &p), "encoding a public key");
    return out;
}

bool samePublicKey(EVP_PKEY *a, EVP_PKEY *b)
{
    const int result = EVP_PKEY_eq(a, b);
    clearOpenSslErrors();
    return result == 1;
}

} // namespace pca::crypto

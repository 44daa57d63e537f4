#include "crypto/OpenSsl.h"

#include "crypto/Der.h"

#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace pca::crypto {

QString drainOpenSslErrors()
{
    QStringList parts;
    const char *file = nullptr;
    const char *func = nullptr;
    const char *data = nullptr;
    int line = 0;
    int flags = 0;
    unsigned long code = 0;
    while ((code = ERR_get_error_all(&file, &line, &func, &data, &flags)) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        QString part = QString::fromUtf8(buffer);
        if (data && (flags & ERR_TXT_STRING) && *data)
            part += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

void throwOpenSsl(const char *type, const QString &context)
{
    const QString detail = drainOpenSslErrors();
    throw PcaError(type, detail.isEmpty() ? context : context + QStringLiteral(": ") + detail);
}

QByteArray derOf(X509 *cert)
{
    return der::encode(cert, i2d_X509, "encoding certificate");
}

QByteArray derOf(X509_REQ *req)
{
    return der::encode(req, i2d_X509_REQ, "encoding certificate request");
}

QByteArray derOf(X509_CRL *crl)
{
    return der::encode(crl, i2d_X509_CRL, "encoding CRL");
}

QByteArray pemFromDer(const QByteArray &der, const char *label)
{
    QByteArray out;
    const QByteArray b64 = der.toBase64();
    out.reserve(b64.size() + b64.size() / 64 + 64);
    out += "-----BEGIN ";
    out += label;
    out += "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64);
        out += '\n';
    }
    out += "-----END ";
    out += label;
    out += "-----\n";
    return out;
}

QByteArray pemOf(X509 *cert)
{
    return pemFromDer(derOf(cert), "CERTIFICATE");
}

QByteArray pemOf(X509_REQ *req)
{
    return pemFromDer(derOf(req), "CERTIFICATE REQUEST");
}

X509Ptr certificateFromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, der.size()));
    if (!cert)
        throwOpenSsl(errors::InternalFailure, QStringLiteral("decoding stored certificate"));
    return cert;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    check(RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count),
          "reading the random generator");
    return out;
}

namespace {
// Implementations fetched once: with OpenSSL 3, passing EVP_sha256() and friends makes every
// call look the algorithm up again in the provider store (under a lock), which costs more
// than hashing a small message.
const EVP_MD *fetchedDigest(const char *name)
{
    EVP_MD *md = EVP_MD_fetch(nullptr, name, nullptr);
    if (!md)
        throwOpenSsl(errors::InternalFailure,
                     QStringLiteral("fetching %1").arg(QLatin1StringView(name)));
    return md; // kept for the life of the process
}

QByteArray digest(const EVP_MD *md, const QByteArray &data)
{
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(EVP_Digest(data.constData(), size_t(data.size()), buffer, &length, md, nullptr),
          "computing a digest");
    return QByteArray(reinterpret_cast<const char *>(buffer), int(length));
}
} // namespace

QByteArray sha256(const QByteArray &data)
{
    static const EVP_MD *const md = fetchedDigest("SHA2-256");
    return digest(md, data);
}

QByteArray sha1(const QByteArray &data)
{
    static const EVP_MD *const md = fetchedDigest("SHA1");
    return digest(md, data);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    using MacCtxPtr = OpenSslPtr<EVP_MAC_CTX, EVP_MAC_CTX_free>;
    // A context with HMAC and SHA-256 fetched once; each call works on a copy of it.
    static EVP_MAC_CTX *const prototype = [] {
        EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        if (!mac)
            throwOpenSsl(errors::InternalFailure, QStringLiteral("fetching HMAC"));
        EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
        EVP_MAC_free(mac); // the context holds its own reference
        char digestName[] = "SHA2-256";
        const OSSL_PARAM parameters[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
            OSSL_PARAM_construct_end()};
        if (!ctx || EVP_MAC_CTX_set_params(ctx, parameters) != 1)
            throwOpenSsl(errors::InternalFailure, QStringLiteral("preparing HMAC-SHA256"));
        return ctx; // kept for the life of the process
    }();
    MacCtxPtr ctx(checkPtr(EVP_MAC_CTX_dup(prototype), "creating an HMAC context"));
    check(EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()), nullptr),
          "computing an HMAC");
    check(EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                         size_t(data.size())),
          "computing an HMAC");
    unsigned char buffer[EVP_MAX_MD_SIZE];
    size_t length = 0;
    check(EVP_MAC_final(ctx.get(), buffer, &length, sizeof buffer), "computing an HMAC");
    return QByteArray(reinterpret_cast<const char *>(buffer), qsizetype(length));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace pca::crypto

namespace pca::crypto {
QByteArray scrypt(const QByteArray &passphrase, const QByteArray &salt, int log2N, int r, int p,
                  int length)
{
    QByteArray out(length, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << log2N;
    const uint64_t maxMemory = 128 * n * uint64_t(r) * 2 + (uint64_t(1) << 20);
    check(EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                         reinterpret_cast<const unsigned char *>(salt.constData()),
                         size_t(salt.size()), n, uint64_t(r), uint64_t(p), maxMemory,
                         reinterpret_cast<unsigned char *>(out.data()), size_t(length)),
          "deriving a key with scrypt");
    return out;
}
} // namespace pca::crypto

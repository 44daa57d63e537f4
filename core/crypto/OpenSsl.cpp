#include "crypto/OpenSsl.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/obj_mac.h>
#include <openssl/hmac.h>
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

namespace {
template <typename T, typename Fn>
QByteArray encodeDer(T *object, Fn i2d, const char *context)
{
    const int length = i2d(object, nullptr);
    if (length <= 0)
        throwOpenSsl(errors::InternalFailure, QString::fromUtf8(context));
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    if (i2d(object, &p) != length)
        throwOpenSsl(errors::InternalFailure, QString::fromUtf8(context));
    return out;
}
} // namespace

QByteArray derOf(X509 *cert)
{
    return encodeDer(cert, i2d_X509, "encoding certificate");
}

QByteArray derOf(X509_REQ *req)
{
    return encodeDer(req, i2d_X509_REQ, "encoding certificate request");
}

QByteArray derOf(X509_CRL *crl)
{
    return encodeDer(crl, i2d_X509_CRL, "encoding CRL");
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
    return digest(EVP_sha256(), data);
}

QByteArray sha1(const QByteArray &data)
{
    return digest(EVP_sha1(), data);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    checkPtr(HMAC(EVP_sha256(), key.constData(), int(key.size()),
                  reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
                  buffer, &length),
             "computing an HMAC");
    return QByteArray(reinterpret_cast<const char *>(buffer), int(length));
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

#include "crypto/Pkcs12Export.h"

#include "crypto/CertificateInspector.h"
#include "crypto/KeyAndCsrState.h"
#include "crypto/Keys.h"

#include <openssl/pem.h>
#include <openssl/pkcs12.h>

namespace pca::crypto {

namespace {

const GeneratedKeyAndCsr::State &stateOf(const GeneratedKeyAndCsr &key)
{
    if (key.isNull())
        throw PcaError(errors::InvalidArgs, QStringLiteral("There is no generated key to export."));
    return *key.state();
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

} // namespace

QByteArray exportPkcs12(const GeneratedKeyAndCsr &key, const QByteArray &certificate,
                        const QByteArray &chainPem, const QByteArray &password,
                        const Pkcs12Options &options)
{
    return exportPkcs12(stateOf(key).key.get(), certificate, chainPem, password, options);
}

QByteArray exportPkcs12(EVP_PKEY *key, const QByteArray &certificate, const QByteArray &chainPem,
                        const QByteArray &password, const Pkcs12Options &options)
{
    if (password.isEmpty()) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("A PKCS#12 file needs a password to protect the key."));
    }
    std::vector<X509Ptr> certs = parseCertificates(certificate, errors::InvalidArgs);
    if (certs.size() != 1) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("Expected one certificate for the key, found %1.")
                           .arg(qsizetype(certs.size())));
    }
    X509 *cert = certs.front().get();
    if (!samePublicKey(X509_get0_pubkey(cert), key)) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("The certificate does not belong to the generated key."));
    }
    std::vector<X509Ptr> chain;
    if (!chainPem.trimmed().isEmpty())
        chain = parseCertificates(chainPem, errors::InvalidArgs);

    clearOpenSslErrors();
    X509StackPtr ca(sk_X509_new_null());
    checkPtr(ca.get(), "allocating the chain");
    for (const X509Ptr &link : chain) {
        check(X509_up_ref(link.get()), "referencing a chain certificate");
        if (!sk_X509_push(ca.get(), link.get())) {
            X509_free(link.get());
            throwOpenSsl(errors::InternalFailure, QStringLiteral("adding a chain certificate"));
        }
    }
    QByteArray name = options.friendlyName.toUtf8();
    OpenSslPtr<PKCS12, PKCS12_free> p12(PKCS12_create_ex(
        password.constData(), name.isEmpty() ? nullptr : name.constData(), key, cert, ca.get(),
        NID_aes_256_cbc, NID_aes_256_cbc, options.iterations, -1, 0, nullptr, nullptr));
    checkPtr(p12.get(), "creating the PKCS#12 file");
    check(PKCS12_set_mac(p12.get(), password.constData(), int(password.size()), nullptr, 0,
                         options.iterations, EVP_sha256()),
          "protecting the PKCS#12 file with a MAC");
    BioPtr bio(BIO_new(BIO_s_mem()));
    checkPtr(bio.get(), "allocating a buffer");
    check(i2d_PKCS12_bio(bio.get(), p12.get()), "encoding the PKCS#12 file");
    return bioContents(bio.get());
}

QByteArray exportPrivateKeyPem(const GeneratedKeyAndCsr &key, const QByteArray &password)
{
    return exportPrivateKeyPem(stateOf(key).key.get(), password);
}

QByteArray exportPrivateKeyPem(EVP_PKEY *key, const QByteArray &password)
{
    clearOpenSslErrors();
    BioPtr bio(BIO_new(BIO_s_mem()));
    checkPtr(bio.get(), "allocating a buffer");
    if (password.isEmpty()) {
        check(PEM_write_bio_PKCS8PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr),
              "writing the private key");
    } else {
        QByteArray copy = password; // OpenSSL takes a non-const buffer
        check(PEM_write_bio_PKCS8PrivateKey(bio.get(), key, EVP_aes_256_cbc(), copy.data(),
                                            int(copy.size()), nullptr, nullptr),
              "encrypting the private key");
    }
    return bioContents(bio.get());
}

} // namespace pca::crypto

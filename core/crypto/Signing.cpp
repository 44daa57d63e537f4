#include "crypto/Signing.h"

#include "crypto/Keys.h"

#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

namespace pca::crypto {

using api::SigningAlgorithm;

const EVP_MD *digestOf(SigningAlgorithm algorithm)
{
    switch (algorithm) {
    case SigningAlgorithm::SHA256WITHECDSA:
    case SigningAlgorithm::SHA256WITHRSA:
    case SigningAlgorithm::SHA256WITHRSA_PSS:
        return EVP_sha256();
    case SigningAlgorithm::SHA384WITHECDSA:
    case SigningAlgorithm::SHA384WITHRSA:
    case SigningAlgorithm::SHA384WITHRSA_PSS:
        return EVP_sha384();
    case SigningAlgorithm::SHA512WITHECDSA:
    case SigningAlgorithm::SHA512WITHRSA:
    case SigningAlgorithm::SHA512WITHRSA_PSS:
        return EVP_sha512();
    case SigningAlgorithm::SM3WITHSM2:
        return EVP_sm3();
    case SigningAlgorithm::ML_DSA_44:
    case SigningAlgorithm::ML_DSA_65:
    case SigningAlgorithm::ML_DSA_87:
        return nullptr;
    }
    return nullptr;
}

MdCtxPtr signingContext(EVP_PKEY *key, SigningAlgorithm algorithm)
{
    clearOpenSslErrors();
    MdCtxPtr ctx(EVP_MD_CTX_new());
    checkPtr(ctx.get(), "allocating a signing context");
    const EVP_MD *md = digestOf(algorithm);

    EVP_PKEY_CTX *pctx = nullptr;
    check(EVP_DigestSignInit(ctx.get(), &pctx, md, nullptr, key), "initialising signing");
    switch (algorithm) {
    case SigningAlgorithm::SHA256WITHRSA_PSS:
    case SigningAlgorithm::SHA384WITHRSA_PSS:
    case SigningAlgorithm::SHA512WITHRSA_PSS:
        check(EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING), "selecting RSA-PSS");
        check(EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST),
              "setting the RSA-PSS salt length");
        check(EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md), "setting the RSA-PSS MGF1 digest");
        break;
    case SigningAlgorithm::SHA256WITHRSA:
    case SigningAlgorithm::SHA384WITHRSA:
    case SigningAlgorithm::SHA512WITHRSA:
        check(EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING), "selecting RSA PKCS#1");
        break;
    case SigningAlgorithm::SM3WITHSM2:
        // The SM2 signature covers Z(ID, public key). No ID is set, so OpenSSL uses its default
        // for signing and verifying alike (what `openssl verify` and `openssl req -verify` do).
        break;
    default:
        break;
    }
    return ctx;
}

QByteArray signData(EVP_PKEY *key, SigningAlgorithm algorithm, QByteArrayView data)
{
    MdCtxPtr ctx = signingContext(key, algorithm);
    return signData(ctx.get(), data);
}

QByteArray signData(EVP_MD_CTX *context, QByteArrayView data)
{
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    check(EVP_DigestSign(context, nullptr, &length, in, size_t(data.size())), "sizing a signature");
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    check(EVP_DigestSign(context, reinterpret_cast<unsigned char *>(out.data()), &length, in,
                         size_t(data.size())),
          "signing");
    out.truncate(qsizetype(length));
    return out;
}

QByteArray signatureAlgorithmDer(EVP_MD_CTX *context)
{
    unsigned char buffer[256];
    OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_SIGNATURE_PARAM_ALGORITHM_ID,
                                                             buffer, sizeof(buffer)),
                           OSSL_PARAM_construct_end()};
    EVP_PKEY_CTX *pctx = EVP_MD_CTX_get_pkey_ctx(context);
    if (!pctx || EVP_PKEY_CTX_get_params(pctx, params) != 1 || !OSSL_PARAM_modified(&params[0]) ||
        params[0].return_size == 0 || params[0].return_size > sizeof(buffer)) {
        throwOpenSsl(errors::InternalFailure,
                     QStringLiteral("reading the signature algorithm identifier"));
    }
    return QByteArray(reinterpret_cast<const char *>(buffer), qsizetype(params[0].return_size));
}

} // namespace pca::crypto

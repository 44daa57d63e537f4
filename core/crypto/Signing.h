// Signature contexts for every SigningAlgorithm of the API: digest, RSA-PSS parameters
// (salt length = digest length, MGF1 with the same digest) and the SM2 distinguishing ID.
#pragma once

#include "api/Enums.h"
#include "crypto/OpenSsl.h"

namespace pca::crypto {

// Digest of the algorithm (nullptr for ML-DSA, which signs the message directly).
const EVP_MD *digestOf(api::SigningAlgorithm algorithm);

// A digest-sign context ready for X509_sign_ctx / X509_REQ_sign_ctx / X509_CRL_sign_ctx /
// OCSP_basic_sign_ctx or EVP_DigestSign.
MdCtxPtr signingContext(EVP_PKEY *key, api::SigningAlgorithm algorithm);

// Signs `data` and returns the raw signature.
QByteArray signData(EVP_PKEY *key, api::SigningAlgorithm algorithm, QByteArrayView data);
// Signs `data` with a context from signingContext (once: a context signs one message).
QByteArray signData(EVP_MD_CTX *context, QByteArrayView data);

// The DER AlgorithmIdentifier a signature made with this context carries (with the RSA-PSS
// parameters it was set up with), as the signing provider reports it.
QByteArray signatureAlgorithmDer(EVP_MD_CTX *context);

} // namespace pca::crypto

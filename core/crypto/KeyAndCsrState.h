// Inside of GeneratedKeyAndCsr, shared by the crypto files that use its key.
#pragma once

#include "crypto/KeyAndCsrGenerator.h"
#include "crypto/OpenSsl.h"

namespace pca::crypto {

struct GeneratedKeyAndCsr::State
{
    api::KeyAlgorithm keyAlgorithm = api::KeyAlgorithm::EC_prime256v1;
    PKeyPtr key;
    QByteArray csrPem;
};

} // namespace pca::crypto

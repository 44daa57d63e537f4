#include "CertificateManagerClient.h"

namespace pca::models {

CertificateManagerClient::~CertificateManagerClient() = default;

} // namespace pca::models

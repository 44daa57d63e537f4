#include "AcmDisplayNames.h"

namespace pca::models {

using namespace api::acm;

QString AcmDisplayNames::status(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::PENDING_VALIDATION:
        return tr("Issuing");
    case CertificateStatus::ISSUED:
        return tr("Issued");
    case CertificateStatus::INACTIVE:
        return tr("Inactive");
    case CertificateStatus::EXPIRED:
        return tr("Expired");
    case CertificateStatus::VALIDATION_TIMED_OUT:
        return tr("Validation timed out");
    case CertificateStatus::REVOKED:
        return tr("Revoked");
    case CertificateStatus::FAILED:
        return tr("Failed");
    }
    return QString();
}

QString AcmDisplayNames::renewalStatus(RenewalStatus status)
{
    switch (status) {
    case RenewalStatus::PENDING_AUTO_RENEWAL:
        return tr("Renewing");
    case RenewalStatus::PENDING_VALIDATION:
        return tr("Awaiting validation");
    case RenewalStatus::SUCCESS:
        return tr("Renewed");
    case RenewalStatus::FAILED:
        return tr("Renewal failed");
    }
    return QString();
}

QString AcmDisplayNames::keyAlgorithm(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::RSA_1024:
        return tr("RSA 1024");
    case KeyAlgorithm::RSA_2048:
        return tr("RSA 2048");
    case KeyAlgorithm::RSA_3072:
        return tr("RSA 3072");
    case KeyAlgorithm::RSA_4096:
        return tr("RSA 4096");
    case KeyAlgorithm::EC_prime256v1:
        return tr("ECDSA P-256");
    case KeyAlgorithm::EC_secp384r1:
        return tr("ECDSA P-384");
    case KeyAlgorithm::EC_secp521r1:
        return tr("ECDSA P-521");
    }
    return QString();
}

QList<KeyAlgorithm> AcmDisplayNames::requestableKeyAlgorithms()
{
    return {KeyAlgorithm::RSA_2048,      KeyAlgorithm::RSA_3072,     KeyAlgorithm::RSA_4096,
            KeyAlgorithm::EC_prime256v1, KeyAlgorithm::EC_secp384r1, KeyAlgorithm::EC_secp521r1};
}

QString AcmDisplayNames::failureReason(FailureReason reason)
{
    switch (reason) {
    case FailureReason::NO_AVAILABLE_CONTACTS:
        return tr("No contact for domain validation could be found");
    case FailureReason::ADDITIONAL_VERIFICATION_REQUIRED:
        return tr("The domain needs additional verification");
    case FailureReason::DOMAIN_NOT_ALLOWED:
        return tr("The domain is not allowed");
    case FailureReason::INVALID_PUBLIC_DOMAIN:
        return tr("The domain is not a valid public domain");
    case FailureReason::DOMAIN_VALIDATION_DENIED:
        return tr("Domain validation was denied");
    case FailureReason::CAA_ERROR:
        return tr("A CAA record does not allow the issuance");
    case FailureReason::PCA_LIMIT_EXCEEDED:
        return tr("The CA reached one of its limits");
    case FailureReason::PCA_INVALID_ARN:
        return tr("The CA's ARN is not valid");
    case FailureReason::PCA_INVALID_STATE:
        return tr("The CA is not active (enable it or pick another CA)");
    case FailureReason::PCA_REQUEST_FAILED:
        return tr("The CA could not issue the certificate");
    case FailureReason::PCA_NAME_CONSTRAINTS_VALIDATION:
        return tr("The CA's name constraints do not allow these names");
    case FailureReason::PCA_RESOURCE_NOT_FOUND:
        return tr("The CA no longer exists");
    case FailureReason::PCA_INVALID_ARGS:
        return tr("The CA refused the request's values");
    case FailureReason::PCA_INVALID_DURATION:
        return tr("The CA expires before the certificate would (renew the CA certificate)");
    case FailureReason::PCA_ACCESS_DENIED:
        return tr("The CA does not authorize ACM to renew (Permissions tab)");
    case FailureReason::SLR_NOT_FOUND:
        return tr("ACM's service-linked role is missing");
    case FailureReason::OTHER:
        return tr("Something else went wrong");
    }
    return QString();
}

QString AcmDisplayNames::shortFailureReason(FailureReason reason)
{
    switch (reason) {
    case FailureReason::NO_AVAILABLE_CONTACTS:
        return tr("No validation contact");
    case FailureReason::ADDITIONAL_VERIFICATION_REQUIRED:
        return tr("More verification needed");
    case FailureReason::DOMAIN_NOT_ALLOWED:
        return tr("Domain not allowed");
    case FailureReason::INVALID_PUBLIC_DOMAIN:
        return tr("Invalid public domain");
    case FailureReason::DOMAIN_VALIDATION_DENIED:
        return tr("Validation denied");
    case FailureReason::CAA_ERROR:
        return tr("Refused by a CAA record");
    case FailureReason::PCA_LIMIT_EXCEEDED:
        return tr("CA limit reached");
    case FailureReason::PCA_INVALID_ARN:
        return tr("Invalid CA ARN");
    case FailureReason::PCA_INVALID_STATE:
        return tr("CA not active");
    case FailureReason::PCA_REQUEST_FAILED:
        return tr("CA could not issue");
    case FailureReason::PCA_NAME_CONSTRAINTS_VALIDATION:
        return tr("Outside the CA's name constraints");
    case FailureReason::PCA_RESOURCE_NOT_FOUND:
        return tr("CA no longer exists");
    case FailureReason::PCA_INVALID_ARGS:
        return tr("CA refused the values");
    case FailureReason::PCA_INVALID_DURATION:
        return tr("CA expires too soon");
    case FailureReason::PCA_ACCESS_DENIED:
        return tr("ACM not authorized by the CA");
    case FailureReason::SLR_NOT_FOUND:
        return tr("Service-linked role missing");
    case FailureReason::OTHER:
        return tr("Other failure");
    }
    return QString();
}

} // namespace pca::models

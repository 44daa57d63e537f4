// Words people read for Certificate Manager's enumerations (translated): certificate and
// renewal statuses, key algorithms, and failure reasons in plain words that say what to do.
#pragma once

#include "api/AcmTypes.h"

#include <QCoreApplication>
#include <QString>

namespace pca::models {

class AcmDisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(AcmDisplayNames)

public:
    static QString status(api::acm::CertificateStatus status);
    static QString renewalStatus(api::acm::RenewalStatus status);
    static QString keyAlgorithm(api::acm::KeyAlgorithm algorithm);
    // Why issuance or renewal failed, e.g. PCA_ACCESS_DENIED: "The CA does not authorize ACM
    // to renew (Permissions tab)".
    static QString failureReason(api::acm::FailureReason reason);
    // The same in a few words, for a table cell, e.g. PCA_ACCESS_DENIED: "ACM not authorized
    // by the CA".
    static QString shortFailureReason(api::acm::FailureReason reason);
    // The key algorithms RequestCertificate accepts, the default (RSA 2048) first.
    static QList<api::acm::KeyAlgorithm> requestableKeyAlgorithms();
};

} // namespace pca::models

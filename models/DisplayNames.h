// Words people read for the API's enumerations, dates and serials (translated).
#pragma once

#include "api/Enums.h"
#include "service/PrivateCaService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pca::models {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString status(api::CertificateAuthorityStatus status);
    // One sentence on what the status means for the user.
    static QString statusExplanation(api::CertificateAuthorityStatus status);
    static QString caType(api::CertificateAuthorityType type);
    static QString keyAlgorithm(api::KeyAlgorithm algorithm);
    static QString signingAlgorithm(api::SigningAlgorithm algorithm);
    static QString usageMode(api::CertificateAuthorityUsageMode mode);
    static QString keyStorage(api::KeyStorageSecurityStandard standard);
    static QString failureReason(api::FailureReason reason);
    static QString revocationReason(api::RevocationReason reason);
    static QString revocationReasonExplanation(api::RevocationReason reason);
    static QString certificateState(CertificateSummary::State state);
    static QString auditReportStatus(api::AuditReportStatus status);
    static QString action(api::ActionType action);
    // Local date and time in the user's short format; "—" for an invalid time.
    static QString dateTime(const QDateTime &time);
    static QString dateTime(qint64 msSinceEpoch);
    static QString date(const QDateTime &time);
    // Lower-case hex serial as colon-separated upper-case pairs (the console's form).
    static QString serial(const QString &hex);
    // What tells the serials of one CA apart: their last 6 octets, "…5F:3C:9A:12:34:56". Our
    // serials are 0x01, the issue time (6 octets, the same for a whole burst) and 10 random
    // octets, so every row of a CA would otherwise start with the same bytes.
    static QString serialTail(const QString &hex);
    // The common name of a subject, else its first attribute value.
    static QString commonName(const api::Asn1Subject &subject);
    // "Root CA", "Subordinate CA" with the common name: for titles.
    static QString caTitle(const api::CertificateAuthority &ca);
};

} // namespace pca::models

// The one error type of the engine: an AWS exception name plus a human message.
#pragma once

#include <QString>

#include <exception>

namespace pca {

// Exception names of the ACM PCA API and of the AWS JSON protocol front end.
namespace errors {
inline constexpr const char *CertificateMismatch = "CertificateMismatchException";
inline constexpr const char *ConcurrentModification = "ConcurrentModificationException";
inline constexpr const char *InvalidArgs = "InvalidArgsException";
inline constexpr const char *InvalidArn = "InvalidArnException";
inline constexpr const char *InvalidNextToken = "InvalidNextTokenException";
inline constexpr const char *InvalidPolicy = "InvalidPolicyException";
inline constexpr const char *InvalidRequest = "InvalidRequestException";
inline constexpr const char *InvalidState = "InvalidStateException";
inline constexpr const char *InvalidTag = "InvalidTagException";
inline constexpr const char *LimitExceeded = "LimitExceededException";
inline constexpr const char *LockoutPrevented = "LockoutPreventedException";
inline constexpr const char *MalformedCertificate = "MalformedCertificateException";
inline constexpr const char *MalformedCsr = "MalformedCSRException";
inline constexpr const char *PermissionAlreadyExists = "PermissionAlreadyExistsException";
inline constexpr const char *RequestAlreadyProcessed = "RequestAlreadyProcessedException";
inline constexpr const char *RequestFailed = "RequestFailedException";
inline constexpr const char *RequestInProgress = "RequestInProgressException";
inline constexpr const char *ResourceNotFound = "ResourceNotFoundException";
inline constexpr const char *TooManyTags = "TooManyTagsException";
// Exception names of AWS Certificate Manager (2015-12-08) besides the shared ones above.
inline constexpr const char *AccessDenied = "AccessDeniedException";
inline constexpr const char *Conflict = "ConflictException";
inline constexpr const char *InvalidDomainValidationOptions =
    "InvalidDomainValidationOptionsException";
inline constexpr const char *InvalidParameter = "InvalidParameterException";
inline constexpr const char *ResourceInUse = "ResourceInUseException";
// Errors of the protocol layer, shared by every AWS service.
inline constexpr const char *Validation = "ValidationException";
inline constexpr const char *Serialization = "SerializationException";
inline constexpr const char *UnknownOperation = "UnknownOperationException";
inline constexpr const char *InternalFailure = "InternalFailure";
// Errors of the local store (not part of the AWS contract).
inline constexpr const char *StoreLocked = "StoreLockedException";
inline constexpr const char *WrongPassphrase = "WrongPassphraseException";
inline constexpr const char *StoreError = "StoreException";
} // namespace errors

class PcaError : public std::exception
{
public:
    PcaError(const char *type, QString message);
    PcaError(QString type, QString message);

    const QString &type() const noexcept { return m_type; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

    bool is(const char *type) const { return m_type == QLatin1StringView(type); }

    // True for errors that the caller caused (HTTP 4xx); false for failures of this machine.
    bool isClientError() const;

private:
    QString m_type;
    QString m_message;
    QByteArray m_what;
};

} // namespace pca

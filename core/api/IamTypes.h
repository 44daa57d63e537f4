// The shapes of IAM (2010-05-08) and STS (2011-06-15) that privateca-server serves: users,
// access keys, inline and attached policies, and GetCallerIdentity. Names as in the models.
#pragma once

#include "api/ApiTypes.h"

#include <optional>

namespace pca::api::iam {

// Error codes of IAM's Query protocol (the <Code> of an ErrorResponse).
namespace errors {
inline constexpr const char *NoSuchEntity = "NoSuchEntity";
inline constexpr const char *EntityAlreadyExists = "EntityAlreadyExists";
inline constexpr const char *LimitExceeded = "LimitExceeded";
inline constexpr const char *DeleteConflict = "DeleteConflict";
inline constexpr const char *MalformedPolicyDocument = "MalformedPolicyDocument";
inline constexpr const char *InvalidInput = "InvalidInput";
inline constexpr const char *Validation = "ValidationError";
inline constexpr const char *AccessDenied = "AccessDenied";
inline constexpr const char *ServiceFailure = "ServiceFailure";
} // namespace errors

struct User
{
    QString path;
    QString userName; // empty for an account's root (GetUser by an administrator)
    QString userId;
    QString arn;
    qint64 createDate = 0; // ms
    QList<Tag> tags;
};

struct AccessKey
{
    QString userName;
    QString accessKeyId;
    QString status; // Active | Inactive
    QString secretAccessKey;
    qint64 createDate = 0;
};

struct AccessKeyMetadata
{
    QString userName;
    QString accessKeyId;
    QString status;
    qint64 createDate = 0;
};

struct AttachedPolicy
{
    QString policyName;
    QString policyArn;
};

struct UserPolicy
{
    QString userName;
    QString policyName;
    QString policyDocument;
};

// Marker-based pagination of IAM's List* calls.
struct PageRequest
{
    std::optional<QString> marker;
    std::optional<int> maxItems;
};

template <typename T>
struct Page
{
    QList<T> items;
    bool isTruncated = false;
    QString marker; // set when truncated
};

struct CallerIdentity
{
    QString userId;
    QString account;
    QString arn;
};

} // namespace pca::api::iam

// CloudTrail's LookupEvents (2013-11-01, AWS JSON 1.1) over the event history: POST / with
// "X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents", signed
// for "cloudtrail". Each account sees its own events: those of its callers and those made on
// its resources. A user needs cloudtrail:LookupEvents in an identity policy.
#pragma once

#include "HttpMessage.h"

namespace pca::server {

class ApiContext;

class CloudTrailApiHandler
{
public:
    static constexpr const char *kTargetPrefix =
        "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";
    static constexpr const char *kSigningName = "cloudtrail";

    explicit CloudTrailApiHandler(const ApiContext &context);

    static bool isCloudTrailTarget(const QByteArray &target);
    HttpResponse handle(const HttpRequest &request) const;

private:
    const ApiContext &m_context;
};

} // namespace pca::server

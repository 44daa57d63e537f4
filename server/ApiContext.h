// What every AWS API handler of the listener shares: who is calling (SigV4, then the Caller
// behind the key: the store owner for the server's own keys, else the store's IAM keys) and
// the event history each authenticated call is recorded in.
#pragma once

#include "HttpMessage.h"
#include "SigV4.h"
#include "service/AccessControl.h"
#include "service/EventHistory.h"

#include <QJsonObject>

namespace pca {
class PrivateCaService;
class CertificateManager;
class IdentityService;
} // namespace pca

namespace pca::server {

class ApiContext
{
public:
    ApiContext(PrivateCaService &service, const SigV4Verifier &verifier,
               CertificateManager *manager, IdentityService *identity, EventHistory *events,
               QList<QByteArray> ownerKeyIds);

    PrivateCaService &service;
    const SigV4Verifier &verifier;
    CertificateManager *const manager;
    IdentityService *const identity;
    EventHistory *const events;

    // Verifies the request's signature for one of `services` and returns its caller, with the
    // request's source address and user agent. Throws PcaError with an authErrors name.
    Caller authenticate(const HttpRequest &request, const QList<QByteArray> &services) const;

    // The record of one authenticated call, to fill in and pass to record().
    ApiCallRecord newCall(const Caller &caller, const char *eventSource, const QString &eventName,
                          const QByteArray &requestId, bool readOnly) const;
    // Records a call in the event history (nothing when the server keeps none).
    void record(ApiCallRecord call) const;
    // Sets a call's outcome from the exception a handler caught.
    static void setError(ApiCallRecord &call, std::exception_ptr error);

private:
    QList<QByteArray> m_ownerKeyIds;
    QString m_storeAccount;
};

// The resource an ACM PCA, ACM or IAM request names (and the account that owns it), added to
// the call's record.
void addResources(ApiCallRecord &call, const QJsonObject &input, const QJsonObject &output);

} // namespace pca::server

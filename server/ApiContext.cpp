#include "ApiContext.h"

#include "service/IdentityService.h"
#include "service/PrivateCaService.h"

namespace pca::server {

ApiContext::ApiContext(PrivateCaService &service, const SigV4Verifier &verifier,
                       CertificateManager *manager, IdentityService *identity, EventHistory *events,
                       QList<QByteArray> ownerKeyIds)
    : service(service)
    , verifier(verifier)
    , manager(manager)
    , identity(identity)
    , events(events)
    , m_ownerKeyIds(std::move(ownerKeyIds))
    , m_storeAccount(service.identity().accountId)
{}

Caller ApiContext::authenticate(const HttpRequest &request, const QList<QByteArray> &services) const
{
    const QByteArray keyId = verifier.verify(request, services);
    Caller caller;
    if (m_ownerKeyIds.contains(keyId) || !identity) {
        caller = Caller::administratorOf(m_storeAccount);
        caller.accessKeyId = QString::fromLatin1(keyId);
    } else {
        std::optional<Caller> found = identity->callerForKey(QString::fromLatin1(keyId));
        if (!found) {
            // Deactivated or deleted between the signature check and now.
            throw PcaError(authErrors::UnrecognizedClient,
                           QStringLiteral("The security token included in the request is "
                                          "invalid."));
        }
        caller = std::move(*found);
    }
    caller.sourceIp = request.peerAddress.isNull() ? QString() : request.peerAddress.toString();
    if (caller.sourceIp.startsWith(QLatin1String("::ffff:")))
        caller.sourceIp = caller.sourceIp.mid(7);
    caller.userAgent = QString::fromUtf8(request.header("user-agent").left(1024));
    return caller;
}

ApiCallRecord ApiContext::newCall(const Caller &caller, const char *eventSource,
                                  const QString &eventName, const QByteArray &requestId,
                                  bool readOnly) const
{
    ApiCallRecord call;
    call.caller = caller;
    call.eventSource = QLatin1String(eventSource);
    call.eventName = eventName;
    call.region = service.identity().region;
    call.requestId = QString::fromLatin1(requestId);
    call.eventTimeMs = service.clock().nowMs();
    call.readOnly = readOnly;
    return call;
}

void ApiContext::record(ApiCallRecord call) const
{
    if (events)
        events->record(call);
}

void ApiContext::setError(ApiCallRecord &call, std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PcaError &e) {
        call.errorCode = e.type();
        call.errorMessage = e.message();
    } catch (...) {
        call.errorCode = QString::fromLatin1(errors::InternalFailure);
        call.errorMessage = QStringLiteral("The server encountered an internal error.");
    }
}

void addResources(ApiCallRecord &call, const QJsonObject &input, const QJsonObject &output)
{
    const auto add = [&call](const QString &type, const QString &arn) {
        if (arn.isEmpty())
            return;
        for (const store::EventResource &existing : call.resources) {
            if (existing.name == arn)
                return;
        }
        call.resources.append({type, arn});
        const QString account = arn.section(QLatin1Char(':'), 4, 4);
        if (call.resourceAccount.isEmpty() && !account.isEmpty())
            call.resourceAccount = account;
    };
    const QString caType = QStringLiteral("AWS::ACMPCA::CertificateAuthority");
    // CertificateArn names an ACM certificate, or for ACM PCA the certificate a CA issued.
    const QString certificateType = call.eventSource == QLatin1String("acm-pca.amazonaws.com")
                                        ? QStringLiteral("AWS::ACMPCA::Certificate")
                                        : QStringLiteral("AWS::ACM::Certificate");
    for (const QJsonObject &object : {input, output}) {
        add(caType, object.value(QLatin1String("CertificateAuthorityArn")).toString());
        add(caType, object.value(QLatin1String("ResourceArn")).toString());
        add(certificateType, object.value(QLatin1String("CertificateArn")).toString());
    }
}

} // namespace pca::server

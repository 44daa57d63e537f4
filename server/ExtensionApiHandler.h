// The server's own extension to the ACM PCA API, for the desktop app as a remote client: what
// the desktop shows and AWS's API does not offer (a CA's certificate inventory, expiry counts,
// audit reports, CRL state and issuing CA). AWS JSON 1.1: POST / with
// "X-Amz-Target: PrivateCaManager.<Operation>", signed with SigV4 for service acm-pca. The
// operations and their authorization are the engine's (core/service/InventoryExtension.h);
// this is only their protocol. Errors as JsonApiHandler answers them. Read-only, so not
// recorded in the event history.
#pragma once

#include "HttpMessage.h"

namespace pca::server {

class ApiContext;

class ExtensionApiHandler
{
public:
    explicit ExtensionApiHandler(const ApiContext &context);

    static bool isExtensionTarget(const QByteArray &target);
    HttpResponse handle(const HttpRequest &request) const;

private:
    const ApiContext &m_context;
};

} // namespace pca::server

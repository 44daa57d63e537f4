// OCSP requests: DER (POST) and the base64 of a GET path, and what the responder reads of them.
#include "FuzzSupport.h"
#include "OcspEndpoint.h"
#include "crypto/OcspResponder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    const QByteArray input = fuzz::bytes(data, size);
    for (const QByteArray &der : {input, server::OcspEndpoint::decodeGetRequest(input)}) {
        fuzz::refusalsOnly([&] {
            const auto request = crypto::parseOcspRequest(der);
            if (!request)
                return;
            for (const crypto::OcspCertificateId &id : request->certificates) {
                // id.hash is null for a hash algorithm OpenSSL does not know: such a CertID
                // matches no CA (the responder answers "unauthorized").
                if (!id.id)
                    fuzz::finding("a parsed CertID lacks its OCSP_CERTID");
                id.serialHex.size();
            }
        });
    }
    crypto::clearOpenSslErrors();
    return 0;
}

// Every API request shape of ACM PCA, Certificate Manager and the server's PrivateCaManager.*
// extension: the strict JSON body, the typed request (fromJson, with AWS's ValidationException
// for missing or mistyped members) and the constraint validation the service applies at its
// boundary; the first byte picks the operation. A request that passes must write back as JSON and
// read again the same way.
#include "FuzzSupport.h"
#include "api/AcmTypes.h"
#include "api/ApiJson.h"
#include "api/ApiValidation.h"
#include "api/ExtensionTypes.h"
#include "api/StrictJson.h"

namespace {

using namespace pca;

template <typename Request>
void readRequest(const QByteArray &body)
{
    Request request;
    if (!fuzz::refusalsOnly([&] {
            request = api::fromJson<Request>(api::parseStrictJsonObject(
                body, errors::Serialization, QStringLiteral("The request body")));
            api::validateShape(request);
        }))
        return;
    const QJsonObject written = api::toJson(request);
    fuzz::refusalsOnly([&] {
        const Request again = api::fromJson<Request>(written);
        api::validateShape(again);
        if (api::toJson(again) != written)
            fuzz::finding("a request does not read back as it was written");
    });
}

using Reader = void (*)(const QByteArray &);
const Reader kReaders[] = {
    &readRequest<api::CreateCertificateAuthorityRequest>,
    &readRequest<api::CreateCertificateAuthorityAuditReportRequest>,
    &readRequest<api::CreatePermissionRequest>,
    &readRequest<api::DeleteCertificateAuthorityRequest>,
    &readRequest<api::DeletePermissionRequest>,
    &readRequest<api::DeletePolicyRequest>,
    &readRequest<api::DescribeCertificateAuthorityRequest>,
    &readRequest<api::DescribeCertificateAuthorityAuditReportRequest>,
    &readRequest<api::GetCertificateRequest>,
    &readRequest<api::GetCertificateAuthorityCertificateRequest>,
    &readRequest<api::GetCertificateAuthorityCsrRequest>,
    &readRequest<api::GetPolicyRequest>,
    &readRequest<api::ImportCertificateAuthorityCertificateRequest>,
    &readRequest<api::IssueCertificateRequest>,
    &readRequest<api::ListCertificateAuthoritiesRequest>,
    &readRequest<api::ListPermissionsRequest>,
    &readRequest<api::ListTagsRequest>,
    &readRequest<api::PutPolicyRequest>,
    &readRequest<api::RestoreCertificateAuthorityRequest>,
    &readRequest<api::RevokeCertificateRequest>,
    &readRequest<api::TagCertificateAuthorityRequest>,
    &readRequest<api::UntagCertificateAuthorityRequest>,
    &readRequest<api::UpdateCertificateAuthorityRequest>,
    // Certificate Manager (2015-12-08)
    &readRequest<api::acm::AddTagsToCertificateRequest>,
    &readRequest<api::acm::DeleteCertificateRequest>,
    &readRequest<api::acm::DescribeCertificateRequest>,
    &readRequest<api::acm::ExportCertificateRequest>,
    &readRequest<api::acm::GetAccountConfigurationRequest>,
    &readRequest<api::acm::GetCertificateRequest>,
    &readRequest<api::acm::ImportCertificateRequest>,
    &readRequest<api::acm::ListCertificatesRequest>,
    &readRequest<api::acm::ListTagsForCertificateRequest>,
    &readRequest<api::acm::PutAccountConfigurationRequest>,
    &readRequest<api::acm::RemoveTagsFromCertificateRequest>,
    &readRequest<api::acm::RenewCertificateRequest>,
    &readRequest<api::acm::RequestCertificateRequest>,
    &readRequest<api::acm::ResendValidationEmailRequest>,
    &readRequest<api::acm::UpdateCertificateOptionsRequest>,
    // The server's extension (PrivateCaManager.*, docs/server.md)
    &readRequest<api::extension::CertificateAuthorityRequest>,
    &readRequest<api::extension::QueryCertificatesRequest>,
    &readRequest<api::extension::CountExpiringRequest>,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Reader reader = kReaders[data[0] % std::size(kReaders)];
    reader(fuzz::bytes(data + 1, size - 1));
    return 0;
}

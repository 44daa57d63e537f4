// PutPolicy's resource policy: strict JSON, then every element rule of a Private CA policy.
#include "FuzzSupport.h"
#include "service/ResourcePolicy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    const QString policy = QString::fromUtf8(fuzz::bytes(data, size));
    fuzz::refusalsOnly([&] {
        validateResourcePolicy(policy, QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:"
                                                      "certificate-authority/"
                                                      "11111111-2222-3333-4444-555555555555"));
    });
    return 0;
}

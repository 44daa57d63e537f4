// The engine's PEM reader: every block, label and base64 rule.
#include "FuzzSupport.h"
#include "crypto/Pem.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    const QByteArray input = fuzz::bytes(data, size);
    crypto::startsWithPem(input);
    fuzz::refusalsOnly([&] {
        for (const crypto::PemBlock &block : crypto::readPemBlocks(input, errors::InvalidArgs)) {
            if (block.der.isEmpty() || block.label.isEmpty())
                fuzz::finding("an empty PEM block was accepted");
        }
    });
    return 0;
}

// CSR parsing and checks (IssueCertificate's Csr, the desktop's CSR files): PEM or DER, the fast
// and the generic parser, the signature, the key checks, and the canonical forms a certificate
// would copy (subject, extensions).
#include "FuzzSupport.h"
#include "crypto/CanonicalForms.h"
#include "crypto/Csr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    const QByteArray input = fuzz::bytes(data, size);
    crypto::ParsedCsr csr;
    if (!fuzz::refusalsOnly([&] { csr = crypto::parseCsr(input); }))
        return 0;
    if (!csr.publicKey || !csr.subjectName || !csr.extensions)
        fuzz::finding("a parsed CSR lacks a part");
    csr.keyIdentifier();
    fuzz::refusalsOnly([&] {
        crypto::canonicalName(csr.subject(), errors::MalformedCsr, QStringLiteral("subject"));
    });
    for (int i = 0; i < sk_X509_EXTENSION_num(csr.extensions.get()); ++i) {
        fuzz::refusalsOnly([&] {
            crypto::canonicalExtension(sk_X509_EXTENSION_value(csr.extensions.get(), i),
                                       errors::MalformedCsr);
        });
    }
    return 0;
}

// The strict DER checks (what is signed and what is imported as a CA certificate), and a
// differential check: what they accept as a certificate, OpenSSL reads whole.
#include "FuzzSupport.h"
#include "crypto/OpenSsl.h"
#include "crypto/StrictDer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pca;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    crypto::der::strictDerProblem(input);
    crypto::der::publicKeyInfoProblem(input);
    if (!crypto::der::certificateDerProblem(input)) {
        const unsigned char *p = data;
        crypto::X509Ptr cert(d2i_X509(nullptr, &p, long(size)));
        if (cert && p != data + size)
            fuzz::finding("a strict DER certificate has bytes OpenSSL does not read");
        crypto::clearOpenSslErrors();
    }
    return 0;
}

// Canonical DER forms of what a certificate copies from a CSR. OpenSSL keeps the bytes it
// decoded for some objects (an X509_NAME re-encodes from its cached encoding, an extension
// keeps an explicit `critical FALSE`, a decoded BIT STRING keeps its unused-bits count), so
// copying a CSR's parts would copy their non-DER encodings into the certificate. These
// functions rebuild each part from its decoded value, or refuse it with MalformedCSRException
// when it has no DER form (an unknown extension whose value is not DER, a dNSName that is not
// ASCII, a PrintableString outside its alphabet).
#pragma once

#include "crypto/OpenSsl.h"

namespace pca::crypto {

// The same name, re-encoded from its attributes (multi-valued RDNs kept, SET OF sorted).
X509NamePtr canonicalName(const X509_NAME *name, const char *errorType, const QString &what);

// The same extension: critical only when TRUE, the value decoded and re-encoded when OpenSSL
// knows the extension, otherwise checked to be one strict DER element.
X509ExtensionPtr canonicalExtension(X509_EXTENSION *extension, const char *errorType);

} // namespace pca::crypto

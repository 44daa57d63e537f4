// Distinguished names: ASN1Subject <-> X509_NAME, and string renderings.
#pragma once

#include "api/ApiTypes.h"
#include "crypto/OpenSsl.h"

namespace pca::crypto {

// True when no attribute of the subject has a non-empty value.
bool isEmptySubject(const api::Asn1Subject &subject);

// Builds the DN in the API member order (C, O, OU, dnQualifier, ST, CN, serialNumber, L, title,
// SN, GN, initials, pseudonym, generationQualifier) or from CustomAttributes.
// Throws InvalidArgsException for custom attributes mixed with standard ones or invalid OIDs.
X509NamePtr buildName(const api::Asn1Subject &subject);

// Reads the standard attributes of a DN back into an ASN1Subject (others as CustomAttributes
// when the DN has no standard attribute at all).
api::Asn1Subject subjectFromName(const X509_NAME *name);

// RFC 4514 string (most specific RDN first): CN, L, ST, O, OU, C, STREET, DC and UID by name,
// every other attribute as <dotted OID>=#<hex of its DER encoding>. This is the subject format
// of AWS audit reports.
QString rfc4514Name(const X509_NAME *name);

// Human-readable one-line DN in certificate order, e.g. "C=US, O=Example, CN=Root".
QString displayName(const X509_NAME *name);

// Object identifier from dotted text; throws InvalidArgsException naming `what`.
Asn1ObjectPtr objectFromOid(const QString &oid, const QString &what);
QString oidText(const ASN1_OBJECT *object);
// Text of an ASN1_STRING as UTF-8 (any string type).
QString asn1StringText(const ASN1_STRING *string);

} // namespace pca::crypto

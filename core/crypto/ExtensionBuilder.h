// X.509v3 extensions built from API structures and template definitions.
// Invalid API input (bad OIDs, IP addresses, base64, several GeneralName choices) throws
// InvalidArgsException with a message naming the problem.
#pragma once

#include "api/ApiTypes.h"
#include "crypto/OpenSsl.h"

#include <initializer_list>

namespace pca::crypto {

// KeyUsage bits as OpenSSL's KU_* flags.
int keyUsageFlags(const api::KeyUsage &usage);
bool anyKeyUsage(const api::KeyUsage &usage);

X509ExtensionPtr basicConstraintsExtension(bool ca, int pathLength, bool critical);
X509ExtensionPtr keyUsageExtension(int keyUsageFlags, bool critical);
X509ExtensionPtr extendedKeyUsageExtension(std::initializer_list<int> nids, bool critical);
X509ExtensionPtr extendedKeyUsageExtension(const QList<api::ExtendedKeyUsage> &usages);
X509ExtensionPtr subjectAltNameExtension(const QList<api::GeneralName> &names);
X509ExtensionPtr certificatePoliciesExtension(const QList<api::PolicyInformation> &policies);
X509ExtensionPtr customExtension(const api::CustomExtension &extension);
X509ExtensionPtr subjectInfoAccessExtension(const QList<api::AccessDescription> &descriptions);
X509ExtensionPtr subjectKeyIdentifierExtension(const QByteArray &keyIdentifier);
X509ExtensionPtr authorityKeyIdentifierExtension(const QByteArray &keyIdentifier);
X509ExtensionPtr crlDistributionPointsExtension(const QString &url);
// The IDP of a partition CRL (RFC 5280 5.2.5): critical, naming the URI that the certificates
// of the partition carry as their CRL distribution point.
X509ExtensionPtr issuingDistributionPointExtension(const QString &url);
X509ExtensionPtr ocspAuthorityInfoAccessExtension(const QString &url);

// RFC 5280 method 1: SHA-1 of the subjectPublicKey BIT STRING.
QByteArray keyIdentifierOf(EVP_PKEY *key);

GeneralNamePtr makeGeneralName(const api::GeneralName &name);

// The object identifier of the extended key usage type of the API.
const char *extendedKeyUsageOid(api::ExtendedKeyUsageType type);

} // namespace pca::crypto

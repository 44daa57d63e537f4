#include "crypto/ExtensionBuilder.h"

#include "crypto/StrictDer.h"
#include "crypto/X509Names.h"

#include <utility>

namespace pca::crypto {

namespace {

[[noreturn]] void invalid(const QString &message)
{
    clearOpenSslErrors();
    throw PcaError(errors::InvalidArgs, message);
}

template <typename T>
X509ExtensionPtr encode(int nid, bool critical, T *value, const char *what)
{
    X509ExtensionPtr extension(X509V3_EXT_i2d(nid, critical ? 1 : 0, value));
    if (!extension)
        throwOpenSsl(errors::InternalFailure,
                     QStringLiteral("encoding %1").arg(QString::fromLatin1(what)));
    return extension;
}

Asn1StringPtr ia5(const QString &text)
{
    Asn1StringPtr string(ASN1_IA5STRING_new());
    checkPtr(string.get(), "allocating a string");
    const QByteArray bytes = text.toUtf8();
    check(ASN1_STRING_set(string.get(), bytes.constData(), int(bytes.size())), "setting a string");
    return string;
}

Asn1StringPtr utf8(const QString &text)
{
    Asn1StringPtr string(ASN1_UTF8STRING_new());
    checkPtr(string.get(), "allocating a string");
    const QByteArray bytes = text.toUtf8();
    check(ASN1_STRING_set(string.get(), bytes.constData(), int(bytes.size())), "setting a string");
    return string;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Replaces an owned member of an OpenSSL structure with a value that is already built: the new
// value exists before the old one is freed, so no exception can leave the member dangling.
template <typename T, auto FreeFn>
void replaceMember(T *&member, OpenSslPtr<T, FreeFn> value)
{
    T *old = std::exchange(member, value.release());
    FreeFn(old);
}

GeneralNamePtr uriName(const QString &url)
{
    GeneralNamePtr name(GENERAL_NAME_new());
    checkPtr(name.get(), "allocating a general name");
    GENERAL_NAME_set0_value(name.get(), GEN_URI, ia5(url).release());
    return name;
}

} // namespace

int keyUsageFlags(const api::KeyUsage &u)
{
    int flags = 0;
    auto set = [&flags](const std::optional<bool> &bit, int flag) {
        if (bit.value_or(false))
            flags |= flag;
    };
    set(u.digitalSignature, KU_DIGITAL_SIGNATURE);
    set(u.nonRepudiation, KU_NON_REPUDIATION);
    set(u.keyEncipherment, KU_KEY_ENCIPHERMENT);
    set(u.dataEncipherment, KU_DATA_ENCIPHERMENT);
    set(u.keyAgreement, KU_KEY_AGREEMENT);
    set(u.keyCertSign, KU_KEY_CERT_SIGN);
    set(u.crlSign, KU_CRL_SIGN);
    set(u.encipherOnly, KU_ENCIPHER_ONLY);
    set(u.decipherOnly, KU_DECIPHER_ONLY);
    return flags;
}

bool anyKeyUsage(const api::KeyUsage &usage)
{
    return keyUsageFlags(usage) != 0;
}

X509ExtensionPtr basicConstraintsExtension(bool ca, int pathLength, bool critical)
{
    BasicConstraintsPtr bc(BASIC_CONSTRAINTS_new());
    checkPtr(bc.get(), "allocating basic constraints");
    bc->ca = ca ? 0xFF : 0;
    if (ca && pathLength >= 0) {
        bc->pathlen = ASN1_INTEGER_new();
        checkPtr(bc->pathlen, "allocating a path length");
        check(ASN1_INTEGER_set(bc->pathlen, pathLength), "setting a path length");
    }
    return encode(NID_basic_constraints, critical, bc.get(), "basic constraints");
}

X509ExtensionPtr keyUsageExtension(int flags, bool critical)
{
    BitStringPtr bits(ASN1_BIT_STRING_new());
    checkPtr(bits.get(), "allocating key usage");
    const int order[] = {KU_DIGITAL_SIGNATURE, KU_NON_REPUDIATION, KU_KEY_ENCIPHERMENT,
                         KU_DATA_ENCIPHERMENT, KU_KEY_AGREEMENT,   KU_KEY_CERT_SIGN,
                         KU_CRL_SIGN,          KU_ENCIPHER_ONLY,   KU_DECIPHER_ONLY};
    for (int bit = 0; bit < 9; ++bit) {
        if (flags & order[bit])
            check(ASN1_BIT_STRING_set_bit(bits.get(), bit, 1), "setting a key usage bit");
    }
    return encode(NID_key_usage, critical, bits.get(), "key usage");
}

const char *extendedKeyUsageOid(api::ExtendedKeyUsageType type)
{
    using T = api::ExtendedKeyUsageType;
    switch (type) {
    case T::SERVER_AUTH:
        return "1.3.6.1.5.5.7.3.1";
    case T::CLIENT_AUTH:
        return "1.3.6.1.5.5.7.3.2";
    case T::CODE_SIGNING:
        return "1.3.6.1.5.5.7.3.3";
    case T::EMAIL_PROTECTION:
        return "1.3.6.1.5.5.7.3.4";
    case T::TIME_STAMPING:
        return "1.3.6.1.5.5.7.3.8";
    case T::OCSP_SIGNING:
        return "1.3.6.1.5.5.7.3.9";
    case T::SMART_CARD_LOGIN:
        return "1.3.6.1.4.1.311.20.2.2";
    case T::DOCUMENT_SIGNING:
        return "1.3.6.1.5.5.7.3.36";
    case T::CERTIFICATE_TRANSPARENCY:
        return "1.3.6.1.4.1.11129.2.4.4";
    }
    return "";
}

X509ExtensionPtr extendedKeyUsageExtension(std::initializer_list<int> nids, bool critical)
{
    ExtendedKeyUsagePtr eku(sk_ASN1_OBJECT_new_null());
    checkPtr(eku.get(), "allocating extended key usage");
    for (int nid : nids) {
        Asn1ObjectPtr object(OBJ_nid2obj(nid));
        check(sk_ASN1_OBJECT_push(eku.get(), object.get()), "adding an extended key usage");
        object.release();
    }
    return encode(NID_ext_key_usage, critical, eku.get(), "extended key usage");
}

X509ExtensionPtr extendedKeyUsageExtension(const QList<api::ExtendedKeyUsage> &usages)
{
    ExtendedKeyUsagePtr eku(sk_ASN1_OBJECT_new_null());
    checkPtr(eku.get(), "allocating extended key usage");
    for (const auto &usage : usages) {
        const bool hasType = usage.extendedKeyUsageType.has_value();
        const bool hasOid = usage.extendedKeyUsageObjectIdentifier.has_value();
        if (hasType == hasOid) {
            invalid(QStringLiteral("Each ExtendedKeyUsage must specify exactly one of "
                                   "ExtendedKeyUsageType and ExtendedKeyUsageObjectIdentifier."));
        }
        const QString oid =
            hasType ? QString::fromLatin1(extendedKeyUsageOid(*usage.extendedKeyUsageType))
                    : *usage.extendedKeyUsageObjectIdentifier;
        Asn1ObjectPtr object = objectFromOid(oid, QStringLiteral("ExtendedKeyUsage"));
        check(sk_ASN1_OBJECT_push(eku.get(), object.get()), "adding an extended key usage");
        object.release();
    }
    return encode(NID_ext_key_usage, false, eku.get(), "extended key usage");
}

GeneralNamePtr makeGeneralName(const api::GeneralName &in)
{
    const int choices = int(in.otherName.has_value()) + int(in.rfc822Name.has_value()) +
                        int(in.dnsName.has_value()) + int(in.directoryName.has_value()) +
                        int(in.ediPartyName.has_value()) +
                        int(in.uniformResourceIdentifier.has_value()) +
                        int(in.ipAddress.has_value()) + int(in.registeredId.has_value());
    if (choices != 1) {
        invalid(QStringLiteral("A GeneralName must specify exactly one naming option (found %1).")
                    .arg(choices));
    }

    GeneralNamePtr name(GENERAL_NAME_new());
    checkPtr(name.get(), "allocating a general name");

    auto ascii = [](const QString &value, const char *what) {
        if (value.isEmpty() || !isAscii(value)) {
            invalid(QStringLiteral("%1 must be a non-empty ASCII string: %2")
                        .arg(QString::fromLatin1(what), value));
        }
        return ia5(value);
    };

    if (in.otherName) {
        Asn1ObjectPtr typeId =
            objectFromOid(in.otherName->typeId, QStringLiteral("OtherName.TypeId"));
        Asn1TypePtr value(ASN1_TYPE_new());
        checkPtr(value.get(), "allocating an other name value");
        ASN1_TYPE_set(value.get(), V_ASN1_UTF8STRING, utf8(in.otherName->value).release());
        OtherNamePtr other(OTHERNAME_new());
        checkPtr(other.get(), "allocating an other name");
        replaceMember(other->type_id, std::move(typeId));
        replaceMember(other->value, std::move(value));
        GENERAL_NAME_set0_value(name.get(), GEN_OTHERNAME, other.release());
    } else if (in.rfc822Name) {
        GENERAL_NAME_set0_value(name.get(), GEN_EMAIL,
                                ascii(*in.rfc822Name, "Rfc822Name").release());
    } else if (in.dnsName) {
        GENERAL_NAME_set0_value(name.get(), GEN_DNS, ascii(*in.dnsName, "DnsName").release());
    } else if (in.directoryName) {
        X509NamePtr dn = buildName(*in.directoryName);
        GENERAL_NAME_set0_value(name.get(), GEN_DIRNAME, dn.release());
    } else if (in.ediPartyName) {
        Asn1StringPtr partyName = utf8(in.ediPartyName->partyName);
        Asn1StringPtr nameAssigner;
        if (in.ediPartyName->nameAssigner)
            nameAssigner = utf8(*in.ediPartyName->nameAssigner);
        EdiPartyNamePtr edi(EDIPARTYNAME_new());
        checkPtr(edi.get(), "allocating an EDI party name");
        replaceMember(edi->partyName, std::move(partyName));
        if (nameAssigner)
            replaceMember(edi->nameAssigner, std::move(nameAssigner));
        GENERAL_NAME_set0_value(name.get(), GEN_EDIPARTY, edi.release());
    } else if (in.uniformResourceIdentifier) {
        GENERAL_NAME_set0_value(
            name.get(), GEN_URI,
            ascii(*in.uniformResourceIdentifier, "UniformResourceIdentifier").release());
    } else if (in.ipAddress) {
        Asn1OctetStringPtr ip(a2i_IPADDRESS(in.ipAddress->toLatin1().constData()));
        if (!ip || !isAscii(*in.ipAddress))
            invalid(
                QStringLiteral("IpAddress is not an IPv4 or IPv6 address: %1").arg(*in.ipAddress));
        GENERAL_NAME_set0_value(name.get(), GEN_IPADD, ip.release());
    } else if (in.registeredId) {
        Asn1ObjectPtr oid = objectFromOid(*in.registeredId, QStringLiteral("RegisteredId"));
        GENERAL_NAME_set0_value(name.get(), GEN_RID, oid.release());
    }
    return name;
}

X509ExtensionPtr subjectAltNameExtension(const QList<api::GeneralName> &names)
{
    GeneralNamesPtr list(sk_GENERAL_NAME_new_null());
    checkPtr(list.get(), "allocating general names");
    for (const auto &in : names) {
        GeneralNamePtr name = makeGeneralName(in);
        check(sk_GENERAL_NAME_push(list.get(), name.get()), "adding a general name");
        name.release();
    }
    return encode(NID_subject_alt_name, false, list.get(), "subject alternative names");
}

X509ExtensionPtr certificatePoliciesExtension(const QList<api::PolicyInformation> &policies)
{
    CertificatePoliciesPtr list(sk_POLICYINFO_new_null());
    checkPtr(list.get(), "allocating certificate policies");
    for (const auto &policy : policies) {
        Asn1ObjectPtr policyId = objectFromOid(policy.certPolicyId, QStringLiteral("CertPolicyId"));
        PolicyInfoPtr info(POLICYINFO_new());
        checkPtr(info.get(), "allocating a policy");
        replaceMember(info->policyid, std::move(policyId));
        if (policy.policyQualifiers) {
            info->qualifiers = sk_POLICYQUALINFO_new_null();
            checkPtr(info->qualifiers, "allocating policy qualifiers");
            for (const auto &qualifier : *policy.policyQualifiers) {
                if (!isAscii(qualifier.qualifier.cpsUri) || qualifier.qualifier.cpsUri.isEmpty())
                    invalid(QStringLiteral("CpsUri must be a non-empty ASCII URI."));
                Asn1StringPtr cpsUri = ia5(qualifier.qualifier.cpsUri);
                PolicyQualInfoPtr qual(POLICYQUALINFO_new());
                checkPtr(qual.get(), "allocating a policy qualifier");
                replaceMember(qual->pqualid, Asn1ObjectPtr(OBJ_nid2obj(NID_id_qt_cps)));
                qual->d.cpsuri = cpsUri.release();
                check(sk_POLICYQUALINFO_push(info->qualifiers, qual.get()),
                      "adding a policy qualifier");
                qual.release();
            }
        }
        check(sk_POLICYINFO_push(list.get(), info.get()), "adding a policy");
        info.release();
    }
    return encode(NID_certificate_policies, false, list.get(), "certificate policies");
}

X509ExtensionPtr customExtension(const api::CustomExtension &extension)
{
    const auto decoded = QByteArray::fromBase64Encoding(extension.value.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        invalid(QStringLiteral("The value of custom extension %1 is not valid base64.")
                    .arg(extension.objectIdentifier));
    if (const auto problem = der::strictDerProblem(decoded.decoded)) {
        invalid(QStringLiteral("The value of custom extension %1 is not one DER-encoded ASN.1 "
                               "value: %2.")
                    .arg(extension.objectIdentifier, *problem));
    }
    Asn1ObjectPtr object =
        objectFromOid(extension.objectIdentifier, QStringLiteral("CustomExtension"));
    Asn1OctetStringPtr value(ASN1_OCTET_STRING_new());
    checkPtr(value.get(), "allocating an extension value");
    check(ASN1_OCTET_STRING_set(
              value.get(), reinterpret_cast<const unsigned char *>(decoded.decoded.constData()),
              int(decoded.decoded.size())),
          "setting an extension value");
    X509ExtensionPtr out(X509_EXTENSION_create_by_OBJ(
        nullptr, object.get(), extension.critical.value_or(false) ? 1 : 0, value.get()));
    checkPtr(out.get(), "creating a custom extension");
    return out;
}

X509ExtensionPtr subjectInfoAccessExtension(const QList<api::AccessDescription> &descriptions)
{
    AuthorityInfoAccessPtr list(sk_ACCESS_DESCRIPTION_new_null());
    checkPtr(list.get(), "allocating subject information access");
    for (const auto &description : descriptions) {
        const bool hasType = description.accessMethod.accessMethodType.has_value();
        const bool hasOid = description.accessMethod.customObjectIdentifier.has_value();
        if (hasType == hasOid) {
            invalid(QStringLiteral("AccessMethod must specify exactly one of "
                                   "CustomObjectIdentifier and AccessMethodType."));
        }
        QString oid;
        if (hasType) {
            switch (*description.accessMethod.accessMethodType) {
            case api::AccessMethodType::CA_REPOSITORY:
                oid = QStringLiteral("1.3.6.1.5.5.7.48.5");
                break;
            case api::AccessMethodType::RESOURCE_PKI_MANIFEST:
                oid = QStringLiteral("1.3.6.1.5.5.7.48.10");
                break;
            case api::AccessMethodType::RESOURCE_PKI_NOTIFY:
                oid = QStringLiteral("1.3.6.1.5.5.7.48.13");
                break;
            }
        } else {
            oid = *description.accessMethod.customObjectIdentifier;
        }
        // Both parts are built (and may throw) before the description owns them.
        Asn1ObjectPtr method = objectFromOid(oid, QStringLiteral("AccessMethod"));
        GeneralNamePtr location = makeGeneralName(description.accessLocation);
        AccessDescriptionPtr ad(ACCESS_DESCRIPTION_new());
        checkPtr(ad.get(), "allocating an access description");
        replaceMember(ad->method, std::move(method));
        replaceMember(ad->location, std::move(location));
        check(sk_ACCESS_DESCRIPTION_push(list.get(), ad.get()), "adding an access description");
        ad.release();
    }
    return encode(NID_sinfo_access, false, list.get(), "subject information access");
}

QByteArray keyIdentifierOf(EVP_PKEY *key)
{
    X509_PUBKEY *pub = nullptr;
    check(X509_PUBKEY_set(&pub, key), "encoding a public key");
    OpenSslPtr<X509_PUBKEY, X509_PUBKEY_free> owner(pub);
    const unsigned char *bits = nullptr;
    int length = 0;
    check(X509_PUBKEY_get0_param(nullptr, &bits, &length, nullptr, pub), "reading a public key");
    return sha1(QByteArray(reinterpret_cast<const char *>(bits), length));
}

X509ExtensionPtr subjectKeyIdentifierExtension(const QByteArray &keyIdentifier)
{
    Asn1OctetStringPtr ski(ASN1_OCTET_STRING_new());
    checkPtr(ski.get(), "allocating a key identifier");
    check(ASN1_OCTET_STRING_set(ski.get(),
                                reinterpret_cast<const unsigned char *>(keyIdentifier.constData()),
                                int(keyIdentifier.size())),
          "setting a key identifier");
    return encode(NID_subject_key_identifier, false, ski.get(), "subject key identifier");
}

X509ExtensionPtr authorityKeyIdentifierExtension(const QByteArray &keyIdentifier)
{
    AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
    checkPtr(aki.get(), "allocating an authority key identifier");
    aki->keyid = ASN1_OCTET_STRING_new();
    checkPtr(aki->keyid, "allocating a key identifier");
    check(ASN1_OCTET_STRING_set(aki->keyid,
                                reinterpret_cast<const unsigned char *>(keyIdentifier.constData()),
                                int(keyIdentifier.size())),
          "setting a key identifier");
    return encode(NID_authority_key_identifier, false, aki.get(), "authority key identifier");
}

namespace {

// DistributionPointName ::= fullName [0] GeneralNames, here one URI.
DistPointNamePtr uriDistributionPointName(const QString &url)
{
    DistPointNamePtr name(DIST_POINT_NAME_new());
    checkPtr(name.get(), "allocating a distribution point name");
    name->type = 0; // fullName
    name->name.fullname = sk_GENERAL_NAME_new_null();
    checkPtr(name->name.fullname, "allocating a distribution point name");
    GeneralNamePtr uri = uriName(url);
    check(sk_GENERAL_NAME_push(name->name.fullname, uri.get()), "adding a distribution point URI");
    uri.release();
    return name;
}

} // namespace

X509ExtensionPtr crlDistributionPointsExtension(const QString &url)
{
    CrlDistPointsPtr points(sk_DIST_POINT_new_null());
    checkPtr(points.get(), "allocating distribution points");
    DistPointPtr point(DIST_POINT_new());
    checkPtr(point.get(), "allocating a distribution point");
    point->distpoint = uriDistributionPointName(url).release();
    check(sk_DIST_POINT_push(points.get(), point.get()), "adding a distribution point");
    point.release();
    return encode(NID_crl_distribution_points, false, points.get(), "CRL distribution points");
}

X509ExtensionPtr issuingDistributionPointExtension(const QString &url)
{
    IssuingDistPointPtr idp(ISSUING_DIST_POINT_new());
    checkPtr(idp.get(), "allocating an issuing distribution point");
    idp->distpoint = uriDistributionPointName(url).release();
    return encode(NID_issuing_distribution_point, true, idp.get(), "issuing distribution point");
}

X509ExtensionPtr ocspAuthorityInfoAccessExtension(const QString &url)
{
    AuthorityInfoAccessPtr list(sk_ACCESS_DESCRIPTION_new_null());
    checkPtr(list.get(), "allocating authority information access");
    GeneralNamePtr location = uriName(url);
    AccessDescriptionPtr ad(ACCESS_DESCRIPTION_new());
    checkPtr(ad.get(), "allocating an access description");
    replaceMember(ad->method, Asn1ObjectPtr(OBJ_nid2obj(NID_ad_OCSP)));
    replaceMember(ad->location, std::move(location));
    check(sk_ACCESS_DESCRIPTION_push(list.get(), ad.get()), "adding an access description");
    ad.release();
    return encode(NID_info_access, false, list.get(), "authority information access");
}

} // namespace pca::crypto

#include "crypto/CanonicalForms.h"

#include "crypto/Der.h"
#include "crypto/StrictDer.h"
#include "crypto/X509Names.h"

#include <openssl/asn1t.h>
#include <openssl/x509v3.h>

namespace pca::crypto {

namespace {

[[noreturn]] void refuse(const char *errorType, const QString &message)
{
    clearOpenSslErrors();
    throw PcaError(errorType, message);
}

QString nameOf(const ASN1_OBJECT *object)
{
    const int nid = OBJ_obj2nid(object);
    return nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : oidText(object);
}

QByteArray contentsOf(const ASN1_STRING *string)
{
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                      ASN1_STRING_length(string));
}

// The value of one name attribute: a string type with contents valid for its alphabet. (Other
// types, structured values among them, are refused: a CA names subjects with strings.)
void checkAttributeValue(const ASN1_STRING *value, const char *errorType, const QString &what)
{
    const int type = ASN1_STRING_type(value);
    QByteArray element;
    switch (type) {
    case V_ASN1_UTF8STRING:
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_T61STRING:
    case V_ASN1_BMPSTRING:
    case V_ASN1_UNIVERSALSTRING:
    case V_ASN1_NUMERICSTRING:
    case V_ASN1_VISIBLESTRING:
        element = der::header(false, ASN1_STRING_length(value), type) + contentsOf(value);
        break;
    default:
        refuse(errorType,
               QStringLiteral("%1 is not a string (ASN.1 type %2).").arg(what).arg(type));
    }
    if (const auto problem = der::strictDerProblem(element))
        refuse(errorType, QStringLiteral("%1 has no DER form: %2.").arg(what, *problem));
}

void checkGeneralNames(const GENERAL_NAMES *names, const char *errorType)
{
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        int type = 0;
        const void *value = GENERAL_NAME_get0_value(name, &type);
        if (type == GEN_DNS || type == GEN_EMAIL || type == GEN_URI) {
            const QByteArray text = contentsOf(static_cast<const ASN1_STRING *>(value));
            for (const char c : text) {
                if (static_cast<unsigned char>(c) >= 0x80) {
                    refuse(errorType, QStringLiteral("A subject alternative name (%1) is not an "
                                                     "ASCII (IA5) string.")
                                          .arg(QString::fromUtf8(text.left(128))));
                }
            }
        } else if (type == GEN_DIRNAME) {
            // Rebuilt so that its encoding is DER too; the re-encoded extension carries it.
            canonicalName(static_cast<const X509_NAME *>(value), errorType,
                          QStringLiteral("A directory name in a subject alternative name"));
        }
    }
}

} // namespace

X509NamePtr canonicalName(const X509_NAME *name, const char *errorType, const QString &what)
{
    X509NamePtr out(X509_NAME_new());
    checkPtr(out.get(), "allocating a name");
    int previousSet = -1;
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_STRING *value = X509_NAME_ENTRY_get_data(entry);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        checkAttributeValue(value, errorType,
                            QStringLiteral("%1: the attribute %2").arg(what, nameOf(object)));
        const int set = X509_NAME_ENTRY_set(entry);
        // A new RDN (0) unless this attribute belongs to the previous one (-1).
        if (X509_NAME_add_entry_by_OBJ(out.get(), object, ASN1_STRING_type(value),
                                       ASN1_STRING_get0_data(value), ASN1_STRING_length(value), -1,
                                       i > 0 && set == previousSet ? -1 : 0) != 1) {
            refuse(
                errorType,
                QStringLiteral("%1: the attribute %2 cannot be copied.").arg(what, nameOf(object)));
        }
        previousSet = set;
    }
    return out;
}

X509ExtensionPtr canonicalExtension(X509_EXTENSION *extension, const char *errorType)
{
    const ASN1_OBJECT *object = X509_EXTENSION_get_object(extension);
    const bool critical = X509_EXTENSION_get_critical(extension) > 0;
    const int nid = OBJ_obj2nid(object);
    const X509V3_EXT_METHOD *method = X509V3_EXT_get(extension);
    QByteArray value;
    if (method && method->it) {
        const ASN1_ITEM *item = ASN1_ITEM_ptr(method->it);
        void *decoded = X509V3_EXT_d2i(extension);
        if (!decoded) {
            refuse(errorType,
                   QStringLiteral("The extension %1 cannot be decoded.").arg(nameOf(object)));
        }
        const auto release = [item](void *p) {
            ASN1_item_free(static_cast<ASN1_VALUE *>(p), item);
        };
        std::unique_ptr<void, decltype(release)> owner(decoded, release);
        if (nid == NID_key_usage || nid == NID_netscape_cert_type) {
            // Forget the unused-bits count that was read: re-encoding then drops trailing
            // zero bits (X.690 11.2.2).
            auto *bits = static_cast<ASN1_BIT_STRING *>(decoded);
            bits->flags &= ~long(ASN1_STRING_FLAG_BITS_LEFT | 0x07);
        }
        if (nid == NID_subject_alt_name || nid == NID_issuer_alt_name)
            checkGeneralNames(static_cast<const GENERAL_NAMES *>(decoded), errorType);
        unsigned char *encoded = nullptr;
        const int length = ASN1_item_i2d(static_cast<ASN1_VALUE *>(decoded), &encoded, item);
        if (length <= 0)
            throwOpenSsl(errors::InternalFailure, QStringLiteral("re-encoding an extension"));
        value = QByteArray(reinterpret_cast<const char *>(encoded), length);
        OPENSSL_free(encoded);
    } else {
        value = contentsOf(X509_EXTENSION_get_data(extension));
    }
    if (const auto problem = der::strictDerProblem(value)) {
        refuse(errorType, QStringLiteral("The value of the extension %1 is not DER: %2.")
                              .arg(nameOf(object), *problem));
    }
    Asn1OctetStringPtr octets(ASN1_OCTET_STRING_new());
    checkPtr(octets.get(), "allocating an extension value");
    check(ASN1_OCTET_STRING_set(octets.get(), reinterpret_cast<const unsigned char *>(value.data()),
                                int(value.size())),
          "setting an extension value");
    X509ExtensionPtr out(
        X509_EXTENSION_create_by_OBJ(nullptr, object, critical ? 1 : 0, octets.get()));
    checkPtr(out.get(), "creating an extension");
    return out;
}

} // namespace pca::crypto

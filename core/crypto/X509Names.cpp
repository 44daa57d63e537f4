#include "crypto/X509Names.h"

#include <QStringList>

#include <openssl/objects.h>

#include <array>

namespace pca::crypto {

namespace {

struct StandardAttribute
{
    int nid;
    int stringType;
    std::optional<QString> api::Asn1Subject::*member;
};

constexpr int kUtf8 = V_ASN1_UTF8STRING;
constexpr int kPrintable = V_ASN1_PRINTABLESTRING;

const std::array<StandardAttribute, 14> &standardAttributes()
{
    static const std::array<StandardAttribute, 14> attributes = {{
        {NID_countryName, kPrintable, &api::Asn1Subject::country},
        {NID_organizationName, kUtf8, &api::Asn1Subject::organization},
        {NID_organizationalUnitName, kUtf8, &api::Asn1Subject::organizationalUnit},
        {NID_dnQualifier, kPrintable, &api::Asn1Subject::distinguishedNameQualifier},
        {NID_stateOrProvinceName, kUtf8, &api::Asn1Subject::state},
        {NID_commonName, kUtf8, &api::Asn1Subject::commonName},
        {NID_serialNumber, kPrintable, &api::Asn1Subject::serialNumber},
        {NID_localityName, kUtf8, &api::Asn1Subject::locality},
        {NID_title, kUtf8, &api::Asn1Subject::title},
        {NID_surname, kUtf8, &api::Asn1Subject::surname},
        {NID_givenName, kUtf8, &api::Asn1Subject::givenName},
        {NID_initials, kUtf8, &api::Asn1Subject::initials},
        {NID_pseudonym, kUtf8, &api::Asn1Subject::pseudonym},
        {NID_generationQualifier, kUtf8, &api::Asn1Subject::generationQualifier},
    }};
    return attributes;
}

bool hasValue(const std::optional<QString> &value)
{
    return value && !value->isEmpty();
}

void addEntry(X509_NAME *name, const ASN1_OBJECT *object, int type, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    check(X509_NAME_add_entry_by_OBJ(name, object, type,
                                     reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     int(bytes.size()), -1, 0),
          "adding a name attribute", errors::InvalidArgs);
}

} // namespace

bool isEmptySubject(const api::Asn1Subject &subject)
{
    for (const auto &attribute : standardAttributes()) {
        if (hasValue(subject.*attribute.member))
            return false;
    }
    if (subject.customAttributes) {
        for (const auto &custom : *subject.customAttributes) {
            if (!custom.value.isEmpty())
                return false;
        }
    }
    return true;
}

Asn1ObjectPtr objectFromOid(const QString &oid, const QString &what)
{
    Asn1ObjectPtr object(OBJ_txt2obj(oid.toLatin1().constData(), 1));
    if (!object) {
        clearOpenSslErrors();
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("%1 is not a valid object identifier: %2").arg(what, oid));
    }
    return object;
}

QString oidText(const ASN1_OBJECT *object)
{
    char buffer[128];
    const int length = OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    if (length <= 0)
        return QString();
    return QString::fromLatin1(buffer, qMin<qsizetype>(length, qsizetype(sizeof buffer) - 1));
}

QString asn1StringText(const ASN1_STRING *string)
{
    if (!string)
        return QString();
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    if (length < 0) {
        clearOpenSslErrors();
        return QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                                   ASN1_STRING_length(string));
    }
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return out;
}

X509NamePtr buildName(const api::Asn1Subject &subject)
{
    X509NamePtr name(X509_NAME_new());
    checkPtr(name.get(), "allocating a name");

    bool hasStandard = false;
    for (const auto &attribute : standardAttributes())
        hasStandard = hasStandard || hasValue(subject.*attribute.member);

    if (subject.customAttributes && !subject.customAttributes->isEmpty()) {
        if (hasStandard) {
            throw PcaError(errors::InvalidArgs,
                           QStringLiteral("Custom attributes cannot be used in combination with "
                                          "standard subject attributes."));
        }
        for (const auto &custom : *subject.customAttributes) {
            const Asn1ObjectPtr object =
                objectFromOid(custom.objectIdentifier, QStringLiteral("Custom attribute"));
            const int nid = OBJ_obj2nid(object.get());
            const int type =
                (nid == NID_countryName || nid == NID_dnQualifier || nid == NID_serialNumber)
                    ? kPrintable
                    : kUtf8;
            addEntry(name.get(), object.get(), type, custom.value);
        }
        return name;
    }

    for (const auto &attribute : standardAttributes()) {
        const auto &value = subject.*attribute.member;
        if (!hasValue(value))
            continue;
        addEntry(name.get(), OBJ_nid2obj(attribute.nid), attribute.stringType, *value);
    }
    return name;
}

api::Asn1Subject subjectFromName(const X509_NAME *name)
{
    api::Asn1Subject subject;
    QList<api::CustomAttribute> others;
    bool anyStandard = false;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        const QString value = asn1StringText(X509_NAME_ENTRY_get_data(entry));
        const int nid = OBJ_obj2nid(object);
        bool matched = false;
        for (const auto &attribute : standardAttributes()) {
            if (attribute.nid == nid && !(subject.*attribute.member)) {
                subject.*attribute.member = value;
                matched = true;
                anyStandard = true;
                break;
            }
        }
        if (!matched)
            others.append({oidText(object), value});
    }
    if (!anyStandard && !others.isEmpty())
        subject.customAttributes = others;
    return subject;
}

namespace {

QString escapeRfc4514(const QString &value)
{
    QString out;
    out.reserve(value.size() + 4);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special = c == QLatin1Char('"') || c == QLatin1Char('+') ||
                             c == QLatin1Char(',') || c == QLatin1Char(';') ||
                             c == QLatin1Char('<') || c == QLatin1Char('>') ||
                             c == QLatin1Char('\\');
        const bool leading = i == 0 && (c == QLatin1Char(' ') || c == QLatin1Char('#'));
        const bool trailing = i == value.size() - 1 && c == QLatin1Char(' ');
        if (special || leading || trailing)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString rfc4514Type(int nid)
{
    switch (nid) {
    case NID_commonName:
        return QStringLiteral("CN");
    case NID_localityName:
        return QStringLiteral("L");
    case NID_stateOrProvinceName:
        return QStringLiteral("ST");
    case NID_organizationName:
        return QStringLiteral("O");
    case NID_organizationalUnitName:
        return QStringLiteral("OU");
    case NID_countryName:
        return QStringLiteral("C");
    case NID_streetAddress:
        return QStringLiteral("STREET");
    case NID_domainComponent:
        return QStringLiteral("DC");
    case NID_userId:
        return QStringLiteral("UID");
    default:
        return QString();
    }
}

QString derHexOfValue(const ASN1_STRING *value)
{
    Asn1TypePtr type(ASN1_TYPE_new());
    if (!type)
        return QString();
    Asn1StringPtr copy(ASN1_STRING_dup(value));
    if (!copy)
        return QString();
    ASN1_TYPE_set(type.get(), ASN1_STRING_type(value), copy.release());
    const int length = i2d_ASN1_TYPE(type.get(), nullptr);
    if (length <= 0) {
        clearOpenSslErrors();
        return QString();
    }
    QByteArray der(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_ASN1_TYPE(type.get(), &p);
    return QString::fromLatin1(der.toHex());
}

} // namespace

QString rfc4514Name(const X509_NAME *name)
{
    QStringList rdns;
    const int count = X509_NAME_entry_count(name);
    for (int i = count - 1; i >= 0; --i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(entry);
        const QString type = rfc4514Type(OBJ_obj2nid(object));
        if (type.isEmpty())
            rdns << oidText(object) + QStringLiteral("=#") + derHexOfValue(data);
        else
            rdns << type + QLatin1Char('=') + escapeRfc4514(asn1StringText(data));
    }
    return rdns.join(QLatin1Char(','));
}

QString displayName(const X509_NAME *name)
{
    QStringList parts;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        const int nid = OBJ_obj2nid(object);
        const char *shortName = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
        const QString type = shortName ? QString::fromLatin1(shortName) : oidText(object);
        parts << type + QLatin1Char('=') + asn1StringText(X509_NAME_ENTRY_get_data(entry));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace pca::crypto

#include "crypto/StrictDer.h"

#include "crypto/OpenSsl.h"

#include <openssl/asn1t.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <vector>

namespace pca::crypto::der {

namespace {

constexpr int kMaxDepth = 64;

struct Element
{
    int tagClass = 0; // 0 universal, 1 application, 2 context-specific, 3 private
    bool constructed = false;
    quint32 tag = 0;
    qsizetype offset = 0; // of the identifier octet, from the start of the checked bytes
    QByteArrayView whole;
    QByteArrayView content;
    qsizetype contentOffset = 0;
};

QString at(qsizetype offset, const QString &what)
{
    return QStringLiteral("%1 at offset %2").arg(what).arg(offset);
}

// Reads one element from `in` (which starts at `base` in the checked bytes).
std::optional<QString> readElement(QByteArrayView in, qsizetype base, Element &out)
{
    if (in.isEmpty())
        return at(base, QStringLiteral("an element is missing"));
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const qsizetype size = in.size();
    qsizetype i = 0;
    out.offset = base;
    out.tagClass = p[0] >> 6;
    out.constructed = (p[0] & 0x20) != 0;
    out.tag = p[0] & 0x1f;
    ++i;
    if (out.tag == 0x1f) {
        // High-tag-number form: base 128, no leading 0x80 octet, and only for tags >= 31.
        quint32 tag = 0;
        bool first = true;
        while (true) {
            if (i >= size)
                return at(base, QStringLiteral("a tag is truncated"));
            const unsigned char c = p[i++];
            if (first && c == 0x80)
                return at(base, QStringLiteral("a tag number has a leading zero"));
            first = false;
            if (tag > (0xffffffffu >> 7))
                return at(base, QStringLiteral("a tag number is too large"));
            tag = (tag << 7) | (c & 0x7f);
            if (!(c & 0x80))
                break;
        }
        if (tag < 31)
            return at(base, QStringLiteral("a tag number below 31 uses the long form"));
        out.tag = tag;
    }
    if (i >= size)
        return at(base, QStringLiteral("a length is missing"));
    const unsigned char first = p[i++];
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else if (first == 0x80) {
        return at(base, QStringLiteral("an indefinite length is not DER"));
    } else {
        const int count = first & 0x7f;
        if (count > 4)
            return at(base, QStringLiteral("a length is too large"));
        if (size - i < count)
            return at(base, QStringLiteral("a length is truncated"));
        if (p[i] == 0)
            return at(base, QStringLiteral("a length has a leading zero octet"));
        for (int k = 0; k < count; ++k)
            length = (length << 8) | p[i + k];
        i += count;
        if (length < 0x80)
            return at(base, QStringLiteral("a length below 128 uses the long form"));
    }
    if (length > size - i)
        return at(base, QStringLiteral("an element is longer than its container"));
    out.contentOffset = base + i;
    out.content = in.sliced(i, length);
    out.whole = in.first(i + length);
    return std::nullopt;
}

bool isDigits(QByteArrayView text, qsizetype from, qsizetype count)
{
    for (qsizetype k = from; k < from + count; ++k) {
        if (text[k] < '0' || text[k] > '9')
            return false;
    }
    return true;
}

int twoDigits(QByteArrayView text, qsizetype from)
{
    return (text[from] - '0') * 10 + (text[from + 1] - '0');
}

// MMDDHHMMSS at `from`, with plausible ranges.
bool validDateTime(QByteArrayView text, qsizetype from)
{
    if (!isDigits(text, from, 10))
        return false;
    const int month = twoDigits(text, from);
    const int day = twoDigits(text, from + 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && twoDigits(text, from + 4) <= 23 &&
           twoDigits(text, from + 6) <= 59 && twoDigits(text, from + 8) <= 59;
}

bool validUtf8(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2, codePoint = lead & 0x1F, minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3, codePoint = lead & 0x0F, minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4, codePoint = lead & 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        if (size - i < length)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

bool printable(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::strchr(" '()+,-./:=?", c) != nullptr;
}

// The contents of a primitive universal element.
std::optional<QString> checkPrimitive(const Element &e)
{
    const QByteArrayView c = e.content;
    const auto *p = reinterpret_cast<const unsigned char *>(c.data());
    const qsizetype n = c.size();
    const auto problem = [&e](const char *what) { return at(e.offset, QString::fromLatin1(what)); };
    switch (e.tag) {
    case V_ASN1_BOOLEAN:
        if (n != 1 || (p[0] != 0x00 && p[0] != 0xFF))
            return problem("a BOOLEAN is not 00 or FF");
        break;
    case V_ASN1_INTEGER:
    case V_ASN1_ENUMERATED:
        if (n == 0)
            return problem("an INTEGER is empty");
        if (n > 1 && ((p[0] == 0x00 && p[1] < 0x80) || (p[0] == 0xFF && p[1] >= 0x80)))
            return problem("an INTEGER is not in its shortest form");
        break;
    case V_ASN1_BIT_STRING:
        if (n == 0 || p[0] > 7 || (n == 1 && p[0] != 0))
            return problem("a BIT STRING has an invalid unused-bits count");
        if (n > 1 && (p[n - 1] & ((1u << p[0]) - 1)) != 0)
            return problem("the unused bits of a BIT STRING are not zero");
        break;
    case V_ASN1_NULL:
        if (n != 0)
            return problem("a NULL has contents");
        break;
    case V_ASN1_OBJECT:
        if (n == 0 || (p[n - 1] & 0x80))
            return problem("an OBJECT IDENTIFIER is truncated");
        for (qsizetype k = 0; k < n; ++k) {
            if (p[k] == 0x80 && (k == 0 || !(p[k - 1] & 0x80)))
                return problem("an OBJECT IDENTIFIER arc has a leading zero");
        }
        break;
    case V_ASN1_UTCTIME:
        if (n != 13 || c[12] != 'Z' || !isDigits(c, 0, 2) || !validDateTime(c, 2))
            return problem("a UTCTime is not YYMMDDHHMMSSZ");
        break;
    case V_ASN1_GENERALIZEDTIME: {
        if (n < 15 || c[n - 1] != 'Z' || !isDigits(c, 0, 4) || !validDateTime(c, 4))
            return problem("a GeneralizedTime is not YYYYMMDDHHMMSS[.f]Z");
        if (n > 15) {
            // A fraction: '.', at least one digit, no trailing zero.
            if (c[14] != '.' || n < 17 || !isDigits(c, 15, n - 16) || c[n - 2] == '0')
                return problem("a GeneralizedTime fraction is not canonical");
        }
        break;
    }
    case V_ASN1_UTF8STRING:
        if (!validUtf8(c))
            return problem("a UTF8String is not valid UTF-8");
        break;
    case V_ASN1_PRINTABLESTRING:
        for (qsizetype k = 0; k < n; ++k) {
            if (!printable(p[k]))
                return problem("a PrintableString has a character outside its alphabet");
        }
        break;
    case V_ASN1_IA5STRING:
        for (qsizetype k = 0; k < n; ++k) {
            if (p[k] >= 0x80)
                return problem("an IA5String has a non-ASCII character");
        }
        break;
    case V_ASN1_NUMERICSTRING:
        for (qsizetype k = 0; k < n; ++k) {
            if ((p[k] < '0' || p[k] > '9') && p[k] != ' ')
                return problem("a NumericString has a character other than digits and space");
        }
        break;
    case V_ASN1_VISIBLESTRING:
        for (qsizetype k = 0; k < n; ++k) {
            if (p[k] < 0x20 || p[k] > 0x7E)
                return problem("a VisibleString has an invisible character");
        }
        break;
    case V_ASN1_BMPSTRING:
        if (n % 2)
            return problem("a BMPString has an odd length");
        break;
    case V_ASN1_UNIVERSALSTRING:
        if (n % 4)
            return problem("a UniversalString length is not a multiple of 4");
        break;
    default:
        break;
    }
    return std::nullopt;
}

// X.690 11.6: SET OF elements in ascending order of their encodings, the shorter padded with
// zero octets at its end.
bool inSetOrder(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = qMin(a.size(), b.size());
    const int cmp = std::memcmp(a.data(), b.data(), size_t(common));
    if (cmp != 0)
        return cmp < 0;
    const QByteArrayView rest = a.size() > b.size() ? a.sliced(common) : b.sliced(common);
    for (const char octet : rest) {
        if (octet != 0)
            return a.size() < b.size();
    }
    return true; // equal when padded
}

bool universalMustBePrimitive(quint32 tag)
{
    switch (tag) {
    case V_ASN1_BOOLEAN:
    case V_ASN1_INTEGER:
    case V_ASN1_BIT_STRING:
    case V_ASN1_OCTET_STRING:
    case V_ASN1_NULL:
    case V_ASN1_OBJECT:
    case V_ASN1_REAL:
    case V_ASN1_ENUMERATED:
    case V_ASN1_UTF8STRING:
    case 13: // RELATIVE-OID
    case V_ASN1_NUMERICSTRING:
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_T61STRING:
    case V_ASN1_VIDEOTEXSTRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_UTCTIME:
    case V_ASN1_GENERALIZEDTIME:
    case V_ASN1_GRAPHICSTRING:
    case V_ASN1_VISIBLESTRING:
    case V_ASN1_GENERALSTRING:
    case V_ASN1_UNIVERSALSTRING:
    case V_ASN1_BMPSTRING:
        return true;
    default:
        return false;
    }
}

std::optional<QString> checkElement(const Element &e, int depth);

// The elements of a constructed element's contents, each checked.
std::optional<QString> checkChildren(const Element &parent, int depth)
{
    QByteArrayView rest = parent.content;
    qsizetype offset = parent.contentOffset;
    QByteArrayView previous;
    const bool isSet = parent.tagClass == 0 && parent.tag == V_ASN1_SET;
    while (!rest.isEmpty()) {
        Element child;
        if (auto problem = readElement(rest, offset, child))
            return problem;
        if (auto problem = checkElement(child, depth + 1))
            return problem;
        if (isSet && !previous.isNull() && !inSetOrder(previous, child.whole))
            return at(child.offset, QStringLiteral("the elements of a SET are not in DER order"));
        previous = child.whole;
        rest = rest.sliced(child.whole.size());
        offset += child.whole.size();
    }
    return std::nullopt;
}

std::optional<QString> checkElement(const Element &e, int depth)
{
    if (depth > kMaxDepth)
        return at(e.offset, QStringLiteral("elements are nested too deeply"));
    if (e.tagClass == 0) {
        if (e.tag == 0)
            return at(e.offset, QStringLiteral("an end-of-contents marker is not DER"));
        if ((e.tag == V_ASN1_SEQUENCE || e.tag == V_ASN1_SET) && !e.constructed)
            return at(e.offset, QStringLiteral("a SEQUENCE or SET is primitive"));
        if (universalMustBePrimitive(e.tag)) {
            if (e.constructed)
                return at(e.offset, QStringLiteral("a string or simple type is constructed"));
            return checkPrimitive(e);
        }
    }
    if (e.constructed)
        return checkChildren(e, depth);
    return std::nullopt;
}

// One whole element in `bytes`, read (not checked).
std::optional<QString> readOnly(QByteArrayView bytes, qsizetype base, Element &out)
{
    if (auto problem = readElement(bytes, base, out))
        return problem;
    if (out.whole.size() != bytes.size())
        return at(base + out.whole.size(), QStringLiteral("data follows the element"));
    return std::nullopt;
}

// The children of a constructed element (read, not checked).
std::optional<QString> children(const Element &parent, std::vector<Element> &out)
{
    QByteArrayView rest = parent.content;
    qsizetype offset = parent.contentOffset;
    while (!rest.isEmpty()) {
        Element child;
        if (auto problem = readElement(rest, offset, child))
            return problem;
        out.push_back(child);
        rest = rest.sliced(child.whole.size());
        offset += child.whole.size();
    }
    return std::nullopt;
}

QString oidText(QByteArrayView der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    Asn1ObjectPtr object(d2i_ASN1_OBJECT(nullptr, &p, long(der.size())));
    if (!object) {
        clearOpenSslErrors();
        return QStringLiteral("(unreadable OID)");
    }
    char text[128];
    OBJ_obj2txt(text, sizeof text, object.get(), 1);
    return QString::fromLatin1(text);
}

// An extension OpenSSL knows must re-encode to the bytes it was read from.
std::optional<QString> checkKnownExtension(const Element &extension, const Element &value)
{
    const auto *p = reinterpret_cast<const unsigned char *>(extension.whole.data());
    X509ExtensionPtr parsed(d2i_X509_EXTENSION(nullptr, &p, long(extension.whole.size())));
    if (!parsed) {
        clearOpenSslErrors();
        return at(extension.offset, QStringLiteral("an extension cannot be decoded"));
    }
    const int nid = OBJ_obj2nid(X509_EXTENSION_get_object(parsed.get()));
    const X509V3_EXT_METHOD *method = X509V3_EXT_get(parsed.get());
    if (!method || !method->it)
        return std::nullopt;
    const ASN1_ITEM *item = ASN1_ITEM_ptr(method->it);
    const auto *q = reinterpret_cast<const unsigned char *>(value.content.data());
    ASN1_VALUE *decoded = ASN1_item_d2i(nullptr, &q, long(value.content.size()), item);
    if (!decoded) {
        clearOpenSslErrors();
        return at(value.offset, QStringLiteral("the value of extension %1 cannot be decoded")
                                    .arg(QString::fromLatin1(OBJ_nid2ln(nid))));
    }
    unsigned char *encoded = nullptr;
    const int length = ASN1_item_i2d(decoded, &encoded, item);
    ASN1_item_free(decoded, item);
    const bool same = length == value.content.size() &&
                      std::memcmp(encoded, value.content.data(), size_t(length)) == 0;
    OPENSSL_free(encoded);
    if (length < 0)
        clearOpenSslErrors();
    if (!same) {
        return at(value.offset, QStringLiteral("the value of extension %1 is not in its DER "
                                               "form (a DEFAULT value encoded?)")
                                    .arg(QString::fromLatin1(OBJ_nid2ln(nid))));
    }
    if (nid == NID_key_usage || nid == NID_netscape_cert_type) {
        // A named bit list: no trailing zero bits (X.690 11.2.2).
        const QByteArrayView bits = value.content.sliced(2);
        if (bits.size() > 1) {
            const auto unused = static_cast<unsigned char>(bits[0]);
            const auto last = static_cast<unsigned char>(bits[bits.size() - 1]);
            if (last == 0 || (last & (1u << unused)) == 0) {
                return at(value.offset,
                          QStringLiteral("the bit list of extension %1 has trailing zero bits")
                              .arg(QString::fromLatin1(OBJ_nid2ln(nid))));
            }
        }
    }
    return std::nullopt;
}

// Extension ::= SEQUENCE { extnID OBJECT IDENTIFIER, critical BOOLEAN DEFAULT FALSE,
//                          extnValue OCTET STRING }
std::optional<QString> checkExtension(const Element &extension)
{
    std::vector<Element> parts;
    if (auto problem = children(extension, parts))
        return problem;
    if (parts.size() < 2 || parts.size() > 3 || parts.front().tag != V_ASN1_OBJECT ||
        parts.back().tag != V_ASN1_OCTET_STRING)
        return at(extension.offset, QStringLiteral("an extension is malformed"));
    if (parts.size() == 3) {
        if (parts[1].tag != V_ASN1_BOOLEAN || parts[1].tagClass != 0)
            return at(extension.offset, QStringLiteral("an extension is malformed"));
        if (parts[1].content.size() == 1 && parts[1].content[0] == 0) {
            return at(parts[1].offset,
                      QStringLiteral("extension %1 encodes critical FALSE, its DEFAULT value")
                          .arg(oidText(parts[0].whole)));
        }
    }
    const Element &value = parts.back();
    Element inner;
    if (auto problem = readOnly(value.content, value.contentOffset, inner))
        return QStringLiteral("the value of extension %1 is not one DER element: %2")
            .arg(oidText(parts[0].whole), *problem);
    if (auto problem = checkElement(inner, 0))
        return QStringLiteral("the value of extension %1 is not DER: %2")
            .arg(oidText(parts[0].whole), *problem);
    return checkKnownExtension(extension, value);
}

// SubjectPublicKeyInfo: an RSA key's RSAPublicKey is DER too.
std::optional<QString> checkPublicKey(const Element &keyInfo)
{
    static const QByteArray rsaEncryption = QByteArray::fromHex("06092a864886f70d010101");
    std::vector<Element> parts;
    if (auto problem = children(keyInfo, parts))
        return problem;
    if (parts.size() != 2 || parts[1].tag != V_ASN1_BIT_STRING)
        return at(keyInfo.offset, QStringLiteral("the SubjectPublicKeyInfo is malformed"));
    std::vector<Element> algorithm;
    if (auto problem = children(parts[0], algorithm))
        return problem;
    if (algorithm.empty() || algorithm[0].whole != QByteArrayView(rsaEncryption))
        return std::nullopt;
    const Element &bits = parts[1];
    Element key;
    if (auto problem = readOnly(bits.content.sliced(1), bits.contentOffset + 1, key))
        return QStringLiteral("the RSA public key is not one DER element: %1").arg(*problem);
    return checkElement(key, 0);
}

} // namespace

std::optional<QString> strictDerProblem(QByteArrayView bytes)
{
    Element element;
    if (auto problem = readOnly(bytes, 0, element))
        return problem;
    return checkElement(element, 0);
}

std::optional<QString> publicKeyInfoProblem(QByteArrayView bytes)
{
    if (auto problem = strictDerProblem(bytes))
        return problem;
    Element keyInfo;
    readOnly(bytes, 0, keyInfo);
    return checkPublicKey(keyInfo);
}

std::optional<QString> certificateDerProblem(QByteArrayView bytes)
{
    if (auto problem = strictDerProblem(bytes))
        return problem;
    Element outer;
    readOnly(bytes, 0, outer);
    std::vector<Element> top;
    children(outer, top);
    if (top.empty())
        return QStringLiteral("the certificate is empty");
    // A Certificate starts with the TBSCertificate SEQUENCE; a TBSCertificate with its version
    // ([0]) or serial number (INTEGER).
    const bool whole = top[0].tagClass == 0 && top[0].tag == V_ASN1_SEQUENCE;
    std::vector<Element> fields;
    if (whole) {
        if (top.size() != 3)
            return QStringLiteral("a certificate must have three parts");
        children(top[0], fields);
    } else {
        fields = top;
    }
    std::size_t next = 0;
    if (next < fields.size() && fields[next].tagClass == 2 && fields[next].tag == 0) {
        // version [0] EXPLICIT Version DEFAULT v1: v1 must not be encoded.
        if (fields[next].content == QByteArrayView("\x02\x01\x00", 3))
            return at(fields[next].offset, QStringLiteral("the DEFAULT version v1 is encoded"));
        ++next;
    }
    // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
    if (fields.size() < next + 6)
        return QStringLiteral("the TBSCertificate is missing fields");
    if (auto problem = checkPublicKey(fields[next + 5]))
        return problem;
    for (std::size_t i = next + 6; i < fields.size(); ++i) {
        if (fields[i].tagClass != 2 || fields[i].tag != 3)
            continue;
        Element sequence;
        if (auto problem = readOnly(fields[i].content, fields[i].contentOffset, sequence))
            return problem;
        std::vector<Element> extensions;
        children(sequence, extensions);
        if (extensions.empty())
            return at(sequence.offset, QStringLiteral("the extensions are an empty SEQUENCE"));
        for (const Element &extension : extensions) {
            if (auto problem = checkExtension(extension))
                return problem;
        }
    }
    return std::nullopt;
}

} // namespace pca::crypto::der

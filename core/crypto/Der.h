// DER assembly for the builders that write certificates and CRLs directly instead of through
// OpenSSL's object model: element headers, encodings of OpenSSL objects, and RFC 5280 times.
#pragma once

#include "crypto/OpenSsl.h"

#include <QByteArrayView>

namespace pca::crypto::der {

// The identifier and length octets of an element whose contents are `length` octets long.
QByteArray header(bool constructed, qint64 length, int tag, int xclass = V_ASN1_UNIVERSAL);

// Appends a whole element: header, then `content`.
void appendElement(QByteArray &out, bool constructed, int tag, QByteArrayView content,
                   int xclass = V_ASN1_UNIVERSAL);

// Appends a SEQUENCE around `content`.
inline void appendSequence(QByteArray &out, QByteArrayView content)
{
    appendElement(out, true, V_ASN1_SEQUENCE, content);
}

// Appends the DER of an OpenSSL object through its i2d function.
template <typename T, typename Fn>
void append(QByteArray &out, T *object, Fn i2d, const char *context)
{
    const int length = i2d(object, nullptr);
    check(length, context);
    const qsizetype at = out.size();
    out.resize(at + length);
    auto *p = reinterpret_cast<unsigned char *>(out.data() + at);
    check(i2d(object, &p) == length ? 1 : 0, context);
}

// The DER of an OpenSSL object through its i2d function.
template <typename T, typename Fn>
QByteArray encode(T *object, Fn i2d, const char *context)
{
    QByteArray out;
    append(out, object, i2d, context);
    return out;
}

// Appends a positive INTEGER whose magnitude is `bigEndian` (leading zero octets are dropped,
// and a zero octet is added when the top bit is set).
void appendUnsignedInteger(QByteArray &out, QByteArrayView bigEndian);

// Appends a BIT STRING of whole octets (no unused bits): key bits, signatures.
inline void appendBitString(QByteArray &out, QByteArrayView octets)
{
    out += header(false, octets.size() + 1, V_ASN1_BIT_STRING);
    out += '\0'; // no unused bits
    out += octets;
}

// The text of an RFC 5280 Time for `seconds` since the epoch: "YYMMDDHHMMSSZ" (UTCTime) for
// 1950 through 2049, "YYYYMMDDHHMMSSZ" (GeneralizedTime) otherwise. Returns the length written
// to `text` and sets `tag` to V_ASN1_UTCTIME or V_ASN1_GENERALIZEDTIME; returns 0 for a time
// outside the years 0000-9999.
int timeText(qint64 seconds, char (&text)[16], int &tag);

// Appends the Time element for `seconds` since the epoch. Throws when it cannot be encoded.
void appendTime(QByteArray &out, qint64 seconds);

// Whole seconds of a millisecond time, rounded down (as certificates and CRLs carry it).
constexpr qint64 floorSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
}

} // namespace pca::crypto::der

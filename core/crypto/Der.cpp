#include "crypto/Der.h"

#include <ctime>
#include <limits>

namespace pca::crypto::der {

QByteArray header(bool constructed, qint64 length, int tag, int xclass)
{
    if (length < 0 || length > std::numeric_limits<int>::max() / 2)
        throw PcaError(errors::LimitExceeded, QStringLiteral("A DER element is too large."));
    const int contentLength = int(length);
    const int size = ASN1_object_size(constructed ? 1 : 0, contentLength, tag) - contentLength;
    QByteArray out(size, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    ASN1_put_object(&p, constructed ? 1 : 0, contentLength, tag, xclass);
    return out;
}

void appendElement(QByteArray &out, bool constructed, int tag, QByteArrayView content, int xclass)
{
    out += header(constructed, content.size(), tag, xclass);
    out.append(content.constData(), content.size());
}

void appendUnsignedInteger(QByteArray &out, QByteArrayView bigEndian)
{
    qsizetype start = 0;
    while (start < bigEndian.size() - 1 && bigEndian.at(start) == '\0')
        ++start;
    const QByteArrayView magnitude =
        bigEndian.isEmpty() ? QByteArrayView("\0", 1) : bigEndian.sliced(start);
    const bool pad = (static_cast<unsigned char>(magnitude.at(0)) & 0x80) != 0;
    out += header(false, magnitude.size() + (pad ? 1 : 0), V_ASN1_INTEGER);
    if (pad)
        out += '\0';
    out.append(magnitude.constData(), magnitude.size());
}

int timeText(qint64 seconds, char (&text)[16], int &tag)
{
    struct tm tm = {};
    const time_t t = time_t(seconds);
    if (!gmtime_r(&t, &tm))
        return 0;
    const qint64 year = qint64(tm.tm_year) + 1900;
    if (year < 0 || year > 9999)
        return 0;
    int n = 0;
    const auto two = [&](int v) {
        text[n++] = char('0' + v / 10);
        text[n++] = char('0' + v % 10);
    };
    const bool utc = year >= 1950 && year <= 2049;
    if (!utc)
        two(int(year / 100));
    two(int(year % 100));
    two(tm.tm_mon + 1);
    two(tm.tm_mday);
    two(tm.tm_hour);
    two(tm.tm_min);
    two(tm.tm_sec);
    text[n++] = 'Z';
    tag = utc ? V_ASN1_UTCTIME : V_ASN1_GENERALIZEDTIME;
    return n;
}

void appendTime(QByteArray &out, qint64 seconds)
{
    char text[16];
    int tag = 0;
    const int length = timeText(seconds, text, tag);
    if (length == 0) {
        throw PcaError(errors::InternalFailure,
                       QStringLiteral("The time %1 cannot be encoded.").arg(seconds));
    }
    appendElement(out, false, tag, QByteArrayView(text, length));
}

} // namespace pca::crypto::der

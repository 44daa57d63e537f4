#include "crypto/Pem.h"

#include "PcaError.h"

namespace pca::crypto {

namespace {

constexpr QByteArrayView kBegin = "-----BEGIN ";
constexpr QByteArrayView kEnd = "-----END ";
constexpr QByteArrayView kDashes = "-----";

[[noreturn]] void refuse(const char *errorType, int index, const QString &what)
{
    throw PcaError(errorType, QStringLiteral("PEM block %1 %2").arg(index).arg(what));
}

bool isBase64(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 7468 labels: printable ASCII other than '-', single inner spaces or hyphens.
bool validLabel(QByteArrayView label)
{
    if (label.isEmpty() || label.size() > 64)
        return false;
    for (const char c : label) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return label.front() != ' ' && label.back() != ' ' && label.front() != '-' &&
           label.back() != '-';
}

} // namespace

bool startsWithPem(const QByteArray &text)
{
    qsizetype i = 0;
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return QByteArrayView(text).sliced(i).startsWith(kBegin);
}

std::vector<PemBlock> readPemBlocks(const QByteArray &text, const char *errorType)
{
    std::vector<PemBlock> blocks;
    const QByteArrayView all(text);
    qsizetype position = 0;
    int index = 0;
    while (true) {
        const qsizetype begin = all.indexOf(kBegin, position);
        if (begin < 0)
            break;
        ++index;
        const qsizetype labelStart = begin + kBegin.size();
        const qsizetype labelEnd = all.indexOf(kDashes, labelStart);
        const qsizetype lineEnd = all.indexOf('\n', labelStart);
        if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd))
            refuse(errorType, index, QStringLiteral("has a malformed BEGIN line."));
        const QByteArrayView label = all.sliced(labelStart, labelEnd - labelStart);
        if (!validLabel(label))
            refuse(errorType, index, QStringLiteral("has an invalid label."));
        const qsizetype bodyStart = labelEnd + kDashes.size();
        const QByteArray endLine = kEnd.toByteArray() + label.toByteArray() + kDashes.toByteArray();
        const qsizetype end = all.indexOf(endLine, bodyStart);
        if (end < 0) {
            refuse(errorType, index,
                   QStringLiteral("(%1) is not terminated by its END line.")
                       .arg(QString::fromLatin1(label)));
        }
        const QByteArrayView body = all.sliced(bodyStart, end - bodyStart);
        if (body.contains(':')) {
            refuse(errorType, index,
                   QStringLiteral("(%1) has encapsulated headers such as Proc-Type or DEK-Info: "
                                  "encrypted or legacy PEM is not accepted; give the plain "
                                  "PEM or DER.")
                       .arg(QString::fromLatin1(label)));
        }
        if (body.contains(kDashes)) {
            refuse(errorType, index,
                   QStringLiteral("(%1) contains another PEM boundary before its END line.")
                       .arg(QString::fromLatin1(label)));
        }
        QByteArray base64;
        base64.reserve(body.size());
        for (const char c : body) {
            if (isSpace(c))
                continue;
            if (!isBase64(c)) {
                refuse(errorType, index,
                       QStringLiteral("(%1) contains a character that is not base64.")
                           .arg(QString::fromLatin1(label)));
            }
            base64 += c;
        }
        const auto decoded =
            QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty() || base64.size() % 4 != 0) {
            refuse(errorType, index,
                   QStringLiteral("(%1) is not valid base64.").arg(QString::fromLatin1(label)));
        }
        blocks.push_back(PemBlock{label.toByteArray(), decoded.decoded});
        position = end + endLine.size();
    }
    return blocks;
}

} // namespace pca::crypto

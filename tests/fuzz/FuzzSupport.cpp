#include "FuzzSupport.h"

#include <QCoreApplication>

namespace pca::fuzz {

QByteArray tlv(unsigned char tag, const QByteArray &content, bool longFormLength)
{
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 128 && !longFormLength) {
        out += char(n);
    } else {
        QByteArray length;
        for (qsizetype v = n; v > 0; v >>= 8)
            length.prepend(char(v & 0xff));
        if (length.isEmpty())
            length = QByteArray(1, '\0');
        out += char(0x80 | length.size());
        out += length;
    }
    return out + content;
}

void initializeQt(int *argc, char ***argv)
{
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv); // lives for the process
}

} // namespace pca::fuzz

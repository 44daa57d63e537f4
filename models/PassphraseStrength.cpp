#include "PassphraseStrength.h"

#include <QSet>

#include <cmath>

namespace pca::models {

PassphraseRating PassphraseStrength::rate(const QString &passphrase)
{
    PassphraseRating rating;
    if (passphrase.isEmpty()) {
        rating.label = tr("Empty");
        rating.hint = tr("Choose a passphrase: it encrypts every CA key.");
        return rating;
    }
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    int repeats = 0;
    int sequences = 0;
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        const QChar c = passphrase.at(i);
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
        if (i > 0 && c == passphrase.at(i - 1))
            ++repeats;
        if (i > 0 && c.unicode() == passphrase.at(i - 1).unicode() + 1)
            ++sequences;
    }
    int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    pool = qMax(pool, 10);
    // Characters that repeat or run in sequence add little.
    const double effective =
        qMax(1.0, double(passphrase.size()) - 0.75 * double(repeats + sequences));
    double bits = effective * std::log2(double(pool));
    // Few distinct characters cap the estimate.
    bits = qMin(bits, double(distinct.size()) * 6.0 + double(passphrase.size()));
    rating.bits = bits;
    if (bits < 28)
        rating.score = 0;
    else if (bits < 40)
        rating.score = 1;
    else if (bits < 60)
        rating.score = 2;
    else if (bits < 80)
        rating.score = 3;
    else
        rating.score = 4;
    static const char *const labels[] = {QT_TR_NOOP("Very weak"), QT_TR_NOOP("Weak"),
                                         QT_TR_NOOP("Fair"), QT_TR_NOOP("Good"),
                                         QT_TR_NOOP("Strong")};
    rating.label = tr(labels[rating.score]);
    if (rating.score < 3) {
        rating.hint = passphrase.size() < 12
                          ? tr("Use at least 12 characters; several unrelated words work well.")
                          : tr("Add more words or characters of other kinds.");
    }
    return rating;
}

} // namespace pca::models

// A quick estimate of how hard a passphrase is to guess, for the hint under the passphrase
// field of the welcome flow. Rough on purpose: length and variety, minus obvious patterns.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pca::models {

struct PassphraseRating
{
    int score = 0;   // 0 (very weak) … 4 (strong)
    double bits = 0; // estimated entropy
    QString label;   // "Weak", "Strong", …
    QString hint;    // how to make it better (empty when strong)
};

class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    static PassphraseRating rate(const QString &passphrase);
};

} // namespace pca::models

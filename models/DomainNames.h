// The names of a certificate request checked as ACM checks them (RequestCertificate's
// DomainName pattern and length, at most 100 names in all), with problems in words.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pca::models {

class DomainNames
{
    Q_DECLARE_TR_FUNCTIONS(DomainNames)

public:
    // At most this many names in a certificate, the domain name included.
    static constexpr int kMaxNames = 100;

    // Why `name` is not a domain name ACM accepts (empty when it is).
    static QString problem(const QString &name);
    // The additional names of `text` (one per line, or separated by commas or spaces), without
    // duplicates and without `domainName`; `problem` gets the first problem.
    static QStringList additionalNames(const QString &text, const QString &domainName,
                                       QString *problem);
};

} // namespace pca::models

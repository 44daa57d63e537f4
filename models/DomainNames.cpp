#include "DomainNames.h"

#include "api/AcmTypes.h"
#include "api/ApiValidation.h"

#include <QRegularExpression>

namespace pca::models {

QString DomainNames::problem(const QString &name)
{
    using api::acm::rules::domainName;
    if (name.isEmpty())
        return tr("Enter a domain name, e.g. www.example.com.");
    if (name.size() > qsizetype(domainName.max))
        return tr("A domain name can have at most %1 characters.").arg(domainName.max);
    if (!api::detail::matchesPattern(domainName.pattern, name))
        return tr("%1 is not a domain name: use labels of letters, digits and hyphens separated "
                  "by dots, e.g. www.example.com, optionally starting with *. for a wildcard.")
            .arg(name);
    return QString();
}

QStringList DomainNames::additionalNames(const QString &text, const QString &domainName,
                                         QString *problem)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList names;
    for (const QString &name : text.split(separators, Qt::SkipEmptyParts)) {
        const QString issue = DomainNames::problem(name);
        if (!issue.isEmpty()) {
            *problem = issue;
            return {};
        }
        if (name.compare(domainName, Qt::CaseInsensitive) != 0 &&
            !names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    if (names.size() + 1 > kMaxNames) {
        *problem =
            tr("A certificate can have at most %1 names, the domain name included.").arg(kMaxNames);
        return {};
    }
    return names;
}

} // namespace pca::models

#include "api/ApiValidation.h"

#include <QRegularExpression>

#include <unordered_map>

namespace pca::api::detail {

bool matchesPattern(const char *pattern, const QString &value)
{
    // Patterns are few and static; each thread keeps its own compiled copies.
    thread_local std::unordered_map<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        QRegularExpression re(QStringLiteral("\\A(?:%1)\\z").arg(QString::fromUtf8(pattern)),
                              QRegularExpression::UseUnicodePropertiesOption);
        Q_ASSERT(re.isValid());
        it = cache.emplace(pattern, std::move(re)).first;
    }
    return it->second.match(value).hasMatch();
}

qsizetype codePointLength(const QString &value)
{
    qsizetype length = value.size();
    for (const QChar c : value) {
        if (c.isLowSurrogate())
            --length;
    }
    return length;
}

QString shortValue(const QString &value)
{
    constexpr qsizetype limit = 120;
    return value.size() <= limit ? value : value.left(limit) + QStringLiteral("...");
}

void ConstraintValidator::add(const QString &shown, const QString &path, const QString &constraint,
                              const Rule &rule)
{
    m_out.append({QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: %3")
                      .arg(shortValue(shown), path, constraint),
                  rule.exception});
}

void ConstraintValidator::checkLength(const QString &shown, qint64 length, const Rule &rule,
                                      const QString &path)
{
    if (length < rule.min) {
        add(shown, path,
            QStringLiteral("Member must have length greater than or equal to %1").arg(rule.min),
            rule);
    }
    if (length > rule.max) {
        add(shown, path,
            QStringLiteral("Member must have length less than or equal to %1").arg(rule.max), rule);
    }
}

void ConstraintValidator::checkRange(qint64 value, const Rule &rule, const QString &path)
{
    if (value < rule.min) {
        add(QString::number(value), path,
            QStringLiteral("Member must have value greater than or equal to %1").arg(rule.min),
            rule);
    }
    if (value > rule.max) {
        add(QString::number(value), path,
            QStringLiteral("Member must have value less than or equal to %1").arg(rule.max), rule);
    }
}

void ConstraintValidator::check(const QString &value, const Rule &rule, const QString &path)
{
    checkLength(value, codePointLength(value), rule, path);
    if (rule.pattern && !matchesPattern(rule.pattern, value)) {
        add(value, path,
            QStringLiteral("Member must satisfy regular expression pattern: %1")
                .arg(QString::fromUtf8(rule.pattern)),
            rule);
    }
}

void ConstraintValidator::check(const QByteArray &value, const Rule &rule, const QString &path)
{
    checkLength(QStringLiteral("<%1 bytes>").arg(value.size()), value.size(), rule, path);
}

void throwViolations(const QList<Violation> &violations)
{
    for (const Violation &v : violations) {
        if (v.exception)
            throw PcaError(v.exception, v.message);
    }
    QStringList messages;
    for (const Violation &v : violations)
        messages << v.message;
    throw PcaError(errors::Validation,
                   QStringLiteral("%1 validation error%2 detected: %3")
                       .arg(messages.size())
                       .arg(messages.size() == 1 ? QString() : QStringLiteral("s"))
                       .arg(messages.join(QStringLiteral("; "))));
}

} // namespace pca::api::detail

// Checks a shape against the constraints of the API model (lengths, patterns, ranges, list
// sizes), recursively. Violations are reported in the wording AWS services use; where the API
// has a dedicated exception for a member (ARNs, tags, policies, tokens) that one is thrown.
#pragma once

#include "PcaError.h"
#include "api/ApiJson.h"

#include <QList>

namespace pca::api {

namespace detail {

struct Violation
{
    QString message;
    const char *exception = nullptr;
};

bool matchesPattern(const char *pattern, const QString &value);
qsizetype codePointLength(const QString &value);
QString shortValue(const QString &value);

class ConstraintValidator
{
public:
    ConstraintValidator(QString path, QList<Violation> &out)
        : m_path(std::move(path))
        , m_out(out)
    {}

    template <typename T>
    void operator()(const char *name, const T &member, const Rule &rule)
    {
        const QString path = memberPath(m_path, name);
        if constexpr (IsOptional<T>::value) {
            if (member)
                check(*member, rule, path);
        } else {
            check(member, rule, path);
        }
    }

    void check(const QString &value, const Rule &rule, const QString &path);
    void check(const QByteArray &value, const Rule &rule, const QString &path);
    void check(int value, const Rule &rule, const QString &path) { checkRange(value, rule, path); }
    void check(qint64 value, const Rule &rule, const QString &path)
    {
        checkRange(value, rule, path);
    }
    void check(bool, const Rule &, const QString &) {}
    void check(const QDateTime &, const Rule &, const QString &) {}

    template <ApiEnum E>
    void check(E, const Rule &, const QString &)
    {}

    template <typename T>
    void check(const QList<T> &list, const Rule &rule, const QString &path)
    {
        checkLength(QStringLiteral("[%1 items]").arg(list.size()), list.size(), rule, path);
        for (qsizetype i = 0; i < list.size(); ++i)
            check(list.at(i), rule.element ? *rule.element : Rule{},
                  QStringLiteral("%1.%2.member").arg(path).arg(i + 1));
    }

    template <typename T>
    requires(!ApiEnum<T> && !IsList<T>::value) void check(const T &shape, const Rule &,
                                                          const QString &path)
    {
        ConstraintValidator nested(path, m_out);
        T::fields(shape, nested);
    }

private:
    void checkLength(const QString &shown, qint64 length, const Rule &rule, const QString &path);
    void checkRange(qint64 value, const Rule &rule, const QString &path);
    void add(const QString &shown, const QString &path, const QString &constraint,
             const Rule &rule);

    QString m_path;
    QList<Violation> &m_out;
};

[[noreturn]] void throwViolations(const QList<Violation> &violations);

} // namespace detail

// Throws the first dedicated exception among the violations, else a ValidationException that
// lists them all. Does nothing when the shape satisfies every constraint.
template <typename T>
void validateShape(const T &shape)
{
    QList<detail::Violation> violations;
    detail::ConstraintValidator validator(QString(), violations);
    T::fields(shape, validator);
    if (!violations.isEmpty())
        detail::throwViolations(violations);
}

} // namespace pca::api

// Helpers of the store's implementation files (SqlStore.cpp and one file per aggregate): errors,
// binding values and reading rows with prepared statements. Internal to core/store.
#pragma once

#include "PcaError.h"
#include "api/Enums.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace pca::store::sql {

[[noreturn]] inline void storeError(const QString &context, const QSqlError &error)
{
    throw PcaError(errors::StoreError,
                   QStringLiteral("%1: %2").arg(context, error.text().trimmed()));
}

inline void execOrThrow(QSqlQuery &query, const char *context)
{
    if (!query.exec())
        storeError(QString::fromLatin1(context), query.lastError());
}

// Empty strings bind as '' (a null QString would bind as SQL NULL).
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(value);
}

// Runs a prepared SELECT with `values` bound in order and returns its first row, read by
// `read(query)`, or nothing.
template <typename Read>
auto selectOne(QSqlQuery &q, std::initializer_list<QVariant> values, const char *context,
               Read &&read) -> std::optional<std::decay_t<decltype(read(q))>>
{
    for (const QVariant &value : values)
        q.addBindValue(value);
    execOrThrow(q, context);
    std::optional<std::decay_t<decltype(read(q))>> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

// The same for every row.
template <typename Read>
auto selectAll(QSqlQuery &q, std::initializer_list<QVariant> values, const char *context,
               Read &&read) -> QList<std::decay_t<decltype(read(q))>>
{
    for (const QVariant &value : values)
        q.addBindValue(value);
    execOrThrow(q, context);
    QList<std::decay_t<decltype(read(q))>> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

inline QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant optionalText(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

inline std::optional<qint64> readOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

template <api::ApiEnum E>
E readEnum(const QVariant &value, E fallback)
{
    return api::enumFromString<E>(value.toString()).value_or(fallback);
}

template <api::ApiEnum E>
std::optional<E> readOptionalEnum(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return api::enumFromString<E>(value.toString());
}

} // namespace pca::store::sql

// Generic JSON conversion of the API shapes (AWS JSON 1.1 conventions): members by their wire
// names, absent optionals omitted, timestamps as epoch seconds, blobs as base64.
//
// Reading reports every missing required member and every wrongly typed value as a
// ValidationException naming the member path, in the wording AWS services use.
#pragma once

#include "PcaError.h"
#include "api/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <type_traits>

namespace pca::api {

namespace detail {

template <typename T>
struct IsOptional : std::false_type
{};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type
{};
template <typename T>
struct IsList : std::false_type
{};
template <typename T>
struct IsList<QList<T>> : std::true_type
{};

// Path element names in validation messages use the lower-camel-case member name.
inline QString memberPath(const QString &parent, const char *name)
{
    QString member = QString::fromLatin1(name);
    if (!member.isEmpty())
        member[0] = member[0].toLower();
    return parent.isEmpty() ? member : parent + QLatin1Char('.') + member;
}

QString describeJsonValue(const QJsonValue &value);

class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, QStringList &errors)
        : m_object(object)
        , m_path(std::move(path))
        , m_errors(errors)
    {}

    template <typename T>
    void operator()(const char *name, T &member, const Rule &)
    {
        const QString path = memberPath(m_path, name);
        const QJsonValue value = m_object.value(QLatin1StringView(name));
        if constexpr (IsOptional<T>::value) {
            if (value.isUndefined() || value.isNull()) {
                member.reset();
                return;
            }
            typename T::value_type inner{};
            if (read(value, inner, path))
                member = std::move(inner);
        } else {
            if (value.isUndefined() || value.isNull()) {
                m_errors << QStringLiteral("Value null at '%1' failed to satisfy constraint: "
                                           "Member must not be null")
                                .arg(path);
                return;
            }
            read(value, member, path);
        }
    }

    bool read(const QJsonValue &value, QString &out, const QString &path);
    bool read(const QJsonValue &value, bool &out, const QString &path);
    bool read(const QJsonValue &value, int &out, const QString &path);
    bool read(const QJsonValue &value, qint64 &out, const QString &path);
    bool read(const QJsonValue &value, QDateTime &out, const QString &path);
    bool read(const QJsonValue &value, QByteArray &out, const QString &path);

    template <ApiEnum E>
    bool read(const QJsonValue &value, E &out, const QString &path)
    {
        if (!value.isString())
            return typeError(value, path, "string");
        const auto parsed = enumFromString<E>(value.toString());
        if (!parsed) {
            m_errors << QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: Member "
                                       "must satisfy enum value set: [%3]")
                            .arg(value.toString(), path, enumNames<E>().join(QStringLiteral(", ")));
            return false;
        }
        out = *parsed;
        return true;
    }

    template <typename T>
    bool read(const QJsonValue &value, QList<T> &out, const QString &path)
    {
        if (!value.isArray())
            return typeError(value, path, "list");
        const QJsonArray array = value.toArray();
        out.clear();
        out.reserve(array.size());
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            T element{};
            const QString elementPath = QStringLiteral("%1.%2.member").arg(path).arg(i + 1);
            if (array.at(i).isNull()) {
                m_errors << QStringLiteral("Value null at '%1' failed to satisfy constraint: "
                                           "Member must not be null")
                                .arg(elementPath);
                ok = false;
                continue;
            }
            if (read(array.at(i), element, elementPath))
                out.append(std::move(element));
            else
                ok = false;
        }
        return ok;
    }

    template <typename T>
    requires(!ApiEnum<T> && !IsList<T>::value) bool read(const QJsonValue &value, T &out,
                                                         const QString &path)
    {
        if (!value.isObject())
            return typeError(value, path, "structure");
        const qsizetype before = m_errors.size();
        JsonReader nested(value.toObject(), path, m_errors);
        T::fields(out, nested);
        return m_errors.size() == before;
    }

private:
    bool typeError(const QJsonValue &value, const QString &path, const char *expected);

    QJsonObject m_object; // by value: callers pass temporaries (implicitly shared, cheap)
    QString m_path;
    QStringList &m_errors;
};

class JsonWriter
{
public:
    explicit JsonWriter(QJsonObject &object)
        : m_object(object)
    {}

    template <typename T>
    void operator()(const char *name, const T &member, const Rule &)
    {
        if constexpr (IsOptional<T>::value) {
            if (member)
                m_object.insert(QLatin1StringView(name), write(*member));
        } else {
            m_object.insert(QLatin1StringView(name), write(member));
        }
    }

    static QJsonValue write(const QString &v) { return v; }
    static QJsonValue write(bool v) { return v; }
    static QJsonValue write(int v) { return v; }
    static QJsonValue write(qint64 v) { return double(v); }
    static QJsonValue write(const QDateTime &v) { return double(v.toMSecsSinceEpoch()) / 1000.0; }
    static QJsonValue write(const QByteArray &v) { return QString::fromLatin1(v.toBase64()); }

    template <ApiEnum E>
    static QJsonValue write(E v)
    {
        return enumName(v);
    }

    template <typename T>
    static QJsonValue write(const QList<T> &list)
    {
        QJsonArray array;
        for (const T &element : list)
            array.append(write(element));
        return array;
    }

    template <typename T>
    requires(!ApiEnum<T> && !IsList<T>::value) static QJsonValue write(const T &shape)
    {
        QJsonObject object;
        JsonWriter writer(object);
        T::fields(shape, writer);
        return object;
    }

private:
    QJsonObject &m_object;
};

} // namespace detail

// Reads a shape from a JSON object; throws ValidationException listing every problem.
template <typename T>
T fromJson(const QJsonObject &object)
{
    T out{};
    QStringList errors;
    detail::JsonReader reader(object, QString(), errors);
    T::fields(out, reader);
    if (!errors.isEmpty()) {
        throw PcaError(errors::Validation,
                       QStringLiteral("%1 validation error%2 detected: %3")
                           .arg(errors.size())
                           .arg(errors.size() == 1 ? QString() : QStringLiteral("s"))
                           .arg(errors.join(QStringLiteral("; "))));
    }
    return out;
}

template <typename T>
QJsonObject toJson(const T &shape)
{
    QJsonObject object;
    detail::JsonWriter writer(object);
    T::fields(shape, writer);
    return object;
}

} // namespace pca::api

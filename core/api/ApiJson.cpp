#include "api/ApiJson.h"

#include <QJsonDocument>

namespace pca::api::detail {

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("[...]");
    case QJsonValue::Object:
        return QStringLiteral("{...}");
    default:
        return QStringLiteral("null");
    }
}

bool JsonReader::typeError(const QJsonValue &value, const QString &path, const char *expected)
{
    m_errors << QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: Member must be "
                               "a %3")
                    .arg(describeJsonValue(value), path, QLatin1StringView(expected));
    return false;
}

bool JsonReader::read(const QJsonValue &value, QString &out, const QString &path)
{
    if (!value.isString())
        return typeError(value, path, "string");
    out = value.toString();
    return true;
}

bool JsonReader::read(const QJsonValue &value, bool &out, const QString &path)
{
    if (!value.isBool())
        return typeError(value, path, "boolean");
    out = value.toBool();
    return true;
}

namespace {
bool integral(const QJsonValue &value, double lo, double hi, qint64 &out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < lo || d > hi)
        return false;
    out = static_cast<qint64>(d);
    return true;
}
} // namespace

bool JsonReader::read(const QJsonValue &value, int &out, const QString &path)
{
    qint64 v = 0;
    if (!integral(value, -2147483648.0, 2147483647.0, v))
        return typeError(value, path, "32-bit integer");
    out = static_cast<int>(v);
    return true;
}

bool JsonReader::read(const QJsonValue &value, qint64 &out, const QString &path)
{
    // JSON numbers are doubles: integers are exact up to 2^53.
    if (!integral(value, -9007199254740992.0, 9007199254740992.0, out))
        return typeError(value, path, "64-bit integer");
    return true;
}

bool JsonReader::read(const QJsonValue &value, QDateTime &out, const QString &path)
{
    if (value.isDouble() && std::isfinite(value.toDouble())) {
        out = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(value.toDouble() * 1000.0)),
                                             Qt::UTC);
        return true;
    }
    if (value.isString()) {
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (parsed.isValid()) {
            out = parsed.toUTC();
            return true;
        }
    }
    return typeError(value, path, "timestamp");
}

bool JsonReader::read(const QJsonValue &value, QByteArray &out, const QString &path)
{
    if (!value.isString())
        return typeError(value, path, "base64-encoded blob");
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return typeError(value, path, "base64-encoded blob");
    out = decoded.decoded;
    return true;
}

} // namespace pca::api::detail

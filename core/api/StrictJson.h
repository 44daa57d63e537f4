// JSON text from outside (API request bodies, resource policies) read strictly by RFC 8259:
// Qt's reader is lenient (it takes raw control characters inside strings, "1." and escapes
// such as "\x41"), and a request that one reader rejects and another accepts is a request whose
// meaning depends on who reads it. Everything is checked here first, then handed to Qt.
//
// Refused: anything outside the grammar (trailing text, a missing value, bare words), control
// characters U+0000-U+001F inside strings, escapes other than \" \\ \/ \b \f \n \r \t \uXXXX,
// lone UTF-16 surrogates, malformed or overlong UTF-8 and encoded surrogates, numbers outside
// the JSON number grammar, duplicate member names in one object, and nesting deeper than
// kMaxJsonDepth.
#pragma once

#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace pca::api {

inline constexpr int kMaxJsonDepth = 64;

struct JsonSyntaxError
{
    qsizetype offset = 0;
    QString message;
};

// The first violation of the strict grammar in `text` (a whole JSON text), or nothing.
std::optional<JsonSyntaxError> checkStrictJson(QByteArrayView text);

// Parses a JSON text that must be an object. Throws PcaError(`errorType`) with a message
// naming the offset and the violation when the text is not strict JSON or not an object.
QJsonObject parseStrictJsonObject(QByteArrayView text, const char *errorType, const QString &what);

} // namespace pca::api

#include "api/StrictJson.h"

#include "PcaError.h"

#include <QJsonObject>

#include <vector>

namespace pca::api {

namespace {

class StrictJsonChecker
{
public:
    explicit StrictJsonChecker(QByteArrayView text)
        : m_text(text)
    {}

    std::optional<JsonSyntaxError> run()
    {
        skipWhitespace();
        if (!value(0))
            return m_error;
        skipWhitespace();
        if (m_pos != m_text.size())
            return fail("unexpected text after the JSON value");
        return std::nullopt;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    unsigned char peek() const { return static_cast<unsigned char>(m_text[m_pos]); }

    bool failed(const char *message)
    {
        m_error = JsonSyntaxError{m_pos, QString::fromLatin1(message)};
        return false;
    }
    std::optional<JsonSyntaxError> fail(const char *message)
    {
        failed(message);
        return m_error;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const unsigned char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        const QByteArrayView expected(word);
        if (m_text.size() - m_pos < expected.size() ||
            m_text.sliced(m_pos, expected.size()) != expected)
            return failed("invalid literal (expected true, false or null)");
        m_pos += expected.size();
        return true;
    }

    bool value(int depth)
    {
        if (atEnd())
            return failed("a value is missing");
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        if (depth > kMaxJsonDepth)
            return failed("the JSON text is nested too deeply");
        ++m_pos; // '{'
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return true;
        }
        std::vector<QString> names;
        while (true) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return failed("a member name (a string) is expected");
            const qsizetype nameAt = m_pos;
            QString name;
            if (!string(&name))
                return false;
            for (const QString &seen : names) {
                if (seen == name) {
                    m_pos = nameAt;
                    return failed("a member name appears twice in one object");
                }
            }
            names.push_back(std::move(name));
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return failed("':' is expected after a member name");
            ++m_pos;
            skipWhitespace();
            if (!value(depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return failed("the object is not terminated");
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return failed("',' or '}' is expected");
        }
    }

    bool array(int depth)
    {
        if (depth > kMaxJsonDepth)
            return failed("the JSON text is nested too deeply");
        ++m_pos; // '['
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (!value(depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return failed("the array is not terminated");
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return failed("',' or ']' is expected");
        }
    }

    static bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }

    bool digits()
    {
        if (atEnd() || !isDigit(peek()))
            return false;
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
        return true;
    }

    // number = [ "-" ] ( "0" / 1-9 *DIGIT ) [ "." 1*DIGIT ] [ ( "e" / "E" ) [ "+" / "-" ] 1*DIGIT ]
    bool number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (atEnd() || !isDigit(peek()))
            return failed("invalid value");
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && isDigit(peek()))
                return failed("a number must not have leading zeros");
        } else {
            digits();
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (!digits())
                return failed("a digit must follow the decimal point");
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return failed("a digit must follow the exponent");
        }
        // A number a double cannot hold (1e400) is refused, as Qt's reader refuses it.
        bool inRange = false;
        QByteArray(m_text.data() + start, m_pos - start).toDouble(&inRange);
        if (!inRange) {
            m_pos = start;
            return failed("a number is out of range");
        }
        return true;
    }

    int hexDigit(qsizetype at) const
    {
        if (at >= m_text.size())
            return -1;
        const unsigned char c = static_cast<unsigned char>(m_text[at]);
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Reads "\uXXXX" at m_pos (the backslash); -1 when malformed.
    int unicodeEscape()
    {
        if (m_pos + 1 >= m_text.size() || m_text[m_pos] != '\\' || m_text[m_pos + 1] != 'u')
            return -1;
        int unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(m_pos + 2 + i);
            if (digit < 0)
                return -1;
            unit = unit * 16 + digit;
        }
        m_pos += 6;
        return unit;
    }

    // One UTF-8 sequence at m_pos (first byte >= 0x80): well formed, shortest form, no
    // surrogates, at most U+10FFFF. Appends the code point to `out` when given.
    bool utf8Sequence(QString *out)
    {
        const unsigned char lead = peek();
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return failed("a string is not valid UTF-8");
        }
        if (m_text.size() - m_pos < length)
            return failed("a string is not valid UTF-8");
        for (int i = 1; i < length; ++i) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_pos + i]);
            if ((c & 0xC0) != 0x80)
                return failed("a string is not valid UTF-8");
            codePoint = (codePoint << 6) | (c & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return failed("a string is not valid UTF-8");
        if (out)
            out->append(QString::fromUcs4(&codePoint, 1));
        m_pos += length;
        return true;
    }

    // A string at m_pos (the opening quote); its decoded text goes to `out` when given.
    bool string(QString *out)
    {
        ++m_pos; // '"'
        while (true) {
            if (atEnd())
                return failed("a string is not terminated");
            const unsigned char c = peek();
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return failed("a control character must be escaped inside a string");
            if (c >= 0x80) {
                if (!utf8Sequence(out))
                    return false;
                continue;
            }
            if (c != '\\') {
                if (out)
                    out->append(QLatin1Char(char(c)));
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= m_text.size())
                return failed("a string is not terminated");
            const char escape = m_text[m_pos + 1];
            char16_t decoded = 0;
            switch (escape) {
            case '"':
                decoded = u'"';
                break;
            case '\\':
                decoded = u'\\';
                break;
            case '/':
                decoded = u'/';
                break;
            case 'b':
                decoded = u'\b';
                break;
            case 'f':
                decoded = u'\f';
                break;
            case 'n':
                decoded = u'\n';
                break;
            case 'r':
                decoded = u'\r';
                break;
            case 't':
                decoded = u'\t';
                break;
            case 'u': {
                const qsizetype escapeAt = m_pos;
                const int unit = unicodeEscape();
                if (unit < 0)
                    return failed("\\u must be followed by four hexadecimal digits");
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    m_pos = escapeAt;
                    return failed("a low surrogate escape has no high surrogate before it");
                }
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    const int low = unicodeEscape();
                    if (low < 0xDC00 || low > 0xDFFF) {
                        m_pos = escapeAt;
                        return failed("a high surrogate escape has no low surrogate after it");
                    }
                    if (out) {
                        out->append(QChar(char16_t(unit)));
                        out->append(QChar(char16_t(low)));
                    }
                } else if (out) {
                    out->append(QChar(char16_t(unit)));
                }
                continue;
            }
            default:
                return failed("invalid escape sequence in a string");
            }
            if (out)
                out->append(QChar(decoded));
            m_pos += 2;
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    JsonSyntaxError m_error;
};

} // namespace

std::optional<JsonSyntaxError> checkStrictJson(QByteArrayView text)
{
    return StrictJsonChecker(text).run();
}

QJsonObject parseStrictJsonObject(QByteArrayView text, const char *errorType, const QString &what)
{
    if (const auto error = checkStrictJson(text)) {
        throw PcaError(errorType, QStringLiteral("%1 is not valid JSON: %2 at offset %3.")
                                      .arg(what, error->message)
                                      .arg(error->offset));
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Strict JSON that Qt cannot hold (e.g. beyond Qt's own size limits).
        throw PcaError(errorType, QStringLiteral("%1 cannot be read: %2 at offset %3.")
                                      .arg(what, parseError.errorString())
                                      .arg(parseError.offset));
    }
    if (!document.isObject())
        throw PcaError(errorType, QStringLiteral("%1 must be a JSON object.").arg(what));
    return document.object();
}

} // namespace pca::api

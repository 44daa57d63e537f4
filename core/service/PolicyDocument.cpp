#include "service/PolicyDocument.h"

#include "PcaError.h"
#include "api/StrictJson.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace pca {

namespace {

// ---- conditions ---------------------------------------------------------------------------

enum class Operator
{
    StringEquals,
    StringNotEquals,
    StringEqualsIgnoreCase,
    StringNotEqualsIgnoreCase,
    StringLike,
    StringNotLike,
    ArnEquals,
    ArnNotEquals,
    ArnLike,
    ArnNotLike,
    Bool,
    IpAddress,
    NotIpAddress,
    DateEquals,
    DateNotEquals,
    DateLessThan,
    DateLessThanEquals,
    DateGreaterThan,
    DateGreaterThanEquals,
    Null
};

struct OperatorName
{
    const char *name;
    Operator op;
    bool negated;
};

constexpr OperatorName kOperators[] = {
    {"StringEquals", Operator::StringEquals, false},
    {"StringNotEquals", Operator::StringNotEquals, true},
    {"StringEqualsIgnoreCase", Operator::StringEqualsIgnoreCase, false},
    {"StringNotEqualsIgnoreCase", Operator::StringNotEqualsIgnoreCase, true},
    {"StringLike", Operator::StringLike, false},
    {"StringNotLike", Operator::StringNotLike, true},
    {"ArnEquals", Operator::ArnEquals, false},
    {"ArnNotEquals", Operator::ArnNotEquals, true},
    {"ArnLike", Operator::ArnLike, false},
    {"ArnNotLike", Operator::ArnNotLike, true},
    {"Bool", Operator::Bool, false},
    {"IpAddress", Operator::IpAddress, false},
    {"NotIpAddress", Operator::NotIpAddress, true},
    {"DateEquals", Operator::DateEquals, false},
    {"DateNotEquals", Operator::DateNotEquals, true},
    {"DateLessThan", Operator::DateLessThan, false},
    {"DateLessThanEquals", Operator::DateLessThanEquals, false},
    {"DateGreaterThan", Operator::DateGreaterThan, false},
    {"DateGreaterThanEquals", Operator::DateGreaterThanEquals, false},
    {"Null", Operator::Null, false},
};

enum class SetQualifier
{
    None,
    ForAnyValue,
    ForAllValues
};

struct Condition
{
    Operator op = Operator::StringEquals;
    bool negated = false;
    bool ifExists = false;
    SetQualifier qualifier = SetQualifier::None;
    QString key; // normalised (see normalisedKey)
    QStringList values;
};

// Condition keys compare case-insensitively, except for the tag key after RequestTag/ and
// ResourceTag/.
QString normalisedKey(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return key.toLower();
    return key.left(slash).toLower() + key.mid(slash);
}

bool supportedKey(const QString &key)
{
    static const QStringList exact = {
        QStringLiteral("acm-pca:templatearn"), QStringLiteral("aws:principalaccount"),
        QStringLiteral("aws:principalarn"),    QStringLiteral("aws:tagkeys"),
        QStringLiteral("aws:sourceip"),        QStringLiteral("aws:currenttime"),
        QStringLiteral("aws:sourceaccount"),   QStringLiteral("aws:securetransport"),
        QStringLiteral("aws:principalorgid"),  QStringLiteral("iam:awsservicename"),
    };
    return exact.contains(key) || key.startsWith(QLatin1String("aws:requesttag/")) ||
           key.startsWith(QLatin1String("aws:resourcetag/"));
}

std::optional<qint64> parseDate(const QString &text)
{
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return seconds * 1000;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

bool ipInRange(const QString &ip, const QString &range)
{
    const QHostAddress address(ip);
    if (address.isNull())
        return false;
    const auto subnet = QHostAddress::parseSubnet(range.contains(QLatin1Char('/'))
                                                      ? range
                                                      : range + (range.contains(QLatin1Char(':'))
                                                                     ? QStringLiteral("/128")
                                                                     : QStringLiteral("/32")));
    return !subnet.first.isNull() && address.isInSubnet(subnet);
}

// Whether one context value satisfies the (non-negated form of the) operator for one policy
// value.
bool satisfies(Operator op, const QString &actual, const QString &expected)
{
    switch (op) {
    case Operator::StringEquals:
    case Operator::StringNotEquals:
    case Operator::ArnEquals:
    case Operator::ArnNotEquals:
        return actual == expected;
    case Operator::StringEqualsIgnoreCase:
    case Operator::StringNotEqualsIgnoreCase:
        return actual.compare(expected, Qt::CaseInsensitive) == 0;
    case Operator::StringLike:
    case Operator::StringNotLike:
    case Operator::ArnLike:
    case Operator::ArnNotLike:
        return matchesWildcard(expected, actual, Qt::CaseSensitive);
    case Operator::Bool:
        return actual.compare(expected, Qt::CaseInsensitive) == 0;
    case Operator::IpAddress:
    case Operator::NotIpAddress:
        return ipInRange(actual, expected);
    case Operator::DateEquals:
    case Operator::DateNotEquals:
    case Operator::DateLessThan:
    case Operator::DateLessThanEquals:
    case Operator::DateGreaterThan:
    case Operator::DateGreaterThanEquals: {
        const auto a = parseDate(actual);
        const auto e = parseDate(expected);
        if (!a || !e)
            return false;
        switch (op) {
        case Operator::DateLessThan:
            return *a < *e;
        case Operator::DateLessThanEquals:
            return *a <= *e;
        case Operator::DateGreaterThan:
            return *a > *e;
        case Operator::DateGreaterThanEquals:
            return *a >= *e;
        default:
            return *a == *e;
        }
    }
    case Operator::Null:
        return false;
    }
    return false;
}

// One context value against the condition's list of values (any of them).
bool valueMatches(const Condition &c, const QString &actual)
{
    for (const QString &expected : c.values) {
        if (satisfies(c.op, actual, expected))
            return true;
    }
    return false;
}

bool conditionHolds(const Condition &c, const RequestContext &context)
{
    const std::optional<QStringList> actual = context.valuesOf(c.key);
    if (c.op == Operator::Null) {
        const bool absent = !actual || actual->isEmpty();
        return c.values.contains(absent ? QStringLiteral("true") : QStringLiteral("false"),
                                 Qt::CaseInsensitive);
    }
    if (!actual || actual->isEmpty()) {
        if (c.ifExists)
            return true;
        if (c.qualifier == SetQualifier::ForAllValues)
            return true;  // every one of no values
        return c.negated; // a missing key matches no value: "not equals" holds
    }
    const auto positive = [&c](const QString &value) { return valueMatches(c, value); };
    if (c.qualifier == SetQualifier::ForAllValues) {
        for (const QString &value : *actual) {
            if (positive(value) == c.negated)
                return false;
        }
        return true;
    }
    // Single-valued keys, and ForAnyValue.
    bool any = false;
    for (const QString &value : *actual)
        any = any || positive(value);
    return c.negated ? !any : any;
}

// ---- statements -----------------------------------------------------------------------------

struct Principal
{
    bool anyone = false;
    QStringList accounts; // 12-digit IDs: any principal of the account
    QStringList arns;     // principal ARNs (wildcards allowed)
    QStringList services; // service principals (acm.amazonaws.com)
};

struct Statement
{
    QString sid;
    bool allow = true;
    bool notAction = false;
    QStringList actions;
    bool notResource = false;
    QStringList resources;
    std::optional<Principal> principal;
    QList<Condition> conditions;
};

} // namespace

struct CompiledPolicy
{
    QList<Statement> statements;
};

namespace {

class Parser
{
public:
    Parser(PolicyKind kind, const char *errorType)
        : m_kind(kind)
        , m_errorType(errorType)
    {}

    [[noreturn]] void refuse(const QString &message) const { throw PcaError(m_errorType, message); }

    QStringList strings(const QJsonValue &value, const QString &what) const
    {
        if (value.isString())
            return {value.toString()};
        if (value.isArray() && !value.toArray().isEmpty()) {
            QStringList out;
            for (const QJsonValue &element : value.toArray()) {
                if (!element.isString())
                    refuse(QStringLiteral("%1 must contain only strings.").arg(what));
                out << element.toString();
            }
            return out;
        }
        refuse(QStringLiteral("%1 must be a string or a non-empty list of strings.").arg(what));
    }

    // Condition values may be strings, booleans or numbers; they compare as text.
    QStringList conditionValues(const QJsonValue &value, const QString &what) const
    {
        const auto text = [&](const QJsonValue &v) -> QString {
            if (v.isString())
                return v.toString();
            if (v.isBool())
                return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (v.isDouble())
                return QString::number(qint64(v.toDouble()));
            refuse(QStringLiteral("%1 must be strings, booleans or numbers.").arg(what));
        };
        if (value.isArray()) {
            if (value.toArray().isEmpty())
                refuse(QStringLiteral("%1 must not be an empty list.").arg(what));
            QStringList out;
            for (const QJsonValue &element : value.toArray())
                out << text(element);
            return out;
        }
        return {text(value)};
    }

    Principal principal(const QJsonValue &value, const QString &where) const
    {
        Principal p;
        if (value.isString()) {
            if (value.toString() != QLatin1String("*"))
                refuse(QStringLiteral("%1: Principal must be \"*\" or an object such as "
                                      "{\"AWS\": \"123456789012\"}.")
                           .arg(where));
            p.anyone = true;
            return p;
        }
        if (!value.isObject() || value.toObject().isEmpty())
            refuse(QStringLiteral("%1: Principal must be \"*\" or a non-empty object.").arg(where));
        static const QRegularExpression account(QStringLiteral("\\A[0-9]{12}\\z"));
        static const QRegularExpression rootArn(
            QStringLiteral("\\Aarn:aws:iam::([0-9]{12}):root\\z"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QStringList names =
                strings(it.value(), QStringLiteral("%1: Principal.%2").arg(where, it.key()));
            if (it.key() == QLatin1String("Service")) {
                p.services << names;
                continue;
            }
            if (it.key() != QLatin1String("AWS")) {
                refuse(QStringLiteral("%1: the principal type %2 is not supported (use AWS or "
                                      "Service).")
                           .arg(where, it.key()));
            }
            for (const QString &name : names) {
                if (name == QLatin1String("*")) {
                    p.anyone = true;
                } else if (account.match(name).hasMatch()) {
                    p.accounts << name;
                } else if (const auto root = rootArn.match(name); root.hasMatch()) {
                    p.accounts << root.captured(1);
                } else if (name.startsWith(QLatin1String("arn:aws:iam::"))) {
                    p.arns << name;
                } else {
                    refuse(QStringLiteral("%1: the AWS principal %2 is neither an account ID nor "
                                          "an IAM ARN.")
                               .arg(where, name));
                }
            }
        }
        return p;
    }

    QList<Condition> conditions(const QJsonValue &value, const QString &where) const
    {
        if (!value.isObject() || value.toObject().isEmpty())
            refuse(QStringLiteral("%1: Condition must be a non-empty object.").arg(where));
        QList<Condition> out;
        const QJsonObject operators = value.toObject();
        for (auto op = operators.begin(); op != operators.end(); ++op) {
            QString name = op.key();
            Condition c;
            if (name.startsWith(QLatin1String("ForAnyValue:"))) {
                c.qualifier = SetQualifier::ForAnyValue;
                name = name.mid(12);
            } else if (name.startsWith(QLatin1String("ForAllValues:"))) {
                c.qualifier = SetQualifier::ForAllValues;
                name = name.mid(13);
            }
            if (name.endsWith(QLatin1String("IfExists")) && name != QLatin1String("Null")) {
                c.ifExists = true;
                name.chop(8);
            }
            const OperatorName *found = nullptr;
            for (const OperatorName &candidate : kOperators) {
                if (name == QLatin1String(candidate.name))
                    found = &candidate;
            }
            if (!found) {
                refuse(QStringLiteral("%1: the condition operator %2 is not supported.")
                           .arg(where, op.key()));
            }
            c.op = found->op;
            c.negated = found->negated;
            if (!op.value().isObject() || op.value().toObject().isEmpty())
                refuse(QStringLiteral("%1: condition %2 must map keys to values.")
                           .arg(where, op.key()));
            const QJsonObject keys = op.value().toObject();
            for (auto key = keys.begin(); key != keys.end(); ++key) {
                Condition entry = c;
                entry.key = normalisedKey(key.key());
                if (!supportedKey(entry.key)) {
                    refuse(QStringLiteral("%1: the condition key %2 is not supported here "
                                          "(acm-pca:TemplateArn, aws:PrincipalAccount, "
                                          "aws:PrincipalArn, aws:RequestTag/*, "
                                          "aws:ResourceTag/*, aws:TagKeys, aws:SourceIp, "
                                          "aws:CurrentTime, aws:SourceAccount, "
                                          "aws:SecureTransport, aws:PrincipalOrgID, "
                                          "iam:AWSServiceName).")
                               .arg(where, key.key()));
                }
                entry.values = conditionValues(
                    key.value(), QStringLiteral("%1: the values of %2").arg(where, key.key()));
                if (entry.op == Operator::IpAddress || entry.op == Operator::NotIpAddress) {
                    for (const QString &range : entry.values) {
                        const QString cidr = range.contains(QLatin1Char('/'))
                                                 ? range
                                                 : range + QStringLiteral("/32");
                        if (QHostAddress::parseSubnet(cidr).first.isNull())
                            refuse(QStringLiteral("%1: %2 is not an IP address range.")
                                       .arg(where, range));
                    }
                }
                if (entry.op >= Operator::DateEquals &&
                    entry.op <= Operator::DateGreaterThanEquals) {
                    for (const QString &date : entry.values) {
                        if (!parseDate(date))
                            refuse(QStringLiteral("%1: %2 is not a date.").arg(where, date));
                    }
                }
                out << entry;
            }
        }
        return out;
    }

    QStringList actionList(const QJsonValue &value, const QString &where) const
    {
        const QStringList actions = strings(value, where);
        static const QRegularExpression form(QStringLiteral("\\A[a-z0-9-]+:[A-Za-z0-9*?]+\\z"));
        for (const QString &action : actions) {
            if (action != QLatin1String("*") && !form.match(action).hasMatch())
                refuse(
                    QStringLiteral("%1: %2 is not an action (service:Action).").arg(where, action));
        }
        return actions;
    }

    Statement statement(const QJsonValue &value, int index) const
    {
        if (!value.isObject())
            refuse(QStringLiteral("Statement %1 is not an object.").arg(index));
        const QJsonObject o = value.toObject();
        const QString where =
            o.value(QLatin1String("Sid")).isString()
                ? QStringLiteral("Statement \"%1\"").arg(o.value(QLatin1String("Sid")).toString())
                : QStringLiteral("Statement %1").arg(index);
        static const QStringList known = {
            QStringLiteral("Sid"),       QStringLiteral("Effect"),   QStringLiteral("Action"),
            QStringLiteral("NotAction"), QStringLiteral("Resource"), QStringLiteral("NotResource"),
            QStringLiteral("Principal"), QStringLiteral("Condition")};
        for (const QString &key : o.keys()) {
            if (!known.contains(key))
                refuse(QStringLiteral("%1: the element %2 is not supported.").arg(where, key));
        }
        Statement s;
        if (o.contains(QLatin1String("Sid")) && !o.value(QLatin1String("Sid")).isString())
            refuse(QStringLiteral("%1: Sid must be a string.").arg(where));
        s.sid = o.value(QLatin1String("Sid")).toString();
        const QString effect = o.value(QLatin1String("Effect")).toString();
        if (effect != QLatin1String("Allow") && effect != QLatin1String("Deny"))
            refuse(QStringLiteral("%1: Effect must be \"Allow\" or \"Deny\".").arg(where));
        s.allow = effect == QLatin1String("Allow");
        const bool action = o.contains(QLatin1String("Action"));
        if (action == o.contains(QLatin1String("NotAction")))
            refuse(QStringLiteral("%1: exactly one of Action and NotAction is needed.").arg(where));
        s.notAction = !action;
        s.actions = actionList(
            o.value(action ? QLatin1String("Action") : QLatin1String("NotAction")),
            where + (action ? QStringLiteral(": Action") : QStringLiteral(": NotAction")));
        const bool resource = o.contains(QLatin1String("Resource"));
        if (resource && o.contains(QLatin1String("NotResource")))
            refuse(QStringLiteral("%1: Resource and NotResource exclude each other.").arg(where));
        if (!resource && !o.contains(QLatin1String("NotResource")))
            refuse(QStringLiteral("%1: Resource (or NotResource) is missing.").arg(where));
        s.notResource = !resource;
        s.resources =
            strings(o.value(resource ? QLatin1String("Resource") : QLatin1String("NotResource")),
                    where + QStringLiteral(": Resource"));
        if (m_kind == PolicyKind::Identity) {
            if (o.contains(QLatin1String("Principal")))
                refuse(QStringLiteral("%1: an identity policy has no Principal.").arg(where));
        } else {
            if (!o.contains(QLatin1String("Principal")))
                refuse(QStringLiteral("%1: a resource policy statement needs a Principal.")
                           .arg(where));
            s.principal = principal(o.value(QLatin1String("Principal")), where);
        }
        if (o.contains(QLatin1String("Condition")))
            s.conditions = conditions(o.value(QLatin1String("Condition")), where);
        return s;
    }

    CompiledPolicy document(const QString &json) const
    {
        if (json.trimmed().isEmpty())
            refuse(QStringLiteral("The policy document is empty."));
        QJsonObject root;
        try {
            root = api::parseStrictJsonObject(json.toUtf8(), m_errorType,
                                              QStringLiteral("The policy document"));
        } catch (const PcaError &e) {
            refuse(e.message());
        }
        static const QStringList topLevel = {QStringLiteral("Version"), QStringLiteral("Id"),
                                             QStringLiteral("Statement")};
        for (const QString &key : root.keys()) {
            if (!topLevel.contains(key))
                refuse(QStringLiteral("The policy element %1 is not supported.").arg(key));
        }
        const QString version = root.value(QLatin1String("Version")).toString();
        if (version != QLatin1String("2012-10-17") && version != QLatin1String("2008-10-17"))
            refuse(QStringLiteral("Version must be \"2012-10-17\" (or \"2008-10-17\")."));
        if (root.contains(QLatin1String("Id")) && !root.value(QLatin1String("Id")).isString())
            refuse(QStringLiteral("Id must be a string."));
        const QJsonValue statements = root.value(QLatin1String("Statement"));
        QJsonArray list;
        if (statements.isObject())
            list.append(statements);
        else if (statements.isArray())
            list = statements.toArray();
        else
            refuse(QStringLiteral("Statement must be an object or a list of objects."));
        if (list.isEmpty())
            refuse(QStringLiteral("The policy has no statement."));
        CompiledPolicy out;
        for (qsizetype i = 0; i < list.size(); ++i)
            out.statements << statement(list.at(i), int(i + 1));
        return out;
    }

private:
    PolicyKind m_kind;
    const char *m_errorType;
};

bool anyWildcard(const QStringList &patterns, const QString &text, Qt::CaseSensitivity cs)
{
    for (const QString &pattern : patterns) {
        if (matchesWildcard(pattern, text, cs))
            return true;
    }
    return false;
}

bool principalMatches(const Principal &p, const RequestContext &context)
{
    if (p.anyone)
        return true;
    if (p.accounts.contains(context.principalAccount))
        return true;
    if (p.services.contains(context.principalArn))
        return true;
    return anyWildcard(p.arns, context.principalArn, Qt::CaseSensitive);
}

} // namespace

std::optional<QStringList> RequestContext::valuesOf(const QString &key) const
{
    if (key == QLatin1String("aws:principalaccount"))
        return principalAccount.isEmpty() ? std::nullopt
                                          : std::optional(QStringList{principalAccount});
    if (key == QLatin1String("aws:principalarn"))
        return principalArn.isEmpty() ? std::nullopt : std::optional(QStringList{principalArn});
    if (key == QLatin1String("aws:sourceip"))
        return sourceIp.isEmpty() ? std::nullopt : std::optional(QStringList{sourceIp});
    if (key == QLatin1String("aws:currenttime")) {
        return QStringList{
            QDateTime::fromMSecsSinceEpoch(currentTimeMs, Qt::UTC).toString(Qt::ISODate)};
    }
    const auto found = values.constFind(key);
    if (found == values.constEnd())
        return std::nullopt;
    return *found;
}

bool matchesWildcard(QStringView pattern, QStringView text, Qt::CaseSensitivity cs)
{
    // Iterative matching with one backtrack point for the last '*'.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype mark = 0;
    const auto same = [cs](QChar a, QChar b) {
        return cs == Qt::CaseSensitive ? a == b : a.toCaseFolded() == b.toCaseFolded();
    };
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || same(pattern[p], text[t]))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

PolicyDocument PolicyDocument::parse(const QString &json, PolicyKind kind, const char *errorType)
{
    PolicyDocument out;
    out.m_policy = std::make_shared<const CompiledPolicy>(Parser(kind, errorType).document(json));
    return out;
}

PolicyDocument::PolicyDocument() = default;
PolicyDocument::~PolicyDocument() = default;
PolicyDocument::PolicyDocument(const PolicyDocument &) = default;
PolicyDocument &PolicyDocument::operator=(const PolicyDocument &) = default;

PolicyDocument::Match PolicyDocument::evaluate(const QString &action, const QString &resource,
                                               const RequestContext &context) const
{
    if (!m_policy)
        return Match::None;
    Match result = Match::None;
    for (const Statement &s : m_policy->statements) {
        if (s.principal && !principalMatches(*s.principal, context))
            continue;
        const bool actionHit = anyWildcard(s.actions, action, Qt::CaseInsensitive);
        if (actionHit == s.notAction)
            continue;
        const bool resourceHit = anyWildcard(s.resources, resource, Qt::CaseSensitive);
        if (resourceHit == s.notResource)
            continue;
        bool conditionsHold = true;
        for (const Condition &c : s.conditions) {
            if (!conditionHolds(c, context)) {
                conditionsHold = false;
                break;
            }
        }
        if (!conditionsHold)
            continue;
        if (!s.allow)
            return Match::Deny; // an explicit Deny wins at once
        result = Match::Allow;
    }
    return result;
}

QStringList PolicyDocument::actions() const
{
    QStringList out;
    if (m_policy) {
        for (const Statement &s : m_policy->statements)
            out << s.actions;
    }
    return out;
}

} // namespace pca

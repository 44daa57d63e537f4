#include "service/ResourcePolicy.h"

#include "PcaError.h"
#include "api/StrictJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace pca {

namespace {

[[noreturn]] void invalid(const QString &message)
{
    throw PcaError(errors::InvalidPolicy, message);
}

// A string or a non-empty array of strings.
QStringList stringOrList(const QJsonValue &value, const QString &what)
{
    if (value.isString())
        return {value.toString()};
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            invalid(QStringLiteral("%1 must not be an empty list.").arg(what));
        QStringList out;
        for (const QJsonValue &element : array) {
            if (!element.isString())
                invalid(QStringLiteral("%1 must contain only strings.").arg(what));
            out << element.toString();
        }
        return out;
    }
    invalid(QStringLiteral("%1 must be a string or a list of strings.").arg(what));
}

bool isConditionOperator(QString name)
{
    static const QSet<QString> operators = {QStringLiteral("StringEquals"),
                                            QStringLiteral("StringNotEquals"),
                                            QStringLiteral("StringEqualsIgnoreCase"),
                                            QStringLiteral("StringNotEqualsIgnoreCase"),
                                            QStringLiteral("StringLike"),
                                            QStringLiteral("StringNotLike"),
                                            QStringLiteral("NumericEquals"),
                                            QStringLiteral("NumericNotEquals"),
                                            QStringLiteral("NumericLessThan"),
                                            QStringLiteral("NumericLessThanEquals"),
                                            QStringLiteral("NumericGreaterThan"),
                                            QStringLiteral("NumericGreaterThanEquals"),
                                            QStringLiteral("DateEquals"),
                                            QStringLiteral("DateNotEquals"),
                                            QStringLiteral("DateLessThan"),
                                            QStringLiteral("DateLessThanEquals"),
                                            QStringLiteral("DateGreaterThan"),
                                            QStringLiteral("DateGreaterThanEquals"),
                                            QStringLiteral("Bool"),
                                            QStringLiteral("BinaryEquals"),
                                            QStringLiteral("IpAddress"),
                                            QStringLiteral("NotIpAddress"),
                                            QStringLiteral("ArnEquals"),
                                            QStringLiteral("ArnLike"),
                                            QStringLiteral("ArnNotEquals"),
                                            QStringLiteral("ArnNotLike"),
                                            QStringLiteral("Null")};
    for (const QString &prefix :
         {QStringLiteral("ForAllValues:"), QStringLiteral("ForAnyValue:")}) {
        if (name.startsWith(prefix))
            name = name.mid(prefix.size());
    }
    if (name.endsWith(QStringLiteral("IfExists")) && name != QStringLiteral("Null"))
        name.chop(8);
    return operators.contains(name);
}

void checkPrincipal(const QJsonValue &principal, const QString &where)
{
    if (principal.isString()) {
        if (principal.toString() != QStringLiteral("*"))
            invalid(QStringLiteral("%1: Principal must be \"*\" or an object such as "
                                   "{\"AWS\": \"123456789012\"}.")
                        .arg(where));
        return;
    }
    if (!principal.isObject() || principal.toObject().isEmpty())
        invalid(QStringLiteral("%1: Principal must be \"*\" or a non-empty object.").arg(where));
    static const QSet<QString> kinds = {QStringLiteral("AWS"), QStringLiteral("Service"),
                                        QStringLiteral("Federated"),
                                        QStringLiteral("CanonicalUser")};
    const QJsonObject object = principal.toObject();
    static const QRegularExpression account(QStringLiteral("\\A[0-9]{12}\\z"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kinds.contains(it.key()))
            invalid(QStringLiteral("%1: unknown principal type %2.").arg(where, it.key()));
        const QStringList values =
            stringOrList(it.value(), QStringLiteral("%1: Principal.%2").arg(where, it.key()));
        for (const QString &value : values) {
            if (value.isEmpty())
                invalid(QStringLiteral("%1: Principal.%2 contains an empty value.")
                            .arg(where, it.key()));
            if (it.key() == QStringLiteral("AWS") && value != QStringLiteral("*") &&
                !account.match(value).hasMatch() && !value.startsWith(QStringLiteral("arn:"))) {
                invalid(QStringLiteral("%1: the AWS principal %2 is neither an account ID nor an "
                                       "ARN.")
                            .arg(where, value));
            }
        }
    }
}

void checkCondition(const QJsonValue &condition, const QString &where)
{
    if (!condition.isObject() || condition.toObject().isEmpty())
        invalid(QStringLiteral("%1: Condition must be a non-empty object.").arg(where));
    const QJsonObject operators = condition.toObject();
    for (auto op = operators.begin(); op != operators.end(); ++op) {
        if (!isConditionOperator(op.key()))
            invalid(QStringLiteral("%1: unknown condition operator %2.").arg(where, op.key()));
        if (!op.value().isObject() || op.value().toObject().isEmpty())
            invalid(
                QStringLiteral("%1: condition %2 must map keys to values.").arg(where, op.key()));
        const QJsonObject keys = op.value().toObject();
        for (auto key = keys.begin(); key != keys.end(); ++key) {
            const QJsonValue value = key.value();
            const bool scalar = value.isString() || value.isBool() || value.isDouble();
            bool list = value.isArray() && !value.toArray().isEmpty();
            if (list) {
                for (const QJsonValue &element : value.toArray())
                    list = list && (element.isString() || element.isBool() || element.isDouble());
            }
            if (!scalar && !list)
                invalid(QStringLiteral("%1: condition key %2 needs a value or a list of values.")
                            .arg(where, key.key()));
        }
    }
}

} // namespace

const QStringList &resourcePolicyActions()
{
    static const QStringList actions = {
        QStringLiteral("acm-pca:DescribeCertificateAuthority"),
        QStringLiteral("acm-pca:GetCertificate"),
        QStringLiteral("acm-pca:GetCertificateAuthorityCertificate"),
        QStringLiteral("acm-pca:IssueCertificate"),
        QStringLiteral("acm-pca:ListPermissions"),
        QStringLiteral("acm-pca:ListTags"),
        QStringLiteral("acm-pca:RevokeCertificate")};
    return actions;
}

void validateResourcePolicy(const QString &policy, const QString &caArn)
{
    if (policy.trimmed().isEmpty())
        invalid(QStringLiteral("The policy is empty."));
    const QJsonObject root = api::parseStrictJsonObject(policy.toUtf8(), errors::InvalidPolicy,
                                                        QStringLiteral("The policy"));
    static const QSet<QString> topLevel = {QStringLiteral("Version"), QStringLiteral("Id"),
                                           QStringLiteral("Statement")};
    for (const QString &key : root.keys()) {
        if (!topLevel.contains(key))
            invalid(QStringLiteral("Unknown policy element %1.").arg(key));
    }
    const QString version = root.value(QStringLiteral("Version")).toString();
    if (version != QStringLiteral("2012-10-17") && version != QStringLiteral("2008-10-17"))
        invalid(QStringLiteral("Version must be \"2012-10-17\" (or \"2008-10-17\")."));
    if (root.contains(QStringLiteral("Id")) && !root.value(QStringLiteral("Id")).isString())
        invalid(QStringLiteral("Id must be a string."));

    const QJsonValue statementValue = root.value(QStringLiteral("Statement"));
    QJsonArray statements;
    if (statementValue.isObject())
        statements.append(statementValue);
    else if (statementValue.isArray())
        statements = statementValue.toArray();
    else
        invalid(QStringLiteral("Statement must be an object or a list of objects."));
    if (statements.isEmpty())
        invalid(QStringLiteral("The policy has no statement."));

    static const QSet<QString> statementKeys = {
        QStringLiteral("Sid"),    QStringLiteral("Effect"),   QStringLiteral("Principal"),
        QStringLiteral("Action"), QStringLiteral("Resource"), QStringLiteral("Condition")};
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!statements.at(i).isObject())
            invalid(QStringLiteral("Statement %1 is not an object.").arg(i + 1));
        const QJsonObject statement = statements.at(i).toObject();
        const QString where = statement.value(QStringLiteral("Sid")).isString()
                                  ? QStringLiteral("Statement \"%1\"")
                                        .arg(statement.value(QStringLiteral("Sid")).toString())
                                  : QStringLiteral("Statement %1").arg(i + 1);
        for (const QString &key : statement.keys()) {
            if (!statementKeys.contains(key)) {
                invalid(QStringLiteral("%1: element %2 is not allowed in a Private CA resource "
                                       "policy.")
                            .arg(where, key));
            }
        }
        if (statement.contains(QStringLiteral("Sid")) &&
            !statement.value(QStringLiteral("Sid")).isString())
            invalid(QStringLiteral("%1: Sid must be a string.").arg(where));
        const QString effect = statement.value(QStringLiteral("Effect")).toString();
        if (effect != QStringLiteral("Allow") && effect != QStringLiteral("Deny"))
            invalid(QStringLiteral("%1: Effect must be \"Allow\" or \"Deny\".").arg(where));
        if (!statement.contains(QStringLiteral("Principal")))
            invalid(
                QStringLiteral("%1: a resource policy statement needs a Principal.").arg(where));
        checkPrincipal(statement.value(QStringLiteral("Principal")), where);
        if (!statement.contains(QStringLiteral("Action")))
            invalid(QStringLiteral("%1: Action is missing.").arg(where));
        for (const QString &action : stringOrList(statement.value(QStringLiteral("Action")),
                                                  where + QStringLiteral(": Action"))) {
            if (!resourcePolicyActions().contains(action)) {
                invalid(
                    QStringLiteral("%1: the action %2 cannot be granted by a Private CA "
                                   "resource policy (allowed: %3).")
                        .arg(where, action, resourcePolicyActions().join(QStringLiteral(", "))));
            }
        }
        if (!statement.contains(QStringLiteral("Resource")))
            invalid(QStringLiteral("%1: Resource is missing.").arg(where));
        for (const QString &resource : stringOrList(statement.value(QStringLiteral("Resource")),
                                                    where + QStringLiteral(": Resource"))) {
            if (resource != caArn) {
                invalid(QStringLiteral("%1: Resource must be this CA's ARN %2 (found %3).")
                            .arg(where, caArn, resource));
            }
        }
        if (statement.contains(QStringLiteral("Condition")))
            checkCondition(statement.value(QStringLiteral("Condition")), where);
    }
}

} // namespace pca

// IAM's user, access key and policy operations, in the account of the caller in scope.
#include "crypto/OpenSsl.h"
#include "crypto/SecretBox.h"
#include "service/IdentityService.h"
#include "service/ManagedPolicies.h"

#include <QRegularExpression>

namespace pca {

namespace iamErrors = api::iam::errors;
using api::iam::Page;
using api::iam::PageRequest;

namespace {

constexpr int kDefaultMaxItems = 100;

[[noreturn]] void invalid(const QString &value, const char *member, const QString &constraint)
{
    throw PcaError(iamErrors::Validation,
                   QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to "
                                  "satisfy constraint: Member must %3")
                       .arg(value, QLatin1String(member), constraint));
}

void checkLength(const QString &value, const char *member, int minLength, int maxLength)
{
    if (value.size() < minLength) {
        invalid(value, member,
                QStringLiteral("have length greater than or equal to %1").arg(minLength));
    }
    if (value.size() > maxLength) {
        invalid(value, member,
                QStringLiteral("have length less than or equal to %1").arg(maxLength));
    }
}

// User and policy names: [\w+=,.@-]+ (\w as Java has it: ASCII letters, digits, underscore).
void checkName(const QString &value, const char *member, int maxLength)
{
    checkLength(value, member, 1, maxLength);
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9_+=,.@-]+\\z"));
    if (!pattern.match(value).hasMatch())
        invalid(value, member, QStringLiteral("satisfy regular expression pattern: [\\w+=,.@-]+"));
}

void checkPath(const QString &value, const char *member, bool prefix)
{
    checkLength(value, member, 1, 512);
    static const QRegularExpression path(QStringLiteral("\\A(/|/[\\x21-\\x7f]+/)\\z"));
    static const QRegularExpression pathPrefix(QStringLiteral("\\A/[\\x21-\\x7f]*\\z"));
    if (!(prefix ? pathPrefix : path).match(value).hasMatch()) {
        invalid(value, member,
                QStringLiteral("satisfy regular expression pattern: %1")
                    .arg(prefix ? QStringLiteral("\\u002F[\\u0021-\\u007F]*")
                                : QStringLiteral("(\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)")));
    }
}

void checkKeyId(const QString &value)
{
    checkLength(value, "accessKeyId", 16, 128);
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9_]+\\z"));
    if (!pattern.match(value).hasMatch())
        invalid(value, "accessKeyId", QStringLiteral("satisfy regular expression pattern: [\\w]+"));
}

int maxItemsOf(const PageRequest &page)
{
    if (!page.maxItems)
        return kDefaultMaxItems;
    if (*page.maxItems < 1 || *page.maxItems > 1000) {
        invalid(QString::number(*page.maxItems), "maxItems",
                *page.maxItems < 1 ? QStringLiteral("have value greater than or equal to 1")
                                   : QStringLiteral("have value less than or equal to 1000"));
    }
    return *page.maxItems;
}

// Markers carry the last key returned.
QString markerFor(const QString &lastKey)
{
    return QString::fromLatin1(
        lastKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString afterKeyOf(const PageRequest &page)
{
    if (!page.marker)
        return QString();
    checkLength(*page.marker, "marker", 1, 320);
    const auto decoded = QByteArray::fromBase64Encoding(
        page.marker->toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw PcaError(iamErrors::InvalidInput, QStringLiteral("Invalid Marker."));
    return QString::fromUtf8(*decoded);
}

// Pages a sorted list of keys.
template <typename T, typename KeyOf>
Page<T> pageOf(const QList<T> &sorted, const PageRequest &request, KeyOf keyOf)
{
    const int limit = maxItemsOf(request);
    const QString after = afterKeyOf(request);
    Page<T> page;
    for (const T &item : sorted) {
        if (!after.isEmpty() && keyOf(item) <= after)
            continue;
        if (page.items.size() == limit) {
            page.isTruncated = true;
            page.marker = markerFor(keyOf(page.items.last()));
            break;
        }
        page.items << item;
    }
    return page;
}

api::iam::User userShape(const store::IamUserRecord &user)
{
    return {user.path, user.userName, user.userId, user.arn(), user.createdAt, user.tags};
}

QString usersResource(const QString &accountId)
{
    return QStringLiteral("arn:aws:iam::%1:user/").arg(accountId);
}

QString userResource(const QString &accountId, const QString &path, const QString &userName)
{
    return QStringLiteral("arn:aws:iam::%1:user%2%3").arg(accountId, path, userName);
}

qsizetype policySize(const QString &document)
{
    qsizetype size = 0;
    for (const QChar c : document)
        size += !c.isSpace();
    return size;
}

[[noreturn]] void noSuchUser(const QString &userName)
{
    throw PcaError(iamErrors::NoSuchEntity,
                   QStringLiteral("The user with name %1 cannot be found.").arg(userName));
}

[[noreturn]] void noSuchKey(const QString &accessKeyId)
{
    throw PcaError(iamErrors::NoSuchEntity,
                   QStringLiteral("The Access Key with id %1 cannot be found.").arg(accessKeyId));
}

QString randomBase32(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    for (const char byte : crypto::randomBytes(length))
        out += QLatin1Char(alphabet[static_cast<unsigned char>(byte) % 32]);
    return out;
}

} // namespace

void IdentityService::authorizeIam(const Caller &caller, const char *action,
                                   const QString &resource)
{
    AccessRequest request;
    request.action = QLatin1String(action);
    request.resource = resource;
    request.resourceAccount = caller.accountId;
    authorize(caller, request, m_clock.nowMs(), iamErrors::AccessDenied);
}

store::IamUserRecord IdentityService::requireUser(const Caller &caller, const QString &userName)
{
    const auto user = store::IdentityReader(m_store.reader()).findUser(caller.accountId, userName);
    if (!user)
        noSuchUser(userName);
    return *user;
}

QString IdentityService::requireUserArn(const Caller &caller, const QString &userName)
{
    const auto user = store::IdentityReader(m_store.reader()).findUser(caller.accountId, userName);
    return user ? user->arn() : userResource(caller.accountId, QStringLiteral("/"), userName);
}

QString IdentityService::keyOwner(const Caller &caller, const std::optional<QString> &userName)
{
    if (userName) {
        checkName(*userName, "userName", 128);
        return *userName;
    }
    return caller.userName; // empty for an administrator: the root's keys
}

// ---- users ------------------------------------------------------------------------------------

api::iam::User IdentityService::createUser(const QString &userName, const QString &path,
                                           const QList<api::Tag> &tags)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 64);
    const QString userPath = path.isEmpty() ? QStringLiteral("/") : path;
    checkPath(userPath, "path", false);
    if (tags.size() > 50)
        invalid(QStringLiteral("[%1 tags]").arg(tags.size()), "tags",
                QStringLiteral("have length less than or equal to 50"));
    for (const api::Tag &tag : tags) {
        checkLength(tag.key, "tags.member.key", 1, 128);
        checkLength(tag.value.value_or(QString()), "tags.member.value", 0, 256);
    }
    authorizeIam(caller, "iam:CreateUser", userResource(caller.accountId, userPath, userName));

    store::IamUserRecord user;
    user.accountId = caller.accountId;
    user.userName = userName;
    user.userId = QStringLiteral("AIDA") + randomBase32(17);
    user.path = userPath;
    user.tags = tags;
    user.createdAt = m_clock.nowMs() / 1000 * 1000;
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (writer.read().findUser(user.accountId, userName)) {
            throw PcaError(iamErrors::EntityAlreadyExists,
                           QStringLiteral("User with name %1 already exists.").arg(userName));
        }
        if (writer.read().countUsers(user.accountId) >= kMaxUsersPerAccount) {
            throw PcaError(iamErrors::LimitExceeded,
                           QStringLiteral("Cannot exceed quota for UsersPerAccount: %1.")
                               .arg(kMaxUsersPerAccount));
        }
        writer.insertUser(user);
    });
    return userShape(user);
}

api::iam::User IdentityService::getUser(const std::optional<QString> &userName)
{
    const Caller caller = currentCaller();
    if (!userName && caller.userName.isEmpty()) {
        // The account's root.
        authorizeIam(caller, "iam:GetUser", caller.arn);
        api::iam::User root;
        root.userId = caller.accountId;
        root.arn = caller.arn;
        root.path = QStringLiteral("/");
        return root;
    }
    const QString name = userName.value_or(caller.userName);
    checkName(name, "userName", 128);
    const auto user = store::IdentityReader(m_store.reader()).findUser(caller.accountId, name);
    authorizeIam(caller, "iam:GetUser",
                 user ? user->arn() : userResource(caller.accountId, QStringLiteral("/"), name));
    if (!user)
        noSuchUser(name);
    return userShape(*user);
}

Page<api::iam::User> IdentityService::listUsers(const QString &pathPrefix,
                                                const PageRequest &request)
{
    const Caller caller = currentCaller();
    const QString prefix = pathPrefix.isEmpty() ? QStringLiteral("/") : pathPrefix;
    checkPath(prefix, "pathPrefix", true);
    const int limit = maxItemsOf(request);
    const QString after = store::userKey(afterKeyOf(request));
    authorizeIam(caller, "iam:ListUsers", usersResource(caller.accountId));
    const QList<store::IamUserRecord> users =
        store::IdentityReader(m_store.reader())
            .listUsers(caller.accountId, prefix, after, limit + 1);
    Page<api::iam::User> page;
    for (const store::IamUserRecord &user : users) {
        if (page.items.size() == limit) {
            page.isTruncated = true;
            page.marker = markerFor(store::userKey(page.items.last().userName));
            break;
        }
        page.items << userShape(user);
    }
    return page;
}

void IdentityService::deleteUser(const QString &userName)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 128);
    const auto user = store::IdentityReader(m_store.reader()).findUser(caller.accountId, userName);
    authorizeIam(caller, "iam:DeleteUser",
                 user ? user->arn()
                      : userResource(caller.accountId, QStringLiteral("/"), userName));
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (!writer.read().findUser(caller.accountId, userName))
            noSuchUser(userName);
        const auto conflict = [](const char *what) {
            throw PcaError(
                iamErrors::DeleteConflict,
                QStringLiteral("Cannot delete entity, must %1 first.").arg(QLatin1String(what)));
        };
        if (!writer.read().listAccessKeys(caller.accountId, userName).isEmpty())
            conflict("delete access keys");
        if (!writer.read().userPolicies(caller.accountId, userName).isEmpty())
            conflict("delete policies");
        if (!writer.read().attachedPolicies(caller.accountId, userName).isEmpty())
            conflict("detach all policies");
        writer.deleteUser(caller.accountId, userName);
    });
}

// ---- access keys ------------------------------------------------------------------------------

api::iam::AccessKey IdentityService::createAccessKey(const std::optional<QString> &userName)
{
    const Caller caller = currentCaller();
    const QString owner = keyOwner(caller, userName);
    const QString resource = owner.isEmpty() ? caller.arn : requireUserArn(caller, owner);
    authorizeIam(caller, "iam:CreateAccessKey", resource);
    if (!owner.isEmpty())
        requireUser(caller, owner);

    api::iam::AccessKey created;
    created.accessKeyId = QStringLiteral("AKIA") + randomBase32(16);
    created.secretAccessKey = QString::fromLatin1(crypto::randomBytes(30).toBase64());
    created.status = QStringLiteral("Active");
    created.createDate = m_clock.nowMs() / 1000 * 1000;
    store::AccessKeyRecord record;
    record.accessKeyId = created.accessKeyId;
    record.accountId = caller.accountId;
    record.userName = owner;
    record.secret = crypto::sealSecret(secretKey(), created.secretAccessKey.toUtf8(),
                                       created.accessKeyId.toUtf8());
    record.createdAt = created.createDate;
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (!owner.isEmpty()) {
            const auto user = writer.read().findUser(caller.accountId, owner);
            if (!user)
                noSuchUser(owner);
            record.userName = user->userName;
        }
        if (writer.read().listAccessKeys(caller.accountId, owner).size() >= kMaxAccessKeysPerUser) {
            throw PcaError(iamErrors::LimitExceeded,
                           QStringLiteral("Cannot exceed quota for AccessKeysPerUser: %1")
                               .arg(kMaxAccessKeysPerUser));
        }
        writer.insertAccessKey(record);
    });
    created.userName = record.userName;
    return created;
}

Page<api::iam::AccessKeyMetadata>
IdentityService::listAccessKeys(const std::optional<QString> &userName, const PageRequest &request)
{
    const Caller caller = currentCaller();
    const QString owner = keyOwner(caller, userName);
    maxItemsOf(request);
    authorizeIam(caller, "iam:ListAccessKeys",
                 owner.isEmpty() ? caller.arn : requireUserArn(caller, owner));
    if (!owner.isEmpty())
        requireUser(caller, owner);
    QList<api::iam::AccessKeyMetadata> keys;
    for (const store::AccessKeyRecord &key :
         store::IdentityReader(m_store.reader()).listAccessKeys(caller.accountId, owner)) {
        keys << api::iam::AccessKeyMetadata{
            key.userName, key.accessKeyId,
            key.active ? QStringLiteral("Active") : QStringLiteral("Inactive"), key.createdAt};
    }
    std::sort(keys.begin(), keys.end(),
              [](const auto &a, const auto &b) { return a.accessKeyId < b.accessKeyId; });
    return pageOf(keys, request, [](const auto &key) { return key.accessKeyId; });
}

void IdentityService::updateAccessKey(const std::optional<QString> &userName,
                                      const QString &accessKeyId, const QString &status)
{
    const Caller caller = currentCaller();
    const QString owner = keyOwner(caller, userName);
    checkKeyId(accessKeyId);
    if (status != QLatin1String("Active") && status != QLatin1String("Inactive")) {
        invalid(status, "status", QStringLiteral("satisfy enum value set: [Active, Inactive]"));
    }
    authorizeIam(caller, "iam:UpdateAccessKey",
                 owner.isEmpty() ? caller.arn : requireUserArn(caller, owner));
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        const auto key = writer.read().findAccessKey(accessKeyId);
        if (!key || key->accountId != caller.accountId ||
            store::userKey(key->userName) != store::userKey(owner))
            noSuchKey(accessKeyId);
        writer.setAccessKeyActive(accessKeyId, status == QLatin1String("Active"));
    });
}

void IdentityService::deleteAccessKey(const std::optional<QString> &userName,
                                      const QString &accessKeyId)
{
    const Caller caller = currentCaller();
    const QString owner = keyOwner(caller, userName);
    checkKeyId(accessKeyId);
    authorizeIam(caller, "iam:DeleteAccessKey",
                 owner.isEmpty() ? caller.arn : requireUserArn(caller, owner));
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        const auto key = writer.read().findAccessKey(accessKeyId);
        if (!key || key->accountId != caller.accountId ||
            store::userKey(key->userName) != store::userKey(owner))
            noSuchKey(accessKeyId);
        writer.deleteAccessKey(accessKeyId);
    });
}

// ---- inline policies --------------------------------------------------------------------------

void IdentityService::putUserPolicy(const QString &userName, const QString &policyName,
                                    const QString &policyDocument)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 128);
    checkName(policyName, "policyName", 128);
    checkLength(policyDocument, "policyDocument", 1, 131072);
    static const QRegularExpression characters(
        QStringLiteral("\\A[\\x{0009}\\x{000A}\\x{000D}\\x{0020}-\\x{00FF}]+\\z"));
    if (!characters.match(policyDocument).hasMatch()) {
        invalid(QStringLiteral("(policy document)"), "policyDocument",
                QStringLiteral("satisfy regular expression pattern: "
                               "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"));
    }
    authorizeIam(caller, "iam:PutUserPolicy", requireUserArn(caller, userName));
    // Refused as a whole when any part is not understood.
    PolicyDocument::parse(policyDocument, PolicyKind::Identity, iamErrors::MalformedPolicyDocument);
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (!writer.read().findUser(caller.accountId, userName))
            noSuchUser(userName);
        qsizetype total = policySize(policyDocument);
        for (const store::InlinePolicyRecord &other :
             writer.read().userPolicies(caller.accountId, userName)) {
            if (other.name != policyName)
                total += policySize(other.document);
        }
        if (total > kMaxInlinePolicyBytesPerUser) {
            throw PcaError(iamErrors::LimitExceeded,
                           QStringLiteral("Maximum policy size of %1 bytes exceeded for user %2")
                               .arg(kMaxInlinePolicyBytesPerUser)
                               .arg(userName));
        }
        writer.putUserPolicy(caller.accountId, userName, {policyName, policyDocument});
    });
}

api::iam::UserPolicy IdentityService::getUserPolicy(const QString &userName,
                                                    const QString &policyName)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 128);
    checkName(policyName, "policyName", 128);
    authorizeIam(caller, "iam:GetUserPolicy", requireUserArn(caller, userName));
    const store::IamUserRecord user = requireUser(caller, userName);
    const auto document =
        store::IdentityReader(m_store.reader()).userPolicy(caller.accountId, userName, policyName);
    if (!document) {
        throw PcaError(
            iamErrors::NoSuchEntity,
            QStringLiteral("The user policy with name %1 cannot be found.").arg(policyName));
    }
    return {user.userName, policyName, *document};
}

Page<QString> IdentityService::listUserPolicies(const QString &userName, const PageRequest &request)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 128);
    maxItemsOf(request);
    authorizeIam(caller, "iam:ListUserPolicies", requireUserArn(caller, userName));
    requireUser(caller, userName);
    QStringList names;
    for (const store::InlinePolicyRecord &policy :
         store::IdentityReader(m_store.reader()).userPolicies(caller.accountId, userName))
        names << policy.name;
    return pageOf(names, request, [](const QString &name) { return name; });
}

void IdentityService::deleteUserPolicy(const QString &userName, const QString &policyName)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 128);
    checkName(policyName, "policyName", 128);
    authorizeIam(caller, "iam:DeleteUserPolicy", requireUserArn(caller, userName));
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (!writer.read().findUser(caller.accountId, userName))
            noSuchUser(userName);
        if (!writer.read().userPolicy(caller.accountId, userName, policyName)) {
            throw PcaError(
                iamErrors::NoSuchEntity,
                QStringLiteral("The user policy with name %1 cannot be found.").arg(policyName));
        }
        writer.deleteUserPolicy(caller.accountId, userName, policyName);
    });
}

// ---- managed policies -------------------------------------------------------------------------

void IdentityService::attachUserPolicy(const QString &userName, const QString &policyArn)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 64);
    checkLength(policyArn, "policyArn", 20, 2048);
    authorizeIam(caller, "iam:AttachUserPolicy", requireUserArn(caller, userName));
    if (!findManagedPolicy(policyArn)) {
        throw PcaError(
            iamErrors::NoSuchEntity,
            QStringLiteral("Policy %1 does not exist or is not attachable.").arg(policyArn));
    }
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (!writer.read().findUser(caller.accountId, userName))
            noSuchUser(userName);
        const QStringList attached = writer.read().attachedPolicies(caller.accountId, userName);
        if (attached.contains(policyArn))
            return;
        if (attached.size() >= kMaxAttachedPoliciesPerUser) {
            throw PcaError(iamErrors::LimitExceeded,
                           QStringLiteral("Cannot exceed quota for PoliciesPerUser: %1")
                               .arg(kMaxAttachedPoliciesPerUser));
        }
        writer.attachPolicy(caller.accountId, userName, policyArn, m_clock.nowMs());
    });
}

void IdentityService::detachUserPolicy(const QString &userName, const QString &policyArn)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 64);
    checkLength(policyArn, "policyArn", 20, 2048);
    authorizeIam(caller, "iam:DetachUserPolicy", requireUserArn(caller, userName));
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (!writer.read().findUser(caller.accountId, userName))
            noSuchUser(userName);
        if (!writer.read().attachedPolicies(caller.accountId, userName).contains(policyArn)) {
            throw PcaError(iamErrors::NoSuchEntity,
                           QStringLiteral("Policy %1 was not found.").arg(policyArn));
        }
        writer.detachPolicy(caller.accountId, userName, policyArn);
    });
}

Page<api::iam::AttachedPolicy> IdentityService::listAttachedUserPolicies(const QString &userName,
                                                                         const QString &pathPrefix,
                                                                         const PageRequest &request)
{
    const Caller caller = currentCaller();
    checkName(userName, "userName", 64);
    const QString prefix = pathPrefix.isEmpty() ? QStringLiteral("/") : pathPrefix;
    checkLength(prefix, "pathPrefix", 1, 512);
    maxItemsOf(request);
    authorizeIam(caller, "iam:ListAttachedUserPolicies", requireUserArn(caller, userName));
    requireUser(caller, userName);
    QList<api::iam::AttachedPolicy> policies;
    for (const QString &arn :
         store::IdentityReader(m_store.reader()).attachedPolicies(caller.accountId, userName)) {
        const ManagedPolicy *managed = findManagedPolicy(arn);
        // Every AWS managed policy of this field has the path "/".
        if (managed && QStringLiteral("/").startsWith(prefix))
            policies << api::iam::AttachedPolicy{managed->name, arn};
    }
    return pageOf(policies, request, [](const auto &policy) { return policy.policyArn; });
}

} // namespace pca

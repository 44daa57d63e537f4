// Accounts and the callers behind access keys; the IAM operations are in IamActions.cpp.
#include "service/IdentityService.h"

#include "crypto/OpenSsl.h"
#include "crypto/SecretBox.h"
#include "service/ManagedPolicies.h"

#include <QRegularExpression>

namespace pca {

namespace iamErrors = api::iam::errors;

struct IdentityService::CachedKey
{
    Caller caller;
    QByteArray secret;
};

namespace {

constexpr qsizetype kMaxCachedKeys = 4096;

QString randomBase32(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    for (const char byte : crypto::randomBytes(length))
        out += QLatin1Char(alphabet[static_cast<unsigned char>(byte) % 32]);
    return out;
}

} // namespace

IdentityService::IdentityService(store::SqlStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_storeAccount(store.identity().accountId)
{}

IdentityService::~IdentityService() = default;

const QString &IdentityService::storeAccountId() const
{
    return m_storeAccount;
}

QByteArray IdentityService::secretKey() const
{
    return m_store.derivedKey("iam-access-keys");
}

// ---- accounts ---------------------------------------------------------------------------------

CreatedAccount IdentityService::createAccount(const QString &requestedId, const QString &name)
{
    static const QRegularExpression accountPattern(QStringLiteral("\\A[0-9]{12}\\z"));
    if (!requestedId.isEmpty() && !accountPattern.match(requestedId).hasMatch()) {
        throw PcaError(iamErrors::Validation,
                       QStringLiteral("An account ID is 12 digits, not '%1'.").arg(requestedId));
    }
    if (name.size() > 64 || name.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")))) {
        throw PcaError(iamErrors::Validation,
                       QStringLiteral("An account name is at most 64 printable characters."));
    }
    CreatedAccount created;
    created.accountId = requestedId.isEmpty() ? store::SqlStore::generateAccountId() : requestedId;
    created.name = name.isEmpty() ? QStringLiteral("account-%1").arg(created.accountId) : name;
    created.accessKeyId = QStringLiteral("AKIA") + randomBase32(16);
    created.secretAccessKey = QString::fromLatin1(crypto::randomBytes(30).toBase64());

    store::AccessKeyRecord key;
    key.accessKeyId = created.accessKeyId;
    key.accountId = created.accountId;
    key.secret = crypto::sealSecret(secretKey(), created.secretAccessKey.toUtf8(),
                                    created.accessKeyId.toUtf8());
    key.createdAt = m_clock.nowMs();
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (created.accountId == m_storeAccount || writer.read().findAccount(created.accountId)) {
            throw PcaError(iamErrors::EntityAlreadyExists,
                           QStringLiteral("The account %1 already exists.").arg(created.accountId));
        }
        writer.insertAccount({created.accountId, created.name, key.createdAt});
        writer.insertAccessKey(key);
    });
    return created;
}

QList<AccountSummary> IdentityService::listAccounts()
{
    store::IdentityReader reader(m_store.reader());
    QList<AccountSummary> out;
    AccountSummary own;
    own.accountId = m_storeAccount;
    own.name = QStringLiteral("store owner");
    own.storeAccount = true;
    own.users = reader.countUsers(m_storeAccount);
    out << own;
    for (const store::IamAccountRecord &account : reader.listAccounts()) {
        AccountSummary summary;
        summary.accountId = account.accountId;
        summary.name = account.name;
        summary.createdAt = account.createdAt;
        summary.users = reader.countUsers(account.accountId);
        out << summary;
    }
    return out;
}

void IdentityService::deleteAccount(const QString &accountId)
{
    if (accountId == m_storeAccount) {
        throw PcaError(
            iamErrors::DeleteConflict,
            QStringLiteral("The store's own account %1 cannot be deleted.").arg(accountId));
    }
    m_store.write([&](store::StoreWriter &w) {
        store::IdentityWriter writer(w);
        if (!writer.read().findAccount(accountId)) {
            throw PcaError(iamErrors::NoSuchEntity,
                           QStringLiteral("The account %1 does not exist.").arg(accountId));
        }
        writer.deleteAccount(accountId);
    });
}

bool IdentityService::accountExists(const QString &accountId)
{
    return accountId == m_storeAccount ||
           store::IdentityReader(m_store.reader()).findAccount(accountId).has_value();
}

// ---- callers ------------------------------------------------------------------------------------

std::shared_ptr<const IdentityService::CachedKey>
IdentityService::cachedKey(const QString &accessKeyId)
{
    store::IdentityReader reader(m_store.reader());
    const qint64 generation = reader.generation();
    {
        QMutexLocker lock(&m_cacheMutex);
        if (generation != m_cacheGeneration) {
            m_cache.clear();
            m_cacheGeneration = generation;
        }
        if (const auto found = m_cache.constFind(accessKeyId); found != m_cache.cend())
            return found.value();
    }

    std::shared_ptr<CachedKey> entry;
    const std::optional<store::AccessKeyRecord> key = reader.findAccessKey(accessKeyId);
    if (key && key->active) {
        entry = std::make_shared<CachedKey>();
        Caller &caller = entry->caller;
        caller.accountId = key->accountId;
        caller.accessKeyId = key->accessKeyId;
        if (key->userName.isEmpty()) {
            caller = Caller::administratorOf(key->accountId);
            caller.accessKeyId = key->accessKeyId;
        } else {
            const std::optional<store::IamUserRecord> user =
                reader.findUser(key->accountId, key->userName);
            if (!user)
                entry.reset();
            else {
                caller.arn = user->arn();
                caller.userName = user->userName;
                caller.userId = user->userId;
                // Stored documents were checked when they were put; one that no longer
                // parses (a grammar change) is left out, which can only deny more.
                for (const store::InlinePolicyRecord &policy :
                     reader.userPolicies(key->accountId, key->userName)) {
                    try {
                        caller.policies
                            << PolicyDocument::parse(policy.document, PolicyKind::Identity,
                                                     iamErrors::MalformedPolicyDocument);
                    } catch (const PcaError &) {
                    }
                }
                for (const QString &arn : reader.attachedPolicies(key->accountId, key->userName)) {
                    if (const ManagedPolicy *managed = findManagedPolicy(arn))
                        caller.policies << managed->compiled;
                }
            }
        }
        if (entry) {
            entry->secret = crypto::openSecret(secretKey(), key->secret, key->accessKeyId.toUtf8());
        }
    }

    QMutexLocker lock(&m_cacheMutex);
    if (generation == m_cacheGeneration) {
        if (m_cache.size() >= kMaxCachedKeys)
            m_cache.clear();
        m_cache.insert(accessKeyId, entry);
    }
    return entry;
}

std::optional<Caller> IdentityService::callerForKey(const QString &accessKeyId)
{
    if (const auto entry = cachedKey(accessKeyId))
        return entry->caller;
    return std::nullopt;
}

std::optional<QByteArray> IdentityService::secretForKey(const QByteArray &accessKeyId)
{
    if (const auto entry = cachedKey(QString::fromLatin1(accessKeyId)))
        return entry->secret;
    return std::nullopt;
}

Caller IdentityService::currentCaller() const
{
    if (const Caller *caller = CallerScope::current())
        return *caller;
    return Caller::administratorOf(m_storeAccount);
}

api::iam::CallerIdentity IdentityService::getCallerIdentity() const
{
    const Caller caller = currentCaller();
    return {caller.userId, caller.accountId, caller.arn};
}

} // namespace pca

#include "service/PrivateCaService.h"

#include "api/ApiJson.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateInspector.h"
#include "crypto/Keys.h"
#include "service/ServiceInternals.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <chrono>

namespace pca {

Q_DECLARE_LOGGING_CATEGORY(lcService)

using api::CertificateAuthorityStatus;

// ---- ServiceInternals ------------------------------------------------------------------------

ServiceInternals::ServiceInternals(PrivateCaService &service)
    : q(service)
    , store(service.m_store)
    , clock(service.m_clock)
    , m_tokenKey(store.derivedKey("pagination-token"))
{}

QString ServiceInternals::caArn(const QString &caId) const
{
    return QStringLiteral("arn:aws:acm-pca:%1:%2:certificate-authority/%3")
        .arg(store.identity().region, store.identity().accountId, caId);
}

QString ServiceInternals::certificateArn(const QString &caArnText, const QString &serial) const
{
    return caArnText + QStringLiteral("/certificate/") + serial;
}

QString ServiceInternals::caIdFromArn(const QString &arn) const
{
    // arn:<partition>:acm-pca:<region>:<account>:certificate-authority/<id>
    const QStringList parts = arn.split(QLatin1Char(':'));
    if (parts.size() != 6 || parts.at(0) != QLatin1StringView("arn") ||
        parts.at(2) != QLatin1StringView("acm-pca")) {
        throw PcaError(errors::InvalidArn,
                       QStringLiteral("The ARN %1 is not a certificate authority ARN.").arg(arn));
    }
    const QString &resource = parts.at(5);
    if (!resource.startsWith(PrivateCaService::caArnResource())) {
        throw PcaError(errors::InvalidArn,
                       QStringLiteral("The ARN %1 is not a certificate authority ARN.").arg(arn));
    }
    const QString id = resource.mid(PrivateCaService::caArnResource().size());
    static const QRegularExpression uuid(
        QStringLiteral("\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    if (!uuid.match(id).hasMatch()) {
        throw PcaError(
            errors::InvalidArn,
            QStringLiteral("The ARN %1 does not end in a certificate authority ID.").arg(arn));
    }
    if (parts.at(1) != QLatin1StringView("aws") || parts.at(3) != store.identity().region ||
        parts.at(4) != store.identity().accountId) {
        throw PcaError(errors::ResourceNotFound,
                       QStringLiteral("Could not find certificate authority %1 (this store is "
                                      "account %2 in %3).")
                           .arg(arn, store.identity().accountId, store.identity().region));
    }
    return id;
}

std::optional<store::CaRecord> ServiceInternals::findLiveCa(const QString &caId)
{
    std::optional<store::CaRecord> ca = reader().findCa(caId);
    if (ca && ca->status == CertificateAuthorityStatus::DELETED &&
        ca->restorableUntil.value_or(0) <= now())
        return std::nullopt; // past its restore window: permanently deleted
    return ca;
}

std::shared_ptr<const store::CaRecord> ServiceInternals::loadCaShared(const QString &arn)
{
    // CA records are read on every call, so they are cached: an entry is used while no commit
    // of any process sharing the store changed a CA row since it was read (the store's CA
    // generation, one indexed read). A CA disabled, or its policy changed, through another
    // server is therefore in force here for the next request. Actions also re-check the state
    // they depend on inside their write job.
    const QString id = caIdFromArn(arn);
    const auto notFound = [&arn] {
        return PcaError(errors::ResourceNotFound,
                        QStringLiteral("Could not find certificate authority %1.").arg(arn));
    };
    const auto live = [this](const store::CaRecord &ca) {
        return !(ca.status == CertificateAuthorityStatus::DELETED &&
                 ca.restorableUntil.value_or(0) <= now());
    };
    const qint64 steadyNow = qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now().time_since_epoch())
                                        .count());
    const quint64 generation = store.caGeneration();
    {
        QMutexLocker lock(&m_cacheMutex);
        const CachedCa *cached = m_records.find(id);
        if (cached && cached->generation == generation) {
            if (!live(*cached->record))
                throw notFound();
            return cached->record;
        }
    }
    std::optional<store::CaRecord> found = reader().findCa(id);
    if (!found)
        throw notFound();
    auto ca = std::make_shared<const store::CaRecord>(std::move(*found));
    {
        QMutexLocker lock(&m_cacheMutex);
        m_records.insert(id, CachedCa{ca, generation, steadyNow});
    }
    if (!live(*ca))
        throw notFound();
    return ca;
}

bool ServiceInternals::signsSlowly(const QString &caArn)
{
    try {
        const api::KeyAlgorithm key = loadCaShared(caArn)->configuration.keyAlgorithm;
        return key == api::KeyAlgorithm::RSA_3072 || key == api::KeyAlgorithm::RSA_4096;
    } catch (const PcaError &) {
        return false;
    }
}

CertificateAuthorityStatus ServiceInternals::effectiveStatus(const store::CaRecord &ca) const
{
    return effectiveStatus(ca.status, ca.notAfter);
}

CertificateAuthorityStatus ServiceInternals::effectiveStatus(CertificateAuthorityStatus stored,
                                                             std::optional<qint64> notAfter) const
{
    if ((stored == CertificateAuthorityStatus::ACTIVE ||
         stored == CertificateAuthorityStatus::DISABLED) &&
        notAfter && *notAfter < now())
        return CertificateAuthorityStatus::EXPIRED;
    return stored;
}

void ServiceInternals::invalidState(const store::CaRecord &ca, const QString &action) const
{
    throw PcaError(
        errors::InvalidState,
        QString::fromLatin1(awsWording::kInState).arg(api::enumName(effectiveStatus(ca))) +
            QStringLiteral(" %1 is not allowed for %2 in this state.").arg(action, ca.arn));
}

void ServiceInternals::invalidStateAs(const store::CaRecord &ca, const char *sentence,
                                      const QString &hint) const
{
    invalidStateAs(ca.arn, effectiveStatus(ca), sentence, hint);
}

void ServiceInternals::invalidStateAs(const QString &caArn, CertificateAuthorityStatus status,
                                      const char *sentence, const QString &hint)
{
    const QString wording = QString::fromLatin1(sentence);
    QString message = wording.contains(QLatin1StringView("%1")) ? wording.arg(caArn) : wording;
    message +=
        wording.contains(QLatin1StringView("%1"))
            ? QStringLiteral(" Its status is %1.").arg(api::enumName(status))
            : QStringLiteral(" Certificate authority %1 is %2.").arg(caArn, api::enumName(status));
    if (!hint.isEmpty())
        message += QLatin1Char(' ') + hint;
    throw PcaError(errors::InvalidState, message);
}

api::CertificateAuthority ServiceInternals::describe(const store::CaRecord &ca) const
{
    auto at = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
    api::CertificateAuthority out;
    out.arn = ca.arn;
    out.ownerAccount = store.identity().accountId;
    out.createdAt = at(ca.createdAt);
    out.lastStateChangeAt = at(ca.lastStateChangeAt);
    out.type = ca.type;
    if (!ca.serial.isEmpty())
        out.serial = crypto::serialColonHex(ca.serial);
    out.status = effectiveStatus(ca);
    if (ca.notBefore)
        out.notBefore = at(*ca.notBefore);
    if (ca.notAfter)
        out.notAfter = at(*ca.notAfter);
    if (ca.status == CertificateAuthorityStatus::FAILED)
        out.failureReason = ca.failureReason.value_or(api::FailureReason::OTHER);
    out.certificateAuthorityConfiguration = ca.configuration;
    api::RevocationConfiguration revocation =
        ca.revocation.value_or(api::RevocationConfiguration{});
    if (!revocation.crlConfiguration)
        revocation.crlConfiguration = api::CrlConfiguration{};
    if (!revocation.ocspConfiguration)
        revocation.ocspConfiguration = api::OcspConfiguration{};
    out.revocationConfiguration = revocation;
    if (ca.status == CertificateAuthorityStatus::DELETED && ca.restorableUntil)
        out.restorableUntil = at(*ca.restorableUntil);
    out.keyStorageSecurityStandard = ca.keyStorage;
    out.usageMode = ca.usageMode;
    return out;
}

std::shared_ptr<CaKeyMaterial> ServiceInternals::caKey(const store::CaRecord &ca)
{
    {
        QMutexLocker lock(&m_cacheMutex);
        if (const auto *found = m_keys.find(ca.id))
            return *found;
    }
    if (ca.encryptedKey.isEmpty()) {
        throw PcaError(errors::RequestInProgress,
                       QStringLiteral("The key of certificate authority %1 is still being "
                                      "generated.")
                           .arg(ca.arn));
    }
    auto material = std::make_shared<CaKeyMaterial>();
    try {
        material->key = crypto::decryptPrivateKey(ca.encryptedKey, store.passphrase());
    } catch (const PcaError &e) {
        throw PcaError(
            errors::InternalFailure,
            QStringLiteral("The private key of %1 cannot be loaded: %2").arg(ca.arn, e.message()));
    }
    QMutexLocker lock(&m_cacheMutex);
    if (const auto *found = m_keys.find(ca.id))
        return *found; // decrypted meanwhile by another thread
    return m_keys.insert(ca.id, material);
}

std::shared_ptr<CaCertificateMaterial> ServiceInternals::caCertificate(const store::CaRecord &ca)
{
    if (ca.certificate.isEmpty())
        return nullptr;
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto *found = m_certificates.find(ca.id);
        if (found && (*found)->der == ca.certificate && (*found)->chain == ca.certificateChain)
            return *found;
    }
    auto material = std::make_shared<CaCertificateMaterial>();
    material->der = ca.certificate;
    material->chain = ca.certificateChain;
    material->certificate = crypto::certificateFromDer(ca.certificate);
    // Cache the extension data OpenSSL computes lazily so that the object is only read later.
    crypto::precomputeExtensionData(material->certificate.get());
    material->issuedChainPem = QString::fromLatin1(
        crypto::pemFromDer(ca.certificate, "CERTIFICATE") + ca.certificateChain);
    QMutexLocker lock(&m_cacheMutex);
    m_certificates.insert(ca.id, material);
    return material;
}

void ServiceInternals::forgetCertificate(const QString &caId)
{
    QMutexLocker lock(&m_cacheMutex);
    m_certificates.remove(caId);
}

void ServiceInternals::forgetCa(const QString &caId)
{
    {
        QMutexLocker lock(&m_cacheMutex);
        m_records.remove(caId);
        m_keys.remove(caId);
        m_certificates.remove(caId);
    }
    ocspResponses.removeCa(caId);
    std::lock_guard lock(m_partitionsGuard);
    m_partitionCursors.remove(caId);
}

QString ServiceInternals::makeNextToken(const QString &operation, const QString &scope,
                                        const QJsonObject &cursor) const
{
    QJsonObject payload = cursor;
    payload.insert(QStringLiteral("op"), operation);
    payload.insert(QStringLiteral("scope"), scope);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray mac = crypto::hmacSha256(m_tokenKey, body).left(16);
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(body.toBase64(options) + '.' + mac.toBase64(options));
}

QJsonObject ServiceInternals::readNextToken(const QString &operation, const QString &scope,
                                            const QString &token) const
{
    const auto invalid = [&operation] {
        return PcaError(errors::InvalidNextToken,
                        QStringLiteral("The token specified in the NextToken argument is not "
                                       "valid. Use the token returned from your previous call "
                                       "to %1.")
                            .arg(operation));
    };
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 2)
        throw invalid();
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    const auto body = QByteArray::fromBase64Encoding(parts.at(0), options);
    const auto mac = QByteArray::fromBase64Encoding(parts.at(1), options);
    if (!body || !mac ||
        !crypto::constantTimeEquals(crypto::hmacSha256(m_tokenKey, body.decoded).left(16),
                                    mac.decoded))
        throw invalid();
    const QJsonObject payload = QJsonDocument::fromJson(body.decoded).object();
    if (payload.value(QStringLiteral("op")).toString() != operation ||
        payload.value(QStringLiteral("scope")).toString() != scope)
        throw invalid();
    return payload;
}

namespace {
QString s3BucketNameProblem(const QString &name);
}

namespace {

[[noreturn]] void invalidArgs(const QString &message)
{
    throw PcaError(errors::InvalidArgs, message);
}

// Amazon S3 bucket naming rules (general purpose buckets).
QString s3BucketNameProblem(const QString &name)
{
    if (name.size() < 3 || name.size() > 63)
        return QStringLiteral("must be 3 to 63 characters long");
    static const QRegularExpression allowed(QStringLiteral("\\A[a-z0-9.-]+\\z"));
    if (!allowed.match(name).hasMatch())
        return QStringLiteral("may contain only lower-case letters, digits, dots and hyphens");
    const auto alnum = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    if (!alnum(name.front()) || !alnum(name.back()))
        return QStringLiteral("must begin and end with a letter or digit");
    if (name.contains(QStringLiteral("..")))
        return QStringLiteral("must not contain two adjacent dots");
    QHostAddress address;
    if (address.setAddress(name) && address.protocol() == QAbstractSocket::IPv4Protocol)
        return QStringLiteral("must not be formatted as an IP address");
    if (name.startsWith(QStringLiteral("xn--")) || name.startsWith(QStringLiteral("sthree-")))
        return QStringLiteral("must not start with a reserved prefix");
    if (name.endsWith(QStringLiteral("-s3alias")) || name.endsWith(QStringLiteral("--ol-s3")))
        return QStringLiteral("must not end with a reserved suffix");
    return QString();
}

void checkCname(const std::optional<QString> &cname, const char *member)
{
    if (!cname)
        return;
    const QString lower = cname->toLower();
    if (lower.startsWith(QStringLiteral("http://")) ||
        lower.startsWith(QStringLiteral("https://")) || lower.contains(QStringLiteral("://"))) {
        invalidArgs(QStringLiteral("%1 must not include a protocol prefix such as http:// or "
                                   "https://.")
                        .arg(QLatin1StringView(member)));
    }
    if (cname->isEmpty())
        invalidArgs(QStringLiteral("%1 must not be empty.").arg(QLatin1StringView(member)));
}

} // namespace

QString ServiceInternals::s3BucketNameProblem(const QString &name)
{
    return pca::s3BucketNameProblem(name);
}

void ServiceInternals::validateRevocationConfiguration(
    const api::RevocationConfiguration &config) const
{
    if (const auto &crl = config.crlConfiguration) {
        if (!crl->enabled) {
            if (crl->expirationInDays || crl->customCname || crl->s3BucketName ||
                crl->s3ObjectAcl || crl->crlDistributionPointExtensionConfiguration ||
                crl->crlType || crl->customPath) {
                invalidArgs(QStringLiteral("A configuration disabling CRLs or OCSP must contain "
                                           "only the Enabled=False parameter; this "
                                           "CrlConfiguration has others."));
            }
        } else {
            if (!crl->s3BucketName)
                invalidArgs(QStringLiteral("S3BucketName is required when CRLs are enabled."));
            const QString problem = s3BucketNameProblem(*crl->s3BucketName);
            if (!problem.isEmpty()) {
                invalidArgs(QStringLiteral("The S3 bucket name %1 does not conform to the S3 "
                                           "bucket naming rules: it %2.")
                                .arg(*crl->s3BucketName, problem));
            }
            checkCname(crl->customCname, "CustomCname");
            if (crl->crlDistributionPointExtensionConfiguration &&
                crl->crlDistributionPointExtensionConfiguration->omitExtension &&
                crl->customCname && !crl->customCname->isEmpty()) {
                invalidArgs(QStringLiteral("OmitExtension cannot be enabled with a custom CNAME "
                                           "set."));
            }
        }
    }
    if (const auto &ocsp = config.ocspConfiguration) {
        if (!ocsp->enabled) {
            if (ocsp->ocspCustomCname)
                invalidArgs(QStringLiteral("A configuration disabling CRLs or OCSP must contain "
                                           "only the Enabled=False parameter; this "
                                           "OcspConfiguration has OcspCustomCname."));
        } else {
            checkCname(ocsp->ocspCustomCname, "OcspCustomCname");
        }
    }
}

void ServiceInternals::validateTags(const QList<api::Tag> &tags) const
{
    if (tags.size() > 50) {
        throw PcaError(errors::TooManyTags,
                       QStringLiteral("You can associate up to 50 tags with a private CA (%1 "
                                      "were given).")
                           .arg(tags.size()));
    }
    if (tags.isEmpty())
        throw PcaError(errors::InvalidTag, QStringLiteral("At least one tag is required."));
    for (const api::Tag &tag : tags) {
        if (tag.key.startsWith(QStringLiteral("aws:"), Qt::CaseInsensitive)) {
            throw PcaError(
                errors::InvalidTag,
                QStringLiteral("The tag key %1 uses the reserved prefix aws:.").arg(tag.key));
        }
    }
}

bool ServiceInternals::crlEnabled(const store::CaRecord &ca) const
{
    return ca.revocation && ca.revocation->crlConfiguration &&
           ca.revocation->crlConfiguration->enabled;
}

QString ServiceInternals::crlPath(const store::CaRecord &ca) const
{
    QString path = QStringLiteral("crl");
    if (ca.revocation && ca.revocation->crlConfiguration &&
        ca.revocation->crlConfiguration->customPath) {
        path = *ca.revocation->crlConfiguration->customPath;
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
    }
    return path.isEmpty() ? QString() : path + QLatin1Char('/');
}

QString ServiceInternals::crlObjectKey(const store::CaRecord &ca) const
{
    return crlPath(ca) + ca.id + QStringLiteral(".crl");
}

QString ServiceInternals::crlPartitionObjectKey(const store::CaRecord &ca,
                                                const QString &partition) const
{
    return crlPath(ca) + partition + QStringLiteral(".crl");
}

QString ServiceInternals::crlObjectUrl(const store::CaRecord &ca, const QString &objectKey) const
{
    const api::CrlConfiguration &crl = *ca.revocation->crlConfiguration;
    if (crl.customCname && !crl.customCname->isEmpty())
        return QStringLiteral("http://") + *crl.customCname + QLatin1Char('/') + objectKey;
    QString base = q.publicBaseUrl();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char('/') + crl.s3BucketName.value_or(QString()) + QLatin1Char('/') +
           objectKey;
}

bool ServiceInternals::crlDistributionPointOmitted(const store::CaRecord &ca) const
{
    const api::CrlConfiguration &crl = *ca.revocation->crlConfiguration;
    return crl.crlDistributionPointExtensionConfiguration &&
           crl.crlDistributionPointExtensionConfiguration->omitExtension;
}

QString ServiceInternals::crlDistributionPointUrl(const store::CaRecord &ca,
                                                  const QString &partition) const
{
    if (!crlEnabled(ca) || crlDistributionPointOmitted(ca))
        return QString();
    return crlObjectUrl(ca, partition.isEmpty() ? crlObjectKey(ca)
                                                : crlPartitionObjectKey(ca, partition));
}

QString ServiceInternals::crlPartitionFor(const store::CaRecord &ca)
{
    if (!crlEnabled(ca) ||
        ca.revocation->crlConfiguration->crlType.value_or(api::CrlType::COMPLETE) !=
            api::CrlType::PARTITIONED ||
        crlDistributionPointOmitted(ca))
        return QString();
    std::lock_guard lock(m_partitionsGuard);
    PartitionCursor *cursor = m_partitionCursors.find(ca.id);
    if (!cursor)
        cursor = &m_partitionCursors.insert(ca.id, PartitionCursor());
    for (int attempt = 0; cursor->remaining <= 0; ++attempt) {
        if (attempt == 5) {
            throw PcaError(errors::ConcurrentModification,
                           QStringLiteral("The CRL partitions of %1 kept filling up while a place "
                                          "was reserved.")
                               .arg(ca.arn));
        }
        if (!reservePartitionPlaces(ca.id, *cursor)) {
            // The newest partition is full (or there is none): committed, with its first CRL,
            // before any certificate names it; places in it are reserved like in any other.
            startCrlPartition(ca.id);
        }
    }
    --cursor->remaining;
    return cursor->id;
}

bool ServiceInternals::reservePartitionPlaces(const QString &caId, PartitionCursor &cursor)
{
    // Places are counted in the store, for every process sharing it, and handed out in blocks
    // so that issuance writes the count once per block. A process that stops with places left
    // leaves its partition less than full, never over full.
    const qint64 size = crlPartitionSize.load();
    const qint64 block = qBound(qint64(1), size / 16, qint64(256));
    bool reserved = false;
    store.write([&](store::StoreWriter &w) {
        const QList<store::CrlPartitionRecord> partitions = w.crlPartitions(caId);
        if (partitions.isEmpty())
            return;
        const QString id = partitions.last().id;
        const QString key = QStringLiteral("crl_partition_fill:") + id;
        const std::optional<QString> stored = w.meta(key);
        // A partition from before fills were counted starts from the certificates it holds.
        const qint64 fill = stored ? stored->toLongLong() : w.countPartitionCertificates(caId, id);
        if (fill >= size)
            return;
        const qint64 taken = qMin(block, size - fill);
        w.setMeta(key, QString::number(fill + taken));
        cursor.id = id;
        cursor.remaining = taken;
        reserved = true;
    });
    return reserved;
}

QString ServiceInternals::ocspUrl(const store::CaRecord &ca) const
{
    if (!ca.revocation || !ca.revocation->ocspConfiguration ||
        !ca.revocation->ocspConfiguration->enabled)
        return QString();
    const auto &cname = ca.revocation->ocspConfiguration->ocspCustomCname;
    if (cname && !cname->isEmpty())
        return QStringLiteral("http://") + *cname + QLatin1Char('/');
    QString base = q.publicBaseUrl();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/ocsp");
}

void ServiceInternals::auditKeyUse(store::StoreWriter &writer, const QString &caId,
                                   const QString &action, const QJsonObject &detail)
{
    writer.appendAuditEvent(
        caId, now(), action,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

// ---- PrivateCaService --------------------------------------------------------------------------

PrivateCaService::PrivateCaService(store::SqlStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , d(std::make_unique<ServiceInternals>(*this))
{
    m_background.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_signing.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    d->resumeInterruptedWork();
}

PrivateCaService::~PrivateCaService()
{
    m_signing.waitForDone();
    m_background.waitForDone();
    try {
        d->flushOcspAudit(true, true);
    } catch (const std::exception &e) {
        qCWarning(lcService) << "The OCSP signing audit events could not be written:" << e.what();
    }
    // Queued IssueCertificate writes answer through this service: let them finish first. The
    // writer runs jobs in order, so an empty write returns once all of them are answered.
    try {
        m_store.write([](store::StoreWriter &) {});
    } catch (...) {
        // A store that cannot write has already answered its queued jobs with the failure.
    }
}

const store::StoreIdentity &PrivateCaService::identity() const
{
    return m_store.identity();
}

QString PrivateCaService::publicBaseUrl() const
{
    // The stored setting is re-read at most every few seconds (it may be changed by another
    // process sharing the store); the process override wins.
    constexpr qint64 kStoredUrlLifetimeMs = 5000;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_publicBaseUrlOverride.isEmpty())
            return m_publicBaseUrlOverride;
        if (m_storedUrlAge.isValid() && m_storedUrlAge.elapsed() < kStoredUrlLifetimeMs)
            return m_storedUrl;
    }
    const auto stored = m_store.reader().meta(QStringLiteral("public_base_url"));
    const QString url =
        stored && !stored->isEmpty() ? *stored : QStringLiteral("http://127.0.0.1:8080");
    QMutexLocker lock(&m_mutex);
    m_storedUrl = url;
    m_storedUrlAge.start();
    return url;
}

namespace {
QString checkedBaseUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1StringView("http") &&
         parsed.scheme() != QLatin1StringView("https")) ||
        parsed.host().isEmpty()) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("The public base URL must be an http:// or https:// URL "
                                      "with a host: %1")
                           .arg(url));
    }
    QString out = url;
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}
} // namespace

void PrivateCaService::setPublicBaseUrlOverride(const QString &url)
{
    const QString checked = url.isEmpty() ? QString() : checkedBaseUrl(url);
    QMutexLocker lock(&m_mutex);
    m_publicBaseUrlOverride = checked;
}

void PrivateCaService::setStoredPublicBaseUrl(const QString &url)
{
    const QString checked = url.isEmpty() ? QString() : checkedBaseUrl(url);
    m_store.write(
        [&](store::StoreWriter &w) { w.setMeta(QStringLiteral("public_base_url"), checked); });
    QMutexLocker lock(&m_mutex);
    m_storedUrlAge.invalidate();
}

void PrivateCaService::waitForBackgroundWork()
{
    m_background.waitForDone();
}

} // namespace pca

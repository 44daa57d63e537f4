// Certificate Manager's actions: request, describe, get, export, list, import, delete, tags,
// options, account configuration. Issuance and renewal are in CertificateManagerIssuance.cpp.
#include "service/CertificateManager.h"

#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateInspector.h"
#include "crypto/Keys.h"
#include "crypto/ManagedCertificateCrypto.h"
#include "crypto/Pkcs12Export.h"
#include "service/AcmOperations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace pca {

using namespace api::acm;
using store::ManagedCertificateReader;
using store::ManagedCertificateRecord;
using store::ManagedCertificateWriter;

namespace {

constexpr const char *kRequestScope = "acm:RequestCertificate";
constexpr const char *kAccountConfigurationScope = "acm:PutAccountConfiguration";

[[noreturn]] void invalidParameter(const QString &message)
{
    throw PcaError(errors::InvalidParameter, message);
}

QString pemOf(const QByteArray &der)
{
    return QString::fromLatin1(crypto::pemFromDer(der, "CERTIFICATE"));
}

} // namespace

CertificateManager::CertificateManager(store::SqlStore &store, PrivateCaService &privateCa,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_privateCa(privateCa)
    , d(std::make_unique<AcmOperations>(*this, store, privateCa))
{
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    // Certificates whose issuance a crash or a shutdown interrupted.
    for (const ManagedCertificateRecord &record : d->reader().pending())
        scheduleIssue(record.id);
}

CertificateManager::~CertificateManager()
{
    m_pool.waitForDone();
}

void CertificateManager::waitForBackgroundWork()
{
    m_pool.waitForDone();
}

// ---- RequestCertificate -------------------------------------------------------------------

RequestCertificateResponse
CertificateManager::requestCertificate(const RequestCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("RequestCertificate", QStringLiteral("*"),
                 request.tags ? AcmOperations::tagContext(*request.tags)
                              : QHash<QString, QStringList>{});
    if (!request.certificateAuthorityArn) {
        invalidParameter(QStringLiteral(
            "This server issues private certificates only: give CertificateAuthorityArn, the ARN "
            "of a private CA of this store. A public certificate needs Amazon to validate the "
            "domain by DNS or email, which an offline private CA cannot do."));
    }
    if (request.domainValidationOptions || request.validationMethod) {
        invalidParameter(QStringLiteral("ValidationMethod and DomainValidationOptions apply to "
                                        "public certificates; a private certificate (one with "
                                        "CertificateAuthorityArn) is not validated."));
    }
    const KeyAlgorithm keyAlgorithm = request.keyAlgorithm.value_or(KeyAlgorithm::RSA_2048);
    if (!crypto::generatedKeyAlgorithm(keyAlgorithm)) {
        invalidParameter(QStringLiteral("KeyAlgorithm %1 is not supported for requested "
                                        "certificates: use RSA_2048, RSA_3072, RSA_4096, "
                                        "EC_prime256v1, EC_secp384r1 or EC_secp521r1.")
                             .arg(api::enumName(keyAlgorithm)));
    }
    if (request.tags)
        AcmOperations::validateTags(*request.tags);
    const qint64 now = d->now();
    if (request.idempotencyToken) {
        if (auto earlier = m_store.reader().findIdempotencyResult(
                QString::fromLatin1(kRequestScope), *request.idempotencyToken,
                now - kIdempotencyWindowMs))
            return {*earlier};
    }

    ManagedCertificateRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.arn = d->arnFor(record.id);
    record.type = CertificateType::PRIVATE;
    record.status = CertificateStatus::PENDING_VALIDATION;
    record.domainName = request.domainName;
    record.subjectAlternativeNames << request.domainName;
    for (const QString &name : request.subjectAlternativeNames.value_or(QList<QString>{})) {
        if (!record.subjectAlternativeNames.contains(name, Qt::CaseInsensitive))
            record.subjectAlternativeNames << name;
    }
    record.keyAlgorithm = keyAlgorithm;
    record.caArn = *request.certificateAuthorityArn;
    record.caId = record.caArn.section(QLatin1Char('/'), -1);
    record.createdAt = now;
    if (request.options)
        record.transparencyPreference = request.options->certificateTransparencyLoggingPreference;

    const QString arn = m_store.write([&](store::StoreWriter &w) -> QString {
        if (request.idempotencyToken) {
            if (auto earlier =
                    w.findIdempotencyResult(QString::fromLatin1(kRequestScope),
                                            *request.idempotencyToken, now - kIdempotencyWindowMs))
                return *earlier;
        }
        ManagedCertificateWriter writer(w);
        writer.insert(record);
        for (const api::Tag &tag : request.tags.value_or(QList<api::Tag>{}))
            writer.upsertTag(record.id, tag);
        if (request.idempotencyToken)
            w.putIdempotencyResult(QString::fromLatin1(kRequestScope), *request.idempotencyToken,
                                   record.arn, now);
        return record.arn;
    });
    if (arn == record.arn) {
        Q_EMIT certificateChanged(arn);
        scheduleIssue(record.id);
    }
    return {arn};
}

// ---- reads --------------------------------------------------------------------------------

DescribeCertificateResponse
CertificateManager::describeCertificate(const DescribeCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("DescribeCertificate", request.certificateArn);
    return {d->describe(d->load(request.certificateArn))};
}

GetCertificateResponse CertificateManager::getCertificate(const GetCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("GetCertificate", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    if (record.status == CertificateStatus::PENDING_VALIDATION) {
        throw PcaError(errors::RequestInProgress,
                       QStringLiteral("Certificate %1 is still being issued.").arg(record.arn));
    }
    if (record.certificate.isEmpty()) {
        throw PcaError(errors::InvalidState,
                       QStringLiteral("Certificate %1 failed to be issued (%2): it has no "
                                      "certificate.")
                           .arg(record.arn, api::enumName(record.failureReason.value_or(
                                                FailureReason::OTHER))));
    }
    GetCertificateResponse response;
    response.certificate = pemOf(record.certificate);
    if (!record.certificateChain.isEmpty())
        response.certificateChain = record.certificateChain;
    return response;
}

namespace {

// The private certificate whose key may leave the store, or the error ExportCertificate gives.
void checkExportable(const ManagedCertificateRecord &record)
{
    if (record.type != CertificateType::PRIVATE) {
        throw PcaError(errors::Validation,
                       QStringLiteral("Certificate %1 was imported: only private certificates "
                                      "that a private CA issued through ACM can be exported.")
                           .arg(record.arn));
    }
    if (record.status == CertificateStatus::PENDING_VALIDATION) {
        throw PcaError(errors::RequestInProgress,
                       QStringLiteral("Certificate %1 is still being issued.").arg(record.arn));
    }
    if (record.encryptedKey.isEmpty()) {
        throw PcaError(errors::InvalidState,
                       QStringLiteral("Certificate %1 failed to be issued: there is nothing to "
                                      "export.")
                           .arg(record.arn));
    }
}

} // namespace

void CertificateManager::recordExport(const ManagedCertificateRecord &record)
{
    m_store.write([&](store::StoreWriter &w) {
        auto current = ManagedCertificateReader(w).find(record.id);
        if (!current)
            return;
        if (!current->exported) {
            current->exported = true;
            ManagedCertificateWriter(w).update(*current);
        }
        // The key of a certificate the CA signed left the store: the CA's audit trail says so.
        QJsonObject detail;
        detail.insert(QStringLiteral("certificateArn"), record.arn);
        detail.insert(QStringLiteral("serial"), record.serial);
        detail.insert(QStringLiteral("principal"), QStringLiteral("acm.amazonaws.com"));
        w.appendAuditEvent(record.caId, d->now(), QStringLiteral("ExportCertificate"),
                           QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    });
    Q_EMIT certificateChanged(record.arn);
}

ExportCertificateResponse
CertificateManager::exportCertificate(const ExportCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("ExportCertificate", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    checkExportable(record);
    const crypto::PKeyPtr key =
        crypto::decryptPrivateKey(record.encryptedKey, m_store.passphrase());
    ExportCertificateResponse response;
    response.certificate = pemOf(record.certificate);
    if (!record.certificateChain.isEmpty())
        response.certificateChain = record.certificateChain;
    response.privateKey =
        QString::fromLatin1(crypto::exportPrivateKeyPem(key.get(), request.passphrase));
    recordExport(record);
    return response;
}

QByteArray CertificateManager::exportPkcs12(const QString &certificateArn,
                                            const QByteArray &password)
{
    const ManagedCertificateRecord record = d->load(certificateArn);
    checkExportable(record);
    if (password.size() < 4) {
        throw PcaError(errors::Validation,
                       QStringLiteral("The passphrase must be at least 4 characters long."));
    }
    const crypto::PKeyPtr key =
        crypto::decryptPrivateKey(record.encryptedKey, m_store.passphrase());
    crypto::Pkcs12Options options;
    options.friendlyName = record.domainName;
    const QByteArray p12 = crypto::exportPkcs12(
        key.get(), record.certificate, record.certificateChain.toLatin1(), password, options);
    recordExport(record);
    return p12;
}

namespace {

// ListCertificates' tokens: the offset of the next page, for this operation, MAC'd so that a
// client cannot forge one.
QString pageToken(const QByteArray &key, qsizetype offset)
{
    const QByteArray body = QByteArray::number(offset);
    return QString::fromLatin1(
        (body + '.' + crypto::hmacSha256(key, body).left(12))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype pageOffset(const QByteArray &key, const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype dot = decoded ? decoded.decoded.indexOf('.') : -1;
    bool ok = false;
    const qsizetype offset = dot > 0 ? decoded.decoded.left(dot).toLongLong(&ok) : 0;
    if (!ok || offset < 0 ||
        !crypto::constantTimeEquals(crypto::hmacSha256(key, decoded.decoded.left(dot)).left(12),
                                    decoded.decoded.mid(dot + 1))) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("The NextToken is not valid. Use the token of the "
                                      "previous ListCertificates response."));
    }
    return offset;
}

template <typename T>
bool anyOf(const QList<T> &wanted, const QList<T> &has)
{
    return std::any_of(wanted.begin(), wanted.end(),
                       [&has](const T &value) { return has.contains(value); });
}

} // namespace

ListCertificatesResponse
CertificateManager::listCertificates(const ListCertificatesRequest &request)
{
    api::validateShape(request);
    d->authorize("ListCertificates", QStringLiteral("*"));
    const QByteArray tokenKey = m_store.derivedKey("acm-list-certificates");
    const qsizetype offset = request.nextToken ? pageOffset(tokenKey, *request.nextToken) : 0;
    // ACM's default key filter: RSA_1024 and RSA_2048 only.
    const QList<KeyAlgorithm> keyTypes =
        request.includes && request.includes->keyTypes
            ? *request.includes->keyTypes
            : QList<KeyAlgorithm>{KeyAlgorithm::RSA_1024, KeyAlgorithm::RSA_2048};
    QList<api::acm::CertificateSummary> matching;
    ManagedCertificateReader reader = d->reader();
    std::optional<std::pair<qint64, QString>> cursor;
    for (;;) {
        const QList<ManagedCertificateRecord> page = reader.list(cursor, 500);
        const QString account = d->callerAccount();
        for (const ManagedCertificateRecord &record : page) {
            if (!keyTypes.contains(record.keyAlgorithm) ||
                AcmOperations::accountOf(record) != account)
                continue;
            api::acm::CertificateSummary summary = d->summarize(record);
            if (request.certificateStatuses && !request.certificateStatuses->isEmpty() &&
                !request.certificateStatuses->contains(*summary.status))
                continue;
            if (request.includes && request.includes->keyUsage &&
                !anyOf(*request.includes->keyUsage,
                       summary.keyUsages.value_or(QList<KeyUsageName>{})))
                continue;
            if (request.includes && request.includes->extendedKeyUsage &&
                !anyOf(*request.includes->extendedKeyUsage,
                       summary.extendedKeyUsages.value_or(QList<ExtendedKeyUsageName>{})))
                continue;
            matching << summary;
        }
        if (page.size() < 500)
            break;
        cursor = std::make_pair(page.last().createdAt, page.last().id);
    }
    if (request.sortOrder == SortOrder::DESCENDING)
        std::reverse(matching.begin(), matching.end());
    const qsizetype limit = request.maxItems.value_or(1000);
    ListCertificatesResponse response;
    response.certificateSummaryList = matching.mid(offset, limit);
    if (offset + limit < matching.size())
        response.nextToken = pageToken(tokenKey, offset + limit);
    return response;
}

// ---- changes ------------------------------------------------------------------------------

void CertificateManager::deleteCertificate(const DeleteCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("DeleteCertificate", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    m_store.write([&](store::StoreWriter &w) { ManagedCertificateWriter(w).remove(record.id); });
    Q_EMIT certificateChanged(record.arn);
}

void CertificateManager::addTagsToCertificate(const AddTagsToCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("AddTagsToCertificate", request.certificateArn,
                 AcmOperations::tagContext(request.tags));
    AcmOperations::validateTags(request.tags);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    m_store.write([&](store::StoreWriter &w) {
        ManagedCertificateWriter writer(w);
        QList<api::Tag> tags = ManagedCertificateReader(w).tags(record.id);
        for (const api::Tag &tag : request.tags) {
            const auto same = [&tag](const api::Tag &t) { return t.key == tag.key; };
            if (std::none_of(tags.begin(), tags.end(), same))
                tags << tag;
        }
        if (tags.size() > 50) {
            throw PcaError(errors::TooManyTags,
                           QStringLiteral("A certificate can have at most 50 tags; these would "
                                          "make %1.")
                               .arg(tags.size()));
        }
        for (const api::Tag &tag : request.tags)
            writer.upsertTag(record.id, tag);
    });
    Q_EMIT certificateChanged(record.arn);
}

void CertificateManager::removeTagsFromCertificate(const RemoveTagsFromCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("RemoveTagsFromCertificate", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    m_store.write([&](store::StoreWriter &w) {
        ManagedCertificateWriter writer(w);
        for (const api::Tag &stored : ManagedCertificateReader(w).tags(record.id)) {
            for (const api::Tag &tag : request.tags) {
                // A tag given with a value removes only the tag with that value.
                if (tag.key == stored.key && (!tag.value || tag.value == stored.value))
                    writer.deleteTag(record.id, stored.key);
            }
        }
    });
    Q_EMIT certificateChanged(record.arn);
}

ListTagsForCertificateResponse
CertificateManager::listTagsForCertificate(const ListTagsForCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("ListTagsForCertificate", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    ListTagsForCertificateResponse response;
    response.tags = d->reader().tags(record.id);
    return response;
}

void CertificateManager::updateCertificateOptions(const UpdateCertificateOptionsRequest &request)
{
    api::validateShape(request);
    d->authorize("UpdateCertificateOptions", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    if (record.status == CertificateStatus::FAILED) {
        throw PcaError(errors::InvalidState,
                       QStringLiteral("Certificate %1 failed to be issued; its options cannot "
                                      "change.")
                           .arg(record.arn));
    }
    m_store.write([&](store::StoreWriter &w) {
        auto current = ManagedCertificateReader(w).find(record.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate %1.").arg(record.arn));
        current->transparencyPreference = request.options.certificateTransparencyLoggingPreference;
        ManagedCertificateWriter(w).update(*current);
    });
    Q_EMIT certificateChanged(record.arn);
}

void CertificateManager::resendValidationEmail(const ResendValidationEmailRequest &request)
{
    api::validateShape(request);
    d->authorize("ResendValidationEmail", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    throw PcaError(errors::InvalidState,
                   QStringLiteral("Certificate %1 is a %2 certificate: only public certificates "
                                  "awaiting email validation have validation email to resend.")
                       .arg(record.arn, record.type == CertificateType::PRIVATE
                                            ? QStringLiteral("private")
                                            : QStringLiteral("imported")));
}

void CertificateManager::renewCertificate(const RenewCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("RenewCertificate", request.certificateArn);
    const ManagedCertificateRecord record = d->load(request.certificateArn);
    if (record.type != CertificateType::PRIVATE || record.status != CertificateStatus::ISSUED) {
        throw PcaError(errors::Validation,
                       QStringLiteral("Certificate %1 is not eligible for renewal: only private "
                                      "certificates issued through ACM are renewed.")
                           .arg(record.arn));
    }
    m_store.write([&](store::StoreWriter &w) {
        auto current = ManagedCertificateReader(w).find(record.id);
        if (!current)
            return;
        current->renewalRequestedAt = d->now();
        current->renewalStatus = RenewalStatus::PENDING_AUTO_RENEWAL;
        current->renewalReason.reset();
        current->renewalUpdatedAt = d->now();
        ManagedCertificateWriter(w).update(*current);
    });
    Q_EMIT certificateChanged(record.arn);
    scheduleRenewals();
}

// ---- account configuration --------------------------------------------------------------

GetAccountConfigurationResponse
CertificateManager::getAccountConfiguration(const GetAccountConfigurationRequest &)
{
    d->authorize("GetAccountConfiguration", QStringLiteral("*"));
    GetAccountConfigurationResponse response;
    response.expiryEvents = ExpiryEventsConfiguration{d->daysBeforeExpiry()};
    return response;
}

void CertificateManager::putAccountConfiguration(const PutAccountConfigurationRequest &request)
{
    api::validateShape(request);
    d->authorize("PutAccountConfiguration", QStringLiteral("*"));
    const std::optional<int> days =
        request.expiryEvents ? request.expiryEvents->daysBeforeExpiry : std::nullopt;
    if (days && *days > 45) {
        throw PcaError(
            errors::Validation,
            QStringLiteral("DaysBeforeExpiry must be between 1 and 45 (not %1).").arg(*days));
    }
    const qint64 now = d->now();
    m_store.write([&](store::StoreWriter &w) {
        // A repeated token within the hour is the same request: nothing changes again.
        if (w.findIdempotencyResult(QString::fromLatin1(kAccountConfigurationScope),
                                    request.idempotencyToken, now - kIdempotencyWindowMs))
            return;
        if (days)
            w.setMeta(QStringLiteral("acm_days_before_expiry"), QString::number(*days));
        w.putIdempotencyResult(QString::fromLatin1(kAccountConfigurationScope),
                               request.idempotencyToken, QStringLiteral("done"), now);
    });
}

int CertificateManager::daysBeforeExpiry()
{
    return d->daysBeforeExpiry();
}

// ---- ImportCertificate ----------------------------------------------------------------------

ImportCertificateResponse
CertificateManager::importCertificate(const ImportCertificateRequest &request)
{
    api::validateShape(request);
    d->authorize("ImportCertificate", request.certificateArn.value_or(QStringLiteral("*")),
                 request.tags ? AcmOperations::tagContext(*request.tags)
                              : QHash<QString, QStringList>{});
    if (request.certificateArn && request.tags) {
        invalidParameter(QStringLiteral("Tags cannot be given when a certificate is "
                                        "re-imported; tag it with AddTagsToCertificate."));
    }
    if (request.tags)
        AcmOperations::validateTags(*request.tags);
    std::vector<crypto::X509Ptr> certificates =
        crypto::parseCertificates(request.certificate, errors::Validation);
    if (certificates.size() != 1) {
        throw PcaError(errors::Validation,
                       QStringLiteral("The Certificate field must hold exactly one certificate "
                                      "(found %1); put the others in CertificateChain.")
                           .arg(certificates.size()));
    }
    X509 *certificate = certificates.front().get();
    const crypto::PKeyPtr key =
        crypto::readImportedPrivateKey(request.privateKey, errors::Validation);
    if (!crypto::samePublicKey(X509_get0_pubkey(certificate), key.get())) {
        throw PcaError(errors::Validation,
                       QStringLiteral("The private key does not match the certificate's public "
                                      "key."));
    }
    const crypto::CertificateFacts facts = crypto::certificateFacts(certificate);
    if (!facts.keyAlgorithm) {
        throw PcaError(errors::Validation,
                       QStringLiteral("The certificate's key is not one ACM imports (RSA of "
                                      "1024, 2048, 3072 or 4096 bits, or EC P-256, P-384 or "
                                      "P-521)."));
    }
    QString chain;
    if (request.certificateChain && !request.certificateChain->trimmed().isEmpty()) {
        for (const crypto::X509Ptr &link :
             crypto::parseCertificates(*request.certificateChain, errors::Validation))
            chain += QString::fromLatin1(crypto::pemOf(link.get()));
    }
    const qint64 now = d->now();
    ManagedCertificateRecord record;
    if (request.certificateArn) {
        record = d->load(*request.certificateArn);
        if (record.type != CertificateType::IMPORTED) {
            throw PcaError(errors::Validation,
                           QStringLiteral("Certificate %1 was not imported: only imported "
                                          "certificates can be re-imported.")
                               .arg(record.arn));
        }
    } else {
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.arn = d->arnFor(record.id);
        record.type = CertificateType::IMPORTED;
        record.createdAt = now;
    }
    record.status = CertificateStatus::ISSUED;
    record.domainName = facts.commonName.isEmpty() ? facts.dnsNames.value(0) : facts.commonName;
    record.subjectAlternativeNames = facts.dnsNames;
    if (record.subjectAlternativeNames.isEmpty() && !record.domainName.isEmpty())
        record.subjectAlternativeNames << record.domainName;
    record.keyAlgorithm = *facts.keyAlgorithm;
    record.serial = crypto::canonicalSerial(facts.serialColonHex);
    record.certificate = crypto::derOf(certificate);
    record.certificateChain = chain;
    record.encryptedKey = crypto::encryptPrivateKey(key.get(), m_store.passphrase());
    record.subject = facts.subject;
    record.issuer = facts.issuer;
    record.signatureAlgorithm = facts.signatureAlgorithm;
    record.notBefore = facts.notBefore;
    record.notAfter = facts.notAfter;
    record.importedAt = now;
    record.version += 1;
    m_store.write([&](store::StoreWriter &w) {
        ManagedCertificateWriter writer(w);
        if (request.certificateArn) {
            writer.update(record);
            return;
        }
        writer.insert(record);
        for (const api::Tag &tag : request.tags.value_or(QList<api::Tag>{}))
            writer.upsertTag(record.id, tag);
    });
    Q_EMIT certificateChanged(record.arn);
    return {record.arn};
}

// ---- for front ends --------------------------------------------------------------------------

QList<ManagedCertificateView> CertificateManager::listForDisplay()
{
    QList<ManagedCertificateView> out;
    const qint64 now = d->now();
    const int warningDays = d->daysBeforeExpiry();
    QHash<QString, QString> caNames;
    ManagedCertificateReader reader = d->reader();
    std::optional<std::pair<qint64, QString>> cursor;
    for (;;) {
        const QList<ManagedCertificateRecord> page = reader.list(cursor, 500);
        for (const ManagedCertificateRecord &record : page) {
            ManagedCertificateView view;
            view.detail = d->describe(record);
            if (record.notAfter) {
                view.daysLeft = (*record.notAfter - now) / (24 * 60 * 60 * 1000);
                view.approachingExpiry =
                    view.detail.status == CertificateStatus::ISSUED && view.daysLeft <= warningDays;
            }
            view.failureMessage = record.failureMessage;
            view.exported = record.exported;
            if (!record.caArn.isEmpty()) {
                auto known = caNames.constFind(record.caArn);
                if (known == caNames.constEnd()) {
                    QString name;
                    try {
                        name = d->privateCa.describeCertificateAuthority({record.caArn})
                                   .certificateAuthority->certificateAuthorityConfiguration->subject
                                   .commonName.value_or(QString());
                    } catch (const PcaError &) {
                        name = tr("(certificate authority not found)");
                    }
                    known = caNames.insert(record.caArn, name);
                }
                view.caCommonName = *known;
            }
            out << view;
        }
        if (page.size() < 500)
            break;
        cursor = std::make_pair(page.last().createdAt, page.last().id);
    }
    return out;
}

AcmDependents CertificateManager::dependentsOf(const QString &caArn)
{
    AcmDependents out;
    const QString caId = caArn.section(QLatin1Char('/'), -1);
    for (const ManagedCertificateRecord &record : d->reader().issuedBy(caId)) {
        if (record.status != CertificateStatus::ISSUED || !record.notAfter)
            continue;
        ++out.certificates;
        out.domains << record.domainName;
        const qint64 due = *record.notAfter - kRenewalWindowDays * 24 * 60 * 60 * 1000;
        if (!out.nextRenewal || due < *out.nextRenewal)
            out.nextRenewal = due;
    }
    return out;
}

} // namespace pca

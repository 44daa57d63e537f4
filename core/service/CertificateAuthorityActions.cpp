// CreateCertificateAuthority, DescribeCertificateAuthority, ListCertificateAuthorities,
// GetCertificateAuthorityCsr, GetCertificateAuthorityCertificate,
// ImportCertificateAuthorityCertificate, UpdateCertificateAuthority,
// DeleteCertificateAuthority, RestoreCertificateAuthority, key generation and maintenance.
#include "api/ApiJson.h"
#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateInspector.h"
#include "crypto/Csr.h"
#include "crypto/ExtensionBuilder.h"
#include "crypto/Keys.h"
#include "crypto/X509Names.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

namespace pca {

Q_LOGGING_CATEGORY(lcService, "privateca.service")

using api::CertificateAuthorityStatus;
using Status = api::CertificateAuthorityStatus;

// ---- CreateCertificateAuthority -----------------------------------------------------------------

api::CreateCertificateAuthorityResponse
PrivateCaService::createCertificateAuthority(const api::CreateCertificateAuthorityRequest &request)
{
    if (request.tags)
        d->validateTags(*request.tags);
    api::validateShape(request);
    d->authorizeCreate(request.tags.value_or(QList<api::Tag>{}));
    const api::CertificateAuthorityConfiguration &config =
        request.certificateAuthorityConfiguration;
    if (!crypto::isSigningAlgorithmCompatible(config.keyAlgorithm, config.signingAlgorithm)) {
        throw PcaError(
            errors::InvalidArgs,
            QStringLiteral("The signing algorithm %1 cannot be used with a %2 key.")
                .arg(api::enumName(config.signingAlgorithm), api::enumName(config.keyAlgorithm)));
    }
    if (crypto::isEmptySubject(config.subject)) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("The CA subject must contain at least one attribute."));
    }
    crypto::buildName(config.subject); // rejects invalid custom attributes now, not later
    if (config.csrExtensions && config.csrExtensions->subjectInformationAccess)
        crypto::subjectInfoAccessExtension(*config.csrExtensions->subjectInformationAccess);
    if (request.revocationConfiguration)
        d->validateRevocationConfiguration(*request.revocationConfiguration);

    const bool chinaRegion = identity().region.startsWith(QStringLiteral("cn-"));
    const api::KeyStorageSecurityStandard keyStorage = request.keyStorageSecurityStandard.value_or(
        chinaRegion ? api::KeyStorageSecurityStandard::CCPC_LEVEL_1_OR_HIGHER
                    : api::KeyStorageSecurityStandard::FIPS_140_2_LEVEL_3_OR_HIGHER);
    if ((keyStorage == api::KeyStorageSecurityStandard::CCPC_LEVEL_1_OR_HIGHER) != chinaRegion) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("A certificate authority cannot be created in this region "
                                      "with the specified security standard."));
    }

    const qint64 now = d->now();
    const QString scope = QStringLiteral("CreateCertificateAuthority");
    if (request.idempotencyToken) {
        if (auto existing = m_store.reader().findIdempotencyResult(scope, *request.idempotencyToken,
                                                                   now - kIdempotencyWindowMs))
            return {*existing};
    }

    store::CaRecord ca;
    ca.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ca.arn = d->caArn(ca.id);
    ca.type = request.certificateAuthorityType;
    ca.status = Status::CREATING;
    ca.createdAt = now;
    ca.lastStateChangeAt = now;
    ca.usageMode = request.usageMode.value_or(api::CertificateAuthorityUsageMode::GENERAL_PURPOSE);
    ca.keyStorage = keyStorage;
    ca.configuration = config;
    ca.revocation = request.revocationConfiguration;
    ca.subject = crypto::displayName(crypto::buildName(config.subject).get());

    const QString arn = m_store.write([&](store::StoreWriter &w) -> QString {
        if (request.idempotencyToken) {
            if (auto existing = w.findIdempotencyResult(scope, *request.idempotencyToken,
                                                        now - kIdempotencyWindowMs))
                return *existing;
        }
        w.insertCa(ca);
        if (request.tags) {
            for (const api::Tag &tag : *request.tags)
                w.upsertTag(ca.id, tag);
        }
        if (request.idempotencyToken)
            w.putIdempotencyResult(scope, *request.idempotencyToken, ca.arn, now);
        return ca.arn;
    });
    if (arn == ca.arn) {
        d->scheduleKeyGeneration(ca.id);
        Q_EMIT certificateAuthorityChanged(arn);
    }
    return {arn};
}

void ServiceInternals::scheduleKeyGeneration(const QString &caId)
{
    q.m_background.start([this, caId] { generateKeyFor(caId); });
}

void ServiceInternals::generateKeyFor(const QString &caId)
{
    std::optional<store::CaRecord> ca = reader().findCa(caId);
    if (!ca || ca->status != Status::CREATING)
        return;
    const api::KeyAlgorithm algorithm = ca->configuration.keyAlgorithm;
    QByteArray encryptedKey;
    QByteArray csr;
    std::optional<api::FailureReason> failure;
    if (!crypto::isKeyAlgorithmSupported(algorithm)) {
        failure = api::FailureReason::UNSUPPORTED_ALGORITHM;
    } else {
        try {
            crypto::PKeyPtr key = crypto::generateKey(algorithm);
            csr = crypto::buildCaCsr(key.get(), ca->configuration);
            encryptedKey = crypto::encryptPrivateKey(key.get(), store.passphrase());
        } catch (const PcaError &e) {
            qCWarning(lcService) << "Key generation failed for" << ca->arn << e.what();
            failure = api::FailureReason::OTHER;
        }
    }
    bool changed = false;
    try {
        changed = store.write([&](store::StoreWriter &w) {
            std::optional<store::CaRecord> current = w.findCa(caId);
            if (!current || current->status != Status::CREATING)
                return false; // deleted meanwhile
            current->lastStateChangeAt = now();
            if (failure) {
                current->status = Status::FAILED;
                current->failureReason = failure;
            } else {
                current->status = Status::PENDING_CERTIFICATE;
                current->encryptedKey = encryptedKey;
                current->csr = csr;
            }
            w.updateCa(*current);
            return true;
        });
    } catch (const PcaError &e) {
        qCWarning(lcService) << "Cannot store the key of" << caArn(caId) << e.what();
    }
    if (changed)
        Q_EMIT q.certificateAuthorityChanged(caArn(caId));
}

void ServiceInternals::resumeInterruptedWork()
{
    // CAs left CREATING by an interrupted process get their key now; reports left CREATING are
    // built again. Nothing is lost: their rows were committed before the work started.
    std::optional<std::pair<qint64, QString>> cursor;
    for (;;) {
        const QList<store::CaRecord> page = reader().listCas(cursor, 200);
        for (const store::CaRecord &ca : page) {
            if (ca.status == Status::CREATING)
                scheduleKeyGeneration(ca.id);
            for (const store::AuditReportRecord &report : reader().listAuditReports(ca.id)) {
                if (report.status == api::AuditReportStatus::CREATING)
                    scheduleAuditReport(report.id);
            }
        }
        if (page.size() < 200)
            break;
        cursor = std::make_pair(page.last().createdAt, page.last().id);
    }
}

// ---- Describe / List
// ------------------------------------------------------------------------------

api::DescribeCertificateAuthorityResponse PrivateCaService::describeCertificateAuthority(
    const api::DescribeCertificateAuthorityRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("DescribeCertificateAuthority", request.certificateAuthorityArn);
    return {d->describe(d->loadCa(request.certificateAuthorityArn))};
}

api::ListCertificateAuthoritiesResponse
PrivateCaService::listCertificateAuthorities(const api::ListCertificateAuthoritiesRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("ListCertificateAuthorities", QStringLiteral("*"));
    constexpr int kPageLimit = 100; // AWS returns at most 100 items per call
    const int pageSize = qMin(request.maxResults.value_or(kPageLimit), kPageLimit);
    const QString scope = api::enumName(request.resourceOwner.value_or(api::ResourceOwner::SELF));
    std::optional<std::pair<qint64, QString>> cursor;
    if (request.nextToken) {
        const QJsonObject token = d->readNextToken(QStringLiteral("ListCertificateAuthorities"),
                                                   scope, *request.nextToken);
        cursor = std::make_pair(qint64(token.value(QStringLiteral("c")).toDouble()),
                                token.value(QStringLiteral("i")).toString());
    }
    api::ListCertificateAuthoritiesResponse response;
    response.certificateAuthorities = QList<api::CertificateAuthority>();
    // Another account's caller owns no CA here; with OTHER_ACCOUNTS it sees the CAs whose
    // resource policy shares them with it. The store's account owns every CA.
    const Caller *caller = CallerScope::current();
    const bool otherAccount = caller && caller->accountId != m_store.identity().accountId;
    const bool wantOthers = request.resourceOwner == api::ResourceOwner::OTHER_ACCOUNTS;
    if (otherAccount != wantOthers)
        return response;

    store::StoreReader reader = m_store.reader();
    // Fetch one more than needed to know whether another page exists; skip CAs whose restore
    // window has passed (they are gone even if maintenance has not purged them yet).
    while (response.certificateAuthorities->size() < pageSize) {
        const QList<store::CaRecord> page = reader.listCas(cursor, pageSize + 1);
        bool more = page.size() > pageSize;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const store::CaRecord &ca = page.at(i);
            if (response.certificateAuthorities->size() == pageSize) {
                more = true;
                break;
            }
            cursor = std::make_pair(ca.createdAt, ca.id);
            if (ca.status == Status::DELETED && ca.restorableUntil.value_or(0) <= d->now())
                continue;
            if (otherAccount && !d->sharedWith(*caller, ca))
                continue;
            response.certificateAuthorities->append(d->describe(ca));
        }
        if (!more) {
            cursor.reset();
            break;
        }
        if (response.certificateAuthorities->size() == pageSize)
            break;
    }
    if (cursor && response.certificateAuthorities->size() == pageSize) {
        // Only hand out a token when something follows.
        if (!reader.listCas(cursor, 1).isEmpty()) {
            QJsonObject position;
            position.insert(QStringLiteral("c"), double(cursor->first));
            position.insert(QStringLiteral("i"), cursor->second);
            response.nextToken =
                d->makeNextToken(QStringLiteral("ListCertificateAuthorities"), scope, position);
        }
    }
    return response;
}

// ---- CSR and CA certificate ---------------------------------------------------------------------

api::GetCertificateAuthorityCsrResponse
PrivateCaService::getCertificateAuthorityCsr(const api::GetCertificateAuthorityCsrRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("GetCertificateAuthorityCsr", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    if (ca.status == Status::CREATING) {
        throw PcaError(errors::RequestInProgress,
                       QStringLiteral("The CSR of %1 is still being created.").arg(ca.arn));
    }
    // A CSR exists from PENDING_CERTIFICATE on and stays while the CA is ACTIVE, DISABLED or
    // EXPIRED (Terraform reads it back after activation).
    if (ca.status == Status::FAILED || ca.status == Status::DELETED || ca.csr.isEmpty())
        d->invalidStateAs(ca, awsWording::kCaCertificateState);
    return {QString::fromLatin1(crypto::pemFromDer(ca.csr, "CERTIFICATE REQUEST"))};
}

api::GetCertificateAuthorityCertificateResponse
PrivateCaService::getCertificateAuthorityCertificate(
    const api::GetCertificateAuthorityCertificateRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("GetCertificateAuthorityCertificate", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    const Status status = d->effectiveStatus(ca);
    // InvalidStateException (never RequestInProgressException, which the API model does not
    // list for this action) while there is no CA certificate: Terraform's read of a
    // PENDING_CERTIFICATE CA tolerates exactly this exception.
    if (ca.certificate.isEmpty() ||
        !(status == Status::ACTIVE || status == Status::DISABLED || status == Status::EXPIRED))
        d->invalidStateAs(ca, awsWording::kCaCertificateState);
    api::GetCertificateAuthorityCertificateResponse response;
    response.certificate = QString::fromLatin1(crypto::pemFromDer(ca.certificate, "CERTIFICATE"));
    if (!ca.certificateChain.isEmpty())
        response.certificateChain = QString::fromLatin1(ca.certificateChain);
    return response;
}

// ---- ImportCertificateAuthorityCertificate
// ---------------------------------------------------------

namespace {

void checkCaCertificateShape(X509 *cert, const QString &what)
{
    const QStringList critical = crypto::disallowedCriticalExtensions(cert);
    if (!critical.isEmpty()) {
        throw PcaError(errors::MalformedCertificate,
                       QStringLiteral("%1 marks extensions critical that must not be: %2.")
                           .arg(what, critical.join(QStringLiteral(", "))));
    }
    if (!crypto::hasCriticalCaBasicConstraints(cert)) {
        throw PcaError(errors::MalformedCertificate,
                       QStringLiteral("%1 must have a critical basic constraints extension with "
                                      "CA:TRUE.")
                           .arg(what));
    }
}

QByteArray chainPem(const std::vector<crypto::X509Ptr> &chain)
{
    QByteArray pem;
    for (const auto &cert : chain)
        pem += crypto::pemOf(cert.get());
    return pem;
}

} // namespace

void PrivateCaService::importCertificateAuthorityCertificate(
    const api::ImportCertificateAuthorityCertificateRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("ImportCertificateAuthorityCertificate", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    if (ca.status == Status::CREATING) {
        throw PcaError(errors::RequestInProgress,
                       QStringLiteral("%1 is still being created.").arg(ca.arn));
    }
    const Status status = d->effectiveStatus(ca);
    if (!(status == Status::PENDING_CERTIFICATE || status == Status::ACTIVE ||
          status == Status::DISABLED || status == Status::EXPIRED))
        d->invalidState(ca, QStringLiteral("ImportCertificateAuthorityCertificate"));

    std::vector<crypto::X509Ptr> certs =
        crypto::parseCertificates(request.certificate, errors::MalformedCertificate);
    if (certs.size() != 1) {
        throw PcaError(errors::MalformedCertificate,
                       QStringLiteral("Certificate must contain exactly one certificate (found "
                                      "%1); put the others in CertificateChain.")
                           .arg(qsizetype(certs.size())));
    }
    crypto::X509Ptr cert = std::move(certs.front());
    std::vector<crypto::X509Ptr> chain;
    if (request.certificateChain && !request.certificateChain->trimmed().isEmpty())
        chain = crypto::parseCertificates(*request.certificateChain, errors::MalformedCertificate);

    checkCaCertificateShape(cert.get(), QStringLiteral("The CA certificate"));
    for (size_t i = 0; i < chain.size(); ++i)
        checkCaCertificateShape(
            chain.at(i).get(), QStringLiteral("Certificate %1 of the chain").arg(qsizetype(i) + 1));

    // The certificate must carry this CA's key (the key of its CSR).
    if (!crypto::certifiesKey(cert.get(), crypto::csrPublicKey(ca.csr).get())) {
        throw PcaError(errors::CertificateMismatch,
                       QStringLiteral("The certificate's public key does not match the private "
                                      "key of %1.")
                           .arg(ca.arn));
    }

    const bool selfSigned = crypto::isSelfSigned(cert.get());
    if (ca.type == api::CertificateAuthorityType::ROOT) {
        if (!selfSigned) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("Only a self-signed certificate can be imported as a "
                                          "root CA certificate."));
        }
        if (!chain.empty()) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("A root CA certificate is imported without a "
                                          "certificate chain."));
        }
    } else {
        if (selfSigned) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("A self-signed certificate cannot be imported as a "
                                          "subordinate CA certificate."));
        }
        if (chain.empty()) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("A subordinate CA certificate must be imported with "
                                          "its certificate chain."));
        }
        const QByteArray certDer = crypto::derOf(cert.get());
        for (const auto &link : chain) {
            if (crypto::derOf(link.get()) == certDer) {
                throw PcaError(errors::InvalidRequest,
                               QStringLiteral("The certificate chain must not include the "
                                              "certificate being imported."));
            }
        }
        // Order: each certificate is signed by the next; the root comes last.
        if (const qsizetype broken = crypto::firstBrokenChainLink(cert.get(), chain); broken >= 0) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("The certificate chain is not in order: certificate "
                                          "%1 of the chain did not sign the certificate "
                                          "before it.")
                               .arg(broken + 1));
        }
        if (!crypto::isSelfSigned(chain.back().get())) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("The last certificate of the chain must be the "
                                          "self-signed root CA certificate."));
        }
        // Full path validation (path lengths, key usage) with the root as anchor. Validity
        // periods are not judged here: an expired or future CA certificate is the
        // administrator's choice (the CA shows EXPIRED when its certificate has expired).
        if (const QString error = crypto::pathValidationError(cert.get(), chain);
            !error.isEmpty()) {
            throw PcaError(errors::CertificateMismatch,
                           QStringLiteral("The CA certificate does not comply with the "
                                          "certificates that signed it: %1.")
                               .arg(error));
        }
    }

    const crypto::CertificateDetails details = crypto::inspectCertificate(cert.get());
    const QByteArray der = crypto::derOf(cert.get());
    const QByteArray pem = chainPem(chain);
    // The issuing CA, when it lives in this store (for the CA tree).
    QString issuerCaId;
    if (!selfSigned && !details.authorityKeyIdentifier.isEmpty()) {
        std::optional<std::pair<qint64, QString>> cursor;
        store::StoreReader reader = m_store.reader();
        for (bool done = false; !done;) {
            const QList<store::CaRecord> page = reader.listCas(cursor, 200);
            for (const store::CaRecord &other : page) {
                if (other.id == ca.id || other.certificate.isEmpty())
                    continue;
                const auto material = d->caCertificate(other);
                if (crypto::subjectKeyIdentifier(material->certificate.get()) ==
                    details.authorityKeyIdentifier) {
                    issuerCaId = other.id;
                    done = true;
                    break;
                }
            }
            if (page.size() < 200)
                done = true;
            else
                cursor = std::make_pair(page.last().createdAt, page.last().id);
        }
    }

    m_store.write([&](store::StoreWriter &w) {
        std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current || current->status == Status::DELETED || current->status == Status::FAILED ||
            current->status == Status::CREATING) {
            throw PcaError(
                errors::ConcurrentModification,
                QStringLiteral("%1 changed while its certificate was being imported.").arg(ca.arn));
        }
        if (current->status == Status::PENDING_CERTIFICATE) {
            current->status = Status::ACTIVE;
            current->lastStateChangeAt = d->now();
        }
        current->certificate = der;
        current->certificateChain = pem;
        current->serial = details.serialHex;
        current->notBefore = details.notBeforeMs;
        current->notAfter = details.notAfterMs;
        current->subject = details.subject;
        current->issuerCaId = issuerCaId;
        w.updateCa(*current);
    });
    d->forgetCertificate(ca.id);
    Q_EMIT certificateAuthorityChanged(ca.arn);
    // A CA with CRLs publishes its first CRL (or one under its new certificate) right away.
    if (d->crlEnabled(ca)) {
        try {
            d->regenerateCrl(ca.id);
        } catch (const PcaError &e) {
            qCWarning(lcService) << "CRL publication after import failed for" << ca.arn << e.what();
        }
    }
}

QString PrivateCaService::issuingCertificateAuthorityArn(const QString &caArn)
{
    const store::CaRecord ca = d->loadCa(caArn);
    if (ca.issuerCaId.isEmpty() || !d->findLiveCa(ca.issuerCaId))
        return QString();
    return d->caArn(ca.issuerCaId);
}

void PrivateCaService::checkRevocationConfiguration(
    const api::RevocationConfiguration &config) const
{
    api::validateShape(config);
    d->validateRevocationConfiguration(config);
}

// ---- Update / Delete / Restore ------------------------------------------------------------------

void PrivateCaService::updateCertificateAuthority(
    const api::UpdateCertificateAuthorityRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("UpdateCertificateAuthority", request.certificateAuthorityArn);
    if (request.status && *request.status != Status::ACTIVE &&
        *request.status != Status::DISABLED) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("Status can only be set to ACTIVE or DISABLED."));
    }
    if (request.revocationConfiguration)
        d->validateRevocationConfiguration(*request.revocationConfiguration);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    bool crlChanged = false;
    m_store.write([&](store::StoreWriter &w) {
        std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        // A status change needs an ACTIVE or DISABLED CA. A revocation configuration alone can
        // also be set while the CA waits for its certificate, as AWS allows (Terraform's
        // acceptance tests change it on CAs that were never activated).
        const Status status = d->effectiveStatus(*current);
        const bool allowed = status == Status::ACTIVE || status == Status::DISABLED ||
                             (!request.status && status == Status::PENDING_CERTIFICATE);
        if (!allowed)
            d->invalidStateAs(*current, awsWording::kUpdateState);
        if (request.status && *request.status != current->status) {
            current->status = *request.status;
            current->lastStateChangeAt = d->now();
        }
        if (request.revocationConfiguration) {
            api::RevocationConfiguration merged =
                current->revocation.value_or(api::RevocationConfiguration{});
            if (request.revocationConfiguration->crlConfiguration)
                merged.crlConfiguration = request.revocationConfiguration->crlConfiguration;
            if (request.revocationConfiguration->ocspConfiguration)
                merged.ocspConfiguration = request.revocationConfiguration->ocspConfiguration;
            const bool wasEnabled = d->crlEnabled(*current);
            current->revocation = merged;
            crlChanged = d->crlEnabled(*current) &&
                         (!wasEnabled || request.revocationConfiguration->crlConfiguration);
        }
        w.updateCa(*current);
    });
    Q_EMIT certificateAuthorityChanged(ca.arn);
    if (crlChanged)
        d->regenerateCrl(ca.id);
}

void PrivateCaService::deleteCertificateAuthority(
    const api::DeleteCertificateAuthorityRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("DeleteCertificateAuthority", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    m_store.write([&](store::StoreWriter &w) {
        std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        const Status status = d->effectiveStatus(*current);
        switch (status) {
        case Status::CREATING:
        case Status::FAILED:
            // No restoration period: the CA is gone at once.
            w.purgeCa(current->id);
            return;
        case Status::PENDING_CERTIFICATE:
        case Status::DISABLED:
        case Status::EXPIRED:
            current->statusBeforeDeletion = current->status;
            current->status = Status::DELETED;
            current->lastStateChangeAt = d->now();
            current->restorableUntil =
                d->now() + qint64(request.permanentDeletionTimeInDays.value_or(30)) * kMsPerDay;
            w.updateCa(*current);
            return;
        case Status::ACTIVE:
            d->invalidStateAs(*current, awsWording::kDeleteState,
                              QStringLiteral("Disable it before deleting it."));
        case Status::DELETED:
            d->invalidStateAs(*current, awsWording::kDeleteState);
        }
    });
    d->forgetCa(ca.id);
    Q_EMIT certificateAuthorityChanged(ca.arn);
}

void PrivateCaService::restoreCertificateAuthority(
    const api::RestoreCertificateAuthorityRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("RestoreCertificateAuthority", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    m_store.write([&](store::StoreWriter &w) {
        std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current || (current->status == Status::DELETED &&
                         current->restorableUntil.value_or(0) <= d->now()))
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        if (current->status != Status::DELETED) {
            d->invalidStateAs(*current, awsWording::kRestoreState,
                              QStringLiteral("Only a DELETED certificate authority can be "
                                             "restored."));
        }
        current->status = current->statusBeforeDeletion.value_or(Status::DISABLED);
        current->statusBeforeDeletion.reset();
        current->restorableUntil.reset();
        current->lastStateChangeAt = d->now();
        w.updateCa(*current);
    });
    Q_EMIT certificateAuthorityChanged(ca.arn);
}

// ---- maintenance --------------------------------------------------------------------------------

void PrivateCaService::runMaintenance()
{
    // One process of those sharing a store does this at a time; while another holds the lock
    // (and until PostgreSQL drops it with that process's session), this call does nothing.
    const std::shared_ptr<void> exclusive = m_store.tryExclusive(QStringLiteral("maintenance"));
    if (!exclusive)
        return;
    ++m_maintenancePasses;
    const qint64 now = d->now();
    try {
        d->flushOcspAudit(false, true);
    } catch (const std::exception &e) {
        qCWarning(lcService) << "The OCSP signing audit events could not be written:" << e.what();
    }
    QStringList changed;
    std::optional<std::pair<qint64, QString>> cursor;
    store::StoreReader reader = m_store.reader();
    for (;;) {
        const QList<store::CaRecord> page = reader.listCas(cursor, 200);
        for (const store::CaRecord &ca : page) {
            if (ca.status == Status::DELETED && ca.restorableUntil.value_or(0) <= now) {
                m_store.write([&](store::StoreWriter &w) {
                    std::optional<store::CaRecord> current = w.findCa(ca.id);
                    if (current && current->status == Status::DELETED &&
                        current->restorableUntil.value_or(0) <= now)
                        w.purgeCa(ca.id);
                });
                d->forgetCa(ca.id);
                changed << ca.arn;
                continue;
            }
            const Status status = d->effectiveStatus(ca);
            if (status == Status::EXPIRED && ca.notAfter && ca.lastStateChangeAt < *ca.notAfter) {
                // The certificate expired since the last look: record the state change.
                m_store.write([&](store::StoreWriter &w) {
                    std::optional<store::CaRecord> current = w.findCa(ca.id);
                    if (current && current->notAfter &&
                        current->lastStateChangeAt < *current->notAfter) {
                        current->lastStateChangeAt = *current->notAfter;
                        w.updateCa(*current);
                    }
                });
                changed << ca.arn;
            }
            // CRLs are re-issued before nextUpdate (half a lifetime, at most a day, ahead).
            if ((status == Status::ACTIVE || status == Status::DISABLED) && d->crlEnabled(ca)) {
                const qint64 lifetime =
                    qint64(ca.revocation->crlConfiguration->expirationInDays.value_or(
                        kDefaultCrlExpirationDays)) *
                    kMsPerDay;
                const qint64 margin = qMin<qint64>(lifetime / 2, kMsPerDay);
                const bool due = !ca.crlNextUpdate || *ca.crlNextUpdate - margin <= now;
                // A revocation committed by a process that stopped before publishing its CRL.
                const bool stale = ca.crlGeneratedAt &&
                                   reader.latestRevocation(ca.id).value_or(0) > *ca.crlGeneratedAt;
                if (due || stale)
                    d->regenerateCrl(ca.id);
            }
        }
        if (page.size() < 200)
            break;
        cursor = std::make_pair(page.last().createdAt, page.last().id);
    }
    m_store.write(
        [&](store::StoreWriter &w) { w.purgeIdempotencyBefore(now - kIdempotencyWindowMs); });
    for (const QString &arn : changed)
        Q_EMIT certificateAuthorityChanged(arn);
}

} // namespace pca

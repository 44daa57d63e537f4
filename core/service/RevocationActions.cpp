// RevokeCertificate, CRL generation and publication, the OCSP status answer and the objects of
// the bucket areas.
#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CrlBuilder.h"
#include "crypto/OcspResponder.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace pca {

Q_DECLARE_LOGGING_CATEGORY(lcService)

using Status = api::CertificateAuthorityStatus;

namespace {
constexpr qint64 kOcspValidityMs = 60 * kMsPerMinute;
}

void PrivateCaService::revokeCertificate(const api::RevokeCertificateRequest &request)
{
    api::validateShape(request);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    const auto checkState = [this](const store::CaRecord &record) {
        const Status status = d->effectiveStatus(record);
        if (status == Status::CREATING) {
            throw PcaError(errors::RequestInProgress,
                           QStringLiteral("%1 is still being created.").arg(record.arn));
        }
        if (status != Status::ACTIVE && status != Status::DISABLED)
            d->invalidState(record, QStringLiteral("RevokeCertificate"));
    };
    checkState(ca);
    const QString serial = crypto::canonicalSerial(request.certificateSerial);
    if (serial.isEmpty()) {
        throw PcaError(errors::InvalidRequest,
                       QStringLiteral("The certificate serial %1 is not a hexadecimal number.")
                           .arg(request.certificateSerial));
    }
    const QString certificateArn = d->certificateArn(ca.arn, serial);
    const qint64 now = d->now();
    m_store.write([&](store::StoreWriter &w) {
        const std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        checkState(*current);
        const std::optional<store::CertificateRecord> cert = w.findCertificate(ca.id, serial);
        if (!cert) {
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Certificate authority %1 did not issue a certificate "
                                          "with serial %2.")
                               .arg(ca.arn, crypto::serialColonHex(serial)));
        }
        if (cert->revokedAt) {
            throw PcaError(
                errors::RequestAlreadyProcessed,
                QStringLiteral("The certificate %1 is already revoked.").arg(certificateArn));
        }
        if (cert->certificate == current->certificate ||
            cert->templateArn.contains(QStringLiteral("/RootCACertificate"))) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("You cannot revoke a root CA self-signed certificate; "
                                          "delete the CA instead."));
        }
        if (cert->notAfter < now) {
            throw PcaError(errors::InvalidRequest,
                           QStringLiteral("The certificate %1 has expired and cannot be revoked.")
                               .arg(certificateArn));
        }
        w.revokeCertificate(ca.id, serial, now, request.revocationReason);
        QJsonObject detail;
        detail.insert(QStringLiteral("serial"), serial);
        detail.insert(QStringLiteral("reason"), api::enumName(request.revocationReason));
        d->auditKeyUse(w, ca.id, QStringLiteral("RevokeCertificate"), detail);
    });
    Q_EMIT certificateRevoked(ca.arn, certificateArn);
    // The CRL is published right away, not half an hour later.
    try {
        d->regenerateCrl(ca.id);
    } catch (const PcaError &e) {
        // The revocation is committed; maintenance publishes the CRL when this failed.
        qCWarning(lcService) << "CRL publication after revocation failed for" << ca.arn << e.what();
    }
}

std::mutex &ServiceInternals::crlMutex(const QString &caId)
{
    std::lock_guard lock(m_crlMutexesGuard);
    auto &slot = m_crlMutexes[caId];
    if (!slot)
        slot = std::make_unique<std::mutex>();
    return *slot;
}

bool ServiceInternals::regenerateCrl(const QString &caId)
{
    std::lock_guard serialise(crlMutex(caId));
    for (int attempt = 0; attempt < 5; ++attempt) {
        const std::optional<store::CaRecord> ca = findLiveCa(caId);
        if (!ca || !crlEnabled(*ca) || ca->certificate.isEmpty())
            return false;
        const Status status = effectiveStatus(*ca);
        if (status != Status::ACTIVE && status != Status::DISABLED)
            return false;
        const api::CrlConfiguration &config = *ca->revocation->crlConfiguration;
        const qint64 thisUpdate = now();
        const qint64 nextUpdate =
            thisUpdate +
            qint64(config.expirationInDays.value_or(kDefaultCrlExpirationDays)) * kMsPerDay;
        const qint64 number = qMax(ca->crlNumber + 1, thisUpdate);
        const auto certificate = caCertificate(*ca);
        const auto key = caKey(*ca);

        crypto::CrlBuilder builder(certificate->certificate.get(), key->key.get(),
                                   ca->configuration.signingAlgorithm, number, thisUpdate,
                                   nextUpdate);
        // Entries stay until one CRL after the certificate expires: drop those that had already
        // expired when the previous CRL was made.
        store::StoreReader snapshot = reader();
        const qint64 minNotAfter = ca->crlGeneratedAt.value_or(0);
        builder.reserve(snapshot.countRevoked(caId, minNotAfter));
        snapshot.forEachRevoked(caId, minNotAfter, [&builder](const store::RevokedEntry &entry) {
            builder.addEntry(entry.serial, entry.revokedAt, entry.reason);
        });
        const qint64 entries = builder.entryCount();
        const QByteArray der = builder.finish();

        const bool published = store.write([&](store::StoreWriter &w) {
            std::optional<store::CaRecord> current = w.findCa(caId);
            if (!current || !crlEnabled(*current))
                return true; // disabled meanwhile: nothing to publish
            if (current->crlNumber >= number)
                return false; // another publisher got there first: build again
            store::StoredObject object;
            object.bucket = current->revocation->crlConfiguration->s3BucketName.value_or(QString());
            object.key = crlObjectKey(*current);
            object.content = der;
            object.contentType = QStringLiteral("application/pkix-crl");
            object.updatedAt = thisUpdate;
            w.putObject(object);
            current->crlNumber = number;
            current->crlGeneratedAt = thisUpdate;
            current->crlNextUpdate = nextUpdate;
            w.updateCa(*current);
            QJsonObject detail;
            detail.insert(QStringLiteral("crlNumber"), QString::number(number));
            detail.insert(QStringLiteral("entries"), double(entries));
            auditKeyUse(w, caId, QStringLiteral("GenerateCrl"), detail);
            return true;
        });
        if (published) {
            Q_EMIT q.crlPublished(caArn(caId), number);
            return true;
        }
    }
    throw PcaError(errors::ConcurrentModification,
                   QStringLiteral("The CRL of %1 kept changing while it was being published.")
                       .arg(caArn(caId)));
}

void PrivateCaService::generateCrl(const QString &caArn)
{
    const store::CaRecord ca = d->loadCa(caArn);
    if (!d->crlEnabled(ca)) {
        throw PcaError(errors::InvalidRequest,
                       QStringLiteral("CRLs are not enabled for %1.").arg(ca.arn));
    }
    const Status status = d->effectiveStatus(ca);
    if (status != Status::ACTIVE && status != Status::DISABLED)
        d->invalidState(ca, QStringLiteral("generating a CRL"));
    d->regenerateCrl(ca.id);
}

QByteArray PrivateCaService::currentCrl(const QString &caArn)
{
    const store::CaRecord ca = d->loadCa(caArn);
    if (!d->crlEnabled(ca)) {
        throw PcaError(errors::InvalidRequest,
                       QStringLiteral("CRLs are not enabled for %1.").arg(ca.arn));
    }
    const QString bucket = ca.revocation->crlConfiguration->s3BucketName.value_or(QString());
    if (auto object = m_store.reader().getObject(bucket, d->crlObjectKey(ca)))
        return object->content;
    generateCrl(caArn);
    if (auto object = m_store.reader().getObject(bucket, d->crlObjectKey(ca)))
        return object->content;
    throw PcaError(errors::RequestFailed,
                   QStringLiteral("The CRL of %1 could not be published.").arg(ca.arn));
}

CrlStatus PrivateCaService::crlStatus(const QString &caArn)
{
    const store::CaRecord ca = d->loadCa(caArn);
    CrlStatus status;
    status.enabled = d->crlEnabled(ca);
    status.crlNumber = ca.crlNumber;
    status.lastGeneratedAt = ca.crlGeneratedAt;
    status.nextUpdate = ca.crlNextUpdate;
    if (status.enabled) {
        status.bucket = ca.revocation->crlConfiguration->s3BucketName.value_or(QString());
        status.objectKey = d->crlObjectKey(ca);
        status.distributionPointUrl = d->crlDistributionPointUrl(ca);
    }
    return status;
}

std::optional<store::StoredObject> PrivateCaService::getObject(const QString &bucket,
                                                               const QString &key)
{
    return m_store.reader().getObject(bucket, key);
}

// ---- OCSP
// -----------------------------------------------------------------------------------------

std::optional<store::CaRecord> ServiceInternals::findCaForOcsp(const QByteArray &nameHash,
                                                               const QByteArray &keyHash,
                                                               const EVP_MD *hash)
{
    if (!hash)
        return std::nullopt;
    const bool sha1 = crypto::isSha1(hash);
    std::optional<std::pair<qint64, QString>> cursor;
    store::StoreReader r = reader();
    for (;;) {
        const QList<store::CaRecord> page = r.listCas(cursor, 200);
        for (const store::CaRecord &ca : page) {
            if (ca.certificate.isEmpty())
                continue;
            const auto material = caCertificate(ca);
            const QByteArray name = sha1
                                        ? material->sha1NameHash
                                        : crypto::issuerNameHash(material->certificate.get(), hash);
            const QByteArray key = sha1 ? material->sha1KeyHash
                                        : crypto::issuerKeyHash(material->certificate.get(), hash);
            if (name == nameHash && key == keyHash)
                return ca;
        }
        if (page.size() < 200)
            return std::nullopt;
        cursor = std::make_pair(page.last().createdAt, page.last().id);
    }
}

QByteArray PrivateCaService::answerOcspRequest(const QByteArray &derRequest)
{
    try {
        const std::optional<crypto::ParsedOcspRequest> request =
            crypto::parseOcspRequest(derRequest);
        if (!request)
            return crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);
        const crypto::OcspCertificateId &first = request->certificates.first();
        const std::optional<store::CaRecord> ca =
            d->findCaForOcsp(first.issuerNameHash, first.issuerKeyHash, first.hash);
        if (!ca || ca->status == Status::DELETED || !ca->revocation ||
            !ca->revocation->ocspConfiguration || !ca->revocation->ocspConfiguration->enabled)
            return crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_UNAUTHORIZED);
        const Status status = d->effectiveStatus(*ca);
        if (status != Status::ACTIVE && status != Status::DISABLED)
            return crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_UNAUTHORIZED);

        const auto material = d->caCertificate(*ca);
        const auto key = d->caKey(*ca);
        store::StoreReader reader = m_store.reader();
        QList<crypto::OcspSingleStatus> statuses;
        QStringList answered;
        for (const crypto::OcspCertificateId &id : request->certificates) {
            crypto::OcspSingleStatus single;
            const bool sameIssuer =
                id.hash &&
                id.issuerNameHash == crypto::issuerNameHash(material->certificate.get(), id.hash) &&
                id.issuerKeyHash == crypto::issuerKeyHash(material->certificate.get(), id.hash);
            if (sameIssuer && !id.serialHex.isEmpty()) {
                if (const auto cert = reader.findCertificate(ca->id, id.serialHex)) {
                    if (cert->revokedAt) {
                        single.kind = crypto::OcspSingleStatus::Kind::Revoked;
                        single.revokedAtMs = *cert->revokedAt;
                        single.reason =
                            cert->revocationReason.value_or(api::RevocationReason::UNSPECIFIED);
                    } else {
                        single.kind = crypto::OcspSingleStatus::Kind::Good;
                    }
                }
            }
            statuses.append(single);
            answered << id.serialHex;
        }
        const qint64 now = d->now();
        const QByteArray response = crypto::buildOcspResponse(
            *request, statuses, material->certificate.get(), key->key.get(),
            ca->configuration.signingAlgorithm, now, now + kOcspValidityMs);
        m_store.write([&](store::StoreWriter &w) {
            QJsonObject detail;
            detail.insert(QStringLiteral("serials"), answered.join(QLatin1Char(',')));
            d->auditKeyUse(w, ca->id, QStringLiteral("SignOcspResponse"), detail);
        });
        return response;
    } catch (const std::exception &e) {
        qCWarning(lcService) << "OCSP request failed:" << e.what();
        return crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_INTERNALERROR);
    }
}

} // namespace pca

// RevokeCertificate, CRL generation and publication and the objects of the bucket areas (OCSP
// answers: OcspActions.cpp).
#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CrlBuilder.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

namespace pca {

Q_DECLARE_LOGGING_CATEGORY(lcService)

using Status = api::CertificateAuthorityStatus;

namespace {
store::StoredObject crlObject(const QString &bucket, const QString &key, QByteArray der, qint64 at)
{
    store::StoredObject object;
    object.bucket = bucket;
    object.key = key;
    object.content = std::move(der);
    object.contentType = QStringLiteral("application/pkix-crl");
    object.updatedAt = at;
    return object;
}
} // namespace

void PrivateCaService::revokeCertificate(const api::RevokeCertificateRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("RevokeCertificate", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    const auto checkState = [this](const store::CaRecord &record) {
        const Status status = d->effectiveStatus(record);
        if (status == Status::CREATING) {
            throw PcaError(errors::RequestInProgress,
                           QStringLiteral("%1 is still being created.").arg(record.arn));
        }
        // A PENDING_CERTIFICATE CA goes on to the certificate: the only one it can have issued
        // is its own self-signed certificate, which is refused below as AWS refuses it (the
        // Terraform provider destroys such a certificate and ignores exactly that refusal).
        if (status != Status::ACTIVE && status != Status::DISABLED &&
            status != Status::PENDING_CERTIFICATE)
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
        const bool pending = d->effectiveStatus(*current) == Status::PENDING_CERTIFICATE;
        const std::optional<store::CertificateRecord> cert = w.findCertificate(ca.id, serial);
        const bool selfSigned =
            cert && (cert->certificate == current->certificate ||
                     cert->templateArn.contains(QStringLiteral("/RootCACertificate")));
        if (pending && !selfSigned)
            d->invalidState(*current, QStringLiteral("RevokeCertificate"));
        if (!cert) {
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Certificate authority %1 did not issue a certificate "
                                          "with serial %2.")
                               .arg(ca.arn, crypto::serialColonHex(serial)));
        }
        if (selfSigned) {
            throw PcaError(errors::InvalidRequest,
                           QString::fromLatin1(awsWording::kSelfSignedRevocation) +
                               QStringLiteral(" %1 is the root CA's own certificate; delete the "
                                              "CA instead.")
                                   .arg(certificateArn));
        }
        if (cert->revokedAt) {
            throw PcaError(
                errors::RequestAlreadyProcessed,
                QStringLiteral("The certificate %1 is already revoked.").arg(certificateArn));
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
    return m_crlMutexes[qHash(caId) % m_crlMutexes.size()];
}

QByteArray ServiceInternals::buildCrl(const store::CaRecord &ca, const store::StoreReader &snapshot,
                                      const CrlTimes &times, const QString &partition,
                                      qint64 *entries)
{
    const auto certificate = caCertificate(ca);
    const auto key = caKey(ca);
    crypto::CrlBuilder builder(certificate->certificate.get(), key->key.get(),
                               ca.configuration.signingAlgorithm, times.number, times.thisUpdate,
                               times.nextUpdate);
    if (!partition.isEmpty())
        builder.setIssuingDistributionPoint(crlObjectUrl(ca, crlPartitionObjectKey(ca, partition)));
    // Entries stay until one CRL after the certificate expires: drop those that had already
    // expired when the previous CRL was made.
    const qint64 minNotAfter = ca.crlGeneratedAt.value_or(0);
    builder.reserve(snapshot.countRevoked(ca.id, minNotAfter, partition));
    snapshot.forEachRevoked(
        ca.id, minNotAfter,
        [&builder](const store::RevokedEntry &entry) {
            builder.addEntry(entry.serial, entry.revokedAt, entry.reason);
        },
        partition);
    if (entries)
        *entries += builder.entryCount();
    return builder.finish();
}

ServiceInternals::CrlTimes ServiceInternals::nextCrlTimes(const store::CaRecord &ca) const
{
    const api::CrlConfiguration &config = *ca.revocation->crlConfiguration;
    CrlTimes times;
    times.thisUpdate = now();
    times.nextUpdate =
        times.thisUpdate +
        qint64(config.expirationInDays.value_or(kDefaultCrlExpirationDays)) * kMsPerDay;
    times.number = qMax(ca.crlNumber + 1, times.thisUpdate);
    return times;
}

ServiceInternals::CrlCommit ServiceInternals::commitCrl(const QString &caId, qint64 number,
                                                        const CrlChanges &changes)
{
    CrlCommit outcome = CrlCommit::Published;
    store.write([&](store::StoreWriter &w) {
        std::optional<store::CaRecord> current = w.findCa(caId);
        if (!current || !crlEnabled(*current)) {
            outcome = CrlCommit::CrlsOff;
            return;
        }
        if (current->crlNumber >= number) {
            outcome = CrlCommit::NumberTaken;
            return;
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("crlNumber"), QString::number(number));
        changes(w, *current, detail);
        current->crlNumber = number;
        w.updateCa(*current);
        auditKeyUse(w, caId, QStringLiteral("GenerateCrl"), detail);
    });
    if (outcome == CrlCommit::Published)
        Q_EMIT q.crlPublished(caArn(caId), number);
    return outcome;
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
        const CrlTimes times = nextCrlTimes(*ca);
        const QString bucket = ca->revocation->crlConfiguration->s3BucketName.value_or(QString());

        // The complete CRL, and one CRL per partition (a CA that is or was PARTITIONED), all
        // with the same number and times. The complete CRL stays: it covers certificates issued
        // while the CA was COMPLETE, and a client may always use it.
        store::StoreReader snapshot = reader();
        qint64 entries = 0;
        QList<store::StoredObject> objects;
        const auto addObject = [&](const QString &key, QByteArray der) {
            objects.append(crlObject(bucket, key, std::move(der), times.thisUpdate));
        };
        addObject(crlObjectKey(*ca), buildCrl(*ca, snapshot, times, QString(), &entries));
        const QList<store::CrlPartitionRecord> partitions = snapshot.crlPartitions(caId);
        for (const store::CrlPartitionRecord &partition : partitions) {
            addObject(crlPartitionObjectKey(*ca, partition.id),
                      buildCrl(*ca, snapshot, times, partition.id, nullptr));
        }

        const CrlCommit outcome = commitCrl(
            caId, times.number,
            [&](store::StoreWriter &w, store::CaRecord &current, QJsonObject &detail) {
                for (const store::StoredObject &object : std::as_const(objects))
                    w.putObject(object);
                current.crlGeneratedAt = times.thisUpdate;
                current.crlNextUpdate = times.nextUpdate;
                detail.insert(QStringLiteral("entries"), double(entries));
                if (!partitions.isEmpty())
                    detail.insert(QStringLiteral("partitions"), double(partitions.size()));
            });
        if (outcome == CrlCommit::CrlsOff)
            return false; // turned off meanwhile: nothing to publish
        if (outcome == CrlCommit::Published)
            return true;
        // CrlCommit::NumberTaken: another publisher got there first; build again.
    }
    throw PcaError(errors::ConcurrentModification,
                   QStringLiteral("The CRL of %1 kept changing while it was being published.")
                       .arg(caArn(caId)));
}

store::CrlPartitionRecord ServiceInternals::startCrlPartition(const QString &caId)
{
    std::lock_guard serialise(crlMutex(caId));
    store::CrlPartitionRecord partition;
    partition.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    partition.caId = caId;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const std::optional<store::CaRecord> ca = findLiveCa(caId);
        if (!ca || !crlEnabled(*ca) || ca->certificate.isEmpty()) {
            throw PcaError(errors::InvalidState,
                           QStringLiteral("%1 cannot start a CRL partition: it has no CRLs or no "
                                          "certificate.")
                               .arg(caArn(caId)));
        }
        const CrlTimes times = nextCrlTimes(*ca);
        partition.createdAt = times.thisUpdate;
        // The partition is new: its first CRL is empty, and it is published with the partition,
        // so the distribution point of its first certificate already answers.
        const store::StoredObject object =
            crlObject(ca->revocation->crlConfiguration->s3BucketName.value_or(QString()),
                      crlPartitionObjectKey(*ca, partition.id),
                      buildCrl(*ca, reader(), times, partition.id, nullptr), times.thisUpdate);

        const CrlCommit outcome = commitCrl(
            caId, times.number, [&](store::StoreWriter &w, store::CaRecord &, QJsonObject &detail) {
                w.insertCrlPartition(partition);
                w.putObject(object);
                detail.insert(QStringLiteral("partition"), partition.id);
            });
        if (outcome == CrlCommit::CrlsOff) {
            throw PcaError(errors::InvalidState,
                           QStringLiteral("The CRLs of %1 were turned off.").arg(caArn(caId)));
        }
        if (outcome == CrlCommit::Published)
            return partition;
        // CrlCommit::NumberTaken: a CRL was published meanwhile; build again with a new number.
    }
    throw PcaError(errors::ConcurrentModification,
                   QStringLiteral("The CRL of %1 kept changing while a partition was started.")
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

std::optional<CrlPartitionLocation>
PrivateCaService::crlPartitionLocation(const QString &partitionId)
{
    const std::optional<store::CrlPartitionRecord> partition =
        m_store.reader().findCrlPartition(partitionId);
    if (!partition)
        return std::nullopt;
    const std::optional<store::CaRecord> ca = d->findLiveCa(partition->caId);
    if (!ca || !d->crlEnabled(*ca))
        return std::nullopt;
    CrlPartitionLocation location;
    location.caArn = ca->arn;
    location.bucket = ca->revocation->crlConfiguration->s3BucketName.value_or(QString());
    location.objectKey = d->crlPartitionObjectKey(*ca, partition->id);
    return location;
}

void PrivateCaService::setCrlPartitionSize(qint64 certificates)
{
    d->crlPartitionSize.store(qMax<qint64>(1, certificates));
}

qint64 PrivateCaService::crlPartitionSize() const
{
    return d->crlPartitionSize.load();
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
        status.partitionCount = m_store.reader().crlPartitions(ca.id).size();
    }
    return status;
}

std::optional<store::StoredObject> PrivateCaService::getObject(const QString &bucket,
                                                               const QString &key)
{
    return m_store.reader().getObject(bucket, key);
}

} // namespace pca

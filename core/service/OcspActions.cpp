// The OCSP responder of the engine (RFC 6960 with the RFC 5019 profile).
//
// Per request: parse; find the CA by the CertID's issuer hashes (OcspIssuerIndex, O(1)); read
// the CA's state and the certificate's revocation in one indexed lookup (so a revocation or a
// CA change made by any process sharing the store is honoured at once); answer from the
// pre-produced response that says exactly that (OcspResponseCache), or sign one and keep it.
// No request waits for, or causes, a store write: signatures are audited in batches
// (OcspSigningLedger). Answers nobody else can reuse (serials the CA never issued, several
// CertIDs in one request) are signed for the request within a CPU budget, then tryLater.
#include "crypto/OcspResponder.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>

namespace pca {

Q_DECLARE_LOGGING_CATEGORY(lcService)

using Status = api::CertificateAuthorityStatus;

namespace {

constexpr qint64 kOcspValidityMs = 60 * kMsPerMinute;

// Unsigned error answers never change: encoded once.
OcspAnswer errorAnswer(int status)
{
    static const QByteArray malformed =
        crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);
    static const QByteArray internalError =
        crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_INTERNALERROR);
    static const QByteArray tryLater = crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_TRYLATER);
    static const QByteArray unauthorized =
        crypto::ocspErrorResponse(OCSP_RESPONSE_STATUS_UNAUTHORIZED);
    OcspAnswer answer;
    switch (status) {
    case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST:
        answer.response = malformed;
        break;
    case OCSP_RESPONSE_STATUS_TRYLATER:
        answer.response = tryLater;
        break;
    case OCSP_RESPONSE_STATUS_UNAUTHORIZED:
        answer.response = unauthorized;
        break;
    default:
        answer.response = internalError;
        break;
    }
    return answer;
}

OcspAnswer unauthorized()
{
    return errorAnswer(OCSP_RESPONSE_STATUS_UNAUTHORIZED);
}

crypto::OcspSingleStatus singleStatus(const store::OcspStatusRecord &row)
{
    crypto::OcspSingleStatus single;
    if (!row.certificateFound)
        return single; // unknown
    if (row.revokedAt) {
        single.kind = crypto::OcspSingleStatus::Kind::Revoked;
        single.revokedAtMs = *row.revokedAt;
        single.reason = row.revocationReason.value_or(api::RevocationReason::UNSPECIFIED);
    } else {
        single.kind = crypto::OcspSingleStatus::Kind::Good;
    }
    return single;
}

} // namespace

void ServiceInternals::recordOcspSignature(const QString &caId)
{
    ocspSignatures.fetch_add(1, std::memory_order_relaxed);
    const qint64 at = now();
    ocspLedger.record(caId, at);
    if (ocspLedger.hasDue(at))
        flushOcspAudit(false, false);
}

void ServiceInternals::flushOcspAudit(bool all, bool wait)
{
    const QList<OcspSigningLedger::Batch> batches = ocspLedger.takeDue(now(), all);
    if (batches.isEmpty())
        return;
    auto job = [this, batches](store::StoreWriter &w) {
        for (const OcspSigningLedger::Batch &batch : batches) {
            QJsonObject detail;
            detail.insert(QStringLiteral("count"), batch.count);
            detail.insert(QStringLiteral("firstAt"), batch.firstAt);
            detail.insert(QStringLiteral("lastAt"), batch.lastAt);
            auditKeyUse(w, batch.caId, QStringLiteral("SignOcspResponse"), detail);
        }
    };
    if (wait) {
        try {
            store.write(job);
        } catch (...) {
            ocspLedger.restore(batches);
            throw;
        }
        return;
    }
    store.writeAsync(std::move(job), [this, batches](std::exception_ptr error) {
        if (!error)
            return;
        ocspLedger.restore(batches);
        try {
            std::rethrow_exception(error);
        } catch (const std::exception &e) {
            qCWarning(lcService) << "The OCSP signing audit events could not be written:"
                                 << e.what();
        }
    });
}

OcspAnswer PrivateCaService::answerOcsp(const QByteArray &derRequest)
{
    try {
        const std::optional<crypto::ParsedOcspRequest> request =
            crypto::parseOcspRequest(derRequest);
        if (!request)
            return errorAnswer(OCSP_RESPONSE_STATUS_MALFORMEDREQUEST);
        const crypto::OcspCertificateId &first = request->certificates.first();
        std::optional<OcspIssuerIndex::Issuer> issuer =
            d->ocspIssuers.find(first.hash, first.issuerNameHash, first.issuerKeyHash);
        if (!issuer)
            return unauthorized();
        store::StoreReader reader = m_store.reader();
        std::optional<store::OcspStatusRecord> row =
            reader.ocspStatus(issuer->caId, first.serialHex);
        if (row && row->caSerial != issuer->caSerial) {
            // The CA's certificate changed since the index was built.
            issuer = d->ocspIssuers.findAfterRefresh(first.hash, first.issuerNameHash,
                                                     first.issuerKeyHash);
            if (!issuer)
                return unauthorized();
            row = reader.ocspStatus(issuer->caId, first.serialHex);
        }
        if (!row || row->caSerial != issuer->caSerial || !row->revocation ||
            !row->revocation->ocspConfiguration || !row->revocation->ocspConfiguration->enabled)
            return unauthorized();
        const Status status = d->effectiveStatus(row->caStatus, row->caNotAfter);
        if (status != Status::ACTIVE && status != Status::DISABLED)
            return unauthorized();

        const qint64 now = d->now();
        const bool preProduced = request->certificates.size() == 1 && row->certificateFound;
        OcspResponseCache::Status said;
        if (preProduced) {
            said.revoked = row->revokedAt.has_value();
            said.revokedAt = row->revokedAt.value_or(0);
            said.reason = int(row->revocationReason.value_or(api::RevocationReason::UNSPECIFIED));
            if (const auto entry =
                    d->ocspResponses.find(first.der, issuer->caId, issuer->caSerial, said, now)) {
                return OcspAnswer{entry->response,   true, entry->thisUpdate,
                                  entry->nextUpdate, now,  entry->etag};
            }
        }

        // Sign: with the CA as stored now (its certificate the one the index matched).
        const std::optional<store::CaRecord> ca = reader.findCa(issuer->caId);
        if (!ca || ca->serial != issuer->caSerial)
            return unauthorized();
        QList<crypto::OcspSingleStatus> statuses;
        if (preProduced) {
            statuses << singleStatus(*row);
        } else {
            if (!d->ocspFreshSignatures.tryStart())
                return errorAnswer(OCSP_RESPONSE_STATUS_TRYLATER);
            for (const crypto::OcspCertificateId &id : request->certificates) {
                std::optional<store::OcspStatusRecord> other;
                if (&id == &first) {
                    other = row;
                } else if (const auto sameIssuer =
                               d->ocspIssuers.find(id.hash, id.issuerNameHash, id.issuerKeyHash);
                           sameIssuer && sameIssuer->caId == issuer->caId) {
                    other = reader.ocspStatus(issuer->caId, id.serialHex);
                }
                statuses << (other ? singleStatus(*other) : crypto::OcspSingleStatus{});
            }
        }
        const auto material = d->caCertificate(*ca);
        const auto key = d->caKey(*ca);
        QElapsedTimer signing;
        signing.start();
        const QByteArray response = crypto::buildOcspResponse(
            *request, statuses, material->certificate.get(), key->key.get(),
            ca->configuration.signingAlgorithm, now, now + kOcspValidityMs);
        d->recordOcspSignature(ca->id);
        if (!preProduced) {
            d->ocspFreshSignatures.spend(signing.nsecsElapsed() / 1000);
            OcspAnswer answer;
            answer.response = response;
            answer.servedAt = now;
            return answer;
        }
        OcspResponseCache::Entry entry;
        entry.caId = ca->id;
        entry.signerSerial = ca->serial;
        entry.status = said;
        entry.response = response;
        entry.thisUpdate = now;
        entry.nextUpdate = now + kOcspValidityMs;
        entry.etag = QCryptographicHash::hash(response, QCryptographicHash::Sha1).toHex();
        d->ocspResponses.insert(first.der, entry);
        return OcspAnswer{response, true, entry.thisUpdate, entry.nextUpdate, now, entry.etag};
    } catch (const std::exception &e) {
        qCWarning(lcService) << "OCSP request failed:" << e.what();
        return errorAnswer(OCSP_RESPONSE_STATUS_INTERNALERROR);
    }
}

void PrivateCaService::flushOcspSigningAudit()
{
    d->flushOcspAudit(true, true);
}

void PrivateCaService::setOcspCacheLimits(qsizetype maxEntries, qsizetype maxBytes)
{
    d->ocspResponses.setLimits(maxEntries, maxBytes);
}

PrivateCaService::OcspStatistics PrivateCaService::ocspStatistics() const
{
    OcspStatistics out;
    out.cachedResponses = d->ocspResponses.size();
    out.cachedBytes = d->ocspResponses.bytes();
    out.signatures = d->ocspSignatures.load(std::memory_order_relaxed);
    out.pendingSignatures = d->ocspLedger.pendingSignatures();
    out.issuerIndexBuilds = d->ocspIssuers.buildCount();
    return out;
}

} // namespace pca

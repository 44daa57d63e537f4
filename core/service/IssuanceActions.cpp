// IssueCertificate and GetCertificate.
#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateInspector.h"
#include "crypto/CertificateTemplates.h"
#include "crypto/Csr.h"
#include "crypto/Keys.h"
#include "crypto/X509Names.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QJsonObject>
#include <QSet>

namespace pca {

using Status = api::CertificateAuthorityStatus;

namespace {

[[noreturn]] void invalidArgs(const QString &message)
{
    throw PcaError(errors::InvalidArgs, message);
}

// Parses END_DATE values: UTCTime YYMMDDHHMMSS (YY >= 50 means 19YY) or GeneralizedTime
// YYYYMMDDHHMMSS, both in UTC.
qint64 parseEndDate(qint64 value)
{
    const QString digits = QString::number(value);
    int year = 0;
    QString rest;
    if (value <= 999999999999LL) {
        const QString padded = digits.rightJustified(12, QLatin1Char('0'));
        const int yy = padded.left(2).toInt();
        year = yy >= 50 ? 1900 + yy : 2000 + yy;
        rest = padded.mid(2);
    } else if (digits.size() == 14) {
        year = digits.left(4).toInt();
        rest = digits.mid(4);
    } else {
        invalidArgs(
            QStringLiteral("END_DATE must be YYMMDDHHMMSS or YYYYMMDDHHMMSS: %1").arg(value));
    }
    const QDate date(year, rest.mid(0, 2).toInt(), rest.mid(2, 2).toInt());
    const QTime time(rest.mid(4, 2).toInt(), rest.mid(6, 2).toInt(), rest.mid(8, 2).toInt());
    if (!date.isValid() || !time.isValid())
        invalidArgs(QStringLiteral("END_DATE %1 is not a valid date and time.").arg(value));
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

qint64 absoluteTime(const api::Validity &validity, const char *member)
{
    switch (validity.type) {
    case api::ValidityPeriodType::ABSOLUTE:
        if (validity.value > 253402300799LL) // 9999-12-31T23:59:59Z
            invalidArgs(
                QStringLiteral("%1 is too far in the future.").arg(QLatin1StringView(member)));
        return validity.value * 1000;
    case api::ValidityPeriodType::END_DATE:
        return parseEndDate(validity.value);
    default:
        invalidArgs(QStringLiteral("%1 must be of type ABSOLUTE or END_DATE.")
                        .arg(QLatin1StringView(member)));
    }
}

qint64 notAfterFor(const api::Validity &validity, qint64 issuedAt)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(issuedAt, Qt::UTC);
    constexpr qint64 kMaxYears = 100;
    switch (validity.type) {
    case api::ValidityPeriodType::ABSOLUTE:
    case api::ValidityPeriodType::END_DATE:
        return absoluteTime(validity, "Validity");
    case api::ValidityPeriodType::DAYS:
        if (validity.value > kMaxYears * 366)
            invalidArgs(QStringLiteral("Validity of %1 days is too long.").arg(validity.value));
        return start.addDays(validity.value).toMSecsSinceEpoch();
    case api::ValidityPeriodType::MONTHS:
        if (validity.value > kMaxYears * 12)
            invalidArgs(QStringLiteral("Validity of %1 months is too long.").arg(validity.value));
        return start.addMonths(int(validity.value)).toMSecsSinceEpoch();
    case api::ValidityPeriodType::YEARS:
        if (validity.value > kMaxYears)
            invalidArgs(QStringLiteral("Validity of %1 years is too long.").arg(validity.value));
        return start.addYears(int(validity.value)).toMSecsSinceEpoch();
    }
    return issuedAt;
}

// How often IssueCertificate signs again after a serial collision.
constexpr int kSerialAttempts = 3;

bool isSerialCollision(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PcaError &e) {
        return e.is(store::kDuplicateSerial);
    } catch (...) {
        return false;
    }
}

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

// Everything IssueCertificate decides before it signs. The parameters point into the plan,
// which therefore never moves (it lives in a shared_ptr until the commit is done).
struct PrivateCaService::IssuePlan
{
    api::IssueCertificateRequest request;
    std::shared_ptr<const store::CaRecord> ca;
    const crypto::CertificateTemplate *certificateTemplate = nullptr;
    bool selfSignedRoot = false;
    qint64 now = 0;
    QString idempotencyScope;
    std::optional<QString> existingArn; // an idempotent repeat: the earlier answer
    crypto::ParsedCsr csr;
    std::shared_ptr<CaKeyMaterial> key;
    std::shared_ptr<CaCertificateMaterial> caCert;
    QString crlPartition; // PARTITIONED CAs: the partition whose CRL covers the certificate
    crypto::IssuanceParameters parameters;
};

// One signed certificate, ready to store.
struct PrivateCaService::SignedIssue
{
    store::CertificateRecord record;
    QString arn;
};

std::shared_ptr<PrivateCaService::IssuePlan>
PrivateCaService::planIssue(const api::IssueCertificateRequest &incoming)
{
    auto plan = std::make_shared<IssuePlan>();
    plan->request = incoming;
    const api::IssueCertificateRequest &request = plan->request;
    api::validateShape(request);
    plan->ca = d->loadCaShared(request.certificateAuthorityArn);
    const store::CaRecord &ca = *plan->ca;
    const Status status = d->effectiveStatus(ca);

    const crypto::CertificateTemplate *const certificateTemplate =
        request.templateArn ? crypto::findTemplateByArn(*request.templateArn)
                            : &crypto::defaultTemplate();
    if (!certificateTemplate) {
        invalidArgs(QStringLiteral("The template %1 does not exist. See the templates of "
                                   "AWS Private CA, e.g. "
                                   "arn:aws:acm-pca:::template/EndEntityCertificate/V1.")
                        .arg(*request.templateArn));
    }
    const bool selfSignedRoot = certificateTemplate->isRootCa();
    if (selfSignedRoot) {
        if (ca.type != api::CertificateAuthorityType::ROOT) {
            invalidArgs(QStringLiteral("%1 can only be used by a root CA to sign its own CSR.")
                            .arg(certificateTemplate->name));
        }
        if (status != Status::ACTIVE && status != Status::PENDING_CERTIFICATE)
            d->invalidStateAs(ca, awsWording::kIssueState);
    } else if (status != Status::ACTIVE) {
        d->invalidStateAs(ca, awsWording::kIssueState);
    }
    if (!crypto::isSigningAlgorithmCompatible(ca.configuration.keyAlgorithm,
                                              request.signingAlgorithm)) {
        invalidArgs(QStringLiteral("The signing algorithm %1 does not match the %2 key of the CA.")
                        .arg(api::enumName(request.signingAlgorithm),
                             api::enumName(ca.configuration.keyAlgorithm)));
    }

    plan->certificateTemplate = certificateTemplate;
    plan->selfSignedRoot = selfSignedRoot;
    const qint64 now = d->now();
    plan->now = now;
    plan->idempotencyScope = QStringLiteral("IssueCertificate:") + ca.id;
    if (request.idempotencyToken) {
        plan->existingArn = m_store.reader().findIdempotencyResult(
            plan->idempotencyScope, *request.idempotencyToken, now - kIdempotencyWindowMs);
        if (plan->existingArn)
            return plan;
    }

    plan->csr = crypto::parseCsr(request.csr);
    const crypto::ParsedCsr &csr = plan->csr;
    plan->key = d->caKey(ca);
    const std::shared_ptr<CaKeyMaterial> &key = plan->key;
    if (selfSignedRoot && !crypto::samePublicKey(csr.publicKey.get(), key->key.get())) {
        invalidArgs(QStringLiteral("%1 signs the CA's own CSR only; this CSR carries a different "
                                   "public key.")
                        .arg(certificateTemplate->name));
    }
    if (certificateTemplate->acceptsApiPassthrough() && request.apiPassthrough &&
        request.apiPassthrough->subject) {
        crypto::buildName(*request.apiPassthrough->subject);
    }

    // Validity.
    if (!selfSignedRoot)
        plan->caCert = d->caCertificate(ca);
    const std::shared_ptr<CaCertificateMaterial> &caCert = plan->caCert;
    qint64 notBefore = 0;
    if (request.validityNotBefore) {
        notBefore = absoluteTime(*request.validityNotBefore, "ValidityNotBefore");
    } else {
        notBefore = now - 60 * kMsPerMinute;
        if (!selfSignedRoot && ca.notBefore && notBefore < *ca.notBefore)
            notBefore = *ca.notBefore;
    }
    const qint64 notAfter = notAfterFor(request.validity, now);
    if (notAfter <= notBefore) {
        throw PcaError(errors::Validation,
                       QStringLiteral("The validity period ends (%1) before it starts (%2).")
                           .arg(formatTime(notAfter), formatTime(notBefore)));
    }
    if (notAfter <= now) {
        throw PcaError(
            errors::Validation,
            QStringLiteral("The validity period ends in the past (%1).").arg(formatTime(notAfter)));
    }
    if (!selfSignedRoot && ca.notAfter && notAfter > *ca.notAfter) {
        throw PcaError(errors::Validation,
                       QStringLiteral("The certificate would be valid until %1, after the issuing "
                                      "CA certificate expires (%2).")
                           .arg(formatTime(notAfter), formatTime(*ca.notAfter)));
    }
    // Root CA certificates are not subject to validity checks.
    if (!selfSignedRoot &&
        ca.usageMode == api::CertificateAuthorityUsageMode::SHORT_LIVED_CERTIFICATE &&
        notAfter - now > 7 * kMsPerDay) {
        throw PcaError(errors::Validation,
                       QStringLiteral("A SHORT_LIVED_CERTIFICATE CA issues certificates valid for "
                                      "at most 7 days."));
    }

    crypto::IssuanceParameters &parameters = plan->parameters;
    parameters.certificateTemplate = certificateTemplate;
    parameters.csr = &plan->csr;
    parameters.apiPassthrough = request.apiPassthrough ? &*plan->request.apiPassthrough : nullptr;
    parameters.issuerCertificate = caCert ? caCert->certificate.get() : nullptr;
    parameters.issuerKey = key->key.get();
    parameters.signingAlgorithm = request.signingAlgorithm;
    parameters.notBeforeMs = notBefore;
    parameters.notAfterMs = notAfter;
    // Last, so that only requests that passed every check take a place in a partition.
    if (!selfSignedRoot)
        plan->crlPartition = d->crlPartitionFor(ca);
    parameters.crlDistributionPointUrl = d->crlDistributionPointUrl(ca, plan->crlPartition);
    parameters.ocspUrl = d->ocspUrl(ca);

    return plan;
}

PrivateCaService::SignedIssue PrivateCaService::signIssue(const IssuePlan &plan)
{
    crypto::IssuanceParameters parameters = plan.parameters;
    parameters.serial = crypto::randomSerial(plan.now);
    crypto::BuiltCertificate built = crypto::buildCertificate(parameters);

    SignedIssue issue;
    store::CertificateRecord &record = issue.record;
    record.caId = plan.ca->id;
    record.serial = crypto::serialHex(parameters.serial);
    record.certificate = std::move(built.der);
    record.subject = std::move(built.subject);
    record.subjectAltNames = built.subjectAltNames.join(QStringLiteral(", "));
    record.templateArn = plan.certificateTemplate->arn();
    record.notBefore = built.notBeforeMs;
    record.notAfter = built.notAfterMs;
    record.issuedAt = plan.now;
    record.crlPartition = plan.crlPartition;
    issue.arn = d->certificateArn(plan.ca->arn, record.serial);
    return issue;
}

// The write job: returns the ARN the request stands for (an idempotent repeat's earlier one).
QString PrivateCaService::commitIssue(store::StoreWriter &w, const IssuePlan &plan,
                                      const SignedIssue &issue, const QString &principal)
{
    const api::IssueCertificateRequest &request = plan.request;
    const store::CaRecord &ca = *plan.ca;
    if (request.idempotencyToken) {
        if (auto existing = w.findIdempotencyResult(
                plan.idempotencyScope, *request.idempotencyToken, plan.now - kIdempotencyWindowMs))
            return *existing;
    }
    // The CA may have changed since it was read: check again, in the transaction.
    const auto current = w.caStatus(ca.id);
    if (!current)
        throw PcaError(errors::ResourceNotFound,
                       QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
    const Status currentStatus = d->effectiveStatus(current->first, current->second);
    if (!(currentStatus == Status::ACTIVE ||
          (plan.selfSignedRoot && currentStatus == Status::PENDING_CERTIFICATE)))
        ServiceInternals::invalidStateAs(ca.arn, currentStatus, awsWording::kIssueState);
    store::CertificateRecord record = issue.record;
    record.requestedBy = principal;
    w.insertCertificate(record);
    QJsonObject detail;
    detail.insert(QStringLiteral("serial"), record.serial);
    detail.insert(QStringLiteral("template"), record.templateArn);
    detail.insert(QStringLiteral("subject"), record.subject);
    if (!principal.isEmpty())
        detail.insert(QStringLiteral("principal"), principal);
    d->auditKeyUse(w, ca.id, QStringLiteral("IssueCertificate"), detail);
    if (request.idempotencyToken)
        w.putIdempotencyResult(plan.idempotencyScope, *request.idempotencyToken, issue.arn,
                               record.issuedAt);
    return issue.arn;
}

api::IssueCertificateResponse
PrivateCaService::issueCertificate(const api::IssueCertificateRequest &request)
{
    d->authorizeIssue(request);
    const std::shared_ptr<IssuePlan> plan = planIssue(request);
    if (plan->existingArn)
        return {*plan->existingArn};
    for (int attempt = 0;; ++attempt) {
        const SignedIssue issue = signIssue(*plan);
        try {
            const QString result = m_store.write(
                [&](store::StoreWriter &w) -> QString { return commitIssue(w, *plan, issue); });
            if (result == issue.arn)
                Q_EMIT certificateIssued(plan->ca->arn, issue.arn);
            return {result};
        } catch (const PcaError &e) {
            if (!e.is(store::kDuplicateSerial) || attempt >= kSerialAttempts)
                throw;
            // A serial collision (2^-80 per pair issued in the same millisecond): sign again
            // with a fresh serial.
        }
    }
}

PrincipalIssuedCertificate
PrivateCaService::issueCertificateAs(const QString &principal,
                                     const api::IssueCertificateRequest &request, bool requireGrant,
                                     const AlongsideIssue &alongside)
{
    const std::shared_ptr<IssuePlan> plan = planIssue(request);
    if (plan->existingArn) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("A service principal's issue takes no idempotency token."));
    }
    const store::CaRecord &ca = *plan->ca;
    for (int attempt = 0;; ++attempt) {
        const SignedIssue issue = signIssue(*plan);
        PrincipalIssuedCertificate issued;
        issued.arn = issue.arn;
        issued.serial = issue.record.serial;
        issued.der = issue.record.certificate;
        issued.subject = issue.record.subject;
        issued.notBefore = issue.record.notBefore;
        issued.notAfter = issue.record.notAfter;
        if (plan->caCert)
            issued.chainPem = plan->caCert->issuedChainPem;
        try {
            m_store.write([&](store::StoreWriter &w) {
                if (requireGrant) {
                    // The grant as it stands in this transaction: a permission removed a moment
                    // ago is seen, and no certificate is signed under it.
                    QSet<api::ActionType> granted;
                    for (const store::PermissionRecord &p : w.listPermissions(ca.id)) {
                        if (p.principal == principal &&
                            (p.sourceAccount.isEmpty() ||
                             p.sourceAccount == m_store.identity().accountId)) {
                            for (api::ActionType action : p.actions)
                                granted.insert(action);
                        }
                    }
                    for (api::ActionType action :
                         {api::ActionType::IssueCertificate, api::ActionType::GetCertificate,
                          api::ActionType::ListPermissions}) {
                        if (!granted.contains(action)) {
                            throw PcaError(errors::AccessDenied,
                                           QStringLiteral("Certificate authority %1 does not "
                                                          "grant %2 the %3 action.")
                                               .arg(ca.arn, principal, api::enumName(action)));
                        }
                    }
                }
                commitIssue(w, *plan, issue, principal);
                if (alongside)
                    alongside(w, issued);
            });
            Q_EMIT certificateIssued(ca.arn, issue.arn);
            return issued;
        } catch (const PcaError &e) {
            if (!e.is(store::kDuplicateSerial) || attempt >= kSerialAttempts)
                throw;
        }
    }
}

void PrivateCaService::issueCertificateAsync(const api::IssueCertificateRequest &request,
                                             IssueCompletion done)
{
    // Authorized here, on the caller's thread (its CallerScope), before the work moves on.
    try {
        d->authorizeIssue(request);
    } catch (...) {
        done(std::nullopt, std::current_exception());
        return;
    }
    if (d->signsSlowly(request.certificateAuthorityArn)) {
        m_signing.start([this, request, done = std::move(done)]() mutable {
            planAndQueueIssue(request, std::move(done));
        });
        return;
    }
    planAndQueueIssue(request, std::move(done));
}

void PrivateCaService::planAndQueueIssue(const api::IssueCertificateRequest &request,
                                         IssueCompletion done)
{
    std::shared_ptr<IssuePlan> plan;
    try {
        plan = planIssue(request);
    } catch (...) {
        done(std::nullopt, std::current_exception());
        return;
    }
    if (plan->existingArn) {
        done(api::IssueCertificateResponse{*plan->existingArn}, nullptr);
        return;
    }
    queueIssue(std::move(plan), std::move(done), 0);
}

void PrivateCaService::queueIssue(std::shared_ptr<IssuePlan> plan, IssueCompletion done,
                                  int attempt)
{
    auto issue = std::make_shared<SignedIssue>();
    try {
        *issue = signIssue(*plan);
    } catch (...) {
        done(std::nullopt, std::current_exception());
        return;
    }
    auto result = std::make_shared<QString>();
    m_store.writeAsync([this, plan, issue,
                        result](store::StoreWriter &w) { *result = commitIssue(w, *plan, *issue); },
                       [this, plan, issue, result, done = std::move(done),
                        attempt](std::exception_ptr error) mutable {
                           if (error) {
                               if (isSerialCollision(error) && attempt < kSerialAttempts) {
                                   // Signs again on the writer thread: as rare as the collision
                                   // itself.
                                   queueIssue(std::move(plan), std::move(done), attempt + 1);
                                   return;
                               }
                               done(std::nullopt, error);
                               return;
                           }
                           if (*result == issue->arn)
                               Q_EMIT certificateIssued(plan->ca->arn, issue->arn);
                           done(api::IssueCertificateResponse{*result}, nullptr);
                       });
}

api::GetCertificateResponse
PrivateCaService::getCertificate(const api::GetCertificateRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("GetCertificate", request.certificateAuthorityArn);
    const auto ca = d->loadCaShared(request.certificateAuthorityArn);
    const QString &caArn = ca->arn;
    const qsizetype prefixLength = caArn.size() + 13; // "/certificate/"
    if (!request.certificateArn.startsWith(caArn) ||
        QStringView(request.certificateArn).mid(caArn.size(), 13) !=
            QLatin1StringView("/certificate/")) {
        throw PcaError(errors::InvalidArn,
                       QStringLiteral("The certificate ARN %1 does not belong to certificate "
                                      "authority %2.")
                           .arg(request.certificateArn, caArn));
    }
    const QString serial = crypto::canonicalSerial(request.certificateArn.mid(prefixLength));
    if (serial.isEmpty()) {
        throw PcaError(errors::InvalidArn,
                       QStringLiteral("The certificate ARN %1 does not end in a hexadecimal "
                                      "serial number.")
                           .arg(request.certificateArn));
    }
    // A certificate is never RequestInProgressException here: IssueCertificate answers once
    // the certificate is stored, so the SDK waiter and cert-manager's retry loop succeed at
    // their first GetCertificate.
    if (ca->status == Status::CREATING || ca->status == Status::FAILED ||
        ca->status == Status::DELETED)
        d->invalidStateAs(*ca, awsWording::kIssuedCertificatesState);
    const auto found = m_store.reader().certificateDer(ca->id, serial);
    if (!found) {
        throw PcaError(
            errors::ResourceNotFound,
            QStringLiteral("Could not find certificate %1.").arg(request.certificateArn));
    }
    const auto &[der, templateArn] = *found;
    api::GetCertificateResponse response;
    response.certificate = QString::fromLatin1(crypto::pemFromDer(der, "CERTIFICATE"));
    // A root CA's own self-signed certificate comes without a chain.
    const bool selfSigned =
        der == ca->certificate || templateArn.contains(QLatin1StringView("/RootCACertificate"));
    if (!selfSigned && !ca->certificate.isEmpty())
        response.certificateChain = d->caCertificate(*ca)->issuedChainPem;
    return response;
}

} // namespace pca

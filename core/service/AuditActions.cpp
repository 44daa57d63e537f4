// CreateCertificateAuthorityAuditReport, DescribeCertificateAuthorityAuditReport, the audit
// trail verification and the certificate inventory.
#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "service/PrivateCaService.h"
#include "service/ServiceInternals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

namespace pca {

Q_DECLARE_LOGGING_CATEGORY(lcService)

using Status = api::CertificateAuthorityStatus;

// ---- audit reports
// ---------------------------------------------------------------------------------

api::CreateCertificateAuthorityAuditReportResponse
PrivateCaService::createCertificateAuthorityAuditReport(
    const api::CreateCertificateAuthorityAuditReportRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("CreateCertificateAuthorityAuditReport", request.certificateAuthorityArn);
    const QString problem = ServiceInternals::s3BucketNameProblem(request.s3BucketName);
    if (!problem.isEmpty()) {
        throw PcaError(errors::InvalidArgs,
                       QStringLiteral("The S3 bucket name %1 does not conform to the S3 bucket "
                                      "naming rules: it %2.")
                           .arg(request.s3BucketName, problem));
    }
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    const qint64 now = d->now();
    store::AuditReportRecord report;
    report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.caId = ca.id;
    report.bucket = request.s3BucketName;
    report.format = request.auditReportResponseFormat;
    report.key =
        QStringLiteral("audit-report/%1/%2.%3")
            .arg(ca.id, report.id,
                 report.format == api::AuditReportResponseFormat::JSON ? QStringLiteral("json")
                                                                       : QStringLiteral("csv"));
    report.status = api::AuditReportStatus::CREATING;
    report.createdAt = now;

    m_store.write([&](store::StoreWriter &w) {
        const std::optional<store::CaRecord> current = w.findCa(ca.id);
        if (!current)
            throw PcaError(errors::ResourceNotFound,
                           QStringLiteral("Could not find certificate authority %1.").arg(ca.arn));
        const Status status = d->effectiveStatus(*current);
        if (status != Status::ACTIVE && status != Status::DISABLED)
            d->invalidState(*current, QStringLiteral("CreateCertificateAuthorityAuditReport"));
        const QList<store::AuditReportRecord> previous = w.listAuditReports(ca.id);
        if (!previous.isEmpty() && previous.first().createdAt + kAuditReportIntervalMs > now) {
            const qint64 wait =
                (previous.first().createdAt + kAuditReportIntervalMs - now + 59999) / 60000;
            throw PcaError(errors::RequestInProgress,
                           QStringLiteral("An audit report of %1 was requested less than 30 "
                                          "minutes ago; try again in %2 minute(s).")
                               .arg(ca.arn)
                               .arg(wait));
        }
        w.insertAuditReport(report);
    });
    Q_EMIT auditReportChanged(ca.arn, report.id);
    d->scheduleAuditReport(report.id);
    return {report.id, report.key};
}

void ServiceInternals::scheduleAuditReport(const QString &reportId)
{
    q.m_background.start([this, reportId] { buildAuditReport(reportId); });
}

namespace {

QString reportTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+0000");
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

void ServiceInternals::buildAuditReport(const QString &reportId)
{
    std::optional<store::AuditReportRecord> report = reader().findAuditReport(reportId);
    if (!report || report->status != api::AuditReportStatus::CREATING)
        return;
    const QString arn = caArn(report->caId);
    const QString account = store.identity().accountId;
    QByteArray content;
    bool ok = true;
    try {
        const bool json = report->format == api::AuditReportResponseFormat::JSON;
        if (json) {
            content = "[";
        } else {
            content = "awsAccountId,requestedByServicePrincipal,certificateArn,serial,subject,"
                      "notBefore,notAfter,issuedAt,revokedAt,revocationReason,templateArn\n";
        }
        bool first = true;
        reader().forEachCertificate(report->caId, [&](const store::CertificateRecord &c) {
            const QString certificateArn = this->certificateArn(arn, c.serial);
            const QString serial = crypto::serialColonHex(c.serial);
            if (json) {
                QJsonObject row;
                row.insert(QStringLiteral("awsAccountId"), account);
                if (!c.requestedBy.isEmpty())
                    row.insert(QStringLiteral("requestedByServicePrincipal"), c.requestedBy);
                row.insert(QStringLiteral("certificateArn"), certificateArn);
                row.insert(QStringLiteral("serial"), serial);
                row.insert(QStringLiteral("subject"), c.subject);
                row.insert(QStringLiteral("notBefore"), reportTime(c.notBefore));
                row.insert(QStringLiteral("notAfter"), reportTime(c.notAfter));
                row.insert(QStringLiteral("issuedAt"), reportTime(c.issuedAt));
                if (c.revokedAt) {
                    row.insert(QStringLiteral("revokedAt"), reportTime(*c.revokedAt));
                    row.insert(QStringLiteral("revocationReason"),
                               api::enumName(c.revocationReason.value_or(
                                   api::RevocationReason::UNSPECIFIED)));
                }
                row.insert(QStringLiteral("templateArn"), c.templateArn);
                if (!first)
                    content += ",";
                content += "\n";
                content += QJsonDocument(row).toJson(QJsonDocument::Compact);
            } else {
                const QStringList fields = {account,
                                            c.requestedBy,
                                            certificateArn,
                                            serial,
                                            c.subject,
                                            reportTime(c.notBefore),
                                            reportTime(c.notAfter),
                                            reportTime(c.issuedAt),
                                            c.revokedAt ? reportTime(*c.revokedAt) : QString(),
                                            c.revokedAt ? api::enumName(c.revocationReason.value_or(
                                                              api::RevocationReason::UNSPECIFIED))
                                                        : QString(),
                                            c.templateArn};
                QStringList escaped;
                for (const QString &field : fields)
                    escaped << csvField(field);
                content += escaped.join(QLatin1Char(',')).toUtf8();
                content += "\n";
            }
            first = false;
        });
        if (json)
            content += first ? "]" : "\n]";
    } catch (const std::exception &e) {
        qCWarning(lcService) << "Audit report" << reportId << "failed:" << e.what();
        ok = false;
    }
    try {
        store.write([&](store::StoreWriter &w) {
            std::optional<store::AuditReportRecord> current = w.findAuditReport(reportId);
            if (!current)
                return;
            if (ok) {
                store::StoredObject object;
                object.bucket = current->bucket;
                object.key = current->key;
                object.content = content;
                object.contentType = current->format == api::AuditReportResponseFormat::JSON
                                         ? QStringLiteral("application/json")
                                         : QStringLiteral("text/csv");
                object.updatedAt = now();
                w.putObject(object);
            }
            current->status = ok ? api::AuditReportStatus::SUCCESS : api::AuditReportStatus::FAILED;
            current->completedAt = now();
            w.updateAuditReport(*current);
        });
    } catch (const std::exception &e) {
        qCWarning(lcService) << "Cannot store audit report" << reportId << e.what();
        return;
    }
    Q_EMIT q.auditReportChanged(arn, reportId);
}

api::DescribeCertificateAuthorityAuditReportResponse
PrivateCaService::describeCertificateAuthorityAuditReport(
    const api::DescribeCertificateAuthorityAuditReportRequest &request)
{
    api::validateShape(request);
    d->authorizeCall("DescribeCertificateAuthorityAuditReport", request.certificateAuthorityArn);
    const store::CaRecord ca = d->loadCa(request.certificateAuthorityArn);
    const std::optional<store::AuditReportRecord> report =
        m_store.reader().findAuditReport(request.auditReportId);
    if (!report || report->caId != ca.id) {
        throw PcaError(errors::ResourceNotFound,
                       QStringLiteral("Could not find audit report %1 of %2.")
                           .arg(request.auditReportId, ca.arn));
    }
    api::DescribeCertificateAuthorityAuditReportResponse response;
    response.auditReportStatus = report->status;
    if (report->status == api::AuditReportStatus::SUCCESS) {
        response.s3BucketName = report->bucket;
        response.s3Key = report->key;
    }
    response.createdAt = QDateTime::fromMSecsSinceEpoch(report->createdAt, Qt::UTC);
    return response;
}

QList<store::AuditReportRecord> PrivateCaService::listAuditReports(const QString &caArn)
{
    const store::CaRecord ca = d->loadCa(caArn);
    return m_store.reader().listAuditReports(ca.id);
}

// ---- audit trail --------------------------------------------------------------------------------

AuditTrailVerification PrivateCaService::verifyAuditTrail()
{
    AuditTrailVerification result;
    const QByteArray key = m_store.derivedKey("audit-trail");
    QByteArray previous;
    qint64 expected = 1;
    store::StoreReader reader = m_store.reader();
    const auto fail = [&result](qint64 sequence, const QString &problem) {
        if (!result.intact)
            return;
        result.intact = false;
        result.firstBrokenSequence = sequence;
        result.problem = problem;
    };
    reader.forEachAuditEvent([&](const store::AuditEvent &event) {
        ++result.events;
        if (!result.intact)
            return;
        if (event.sequence != expected) {
            fail(expected, QStringLiteral("Event %1 is missing (found %2 in its place).")
                               .arg(expected)
                               .arg(event.sequence));
            return;
        }
        const QByteArray mac = store::auditEventMac(key, previous, event.sequence, event.caId,
                                                    event.at, event.action, event.detail);
        if (!crypto::constantTimeEquals(mac, event.mac)) {
            fail(event.sequence,
                 QStringLiteral("Event %1 was altered, removed or reordered.").arg(event.sequence));
            return;
        }
        previous = mac;
        ++expected;
    });
    if (result.intact) {
        const qint64 head = reader.meta(QStringLiteral("audit_head_sequence"))
                                .value_or(QStringLiteral("0"))
                                .toLongLong();
        const QByteArray headMac = QByteArray::fromHex(
            reader.meta(QStringLiteral("audit_head_mac")).value_or(QString()).toLatin1());
        if (head != expected - 1 || !crypto::constantTimeEquals(headMac, previous)) {
            fail(expected, QStringLiteral("The trail ends at event %1 but the store recorded %2 "
                                          "events: the newest events were removed.")
                               .arg(expected - 1)
                               .arg(head));
        }
    }
    return result;
}

// ---- inventory
// --------------------------------------------------------------------------------------

QList<CertificateSummary> PrivateCaService::queryCertificates(const store::CertificateQuery &query)
{
    const qint64 now = d->now();
    const QString arn = d->caArn(query.caId);
    QList<CertificateSummary> out;
    for (store::CertificateRecord &record : m_store.reader().queryCertificates(query)) {
        CertificateSummary summary;
        summary.arn = d->certificateArn(arn, record.serial);
        summary.state = record.revokedAt        ? CertificateSummary::State::Revoked
                        : record.notAfter < now ? CertificateSummary::State::Expired
                                                : CertificateSummary::State::Valid;
        summary.record = std::move(record);
        out.append(std::move(summary));
    }
    return out;
}

qint64 PrivateCaService::countCertificates(const store::CertificateQuery &query)
{
    return m_store.reader().countCertificates(query);
}

qint64 PrivateCaService::countExpiringBetween(const QString &caArn, qint64 fromMs, qint64 toMs)
{
    return m_store.reader().countExpiringBetween(d->caIdFromArn(caArn), fromMs, toMs);
}

} // namespace pca

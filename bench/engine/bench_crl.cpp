// CRL generation time and peak memory for a CA with 10^5 and 10^6 revoked certificates.
//
//   bench_crl [largest size, default 1000000]
#include "TestEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace pca;
using namespace pca::test;

namespace {

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5"); // resets VmHWM to the current RSS
}

void revokeInBulk(TestEngine &engine, const QString &caId, qint64 from, qint64 to)
{
    const qint64 now = engine.clock().nowMs();
    constexpr qint64 kBatch = 20000;
    for (qint64 start = from; start < to; start += kBatch) {
        engine.store().write([&](store::StoreWriter &w) {
            for (qint64 i = start; i < qMin(to, start + kBatch); ++i) {
                store::CertificateRecord record;
                record.caId = caId;
                // 16-byte serials as the engine issues them.
                record.serial = QStringLiteral("%1%2")
                                    .arg(0x40 + (i % 0x3f), 2, 16, QLatin1Char('0'))
                                    .arg(i, 30, 16, QLatin1Char('0'));
                record.certificate = "-";
                record.subject = QStringLiteral("CN=bulk");
                record.templateArn =
                    QStringLiteral("arn:aws:acm-pca:::template/EndEntityCertificate/V1");
                record.notBefore = now - 86400000;
                record.notAfter = now + 86400000LL * 365;
                record.issuedAt = now - 86400000;
                record.revokedAt = now - i;
                record.revocationReason = api::RevocationReason(1 + i % 7);
                w.insertCertificate(record);
            }
        });
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 largest = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    TestEngine engine;
    api::RevocationConfiguration config;
    api::CrlConfiguration crl;
    crl.enabled = true;
    crl.expirationInDays = 7;
    crl.s3BucketName = QStringLiteral("bench-crls");
    config.crlConfiguration = crl;
    const QString ca =
        engine.createActiveRoot(QStringLiteral("CRL bench"), api::KeyAlgorithm::EC_prime256v1,
                                api::SigningAlgorithm::SHA256WITHECDSA, 10, config);
    const QString caId = ca.section(QLatin1Char('/'), -1);
    std::printf("CRL generation (DER, signed, published to the bucket) — goal: 10^6 entries in "
                "<= 5 s and <= 300 MB\n");
    qint64 revoked = 0;
    for (qint64 size : {qint64(100000), qint64(1000000)}) {
        if (size > largest)
            break;
        revokeInBulk(engine, caId, revoked, size);
        revoked = size;
        // Steady state: the bulk insert's write-ahead log is checkpointed, as it is in a store
        // whose revocations accumulated over time.
        engine.store().checkpoint();
        engine.clock().advanceSeconds(1);
        resetPeak();
        const qint64 rssBefore = statusKb("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        engine.service().generateCrl(ca);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 peak = statusKb("VmHWM:");
        const QByteArray der = engine.service().currentCrl(ca);
        std::printf("%8lld entries: %6.2f s  (%.0f entries/s), CRL %6.1f MB, peak RSS %6.1f MB "
                    "(%.1f MB above the %.1f MB before)\n",
                    size, seconds, double(size) / seconds, double(der.size()) / 1048576.0,
                    double(peak) / 1024.0, double(peak - rssBefore) / 1024.0,
                    double(rssBefore) / 1024.0);
        std::fflush(stdout);
    }
    return 0;
}

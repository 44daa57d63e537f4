// A throw-away engine for tests: a fresh store in a temporary directory, a manual clock (or, for
// benchmarks, the system clock) and helpers that build CA hierarchies and CSRs.
#pragma once

#include "Clock.h"
#include "api/ApiTypes.h"
#include "service/PrivateCaService.h"
#include "store/SqlStore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace pca::test {

inline const QByteArray kTestPassphrase = "correct horse battery staple";

// PRIVATECA_TEST_POSTGRES="host=HOST_OR_SOCKET_DIR [port=N] dbname=DB user=U [password=P]" runs
// the engines of the test suites on that PostgreSQL server (CTest's *_postgres runs set it).
// These are its connection options, or nullopt when it is not set.
std::optional<store::StoreOptions> postgresServerOptions();

class TestEngine
{
public:
    enum class Time
    {
        Manual,
        System
    };
    // Time::System runs the service on the wall clock, as a deployment does (benchmarks: the
    // issue time orders a CA's serials, so a frozen clock would scatter index writes).
    explicit TestEngine(const QString &region = QStringLiteral("us-east-1"),
                        Time time = Time::Manual);
    ~TestEngine();

    QString directory() const { return m_dir.path(); }
    bool isPostgres() const { return m_options.driver == QLatin1StringView("QPSQL"); }
    const store::StoreOptions &storeOptions() const { return m_options; }
    // The manual clock; with Time::System it does not drive the service.
    ManualClock &clock() { return m_clock; }
    store::SqlStore &store() { return *m_store; }
    PrivateCaService &service() { return *m_service; }
    // Closes and reopens the store and service (e.g. to prove persistence).
    void reopen();
    // Opens a connection of its own, named `name`, to this engine's database (the SQLite file
    // or the PostgreSQL schema): for tests that change the store behind the engine's back.
    // Check isOpen(); drop every handle, then QSqlDatabase::removeDatabase(name).
    QSqlDatabase openSideConnection(const QString &name) const;

    static api::CertificateAuthorityConfiguration
    configuration(const QString &commonName,
                  api::KeyAlgorithm key = api::KeyAlgorithm::EC_prime256v1,
                  api::SigningAlgorithm signing = api::SigningAlgorithm::SHA256WITHECDSA);

    // Creates a CA and waits for it to leave CREATING.
    QString createCa(api::CertificateAuthorityType type, const QString &commonName,
                     api::KeyAlgorithm key = api::KeyAlgorithm::EC_prime256v1,
                     api::SigningAlgorithm signing = api::SigningAlgorithm::SHA256WITHECDSA,
                     std::optional<api::RevocationConfiguration> revocation = std::nullopt);
    // Creates a root CA and activates it with a self-signed certificate valid `years` years.
    QString createActiveRoot(const QString &commonName,
                             api::KeyAlgorithm key = api::KeyAlgorithm::EC_prime256v1,
                             api::SigningAlgorithm signing = api::SigningAlgorithm::SHA256WITHECDSA,
                             int years = 10,
                             std::optional<api::RevocationConfiguration> revocation = std::nullopt);
    // Creates a subordinate CA signed by `parentArn` with SubordinateCACertificate_PathLen<n>.
    QString
    createActiveSubordinate(const QString &parentArn, const QString &commonName, int pathLength = 0,
                            std::optional<api::RevocationConfiguration> revocation = std::nullopt,
                            api::KeyAlgorithm key = api::KeyAlgorithm::EC_prime256v1,
                            api::SigningAlgorithm signing = api::SigningAlgorithm::SHA256WITHECDSA);
    // Signs a PENDING_CERTIFICATE subordinate's CSR with `parentArn` (3 years,
    // SubordinateCACertificate_PathLen<n>) and installs the certificate and its chain.
    void installSubordinateCertificate(const QString &parentArn, const QString &subordinateArn,
                                       int pathLength = 0);
    api::CertificateAuthority describe(const QString &arn);
    api::CertificateAuthorityStatus status(const QString &arn);

    // Issues a certificate for a fresh key; returns the certificate ARN.
    QString issue(const QString &caArn, const QString &commonName,
                  const QString &templateArn = QString(), int days = 30);
    QByteArray certificatePem(const QString &caArn, const QString &certificateArn);

private:
    QTemporaryDir m_dir;
    store::StoreOptions m_options;
    ManualClock m_clock;
    SystemClock m_systemClock;
    Clock *m_serviceClock = &m_clock;
    QString m_region;
    std::unique_ptr<store::SqlStore> m_store;
    std::unique_ptr<PrivateCaService> m_service;
};

// CSRs built directly with OpenSSL (independent of the engine's CSR code).
struct CsrOptions
{
    QString commonName = QStringLiteral("leaf.example.com");
    QStringList dnsNames; // subjectAltName DNS entries
    QByteArray
        extraExtensionsConf; // OpenSSL v3 config lines, e.g. "keyUsage=critical,digitalSignature"
    QString keyType = QStringLiteral("EC"); // EC (P-256), RSA (2048), RSA1024
    bool emptySubject = false;
};
// Returns {PEM CSR, PEM private key}.
std::pair<QByteArray, QByteArray> makeCsr(const CsrOptions &options = {});

// Runs `openssl` with arguments and stdin; returns exit code, fills stdout/stderr.
int runOpenssl(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
               const QByteArray &input = QByteArray());

// Writes bytes to a file in `dir` and returns its path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &content);

// Expects `fn` to throw PcaError of `type`; returns its message (QFAIL-style on mismatch).
template <typename Fn>
QString expectError(const char *type, Fn &&fn, bool *matched)
{
    try {
        fn();
    } catch (const PcaError &e) {
        *matched = e.is(type);
        if (!*matched)
            return QStringLiteral("expected %1 but got %2: %3")
                .arg(QLatin1StringView(type), e.type(), e.message());
        return e.message();
    }
    *matched = false;
    return QStringLiteral("expected %1 but nothing was thrown").arg(QLatin1StringView(type));
}

} // namespace pca::test

// QVERIFY that `expr` throws PcaError of `type`.
#define PCA_EXPECT_ERROR(type, expr)                                                               \
    do {                                                                                           \
        bool pcaMatched_ = false;                                                                  \
        const QString pcaMessage_ = ::pca::test::expectError(                                      \
            type, [&] { expr; }, &pcaMatched_);                                                    \
        QVERIFY2(pcaMatched_, qPrintable(pcaMessage_));                                            \
    } while (false)

// QVERIFY that `expr` throws PcaError of `type` whose message contains `text` (AWS's wording,
// which clients match on).
#define PCA_EXPECT_ERROR_SAYING(type, text, expr)                                                  \
    do {                                                                                           \
        bool pcaMatched_ = false;                                                                  \
        const QString pcaMessage_ = ::pca::test::expectError(                                      \
            type, [&] { expr; }, &pcaMatched_);                                                    \
        QVERIFY2(pcaMatched_, qPrintable(pcaMessage_));                                            \
        QVERIFY2(pcaMessage_.contains(text), qPrintable(pcaMessage_));                             \
    } while (false)

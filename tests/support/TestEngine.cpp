#include "TestEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <openssl/conf.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace pca::test {

std::optional<store::StoreOptions> postgresServerOptions()
{
    const QString spec = qEnvironmentVariable("PRIVATECA_TEST_POSTGRES");
    if (spec.isEmpty())
        return std::nullopt;
    store::StoreOptions options;
    options.driver = QStringLiteral("QPSQL");
    for (const QString &part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1StringView("host"))
            options.host = value;
        else if (key == QLatin1StringView("port"))
            options.port = value.toInt();
        else if (key == QLatin1StringView("dbname"))
            options.databaseName = value;
        else if (key == QLatin1StringView("user"))
            options.userName = value;
        else if (key == QLatin1StringView("password"))
            options.password = value;
    }
    return options;
}

namespace {

// On PostgreSQL each engine gets a schema of its own.
std::optional<store::StoreOptions> postgresOptions()
{
    std::optional<store::StoreOptions> server = postgresServerOptions();
    if (!server)
        return std::nullopt;
    store::StoreOptions options = *server;
    static int counter = 0;
    const QString schema = QStringLiteral("t%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QDateTime::currentMSecsSinceEpoch())
                               .arg(++counter);
    {
        QSqlDatabase db = store::addStoreDatabase(options, QStringLiteral("schema-setup"));
        if (!db.open())
            qFatal("cannot reach PostgreSQL: %s", qPrintable(db.lastError().text()));
        QSqlQuery(db).exec(QStringLiteral("CREATE SCHEMA ") + schema);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-setup"));
    options.connectOptions = QStringLiteral("options=-csearch_path=") + schema;
    return options;
}

} // namespace

TestEngine::TestEngine(const QString &region, Time time)
    : m_clock(QDateTime::currentMSecsSinceEpoch())
    , m_region(region)
{
    if (time == Time::System)
        m_serviceClock = &m_systemClock;
    if (const auto postgres = postgresOptions()) {
        m_options = *postgres;
    } else {
        m_options.directory = m_dir.path();
    }
    m_store = store::SqlStore::create(m_options, kTestPassphrase,
                                      {QStringLiteral("123456789012"), region});
    m_service = std::make_unique<PrivateCaService>(*m_store, *m_serviceClock);
}

TestEngine::~TestEngine()
{
    m_service.reset();
    m_store.reset();
}

QSqlDatabase TestEngine::openSideConnection(const QString &name) const
{
    QSqlDatabase db = store::addStoreDatabase(m_options, name);
    if (!db.open())
        qWarning("cannot open a side connection: %s", qPrintable(db.lastError().text()));
    return db;
}

void TestEngine::reopen()
{
    m_service.reset();
    m_store.reset();
    m_store = store::SqlStore::open(m_options, kTestPassphrase);
    m_service = std::make_unique<PrivateCaService>(*m_store, *m_serviceClock);
}

api::CertificateAuthorityConfiguration TestEngine::configuration(const QString &commonName,
                                                                 api::KeyAlgorithm key,
                                                                 api::SigningAlgorithm signing)
{
    api::CertificateAuthorityConfiguration config;
    config.keyAlgorithm = key;
    config.signingAlgorithm = signing;
    config.subject.commonName = commonName;
    config.subject.organization = QStringLiteral("Example Corp");
    config.subject.country = QStringLiteral("US");
    return config;
}

QString TestEngine::createCa(api::CertificateAuthorityType type, const QString &commonName,
                             api::KeyAlgorithm key, api::SigningAlgorithm signing,
                             std::optional<api::RevocationConfiguration> revocation)
{
    api::CreateCertificateAuthorityRequest request;
    request.certificateAuthorityConfiguration = configuration(commonName, key, signing);
    request.certificateAuthorityType = type;
    request.revocationConfiguration = revocation;
    const QString arn = *m_service->createCertificateAuthority(request).certificateAuthorityArn;
    m_service->waitForBackgroundWork();
    return arn;
}

QString TestEngine::createActiveRoot(const QString &commonName, api::KeyAlgorithm key,
                                     api::SigningAlgorithm signing, int years,
                                     std::optional<api::RevocationConfiguration> revocation)
{
    const QString arn =
        createCa(api::CertificateAuthorityType::ROOT, commonName, key, signing, revocation);
    const QString csr = *m_service->getCertificateAuthorityCsr({arn}).csr;
    api::IssueCertificateRequest issue;
    issue.certificateAuthorityArn = arn;
    issue.csr = csr.toLatin1();
    issue.signingAlgorithm = signing;
    issue.templateArn = QStringLiteral("arn:aws:acm-pca:::template/RootCACertificate/V1");
    issue.validity = {years, api::ValidityPeriodType::YEARS};
    const QString certArn = *m_service->issueCertificate(issue).certificateArn;
    const QString pem = *m_service->getCertificate({arn, certArn}).certificate;
    api::ImportCertificateAuthorityCertificateRequest import;
    import.certificateAuthorityArn = arn;
    import.certificate = pem.toLatin1();
    m_service->importCertificateAuthorityCertificate(import);
    return arn;
}

QString TestEngine::createActiveSubordinate(const QString &parentArn, const QString &commonName,
                                            int pathLength,
                                            std::optional<api::RevocationConfiguration> revocation,
                                            api::KeyAlgorithm key, api::SigningAlgorithm signing)
{
    const QString arn =
        createCa(api::CertificateAuthorityType::SUBORDINATE, commonName, key, signing, revocation);
    installSubordinateCertificate(parentArn, arn, pathLength);
    return arn;
}

void TestEngine::installSubordinateCertificate(const QString &parentArn,
                                               const QString &subordinateArn, int pathLength)
{
    const QString csr = *m_service->getCertificateAuthorityCsr({subordinateArn}).csr;
    const auto parent = describe(parentArn);
    api::IssueCertificateRequest issue;
    issue.certificateAuthorityArn = parentArn;
    issue.csr = csr.toLatin1();
    issue.signingAlgorithm = parent.certificateAuthorityConfiguration->signingAlgorithm;
    issue.templateArn =
        QStringLiteral("arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen%1/V1")
            .arg(pathLength);
    issue.validity = {3, api::ValidityPeriodType::YEARS};
    const QString certArn = *m_service->issueCertificate(issue).certificateArn;
    const auto issued = m_service->getCertificate({parentArn, certArn});
    api::ImportCertificateAuthorityCertificateRequest import;
    import.certificateAuthorityArn = subordinateArn;
    import.certificate = issued.certificate->toLatin1();
    import.certificateChain = issued.certificateChain->toLatin1();
    m_service->importCertificateAuthorityCertificate(import);
}

api::CertificateAuthority TestEngine::describe(const QString &arn)
{
    return *m_service->describeCertificateAuthority({arn}).certificateAuthority;
}

api::CertificateAuthorityStatus TestEngine::status(const QString &arn)
{
    return *describe(arn).status;
}

QString TestEngine::issue(const QString &caArn, const QString &commonName,
                          const QString &templateArn, int days)
{
    CsrOptions options;
    options.commonName = commonName;
    options.dnsNames = {commonName};
    const auto [csr, key] = makeCsr(options);
    api::IssueCertificateRequest request;
    request.certificateAuthorityArn = caArn;
    request.csr = csr;
    request.signingAlgorithm = describe(caArn).certificateAuthorityConfiguration->signingAlgorithm;
    if (!templateArn.isEmpty())
        request.templateArn = templateArn;
    request.validity = {days, api::ValidityPeriodType::DAYS};
    return *m_service->issueCertificate(request).certificateArn;
}

QByteArray TestEngine::certificatePem(const QString &caArn, const QString &certificateArn)
{
    return m_service->getCertificate({caArn, certificateArn}).certificate->toLatin1();
}

// ---- CSRs ---------------------------------------------------------------------------------------

namespace {
template <typename T, void (*F)(T *)>
struct Free
{
    void operator()(T *p) const { F(p); }
};
} // namespace

std::pair<QByteArray, QByteArray> makeCsr(const CsrOptions &options)
{
    EVP_PKEY *key = nullptr;
    if (options.keyType == QLatin1StringView("RSA"))
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    else if (options.keyType == QLatin1StringView("RSA1024"))
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024));
    else
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>> keyOwner(key);
    X509_REQ *req = X509_REQ_new();
    std::unique_ptr<X509_REQ, Free<X509_REQ, X509_REQ_free>> reqOwner(req);
    X509_REQ_set_version(req, X509_REQ_VERSION_1);
    if (!options.emptySubject) {
        X509_NAME *name = X509_REQ_get_subject_name(req);
        const QByteArray cn = options.commonName.toUtf8();
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1,
                                   0);
    }
    X509_REQ_set_pubkey(req, key);
    STACK_OF(X509_EXTENSION) *exts = sk_X509_EXTENSION_new_null();
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, nullptr, nullptr, req, nullptr, 0);
    QStringList lines;
    if (!options.dnsNames.isEmpty()) {
        QStringList sans;
        for (const QString &dns : options.dnsNames)
            sans << QStringLiteral("DNS:") + dns;
        lines << QStringLiteral("subjectAltName=") + sans.join(QLatin1Char(','));
    }
    for (const QByteArray &line : options.extraExtensionsConf.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line.trimmed());
    }
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QByteArray name = line.left(eq).trimmed().toLatin1();
        const QByteArray value = line.mid(eq + 1).trimmed().toLatin1();
        X509_EXTENSION *ext = X509V3_EXT_nconf(nullptr, &ctx, name.constData(), value.constData());
        if (!ext)
            qFatal("bad test extension %s", qPrintable(line));
        sk_X509_EXTENSION_push(exts, ext);
    }
    if (sk_X509_EXTENSION_num(exts) > 0)
        X509_REQ_add_extensions(req, exts);
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    X509_REQ_sign(req, key, EVP_sha256());

    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509_REQ(bio, req);
    char *data = nullptr;
    long length = BIO_get_mem_data(bio, &data);
    QByteArray csr(data, length);
    BIO_free(bio);
    bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    length = BIO_get_mem_data(bio, &data);
    QByteArray pemKey(data, length);
    BIO_free(bio);
    return {csr, pemKey};
}

int runOpenssl(const QStringList &arguments, QByteArray *out, QByteArray *err,
               const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

} // namespace pca::test

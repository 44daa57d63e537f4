// Hostile input at the engine boundary (issue 22): the builder paths that used to free a member
// and then throw (a double free reachable from CreateCertificateAuthority), CSRs whose parts are
// valid BER but not DER (the CA must only sign DER; checked with Python's cryptography, a strict
// parser, as well as the engine's own check), CA certificates that are not DER, and PEM whose
// headers would make OpenSSL prompt for a pass phrase.
#include "TestEngine.h"
#include "crypto/CertificateInspector.h"
#include "crypto/StrictDer.h"

#include <QProcess>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace pca;
using namespace pca::test;

namespace {

// DER assembly for crafted inputs: tag, length (short or long form as asked), contents.
QByteArray tlv(unsigned char tag, const QByteArray &content, bool longFormLength = false)
{
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 128 && !longFormLength) {
        out += char(n);
    } else {
        QByteArray length;
        for (qsizetype v = n; v > 0; v >>= 8)
            length.prepend(char(v & 0xff));
        if (length.isEmpty())
            length = QByteArray(1, '\0');
        out += char(0x80 | length.size());
        out += length;
    }
    return out + content;
}

QByteArray oid(const char *hex)
{
    return tlv(0x06, QByteArray::fromHex(hex));
}

QByteArray utf8(const QByteArray &text)
{
    return tlv(0x0c, text);
}

QByteArray cnAttribute(const QByteArray &value)
{
    return tlv(0x30, oid("550403") + utf8(value));
}

QByteArray extension(const char *oidHex, const QByteArray &value, const QByteArray &critical = {})
{
    return tlv(0x30, oid(oidHex) + critical + tlv(0x04, value));
}

QByteArray sanDns(const QByteArray &name)
{
    return tlv(0x30, tlv(0x82, name));
}

struct KeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};

// A CSR signed with a fresh P-256 key over exactly the given subject and extensions: the
// signature verifies, so only the engine's DER rules can refuse or repair what it carries.
QByteArray craftCsr(const QByteArray &subject, const QByteArray &extensions)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_EC_gen("P-256"));
    unsigned char *spki = nullptr;
    const int spkiLength = i2d_PUBKEY(key.get(), &spki);
    const QByteArray keyInfo(reinterpret_cast<const char *>(spki), spkiLength);
    OPENSSL_free(spki);
    QByteArray attributes;
    if (!extensions.isEmpty())
        attributes =
            tlv(0xa0, tlv(0x30, oid("2a864886f70d01090e") + tlv(0x31, tlv(0x30, extensions))));
    else
        attributes = tlv(0xa0, QByteArray());
    const QByteArray info =
        tlv(0x30, tlv(0x02, QByteArray(1, '\0')) + subject + keyInfo + attributes);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t signatureLength = 0;
    EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key.get());
    EVP_DigestSign(ctx, nullptr, &signatureLength,
                   reinterpret_cast<const unsigned char *>(info.constData()), size_t(info.size()));
    QByteArray signature(qsizetype(signatureLength), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &signatureLength,
                   reinterpret_cast<const unsigned char *>(info.constData()), size_t(info.size()));
    EVP_MD_CTX_free(ctx);
    signature.truncate(qsizetype(signatureLength));
    const QByteArray algorithm = tlv(0x30, oid("2a8648ce3d040302")); // ecdsa-with-SHA256
    return tlv(0x30, info + algorithm + tlv(0x03, QByteArray(1, '\0') + signature));
}

QByteArray derOfPem(const QByteArray &pem)
{
    const auto certs = crypto::parseCertificates(pem, errors::InternalFailure);
    return crypto::derOf(certs.front().get());
}

// Python's cryptography (rust-asn1) loads the certificate: "" on success, else its error.
QString strictParserError(const QByteArray &der)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys\nfrom cryptography import x509\n"
                                 "c = x509.load_der_x509_certificate(sys.stdin.buffer.read())\n"
                                 "list(c.extensions); c.subject; c.public_key()\n")});
    python.write(der);
    python.closeWriteChannel();
    if (!python.waitForFinished(60'000))
        return QStringLiteral("python3 did not finish");
    if (python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return QString();
}

// The exception name `fn` throws ("" when it returns).
template <typename Fn>
QString refusal(Fn &&fn, QString *message = nullptr)
{
    try {
        fn();
    } catch (const PcaError &e) {
        if (message)
            *message = e.message();
        return e.type();
    }
    return QString();
}

bool isInputRefusal(const QString &type)
{
    return type == QLatin1String(errors::InvalidArgs) || type == QLatin1String(errors::Validation);
}

const char *kCsrPassthrough = "BlankEndEntityCertificate_CSRPassthrough/V1";

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEngine> engine;
    PrivateCaService &svc() { return engine->service(); }

    api::IssueCertificateRequest issueRequest(const QString &caArn, const QByteArray &csr,
                                              const char *templateName = kCsrPassthrough)
    {
        api::IssueCertificateRequest r;
        r.certificateAuthorityArn = caArn;
        r.csr = csr;
        r.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        r.templateArn = QStringLiteral("arn:aws:acm-pca:::template/") + QLatin1String(templateName);
        r.validity = {30, api::ValidityPeriodType::DAYS};
        return r;
    }

    // Issues and returns the certificate's DER, or fails the test.
    QByteArray issueDer(const QString &caArn, const QByteArray &csr)
    {
        const QString arn = *svc().issueCertificate(issueRequest(caArn, csr)).certificateArn;
        return derOfPem(engine->certificatePem(caArn, arn));
    }

private Q_SLOTS:
    void init() { engine = std::make_unique<TestEngine>(); }
    void cleanup() { engine.reset(); }

    // Item 1: the first request answered InvalidArgsException, the second killed the process
    // ("free(): double free detected"). Each is now refused as often as it is sent.
    void badSubjectInformationAccessIsRefusedEveryTime_data()
    {
        QTest::addColumn<QString>("locationKind");
        QTest::newRow("empty AccessLocation") << QString();
        QTest::newRow("IpAddress that is not an address") << QStringLiteral("ip");
        QTest::newRow("two naming options") << QStringLiteral("two");
        QTest::newRow("invalid RegisteredId") << QStringLiteral("rid");
        QTest::newRow("invalid OtherName type") << QStringLiteral("othername");
    }

    void badSubjectInformationAccessIsRefusedEveryTime()
    {
        QFETCH(QString, locationKind);
        api::AccessDescription description;
        description.accessMethod.accessMethodType = api::AccessMethodType::CA_REPOSITORY;
        if (locationKind == QLatin1String("ip"))
            description.accessLocation.ipAddress = QStringLiteral("x");
        if (locationKind == QLatin1String("two")) {
            description.accessLocation.dnsName = QStringLiteral("a.example");
            description.accessLocation.uniformResourceIdentifier = QStringLiteral("http://a/");
        }
        if (locationKind == QLatin1String("rid"))
            description.accessLocation.registeredId = QStringLiteral("1.2.x");
        if (locationKind == QLatin1String("othername"))
            description.accessLocation.otherName =
                api::OtherName{QStringLiteral("9.9"), QStringLiteral("v")};
        api::CreateCertificateAuthorityRequest request;
        request.certificateAuthorityConfiguration = TestEngine::configuration(QStringLiteral("R"));
        request.certificateAuthorityConfiguration.csrExtensions = api::CsrExtensions{};
        request.certificateAuthorityConfiguration.csrExtensions->subjectInformationAccess =
            QList<api::AccessDescription>{description};
        request.certificateAuthorityType = api::CertificateAuthorityType::ROOT;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QString message;
            const QString type =
                refusal([&] { svc().createCertificateAuthority(request); }, &message);
            QVERIFY2(isInputRefusal(type), qPrintable(type + QLatin1Char(' ') + message));
        }
        // The engine is intact: a valid CA still comes up.
        QVERIFY(!engine->createActiveRoot(QStringLiteral("After")).isEmpty());
    }

    // The same pattern on the API passthrough builders (OtherName, certificate policies).
    void badPassthroughNamesAndPoliciesAreRefusedEveryTime()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QByteArray csr = makeCsr().first;
        for (int variant = 0; variant < 3; ++variant) {
            api::IssueCertificateRequest r =
                issueRequest(root, csr, "BlankEndEntityCertificate_APIPassthrough/V1");
            api::Extensions extensions;
            if (variant == 0) {
                api::GeneralName name;
                name.otherName = api::OtherName{QStringLiteral("1.2.bad"), QStringLiteral("v")};
                extensions.subjectAlternativeNames = QList<api::GeneralName>{name};
            } else {
                api::PolicyInformation policy;
                policy.certPolicyId =
                    variant == 1 ? QStringLiteral("not.an.oid") : QStringLiteral("1.2.3");
                if (variant == 2) {
                    api::PolicyQualifierInfo qualifier;
                    qualifier.policyQualifierId = api::PolicyQualifierId::CPS;
                    qualifier.qualifier.cpsUri = QStringLiteral("http://\u00e9.example/");
                    policy.policyQualifiers = QList<api::PolicyQualifierInfo>{qualifier};
                }
                extensions.certificatePolicies = QList<api::PolicyInformation>{policy};
            }
            r.apiPassthrough = api::ApiPassthrough{};
            r.apiPassthrough->extensions = extensions;
            for (int attempt = 0; attempt < 3; ++attempt) {
                QString message;
                const QString type = refusal([&] { svc().issueCertificate(r); }, &message);
                QVERIFY2(isInputRefusal(type),
                         qPrintable(
                             QStringLiteral("variant %1: %2 %3").arg(variant).arg(type, message)));
            }
        }
    }

    // Item 2: CSR parts that are BER but not DER are re-encoded, never copied as they are.
    void csrPartsAreReEncodedAsDer_data()
    {
        QTest::addColumn<QByteArray>("subject");
        QTest::addColumn<QByteArray>("extensions");
        QTest::addColumn<QByteArray>("mustNotContain");
        const QByteArray subject = tlv(0x30, tlv(0x31, cnAttribute("leaf.example.com")));
        const QByteArray critFalse = tlv(0x01, QByteArray(1, '\0'));
        QTest::newRow("critical FALSE encoded")
            << subject << extension("551d11", sanDns("leaf.example.com"), critFalse)
            << QByteArray::fromHex("0101000416"); // BOOLEAN FALSE before the SAN value
        QTest::newRow("key usage with trailing zero bits")
            << subject << extension("551d0f", tlv(0x03, QByteArray::fromHex("008000")))
            << QByteArray::fromHex("0303008000");
        QTest::newRow("extended key usage with a long-form length")
            << subject << extension("551d25", tlv(0x30, oid("2b06010505070301"), true))
            << QByteArray::fromHex("30810a");
        QTest::newRow("subject with a long-form length")
            << tlv(0x30, tlv(0x31, cnAttribute("leaf.example.com")), true)
            << extension("551d11", sanDns("leaf.example.com")) << QByteArray::fromHex("30811b");
        // A multi-valued RDN whose SET OF is not in DER order (CN sorts after OU... by
        // encoding: 0x0b (OU) < 0x03? no: compared as whole encodings, so OU's length octet
        // decides).
        QTest::newRow("multi-valued RDN out of order")
            << tlv(0x30,
                   tlv(0x31, tlv(0x30, oid("55040b") + utf8("Unit-long-name")) + cnAttribute("x")))
            << extension("551d11", sanDns("leaf.example.com")) << QByteArray();
    }

    void csrPartsAreReEncodedAsDer()
    {
        QFETCH(QByteArray, subject);
        QFETCH(QByteArray, extensions);
        QFETCH(QByteArray, mustNotContain);
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QByteArray csr = craftCsr(subject, extensions);
        const QByteArray der = issueDer(root, csr);
        const auto problem = crypto::der::certificateDerProblem(der);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        if (!mustNotContain.isEmpty())
            QVERIFY2(!der.contains(mustNotContain), der.toHex().constData());
        const QString strict = strictParserError(der);
        QVERIFY2(strict.isEmpty(), qPrintable(strict));
        // The certificate carries the CSR's key.
        QByteArray out;
        QCOMPARE(
            runOpenssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-noout"), QStringLiteral("-pubkey")},
                       &out, nullptr, der),
            0);
        QByteArray csrKey;
        QCOMPARE(
            runOpenssl({QStringLiteral("req"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-noout"), QStringLiteral("-pubkey")},
                       &csrKey, nullptr, csr),
            0);
        QCOMPARE(out, csrKey);
    }

    // What has no DER form is refused with MalformedCSRException, not signed.
    void csrPartsWithoutDerFormAreRefused_data()
    {
        QTest::addColumn<QByteArray>("subject");
        QTest::addColumn<QByteArray>("extensions");
        const QByteArray subject = tlv(0x30, tlv(0x31, cnAttribute("leaf.example.com")));
        QTest::newRow("unknown extension with a BER value")
            << subject << extension("2a0304", tlv(0x30, tlv(0x02, QByteArray(1, '\1')), true));
        QTest::newRow("unknown extension with two values")
            << subject
            << extension("2a0304", tlv(0x02, QByteArray(1, '\1')) + tlv(0x02, QByteArray(1, '\1')));
        QTest::newRow("dNSName that is not ASCII")
            << subject << extension("551d11", sanDns("\xc3\xa9.example.com"));
        QTest::newRow("PrintableString outside its alphabet")
            << tlv(0x30, tlv(0x31, tlv(0x30, oid("550403") + tlv(0x13, "a@b"))))
            << extension("551d11", sanDns("leaf.example.com"));
        // Found by fuzz_issue_certificate: a structured attribute value, its contents copied
        // as they were (the DER gate then refused to sign: InternalFailure).
        QTest::newRow("attribute value that is a SEQUENCE")
            << tlv(0x30, tlv(0x31, tlv(0x30, oid("550405") + tlv(0x30, "\x52\x55\x61\xed"))))
            << extension("551d11", sanDns("leaf.example.com"));
        QTest::newRow("UTF8String that is not UTF-8")
            << tlv(0x30, tlv(0x31, tlv(0x30, oid("550403") + tlv(0x0c, "\xff\xfe"))))
            << extension("551d11", sanDns("leaf.example.com"));
    }

    void csrPartsWithoutDerFormAreRefused()
    {
        QFETCH(QByteArray, subject);
        QFETCH(QByteArray, extensions);
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QByteArray csr = craftCsr(subject, extensions);
        bool matched = false;
        const QString message = expectError(
            errors::MalformedCsr, [&] { svc().issueCertificate(issueRequest(root, csr)); },
            &matched);
        QVERIFY2(matched, qPrintable(message));
    }

    // A CA certificate is named as the issuer of everything the CA signs, byte for byte: one
    // that is not DER is refused at import.
    void nonDerCaCertificateIsRefused()
    {
        const QString root = engine->createActiveRoot(QStringLiteral("Root"));
        const QByteArray good =
            svc().getCertificateAuthorityCertificate({root}).certificate->toLatin1();
        QByteArray der = derOfPem(good);
        QVERIFY(!crypto::der::certificateDerProblem(der));
        // The same certificate with its outer length in a non-minimal long form.
        QVERIFY(static_cast<unsigned char>(der[1]) == 0x82);
        const QByteArray body = der.mid(4);
        const QByteArray padded = QByteArray::fromHex("3083") + char(0) +
                                  char((body.size() >> 8) & 0xff) + char(body.size() & 0xff) + body;
        bool matched = false;
        const QString message = expectError(
            errors::MalformedCertificate,
            [&] { crypto::parseCertificates(padded, errors::MalformedCertificate); }, &matched);
        QVERIFY2(matched, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not DER")), qPrintable(message));
    }

    // Item 4: PEM with RFC 1421 headers is refused with a message, never handed to OpenSSL's
    // PEM reader (which prompts on the terminal for a pass phrase).
    void encryptedPemIsRefusedWithoutPrompting()
    {
        const QString sub =
            engine->createCa(api::CertificateAuthorityType::SUBORDINATE, QStringLiteral("Sub"));
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                               "Proc-Type: 4,ENCRYPTED\n"
                               "DEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n\n"
                               "MIIBszCCAVmgAwIBAgIUQ0FOT1RERUNSWVBUV0lUSE9VVFBBU1M=\n"
                               "-----END CERTIFICATE-----\n";
        api::ImportCertificateAuthorityCertificateRequest request;
        request.certificateAuthorityArn = sub;
        request.certificate = pem;
        bool matched = false;
        const QString message = expectError(
            errors::MalformedCertificate,
            [&] { svc().importCertificateAuthorityCertificate(request); }, &matched);
        QVERIFY2(matched, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("encapsulated headers")), qPrintable(message));

        // The same for a CSR.
        QByteArray csr = makeCsr().first;
        csr.insert(csr.indexOf('\n') + 1, "Proc-Type: 4,ENCRYPTED\nDEK-Info: DES-CBC,0011\n\n");
        api::IssueCertificateRequest issue = issueRequest(
            engine->createActiveRoot(QStringLiteral("Root")), csr, "EndEntityCertificate/V1");
        matched = false;
        const QString csrMessage = expectError(
            errors::MalformedCsr, [&] { svc().issueCertificate(issue); }, &matched);
        QVERIFY2(matched, qPrintable(csrMessage));
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostile_input.moc"

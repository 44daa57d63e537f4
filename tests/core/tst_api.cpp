// The API model layer: JSON conversion with AWS JSON 1.1 conventions and the constraint
// validator with AWS's wording and exception names.
#include "PcaError.h"
#include "api/ApiJson.h"
#include "api/ApiValidation.h"
#include "api/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pca;
using namespace pca::api;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

template <typename Fn>
PcaError errorOf(Fn &&fn)
{
    try {
        fn();
    } catch (const PcaError &e) {
        return e;
    }
    return PcaError(QStringLiteral("none"), QString());
}

} // namespace

class ApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 8259, strictly: what AWS's readers accept is accepted, everything else refused.
    void strictJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("whitespace around") << QByteArray(" \t\r\n{ } \n") << true;
        QTest::newRow("nested") << QByteArray(
                                       "{\"a\":[1,-0.5,2e10,-3E-2,true,false,null,{\"b\":[]}]}")
                                << true;
        QTest::newRow("escapes")
            << QByteArray("{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}") << true;
        QTest::newRow("UTF-8") << QByteArray("{\"a\":\"\xc3\xa9\xf0\x9f\x98\x80\"}") << true;
        QTest::newRow("64 levels")
            << (QByteArray(63, '[').prepend("{\"a\":") + QByteArray(63, ']') + "}") << true;
        QTest::newRow("raw NUL") << QByteArray("{\"a\":\"\0\"}", 8) << false;
        QTest::newRow("raw tab") << QByteArray("{\"a\":\"\t\"}") << false;
        QTest::newRow("1.") << QByteArray("{\"a\":1.}") << false;
        QTest::newRow(".5") << QByteArray("{\"a\":.5}") << false;
        QTest::newRow("01") << QByteArray("{\"a\":01}") << false;
        QTest::newRow("+1") << QByteArray("{\"a\":+1}") << false;
        QTest::newRow("1e") << QByteArray("{\"a\":1e}") << false;
        // Found by fuzz_strict_json: Qt refuses a number out of a double's range.
        QTest::newRow("1e400") << QByteArray("{\"a\":[1,-2e3222222222,true]}") << false;
        QTest::newRow("1e-400") << QByteArray("{\"a\":1e-400}")
                                << QJsonDocument::fromJson("{\"a\":1e-400}").isObject();
        QTest::newRow("1e308") << QByteArray("{\"a\":1e308}") << true;
        QTest::newRow("\\x41") << QByteArray("{\"a\":\"\\x41\"}") << false;
        QTest::newRow("\\u12") << QByteArray("{\"a\":\"\\u12\"}") << false;
        QTest::newRow("lone high surrogate") << QByteArray("{\"a\":\"\\ud800x\"}") << false;
        // Found by fuzz_strict_json: the second escape of a pair was not checked for its '\\'.
        QTest::newRow("high surrogate, then u without backslash")
            << QByteArray("{\"a\":\"\\ud83d\xffude00\"}") << false;
        QTest::newRow("lone low surrogate") << QByteArray("{\"a\":\"\\udc00\"}") << false;
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
        QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false;
        QTest::newRow("truncated UTF-8") << QByteArray("{\"a\":\"\xe2\x82\"}") << false;
        QTest::newRow("duplicate member") << QByteArray("{\"a\":1,\"a\":2}") << false;
        QTest::newRow("duplicate by escape") << QByteArray("{\"a\":1,\"\\u0061\":2}") << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false;
        QTest::newRow("trailing text") << QByteArray("{} x") << false;
        QTest::newRow("two values") << QByteArray("{}{}") << false;
        QTest::newRow("bare word") << QByteArray("{\"a\":True}") << false;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
        QTest::newRow("comment") << QByteArray("{/* */}") << false;
        QTest::newRow("vertical tab") << QByteArray("{\v}") << false;
        QTest::newRow("65 levels")
            << (QByteArray(64, '[').prepend("{\"a\":") + QByteArray(64, ']') + "}") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void strictJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const auto error = checkStrictJson(text);
        QVERIFY2(valid == !error, error ? qPrintable(error->message) : "accepted");
    }

    void strictJsonObjectsAreQtObjects()
    {
        const QJsonObject o = parseStrictJsonObject("{\"a\":\"\\u00e9\",\"b\":[1,2]}",
                                                    errors::Serialization, QStringLiteral("Body"));
        QCOMPARE(o.value(QStringLiteral("a")).toString(), QStringLiteral("\u00e9"));
        QCOMPARE(o.value(QStringLiteral("b")).toArray().size(), 2);
        const PcaError notObject = errorOf(
            [] { parseStrictJsonObject("[1]", errors::Serialization, QStringLiteral("Body")); });
        QCOMPARE(notObject.type(), QStringLiteral("SerializationException"));
        QVERIFY(notObject.message().contains(QStringLiteral("must be a JSON object")));
        const PcaError bad = errorOf([] {
            parseStrictJsonObject("{\"a\":1.}", errors::Serialization, QStringLiteral("Body"));
        });
        QVERIFY2(bad.message().contains(QStringLiteral("offset 7")), qPrintable(bad.message()));
    }

    void enumNames()
    {
        QCOMPARE(enumName(KeyAlgorithm::EC_prime256v1), QStringLiteral("EC_prime256v1"));
        QCOMPARE(enumName(SigningAlgorithm::SHA512WITHRSA_PSS),
                 QStringLiteral("SHA512WITHRSA_PSS"));
        QCOMPARE(enumFromString<RevocationReason>(u"A_A_COMPROMISE"),
                 std::optional(RevocationReason::A_A_COMPROMISE));
        QVERIFY(!enumFromString<RevocationReason>(u"a_a_compromise"));
        QCOMPARE(enumCount<SigningAlgorithm>(), std::size_t(13));
        QCOMPARE(enumCount<KeyAlgorithm>(), std::size_t(10));
    }

    void readsNestedShapes()
    {
        const auto request = fromJson<CreateCertificateAuthorityRequest>(parse(
            "{ \"CertificateAuthorityConfiguration\": { \"KeyAlgorithm\": \"EC_secp384r1\", "
            "\"SigningAlgorithm\": \"SHA384WITHECDSA\", \"Subject\": {\"CommonName\": \"Root\", "
            "\"CustomAttributes\": [{\"ObjectIdentifier\": \"1.2.3\", \"Value\": \"x\"}]}, "
            "\"CsrExtensions\": {\"SubjectInformationAccess\": [{\"AccessMethod\": "
            "{\"AccessMethodType\": \"CA_REPOSITORY\"}, \"AccessLocation\": "
            "{\"UniformResourceIdentifier\": \"http://a/b\"}}]}}, \"CertificateAuthorityType\": "
            "\"SUBORDINATE\", \"RevocationConfiguration\": {\"CrlConfiguration\": {\"Enabled\": "
            "true, \"ExpirationInDays\": 9, \"S3BucketName\": \"b-1\"}}, \"Tags\": [{\"Key\": "
            "\"k\"}, {\"Key\": \"k2\", \"Value\": \"\"}], \"UnknownMember\": 42 }"));
        QCOMPARE(request.certificateAuthorityType, CertificateAuthorityType::SUBORDINATE);
        QCOMPARE(request.certificateAuthorityConfiguration.keyAlgorithm,
                 KeyAlgorithm::EC_secp384r1);
        QCOMPARE(*request.certificateAuthorityConfiguration.subject.commonName,
                 QStringLiteral("Root"));
        QCOMPARE(request.certificateAuthorityConfiguration.subject.customAttributes->first()
                     .objectIdentifier,
                 QStringLiteral("1.2.3"));
        const auto &sia =
            *request.certificateAuthorityConfiguration.csrExtensions->subjectInformationAccess;
        QCOMPARE(sia.size(), 1);
        QCOMPARE(*sia.first().accessLocation.uniformResourceIdentifier,
                 QStringLiteral("http://a/b"));
        QCOMPARE(*request.revocationConfiguration->crlConfiguration->expirationInDays, 9);
        QVERIFY(!request.tags->at(0).value);
        QCOMPARE(*request.tags->at(1).value, QString());
        QVERIFY(!request.idempotencyToken);
    }

    void writesAwsConventions()
    {
        CertificateAuthority ca;
        ca.arn = QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x");
        ca.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        ca.status = CertificateAuthorityStatus::ACTIVE;
        const QJsonObject json = toJson(ca);
        QCOMPARE(json.value(QStringLiteral("CreatedAt")).toDouble(), 1700000000.123);
        QCOMPARE(json.value(QStringLiteral("Status")).toString(), QStringLiteral("ACTIVE"));
        QVERIFY(!json.contains(QStringLiteral("NotAfter"))); // absent optionals are omitted
        QVERIFY(!json.contains(QStringLiteral("Serial")));

        ImportCertificateAuthorityCertificateRequest import;
        import.certificate = QByteArray("\x00\x01\xff", 3);
        const QJsonObject blob = toJson(import);
        QCOMPARE(blob.value(QStringLiteral("Certificate")).toString(), QStringLiteral("AAH/"));
        QCOMPARE(fromJson<ImportCertificateAuthorityCertificateRequest>(blob).certificate,
                 QByteArray("\x00\x01\xff", 3));
    }

    void roundTrip()
    {
        IssueCertificateRequest request;
        request.certificateAuthorityArn =
            QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x");
        request.csr = "CSR";
        request.signingAlgorithm = SigningAlgorithm::SM3WITHSM2;
        request.validity = {9007199254740991LL, ValidityPeriodType::END_DATE};
        ApiPassthrough passthrough;
        Extensions extensions;
        PolicyInformation policy;
        policy.certPolicyId = QStringLiteral("2.5.29.32.0");
        PolicyQualifierInfo qualifier;
        qualifier.qualifier.cpsUri = QStringLiteral("https://cps");
        policy.policyQualifiers = QList<PolicyQualifierInfo>{qualifier};
        extensions.certificatePolicies = QList<PolicyInformation>{policy};
        GeneralName name;
        EdiPartyName edi;
        edi.partyName = QStringLiteral("party");
        name.ediPartyName = edi;
        extensions.subjectAlternativeNames = QList<GeneralName>{name};
        passthrough.extensions = extensions;
        request.apiPassthrough = passthrough;
        const QJsonObject json = toJson(request);
        QCOMPARE(toJson(fromJson<IssueCertificateRequest>(json)), json);
    }

    void missingAndMistypedMembersAreValidationErrors()
    {
        PcaError e = errorOf([] {
            fromJson<IssueCertificateRequest>(
                parse("{\"Csr\": 12, \"Validity\": {\"Type\": \"WEEKS\"}}"));
        });
        QCOMPARE(e.type(), QStringLiteral("ValidationException"));
        QVERIFY2(e.message().startsWith(QStringLiteral("5 validation errors detected: ")),
                 qPrintable(e.message()));
        QVERIFY(
            e.message().contains(QStringLiteral("Value null at 'certificateAuthorityArn' failed to "
                                                "satisfy constraint: Member must not be null")));
        QVERIFY(e.message().contains(QStringLiteral("at 'csr'")));
        QVERIFY(e.message().contains(QStringLiteral("at 'signingAlgorithm'")));
        QVERIFY(e.message().contains(QStringLiteral(
            "Value 'WEEKS' at 'validity.type' failed to satisfy constraint: Member must satisfy "
            "enum value set: [END_DATE, ABSOLUTE, DAYS, MONTHS, YEARS]")));
        QVERIFY(e.message().contains(QStringLiteral("Value null at 'validity.value'")));

        e = errorOf(
            [] { fromJson<ListCertificateAuthoritiesRequest>(parse("{\"MaxResults\": 1.5}")); });
        QCOMPARE(e.type(), QStringLiteral("ValidationException"));
        QVERIFY(e.message().contains(QStringLiteral("maxResults")));
        e = errorOf([] {
            fromJson<TagCertificateAuthorityRequest>(
                parse("{\"CertificateAuthorityArn\": \"a\", \"Tags\": [null]}"));
        });
        QVERIFY(e.message().contains(QStringLiteral("tags.1.member")));
        e = errorOf([] {
            fromJson<ImportCertificateAuthorityCertificateRequest>(
                parse("{\"CertificateAuthorityArn\": \"a\", \"Certificate\": \"%%%\"}"));
        });
        QVERIFY(e.message().contains(QStringLiteral("base64")));
    }

    void constraints()
    {
        ListCertificateAuthoritiesRequest list;
        list.maxResults = 0;
        PcaError e = errorOf([&] { validateShape(list); });
        QCOMPARE(e.type(), QStringLiteral("ValidationException"));
        QCOMPARE(e.message(),
                 QStringLiteral(
                     "1 validation error detected: Value '0' at 'maxResults' failed to satisfy "
                     "constraint: Member must have value greater than or equal to 1"));

        DescribeCertificateAuthorityRequest describe;
        describe.certificateAuthorityArn = QStringLiteral("arn:bad");
        e = errorOf([&] { validateShape(describe); });
        QCOMPARE(e.type(), QStringLiteral("InvalidArnException"));

        TagCertificateAuthorityRequest tag;
        tag.certificateAuthorityArn =
            QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x");
        Tag t;
        t.key = QStringLiteral("Ümlaut key: ok_=+-@./");
        t.value = QString(256, QLatin1Char('v'));
        tag.tags = {t};
        validateShape(tag); // unicode letters are fine, 256 characters too
        t.value = QString(257, QLatin1Char('v'));
        tag.tags = {t};
        QCOMPARE(errorOf([&] { validateShape(tag); }).type(),
                 QStringLiteral("InvalidTagException"));
        t.value = QStringLiteral("no*stars");
        tag.tags = {t};
        QCOMPARE(errorOf([&] { validateShape(tag); }).type(),
                 QStringLiteral("InvalidTagException"));

        // Code points, not UTF-16 units: 64 emoji are a valid common name.
        CreateCertificateAuthorityRequest create;
        QString emoji;
        for (int i = 0; i < 64; ++i)
            emoji += QString::fromUcs4(U"\U0001F512");
        create.certificateAuthorityConfiguration.subject.commonName = emoji;
        validateShape(create);
        create.certificateAuthorityConfiguration.subject.commonName = emoji + QLatin1Char('x');
        QCOMPARE(errorOf([&] { validateShape(create); }).type(),
                 QStringLiteral("ValidationException"));

        // Several violations are listed together.
        create = {};
        create.certificateAuthorityConfiguration.subject.country = QStringLiteral("U1");
        create.certificateAuthorityConfiguration.subject.initials = QStringLiteral("ABCDEF");
        create.idempotencyToken = QString();
        e = errorOf([&] { validateShape(create); });
        QVERIFY2(e.message().startsWith(QStringLiteral("3 validation errors detected")),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(
            QStringLiteral("'certificateAuthorityConfiguration.subject.country'")));

        PutPolicyRequest policy;
        policy.resourceArn = tag.certificateAuthorityArn;
        policy.policy = QString(81921, QLatin1Char(' '));
        QCOMPARE(errorOf([&] { validateShape(policy); }).type(),
                 QStringLiteral("InvalidPolicyException"));

        CustomExtension custom;
        custom.objectIdentifier = QStringLiteral("1.2.3.4");
        custom.value = QStringLiteral("not base64!");
        IssueCertificateRequest issue;
        issue.certificateAuthorityArn = tag.certificateAuthorityArn;
        issue.csr = "x";
        issue.validity.value = 1;
        Extensions extensions;
        extensions.customExtensions = QList<CustomExtension>{custom};
        ApiPassthrough passthrough;
        passthrough.extensions = extensions;
        issue.apiPassthrough = passthrough;
        e = errorOf([&] { validateShape(issue); });
        QVERIFY2(e.message().contains(
                     QStringLiteral("apiPassthrough.extensions.customExtensions.1.member.value")),
                 qPrintable(e.message()));
    }
};

QTEST_GUILESS_MAIN(ApiTest)
#include "tst_api.moc"

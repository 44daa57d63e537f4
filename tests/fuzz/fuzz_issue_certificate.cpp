// Structure-aware: a certificate issued from fuzzed inputs — a CSR built from fuzzed subject
// attributes and extensions (string types, criticality encoded or not, long-form lengths, raw
// values) and signed with a real key, any template, and fuzzed API passthrough values. Whatever
// the CA signs must re-parse strictly as DER, verify with the CA's key and carry the CSR's key;
// whatever it refuses must be refused with a PcaError that is not InternalFailure (the builder's
// own DER gate failing is a finding: an accepted input that was not made canonical).
#include "FuzzSupport.h"
#include "api/ApiValidation.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateInspector.h"
#include "crypto/Keys.h"
#include "crypto/StrictDer.h"

#include <QSet>

#include <fuzzer/FuzzedDataProvider.h>

namespace {

using namespace pca;
using fuzz::tlv;

QByteArray take(FuzzedDataProvider &in, size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArray oid(const char *hex)
{
    return tlv(0x06, QByteArray::fromHex(hex));
}

struct Issuer
{
    crypto::PKeyPtr key;
    crypto::X509Ptr certificate;
    std::vector<crypto::PKeyPtr> subjectKeys;
};

const Issuer &issuer()
{
    static const Issuer instance = [] {
        Issuer out;
        out.key = crypto::generateKey(api::KeyAlgorithm::EC_prime256v1);
        api::CertificateAuthorityConfiguration config;
        config.keyAlgorithm = api::KeyAlgorithm::EC_prime256v1;
        config.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        config.subject.commonName = QStringLiteral("Fuzz Root");
        const crypto::ParsedCsr csr = crypto::parseCsr(crypto::buildCaCsr(out.key.get(), config));
        crypto::IssuanceParameters p;
        p.certificateTemplate =
            crypto::findTemplateByArn(QStringLiteral("arn:aws:acm-pca:::template/"
                                                     "RootCACertificate/V1"));
        p.csr = &csr;
        p.issuerKey = out.key.get();
        p.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
        p.serial = crypto::randomSerial(0);
        p.notBeforeMs = 1'700'000'000'000;
        p.notAfterMs = 2'000'000'000'000;
        out.certificate = crypto::certificateFromDer(crypto::buildCertificate(p).der);
        out.subjectKeys.push_back(crypto::generateKey(api::KeyAlgorithm::EC_prime256v1));
        out.subjectKeys.push_back(crypto::generateKey(api::KeyAlgorithm::EC_secp384r1));
        out.subjectKeys.push_back(crypto::generateKey(api::KeyAlgorithm::RSA_2048));
        return out;
    }();
    return instance;
}

QByteArray attribute(FuzzedDataProvider &in)
{
    static const char *const types[] = {"550403",
                                        "55040a",
                                        "55040b",
                                        "550406",
                                        "550405",
                                        "0992268993f22c640119",
                                        "2a864886f70d010901",
                                        "2a0304"};
    static const unsigned char strings[] = {0x0c, 0x13, 0x16, 0x1e, 0x14, 0x12, 0x1c, 0x30};
    const QByteArray type = oid(types[in.ConsumeIntegralInRange<size_t>(0, std::size(types) - 1)]);
    const unsigned char tag = strings[in.ConsumeIntegralInRange<size_t>(0, std::size(strings) - 1)];
    return tlv(0x30, type + tlv(tag, take(in, 40), in.ConsumeProbability<float>() < 0.1f));
}

QByteArray subject(FuzzedDataProvider &in)
{
    QByteArray rdns;
    const int count = in.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < count; ++i) {
        QByteArray set = attribute(in);
        if (in.ConsumeProbability<float>() < 0.2f)
            set += attribute(in); // multi-valued, in whatever order
        rdns += tlv(0x31, set);
    }
    return tlv(0x30, rdns, in.ConsumeProbability<float>() < 0.1f);
}

QByteArray generalNames(FuzzedDataProvider &in)
{
    QByteArray names;
    const int count = in.ConsumeIntegralInRange(1, 3);
    for (int i = 0; i < count; ++i) {
        switch (in.ConsumeIntegralInRange(0, 4)) {
        case 0:
            names += tlv(0x82, take(in, 40)); // dNSName
            break;
        case 1:
            names += tlv(0x87, take(in, 17)); // iPAddress
            break;
        case 2:
            names += tlv(0x86, take(in, 40)); // URI
            break;
        case 3:
            names += tlv(0x81, take(in, 40)); // rfc822Name
            break;
        default:
            names += tlv(0xa4, subject(in)); // directoryName
            break;
        }
    }
    return tlv(0x30, names, in.ConsumeProbability<float>() < 0.1f);
}

QByteArray extensionValue(FuzzedDataProvider &in, QByteArray &extensionOid)
{
    switch (in.ConsumeIntegralInRange(0, 6)) {
    case 0:
        extensionOid = oid("551d11");
        return generalNames(in);
    case 1: {
        extensionOid = oid("551d0f"); // keyUsage: a BIT STRING as given
        QByteArray bits = take(in, 3);
        bits.prepend(char(in.ConsumeIntegralInRange(0, 8)));
        return tlv(0x03, bits);
    }
    case 2: {
        extensionOid = oid("551d25");
        QByteArray usages;
        static const char *const ekus[] = {"2b06010505070301", "2b06010505070302",
                                           "2b06010505070303", "2a0304"};
        const int count = in.ConsumeIntegralInRange(0, 3);
        for (int i = 0; i < count; ++i)
            usages += oid(ekus[in.ConsumeIntegralInRange<size_t>(0, std::size(ekus) - 1)]);
        return tlv(0x30, usages, in.ConsumeBool());
    }
    case 3: {
        extensionOid = oid("551d13"); // basicConstraints, cA encoded or not
        QByteArray fields;
        if (in.ConsumeBool())
            fields += tlv(0x01, QByteArray(1, in.ConsumeBool() ? '\xff' : '\0'));
        if (in.ConsumeBool())
            fields += tlv(0x02, take(in, 2));
        return tlv(0x30, fields);
    }
    case 4: {
        extensionOid = oid("551d20"); // certificatePolicies
        return tlv(0x30, tlv(0x30, oid("2a0304") + take(in, 30)));
    }
    case 5:
        extensionOid = tlv(0x06, take(in, 8)); // any OID, any value
        return take(in, 64);
    default:
        extensionOid = oid("2a03040506");
        return take(in, 64);
    }
}

QByteArray extensions(FuzzedDataProvider &in)
{
    QByteArray out;
    const int count = in.ConsumeIntegralInRange(0, 5);
    for (int i = 0; i < count; ++i) {
        QByteArray extensionOid;
        const QByteArray value = extensionValue(in, extensionOid);
        QByteArray critical;
        switch (in.ConsumeIntegralInRange(0, 2)) {
        case 1:
            critical = tlv(0x01, QByteArray(1, '\xff'));
            break;
        case 2:
            critical = tlv(0x01, QByteArray(1, '\0')); // the DEFAULT, encoded
            break;
        default:
            break;
        }
        out += tlv(0x30, extensionOid + critical + tlv(0x04, value));
    }
    return out;
}

QByteArray signedCsr(EVP_PKEY *key, const QByteArray &name, const QByteArray &requested)
{
    const QByteArray keyInfo = crypto::publicKeyDer(key);
    const QByteArray attributes =
        requested.isEmpty()
            ? tlv(0xa0, QByteArray())
            : tlv(0xa0, tlv(0x30, oid("2a864886f70d01090e") + tlv(0x31, tlv(0x30, requested))));
    const QByteArray info = tlv(0x30, tlv(0x02, QByteArray(1, '\0')) + name + keyInfo + attributes);
    crypto::MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(info.constData()),
                       size_t(info.size())) != 1)
        fuzz::finding("signing a CSR");
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(info.constData()), size_t(info.size()));
    signature.truncate(qsizetype(length));
    const QByteArray algorithm = EVP_PKEY_is_a(key, "RSA")
                                     ? tlv(0x30, oid("2a864886f70d01010b") + tlv(0x05, {}))
                                     : tlv(0x30, oid("2a8648ce3d040302"));
    return tlv(0x30, info + algorithm + tlv(0x03, QByteArray(1, '\0') + signature));
}

std::optional<api::ApiPassthrough> passthrough(FuzzedDataProvider &in)
{
    if (!in.ConsumeBool())
        return std::nullopt;
    api::ApiPassthrough out;
    const auto text = [&in](size_t max) { return QString::fromUtf8(take(in, max)); };
    if (in.ConsumeBool()) {
        api::Asn1Subject s;
        s.commonName = text(40);
        if (in.ConsumeBool())
            s.country = text(3);
        if (in.ConsumeBool())
            s.organization = text(20);
        out.subject = s;
    }
    api::Extensions e;
    if (in.ConsumeBool()) {
        QList<api::GeneralName> names;
        const int count = in.ConsumeIntegralInRange(1, 3);
        for (int i = 0; i < count; ++i) {
            api::GeneralName name;
            switch (in.ConsumeIntegralInRange(0, 3)) {
            case 0:
                name.dnsName = text(40);
                break;
            case 1:
                name.ipAddress = text(40);
                break;
            case 2:
                name.uniformResourceIdentifier = text(40);
                break;
            default:
                name.otherName = api::OtherName{QStringLiteral("1.3.6.1.4.1.311.20.2.3"), text(20)};
                break;
            }
            names << name;
        }
        e.subjectAlternativeNames = names;
    }
    if (in.ConsumeBool()) {
        api::KeyUsage usage;
        usage.digitalSignature = in.ConsumeBool();
        usage.keyEncipherment = in.ConsumeBool();
        usage.decipherOnly = in.ConsumeBool();
        e.keyUsage = usage;
    }
    if (in.ConsumeBool()) {
        api::CustomExtension custom;
        custom.objectIdentifier = in.ConsumeBool() ? QStringLiteral("1.2.3.4") : text(20);
        custom.value = QString::fromLatin1(take(in, 48).toBase64());
        if (in.ConsumeBool())
            custom.critical = in.ConsumeBool();
        e.customExtensions = QList<api::CustomExtension>{custom};
    }
    if (in.ConsumeBool()) {
        api::PolicyInformation policy;
        policy.certPolicyId = in.ConsumeBool() ? QStringLiteral("2.23.140.1.2.1") : text(20);
        e.certificatePolicies = QList<api::PolicyInformation>{policy};
    }
    out.extensions = e;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const Issuer &ca = issuer();
    EVP_PKEY *subjectKey =
        ca.subjectKeys[in.ConsumeIntegralInRange<size_t>(0, ca.subjectKeys.size() - 1)].get();
    const QByteArray name = subject(in);
    const QByteArray requested = extensions(in);
    const QList<crypto::CertificateTemplate> &templates = crypto::certificateTemplates();
    const crypto::CertificateTemplate &chosen =
        templates.at(in.ConsumeIntegralInRange<qsizetype>(0, templates.size() - 1));
    const std::optional<api::ApiPassthrough> api = passthrough(in);
    const QByteArray csrDer = signedCsr(subjectKey, name, requested);

    crypto::ParsedCsr csr;
    if (!fuzz::refusalsOnly([&] { csr = crypto::parseCsr(csrDer); }))
        return 0;
    if (api) {
        api::IssueCertificateRequest request;
        request.certificateAuthorityArn =
            QStringLiteral("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
                           "11111111-2222-3333-4444-555555555555");
        request.csr = csrDer;
        request.apiPassthrough = api;
        request.validity = {1, api::ValidityPeriodType::DAYS};
        if (!fuzz::refusalsOnly([&] { api::validateShape(request); }))
            return 0;
    }
    crypto::IssuanceParameters p;
    p.certificateTemplate = &chosen;
    p.csr = &csr;
    p.apiPassthrough = api ? &*api : nullptr;
    p.issuerCertificate = ca.certificate.get();
    p.issuerKey = ca.key.get();
    p.signingAlgorithm = api::SigningAlgorithm::SHA256WITHECDSA;
    p.serial = crypto::randomSerial(1'750'000'000'000);
    p.notBeforeMs = 1'750'000'000'000;
    p.notAfterMs = p.notBeforeMs + 86'400'000;
    if (in.ConsumeBool()) {
        p.crlDistributionPointUrl = QStringLiteral("http://crl.example.test/ca.crl");
        p.ocspUrl = QStringLiteral("http://ocsp.example.test");
    }
    crypto::BuiltCertificate built;
    if (!fuzz::refusalsOnly([&] { built = crypto::buildCertificate(p); }))
        return 0;

    // What was signed: strict DER, read whole by OpenSSL, signed by the CA, the CSR's key.
    if (const auto problem = crypto::der::certificateDerProblem(built.der))
        fuzz::finding("a signed certificate is not DER", *problem);
    const auto *q = reinterpret_cast<const unsigned char *>(built.der.constData());
    crypto::X509Ptr cert(d2i_X509(nullptr, &q, built.der.size()));
    if (!cert ||
        q != reinterpret_cast<const unsigned char *>(built.der.constData()) + built.der.size())
        fuzz::finding("a signed certificate does not re-parse");
    if (X509_verify(cert.get(), ca.key.get()) != 1)
        fuzz::finding("a signed certificate does not verify with the CA's key");
    if (EVP_PKEY_eq(X509_get0_pubkey(cert.get()), subjectKey) != 1)
        fuzz::finding("a signed certificate does not carry the CSR's key");
    QSet<QByteArray> seen;
    for (int i = 0; i < X509_get_ext_count(cert.get()); ++i) {
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(X509_get_ext(cert.get(), i));
        char text[128];
        OBJ_obj2txt(text, sizeof text, object, 1);
        if (seen.contains(text))
            fuzz::finding("a signed certificate has an extension twice", QString::fromLatin1(text));
        seen.insert(text);
    }
    crypto::clearOpenSslErrors();
    return 0;
}

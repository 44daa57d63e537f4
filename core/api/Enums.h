// Enumerations of the ACM PCA API (2017-08-22), and the macros that declare the enumerations of
// the other services (core/api/AcmTypes.h). Enumerator names are the wire names.
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

namespace pca::api {

template <typename E>
struct EnumTraits; // specialised below: static constexpr std::array<std::string_view, N> names

#define PCA_API_ENUM(Name, ...)                                                                    \
    enum class Name                                                                                \
    {                                                                                              \
        __VA_ARGS__                                                                                \
    };                                                                                             \
    template <>                                                                                    \
    struct EnumTraits<Name>                                                                        \
    {                                                                                              \
        static constexpr std::string_view typeName = #Name;                                        \
        static constexpr auto names = pca::api::detail::splitNames<#__VA_ARGS__>();                \
    };

namespace detail {
template <std::size_t N>
struct FixedString
{
    char data[N]{};
    constexpr FixedString(const char (&s)[N])
    {
        for (std::size_t i = 0; i < N; ++i)
            data[i] = s[i];
    }
};

constexpr bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

template <FixedString S>
constexpr std::size_t countNames()
{
    std::size_t count = 0;
    bool inName = false;
    for (char c : S.data) {
        if (isNameChar(c)) {
            if (!inName)
                ++count;
            inName = true;
        } else {
            inName = false;
        }
    }
    return count;
}

template <FixedString S>
struct StaticStorage
{
    static constexpr auto value = S;
};

template <FixedString S>
constexpr auto splitNames()
{
    std::array<std::string_view, countNames<S>()> out{};
    const char *base = StaticStorage<S>::value.data;
    std::size_t index = 0;
    std::size_t start = 0;
    bool inName = false;
    for (std::size_t i = 0; i < sizeof(S.data); ++i) {
        const bool nameChar = isNameChar(base[i]);
        if (nameChar && !inName)
            start = i;
        if (!nameChar && inName)
            out[index++] = std::string_view(base + start, i - start);
        inName = nameChar;
    }
    return out;
}
} // namespace detail

PCA_API_ENUM(KeyAlgorithm, RSA_2048, RSA_3072, RSA_4096, EC_prime256v1, EC_secp384r1, EC_secp521r1,
             ML_DSA_44, ML_DSA_65, ML_DSA_87, SM2)
PCA_API_ENUM(SigningAlgorithm, SHA256WITHECDSA, SHA384WITHECDSA, SHA512WITHECDSA, SHA256WITHRSA,
             SHA384WITHRSA, SHA512WITHRSA, SHA256WITHRSA_PSS, SHA384WITHRSA_PSS, SHA512WITHRSA_PSS,
             SM3WITHSM2, ML_DSA_44, ML_DSA_65, ML_DSA_87)
PCA_API_ENUM(CertificateAuthorityType, ROOT, SUBORDINATE)
PCA_API_ENUM(CertificateAuthorityStatus, CREATING, PENDING_CERTIFICATE, ACTIVE, DELETED, DISABLED,
             EXPIRED, FAILED)
PCA_API_ENUM(CertificateAuthorityUsageMode, GENERAL_PURPOSE, SHORT_LIVED_CERTIFICATE)
PCA_API_ENUM(KeyStorageSecurityStandard, FIPS_140_2_LEVEL_2_OR_HIGHER, FIPS_140_2_LEVEL_3_OR_HIGHER,
             CCPC_LEVEL_1_OR_HIGHER)
PCA_API_ENUM(FailureReason, REQUEST_TIMED_OUT, UNSUPPORTED_ALGORITHM, OTHER)
PCA_API_ENUM(RevocationReason, UNSPECIFIED, KEY_COMPROMISE, CERTIFICATE_AUTHORITY_COMPROMISE,
             AFFILIATION_CHANGED, SUPERSEDED, CESSATION_OF_OPERATION, PRIVILEGE_WITHDRAWN,
             A_A_COMPROMISE)
PCA_API_ENUM(ValidityPeriodType, END_DATE, ABSOLUTE, DAYS, MONTHS, YEARS)
PCA_API_ENUM(AccessMethodType, CA_REPOSITORY, RESOURCE_PKI_MANIFEST, RESOURCE_PKI_NOTIFY)
PCA_API_ENUM(ExtendedKeyUsageType, SERVER_AUTH, CLIENT_AUTH, CODE_SIGNING, EMAIL_PROTECTION,
             TIME_STAMPING, OCSP_SIGNING, SMART_CARD_LOGIN, DOCUMENT_SIGNING,
             CERTIFICATE_TRANSPARENCY)
PCA_API_ENUM(S3ObjectAcl, PUBLIC_READ, BUCKET_OWNER_FULL_CONTROL)
PCA_API_ENUM(CrlType, COMPLETE, PARTITIONED)
PCA_API_ENUM(AuditReportResponseFormat, JSON, CSV)
PCA_API_ENUM(AuditReportStatus, CREATING, SUCCESS, FAILED)
PCA_API_ENUM(ResourceOwner, SELF, OTHER_ACCOUNTS)
PCA_API_ENUM(ActionType, IssueCertificate, GetCertificate, ListPermissions)
PCA_API_ENUM(PolicyQualifierId, CPS)

// The same for the enumerations of another service's API, declared in a nested namespace of
// pca::api (the traits specialisation must live in pca::api itself), e.g.
// PCA_API_ENUM_IN(acm, CertificateStatus, ...) inside `namespace pca::api {`.
#define PCA_API_ENUM_IN(Namespace, Name, ...)                                                      \
    namespace Namespace {                                                                          \
    enum class Name                                                                                \
    {                                                                                              \
        __VA_ARGS__                                                                                \
    };                                                                                             \
    }                                                                                              \
    template <>                                                                                    \
    struct EnumTraits<Namespace::Name>                                                             \
    {                                                                                              \
        static constexpr std::string_view typeName = #Name;                                        \
        static constexpr auto names = pca::api::detail::splitNames<#__VA_ARGS__>();                \
    };

template <typename E>
concept ApiEnum = requires
{
    EnumTraits<E>::names;
};

template <ApiEnum E>
QString enumName(E value)
{
    const auto name = EnumTraits<E>::names[static_cast<std::size_t>(value)];
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

template <ApiEnum E>
std::optional<E> enumFromString(QStringView text)
{
    const auto &names = EnumTraits<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == QLatin1StringView(names[i].data(), qsizetype(names[i].size())))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <ApiEnum E>
QStringList enumNames()
{
    QStringList out;
    for (const auto &name : EnumTraits<E>::names)
        out << QString::fromLatin1(name.data(), qsizetype(name.size()));
    return out;
}

template <ApiEnum E>
constexpr std::size_t enumCount()
{
    return EnumTraits<E>::names.size();
}

} // namespace pca::api

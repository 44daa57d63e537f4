// Strict DER (X.690 section 10/11) checks for what the CA signs and what it takes in as a CA
// certificate. OpenSSL's decoders are lenient (they take non-minimal lengths, explicit DEFAULT
// values, unsorted SET OF, constructed strings), and OpenSSL re-encodes some decoded objects
// from the bytes it read; strict parsers (Go's crypto/x509, rust-asn1/webpki, Python's
// cryptography) refuse such encodings. Every certificate is checked here before it is signed.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace pca::crypto::der {

// What is not canonical DER in `bytes`, which must hold exactly one element (a
// description naming the offset), or nothing when it is strict DER. Checked for every element:
// tag and length forms, definite lengths, primitive/constructed forms of universal types,
// BOOLEAN, INTEGER, ENUMERATED, BIT STRING, NULL, OBJECT IDENTIFIER and time encodings, string
// alphabets (PrintableString, IA5String, NumericString, VisibleString, UTF8String, BMPString,
// UniversalString), and the order of SET OF elements. Nesting is limited to 64 levels.
std::optional<QString> strictDerProblem(QByteArrayView bytes);

// What keeps a TBSCertificate or a whole Certificate from being strict DER, or nothing: the
// generic checks above, plus what a generic walk cannot see — an Extension whose `critical` is
// encoded although it is the DEFAULT (FALSE), an extension value that is not one strict DER
// element, extensions OpenSSL knows whose value does not re-encode to the same bytes (DEFAULT
// fields encoded, ...), a KeyUsage BIT STRING with trailing zero bits, and an RSA public key
// that is not strict DER.
std::optional<QString> certificateDerProblem(QByteArrayView tbsOrCertificate);

// What keeps a SubjectPublicKeyInfo from being strict DER (an RSA key's inner RSAPublicKey
// included), or nothing.
std::optional<QString> publicKeyInfoProblem(QByteArrayView subjectPublicKeyInfo);

} // namespace pca::crypto::der

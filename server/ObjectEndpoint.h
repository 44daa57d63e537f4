// Read-only access to the bucket objects of the store (the local stand-in for the S3 buckets
// of AWS Private CA): GET and HEAD /<bucket>/<key>, and CRLs at their CNAME-style paths
// (/crl/<CA id>.crl, or /<custom path>/<CA id>.crl).
//
// CRLs are public, as relying parties fetch them from the CRL distribution point without
// credentials. Every other object (audit reports) is private: the request must be signed with
// SigV4 for service "s3" (so `aws s3 cp s3://bucket/key - --endpoint-url ...` works) or
// "acm-pca", by the store account's administrator or a caller whose identity policy allows
// s3:GetObject on arn:aws:s3:::<bucket>/<key>. Errors use S3's XML error document. Nothing but
// stored objects is reachable.
#pragma once

#include "HttpMessage.h"

namespace pca {
class PrivateCaService;
}

namespace pca::server {

class ApiContext;

class ObjectEndpoint
{
public:
    static constexpr const char *kCrlType = "application/pkix-crl";

    explicit ObjectEndpoint(const ApiContext &context);

    // GET or HEAD of a request path (percent-decoded, without the leading '/'). Answers 404
    // when the path names no object.
    HttpResponse handle(const HttpRequest &request, const QString &objectPath) const;

    // S3's error document.
    static HttpResponse s3Error(int status, const QString &code, const QString &message);

private:
    std::optional<HttpResponse> crlByCaPath(const HttpRequest &request,
                                            const QString &objectPath) const;
    HttpResponse content(const HttpRequest &request, const QByteArray &bytes,
                         const QByteArray &contentType, qint64 updatedAtMs) const;

    PrivateCaService &m_service;
    const ApiContext &m_context;
};

} // namespace pca::server

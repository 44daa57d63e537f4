// IAM (2010-05-08) and STS (2011-06-15) over AWS's Query protocol, next to the JSON APIs on the
// same listener: POST / with an application/x-www-form-urlencoded body
// (Action=CreateUser&Version=2010-05-08&UserName=...), signed with SigV4 for "iam" (clients
// sign IAM for us-east-1) or "sts" (GetCallerIdentity), answered with XML:
//
//   <CreateUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
//     <CreateUserResult><User>...</User></CreateUserResult>
//     <ResponseMetadata><RequestId>...</RequestId></ResponseMetadata>
//   </CreateUserResponse>
//
// Errors are <ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>...
// with the HTTP status of IAM's model. Every authenticated call is an event of the history.
#pragma once

#include "HttpMessage.h"

#include <QHash>
#include <QStringList>

namespace pca::server {

class ApiContext;

class QueryApiHandler
{
public:
    static constexpr const char *kContentType = "application/x-www-form-urlencoded";

    explicit QueryApiHandler(const ApiContext &context);

    // Whether a request is one of this API's (a form POST to /).
    static bool isQueryRequest(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request, const QByteArray &requestId) const;

    // The IAM actions served, in table order.
    static QStringList iamActionNames();

    // application/x-www-form-urlencoded, '+' as space; std::nullopt when malformed (bad
    // escapes or invalid UTF-8).
    static std::optional<QHash<QString, QString>> parseForm(const QByteArray &body);

private:
    const ApiContext &m_context;
};

} // namespace pca::server

// The ACM PCA API over the AWS JSON 1.1 protocol: POST / with
// "X-Amz-Target: ACMPrivateCA.<Operation>" and a JSON body. Every operation is one line of a
// table that binds its wire name to the engine method; the request and response shapes
// convert themselves (api::fromJson / api::toJson).
//
// Errors: 403 for authentication (SigV4Verifier), 400 {"__type", "message"} for every engine
// error and for protocol errors (UnknownOperationException, SerializationException,
// ValidationException), 500 only for failures of this machine.
#pragma once

#include "HttpMessage.h"
#include "PcaError.h"

#include <QJsonObject>
#include <QStringList>

#include <exception>
#include <optional>

namespace pca::server {

class ApiContext;

class JsonApiHandler
{
public:
    struct Operation; // one row of the operation table
    static constexpr const char *kContentType = "application/x-amz-json-1.1";
    static constexpr const char *kTargetPrefix = "ACMPrivateCA.";
    static constexpr const char *kSigningName = "acm-pca";
    static constexpr const char *kEventSource = "acm-pca.amazonaws.com";

    explicit JsonApiHandler(const ApiContext &context);

    // Answers one request; every authenticated call of an operation is recorded in the event
    // history under `requestId` (the x-amzn-RequestId of the answer).
    HttpResponse handle(const HttpRequest &request, const QByteArray &requestId) const;

    // The deferred form for operations that wait on a store commit (IssueCertificate): checks
    // the signature and the input and starts the engine call on the calling thread, then
    // answers through `respond` once the engine is done (from the store's writer thread).
    // Returns false, without answering, for the other operations.
    bool start(const HttpRequest &request, const QByteArray &requestId,
               const Responder &respond) const;
    // Whether start() takes requests with this X-Amz-Target.
    static bool isDeferred(const QByteArray &target);

    // Whether the X-Amz-Target names an operation that only reads (Describe*, Get*, List*).
    static bool isReadOnly(const QByteArray &target);

    // The wire names of the operations, in table order.
    static QStringList operationNames();

    // The JSON error response of the protocol: status, {"__type": type, "message": message}.
    static HttpResponse errorResponse(int status, const QString &type, const QString &message);
    // 403 for authentication errors, 500 for failures of this machine, 400 otherwise.
    static int statusFor(const PcaError &error);
    // The protocol's answer to an exception of an operation named by `target` (shared with
    // the other JSON APIs of the listener).
    static HttpResponse failureResponse(const QByteArray &target, std::exception_ptr error);
    // An operation's JSON output as the answer's body (empty for operations without output).
    static QByteArray body(const std::optional<QJsonObject> &output);

private:
    // Finds the operation and parses the JSON input (the caller is authenticated before);
    // throws PcaError for each way a request can be refused.
    const Operation *prepare(const HttpRequest &request, QJsonObject &input) const;
    const ApiContext &m_context;
};

} // namespace pca::server

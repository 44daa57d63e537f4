#include "ErrorText.h"

#include "RemoteConnection.h"
#include "api/IamTypes.h"

namespace pca::models {

ErrorExplanation ErrorText::explain(const PcaError &error)
{
    ErrorExplanation out;
    out.exceptionName = error.type();
    out.detail = error.message();
    const auto is = [&error](const char *type) { return error.is(type); };
    if (is(errors::InvalidState))
        out.summary = tr("The certificate authority is not in a state that allows this.");
    else if (is(errors::InvalidArgs) || is(errors::Validation) || is(errors::InvalidRequest))
        out.summary = tr("Some of the values were not accepted.");
    else if (is(errors::InvalidArn))
        out.summary = tr("This does not name a certificate authority of this store.");
    else if (is(errors::ResourceNotFound))
        out.summary = tr("It no longer exists. It may have been deleted meanwhile.");
    else if (is(errors::MalformedCsr))
        out.summary = tr("The certificate signing request cannot be used.");
    else if (is(errors::MalformedCertificate))
        out.summary = tr("The certificate cannot be used.");
    else if (is(errors::CertificateMismatch))
        out.summary = tr("The certificate does not belong to this certificate authority.");
    else if (is(errors::InvalidPolicy))
        out.summary = tr("The policy is not valid.");
    else if (is(errors::InvalidTag))
        out.summary = tr("A tag key or value is not allowed.");
    else if (is(errors::TooManyTags))
        out.summary = tr("A certificate authority can have at most 50 tags.");
    else if (is(errors::PermissionAlreadyExists))
        out.summary = tr("This permission already exists.");
    else if (is(errors::RequestAlreadyProcessed))
        out.summary = tr("This was already done.");
    else if (is(errors::RequestInProgress))
        out.summary = tr("The request is still in progress. Try again in a moment.");
    else if (is(errors::LimitExceeded))
        out.summary = tr("A limit was reached.");
    else if (is(errors::ConcurrentModification))
        out.summary = tr("Something else changed it at the same time. Try again.");
    else if (is(errors::WrongPassphrase))
        out.summary = tr("The passphrase is not correct.");
    else if (is(errors::StoreLocked))
        out.summary = tr("The store is in use by another program.");
    else if (is(errors::StoreError))
        out.summary = tr("The store cannot be read or written.");
    // IAM (the Access page)
    else if (is(api::iam::errors::DeleteConflict))
        out.summary = tr("It is still in use: a user can only be deleted once its access keys, "
                         "inline policies and attached policies are removed.");
    else if (is(api::iam::errors::EntityAlreadyExists))
        out.summary = tr("One with this name already exists.");
    else if (is(api::iam::errors::NoSuchEntity))
        out.summary = tr("It no longer exists. It may have been deleted meanwhile.");
    else if (is(api::iam::errors::MalformedPolicyDocument))
        out.summary = tr("The policy document is not valid.");
    else if (is(api::iam::errors::LimitExceeded))
        out.summary = tr("An IAM quota was reached (e.g. two access keys per user, ten attached "
                         "policies, 2048 characters of inline policies).");
    else if (is(api::iam::errors::InvalidInput) || is(api::iam::errors::Validation))
        out.summary = tr("Some of the values were not accepted.");
    // A remote server (the desktop connected to privateca-server)
    else if (is(remoteErrors::Unreachable))
        out.summary = tr("The server cannot be reached.");
    else if (is(remoteErrors::Timeout))
        out.summary = tr("The server did not answer in time.");
    else if (is(errors::AccessDenied))
        out.summary = tr("You are not allowed to do this.");
    else if (is("InvalidSignatureException") || is("UnrecognizedClientException") ||
             is("IncompleteSignatureException") || is("MissingAuthenticationTokenException") ||
             is("SignatureDoesNotMatch") || is("InvalidClientTokenId"))
        out.summary = tr("The server did not accept the access key.");
    else
        out.summary = tr("The operation failed.");
    return out;
}

QString ErrorText::oneLine(const PcaError &error)
{
    const ErrorExplanation explanation = explain(error);
    return explanation.detail.isEmpty()
               ? explanation.summary
               : explanation.summary + QLatin1Char(' ') + explanation.detail;
}

} // namespace pca::models

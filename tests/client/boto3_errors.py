#!/usr/bin/python3
"""Errors as boto3 users see them: the modeled exception codes with HTTP 400, parsed by
botocore into ClientError codes (and the matching modeled exception classes)."""
import botocore.exceptions

from pca_client_common import (activate_root, check, check_equal, create_ca, expect_error,
                               main, make_csr, pca_client, step)

MISSING_CA = ("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/"
              "11111111-2222-3333-4444-555555555555")


def errors():
    client = pca_client()
    account = None

    step("ResourceNotFoundException, with the modeled exception class")
    error = expect_error("ResourceNotFoundException", client.describe_certificate_authority,
                         CertificateAuthorityArn=MISSING_CA)
    try:
        client.describe_certificate_authority(CertificateAuthorityArn=MISSING_CA)
    except client.exceptions.ResourceNotFoundException as modeled:
        check("Could not find" in str(modeled), "the message reaches the user")
    check(error.response["Error"]["Message"], "message")

    step("InvalidArnException for an ARN of the wrong shape")
    expect_error("InvalidArnException", client.describe_certificate_authority,
                 CertificateAuthorityArn="arn:aws:acm-pca:us-east-1:123456789012:not-a-ca/x")

    step("validation of request members")
    expect_error("ValidationException", client.list_certificate_authorities, MaxResults=5000)

    root = create_ca(client, "Errors Root")
    account = root.split(":")[4]
    check(len(account) == 12 and account.isdigit(), "the account id of the store")

    step("RequestInProgress / InvalidState before the CA certificate is installed")
    expect_error("InvalidStateException", client.issue_certificate,
                 CertificateAuthorityArn=root, Csr=make_csr("early", "early.example.com"),
                 SigningAlgorithm="SHA256WITHECDSA", Validity={"Value": 1, "Type": "DAYS"})
    expect_error("InvalidStateException", client.get_certificate_authority_certificate,
                 CertificateAuthorityArn=root)
    activate_root(client, root)

    step("MalformedCSRException and InvalidArgsException")
    expect_error("MalformedCSRException", client.issue_certificate, CertificateAuthorityArn=root,
                 Csr=b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
                 SigningAlgorithm="SHA256WITHECDSA", Validity={"Value": 1, "Type": "DAYS"})
    expect_error("InvalidArgsException", client.issue_certificate, CertificateAuthorityArn=root,
                 Csr=make_csr("rsa", "rsa.example.com"), SigningAlgorithm="SHA256WITHRSA",
                 Validity={"Value": 1, "Type": "DAYS"})
    expect_error("InvalidArgsException", client.issue_certificate, CertificateAuthorityArn=root,
                 Csr=make_csr("tmpl", "t.example.com"), SigningAlgorithm="SHA256WITHECDSA",
                 TemplateArn="arn:aws:acm-pca:::template/NoSuchTemplate/V1",
                 Validity={"Value": 1, "Type": "DAYS"})

    step("ResourceNotFoundException for an unknown certificate")
    expect_error("ResourceNotFoundException", client.get_certificate, CertificateAuthorityArn=root,
                 CertificateArn=root + "/certificate/0123456789abcdef")

    step("InvalidNextTokenException")
    expect_error("InvalidNextTokenException", client.list_certificate_authorities,
                 NextToken="not-a-token-this-server-issued")

    step("InvalidTagException / TooManyTagsException")
    expect_error("InvalidTagException", client.tag_certificate_authority,
                 CertificateAuthorityArn=root, Tags=[{"Key": "aws:reserved", "Value": "x"}])
    expect_error("TooManyTagsException", client.tag_certificate_authority,
                 CertificateAuthorityArn=root,
                 Tags=[{"Key": f"k{i}", "Value": "v"} for i in range(51)])

    step("client-side validation still happens in botocore")
    try:
        client.describe_certificate_authority()
        raise AssertionError("botocore accepted a call without its required member")
    except botocore.exceptions.ParamValidationError:
        pass


if __name__ == "__main__":
    main(errors)

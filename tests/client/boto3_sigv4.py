#!/usr/bin/python3
"""SigV4 as the server enforces it, seen by boto3/botocore clients: requests signed by
botocore's own signer are accepted; missing, wrongly keyed, stale, future-dated and tampered
requests are refused with HTTP 403 and the AWS exception names."""
import datetime
import json
import os
import unittest.mock
import urllib.error
import urllib.request

import boto3
import botocore.auth
import botocore.awsrequest
import botocore.credentials

from pca_client_common import ENDPOINT, check, check_equal, expect_error, main, pca_client, step

TARGET = "ACMPrivateCA.ListCertificateAuthorities"


def profile_credentials():
    return boto3.Session().get_credentials().get_frozen_credentials()


def signed_request(credentials, body=b"{}", target=TARGET, at=None, service="acm-pca"):
    """A request signed by botocore's SigV4Auth (optionally as if it were `at`)."""
    request = botocore.awsrequest.AWSRequest(
        method="POST", url=ENDPOINT + "/", data=body,
        headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": target})
    signer = botocore.auth.SigV4Auth(credentials, service, "us-east-1")
    if at is None:
        signer.add_auth(request)
    else:
        class Frozen(datetime.datetime):
            @classmethod
            def utcnow(cls):
                return at
        with unittest.mock.patch.object(botocore.auth.datetime, "datetime", Frozen):
            signer.add_auth(request)
    return request


def send(request, body=None):
    """Sends a (possibly tampered) request; returns (status, JSON body)."""
    headers = dict(request.headers.items())
    data = request.body if body is None else body
    if isinstance(data, str):
        data = data.encode()
    http = urllib.request.Request(request.url, data=data, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(http) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def expect_refused(request, error_type, message_part, body=None):
    status, answer = send(request, body)
    check_equal(status, 403, f"status for {error_type}")
    check_equal(answer.get("__type"), error_type, "error type")
    check(message_part in answer.get("message", ""), f"message mentions {message_part!r}: {answer}")


def sigv4():
    good = profile_credentials()
    now = datetime.datetime.utcnow()

    step("botocore's signature is accepted (control)")
    status, answer = send(signed_request(good))
    check_equal(status, 200, "status of a correctly signed request")
    check("CertificateAuthorities" in answer, "a ListCertificateAuthorities answer")

    step("missing Authorization")
    unsigned = botocore.awsrequest.AWSRequest(
        method="POST", url=ENDPOINT + "/", data=b"{}",
        headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": TARGET})
    expect_refused(unsigned, "MissingAuthenticationTokenException", "Missing Authentication Token")

    step("wrong secret, through a boto3 client")
    wrong = pca_client(aws_access_key_id=good.access_key, aws_secret_access_key="wrong-secret")
    expect_error("InvalidSignatureException", wrong.list_certificate_authorities, status=403)

    step("unknown access key, through a boto3 client")
    stranger = pca_client(aws_access_key_id="AKPCNOTAKNOWNKEY0000",
                          aws_secret_access_key=good.secret_key)
    expect_error("UnrecognizedClientException", stranger.list_certificate_authorities, status=403)

    step("stale and future X-Amz-Date (15-minute window)")
    expect_refused(signed_request(good, at=now - datetime.timedelta(minutes=20)),
                   "InvalidSignatureException", "Signature expired")
    expect_refused(signed_request(good, at=now + datetime.timedelta(minutes=20)),
                   "InvalidSignatureException", "Signature not yet current")
    status, _ = send(signed_request(good, at=now - datetime.timedelta(minutes=10)))
    check_equal(status, 200, "a request signed 10 minutes ago")

    step("tampered body and tampered signed header")
    request = signed_request(good, body=b'{"MaxResults": 5}')
    expect_refused(request, "InvalidSignatureException", "does not match",
                   body=b'{"MaxResults": 6}')
    request = signed_request(good)
    request.headers.replace_header("X-Amz-Target", "ACMPrivateCA.ListTags")
    expect_refused(request, "InvalidSignatureException", "does not match")

    step("a signature for another service")
    expect_refused(signed_request(good, service="acm"), "InvalidSignatureException",
                   "correct service")


if __name__ == "__main__":
    main(sigv4)

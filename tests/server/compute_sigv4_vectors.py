#!/usr/bin/env python3
"""Computes the SigV4 vectors embedded in tst_sigv4.cpp, independently of the C++ code.

Written from the AWS Signature Version 4 specification with nothing but hashlib and hmac
(no botocore), so the C++ signer and verifier are checked against a second implementation.
The first case is the example of the AWS documentation (IAM ListUsers, 2015-08-30); its
published canonical-request hash, signing key and signature confirm this script itself.
Run: python3 tests/server/compute_sigv4_vectors.py
"""
import hashlib
import hmac

SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
ACCESS_KEY = "AKIDEXAMPLE"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hmac_sha256(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    k_date = hmac_sha256(("AWS4" + secret).encode("utf-8"), date)
    k_region = hmac_sha256(k_date, region)
    k_service = hmac_sha256(k_region, service)
    return hmac_sha256(k_service, "aws4_request")


def case(name, method, path, query, headers, body, region, service, amz_date):
    # headers: list of (name, value) as sent; canonical form: lower-case names, trimmed values
    # with inner whitespace runs collapsed, repeated names joined by commas, sorted by name.
    merged = {}
    for key, value in headers:
        merged.setdefault(key.lower(), []).append(" ".join(value.split()))
    names = sorted(merged)
    canonical_headers = "".join(f"{n}:{','.join(merged[n])}\n" for n in names)
    signed_headers = ";".join(names)
    canonical_request = "\n".join(
        [method, path, query, canonical_headers, signed_headers, sha256_hex(body)])
    scope = f"{amz_date[:8]}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, sha256_hex(canonical_request.encode("utf-8"))])
    key = signing_key(SECRET, amz_date[:8], region, service)
    signature = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    print(f"== {name}")
    print(f"canonical request sha256: {sha256_hex(canonical_request.encode('utf-8'))}")
    print(f"signing key: {key.hex()}")
    print(f"signature: {signature}")
    print(f"Authorization: AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/{scope}, "
          f"SignedHeaders={signed_headers}, Signature={signature}")


case("aws-doc-iam-list-users", "GET", "/", "Action=ListUsers&Version=2010-05-08",
     [("Host", "iam.amazonaws.com"),
      ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
      ("X-Amz-Date", "20150830T123600Z")],
     b"", "us-east-1", "iam", "20150830T123600Z")

case("acm-pca-list-certificate-authorities", "POST", "/", "",
     [("Host", "127.0.0.1:8080"),
      ("Content-Type", "application/x-amz-json-1.1"),
      ("X-Amz-Date", "20240229T235959Z"),
      ("X-Amz-Target", "ACMPrivateCA.ListCertificateAuthorities")],
     b'{"MaxResults": 10}', "us-east-1", "acm-pca", "20240229T235959Z")

case("acm-pca-header-whitespace-and-repeats", "POST", "/", "",
     [("Host", "localhost:9"),
      ("Content-Type", "application/x-amz-json-1.1"),
      ("X-Amz-Date", "20240301T000000Z"),
      ("X-Amz-Target", "ACMPrivateCA.GetPolicy"),
      ("X-Custom", "  a   b  "),
      ("X-Custom", "c")],
     b'{"ResourceArn": "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/x"}',
     "eu-west-1", "acm-pca", "20240301T000000Z")

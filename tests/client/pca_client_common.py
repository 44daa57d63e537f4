"""Shared helpers of the boto3 client tests of privateca-server.

The tests run against a privateca-server started by the C++ test driver, which passes the
endpoint in PRIVATECA_ENDPOINT and isolates the AWS configuration (HOME, AWS_CONFIG_FILE,
AWS_SHARED_CREDENTIALS_FILE, AWS_PROFILE=privateca, AWS_DEFAULT_REGION). Any failed check
raises, printing what was expected, and the script exits non-zero.
"""
import json
import os
import subprocess
import sys
import tempfile

import urllib.request

import boto3
import botocore.auth
import botocore.awsrequest
import botocore.config
import botocore.exceptions

ENDPOINT = os.environ["PRIVATECA_ENDPOINT"]
WORK_DIR = os.environ.get("PRIVATECA_WORK_DIR") or tempfile.mkdtemp()
FAST_WAIT = {"Delay": 1, "MaxAttempts": 60}

# Only the server is talked to; no retries hide an error from the assertions.
CONFIG = botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"})


def pca_client(**kwargs):
    return boto3.client("acm-pca", endpoint_url=ENDPOINT, config=CONFIG, **kwargs)


def s3_client(**kwargs):
    config = CONFIG.merge(botocore.config.Config(s3={"addressing_style": "path"}))
    return boto3.client("s3", endpoint_url=ENDPOINT, config=config, **kwargs)


def signed_call(operation, body):
    """An API call as raw JSON 1.1 signed by botocore's SigV4Auth, for members newer than the
    botocore model of Debian 12 (1.29), such as CrlConfiguration.CrlType. Returns the JSON
    answer; raises on an HTTP error."""
    credentials = boto3.Session().get_credentials().get_frozen_credentials()
    request = botocore.awsrequest.AWSRequest(
        method="POST", url=ENDPOINT + "/", data=json.dumps(body).encode(),
        headers={"Content-Type": "application/x-amz-json-1.1",
                 "X-Amz-Target": "ACMPrivateCA." + operation})
    botocore.auth.SigV4Auth(credentials, "acm-pca", boto3.Session().region_name).add_auth(request)
    http = urllib.request.Request(request.url, data=request.body, method="POST",
                                  headers=dict(request.headers.items()))
    with urllib.request.urlopen(http) as response:
        return json.loads(response.read() or b"{}")


def step(text):
    print(f"--- {text}", flush=True)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def check_equal(actual, expected, what):
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


def expect_error(code, function, *args, status=400, **kwargs):
    """Calls function and checks that it fails with the AWS error `code` (and HTTP status)."""
    try:
        function(*args, **kwargs)
    except botocore.exceptions.ClientError as error:
        actual = error.response["Error"]["Code"]
        check_equal(actual, code, f"error code of {function.__name__ if hasattr(function, '__name__') else function}")
        check_equal(error.response["ResponseMetadata"]["HTTPStatusCode"], status,
                    f"HTTP status of {code}")
        check(error.response["Error"].get("Message"), f"{code} carries a message")
        check(error.response["ResponseMetadata"].get("RequestId"), f"{code} carries a request id")
        return error
    raise AssertionError(f"expected {code}, but the call succeeded")


def run(command, stdin=None):
    result = subprocess.run(command, input=stdin, capture_output=True, timeout=120)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed ({result.returncode}):\n"
                             f"{result.stdout.decode(errors='replace')}\n"
                             f"{result.stderr.decode(errors='replace')}")
    return result.stdout.decode()


def path(name):
    return os.path.join(WORK_DIR, name)


def write(name, content):
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(path(name), mode) as f:
        f.write(content)
    return path(name)


def make_csr(name, common_name, dns_names=(), key="ec"):
    """A fresh key and CSR from `openssl req`; returns the CSR (PEM bytes)."""
    key_options = (["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"] if key == "ec"
                   else ["-newkey", "rsa:2048"])
    command = ["openssl", "req", "-new", *key_options, "-nodes", "-keyout", path(name + ".key"),
               "-subj", "/CN=" + common_name, "-out", path(name + ".csr")]
    if dns_names:
        command += ["-addext", "subjectAltName=" + ",".join("DNS:" + d for d in dns_names)]
    run(command)
    with open(path(name + ".csr"), "rb") as f:
        return f.read()


def x509_text(pem, *options):
    return run(["openssl", "x509", "-noout", *options], stdin=pem.encode())


def create_ca(client, common_name, ca_type="ROOT", key="EC_prime256v1",
              signing="SHA256WITHECDSA", bucket=None, ocsp=False, tags=None, crl_type=None):
    revocation = {}
    if bucket:
        revocation["CrlConfiguration"] = {"Enabled": True, "S3BucketName": bucket,
                                          "ExpirationInDays": 7}
        if crl_type:
            revocation["CrlConfiguration"]["CrlType"] = crl_type
    if ocsp:
        revocation["OcspConfiguration"] = {"Enabled": True}
    arguments = dict(
        CertificateAuthorityConfiguration={
            "KeyAlgorithm": key, "SigningAlgorithm": signing,
            "Subject": {"Country": "US", "Organization": "Example Corp",
                        "CommonName": common_name}},
        CertificateAuthorityType=ca_type,
        IdempotencyToken=common_name.replace(" ", "")[:36])
    if revocation:
        arguments["RevocationConfiguration"] = revocation
    if tags:
        arguments["Tags"] = tags
    if crl_type:
        arn = signed_call("CreateCertificateAuthority", arguments)["CertificateAuthorityArn"]
    else:
        arn = client.create_certificate_authority(**arguments)["CertificateAuthorityArn"]
    client.get_waiter("certificate_authority_csr_created").wait(
        CertificateAuthorityArn=arn, WaiterConfig=FAST_WAIT)
    return arn


def issue_and_wait(client, ca_arn, csr, signing, template=None, validity=None, **extra):
    arguments = dict(CertificateAuthorityArn=ca_arn, Csr=csr, SigningAlgorithm=signing,
                     Validity=validity or {"Value": 30, "Type": "DAYS"}, **extra)
    if template:
        arguments["TemplateArn"] = "arn:aws:acm-pca:::template/" + template
    certificate_arn = client.issue_certificate(**arguments)["CertificateArn"]
    client.get_waiter("certificate_issued").wait(
        CertificateAuthorityArn=ca_arn, CertificateArn=certificate_arn, WaiterConfig=FAST_WAIT)
    return certificate_arn


def activate_root(client, arn, signing="SHA256WITHECDSA", years=10):
    csr = client.get_certificate_authority_csr(CertificateAuthorityArn=arn)["Csr"]
    cert_arn = issue_and_wait(client, arn, csr.encode(), signing,
                              template="RootCACertificate/V1",
                              validity={"Value": years, "Type": "YEARS"})
    pem = client.get_certificate(CertificateAuthorityArn=arn, CertificateArn=cert_arn)["Certificate"]
    client.import_certificate_authority_certificate(CertificateAuthorityArn=arn,
                                                    Certificate=pem.encode())
    return pem


def save_state(state):
    with open(path("state.json"), "w") as f:
        json.dump(state, f, indent=2)


def load_state():
    with open(path("state.json")) as f:
        return json.load(f)


def main(body):
    try:
        body()
    except Exception:
        import traceback
        traceback.print_exc()
        sys.exit(1)
    print("OK", flush=True)

#!/usr/bin/python3
"""Certificate Manager through boto3's acm client, as a user drives it (issue 16).

A root CA through acm-pca; then RequestCertificate with CertificateAuthorityArn, the
CertificateValidated waiter, DescribeCertificate as ACM answers it for private certificates,
ExportCertificate (the key decrypted by `openssl pkcs8`, the certificate verified against the
chain by `openssl verify`), RenewCertificate with and without the CA's grant to
acm.amazonaws.com, ListCertificates with filters through the paginator, tags, account
configuration, ImportCertificate, DeleteCertificate, and the error codes as boto3 sees them.
"""
import time

import boto3

from pca_client_common import (CONFIG, ENDPOINT, FAST_WAIT, activate_root, check, check_equal,
                               create_ca, expect_error, main, make_csr, path, pca_client, run,
                               step, write)


def acm_client():
    return boto3.client("acm", endpoint_url=ENDPOINT, config=CONFIG)


def wait_for_renewal(acm, arn, status):
    for _ in range(120):
        summary = acm.describe_certificate(CertificateArn=arn)["Certificate"].get("RenewalSummary")
        if summary and summary["RenewalStatus"] == status:
            return summary
        time.sleep(0.25)
    raise AssertionError(f"RenewalSummary of {arn} never became {status}")


def flow():
    pca = pca_client()
    acm = acm_client()

    step("a root CA to issue from")
    root_arn = create_ca(pca, "ACM Root")
    root_pem = activate_root(pca, root_arn)
    write("acm-root.pem", root_pem)

    step("a public certificate is refused with the reason")
    error = expect_error("InvalidParameterException", acm.request_certificate,
                         DomainName="www.example.com", ValidationMethod="DNS")
    check("private" in error.response["Error"]["Message"], "the refusal explains why")

    step("request a private certificate and wait for it")
    arn = acm.request_certificate(
        DomainName="www.example.com", SubjectAlternativeNames=["api.example.com"],
        CertificateAuthorityArn=root_arn, KeyAlgorithm="EC_prime256v1", IdempotencyToken="first",
        Tags=[{"Key": "team", "Value": "pki"}])["CertificateArn"]
    check(arn.startswith("arn:aws:acm:us-east-1:"), "an ACM certificate ARN")
    again = acm.request_certificate(DomainName="www.example.com", CertificateAuthorityArn=root_arn,
                                    IdempotencyToken="first")["CertificateArn"]
    check_equal(again, arn, "the same idempotency token gives the same certificate")
    acm.get_waiter("certificate_validated").wait(CertificateArn=arn, WaiterConfig=FAST_WAIT)
    detail = acm.describe_certificate(CertificateArn=arn)["Certificate"]
    check_equal(detail["Status"], "ISSUED", "status")
    check_equal(detail["Type"], "PRIVATE", "type")
    check_equal(detail["CertificateAuthorityArn"], root_arn, "issuing CA")
    check_equal(detail["SubjectAlternativeNames"], ["www.example.com", "api.example.com"], "names")
    check_equal(detail["KeyAlgorithm"], "EC_prime256v1", "key algorithm")
    check_equal(detail["RenewalEligibility"], "ELIGIBLE", "renewal eligibility")
    check_equal([u["Name"] for u in detail["KeyUsages"]],
                ["DIGITAL_SIGNATURE", "KEY_ENCIPHERMENT"], "key usages")
    check_equal([u["Name"] for u in detail["ExtendedKeyUsages"]],
                ["TLS_WEB_SERVER_AUTHENTICATION", "TLS_WEB_CLIENT_AUTHENTICATION"],
                "extended key usages")
    days = (detail["NotAfter"] - detail["NotBefore"]).days
    check(394 <= days <= 396, f"13 months of validity (got {days} days)")
    check_equal(detail["InUseBy"], [], "in use by nothing")

    step("the CA lists the certificate as issued by acm.amazonaws.com")
    serial = detail["Serial"].replace(":", "")
    cert = pca.get_certificate(CertificateAuthorityArn=root_arn,
                               CertificateArn=root_arn + "/certificate/" + serial)
    check("BEGIN CERTIFICATE" in cert["Certificate"], "the CA serves the certificate")

    step("export: the key decrypts with the passphrase, the chain verifies the certificate")
    exported = acm.export_certificate(CertificateArn=arn, Passphrase=b"correct passphrase")
    check(exported["PrivateKey"].startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----"),
          "an encrypted PKCS#8 key")
    write("acm-key.pem", exported["PrivateKey"])
    write("acm-cert.pem", exported["Certificate"])
    write("acm-chain.pem", exported["CertificateChain"])
    clear = run(["openssl", "pkcs8", "-in", path("acm-key.pem"), "-passin",
                 "pass:correct passphrase"])
    check("BEGIN PRIVATE KEY" in clear, "openssl pkcs8 decrypts the key")
    run(["openssl", "verify", "-CAfile", path("acm-chain.pem"), path("acm-cert.pem")])
    key_public = run(["openssl", "pkey", "-pubout"], stdin=clear.encode())
    cert_public = run(["openssl", "x509", "-noout", "-pubkey", "-in", path("acm-cert.pem")])
    check_equal(key_public, cert_public, "the exported key is the certificate's")
    got = acm.get_certificate(CertificateArn=arn)
    check_equal(got["Certificate"].strip(), exported["Certificate"].strip(), "GetCertificate")

    step("renewal without the grant fails with PCA_ACCESS_DENIED; the version stays")
    acm.renew_certificate(CertificateArn=arn)
    summary = wait_for_renewal(acm, arn, "FAILED")
    check_equal(summary["RenewalStatusReason"], "PCA_ACCESS_DENIED", "renewal failure reason")
    check_equal(acm.describe_certificate(CertificateArn=arn)["Certificate"]["Serial"],
                detail["Serial"], "the serial after a failed renewal")

    step("grant acm.amazonaws.com (the console's checkbox): the renewal succeeds")
    pca.create_permission(CertificateAuthorityArn=root_arn, Principal="acm.amazonaws.com",
                          Actions=["IssueCertificate", "GetCertificate", "ListPermissions"])
    acm.renew_certificate(CertificateArn=arn)
    summary = wait_for_renewal(acm, arn, "SUCCESS")
    renewed = acm.describe_certificate(CertificateArn=arn)["Certificate"]
    check(renewed["Serial"] != detail["Serial"], "a new serial")
    check_equal(renewed["CertificateArn"], arn, "the same ARN")
    check(renewed["NotAfter"] >= detail["NotAfter"], "new dates")

    step("list with filters and the paginator")
    for index in range(3):
        acm.request_certificate(DomainName=f"rsa{index}.example.com",
                                CertificateAuthorityArn=root_arn)
    paginator = acm.get_paginator("list_certificates")
    default = [s for page in paginator.paginate(PaginationConfig={"PageSize": 2})
               for s in page["CertificateSummaryList"]]
    check_equal(len(default), 3, "the default filter lists RSA_2048 certificates only")
    everything = [s for page in paginator.paginate(
        Includes={"keyTypes": ["RSA_2048", "EC_prime256v1"]}, PaginationConfig={"PageSize": 2})
        for s in page["CertificateSummaryList"]]
    check_equal(len(everything), 4, "with EC keys too")
    issued = acm.list_certificates(CertificateStatuses=["ISSUED"],
                                   Includes={"keyTypes": ["EC_prime256v1"]})
    check_equal([s["CertificateArn"] for s in issued["CertificateSummaryList"]], [arn],
                "the status filter")

    step("tags")
    acm.add_tags_to_certificate(CertificateArn=arn, Tags=[{"Key": "env", "Value": "prod"}])
    tags = acm.list_tags_for_certificate(CertificateArn=arn)["Tags"]
    check_equal(sorted(t["Key"] for t in tags), ["env", "team"], "tags")
    acm.remove_tags_from_certificate(CertificateArn=arn, Tags=[{"Key": "env"}])
    check_equal(len(acm.list_tags_for_certificate(CertificateArn=arn)["Tags"]), 1, "one tag left")

    step("account configuration")
    check_equal(acm.get_account_configuration()["ExpiryEvents"]["DaysBeforeExpiry"], 45,
                "default DaysBeforeExpiry")
    acm.put_account_configuration(ExpiryEvents={"DaysBeforeExpiry": 30}, IdempotencyToken="cfg1")
    check_equal(acm.get_account_configuration()["ExpiryEvents"]["DaysBeforeExpiry"], 30,
                "DaysBeforeExpiry")

    step("import a certificate and its key: not renewable")
    csr = make_csr("imported", "imported.example.com", ["imported.example.com"], key="rsa")
    issued_arn = pca.issue_certificate(CertificateAuthorityArn=root_arn, Csr=csr,
                                       SigningAlgorithm="SHA256WITHECDSA",
                                       Validity={"Value": 30, "Type": "DAYS"})["CertificateArn"]
    pca.get_waiter("certificate_issued").wait(CertificateAuthorityArn=root_arn,
                                              CertificateArn=issued_arn, WaiterConfig=FAST_WAIT)
    pem = pca.get_certificate(CertificateAuthorityArn=root_arn, CertificateArn=issued_arn)
    with open(path("imported.key"), "rb") as f:
        key = f.read()
    imported = acm.import_certificate(Certificate=pem["Certificate"].encode(), PrivateKey=key,
                                      CertificateChain=pem["CertificateChain"].encode())
    imported_detail = acm.describe_certificate(CertificateArn=imported["CertificateArn"])["Certificate"]
    check_equal(imported_detail["Type"], "IMPORTED", "imported type")
    check_equal(imported_detail["RenewalEligibility"], "INELIGIBLE", "imported renewal")
    expect_error("ValidationException", acm.renew_certificate,
                 CertificateArn=imported["CertificateArn"])

    step("errors as boto3 sees them")
    # (botocore itself refuses ARNs shorter than 20 characters; this one reaches the server)
    expect_error("ValidationException", acm.describe_certificate,
                 CertificateArn="arn:aws:s3:::not-an-acm-certificate")
    missing = arn[:-36] + "11111111-2222-3333-4444-555555555555"
    expect_error("ResourceNotFoundException", acm.describe_certificate, CertificateArn=missing)
    expect_error("InvalidStateException", acm.resend_validation_email, CertificateArn=arn,
                 Domain="www.example.com", ValidationDomain="example.com")
    expect_error("InvalidParameterException", acm.request_certificate, DomainName="x.example.com",
                 CertificateAuthorityArn=root_arn, KeyAlgorithm="RSA_1024")
    expect_error("ValidationException", acm.export_certificate, CertificateArn=arn,
                 Passphrase=b"abc")

    step("delete")
    acm.delete_certificate(CertificateArn=arn)
    expect_error("ResourceNotFoundException", acm.describe_certificate, CertificateArn=arn)


if __name__ == "__main__":
    main(flow)

#!/usr/bin/python3
"""The full life of a private CA hierarchy through boto3, as a user drives it.

Root and subordinate CAs, installing their certificates, issuing with several templates and
every validity type, getting certificates, revoking, permissions, tags, policies, an audit
report (read back through the S3 API of the server), disable / delete / restore, the SDK
waiters and paginators. Leaves a state file for boto3_after_restart.py.
"""
import calendar
import datetime
import json
import urllib.error
import urllib.request

from pca_client_common import (ENDPOINT, FAST_WAIT, activate_root, check, check_equal,
                               create_ca, expect_error, issue_and_wait, main, make_csr,
                               pca_client, run, s3_client, save_state, step, write, x509_text)


def lifecycle():
    client = pca_client()

    step("an empty store")
    check_equal(client.list_certificate_authorities()["CertificateAuthorities"], [],
                "CAs of a new store")

    step("root CA: create, wait for its CSR, self-sign, install")
    root_arn = create_ca(client, "Lifecycle Root", bucket="lifecycle-crls", ocsp=True,
                         tags=[{"Key": "team", "Value": "pki"}])
    check_equal(client.describe_certificate_authority(CertificateAuthorityArn=root_arn)
                ["CertificateAuthority"]["Status"], "PENDING_CERTIFICATE", "root status")
    # The idempotency token returns the same CA instead of a second one.
    again = client.create_certificate_authority(
        CertificateAuthorityConfiguration={
            "KeyAlgorithm": "EC_prime256v1", "SigningAlgorithm": "SHA256WITHECDSA",
            "Subject": {"Country": "US", "Organization": "Example Corp",
                        "CommonName": "Lifecycle Root"}},
        CertificateAuthorityType="ROOT", IdempotencyToken="LifecycleRoot",
        RevocationConfiguration={
            "CrlConfiguration": {"Enabled": True, "S3BucketName": "lifecycle-crls",
                                 "ExpirationInDays": 7},
            "OcspConfiguration": {"Enabled": True}},
        Tags=[{"Key": "team", "Value": "pki"}])
    check_equal(again["CertificateAuthorityArn"], root_arn, "idempotent CreateCertificateAuthority")
    root_pem = activate_root(client, root_arn)
    root = client.describe_certificate_authority(CertificateAuthorityArn=root_arn)["CertificateAuthority"]
    check_equal(root["Status"], "ACTIVE", "root status after install")
    check_equal(root["Type"], "ROOT", "root type")
    check(isinstance(root["NotAfter"], datetime.datetime), "timestamps are parsed as dates")
    check(root["NotAfter"] - root["NotBefore"] > datetime.timedelta(days=9 * 365), "10-year root")
    write("root.pem", root_pem)
    ca_cert = client.get_certificate_authority_certificate(CertificateAuthorityArn=root_arn)
    check(ca_cert["Certificate"].strip() == root_pem.strip(), "root certificate is served back")
    check("CertificateChain" not in ca_cert, "a root has no chain")

    step("subordinate CA (RSA) signed by the root")
    sub_arn = create_ca(client, "Lifecycle Issuing CA", ca_type="SUBORDINATE", key="RSA_2048",
                        signing="SHA256WITHRSA", bucket="lifecycle-crls", ocsp=True)
    sub_csr = client.get_certificate_authority_csr(CertificateAuthorityArn=sub_arn)["Csr"]
    sub_cert_arn = issue_and_wait(client, root_arn, sub_csr.encode(), "SHA256WITHECDSA",
                                  template="SubordinateCACertificate_PathLen0/V1",
                                  validity={"Value": 36, "Type": "MONTHS"})
    sub_pem = client.get_certificate(CertificateAuthorityArn=root_arn,
                                     CertificateArn=sub_cert_arn)["Certificate"]
    client.import_certificate_authority_certificate(
        CertificateAuthorityArn=sub_arn, Certificate=sub_pem.encode(),
        CertificateChain=root_pem.encode())
    sub = client.describe_certificate_authority(CertificateAuthorityArn=sub_arn)["CertificateAuthority"]
    check_equal(sub["Status"], "ACTIVE", "subordinate status")
    check_equal(sub["Type"], "SUBORDINATE", "subordinate type")
    write("sub.pem", sub_pem)
    check("pathlen:0" in x509_text(sub_pem, "-ext", "basicConstraints").replace(" ", ""),
          "the subordinate has path length 0")
    sub_ca_cert = client.get_certificate_authority_certificate(CertificateAuthorityArn=sub_arn)
    check(root_pem.strip() in sub_ca_cert["CertificateChain"], "the subordinate's chain")

    step("leaf certificates: four templates, four validity types")
    now = datetime.datetime.now(datetime.timezone.utc)
    absolute_end = now + datetime.timedelta(days=60)
    end_date = now + datetime.timedelta(days=90)
    cases = [
        ("EndEntityCertificate/V1", {"Value": 30, "Type": "DAYS"}, None, 30),
        ("EndEntityServerAuthCertificate/V1",
         {"Value": calendar.timegm(absolute_end.timetuple()), "Type": "ABSOLUTE"},
         "TLS Web Server Authentication", 60),
        ("EndEntityClientAuthCertificate/V1",
         {"Value": int(end_date.strftime("%Y%m%d%H%M%S")), "Type": "END_DATE"},
         "TLS Web Client Authentication", 90),
        ("CodeSigningCertificate/V1", {"Value": 1, "Type": "YEARS"}, "Code Signing", 365),
    ]
    leaves = []
    for index, (template, validity, eku, days) in enumerate(cases):
        name = f"leaf{index}"
        csr = make_csr(name, f"{name}.example.com", dns_names=[f"{name}.example.com"])
        leaf_arn = issue_and_wait(client, sub_arn, csr, "SHA256WITHRSA", template=template,
                                  validity=validity)
        got = client.get_certificate(CertificateAuthorityArn=sub_arn, CertificateArn=leaf_arn)
        pem = got["Certificate"]
        check(sub_pem.strip() in got["CertificateChain"], f"{template}: chain holds the issuer")
        check(root_pem.strip() in got["CertificateChain"], f"{template}: chain holds the root")
        write(name + ".pem", pem)
        run(["openssl", "verify", "-CAfile", write("root-only.pem", root_pem), "-untrusted",
             write("sub-only.pem", sub_pem), write(name + "-check.pem", pem)])
        if eku:
            check(eku in x509_text(pem, "-ext", "extendedKeyUsage"),
                  f"{template}: extended key usage {eku}")
        end = datetime.datetime.strptime(
            x509_text(pem, "-enddate").strip().split("=", 1)[1], "%b %d %H:%M:%S %Y %Z"
        ).replace(tzinfo=datetime.timezone.utc)
        check(abs((end - now).days - days) <= 1, f"{template}: valid {days} days, ends {end}")
        check("URI:" + ENDPOINT + "/lifecycle-crls/crl/" in
              x509_text(pem, "-ext", "crlDistributionPoints"),
              f"{template}: the CRL distribution point names this server")
        check("OCSP - URI:" + ENDPOINT + "/ocsp" in x509_text(pem, "-ext", "authorityInfoAccess"),
              f"{template}: the OCSP URL names this server")
        leaves.append(leaf_arn)

    step("ValidityNotBefore and a certificate from the root")
    not_before = now + datetime.timedelta(days=2)
    early = issue_and_wait(
        client, root_arn, make_csr("future", "future.example.com"), "SHA256WITHECDSA",
        validity={"Value": 10, "Type": "DAYS"},
        ValidityNotBefore={"Value": calendar.timegm(not_before.timetuple()), "Type": "ABSOLUTE"})
    early_pem = client.get_certificate(CertificateAuthorityArn=root_arn,
                                       CertificateArn=early)["Certificate"]
    start = x509_text(early_pem, "-startdate").strip().split("=", 1)[1]
    check(not_before.strftime("%b %e").replace("  ", " ") in start.replace("  ", " "),
          f"notBefore follows ValidityNotBefore ({start})")

    step("revocation")
    revoked_arn = leaves[0]
    revoked_serial = revoked_arn.rsplit("/", 1)[1]
    client.revoke_certificate(CertificateAuthorityArn=sub_arn, CertificateSerial=revoked_serial,
                              RevocationReason="KEY_COMPROMISE")
    expect_error("RequestAlreadyProcessedException", client.revoke_certificate,
                 CertificateAuthorityArn=sub_arn, CertificateSerial=revoked_serial,
                 RevocationReason="KEY_COMPROMISE")

    step("permissions for ACM renewals, with the paginator")
    client.create_permission(CertificateAuthorityArn=sub_arn, Principal="acm.amazonaws.com",
                             Actions=["IssueCertificate", "GetCertificate", "ListPermissions"])
    expect_error("PermissionAlreadyExistsException", client.create_permission,
                 CertificateAuthorityArn=sub_arn, Principal="acm.amazonaws.com",
                 Actions=["IssueCertificate"])
    permissions = [p for page in client.get_paginator("list_permissions").paginate(
        CertificateAuthorityArn=sub_arn) for p in page["Permissions"]]
    check_equal(len(permissions), 1, "permissions")
    check_equal(sorted(permissions[0]["Actions"]),
                ["GetCertificate", "IssueCertificate", "ListPermissions"], "permitted actions")
    check_equal(permissions[0]["Principal"], "acm.amazonaws.com", "principal")

    step("tags, with the paginator one tag per page")
    client.tag_certificate_authority(CertificateAuthorityArn=root_arn, Tags=[
        {"Key": "env", "Value": "test"}, {"Key": "owner", "Value": "alice"},
        {"Key": "cost-center", "Value": "42"}])
    pages = list(client.get_paginator("list_tags").paginate(
        CertificateAuthorityArn=root_arn, PaginationConfig={"PageSize": 1}))
    tags = {t["Key"]: t["Value"] for page in pages for t in page["Tags"]}
    check_equal(tags, {"team": "pki", "env": "test", "owner": "alice", "cost-center": "42"},
                "tags across pages")
    check(len(pages) >= 4, f"one tag per page ({len(pages)} pages)")
    client.untag_certificate_authority(CertificateAuthorityArn=root_arn,
                                       Tags=[{"Key": "owner"}])
    tags = {t["Key"] for t in client.list_tags(CertificateAuthorityArn=root_arn)["Tags"]}
    check_equal(tags, {"team", "env", "cost-center"}, "tags after untag")

    step("resource policy")
    policy = json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "ExternalAccountIssues",
            "Effect": "Allow",
            "Principal": {"AWS": "111122223333"},
            "Action": ["acm-pca:IssueCertificate", "acm-pca:GetCertificate",
                       "acm-pca:DescribeCertificateAuthority"],
            "Resource": root_arn,
            "Condition": {"StringEquals": {
                "acm-pca:TemplateArn": "arn:aws:acm-pca:::template/EndEntityCertificate/V1"}}}]})
    client.put_policy(ResourceArn=root_arn, Policy=policy)
    check_equal(json.loads(client.get_policy(ResourceArn=root_arn)["Policy"]), json.loads(policy),
                "stored policy")
    expect_error("InvalidPolicyException", client.put_policy, ResourceArn=root_arn,
                 Policy='{"Version": "2012-10-17", "Statement": "nonsense"}')
    client.delete_policy(ResourceArn=root_arn)
    expect_error("ResourceNotFoundException", client.get_policy, ResourceArn=root_arn)
    client.put_policy(ResourceArn=root_arn, Policy=policy)  # kept for the restart check

    step("audit report, read back through the S3 API")
    report = client.create_certificate_authority_audit_report(
        CertificateAuthorityArn=sub_arn, S3BucketName="lifecycle-audit",
        AuditReportResponseFormat="JSON")
    client.get_waiter("audit_report_created").wait(
        CertificateAuthorityArn=sub_arn, AuditReportId=report["AuditReportId"],
        WaiterConfig=FAST_WAIT)
    described = client.describe_certificate_authority_audit_report(
        CertificateAuthorityArn=sub_arn, AuditReportId=report["AuditReportId"])
    check_equal(described["AuditReportStatus"], "SUCCESS", "audit report status")
    check_equal(described["S3BucketName"], "lifecycle-audit", "audit report bucket")
    check_equal(described["S3Key"], report["S3Key"], "audit report key")
    body = s3_client().get_object(Bucket="lifecycle-audit", Key=report["S3Key"])["Body"].read()
    entries = json.loads(body)
    serials = {entry["serial"].replace(":", "").lower().lstrip("0") for entry in entries}
    for leaf in leaves:
        check(leaf.rsplit("/", 1)[1].lower().lstrip("0") in serials,
              f"the audit report lists {leaf}")
    revoked_entries = [e for e in entries if "revokedAt" in e]
    check_equal(len(revoked_entries), 1, "revoked certificates in the audit report")
    check_equal(revoked_entries[0]["revocationReason"], "KEY_COMPROMISE", "revocation reason")
    try:
        urllib.request.urlopen(f"{ENDPOINT}/lifecycle-audit/{report['S3Key']}")
        raise AssertionError("an unsigned request read the audit report")
    except urllib.error.HTTPError as error:
        check_equal(error.code, 403, "status of an unsigned audit report read")

    step("CA paginator, one CA per page")
    arns = [ca["Arn"] for page in client.get_paginator("list_certificate_authorities").paginate(
        PaginationConfig={"PageSize": 1}) for ca in page["CertificateAuthorities"]]
    check_equal(sorted(arns), sorted([root_arn, sub_arn]), "CAs across pages")

    step("disable, delete, restore, enable")
    scratch_arn = create_ca(client, "Scratch Root")
    activate_root(client, scratch_arn, years=2)
    client.update_certificate_authority(CertificateAuthorityArn=scratch_arn, Status="DISABLED")
    check_equal(client.describe_certificate_authority(CertificateAuthorityArn=scratch_arn)
                ["CertificateAuthority"]["Status"], "DISABLED", "disabled")
    expect_error("InvalidStateException", client.issue_certificate,
                 CertificateAuthorityArn=scratch_arn, Csr=make_csr("scratch", "s.example.com"),
                 SigningAlgorithm="SHA256WITHECDSA", Validity={"Value": 1, "Type": "DAYS"})
    client.delete_certificate_authority(CertificateAuthorityArn=scratch_arn,
                                        PermanentDeletionTimeInDays=7)
    deleted = client.describe_certificate_authority(
        CertificateAuthorityArn=scratch_arn)["CertificateAuthority"]
    check_equal(deleted["Status"], "DELETED", "deleted")
    check(deleted["RestorableUntil"] - datetime.datetime.now(datetime.timezone.utc)
          > datetime.timedelta(days=6), "restorable for 7 days")
    client.restore_certificate_authority(CertificateAuthorityArn=scratch_arn)
    check_equal(client.describe_certificate_authority(CertificateAuthorityArn=scratch_arn)
                ["CertificateAuthority"]["Status"], "DISABLED", "restored to its state before")
    client.update_certificate_authority(CertificateAuthorityArn=scratch_arn, Status="ACTIVE")
    issue_and_wait(client, scratch_arn, make_csr("scratch2", "s2.example.com"),
                   "SHA256WITHECDSA", validity={"Value": 1, "Type": "DAYS"})

    save_state({"root": root_arn, "sub": sub_arn, "leaves": leaves, "revoked": revoked_arn,
                "scratch": scratch_arn, "policy": policy,
                "leaf_pem": client.get_certificate(CertificateAuthorityArn=sub_arn,
                                                   CertificateArn=leaves[1])["Certificate"]})


if __name__ == "__main__":
    main(lifecycle)

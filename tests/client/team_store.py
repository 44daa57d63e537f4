#!/usr/bin/python3
"""Content of a store as the API shows it, for the store copy test.

  team_store.py populate STATE   fills the server's store: an active root CA with CRLs, OCSP,
                                 tags, a permission and a policy; three certificates, one
                                 revoked; a CRL and an audit report; an IAM user with a key.
                                 Writes the ARNs and a time cutoff to STATE.
  team_store.py fingerprint STATE
                                 prints, as JSON, everything of that content a client can read:
                                 CAs, certificates, tags, permissions, policy, CRL and audit
                                 report bytes (SHA-256), IAM users and the event history up to
                                 the cutoff. Two stores with the same content print the same.
"""
import hashlib
import json
import sys
import time

import boto3

from pca_client_common import (CONFIG, ENDPOINT, activate_root, create_ca, issue_and_wait,
                               make_csr, pca_client, s3_client, step)


def digest(data):
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()


def iam_client():
    return boto3.client("iam", endpoint_url=ENDPOINT, config=CONFIG)


def cloudtrail_client():
    return boto3.client("cloudtrail", endpoint_url=ENDPOINT, config=CONFIG)


def populate(state_file):
    client = pca_client()
    step("root CA with CRL, OCSP and tags")
    root = create_ca(client, "Team Root", bucket="team-crls", ocsp=True,
                     tags=[{"Key": "team", "Value": "platform"}])
    activate_root(client, root)
    client.create_permission(CertificateAuthorityArn=root, Principal="acm.amazonaws.com",
                             Actions=["IssueCertificate", "GetCertificate", "ListPermissions"])
    account = root.split(":")[4]
    policy = {"Version": "2012-10-17", "Statement": [{
        "Sid": "team", "Effect": "Allow",
        "Principal": {"AWS": f"arn:aws:iam::{account}:root"},
        "Action": ["acm-pca:DescribeCertificateAuthority", "acm-pca:GetCertificate"],
        "Resource": root}]}
    client.put_policy(ResourceArn=root, Policy=json.dumps(policy))
    step("three certificates, one revoked")
    certificates = []
    for index in range(3):
        name = f"member{index}"
        certificates.append(issue_and_wait(
            client, root, make_csr(name, f"{name}.team.example", dns_names=[f"{name}.team.example"]),
            "SHA256WITHECDSA"))
    client.revoke_certificate(CertificateAuthorityArn=root,
                              CertificateSerial=certificates[1].rsplit("/", 1)[1],
                              RevocationReason="KEY_COMPROMISE")
    step("audit report")
    report = client.create_certificate_authority_audit_report(
        CertificateAuthorityArn=root, S3BucketName="team-crls", AuditReportResponseFormat="JSON")
    client.get_waiter("audit_report_created").wait(
        CertificateAuthorityArn=root, AuditReportId=report["AuditReportId"],
        WaiterConfig={"Delay": 1, "MaxAttempts": 60})
    step("IAM user with a key")
    iam = iam_client()
    iam.create_user(UserName="alice")
    iam.create_access_key(UserName="alice")
    time.sleep(1.1)  # the cutoff lies after every event of this run
    state = {"root": root, "certificates": certificates, "report": report,
             "cutoff": time.time()}
    with open(state_file, "w") as f:
        json.dump(state, f)


def fingerprint(state_file):
    with open(state_file) as f:
        state = json.load(f)
    client = pca_client()
    root = state["root"]
    out = {}
    cas = client.list_certificate_authorities()["CertificateAuthorities"]
    out["cas"] = sorted(
        [{"arn": ca["Arn"], "status": ca["Status"], "type": ca["Type"], "serial": ca["Serial"],
          "revocation": ca.get("RevocationConfiguration"),
          "created": ca["CreatedAt"].isoformat()} for ca in cas], key=lambda c: c["arn"])
    ca_certificate = client.get_certificate_authority_certificate(CertificateAuthorityArn=root)
    out["ca_certificate"] = digest(ca_certificate["Certificate"])
    out["certificates"] = [
        digest(client.get_certificate(CertificateAuthorityArn=root,
                                      CertificateArn=arn)["Certificate"])
        for arn in state["certificates"]]
    out["tags"] = client.list_tags(CertificateAuthorityArn=root)["Tags"]
    out["permissions"] = sorted(
        [{"principal": p["Principal"], "actions": sorted(p["Actions"])}
         for p in client.list_permissions(CertificateAuthorityArn=root)["Permissions"]],
        key=lambda p: p["principal"])
    out["policy"] = json.loads(client.get_policy(ResourceArn=root)["Policy"])
    s3 = s3_client()
    ca_id = root.rsplit("/", 1)[1]
    out["crl"] = digest(s3.get_object(Bucket="team-crls", Key=f"crl/{ca_id}.crl")["Body"].read())
    out["audit_report"] = digest(s3.get_object(
        Bucket="team-crls", Key=state["report"]["S3Key"])["Body"].read())
    users = iam_client().list_users()["Users"]
    out["users"] = sorted((u["UserName"], u["UserId"], u["Arn"]) for u in users)
    events = []
    for page in cloudtrail_client().get_paginator("lookup_events").paginate(
            EndTime=state["cutoff"]):
        events += [(e["EventId"], e["EventName"]) for e in page["Events"]]
    out["events"] = events
    print(json.dumps(out, sort_keys=True, default=str))


if __name__ == "__main__":
    {"populate": populate, "fingerprint": fingerprint}[sys.argv[1]](sys.argv[2])

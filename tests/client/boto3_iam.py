"""Callers and policies with boto3: IAM users of the store's account with identity policies, a
partner account reaching a CA through the CA's resource policy, STS GetCallerIdentity, and
CloudTrail LookupEvents showing who did what and what was refused.

The C++ driver (tst_client_iam) creates the partner account with `privateca-server account
create` and passes its administrator's key in PARTNER_ACCOUNT, PARTNER_KEY_ID, PARTNER_SECRET.
Every case is a row of CASES-style checks; the script prints how many ran.
"""
import json
import os
import time

import boto3
import botocore.exceptions

from pca_client_common import (CONFIG, ENDPOINT, activate_root, check, check_equal, create_ca,
                               expect_error, issue_and_wait, main, make_csr, step)

EE = "arn:aws:acm-pca:::template/EndEntityCertificate/V1"
SUB = "arn:aws:acm-pca:::template/SubordinateCACertificate_PathLen0/V1"
COUNT = {"cases": 0}


def case(text):
    COUNT["cases"] += 1
    step(f"case {COUNT['cases']}: {text}")


def session(key_id=None, secret=None):
    if key_id is None:
        return boto3.Session()
    return boto3.Session(aws_access_key_id=key_id, aws_secret_access_key=secret,
                         region_name=boto3.Session().region_name)


def clients(sess):
    return {name: sess.client(name, endpoint_url=ENDPOINT, config=CONFIG)
            for name in ("acm-pca", "iam", "sts", "cloudtrail")}


def denied(function, *args, code="AccessDeniedException", contains=None, **kwargs):
    error = expect_error(code, function, *args, **kwargs)
    message = error.response["Error"]["Message"]
    if contains:
        check(contains in message, f"'{contains}' in {message!r}")
    return message


def new_user(iam, name, inline=None, attached=()):
    iam.create_user(UserName=name, Tags=[{"Key": "role", "Value": name}])
    for policy_name, document in (inline or {}).items():
        iam.put_user_policy(UserName=name, PolicyName=policy_name,
                            PolicyDocument=json.dumps(document))
    for arn in attached:
        iam.attach_user_policy(UserName=name, PolicyArn=arn)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return key


def allow(actions, resource="*", condition=None, effect="Allow"):
    statement = {"Effect": effect, "Action": actions, "Resource": resource}
    if condition:
        statement["Condition"] = condition
    return {"Version": "2012-10-17", "Statement": [statement]}


def eventually(function, what, attempts=40):
    """LookupEvents flushes the history first; this only guards against clock granularity."""
    for _ in range(attempts):
        result = function()
        if result:
            return result
        time.sleep(0.25)
    raise AssertionError(what)


def body():
    admin = clients(session())
    pca, iam, sts, trail = admin["acm-pca"], admin["iam"], admin["sts"], admin["cloudtrail"]
    partner_account = os.environ["PARTNER_ACCOUNT"]
    partner = clients(session(os.environ["PARTNER_KEY_ID"], os.environ["PARTNER_SECRET"]))

    step("the store's account and its CAs")
    me = sts.get_caller_identity()
    account = me["Account"]
    check_equal(me["Arn"], f"arn:aws:iam::{account}:root", "administrator's ARN")
    blue = create_ca(pca, "Blue Root", tags=[{"Key": "team", "Value": "blue"}])
    activate_root(pca, blue)
    red = create_ca(pca, "Red Root", tags=[{"Key": "team", "Value": "red"}])
    activate_root(pca, red)

    issuer_key = new_user(iam, "issuer", inline={"issue-end-entity": {
        "Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "acm-pca:IssueCertificate", "Resource": blue,
             "Condition": {"ArnLike": {"acm-pca:TemplateArn": [EE]}}},
            {"Effect": "Allow", "Action": ["acm-pca:GetCertificate",
                                           "acm-pca:DescribeCertificateAuthority"],
             "Resource": blue}]}})
    auditor_key = new_user(iam, "auditor", inline={"trail": allow("cloudtrail:LookupEvents")},
                           attached=["arn:aws:iam::aws:policy/AWSCertificateManagerPrivateCAAuditor"])
    operator_key = new_user(iam, "operator", inline={"no-revoke": allow(
        "acm-pca:RevokeCertificate", effect="Deny")},
        attached=["arn:aws:iam::aws:policy/AWSCertificateManagerPrivateCAFullAccess"])
    blue_team_key = new_user(iam, "blue-team", inline={"team": allow(
        "acm-pca:*", condition={"StringEquals": {"aws:ResourceTag/team": "blue"}})})
    issuer = clients(session(issuer_key["AccessKeyId"], issuer_key["SecretAccessKey"]))
    auditor = clients(session(auditor_key["AccessKeyId"], auditor_key["SecretAccessKey"]))
    operator = clients(session(operator_key["AccessKeyId"], operator_key["SecretAccessKey"]))
    blue_team = clients(session(blue_team_key["AccessKeyId"], blue_team_key["SecretAccessKey"]))

    # ---- who am I --------------------------------------------------------------------------
    for name, who in (("issuer", issuer), ("auditor", auditor), ("operator", operator)):
        case(f"sts get-caller-identity as {name}")
        identity = who["sts"].get_caller_identity()
        check_equal(identity["Arn"], f"arn:aws:iam::{account}:user/{name}", "caller ARN")
        check_equal(identity["Account"], account, "caller account")
        check(identity["UserId"].startswith("AIDA"), f"user id {identity['UserId']}")
    case("sts get-caller-identity as the partner's administrator")
    check_equal(partner["sts"].get_caller_identity()["Arn"],
                f"arn:aws:iam::{partner_account}:root", "partner ARN")

    # ---- an issuer limited to one template -------------------------------------------------
    csr = make_csr("issuer", "issuer.example.com")
    case("issuer issues with EndEntityCertificate/V1")
    leaf = issue_and_wait(issuer["acm-pca"], blue, csr, "SHA256WITHECDSA",
                          template="EndEntityCertificate/V1")
    case("issuer issues without TemplateArn (EndEntityCertificate/V1 is the default)")
    issuer["acm-pca"].issue_certificate(CertificateAuthorityArn=blue, Csr=csr,
                                        SigningAlgorithm="SHA256WITHECDSA",
                                        Validity={"Value": 10, "Type": "DAYS"})
    case("issuer may not issue a subordinate CA certificate")
    message = denied(issuer["acm-pca"].issue_certificate, CertificateAuthorityArn=blue, Csr=csr,
                     SigningAlgorithm="SHA256WITHECDSA", TemplateArn=SUB,
                     Validity={"Value": 10, "Type": "DAYS"})
    check(f"arn:aws:iam::{account}:user/issuer is not authorized to perform: "
          f"acm-pca:IssueCertificate on resource: {blue}" in message, message)
    case("issuer may not issue from another CA")
    denied(issuer["acm-pca"].issue_certificate, CertificateAuthorityArn=red, Csr=csr,
           SigningAlgorithm="SHA256WITHECDSA", Validity={"Value": 10, "Type": "DAYS"})
    case("issuer reads its certificate")
    check(issuer["acm-pca"].get_certificate(CertificateAuthorityArn=blue, CertificateArn=leaf)
          ["Certificate"].startswith("-----BEGIN CERTIFICATE-----"), "certificate")
    case("issuer may not revoke")
    denied(issuer["acm-pca"].revoke_certificate, CertificateAuthorityArn=blue,
           CertificateSerial="01", RevocationReason="UNSPECIFIED")
    case("issuer may not list CAs")
    denied(issuer["acm-pca"].list_certificate_authorities,
           contains="because no identity-based policy allows")
    case("issuer may not create a CA")
    denied(issuer["acm-pca"].create_certificate_authority,
           CertificateAuthorityConfiguration={
               "KeyAlgorithm": "EC_prime256v1", "SigningAlgorithm": "SHA256WITHECDSA",
               "Subject": {"CommonName": "Rogue"}}, CertificateAuthorityType="ROOT")
    case("issuer may not create IAM users")
    denied(issuer["iam"].create_user, UserName="mallory", code="AccessDenied", status=403)

    # ---- a read-only auditor ---------------------------------------------------------------
    case("auditor lists and describes CAs")
    arns = {ca["Arn"] for ca in auditor["acm-pca"].list_certificate_authorities()
            ["CertificateAuthorities"]}
    check({blue, red} <= arns, f"auditor sees both CAs: {arns}")
    check_equal(auditor["acm-pca"].describe_certificate_authority(CertificateAuthorityArn=red)
                ["CertificateAuthority"]["Status"], "ACTIVE", "status")
    case("auditor reads tags, permissions and certificates")
    auditor["acm-pca"].list_tags(CertificateAuthorityArn=blue)
    auditor["acm-pca"].list_permissions(CertificateAuthorityArn=blue)
    auditor["acm-pca"].get_certificate(CertificateAuthorityArn=blue, CertificateArn=leaf)
    case("auditor may not issue")
    denied(auditor["acm-pca"].issue_certificate, CertificateAuthorityArn=blue, Csr=csr,
           SigningAlgorithm="SHA256WITHECDSA", Validity={"Value": 10, "Type": "DAYS"})
    case("auditor may not disable a CA, and the CA stays ACTIVE")
    denied(auditor["acm-pca"].update_certificate_authority, CertificateAuthorityArn=red,
           Status="DISABLED")
    check_equal(pca.describe_certificate_authority(CertificateAuthorityArn=red)
                ["CertificateAuthority"]["Status"], "ACTIVE", "status after a refused update")
    case("auditor may not tag, and the tags stay as they were")
    denied(auditor["acm-pca"].tag_certificate_authority, CertificateAuthorityArn=red,
           Tags=[{"Key": "team", "Value": "blue"}])
    check_equal(pca.list_tags(CertificateAuthorityArn=red)["Tags"],
                [{"Key": "team", "Value": "red"}], "tags after a refused tag")
    case("auditor may not grant ACM, and no permission appears")
    denied(auditor["acm-pca"].create_permission, CertificateAuthorityArn=red,
           Principal="acm.amazonaws.com", Actions=["IssueCertificate", "GetCertificate",
                                                   "ListPermissions"])
    check_equal(pca.list_permissions(CertificateAuthorityArn=red)["Permissions"], [],
                "permissions after a refused grant")
    case("auditor may not delete a CA, and it is not deleted")
    denied(auditor["acm-pca"].delete_certificate_authority, CertificateAuthorityArn=red)
    check_equal(pca.describe_certificate_authority(CertificateAuthorityArn=red)
                ["CertificateAuthority"]["Status"], "ACTIVE", "status after a refused delete")
    case("auditor looks up events")
    check(auditor["cloudtrail"].lookup_events(MaxResults=5)["Events"], "events")

    # ---- an explicit Deny beats FullAccess -------------------------------------------------
    case("operator (FullAccess) issues")
    serial_leaf = issue_and_wait(operator["acm-pca"], red, make_csr("op", "op.example.com"),
                                 "SHA256WITHECDSA")
    case("operator's explicit Deny on RevokeCertificate")
    denied(operator["acm-pca"].revoke_certificate, CertificateAuthorityArn=red,
           CertificateSerial=serial_leaf.rsplit("/", 1)[1], RevocationReason="KEY_COMPROMISE",
           contains="with an explicit deny in an identity-based policy")
    case("the certificate was not revoked")
    report = pca.create_certificate_authority_audit_report(
        CertificateAuthorityArn=red, S3BucketName="audit", AuditReportResponseFormat="JSON")
    pca.get_waiter("audit_report_created").wait(
        CertificateAuthorityArn=red, AuditReportId=report["AuditReportId"],
        WaiterConfig={"Delay": 1, "MaxAttempts": 60})
    s3 = boto3.client("s3", endpoint_url=ENDPOINT, config=CONFIG.merge(
        botocore.config.Config(s3={"addressing_style": "path"})))
    rows = json.loads(s3.get_object(Bucket="audit", Key=report["S3Key"])["Body"].read())
    check(rows and all(not row.get("revokedAt") and row.get("revocationReason") is None
                       for row in rows), f"nothing revoked: {rows}")
    case("operator tags (FullAccess allows it)")
    operator["acm-pca"].tag_certificate_authority(CertificateAuthorityArn=red,
                                                  Tags=[{"Key": "owner", "Value": "ops"}])

    # ---- conditions on the CA's tags -------------------------------------------------------
    case("blue-team describes the blue CA")
    blue_team["acm-pca"].describe_certificate_authority(CertificateAuthorityArn=blue)
    case("blue-team may not describe the red CA")
    denied(blue_team["acm-pca"].describe_certificate_authority, CertificateAuthorityArn=red)
    case("once the red CA is tagged team=blue, blue-team may describe it")
    pca.tag_certificate_authority(CertificateAuthorityArn=red,
                                  Tags=[{"Key": "team", "Value": "blue"}])
    blue_team["acm-pca"].describe_certificate_authority(CertificateAuthorityArn=red)
    case("tagged back to red, blue-team is refused again")
    pca.tag_certificate_authority(CertificateAuthorityArn=red,
                                  Tags=[{"Key": "team", "Value": "red"}])
    denied(blue_team["acm-pca"].describe_certificate_authority, CertificateAuthorityArn=red)

    # ---- keys and users that stop working --------------------------------------------------
    case("an inactive key is refused at once")
    iam.update_access_key(UserName="auditor", AccessKeyId=auditor_key["AccessKeyId"],
                          Status="Inactive")
    expect_error("UnrecognizedClientException",
                 auditor["acm-pca"].list_certificate_authorities, status=403)
    case("an inactive key is refused by STS as InvalidClientTokenId")
    expect_error("InvalidClientTokenId", auditor["sts"].get_caller_identity, status=403)
    case("reactivated, it works again")
    iam.update_access_key(UserName="auditor", AccessKeyId=auditor_key["AccessKeyId"],
                          Status="Active")
    auditor["acm-pca"].list_certificate_authorities()
    case("a user with keys cannot be deleted (DeleteConflict)")
    expect_error("DeleteConflict", iam.delete_user, UserName="blue-team", status=409)
    case("a deleted user's key is refused")
    iam.delete_access_key(UserName="blue-team", AccessKeyId=blue_team_key["AccessKeyId"])
    iam.delete_user_policy(UserName="blue-team", PolicyName="team")
    iam.delete_user(UserName="blue-team")
    expect_error("UnrecognizedClientException",
                 blue_team["acm-pca"].describe_certificate_authority,
                 CertificateAuthorityArn=blue, status=403)
    expect_error("NoSuchEntity", iam.get_user, UserName="blue-team", status=404)

    # ---- IAM's own errors and quotas -------------------------------------------------------
    case("a user name twice: EntityAlreadyExists")
    expect_error("EntityAlreadyExists", iam.create_user, UserName="issuer", status=409)
    case("user names are case-insensitive in IAM")
    expect_error("EntityAlreadyExists", iam.create_user, UserName="ISSUER", status=409)
    case("a third access key: LimitExceeded")
    iam.create_access_key(UserName="issuer")
    expect_error("LimitExceeded", iam.create_access_key, UserName="issuer", status=409)
    case("a malformed policy: MalformedPolicyDocument")
    expect_error("MalformedPolicyDocument", iam.put_user_policy, UserName="issuer",
                 PolicyName="bad", PolicyDocument='{"Version":"2012-10-17","Statement":'
                                                  '[{"Effect":"Maybe","Action":"*",'
                                                  '"Resource":"*"}]}')
    case("a policy that does not exist: NoSuchEntity")
    expect_error("NoSuchEntity", iam.attach_user_policy, UserName="issuer",
                 PolicyArn="arn:aws:iam::aws:policy/NoSuchPolicy", status=404)
    case("an invalid user name: ValidationError")
    expect_error("ValidationError", iam.create_user, UserName="bad name!")
    case("users are listed with a paginator")
    names = [user["UserName"] for page in iam.get_paginator("list_users").paginate(
        PaginationConfig={"PageSize": 1}) for user in page["Users"]]
    check_equal(sorted(names), ["auditor", "issuer", "operator"], "users")
    case("the inline policy reads back as stored")
    stored = iam.get_user_policy(UserName="issuer", PolicyName="issue-end-entity")
    check_equal(stored["PolicyDocument"]["Statement"][0]["Action"], "acm-pca:IssueCertificate",
                "policy read back")

    # ---- a partner account and the CA's resource policy ------------------------------------
    case("the partner cannot see the CA before a resource policy")
    denied(partner["acm-pca"].describe_certificate_authority, CertificateAuthorityArn=blue)
    check_equal(partner["acm-pca"].list_certificate_authorities(ResourceOwner="OTHER_ACCOUNTS")
                ["CertificateAuthorities"], [], "shared CAs before the policy")
    case("the partner cannot issue before a resource policy")
    denied(partner["acm-pca"].issue_certificate, CertificateAuthorityArn=blue, Csr=csr,
           SigningAlgorithm="SHA256WITHECDSA", Validity={"Value": 10, "Type": "DAYS"})
    pca.put_policy(ResourceArn=blue, Policy=json.dumps({
        "Version": "2012-10-17", "Statement": [
            {"Sid": "partner-reads", "Effect": "Allow",
             "Principal": {"AWS": partner_account},
             "Action": ["acm-pca:DescribeCertificateAuthority", "acm-pca:GetCertificate",
                        "acm-pca:GetCertificateAuthorityCertificate",
                        "acm-pca:ListPermissions", "acm-pca:ListTags"],
             "Resource": blue},
            {"Sid": "partner-issues", "Effect": "Allow",
             "Principal": {"AWS": partner_account},
             "Action": "acm-pca:IssueCertificate", "Resource": blue,
             "Condition": {"StringEquals": {"acm-pca:TemplateArn": EE}}}]}))
    case("with the resource policy the partner describes the CA")
    partner["acm-pca"].describe_certificate_authority(CertificateAuthorityArn=blue)
    case("and sees it among CAs shared with it")
    shared = partner["acm-pca"].list_certificate_authorities(ResourceOwner="OTHER_ACCOUNTS")
    check_equal([ca["Arn"] for ca in shared["CertificateAuthorities"]], [blue], "shared CAs")
    check_equal(partner["acm-pca"].list_certificate_authorities()["CertificateAuthorities"], [],
                "the partner's own CAs")
    case("the partner issues an end-entity certificate")
    partner_leaf = issue_and_wait(partner["acm-pca"], blue, make_csr("partner", "p.example.org"),
                                  "SHA256WITHECDSA", template="EndEntityCertificate/V1")
    case("but not a subordinate CA certificate")
    denied(partner["acm-pca"].issue_certificate, CertificateAuthorityArn=blue, Csr=csr,
           SigningAlgorithm="SHA256WITHECDSA", TemplateArn=SUB,
           Validity={"Value": 10, "Type": "DAYS"})
    case("and may not revoke nor change the CA")
    denied(partner["acm-pca"].revoke_certificate, CertificateAuthorityArn=blue,
           CertificateSerial=partner_leaf.rsplit("/", 1)[1], RevocationReason="UNSPECIFIED")
    denied(partner["acm-pca"].update_certificate_authority, CertificateAuthorityArn=blue,
           Status="DISABLED")
    case("the partner's own IAM user needs an identity policy as well")
    nobody = partner["iam"].create_user(UserName="nobody")["User"]
    check_equal(nobody["Arn"], f"arn:aws:iam::{partner_account}:user/nobody", "partner user")
    nobody_key = partner["iam"].create_access_key(UserName="nobody")["AccessKey"]
    nobody_pca = clients(session(nobody_key["AccessKeyId"], nobody_key["SecretAccessKey"]))
    denied(nobody_pca["acm-pca"].describe_certificate_authority, CertificateAuthorityArn=blue)
    partner["iam"].put_user_policy(UserName="nobody", PolicyName="describe", PolicyDocument=
                                   json.dumps(allow("acm-pca:DescribeCertificateAuthority")))
    nobody_pca["acm-pca"].describe_certificate_authority(CertificateAuthorityArn=blue)
    case("the partner's users are not the store account's")
    check("nobody" not in [u["UserName"] for u in iam.list_users()["Users"]], "user isolation")
    expect_error("NoSuchEntity", partner["iam"].get_user, UserName="issuer", status=404)
    case("the partner cannot create CAs in this store")
    denied(partner["acm-pca"].create_certificate_authority,
           CertificateAuthorityConfiguration={
               "KeyAlgorithm": "EC_prime256v1", "SigningAlgorithm": "SHA256WITHECDSA",
               "Subject": {"CommonName": "Partner Root"}}, CertificateAuthorityType="ROOT")
    case("once the policy is deleted the partner is refused again")
    pca.delete_policy(ResourceArn=blue)
    denied(partner["acm-pca"].describe_certificate_authority, CertificateAuthorityArn=blue)

    # ---- the event history -----------------------------------------------------------------
    case("the issuer's refused IssueCertificate is in the history with its error code")
    def issuer_events():
        return [e for page in trail.get_paginator("lookup_events").paginate(
            LookupAttributes=[{"AttributeKey": "Username", "AttributeValue": "issuer"}])
            for e in page["Events"]]
    events = eventually(issuer_events, "issuer events")
    records = [json.loads(e["CloudTrailEvent"]) for e in events]
    refused = [r for r in records if r["eventName"] == "IssueCertificate" and r.get("errorCode")]
    check(refused, f"a refused IssueCertificate among {[r['eventName'] for r in records]}")
    check_equal(refused[0]["errorCode"], "AccessDeniedException", "errorCode of a refusal")
    check_equal(refused[0]["userIdentity"]["arn"], f"arn:aws:iam::{account}:user/issuer",
                "userIdentity.arn")
    check_equal(refused[0]["userIdentity"]["type"], "IAMUser", "userIdentity.type")
    allowed = [r for r in records if r["eventName"] == "IssueCertificate" and
               not r.get("errorCode")]
    check(len(allowed) >= 2, "both issuances recorded")
    case("events by access key id")
    by_key = trail.lookup_events(LookupAttributes=[
        {"AttributeKey": "AccessKeyId", "AttributeValue": operator_key["AccessKeyId"]}])
    names = {e["EventName"] for e in by_key["Events"]}
    check({"RevokeCertificate", "IssueCertificate", "TagCertificateAuthority"} <= names,
          f"operator's calls: {names}")
    case("events by resource name show the partner's calls on the CA")
    on_blue = trail.lookup_events(LookupAttributes=[
        {"AttributeKey": "ResourceName", "AttributeValue": blue}], MaxResults=50)
    partner_calls = [json.loads(e["CloudTrailEvent"]) for e in on_blue["Events"]
                     if json.loads(e["CloudTrailEvent"])["userIdentity"]["accountId"] ==
                     partner_account]
    check(partner_calls, "the partner's calls appear in the CA owner's history")
    case("a secret access key never reaches the history")
    created = trail.lookup_events(LookupAttributes=[
        {"AttributeKey": "EventName", "AttributeValue": "CreateAccessKey"}])["Events"]
    check(created, "CreateAccessKey recorded")
    for event in created:
        record = json.loads(event["CloudTrailEvent"])
        text = json.dumps(record)
        check(issuer_key["SecretAccessKey"] not in text and
              auditor_key["SecretAccessKey"] not in text, "no secret in the record")
    case("the partner's history holds its own calls, not the store account's")
    partner_names = {json.loads(e["CloudTrailEvent"])["userIdentity"]["accountId"]
                     for e in partner["cloudtrail"].lookup_events(MaxResults=50)["Events"]}
    check_equal(partner_names, {partner_account}, "accounts in the partner's history")
    case("read-only events only")
    read_only = trail.lookup_events(LookupAttributes=[
        {"AttributeKey": "ReadOnly", "AttributeValue": "true"}], MaxResults=20)["Events"]
    check(read_only and all(e["ReadOnly"] == "true" for e in read_only), "read-only filter")
    case("CloudTrail's input errors")
    expect_error("InvalidLookupAttributesException", trail.lookup_events, LookupAttributes=[
        {"AttributeKey": "Username", "AttributeValue": "a"},
        {"AttributeKey": "EventName", "AttributeValue": "b"}])
    expect_error("InvalidMaxResultsException", trail.lookup_events, MaxResults=51)
    expect_error("InvalidTimeRangeException", trail.lookup_events,
                 StartTime=time.time(), EndTime=time.time() - 3600)
    expect_error("InvalidNextTokenException", trail.lookup_events, NextToken="forged")
    case("a user without cloudtrail:LookupEvents may not read the history")
    denied(issuer["cloudtrail"].lookup_events, code="AccessDeniedException")

    check(COUNT["cases"] >= 40, f"{COUNT['cases']} cases")
    print(f"{COUNT['cases']} cases passed", flush=True)


main(body)

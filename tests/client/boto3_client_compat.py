#!/usr/bin/python3
"""What the widely used clients of the ACM PCA API rely on, replayed call by call.

Each scenario makes the calls one client makes, in its order and with its parameters, and
checks what that client checks: error codes, the sentences it looks for in error messages,
the shape of the answers. docs/server.md ("Client compatibility") lists the sources.

- Terraform's AWS provider (terraform-provider-aws, internal/service/acmpca): create, read,
  update and destroy of aws_acmpca_certificate_authority (destroy of a PENDING_CERTIFICATE CA
  included), aws_acmpca_certificate, aws_acmpca_certificate_authority_certificate,
  aws_acmpca_permission and aws_acmpca_policy, and what its acceptance tests check after
  destroy.
- cert-manager's aws-privateca-issuer (pkg/aws/pca.go): the issue flow with region-less
  template ARNs, ABSOLUTE validity, 36-character idempotency tokens, GetCertificate retried on
  RequestInProgressException and the last PEM of CertificateChain taken as the root.
- The SDK waiters and paginators of the acm-pca model, as the current AWS model defines them
  and as Debian's botocore ships them.
"""
import base64
import datetime
import hashlib
import itertools
import json
import re
import time

import botocore.exceptions
import jmespath

from pca_client_common import (check, check_equal, create_ca, expect_error, main, make_csr,
                               pca_client, run, step, write, x509_text)

TEMPLATE = "arn:aws:acm-pca:::template/"
_terraform_ids = itertools.count(1)


# ---- what the clients compute -----------------------------------------------------------------

def terraform_unique_id():
    """terraform-plugin-sdk's id.UniqueId(): "terraform-", a UTC timestamp to 1/10000 s and an
    8-digit counter (36 characters, the longest IdempotencyToken the API takes)."""
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = now.strftime("%Y%m%d%H%M%S") + f"{now.microsecond // 100:04d}"
    return f"terraform-{stamp}{next(_terraform_ids):08x}"


def terraform_normalized_json(value):
    """structure.NormalizeJsonString: compact JSON with sorted keys."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def cert_manager_token(namespace, name):
    """aws-privateca-issuer's idempotencyToken(): SHA-256 of "namespace/name", 36 hex digits."""
    return hashlib.sha256(f"{namespace}/{name}".encode()).hexdigest()[:36]


def cert_manager_template(usages=(), is_ca=False, template_name=""):
    """aws-privateca-issuer's buildTemplateArn() for the aws partition."""
    if template_name:
        return TEMPLATE + template_name
    if is_ca:
        return TEMPLATE + "SubordinateCACertificate_PathLen0/V1"
    single = {"code signing": "CodeSigningCertificate/V1",
              "client auth": "EndEntityClientAuthCertificate/V1",
              "server auth": "EndEntityServerAuthCertificate/V1",
              "ocsp signing": "OCSPSigningCertificate/V1"}
    if len(usages) == 1 and usages[0] in single:
        return TEMPLATE + single[usages[0]]
    if len(usages) == 2 and set(usages) == {"client auth", "server auth"}:
        return TEMPLATE + "EndEntityCertificate/V1"
    return TEMPLATE + "BlankEndEntityCertificate_APICSRPassthrough/V1"


def go_pem_decode(data):
    """Go's encoding/pem.Decode: the first PEM block of `data` (text before it is skipped) and
    the rest after its END line, or (None, data) when there is no complete block."""
    match = re.search(r"(?:^|\n)-----BEGIN ([^\n]*)-----[ \t\r]*\n", data)
    if not match:
        return None, data
    kind = match.group(1)
    end = data.find("\n-----END " + kind + "-----", match.end() - 1)
    if end < 0:
        return None, data
    after = end + len("\n-----END " + kind + "-----")
    newline = data.find("\n", after)
    line_rest = data[after:] if newline < 0 else data[after:newline]
    if line_rest.strip(" \t\r"):
        return None, data
    rest = "" if newline < 0 else data[newline + 1:]
    body = re.sub(r"\s", "", data[match.end():end])
    return (kind, base64.b64decode(body)), rest


def cert_manager_split_chain(chain):
    """aws-privateca-issuer's splitRootCACertificate(): every PEM block of the chain but the
    last are intermediates, the last is the root; the chain must end right after that block's
    END line (anything else fails with "failed to read certificate")."""
    intermediates, root = [], None
    while True:
        block, rest = go_pem_decode(chain)
        if block is None or block[0] != "CERTIFICATE":
            raise AssertionError(f"cert-manager cannot read the chain: {chain!r}")
        pem = ("-----BEGIN CERTIFICATE-----\n" +
               "\n".join(re.findall(".{1,64}", base64.b64encode(block[1]).decode())) +
               "\n-----END CERTIFICATE-----\n")
        if rest:
            intermediates.append(pem)
            chain = rest
        else:
            root = pem
            break
    return intermediates, root


def same_certificate(a, b):
    return go_pem_decode(a)[0] == go_pem_decode(b)[0]


def error_of(function, **kwargs):
    """The ClientError a call ends with (None when it succeeds)."""
    try:
        function(**kwargs)
    except botocore.exceptions.ClientError as error:
        return error
    return None


def code_of(error):
    return error.response["Error"]["Code"] if error else None


def message_of(error):
    return error.response["Error"]["Message"] if error else ""


def expect_wording(code, sentence, function, **kwargs):
    """The call fails with `code`, and its message contains AWS's `sentence` verbatim."""
    error = expect_error(code, function, **kwargs)
    check(sentence in message_of(error),
          f"the {code} message contains {sentence!r}: {message_of(error)!r}")
    return error


# ---- Terraform's AWS provider -------------------------------------------------------------------

class Terraform:
    """The calls of terraform-provider-aws, resource by resource (AWS SDK for Go v2)."""

    UPDATE_SENTENCE = "The certificate authority must be in the ACTIVE or DISABLED state to be updated"
    ISSUE_SENTENCE = "The certificate authority is not in a valid state for issuing certificates"
    SELF_SIGNED_SENTENCE = "Self-signed certificate can not be revoked"
    DELETED_SENTENCE = "The certificate authority is in the DELETED state"
    ISSUED_SENTENCE = "not in the correct state to have issued certificates"

    def __init__(self, client):
        self.client = client

    # -- aws_acmpca_certificate_authority
    def find_ca(self, arn):
        """findCertificateAuthorityByARN: gone when ResourceNotFoundException, when DELETED, or
        when the answer names another ARN (its eventual-consistency check)."""
        try:
            ca = self.client.describe_certificate_authority(
                CertificateAuthorityArn=arn)["CertificateAuthority"]
        except self.client.exceptions.ResourceNotFoundException:
            return None
        if ca["Status"] == "DELETED" or ca["Arn"] != arn:
            return None
        return ca

    def create_ca(self, common_name, ca_type="SUBORDINATE", key="EC_prime256v1",
                  signing="SHA256WITHECDSA", revocation=None):
        arguments = dict(
            CertificateAuthorityConfiguration={"KeyAlgorithm": key, "SigningAlgorithm": signing,
                                               "Subject": {"CommonName": common_name}},
            CertificateAuthorityType=ca_type, IdempotencyToken=terraform_unique_id(),
            UsageMode="GENERAL_PURPOSE", Tags=[{"Key": "Name", "Value": common_name}])
        check_equal(len(arguments["IdempotencyToken"]), 36, "length of Terraform's token")
        if revocation:
            arguments["RevocationConfiguration"] = revocation
        arn = self.client.create_certificate_authority(**arguments)["CertificateAuthorityArn"]
        # waitCertificateAuthorityCreated: Pending CREATING, Target ACTIVE or
        # PENDING_CERTIFICATE; any other status ends the wait with an error.
        deadline = time.monotonic() + 60
        while True:
            ca = self.find_ca(arn)
            check(ca is not None, f"the new CA {arn} is found by its ARN")
            if ca["Status"] in ("ACTIVE", "PENDING_CERTIFICATE"):
                break
            check_equal(ca["Status"], "CREATING", "status while Terraform waits")
            check(time.monotonic() < deadline, "the CA leaves CREATING within Terraform's 1 min")
            time.sleep(0.2)
        self.read_ca(arn, new=True)
        return arn

    def read_ca(self, arn, new=False):
        """resourceCertificateAuthorityRead. Returns the attributes Terraform stores, or None
        when the resource is gone from the state."""
        ca = self.find_ca(arn)
        if ca is None:
            check(not new, "a new CA is readable")
            return None
        state = {"arn": ca["Arn"], "enabled": ca["Status"] != "DISABLED",
                 "serial": ca.get("Serial", ""), "type": ca["Type"],
                 "revocation": ca.get("RevocationConfiguration")}
        # GetCertificateAuthorityCertificate: InvalidStateException is expected (PENDING);
        # ResourceNotFoundException removes the resource; anything else fails the read.
        error = error_of(self.client.get_certificate_authority_certificate,
                         CertificateAuthorityArn=arn)
        if error is None:
            got = self.client.get_certificate_authority_certificate(CertificateAuthorityArn=arn)
            state["certificate"] = got["Certificate"]
            state["certificate_chain"] = got.get("CertificateChain", "")
        else:
            check_equal(code_of(error), "InvalidStateException",
                        "the only error Terraform tolerates from GetCertificateAuthorityCertificate")
            state["certificate"] = state["certificate_chain"] = ""
        error = error_of(self.client.get_certificate_authority_csr, CertificateAuthorityArn=arn)
        if error is None:
            state["certificate_signing_request"] = self.client.get_certificate_authority_csr(
                CertificateAuthorityArn=arn)["Csr"]
        else:
            check_equal(code_of(error), "InvalidStateException",
                        "the only error Terraform tolerates from GetCertificateAuthorityCsr")
            state["certificate_signing_request"] = ""
        # The tags of the transparent tagging (listTags).
        state["tags"] = {t["Key"]: t.get("Value", "") for t in
                         self.client.list_tags(CertificateAuthorityArn=arn)["Tags"]}
        return state

    def update_ca(self, arn, enabled=None, revocation=None):
        arguments = {"CertificateAuthorityArn": arn}
        if enabled is not None:
            arguments["Status"] = "ACTIVE" if enabled else "DISABLED"
        if revocation is not None:
            arguments["RevocationConfiguration"] = revocation
        self.client.update_certificate_authority(**arguments)
        return self.read_ca(arn)

    def destroy_ca(self, arn, permanent_deletion_time_in_days=7):
        """resourceCertificateAuthorityDelete: disable, tolerating ResourceNotFoundException and
        only the InvalidStateException that carries AWS's sentence; then delete."""
        error = error_of(self.client.update_certificate_authority, CertificateAuthorityArn=arn,
                         Status="DISABLED")
        if code_of(error) == "ResourceNotFoundException":
            return error
        if error is not None:
            check(code_of(error) == "InvalidStateException" and
                  self.UPDATE_SENTENCE in message_of(error),
                  f"Terraform stops the destroy of {arn} on: {code_of(error)} "
                  f"{message_of(error)!r}")
        error_delete = error_of(self.client.delete_certificate_authority,
                                CertificateAuthorityArn=arn,
                                PermanentDeletionTimeInDays=permanent_deletion_time_in_days)
        check(error_delete is None or code_of(error_delete) == "ResourceNotFoundException",
              f"DeleteCertificateAuthority in Terraform's destroy: {message_of(error_delete)!r}")
        return error

    # -- aws_acmpca_certificate
    def issue(self, ca_arn, csr, signing, template=None, validity=None, api_passthrough=None):
        arguments = dict(CertificateAuthorityArn=ca_arn, Csr=csr,
                         IdempotencyToken=terraform_unique_id(), SigningAlgorithm=signing,
                         Validity=validity or {"Type": "DAYS", "Value": 1})
        if template:
            arguments["TemplateArn"] = TEMPLATE + template
        if api_passthrough:
            arguments["ApiPassthrough"] = api_passthrough
        # Retried for a minute while the message says the CA cannot issue yet.
        deadline = time.monotonic() + 60
        while True:
            try:
                arn = self.client.issue_certificate(**arguments)["CertificateArn"]
                break
            except self.client.exceptions.InvalidStateException as error:
                if self.ISSUE_SENTENCE not in message_of(error) or time.monotonic() > deadline:
                    raise
                time.sleep(1)
        # NewCertificateIssuedWaiter, then the read.
        run_waiter("CertificateIssued", self.client, CertificateAuthorityArn=ca_arn,
                   CertificateArn=arn)
        got = self.read_certificate(arn, ca_arn, new=True)
        return arn, got

    def read_certificate(self, arn, ca_arn, new=False):
        try:
            got = self.client.get_certificate(CertificateAuthorityArn=ca_arn, CertificateArn=arn)
        except self.client.exceptions.ResourceNotFoundException:
            check(not new, "a new certificate is readable")
            return None
        return {"certificate": got["Certificate"],
                "certificate_chain": got.get("CertificateChain", "")}

    def revoke(self, ca_arn, certificate_pem):
        """resourceCertificateRevoke: the serial as Go's %x of the certificate's serial number;
        four refusals mean "nothing left to revoke"."""
        serial = format(int(x509_text(certificate_pem, "-serial").strip().split("=", 1)[1], 16),
                        "x")
        error = error_of(self.client.revoke_certificate, CertificateAuthorityArn=ca_arn,
                         CertificateSerial=serial, RevocationReason="UNSPECIFIED")
        tolerated = (code_of(error) in (None, "ResourceNotFoundException",
                                        "RequestAlreadyProcessedException",
                                        "RequestInProgressException") or
                     (code_of(error) == "InvalidRequestException" and
                      self.SELF_SIGNED_SENTENCE in message_of(error)))
        check(tolerated, f"Terraform stops destroying the certificate on: {code_of(error)} "
                         f"{message_of(error)!r}")
        return error

    def certificate_destroyed(self, arn, ca_arn):
        """The acceptance tests' CheckDestroy for aws_acmpca_certificate."""
        error = error_of(self.client.get_certificate, CertificateAuthorityArn=ca_arn,
                         CertificateArn=arn)
        return (code_of(error) == "ResourceNotFoundException" or
                (code_of(error) == "InvalidStateException" and
                 self.ISSUED_SENTENCE in message_of(error)))

    # -- aws_acmpca_certificate_authority_certificate
    def install(self, ca_arn, certificate, chain=""):
        arguments = dict(Certificate=certificate.encode(), CertificateAuthorityArn=ca_arn)
        if chain:
            arguments["CertificateChain"] = chain.encode()
        self.client.import_certificate_authority_certificate(**arguments)
        got = self.client.get_certificate_authority_certificate(CertificateAuthorityArn=ca_arn)
        return {"certificate": got["Certificate"],
                "certificate_chain": got.get("CertificateChain", "")}

    # -- aws_acmpca_permission
    def find_permission(self, ca_arn, principal, source_account=""):
        """findPermissionByThreePartKey over the ListPermissions paginator; a DELETED CA's
        InvalidStateException with AWS's sentence means "gone"."""
        found = []
        try:
            for page in self.client.get_paginator("list_permissions").paginate(
                    CertificateAuthorityArn=ca_arn):
                found += [p for p in page["Permissions"] if p["Principal"] == principal and
                          (not source_account or p["SourceAccount"] == source_account)]
        except self.client.exceptions.InvalidStateException as error:
            if self.DELETED_SENTENCE in message_of(error):
                return None
            raise
        check(len(found) <= 1, "a single permission per principal and source account")
        return found[0] if found else None

    def create_permission(self, ca_arn, actions, source_account=""):
        arguments = dict(Actions=actions, CertificateAuthorityArn=ca_arn,
                         Principal="acm.amazonaws.com")
        if source_account:
            arguments["SourceAccount"] = source_account
        self.client.create_permission(**arguments)
        permission = self.find_permission(ca_arn, "acm.amazonaws.com", source_account)
        check(permission is not None, "the new permission is read back")
        return permission

    def destroy_permission(self, ca_arn, source_account=""):
        arguments = dict(CertificateAuthorityArn=ca_arn, Principal="acm.amazonaws.com")
        if source_account:
            arguments["SourceAccount"] = source_account
        error = error_of(self.client.delete_permission, **arguments)
        check(code_of(error) in (None, "ResourceNotFoundException"),
              f"DeletePermission in Terraform's destroy: {message_of(error)!r}")

    # -- aws_acmpca_policy
    def put_policy(self, ca_arn, policy):
        self.client.put_policy(Policy=terraform_normalized_json(policy), ResourceArn=ca_arn)
        return self.read_policy(ca_arn)

    def read_policy(self, ca_arn):
        try:
            return self.client.get_policy(ResourceArn=ca_arn)["Policy"]
        except self.client.exceptions.ResourceNotFoundException:
            return None

    def destroy_policy(self, ca_arn):
        error = error_of(self.client.delete_policy, ResourceArn=ca_arn)
        check(code_of(error) in (None, "ResourceNotFoundException",
                                 "RequestAlreadyProcessedException",
                                 "RequestInProgressException"),
              f"DeletePolicy in Terraform's destroy: {message_of(error)!r}")


def terraform_pending_ca_lifecycle(client):
    tf = Terraform(client)
    step("Terraform: aws_acmpca_certificate_authority (SUBORDINATE, never activated)")
    arn = tf.create_ca("pending.example.com")
    state = tf.read_ca(arn)
    check_equal(state["arn"], arn, "arn")
    check_equal(state["certificate"], "", "certificate of a PENDING_CERTIFICATE CA")
    check(state["certificate_signing_request"].startswith("-----BEGIN CERTIFICATE REQUEST-----"),
          "certificate_signing_request is set")
    check_equal(state["serial"], "", "serial of a CA without certificate")
    check_equal(state["enabled"], True, "enabled")
    check_equal(state["tags"], {"Name": "pending.example.com"}, "tags")
    check_equal(state["revocation"]["CrlConfiguration"]["Enabled"], False,
                "revocation_configuration.0.crl_configuration.0.enabled")
    # The exact answer Terraform's read accepts while the CA has no certificate.
    expect_wording("InvalidStateException",
                   f"The certificate authority {arn} is not in the correct state to have a "
                   "certificate signing request.",
                   client.get_certificate_authority_certificate, CertificateAuthorityArn=arn)

    step("Terraform: revocation_configuration updated on the PENDING_CERTIFICATE CA")
    crl = {"CrlConfiguration": {"CustomCname": "crl.example.com", "Enabled": True,
                                "ExpirationInDays": 1, "S3BucketName": "tf-crl-bucket"}}
    state = tf.update_ca(arn, revocation=crl)
    check_equal(state["revocation"]["CrlConfiguration"]["CustomCname"], "crl.example.com",
                "custom_cname after the update")
    ocsp = {"OcspConfiguration": {"Enabled": True}}
    state = tf.update_ca(arn, revocation=dict(crl, **ocsp))
    check_equal(state["revocation"]["OcspConfiguration"]["Enabled"], True, "ocsp enabled")
    state = tf.update_ca(arn, revocation={"CrlConfiguration": {"Enabled": False},
                                          "OcspConfiguration": {"Enabled": False}})
    check_equal(state["revocation"]["CrlConfiguration"]["Enabled"], False, "crl disabled")
    # Changing `enabled` needs an ACTIVE or DISABLED CA, with AWS's sentence.
    expect_wording("InvalidStateException", Terraform.UPDATE_SENTENCE,
                   client.update_certificate_authority, CertificateAuthorityArn=arn,
                   Status="DISABLED")

    step("Terraform: aws_acmpca_permission on the PENDING_CERTIFICATE CA")
    account = arn.split(":")[4]
    permission = tf.create_permission(arn, ["IssueCertificate", "GetCertificate",
                                            "ListPermissions"])
    check_equal(sorted(permission["Actions"]),
                ["GetCertificate", "IssueCertificate", "ListPermissions"], "actions")
    check_equal(permission["SourceAccount"], account, "source_account defaults to the account")
    check(json.loads(permission["Policy"])["Statement"], "policy is set")
    second = tf.create_permission(arn, ["IssueCertificate", "GetCertificate", "ListPermissions"],
                                  source_account="111122223333")
    check_equal(second["SourceAccount"], "111122223333", "source_account given")

    step("Terraform: aws_acmpca_policy on the PENDING_CERTIFICATE CA")
    # The policy of the provider's acceptance test: two statements with the same Sid.
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "1", "Effect": "Allow", "Principal": {"AWS": account},
             "Action": ["acm-pca:DescribeCertificateAuthority", "acm-pca:GetCertificate",
                        "acm-pca:GetCertificateAuthorityCertificate", "acm-pca:ListPermissions",
                        "acm-pca:ListTags"],
             "Resource": arn},
            {"Sid": "1", "Effect": "Allow", "Principal": {"AWS": account},
             "Action": ["acm-pca:IssueCertificate"], "Resource": arn,
             "Condition": {"StringEquals": {
                 "acm-pca:TemplateArn": TEMPLATE + "EndEntityCertificate/V1"}}}]}
    stored = tf.put_policy(arn, policy)
    check_equal(json.loads(stored), policy, "policy read back")

    step("Terraform destroy: policy, permissions, then the PENDING_CERTIFICATE CA")
    tf.destroy_policy(arn)
    check(tf.read_policy(arn) is None, "the policy is gone")
    tf.destroy_policy(arn)  # a second destroy (e.g. after a failed apply) is harmless
    tf.destroy_permission(arn, "111122223333")
    tf.destroy_permission(arn)
    check(tf.find_permission(arn, "acm.amazonaws.com") is None, "the permission is gone")
    error = tf.destroy_ca(arn, permanent_deletion_time_in_days=7)
    check_equal(code_of(error), "InvalidStateException", "disabling a PENDING_CERTIFICATE CA")
    check(Terraform.UPDATE_SENTENCE in message_of(error), "with AWS's sentence")
    check(tf.find_ca(arn) is None, "the CA is gone for Terraform (DELETED)")
    check_equal(client.describe_certificate_authority(CertificateAuthorityArn=arn)
                ["CertificateAuthority"]["Status"], "DELETED", "status after destroy")
    check(tf.read_ca(arn) is None, "a refresh removes the CA from the state")
    # The permission's CheckDestroy lists the permissions of the DELETED CA.
    check(tf.find_permission(arn, "acm.amazonaws.com") is None,
          "the permission of a deleted CA is gone")
    expect_wording("InvalidStateException", Terraform.DELETED_SENTENCE,
                   client.list_permissions, CertificateAuthorityArn=arn)


def terraform_root_hierarchy(client):
    tf = Terraform(client)
    step("Terraform: a ROOT CA activated by aws_acmpca_certificate and "
         "aws_acmpca_certificate_authority_certificate")
    root = tf.create_ca("root.example.com", ca_type="ROOT", key="RSA_2048",
                        signing="SHA256WITHRSA")
    root_state = tf.read_ca(root)
    root_cert_arn, root_cert = tf.issue(root, root_state["certificate_signing_request"].encode(),
                                        "SHA256WITHRSA", template="RootCACertificate/V1",
                                        validity={"Type": "YEARS", "Value": 2})
    check_equal(root_cert["certificate_chain"], "", "certificate_chain of the root certificate")
    installed = tf.install(root, root_cert["certificate"], root_cert["certificate_chain"])
    check(same_certificate(installed["certificate"], root_cert["certificate"]),
          "the installed certificate is read back")
    root_state2 = tf.read_ca(root)
    check(root_state2["serial"], "serial once active")
    # The CSR stays readable once active, or aws_acmpca_certificate.root would be replaced.
    check_equal(root_state2["certificate_signing_request"],
                root_state["certificate_signing_request"], "certificate_signing_request")
    check(same_certificate(root_state2["certificate"], root_cert["certificate"]),
          "certificate of the CA")

    step("Terraform: enabled = false, then true")
    check_equal(tf.update_ca(root, enabled=False)["enabled"], False, "enabled after disabling")
    check_equal(tf.update_ca(root, enabled=True)["enabled"], True, "enabled after enabling")

    step("Terraform: aws_acmpca_certificate, end entity, DAYS / END_DATE / ABSOLUTE validity")
    later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=10)
    leaves = []
    for name, validity in [
            ("days", {"Type": "DAYS", "Value": 1}),
            # ExpandValidityValue: an RFC 3339 date becomes YYYYMMDDHHMMSS.
            ("enddate", {"Type": "END_DATE", "Value": int(later.strftime("%Y%m%d%H%M%S"))}),
            ("absolute", {"Type": "ABSOLUTE", "Value": int(later.timestamp())})]:
        csr = make_csr("tf-" + name, f"{name}.tf.example.com", key="rsa")
        arn, got = tf.issue(root, csr, "SHA256WITHRSA", template="EndEntityCertificate/V1",
                            validity=validity)
        check(got["certificate_chain"], f"{name}: certificate_chain is set")
        check(re.fullmatch(r"arn:aws:acm-pca:[^:]+:\d{12}:certificate-authority/.+/certificate/.+",
                           arn), f"{name}: certificate ARN {arn}")
        if name != "days":
            end = x509_text(got["certificate"], "-enddate").strip().split("=", 1)[1]
            check(later.strftime("%H:%M:%S") in end, f"{name}: ends at {later} ({end})")
        leaves.append((arn, got))

    step("Terraform: aws_acmpca_certificate for a subordinate CA, then its installation")
    sub = tf.create_ca("sub.root.example.com", ca_type="SUBORDINATE", key="EC_prime256v1",
                       signing="SHA256WITHECDSA")
    sub_state = tf.read_ca(sub)
    sub_cert_arn, sub_cert = tf.issue(root, sub_state["certificate_signing_request"].encode(),
                                      "SHA256WITHRSA",
                                      template="SubordinateCACertificate_PathLen0/V1",
                                      validity={"Type": "YEARS", "Value": 1})
    check(same_certificate(sub_cert["certificate_chain"], root_cert["certificate"]),
          "the chain of a certificate issued by the root is the root")
    tf.install(sub, sub_cert["certificate"], sub_cert["certificate_chain"])
    check_equal(client.describe_certificate_authority(CertificateAuthorityArn=sub)
                ["CertificateAuthority"]["Status"], "ACTIVE", "subordinate after installation")

    step("Terraform destroy of the hierarchy")
    for arn, got in leaves:
        check_equal(tf.revoke(root, got["certificate"]), None, "an end-entity certificate")
    check(tf.read_certificate(leaves[0][0], root) is not None, "a revoked certificate stays")
    check_equal(tf.revoke(root, sub_cert["certificate"]), None, "the subordinate's certificate")
    error = tf.revoke(root, root_cert["certificate"])
    check_equal(code_of(error), "InvalidRequestException", "revoking the root's own certificate")
    for ca in (sub, root):
        check_equal(tf.destroy_ca(ca), None, "disabling an ACTIVE CA before deleting it")
        check(tf.find_ca(ca) is None, "the CA is gone")
    for arn, _ in leaves + [(root_cert_arn, None), (sub_cert_arn, None)]:
        check(tf.certificate_destroyed(arn, root), f"CheckDestroy of {arn}")
    expect_wording("InvalidStateException",
                   f"The certificate authority {root} is not in the correct state to have "
                   "issued certificates.",
                   client.get_certificate, CertificateAuthorityArn=root,
                   CertificateArn=leaves[0][0])


def terraform_root_certificate_never_installed(client):
    tf = Terraform(client)
    step("Terraform: a root certificate issued but never installed, then destroyed")
    ca = tf.create_ca("lonely.example.com", ca_type="ROOT")
    csr = tf.read_ca(ca)["certificate_signing_request"]
    arn, got = tf.issue(ca, csr.encode(), "SHA256WITHECDSA", template="RootCACertificate/V1",
                        validity={"Type": "YEARS", "Value": 1})
    check_equal(got["certificate_chain"], "", "certificate_chain")
    # Destroy: the certificate (the CA is still PENDING_CERTIFICATE), then the CA.
    error = tf.revoke(ca, got["certificate"])
    check_equal(code_of(error), "InvalidRequestException", "revoking it")
    check(Terraform.SELF_SIGNED_SENTENCE in message_of(error), "with AWS's sentence")
    error = tf.destroy_ca(ca)
    check_equal(code_of(error), "InvalidStateException", "disabling the PENDING_CERTIFICATE CA")
    check(tf.find_ca(ca) is None, "the CA is gone")
    check(tf.certificate_destroyed(arn, ca), "CheckDestroy of the root certificate")


# ---- cert-manager's aws-privateca-issuer -----------------------------------------------------

class CertManagerIssuer:
    """PCAProvisioner: Sign() and Get() of pkg/aws/pca.go, one CertificateRequest at a time."""

    DEFAULT_DURATION = 30 * 24 * 3600

    def __init__(self, client, ca_arn):
        self.client = client
        self.arn = ca_arn
        self.signing_algorithm = None

    def sign(self, namespace, name, csr, usages=(), is_ca=False, duration=None, template=""):
        if self.signing_algorithm is None:  # getSigningAlgorithm: once per provisioner
            self.signing_algorithm = self.client.describe_certificate_authority(
                CertificateAuthorityArn=self.arn)["CertificateAuthority"][
                "CertificateAuthorityConfiguration"]["SigningAlgorithm"]
        expiration = int(time.time()) + (duration or self.DEFAULT_DURATION)
        token = cert_manager_token(namespace, name)
        check_equal(len(token), 36, "length of cert-manager's token")
        return self.client.issue_certificate(
            CertificateAuthorityArn=self.arn, SigningAlgorithm=self.signing_algorithm,
            TemplateArn=cert_manager_template(usages, is_ca, template), Csr=csr,
            Validity={"Type": "ABSOLUTE", "Value": expiration},
            IdempotencyToken=token)["CertificateArn"]

    def get(self, certificate_arn, attempts=10):
        """Get(), with the controller's requeue on RequestInProgressException (and the
        retryer's, which adds that code to the standard retryable ones)."""
        for attempt in range(attempts):
            try:
                got = self.client.get_certificate(CertificateAuthorityArn=self.arn,
                                                  CertificateArn=certificate_arn)
                break
            except self.client.exceptions.RequestInProgressException:
                check(attempt + 1 < attempts, "the certificate is issued in time")
                time.sleep(1)
        certificate = got["Certificate"] + "\n"
        chain = got["CertificateChain"]  # dereferenced without a nil check
        intermediates, root = cert_manager_split_chain(chain)
        return certificate + "".join(intermediates), root


def cert_manager_issue_flow(client):
    step("cert-manager: the CA hierarchy behind an AWSPCAClusterIssuer")
    root = create_ca(client, "Issuer Root")
    csr = client.get_certificate_authority_csr(CertificateAuthorityArn=root)["Csr"]
    root_cert_arn = client.issue_certificate(
        CertificateAuthorityArn=root, Csr=csr.encode(), SigningAlgorithm="SHA256WITHECDSA",
        TemplateArn=TEMPLATE + "RootCACertificate/V1",
        Validity={"Type": "YEARS", "Value": 5})["CertificateArn"]
    run_waiter("CertificateIssued", client, CertificateAuthorityArn=root,
               CertificateArn=root_cert_arn)
    root_pem = client.get_certificate(CertificateAuthorityArn=root,
                                      CertificateArn=root_cert_arn)["Certificate"]
    client.import_certificate_authority_certificate(CertificateAuthorityArn=root,
                                                    Certificate=root_pem.encode())
    sub = create_ca(client, "Issuer Intermediate", ca_type="SUBORDINATE")
    sub_issuer = CertManagerIssuer(client, root)
    sub_arn = sub_issuer.sign("pki", "intermediate", client.get_certificate_authority_csr(
        CertificateAuthorityArn=sub)["Csr"].encode(), is_ca=True, duration=2 * 365 * 86400)
    sub_bundle, sub_root = sub_issuer.get(sub_arn)
    check(same_certificate(sub_root, root_pem), "root of an intermediate issued by the root")
    check_equal(sub_bundle.count("-----BEGIN CERTIFICATE-----"), 1,
                "no intermediates between the root and its subordinate")
    check("pathlen:0" in x509_text(sub_bundle, "-ext", "basicConstraints").replace(" ", ""),
          "isCA: SubordinateCACertificate_PathLen0/V1")
    client.import_certificate_authority_certificate(
        CertificateAuthorityArn=sub, Certificate=sub_bundle.encode(),
        CertificateChain=root_pem.encode())
    root_file = write("cm-root.pem", root_pem)

    for issuer_arn, depth in ((sub, 2), (root, 1)):
        issuer = CertManagerIssuer(client, issuer_arn)
        step(f"cert-manager: CertificateRequests against a {'subordinate' if depth == 2 else 'root'}"
             " CA, one per template cert-manager picks")
        cases = [
            ("default", ("digital signature", "key encipherment"), "",
             "BlankEndEntityCertificate_APICSRPassthrough/V1"),
            ("server", ("server auth",), "", "EndEntityServerAuthCertificate/V1"),
            ("client", ("client auth",), "", "EndEntityClientAuthCertificate/V1"),
            ("both", ("server auth", "client auth"), "", "EndEntityCertificate/V1"),
            ("code", ("code signing",), "", "CodeSigningCertificate/V1"),
            ("ocsp", ("ocsp signing",), "", "OCSPSigningCertificate/V1"),
            ("named", (), "EndEntityServerAuthCertificate_APIPassthrough/V1",
             "EndEntityServerAuthCertificate_APIPassthrough/V1"),
        ]
        for name, usages, template, expected in cases:
            check(cert_manager_template(usages, False, template).endswith(expected),
                  f"{name}: cert-manager's template choice")
            csr = make_csr(f"cm-{depth}-{name}", f"{name}.apps.example.com",
                           dns_names=[f"{name}.apps.example.com"])
            duration = 90 * 86400
            arn = issuer.sign("apps", f"{name}-{depth}", csr, usages=usages, template=template,
                              duration=duration)
            # The same CertificateRequest signed again: the same certificate.
            check_equal(issuer.sign("apps", f"{name}-{depth}", csr, usages=usages,
                                    template=template, duration=duration), arn,
                        f"{name}: IssueCertificate with the same 36-character token")
            pem, ca = issuer.get(arn)
            check(same_certificate(ca, root_pem), f"{name}: the last PEM of the chain is the root")
            check_equal(pem.count("-----BEGIN CERTIFICATE-----"), depth,
                        f"{name}: certificate and intermediates")
            run(["openssl", "verify", "-CAfile", root_file, "-untrusted",
                 write(f"cm-{depth}-{name}-bundle.pem", pem),
                 write(f"cm-{depth}-{name}.pem", pem)])
            end = datetime.datetime.strptime(
                x509_text(pem, "-enddate").strip().split("=", 1)[1], "%b %d %H:%M:%S %Y %Z")
            days = (end.replace(tzinfo=datetime.timezone.utc) -
                    datetime.datetime.now(datetime.timezone.utc)).total_seconds() / 86400
            check(89.9 < days < 90.1, f"{name}: ABSOLUTE validity of 90 days ({days:.2f})")

    step("cert-manager: validity beyond the CA certificate is refused")
    expect_error("ValidationException", CertManagerIssuer(client, sub).sign, "apps", "too-long",
                 make_csr("cm-long", "long.apps.example.com"), duration=10 * 365 * 86400)


# ---- SDK waiters and paginators -----------------------------------------------------------------

def acceptor(state, matcher, expected, argument=None):
    entry = {"state": state, "matcher": matcher, "expected": expected}
    if argument:
        entry["argument"] = argument
    return entry


# The waiters of the current acm-pca model (waiters-2.json of botocore >= 1.31 and the AWS SDKs):
# Debian's botocore 1.29 has an older definition of the same three, without the
# AccessDeniedException acceptors and with a "status 200" success matcher.
CURRENT_WAITERS = {
    "AuditReportCreated": ("DescribeCertificateAuthorityAuditReport", 3, 60, [
        acceptor("success", "path", "SUCCESS", "AuditReportStatus"),
        acceptor("failure", "path", "FAILED", "AuditReportStatus"),
        acceptor("failure", "error", "AccessDeniedException")]),
    "CertificateAuthorityCSRCreated": ("GetCertificateAuthorityCsr", 3, 60, [
        acceptor("success", "error", False),
        acceptor("retry", "error", "RequestInProgressException"),
        acceptor("failure", "error", "AccessDeniedException")]),
    "CertificateIssued": ("GetCertificate", 1, 60, [
        acceptor("success", "error", False),
        acceptor("retry", "error", "RequestInProgressException"),
        acceptor("failure", "error", "AccessDeniedException")]),
}
# The paginators of the model (paginators-1.json, the same in every version).
PAGINATORS = {
    "ListCertificateAuthorities": "CertificateAuthorities",
    "ListPermissions": "Permissions",
    "ListTags": "Tags",
}


class WaiterFailed(Exception):
    pass


def run_waiter(name, client, delay=0.5, max_attempts=240, **arguments):
    """Runs a waiter of CURRENT_WAITERS the way the SDKs do: the first matching acceptor
    decides; an error no acceptor matches ends the wait. Returns the number of attempts."""
    operation, _, _, acceptors = CURRENT_WAITERS[name]
    method = getattr(client, botocore.xform_name(operation))
    for attempt in range(1, max_attempts + 1):
        try:
            response, error = method(**arguments), None
        except botocore.exceptions.ClientError as failure:
            response, error = failure.response, failure
        state = None
        for entry in acceptors:
            if entry["matcher"] == "path":
                matched = error is None and \
                    jmespath.search(entry["argument"], response) == entry["expected"]
            elif entry["matcher"] == "error" and isinstance(entry["expected"], bool):
                matched = (error is not None) == entry["expected"]
            elif entry["matcher"] == "error":
                matched = code_of(error) == entry["expected"]
            else:
                raise AssertionError(f"matcher {entry['matcher']}")
            if matched:
                state = entry["state"]
                break
        if state == "success":
            return attempt
        if state == "failure" or (state is None and error is not None):
            raise WaiterFailed(f"{name}: {code_of(error) or response}")
        time.sleep(delay)
    raise WaiterFailed(f"{name}: still waiting after {max_attempts} attempts")


def waiters(client):
    step("waiters: CertificateAuthorityCSRCreated retries on RequestInProgressException")
    seen_in_progress = False
    for attempt in range(3):
        arn = client.create_certificate_authority(
            CertificateAuthorityConfiguration={
                "KeyAlgorithm": "RSA_4096", "SigningAlgorithm": "SHA256WITHRSA",
                "Subject": {"CommonName": f"Slow Key {attempt}"}},
            CertificateAuthorityType="ROOT")["CertificateAuthorityArn"]
        error = error_of(client.get_certificate_authority_csr, CertificateAuthorityArn=arn)
        if error is not None:
            check_equal(code_of(error), "RequestInProgressException",
                        "GetCertificateAuthorityCsr while the CA is CREATING")
            seen_in_progress = True
        attempts = run_waiter("CertificateAuthorityCSRCreated", client,
                              CertificateAuthorityArn=arn)
        client.get_waiter("certificate_authority_csr_created").wait(
            CertificateAuthorityArn=arn, WaiterConfig={"Delay": 1, "MaxAttempts": 5})
        check(attempts >= 1, "attempts of the waiter")
        if seen_in_progress:
            break
    check(seen_in_progress, "an RSA-4096 CA answered RequestInProgressException while CREATING")
    # Nothing else is retried: the waiter of a CA that no longer exists fails at once.
    client.delete_certificate_authority(CertificateAuthorityArn=arn)
    try:
        run_waiter("CertificateAuthorityCSRCreated", client, CertificateAuthorityArn=arn)
        raise AssertionError("the waiter succeeded for a deleted CA")
    except WaiterFailed as failure:
        check("ResourceNotFoundException" in str(failure) or "InvalidStateException" in str(failure),
              f"waiter failure: {failure}")

    step("waiters: CertificateIssued and AuditReportCreated")
    root = create_ca(client, "Waiter Root")
    csr = client.get_certificate_authority_csr(CertificateAuthorityArn=root)["Csr"]
    cert_arn = client.issue_certificate(
        CertificateAuthorityArn=root, Csr=csr.encode(), SigningAlgorithm="SHA256WITHECDSA",
        TemplateArn=TEMPLATE + "RootCACertificate/V1",
        Validity={"Type": "YEARS", "Value": 1})["CertificateArn"]
    check_equal(run_waiter("CertificateIssued", client, CertificateAuthorityArn=root,
                           CertificateArn=cert_arn), 1,
                "GetCertificate succeeds at once after IssueCertificate")
    client.get_waiter("certificate_issued").wait(CertificateAuthorityArn=root,
                                                 CertificateArn=cert_arn,
                                                 WaiterConfig={"Delay": 1, "MaxAttempts": 5})
    try:
        run_waiter("CertificateIssued", client, CertificateAuthorityArn=root,
                   CertificateArn=root + "/certificate/0123456789abcdef")
        raise AssertionError("the waiter succeeded for an unknown certificate")
    except WaiterFailed as failure:
        check("ResourceNotFoundException" in str(failure), f"waiter failure: {failure}")
    pem = client.get_certificate(CertificateAuthorityArn=root, CertificateArn=cert_arn)
    client.import_certificate_authority_certificate(CertificateAuthorityArn=root,
                                                    Certificate=pem["Certificate"].encode())
    report = client.create_certificate_authority_audit_report(
        CertificateAuthorityArn=root, S3BucketName="waiter-audit",
        AuditReportResponseFormat="CSV")
    run_waiter("AuditReportCreated", client, CertificateAuthorityArn=root,
               AuditReportId=report["AuditReportId"])
    client.get_waiter("audit_report_created").wait(
        CertificateAuthorityArn=root, AuditReportId=report["AuditReportId"],
        WaiterConfig={"Delay": 1, "MaxAttempts": 5})
    return root


def paginators(client, ca_arn):
    step("paginators: every paginator of the model, one item per page, MaxItems and resuming")
    account = ca_arn.split(":")[4]
    for source in ("111122223333", "444455556666", account):
        client.create_permission(CertificateAuthorityArn=ca_arn, Principal="acm.amazonaws.com",
                                 Actions=["IssueCertificate", "GetCertificate",
                                          "ListPermissions"], SourceAccount=source)
    client.tag_certificate_authority(CertificateAuthorityArn=ca_arn, Tags=[
        {"Key": f"key{i}", "Value": f"value{i}"} for i in range(5)])
    for name in ("Pager One", "Pager Two"):
        create_ca(client, name)
    arguments = {"ListCertificateAuthorities": {},
                 "ListPermissions": {"CertificateAuthorityArn": ca_arn},
                 "ListTags": {"CertificateAuthorityArn": ca_arn}}
    for operation, result_key in PAGINATORS.items():
        name = botocore.xform_name(operation)
        model = client.meta.service_model.operation_model(operation)
        check(client.can_paginate(name), f"{operation} has a paginator")
        config = client.get_paginator(name)._pagination_cfg
        check_equal((config["input_token"], config["output_token"], config["limit_key"],
                     config["result_key"]), ("NextToken", "NextToken", "MaxResults", result_key),
                    f"{operation}: the paginator's tokens and keys")
        check("NextToken" in model.output_shape.members, f"{operation} answers NextToken")
        def identity(items):
            return [item.get("Arn", item) for item in items]

        everything = identity(getattr(client, name)(**arguments[operation])[result_key])
        check(len(everything) >= 3, f"{operation}: {len(everything)} items to page through")
        pages = list(client.get_paginator(name).paginate(
            **arguments[operation], PaginationConfig={"PageSize": 1}))
        check_equal([len(page[result_key]) for page in pages], [1] * len(everything),
                    f"{operation}: one item per page")
        check("NextToken" not in pages[-1], f"{operation}: the last page has no NextToken")
        check_equal(identity([item for page in pages for item in page[result_key]]), everything,
                    f"{operation}: the pages hold every item once, in order")
        first = client.get_paginator(name).paginate(
            **arguments[operation], PaginationConfig={"PageSize": 1, "MaxItems": 2}
        ).build_full_result()
        check_equal(identity(first[result_key]), everything[:2], f"{operation}: MaxItems")
        rest = client.get_paginator(name).paginate(
            **arguments[operation],
            PaginationConfig={"PageSize": 1, "StartingToken": first["NextToken"]}
        ).build_full_result()
        check_equal(identity(first[result_key] + rest[result_key]), everything,
                    f"{operation}: resumed with StartingToken")
        expect_wording("InvalidNextTokenException",
                       "The token specified in the NextToken argument is not valid.",
                       getattr(client, name), **arguments[operation],
                       NextToken="not-a-token-of-this-server")


# ---- errors worded as AWS words them ----------------------------------------------------------

def aws_wording(client):
    step("state errors: code and AWS's sentence")
    pending = create_ca(client, "Wording Pending", ca_type="SUBORDINATE")
    expect_wording("InvalidStateException", Terraform.ISSUE_SENTENCE + ".",
                   client.issue_certificate, CertificateAuthorityArn=pending,
                   Csr=make_csr("w-early", "early.example.com"),
                   SigningAlgorithm="SHA256WITHECDSA", Validity={"Type": "DAYS", "Value": 1})
    expect_wording("InvalidStateException", Terraform.UPDATE_SENTENCE + ".",
                   client.update_certificate_authority, CertificateAuthorityArn=pending,
                   Status="ACTIVE")
    expect_wording("InvalidStateException",
                   "The certificate authority is not in a valid state for restoration.",
                   client.restore_certificate_authority, CertificateAuthorityArn=pending)
    active = create_ca(client, "Wording Active")
    csr = client.get_certificate_authority_csr(CertificateAuthorityArn=active)["Csr"]
    self_arn = client.issue_certificate(
        CertificateAuthorityArn=active, Csr=csr.encode(), SigningAlgorithm="SHA256WITHECDSA",
        TemplateArn=TEMPLATE + "RootCACertificate/V1",
        Validity={"Type": "YEARS", "Value": 1})["CertificateArn"]
    client.import_certificate_authority_certificate(
        CertificateAuthorityArn=active, Certificate=client.get_certificate(
            CertificateAuthorityArn=active, CertificateArn=self_arn)["Certificate"].encode())
    expect_wording("InvalidStateException",
                   "The certificate authority is not in a valid state for deletion.",
                   client.delete_certificate_authority, CertificateAuthorityArn=active)
    expect_wording("InvalidRequestException", Terraform.SELF_SIGNED_SENTENCE + ".",
                   client.revoke_certificate, CertificateAuthorityArn=active,
                   CertificateSerial=self_arn.rsplit("/", 1)[1], RevocationReason="SUPERSEDED")
    client.update_certificate_authority(CertificateAuthorityArn=active, Status="DISABLED")
    client.delete_certificate_authority(CertificateAuthorityArn=active,
                                        PermanentDeletionTimeInDays=7)
    expect_wording("InvalidStateException",
                   "The certificate authority is not in a valid state for deletion.",
                   client.delete_certificate_authority, CertificateAuthorityArn=active)
    expect_wording("InvalidStateException", Terraform.DELETED_SENTENCE,
                   client.get_policy, ResourceArn=active)
    expect_wording("InvalidStateException",
                   f"The certificate authority {active} is not in the correct state to have a "
                   "certificate signing request.",
                   client.get_certificate_authority_csr, CertificateAuthorityArn=active)

    step("validation errors: code and AWS's wording")
    expect_wording("ResourceNotFoundException", f"Could not find policy for resource {pending}.",
                   client.get_policy, ResourceArn=pending)
    expect_wording("InvalidArgsException",
                   "A certificate authority cannot be created in this region with the specified "
                   "security standard.",
                   client.create_certificate_authority,
                   CertificateAuthorityConfiguration={
                       "KeyAlgorithm": "EC_prime256v1", "SigningAlgorithm": "SHA256WITHECDSA",
                       "Subject": {"CommonName": "China only"}},
                   CertificateAuthorityType="ROOT",
                   KeyStorageSecurityStandard="CCPC_LEVEL_1_OR_HIGHER")
    expect_wording("InvalidArgsException",
                   "A configuration disabling CRLs or OCSP must contain only the Enabled=False "
                   "parameter",
                   client.update_certificate_authority, CertificateAuthorityArn=pending,
                   RevocationConfiguration={"CrlConfiguration": {"Enabled": False,
                                                                 "ExpirationInDays": 7}})
    expect_wording("TooManyTagsException", "You can associate up to 50 tags with a private CA",
                   client.tag_certificate_authority, CertificateAuthorityArn=pending,
                   Tags=[{"Key": f"k{i}", "Value": "v"} for i in range(51)])
    expect_error("ValidationException", client.issue_certificate,
                 CertificateAuthorityArn=pending, Csr=make_csr("w-token", "t.example.com"),
                 SigningAlgorithm="SHA256WITHECDSA", Validity={"Type": "DAYS", "Value": 1},
                 IdempotencyToken="x" * 37)
    expect_error("ValidationException", client.delete_certificate_authority,
                 CertificateAuthorityArn=pending, PermanentDeletionTimeInDays=31)
    try:  # botocore checks the lower bound itself
        client.delete_certificate_authority(CertificateAuthorityArn=pending,
                                            PermanentDeletionTimeInDays=6)
        raise AssertionError("botocore sent PermanentDeletionTimeInDays=6")
    except botocore.exceptions.ParamValidationError:
        pass


def client_compat():
    client = pca_client()
    terraform_pending_ca_lifecycle(client)
    terraform_root_hierarchy(client)
    terraform_root_certificate_never_installed(client)
    cert_manager_issue_flow(client)
    paginators(client, waiters(client))
    aws_wording(client)


if __name__ == "__main__":
    main(client_compat)

#!/usr/bin/python3
"""After privateca-server restarted on the same store: everything boto3_lifecycle.py left is
still there (CAs and their states, certificates, revocations, tags, policy, permissions)."""
import json

from pca_client_common import (check, check_equal, expect_error, issue_and_wait, load_state,
                               main, make_csr, pca_client, step)


def after_restart():
    client = pca_client()
    state = load_state()

    step("the CAs and their states")
    cas = {ca["Arn"]: ca for ca in client.list_certificate_authorities()["CertificateAuthorities"]}
    check_equal(set(cas), {state["root"], state["sub"], state["scratch"]}, "CAs after restart")
    for arn in cas:
        check_equal(cas[arn]["Status"], "ACTIVE", f"status of {arn}")

    step("certificates, revocation, tags, permissions, policy")
    pem = client.get_certificate(CertificateAuthorityArn=state["sub"],
                                 CertificateArn=state["leaves"][1])["Certificate"]
    check_equal(pem, state["leaf_pem"], "a certificate issued before the restart")
    revoked_serial = state["revoked"].rsplit("/", 1)[1]
    expect_error("RequestAlreadyProcessedException", client.revoke_certificate,
                 CertificateAuthorityArn=state["sub"], CertificateSerial=revoked_serial,
                 RevocationReason="KEY_COMPROMISE")
    tags = {t["Key"]: t["Value"] for t in client.list_tags(CertificateAuthorityArn=state["root"])["Tags"]}
    check_equal(tags, {"team": "pki", "env": "test", "cost-center": "42"}, "tags")
    permissions = client.list_permissions(CertificateAuthorityArn=state["sub"])["Permissions"]
    check_equal([p["Principal"] for p in permissions], ["acm.amazonaws.com"], "permissions")
    check_equal(json.loads(client.get_policy(ResourceArn=state["root"])["Policy"]),
                json.loads(state["policy"]), "policy")

    step("the CAs still sign")
    issue_and_wait(client, state["sub"], make_csr("after", "after.example.com"),
                   "SHA256WITHRSA", validity={"Value": 5, "Type": "DAYS"})


if __name__ == "__main__":
    main(after_restart)

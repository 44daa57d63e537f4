#!/usr/bin/python3
"""Clients of several privateca-server instances behind a load balancer (PRIVATECA_ENDPOINT).

  scale_out.py setup STATE          an active root CA with CRLs (through the balancer)
  scale_out.py load STATE SECONDS   THREADS clients issue, revoke and tag at once until SECONDS
                                    have passed or the file STATE.stop exists; a request that
                                    fails (an instance is killed meanwhile) is counted, not
                                    fatal. Writes what was acknowledged to STATE.load.json.
  scale_out.py verify STATE         every acknowledged write is there: each issued certificate
                                    is readable, each revoked one is revoked (a second revocation
                                    is RequestAlreadyProcessedException), each tag has the last
                                    acknowledged value or a later one, serials are unique, and
                                    repeats of an idempotency token gave one certificate.
"""
import json
import os
import sys
import threading
import time

import botocore.exceptions

from pca_client_common import (activate_root, check, check_equal, create_ca, expect_error,
                               make_csr, pca_client, step)

THREADS = int(os.environ.get("SCALE_OUT_THREADS", "6"))


def setup(state_file):
    client = pca_client()
    step("root CA with CRLs")
    root = create_ca(client, "Scale Out Root", bucket="scale-crls")
    activate_root(client, root)
    with open(state_file, "w") as f:
        json.dump({"root": root}, f)


def load(state_file, seconds):
    with open(state_file) as f:
        root = json.load(f)["root"]
    csr = make_csr("scale", "scale.example")
    deadline = time.monotonic() + float(seconds)
    results = [None] * THREADS

    # boto3's default session does not create clients safely from several threads.
    clients = [pca_client() for _ in range(THREADS)]

    def client_loop(index):
        client = clients[index]
        issued, revoked, tags, tokens = [], [], {}, []
        failures = 0
        n = 0
        while time.monotonic() < deadline and not os.path.exists(state_file + ".stop"):
            n += 1
            try:
                arguments = dict(CertificateAuthorityArn=root, Csr=csr,
                                 SigningAlgorithm="SHA256WITHECDSA",
                                 Validity={"Value": 7, "Type": "DAYS"})
                if n % 7 == 0:
                    # The same token twice, most likely through two instances.
                    token = f"t{index}x{n}"
                    first = client.issue_certificate(IdempotencyToken=token, **arguments)
                    second = client.issue_certificate(IdempotencyToken=token, **arguments)
                    tokens.append([first["CertificateArn"], second["CertificateArn"]])
                    issued.append(first["CertificateArn"])
                    continue
                arn = client.issue_certificate(**arguments)["CertificateArn"]
                issued.append(arn)
                if n % 5 == 0:
                    client.revoke_certificate(CertificateAuthorityArn=root,
                                              CertificateSerial=arn.rsplit("/", 1)[1],
                                              RevocationReason="SUPERSEDED")
                    revoked.append(arn)
                if n % 4 == 0:
                    client.tag_certificate_authority(
                        CertificateAuthorityArn=root,
                        Tags=[{"Key": f"client{index}", "Value": str(n)}])
                    tags[f"client{index}"] = n
            except (botocore.exceptions.ClientError, botocore.exceptions.BotoCoreError):
                failures += 1
                time.sleep(0.05)
        results[index] = {"issued": issued, "revoked": revoked, "tags": tags, "tokens": tokens,
                          "failures": failures}

    threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    merged = {"issued": [], "revoked": [], "tags": {}, "tokens": [], "failures": 0}
    for result in results:
        merged["issued"] += result["issued"]
        merged["revoked"] += result["revoked"]
        merged["tags"].update(result["tags"])
        merged["tokens"] += result["tokens"]
        merged["failures"] += result["failures"]
    with open(state_file + ".load.json", "w") as f:
        json.dump(merged, f)
    print(f"acknowledged: {len(merged['issued'])} issued, {len(merged['revoked'])} revoked, "
          f"{len(merged['tags'])} tag keys, {len(merged['tokens'])} token repeats; "
          f"{merged['failures']} failed requests", flush=True)


def verify(state_file):
    with open(state_file) as f:
        root = json.load(f)["root"]
    with open(state_file + ".load.json") as f:
        load_result = json.load(f)
    client = pca_client()
    issued = load_result["issued"]
    check(len(issued) > 0, "the load issued certificates")
    serials = [arn.rsplit("/", 1)[1] for arn in issued]
    check_equal(len(set(serials)), len(serials), "distinct serials of acknowledged certificates")
    step(f"{len(issued)} acknowledged certificates are readable")
    for arn in issued:
        client.get_certificate(CertificateAuthorityArn=root, CertificateArn=arn)
    step(f"{len(load_result['revoked'])} acknowledged revocations hold")
    for arn in load_result["revoked"]:
        expect_error("RequestAlreadyProcessedException", client.revoke_certificate,
                     CertificateAuthorityArn=root, CertificateSerial=arn.rsplit("/", 1)[1],
                     RevocationReason="SUPERSEDED")
    step("tags have their last acknowledged value or a later one")
    tags = {t["Key"]: t["Value"] for t in
            client.list_tags(CertificateAuthorityArn=root, MaxResults=100)["Tags"]}
    for key, value in load_result["tags"].items():
        check(key in tags, f"tag {key} is there")
        check(int(tags[key]) >= value, f"tag {key}: {tags[key]} >= acknowledged {value}")
    step("an idempotency token gave one certificate, whichever instance answered")
    for first, second in load_result["tokens"]:
        check_equal(second, first, "certificate of a repeated idempotency token")


if __name__ == "__main__":
    try:
        {"setup": lambda: setup(sys.argv[2]),
         "load": lambda: load(sys.argv[2], sys.argv[3]),
         "verify": lambda: verify(sys.argv[2])}[sys.argv[1]]()
    except Exception:
        import traceback
        traceback.print_exc()
        sys.exit(1)
    print("OK", flush=True)

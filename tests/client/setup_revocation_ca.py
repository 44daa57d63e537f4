#!/usr/bin/python3
"""Prepares the OpenSSL / curl client test: a root CA with CRLs and OCSP, installed, and one
leaf certificate, a second root CA with OCSP and one leaf, and a root CA with partitioned CRLs
(OCSP off) and one leaf. Writes ca.pem, leaf.pem, ca2.pem, leaf2.pem, partitioned-ca.pem,
partitioned-leaf.pem and state.json into PRIVATECA_WORK_DIR."""
from pca_client_common import (activate_root, create_ca, issue_and_wait, main, make_csr,
                               pca_client, save_state, step, write)


def setup():
    client = pca_client()
    step("root CA with CRL and OCSP")
    root = create_ca(client, "Revocation Root", bucket="revocation-crls", ocsp=True)
    write("ca.pem", activate_root(client, root))
    step("a leaf certificate")
    leaf = issue_and_wait(client, root, make_csr("leaf", "leaf.example.com",
                                                 dns_names=["leaf.example.com"]),
                          "SHA256WITHECDSA", template="EndEntityServerAuthCertificate/V1")
    write("leaf.pem", client.get_certificate(CertificateAuthorityArn=root,
                                             CertificateArn=leaf)["Certificate"])
    step("a second root CA with OCSP, and a leaf certificate")
    second = create_ca(client, "Second OCSP Root", ocsp=True)
    write("ca2.pem", activate_root(client, second))
    leaf2 = issue_and_wait(client, second, make_csr("leaf2", "leaf2.example.com"),
                           "SHA256WITHECDSA")
    write("leaf2.pem", client.get_certificate(CertificateAuthorityArn=second,
                                              CertificateArn=leaf2)["Certificate"])
    step("root CA with partitioned CRLs, and a leaf certificate")
    partitioned = create_ca(client, "Partitioned Root", bucket="partitioned-crls",
                            crl_type="PARTITIONED")
    write("partitioned-ca.pem", activate_root(client, partitioned))
    partitioned_leaf = issue_and_wait(client, partitioned,
                                      make_csr("partitioned-leaf", "p.example.com"),
                                      "SHA256WITHECDSA")
    write("partitioned-leaf.pem",
          client.get_certificate(CertificateAuthorityArn=partitioned,
                                 CertificateArn=partitioned_leaf)["Certificate"])
    save_state({"root": root, "leaf": leaf, "serial": leaf.rsplit("/", 1)[1],
                "second": second, "second_serial": leaf2.rsplit("/", 1)[1],
                "partitioned": partitioned,
                "partitioned_serial": partitioned_leaf.rsplit("/", 1)[1]})


if __name__ == "__main__":
    main(setup)

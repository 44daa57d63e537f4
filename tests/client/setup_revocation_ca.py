#!/usr/bin/python3
"""Prepares the OpenSSL / curl client test: a root CA with CRLs and OCSP, installed, and one
leaf certificate. Writes ca.pem, leaf.pem and state.json into PRIVATECA_WORK_DIR."""
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
    save_state({"root": root, "leaf": leaf, "serial": leaf.rsplit("/", 1)[1]})


if __name__ == "__main__":
    main(setup)

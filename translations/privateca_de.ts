<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcmDisplayNames</name>
    <message>
        <source>Issuing</source>
        <translation>Wird ausgestellt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Validation timed out</source>
        <translation>Validierung abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Wird erneuert</translation>
    </message>
    <message>
        <source>Awaiting validation</source>
        <translation>Wartet auf Validierung</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Nicht erneuert</translation>
    </message>
    <message>
        <source>RSA 1024</source>
        <translation>RSA 1024</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>ECDSA P-521</source>
        <translation>ECDSA P-521</translation>
    </message>
    <message>
        <source>No contact for domain validation could be found</source>
        <translation>Für die Domänenvalidierung wurde kein Kontakt gefunden</translation>
    </message>
    <message>
        <source>The domain needs additional verification</source>
        <translation>Die Domäne braucht eine zusätzliche Prüfung</translation>
    </message>
    <message>
        <source>The domain is not allowed</source>
        <translation>Die Domäne ist nicht erlaubt</translation>
    </message>
    <message>
        <source>The domain is not a valid public domain</source>
        <translation>Die Domäne ist keine gültige öffentliche Domäne</translation>
    </message>
    <message>
        <source>Domain validation was denied</source>
        <translation>Die Domänenvalidierung wurde abgelehnt</translation>
    </message>
    <message>
        <source>A CAA record does not allow the issuance</source>
        <translation>Ein CAA-Eintrag erlaubt die Ausstellung nicht</translation>
    </message>
    <message>
        <source>The CA reached one of its limits</source>
        <translation>Die CA hat eine ihrer Grenzen erreicht</translation>
    </message>
    <message>
        <source>The CA&apos;s ARN is not valid</source>
        <translation>Der ARN der CA ist ungültig</translation>
    </message>
    <message>
        <source>The CA is not active (enable it or pick another CA)</source>
        <translation>Die CA ist nicht aktiv (aktivieren Sie sie oder wählen Sie eine andere CA)</translation>
    </message>
    <message>
        <source>The CA could not issue the certificate</source>
        <translation>Die CA konnte das Zertifikat nicht ausstellen</translation>
    </message>
    <message>
        <source>The CA&apos;s name constraints do not allow these names</source>
        <translation>Die Namenseinschränkungen der CA erlauben diese Namen nicht</translation>
    </message>
    <message>
        <source>The CA no longer exists</source>
        <translation>Die CA existiert nicht mehr</translation>
    </message>
    <message>
        <source>The CA refused the request&apos;s values</source>
        <translation>Die CA hat die Werte der Anforderung abgelehnt</translation>
    </message>
    <message>
        <source>The CA expires before the certificate would (renew the CA certificate)</source>
        <translation>Die CA läuft vor dem Zertifikat ab (erneuern Sie das CA-Zertifikat)</translation>
    </message>
    <message>
        <source>The CA does not authorize ACM to renew (Permissions tab)</source>
        <translation>Die CA erlaubt ACM keine Erneuerung (Registerkarte „Berechtigungen“)</translation>
    </message>
    <message>
        <source>ACM&apos;s service-linked role is missing</source>
        <translation>Die serviceverknüpfte Rolle von ACM fehlt</translation>
    </message>
    <message>
        <source>Something else went wrong</source>
        <translation>Etwas anderes ist schiefgegangen</translation>
    </message>
    <message>
        <source>No validation contact</source>
        <translation>Kein Validierungskontakt</translation>
    </message>
    <message>
        <source>More verification needed</source>
        <translation>Weitere Prüfung nötig</translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation>Domäne nicht erlaubt</translation>
    </message>
    <message>
        <source>Invalid public domain</source>
        <translation>Ungültige öffentliche Domäne</translation>
    </message>
    <message>
        <source>Validation denied</source>
        <translation>Validierung abgelehnt</translation>
    </message>
    <message>
        <source>Refused by a CAA record</source>
        <translation>Von CAA-Eintrag abgelehnt</translation>
    </message>
    <message>
        <source>CA limit reached</source>
        <translation>Grenze der CA erreicht</translation>
    </message>
    <message>
        <source>Invalid CA ARN</source>
        <translation>Ungültiger CA-ARN</translation>
    </message>
    <message>
        <source>CA not active</source>
        <translation>CA nicht aktiv</translation>
    </message>
    <message>
        <source>CA could not issue</source>
        <translation>CA konnte nicht ausstellen</translation>
    </message>
    <message>
        <source>Outside the CA&apos;s name constraints</source>
        <translation>Außerhalb der Namenseinschränkungen</translation>
    </message>
    <message>
        <source>CA no longer exists</source>
        <translation>CA existiert nicht mehr</translation>
    </message>
    <message>
        <source>CA refused the values</source>
        <translation>CA hat die Werte abgelehnt</translation>
    </message>
    <message>
        <source>CA expires too soon</source>
        <translation>CA läuft zu früh ab</translation>
    </message>
    <message>
        <source>ACM not authorized by the CA</source>
        <translation>ACM nicht berechtigt</translation>
    </message>
    <message>
        <source>Service-linked role missing</source>
        <translation>Serviceverknüpfte Rolle fehlt</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>Anderer Fehler</translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>Wählen Sie zuerst eine Zertifizierungsstelle aus.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is still being generated.</source>
        <translation>Der Schlüssel der CA wird noch erzeugt.</translation>
    </message>
    <message>
        <source>A certificate cannot be installed while the CA is %1.</source>
        <translation>Solange die CA den Status „%1“ hat, kann kein Zertifikat installiert werden.</translation>
    </message>
    <message>
        <source>Install the CA certificate first; the CA is not active yet.</source>
        <translation>Installieren Sie zuerst das CA-Zertifikat; die CA ist noch nicht aktiv.</translation>
    </message>
    <message>
        <source>Only an active CA issues certificates; this one is %1.</source>
        <translation>Nur eine aktive CA stellt Zertifikate aus; diese hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Certificates can be revoked only while the CA is active or disabled; this one is %1.</source>
        <translation>Zertifikate können nur widerrufen werden, solange die CA aktiv oder deaktiviert ist; diese hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only an active CA can be disabled.</source>
        <translation>Nur eine aktive CA kann deaktiviert werden.</translation>
    </message>
    <message>
        <source>Only a disabled CA can be enabled.</source>
        <translation>Nur eine deaktivierte CA kann aktiviert werden.</translation>
    </message>
    <message>
        <source>Disable the CA before deleting it.</source>
        <translation>Deaktivieren Sie die CA, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <source>The CA is already deleted.</source>
        <translation>Die CA ist bereits gelöscht.</translation>
    </message>
    <message>
        <source>Only a deleted CA can be restored.</source>
        <translation>Nur eine gelöschte CA kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Audit reports can be created only while the CA is active or disabled; this one is %1.</source>
        <translation>Prüfberichte können nur erstellt werden, solange die CA aktiv oder deaktiviert ist; diese hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Permissions can be changed only while the CA is active or waits for its certificate; this one is %1.</source>
        <translation>Berechtigungen können nur geändert werden, solange die CA aktiv ist oder auf ihr Zertifikat wartet; diese hat den Status „%1“.</translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <source>Paste a CSR or open a CSR file.</source>
        <translation>Fügen Sie eine CSR ein oder öffnen Sie eine CSR-Datei.</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <source>End-entity certificate with only basic constraints; key usages come from the request.</source>
        <translation>Endentitätszertifikat nur mit Basiseinschränkungen; die Schlüsselverwendungen stammen aus der Anforderung.</translation>
    </message>
    <message>
        <source>TLS client certificate (client authentication).</source>
        <translation>TLS-Client-Zertifikat (Client-Authentifizierung).</translation>
    </message>
    <message>
        <source>TLS server certificate (server authentication).</source>
        <translation>TLS-Server-Zertifikat (Server-Authentifizierung).</translation>
    </message>
    <message>
        <source>General end-entity certificate for TLS servers and clients.</source>
        <translation>Allgemeines Endentitätszertifikat für TLS-Server und -Clients.</translation>
    </message>
    <message>
        <source>Code signing certificate.</source>
        <translation>Zertifikat zur Codesignatur.</translation>
    </message>
    <message>
        <source>Certificate for signing OCSP responses.</source>
        <translation>Zertifikat zum Signieren von OCSP-Antworten.</translation>
    </message>
    <message>
        <source>Self-signed root CA certificate for this CA&apos;s own CSR (activates a root CA).</source>
        <translation>Selbstsigniertes Stamm-CA-Zertifikat für die eigene CSR dieser CA (aktiviert eine Stamm-CA).</translation>
    </message>
    <message numerus="yes">
        <source>Subordinate CA certificate that may add %n more CA level(s) below it.</source>
        <translation>
            <numerusform>Zertifikat einer untergeordneten CA, unter der noch %n weitere CA-Ebene folgen darf.</numerusform>
            <numerusform>Zertifikat einer untergeordneten CA, unter der noch %n weitere CA-Ebenen folgen dürfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra extensions are copied from the CSR.</source>
        <translation>Weitere Erweiterungen werden aus der CSR übernommen.</translation>
    </message>
    <message>
        <source>Subject and extensions can be supplied with the request (API passthrough).</source>
        <translation>Subjekt und Erweiterungen können mit der Anforderung angegeben werden (API-Durchreichung).</translation>
    </message>
    <message>
        <source>Extensions come from the request, then from the CSR.</source>
        <translation>Erweiterungen stammen aus der Anforderung, danach aus der CSR.</translation>
    </message>
</context>
<context>
    <name>CreateCertificateAuthorityWizard</name>
    <message>
        <source>Understood by every client; the usual choice for compatibility.</source>
        <translation>Von jedem Client verstanden; die übliche Wahl für Kompatibilität.</translation>
    </message>
    <message>
        <source>Stronger RSA; larger certificates and slower signatures.</source>
        <translation>Stärkeres RSA; größere Zertifikate und langsamere Signaturen.</translation>
    </message>
    <message>
        <source>Small, fast and widely supported elliptic curve key.</source>
        <translation>Kleiner, schneller und weit unterstützter Schlüssel auf elliptischen Kurven.</translation>
    </message>
    <message>
        <source>Stronger elliptic curve key for long-lived CAs.</source>
        <translation>Stärkerer Schlüssel auf elliptischen Kurven für langlebige CAs.</translation>
    </message>
    <message>
        <source>Chinese national standard (with SM3).</source>
        <translation>Chinesischer Nationalstandard (mit SM3).</translation>
    </message>
    <message>
        <source>Post-quantum signature key (FIPS 204); few clients understand it yet.</source>
        <translation>Post-Quanten-Signaturschlüssel (FIPS 204); bisher verstehen ihn wenige Clients.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Pending certificate</source>
        <translation>Wartet auf Zertifikat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated.</source>
        <translation>Das Schlüsselpaar und die CSR werden erzeugt.</translation>
    </message>
    <message>
        <source>Waiting for its CA certificate: install one to activate the CA.</source>
        <translation>Wartet auf ihr CA-Zertifikat: Installieren Sie eines, um die CA zu aktivieren.</translation>
    </message>
    <message>
        <source>Issues certificates and publishes revocation information.</source>
        <translation>Stellt Zertifikate aus und veröffentlicht Sperrinformationen.</translation>
    </message>
    <message>
        <source>Deleted; it can be restored until its restore period ends.</source>
        <translation>Gelöscht; bis zum Ende der Wiederherstellungsfrist wiederherstellbar.</translation>
    </message>
    <message>
        <source>Does not issue certificates until it is enabled again.</source>
        <translation>Stellt keine Zertifikate aus, bis sie wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Its CA certificate has expired; install a renewed certificate.</source>
        <translation>Ihr CA-Zertifikat ist abgelaufen; installieren Sie ein erneuertes Zertifikat.</translation>
    </message>
    <message>
        <source>Creation failed; delete the CA and create a new one.</source>
        <translation>Das Erstellen ist fehlgeschlagen; löschen Sie die CA und erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>Untergeordnet</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>ECDSA P-521</source>
        <translation>ECDSA P-521</translation>
    </message>
    <message>
        <source>ML-DSA-44</source>
        <translation>ML-DSA-44</translation>
    </message>
    <message>
        <source>ML-DSA-65</source>
        <translation>ML-DSA-65</translation>
    </message>
    <message>
        <source>ML-DSA-87</source>
        <translation>ML-DSA-87</translation>
    </message>
    <message>
        <source>SM2</source>
        <translation>SM2</translation>
    </message>
    <message>
        <source>ECDSA with SHA-256</source>
        <translation>ECDSA mit SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with SHA-384</source>
        <translation>ECDSA mit SHA-384</translation>
    </message>
    <message>
        <source>ECDSA with SHA-512</source>
        <translation>ECDSA mit SHA-512</translation>
    </message>
    <message>
        <source>RSA with SHA-256</source>
        <translation>RSA mit SHA-256</translation>
    </message>
    <message>
        <source>RSA with SHA-384</source>
        <translation>RSA mit SHA-384</translation>
    </message>
    <message>
        <source>RSA with SHA-512</source>
        <translation>RSA mit SHA-512</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-256</source>
        <translation>RSA-PSS mit SHA-256</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-384</source>
        <translation>RSA-PSS mit SHA-384</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-512</source>
        <translation>RSA-PSS mit SHA-512</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2 mit SM3</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>Allgemeine Verwendung</translation>
    </message>
    <message>
        <source>Short-lived certificates (at most 7 days)</source>
        <translation>Kurzlebige Zertifikate (höchstens 7 Tage)</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 2 or higher</source>
        <translation>FIPS 140-2 Stufe 2 oder höher</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 3 or higher</source>
        <translation>FIPS 140-2 Stufe 3 oder höher</translation>
    </message>
    <message>
        <source>CCPC level 1 or higher</source>
        <translation>CCPC Stufe 1 oder höher</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>Die Anforderung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The key algorithm is not supported by this installation</source>
        <translation>Der Schlüsselalgorithmus wird von dieser Installation nicht unterstützt</translation>
    </message>
    <message>
        <source>Key generation failed</source>
        <translation>Die Schlüsselerzeugung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Key compromise</source>
        <translation>Schlüssel kompromittiert</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA kompromittiert</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation>Betrieb eingestellt</translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation>Berechtigung entzogen</translation>
    </message>
    <message>
        <source>Attribute authority compromise</source>
        <translation>Attributstelle kompromittiert</translation>
    </message>
    <message>
        <source>No particular reason is given.</source>
        <translation>Es wird kein bestimmter Grund angegeben.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key was lost or exposed.</source>
        <translation>Der private Schlüssel des Zertifikats ging verloren oder wurde offengelegt.</translation>
    </message>
    <message>
        <source>The key of the issuing CA was lost or exposed.</source>
        <translation>Der Schlüssel der ausstellenden CA ging verloren oder wurde offengelegt.</translation>
    </message>
    <message>
        <source>The subject&apos;s name or organisation changed.</source>
        <translation>Name oder Organisation des Inhabers haben sich geändert.</translation>
    </message>
    <message>
        <source>The certificate was replaced by a new one.</source>
        <translation>Das Zertifikat wurde durch ein neues ersetzt.</translation>
    </message>
    <message>
        <source>The certificate is no longer needed.</source>
        <translation>Das Zertifikat wird nicht mehr benötigt.</translation>
    </message>
    <message>
        <source>The subject is no longer entitled to the certificate.</source>
        <translation>Der Inhaber hat keinen Anspruch mehr auf das Zertifikat.</translation>
    </message>
    <message>
        <source>An attribute authority behind the certificate was compromised.</source>
        <translation>Eine Attributstelle hinter dem Zertifikat wurde kompromittiert.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>Zertifikat abrufen</translation>
    </message>
    <message>
        <source>List permissions</source>
        <translation>Berechtigungen auflisten</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>Enter a domain name, e.g. www.example.com.</source>
        <translation>Geben Sie einen Domänennamen ein, z. B. www.example.com.</translation>
    </message>
    <message>
        <source>A domain name can have at most %1 characters.</source>
        <translation>Ein Domänenname kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 is not a domain name: use labels of letters, digits and hyphens separated by dots, e.g. www.example.com, optionally starting with *. for a wildcard.</source>
        <translation>%1 ist kein Domänenname: Verwenden Sie durch Punkte getrennte Teile aus Buchstaben, Ziffern und Bindestrichen, z. B. www.example.com, für einen Platzhalter mit *. am Anfang.</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 names, the domain name included.</source>
        <translation>Ein Zertifikat kann höchstens %1 Namen haben, den Domänennamen eingeschlossen.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The certificate authority is not in a state that allows this.</source>
        <translation>Der Status der Zertifizierungsstelle erlaubt das nicht.</translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation>Einige Werte wurden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This does not name a certificate authority of this store.</source>
        <translation>Das bezeichnet keine Zertifizierungsstelle dieses Datenspeichers.</translation>
    </message>
    <message>
        <source>It no longer exists. It may have been deleted meanwhile.</source>
        <translation>Es existiert nicht mehr. Vielleicht wurde es inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The certificate signing request cannot be used.</source>
        <translation>Die Zertifikatsignieranforderung (CSR) kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The certificate cannot be used.</source>
        <translation>Das Zertifikat kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The certificate does not belong to this certificate authority.</source>
        <translation>Das Zertifikat gehört nicht zu dieser Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>Die Richtlinie ist ungültig.</translation>
    </message>
    <message>
        <source>A tag key or value is not allowed.</source>
        <translation>Ein Tag-Schlüssel oder -Wert ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A certificate authority can have at most 50 tags.</source>
        <translation>Eine Zertifizierungsstelle kann höchstens 50 Tags haben.</translation>
    </message>
    <message>
        <source>This permission already exists.</source>
        <translation>Diese Berechtigung besteht bereits.</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>Das ist bereits geschehen.</translation>
    </message>
    <message>
        <source>The request is still in progress. Try again in a moment.</source>
        <translation>Die Anforderung läuft noch. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A limit was reached.</source>
        <translation>Ein Grenzwert wurde erreicht.</translation>
    </message>
    <message>
        <source>Something else changed it at the same time. Try again.</source>
        <translation>Etwas anderes hat es gleichzeitig geändert. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The store is in use by another program.</source>
        <translation>Der Datenspeicher wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>The store cannot be read or written.</source>
        <translation>Der Datenspeicher kann nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>It is still in use: a user can only be deleted once its access keys, inline policies and attached policies are removed.</source>
        <translation>Er wird noch verwendet: Ein Benutzer kann erst gelöscht werden, wenn seine Zugriffsschlüssel, Inline-Richtlinien und angehängten Richtlinien entfernt sind.</translation>
    </message>
    <message>
        <source>One with this name already exists.</source>
        <translation>Es gibt bereits einen Eintrag mit diesem Namen.</translation>
    </message>
    <message>
        <source>The policy document is not valid.</source>
        <translation>Das Richtliniendokument ist ungültig.</translation>
    </message>
    <message>
        <source>An IAM quota was reached (e.g. two access keys per user, ten attached policies, 2048 characters of inline policies).</source>
        <translation>Ein IAM-Kontingent ist erreicht (z. B. zwei Zugriffsschlüssel je Benutzer, zehn angehängte Richtlinien, 2048 Zeichen Inline-Richtlinien).</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Das ist Ihnen nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server did not accept the access key.</source>
        <translation>Der Server hat den Zugriffsschlüssel nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Choose a passphrase: it encrypts every CA key.</source>
        <translation>Wählen Sie eine Passphrase: Sie verschlüsselt jeden CA-Schlüssel.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Use at least 12 characters; several unrelated words work well.</source>
        <translation>Verwenden Sie mindestens 12 Zeichen; mehrere unzusammenhängende Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>Add more words or characters of other kinds.</source>
        <translation>Fügen Sie weitere Wörter oder andersartige Zeichen hinzu.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save file</source>
        <translation>Datei speichern</translation>
    </message>
</context>
<context>
    <name>ResourcePolicyText</name>
    <message>
        <source>The policy is empty.</source>
        <translation>Die Richtlinie ist leer.</translation>
    </message>
</context>
<context>
    <name>TeamStoreButton</name>
    <message>
        <source>Open a team store…</source>
        <translation>Team-Datenspeicher öffnen…</translation>
    </message>
    <message>
        <source>A team store lives in PostgreSQL: replace USER, HOST and DATABASE (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Ein Team-Datenspeicher liegt in PostgreSQL: ersetzen Sie USER, HOST und DATABASE (das Passwort kommt aus PGPASSWORD oder ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Private certificate authorities with AWS Private CA semantics, on your own machine.</source>
        <translation>Private Zertifizierungsstellen mit der Semantik von AWS Private CA auf dem eigenen Rechner.</translation>
    </message>
    <message>
        <source>Store directory (default: PRIVATECA_DATA_DIR, the Settings choice, then %1).</source>
        <translation>Verzeichnis des Datenspeichers (Standard: PRIVATECA_DATA_DIR, die Wahl in den Einstellungen, dann %1).</translation>
    </message>
    <message>
        <source>Read the master passphrase from FILE instead of asking (PRIVATECA_PASSPHRASE works too).</source>
        <translation>Die Master-Passphrase aus DATEI lesen, statt nachzufragen (PRIVATECA_PASSPHRASE geht auch).</translation>
    </message>
    <message>
        <source>Private CA Manager</source>
        <translation>Private-CA-Verwaltung</translation>
    </message>
    <message>
        <source>The store: a directory, or a team store on PostgreSQL as postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (takes precedence over --data-dir).</source>
        <translation>Der Datenspeicher: ein Verzeichnis oder ein Team-Datenspeicher in PostgreSQL als postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (hat Vorrang vor --data-dir).</translation>
    </message>
    <message>
        <source>Work on the privateca-server at URL instead of a local store (asks for the access key unless --profile).</source>
        <translation>Mit dem privateca-server unter URL arbeiten statt mit einem lokalen Speicher (fragt nach dem Zugriffsschlüssel, außer mit --profile).</translation>
    </message>
    <message>
        <source>Sign the calls to the server with the access key of this AWS profile (~/.aws/credentials).</source>
        <translation>Die Aufrufe an den Server mit dem Zugriffsschlüssel dieses AWS-Profils signieren (~/.aws/credentials).</translation>
    </message>
</context>
<context>
    <name>pca::models::AccessKeyModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Requests signed with this key are accepted.</source>
        <translation>Mit diesem Schlüssel signierte Anfragen werden angenommen.</translation>
    </message>
    <message>
        <source>Requests signed with this key are refused until it is activated again.</source>
        <translation>Mit diesem Schlüssel signierte Anfragen werden abgelehnt, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>pca::models::AccountModel</name>
    <message>
        <source>This store</source>
        <translation>Dieser Datenspeicher</translation>
    </message>
    <message>
        <source>With the store</source>
        <translation>Mit dem Datenspeicher</translation>
    </message>
    <message>
        <source>The store&apos;s own account: its administrator is you, the store owner. It cannot be deleted.</source>
        <translation>Das eigene Konto des Datenspeichers: Sein Administrator sind Sie als Eigentümer des Datenspeichers. Es kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalDependents</name>
    <message>
        <source>No certificate managed by ACM renews through this CA.</source>
        <translation>Kein von ACM verwaltetes Zertifikat wird über diese CA erneuert.</translation>
    </message>
    <message>
        <source>a renewal has been due since %1.</source>
        <translation>eine Erneuerung ist seit %1 fällig.</translation>
    </message>
    <message>
        <source>the next renewal is due on %1.</source>
        <translation>die nächste Erneuerung ist am %1 fällig.</translation>
    </message>
    <message>
        <source>1 certificate managed by ACM renews through this CA</source>
        <translation>1 von ACM verwaltetes Zertifikat wird über diese CA erneuert</translation>
    </message>
    <message>
        <source>%1 certificates managed by ACM renew through this CA</source>
        <translation>%1 von ACM verwaltete Zertifikate werden über diese CA erneuert</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the certificate it manages from this CA. This certificate will fail to renew: %1.

Clear the box anyway?</source>
        <translation>Ohne diese Berechtigung kann ACM das von ihm verwaltete Zertifikat dieser CA nicht erneuern. Die Erneuerung dieses Zertifikats wird fehlschlagen: %1.

Das Häkchen trotzdem entfernen?</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the %1 certificates it manages from this CA. These certificates will fail to renew: %2.

Clear the box anyway?</source>
        <translation>Ohne diese Berechtigung kann ACM die %1 von ihm verwalteten Zertifikate dieser CA nicht erneuern. Die Erneuerung dieser Zertifikate wird fehlschlagen: %2.

Das Häkchen trotzdem entfernen?</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalPermission</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>Wählen Sie zuerst eine Zertifizierungsstelle aus.</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Die Änderung wird übernommen …</translation>
    </message>
    <message>
        <source>Reading the current permissions…</source>
        <translation>Die aktuellen Berechtigungen werden gelesen …</translation>
    </message>
    <message>
        <source>Only partly authorized: ACM is missing %1.</source>
        <translation>Nur teilweise berechtigt: ACM fehlt %1.</translation>
    </message>
</context>
<context>
    <name>pca::models::AuditReportModel</name>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityCreation</name>
    <message>
        <source>The key of the new CA could not be generated (%1).</source>
        <translation>Der Schlüssel der neuen CA konnte nicht erzeugt werden (%1).</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityModel</name>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateModel</name>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>Widerrufen am %1: %2</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pca::models::EventModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s administrator (the store owner for the store&apos;s account)</source>
        <translation>Der Administrator des Kontos (beim Konto des Datenspeichers dessen Eigentümer)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>Ereignisquelle</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>pca::models::IamUserModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateModel</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>Ausstellende CA</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>Antwort der CA: %1</translation>
    </message>
    <message>
        <source>The CA is issuing the certificate…</source>
        <translation>Die CA stellt das Zertifikat aus …</translation>
    </message>
    <message>
        <source>Revoked by its CA on %1.</source>
        <translation>Am %1 von seiner CA widerrufen.</translation>
    </message>
    <message>
        <source>Revoked by its CA.</source>
        <translation>Von seiner CA widerrufen.</translation>
    </message>
    <message>
        <source>Expired; request a new certificate.</source>
        <translation>Abgelaufen; fordern Sie ein neues Zertifikat an.</translation>
    </message>
    <message>
        <source>Renewal under way.</source>
        <translation>Erneuerung läuft.</translation>
    </message>
    <message>
        <source>Expires today, within the %1 days of DaysBeforeExpiry.</source>
        <translation>Läuft heute ab, innerhalb der %1 Tage von DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Expires tomorrow, within the %1 days of DaysBeforeExpiry.</source>
        <translation>Läuft morgen ab, innerhalb der %1 Tage von DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Expires in %1 days, within the %2 days of DaysBeforeExpiry.</source>
        <translation>Läuft in %1 Tagen ab, innerhalb der %2 Tage von DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Renewed on %1.</source>
        <translation>Am %1 erneuert.</translation>
    </message>
    <message>
        <source>Managed renewal from %1.</source>
        <translation>Wird ab %1 erneuert.</translation>
    </message>
    <message>
        <source>Waiting for the CA…</source>
        <translation>Wartet auf die CA …</translation>
    </message>
    <message>
        <source>Revoked on %1.</source>
        <translation>Am %1 widerrufen.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Widerrufen.</translation>
    </message>
    <message>
        <source>Request a new certificate.</source>
        <translation>Neues Zertifikat anfordern.</translation>
    </message>
    <message>
        <source>Expires today.</source>
        <translation>Läuft heute ab.</translation>
    </message>
    <message>
        <source>Expires tomorrow.</source>
        <translation>Läuft morgen ab.</translation>
    </message>
    <message>
        <source>Expires in %1 days.</source>
        <translation>Läuft in %1 Tagen ab.</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateTagModel</name>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>Ein Zertifikat kann höchstens %1 Tags haben.</translation>
    </message>
</context>
<context>
    <name>pca::models::PermissionModel</name>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation>Quellkonto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteAccessClient</name>
    <message>
        <source>Connected to %1: accounts are made and removed on the server (privateca-server account create); this key acts in account %2.</source>
        <translation>Verbunden mit %1: Konten werden auf dem Server angelegt und entfernt (privateca-server account create); dieser Schlüssel handelt im Konto %2.</translation>
    </message>
    <message>
        <source>Connected as %1: IAM acts in the caller&apos;s account %2, not in %3.</source>
        <translation>Verbunden als %1: IAM handelt im Konto %2 des Aufrufers, nicht in %3.</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteCertificateManagerClient</name>
    <message>
        <source>(certificate authority not found)</source>
        <translation>(Zertifizierungsstelle nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>pca::models::RemotePrivateCaClient</name>
    <message>
        <source>Connected to %1: the store and its public URL are the server&apos;s settings (privateca-server --data-dir and --public-url).</source>
        <translation>Verbunden mit %1: Speicher und öffentliche URL sind Einstellungen des Servers (privateca-server --data-dir und --public-url).</translation>
    </message>
    <message>
        <source>Connected to %1: the server publishes CRLs itself, on time and after each revocation.</source>
        <translation>Verbunden mit %1: Der Server veröffentlicht Sperrlisten selbst, rechtzeitig und nach jedem Widerruf.</translation>
    </message>
</context>
<context>
    <name>pca::models::TagModel</name>
    <message>
        <source>A tag needs a key.</source>
        <translation>Ein Tag braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation>Ein Tag-Schlüssel kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A tag key may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>Ein Tag-Schlüssel darf nur Buchstaben, Ziffern, Leerzeichen und _ . : / = + - @ enthalten.</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved.</source>
        <translation>Tag-Schlüssel, die mit aws: beginnen, sind reserviert.</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>Ein Tag-Wert kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A tag value may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>Ein Tag-Wert darf nur Buchstaben, Ziffern, Leerzeichen und _ . : / = + - @ enthalten.</translation>
    </message>
    <message>
        <source>Type a key to add this tag.</source>
        <translation>Geben Sie einen Schlüssel ein, um dieses Tag hinzuzufügen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>Es gibt bereits ein Tag mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>Eine Zertifizierungsstelle kann höchstens %1 Tags haben.</translation>
    </message>
</context>
<context>
    <name>pca::models::UserPolicyModel</name>
    <message>
        <source>AWS managed</source>
        <translation>Von AWS verwaltet</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Inline</translation>
    </message>
    <message>
        <source>An inline policy of this user</source>
        <translation>Eine Inline-Richtlinie dieses Benutzers</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>pca::views::AccessPage</name>
    <message>
        <source>Who may call this store&apos;s API (IAM): accounts, their users, access keys and policies. You manage them as the store owner; the server checks them on every call.</source>
        <translation>Wer die API dieses Datenspeichers aufrufen darf (IAM): Konten, ihre Benutzer, Zugriffsschlüssel und Richtlinien. Sie verwalten sie als Eigentümer des Datenspeichers; der Server prüft sie bei jedem Aufruf.</translation>
    </message>
    <message>
        <source>Select a user to see its access keys and policies.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Zugriffsschlüssel und Richtlinien zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read the callers: %1</source>
        <translation>Die Aufrufer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Create account…</source>
        <translation>Konto erstellen …</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Konto löschen …</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Create user…</source>
        <translation>Benutzer erstellen …</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Benutzer löschen …</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Create access key</source>
        <translation>Zugriffsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Add inline…</source>
        <translation>Inline hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Attach managed</source>
        <translation>Verwaltete anhängen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Select an account to see its users.</source>
        <translation>Wählen Sie ein Konto aus, um seine Benutzer zu sehen.</translation>
    </message>
    <message>
        <source>Users of the store&apos;s account %1. Its administrator is the store owner.</source>
        <translation>Benutzer des Datenspeicher-Kontos %1. Sein Administrator ist der Eigentümer des Datenspeichers.</translation>
    </message>
    <message>
        <source>Users of account %1 (%2).</source>
        <translation>Benutzer des Kontos %1 (%2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>User %1 in account %2</source>
        <translation>Benutzer %1 im Konto %2</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>The store&apos;s own account cannot be deleted.</source>
        <translation>Das eigene Konto des Datenspeichers kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete the account with its users, access keys and policies.</source>
        <translation>Das Konto mit seinen Benutzern, Zugriffsschlüsseln und Richtlinien löschen.</translation>
    </message>
    <message>
        <source>A user can have two access keys (IAM&apos;s quota).</source>
        <translation>Ein Benutzer kann zwei Zugriffsschlüssel haben (IAM-Kontingent).</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Refuse requests signed with this key from now on.</source>
        <translation>Mit diesem Schlüssel signierte Anfragen ab sofort ablehnen.</translation>
    </message>
    <message>
        <source>Accept requests signed with this key again.</source>
        <translation>Mit diesem Schlüssel signierte Anfragen wieder annehmen.</translation>
    </message>
    <message>
        <source>AWS managed policies cannot be edited; detach it instead.</source>
        <translation>Von AWS verwaltete Richtlinien können nicht bearbeitet werden; lösen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>Lösen …</translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation>%1 (angehängt)</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>An account stands in for another AWS account (a partner, another team). It gets an administrator key, shown once when the account is created.</source>
        <translation>Ein Konto steht für ein anderes AWS-Konto (einen Partner, ein anderes Team). Es erhält einen Administratorschlüssel, der beim Erstellen einmal angezeigt wird.</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>12 digits; empty for a random one</source>
        <translation>12 Ziffern; leer für eine zufällige</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>e.g. Partner Corp</source>
        <translation>z. B. Partner GmbH</translation>
    </message>
    <message>
        <source>Account %1 created</source>
        <translation>Konto %1 erstellt</translation>
    </message>
    <message>
        <source>The administrator of account %1 signs with this access key. Use it as an AWS profile (aws configure --profile %2).</source>
        <translation>Der Administrator des Kontos %1 signiert mit diesem Zugriffsschlüssel. Verwenden Sie ihn als AWS-Profil (aws configure --profile %2).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Konto %1 erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete account %1%2 with its %n user(s), their access keys and policies? Requests signed with its keys are refused from then on. This cannot be undone.</source>
        <translation>
            <numerusform>Konto %1%2 mit seinem %n Benutzer, dessen Zugriffsschlüsseln und Richtlinien löschen? Mit seinen Schlüsseln signierte Anfragen werden danach abgelehnt. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Konto %1%2 mit seinen %n Benutzern, deren Zugriffsschlüsseln und Richtlinien löschen? Mit seinen Schlüsseln signierte Anfragen werden danach abgelehnt. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Cannot delete account %1</source>
        <translation>Konto %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Account %1 deleted.</source>
        <translation>Konto %1 gelöscht.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>A user of account %1. It can call the API once it has an access key and a policy that allows the call.</source>
        <translation>Ein Benutzer des Kontos %1. Er kann die API aufrufen, sobald er einen Zugriffsschlüssel und eine Richtlinie hat, die den Aufruf erlaubt.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>z. B. issuer-bot</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits and + = , . @ _ -</source>
        <translation>Bis zu 64 Buchstaben, Ziffern und + = , . @ _ -</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Benutzer %1 erstellt.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete user %1 of account %2?</source>
        <translation>Benutzer %1 des Kontos %2 löschen?</translation>
    </message>
    <message>
        <source>Cannot delete user %1</source>
        <translation>Benutzer %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Benutzer %1 gelöscht.</translation>
    </message>
    <message>
        <source>Cannot create an access key for %1</source>
        <translation>Für %1 kann kein Zugriffsschlüssel erstellt werden</translation>
    </message>
    <message>
        <source>Access key created</source>
        <translation>Zugriffsschlüssel erstellt</translation>
    </message>
    <message>
        <source>User %1 signs its requests with this key (aws configure, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>Benutzer %1 signiert seine Anfragen mit diesem Schlüssel (aws configure oder AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY).</translation>
    </message>
    <message>
        <source>Access key %1 created.</source>
        <translation>Zugriffsschlüssel %1 erstellt.</translation>
    </message>
    <message>
        <source>Cannot change access key %1</source>
        <translation>Zugriffsschlüssel %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Access key %1 activated.</source>
        <translation>Zugriffsschlüssel %1 aktiviert.</translation>
    </message>
    <message>
        <source>Access key %1 deactivated.</source>
        <translation>Zugriffsschlüssel %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Delete access key</source>
        <translation>Zugriffsschlüssel löschen</translation>
    </message>
    <message>
        <source>Delete access key %1? Requests signed with it are refused from then on. This cannot be undone; to stop it for a while, deactivate it instead.</source>
        <translation>Zugriffsschlüssel %1 löschen? Damit signierte Anfragen werden danach abgelehnt. Das kann nicht rückgängig gemacht werden; um ihn vorübergehend zu sperren, deaktivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Cannot delete access key %1</source>
        <translation>Zugriffsschlüssel %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Access key %1 deleted.</source>
        <translation>Zugriffsschlüssel %1 gelöscht.</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>Richtlinie %1 gespeichert.</translation>
    </message>
    <message>
        <source>Detach the AWS managed policy %1 from %2?</source>
        <translation>Die von AWS verwaltete Richtlinie %1 von %2 lösen?</translation>
    </message>
    <message>
        <source>Delete the inline policy %1 of %2?</source>
        <translation>Die Inline-Richtlinie %1 von %2 löschen?</translation>
    </message>
    <message>
        <source>Detach policy</source>
        <translation>Richtlinie lösen</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Cannot remove policy %1</source>
        <translation>Richtlinie %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Policy %1 removed.</source>
        <translation>Richtlinie %1 entfernt.</translation>
    </message>
    <message>
        <source>Cannot attach %1</source>
        <translation>%1 kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>Policy %1 attached.</source>
        <translation>Richtlinie %1 angehängt.</translation>
    </message>
</context>
<context>
    <name>pca::views::ActivityPage</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>z. B. issuer-bot</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aktion</translation>
    </message>
    <message>
        <source>e.g. IssueCertificate</source>
        <translation>z. B. IssueCertificate</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>part of an ARN</source>
        <translation>Teil eines ARN</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Only calls that failed or were denied</source>
        <translation>Nur fehlgeschlagene oder abgelehnte Aufrufe</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <source>Save the events shown as a CloudTrail log file ({&quot;Records&quot;: [...]})</source>
        <translation>Die angezeigten Ereignisse als CloudTrail-Protokolldatei speichern ({&quot;Records&quot;: [...]})</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event record</source>
        <translation>Ereignisdatensatz</translation>
    </message>
    <message>
        <source>Select an event to see its CloudTrail record.</source>
        <translation>Wählen Sie ein Ereignis aus, um seinen CloudTrail-Datensatz zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read the event history: %1</source>
        <translation>Der Ereignisverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Keine passenden Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n Ereignis angezeigt; für weitere nach unten blättern.</numerusform>
            <numerusform>%n Ereignisse angezeigt; für weitere nach unten blättern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the events</source>
        <translation>Die Ereignisse können nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pca::views::AuditReportsTab</name>
    <message>
        <source>Create an audit report</source>
        <translation>Prüfbericht erstellen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Bucket-Name</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Report in progress</source>
        <translation>Bericht in Arbeit</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Prüfberichte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>The report is being built…</source>
        <translation>Der Bericht wird erstellt …</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>Der Bericht ist fertig.</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Wird angefordert …</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::CaCertificateTab</name>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>PEM exportieren …</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>DER exportieren …</translation>
    </message>
    <message>
        <source>Export chain…</source>
        <translation>Kette exportieren …</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>PEM kopieren</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>CA-Zertifikat installieren …</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>CSR speichern …</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>CSR kopieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated…</source>
        <translation>Das Schlüsselpaar und die CSR werden erzeugt …</translation>
    </message>
    <message>
        <source>This CA has no certificate.</source>
        <translation>Diese CA hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>No CA certificate is installed yet. Install one signed by a CA of this store in one click, or give this certificate signing request (CSR) to an external CA and install the certificate it returns.</source>
        <translation>Es ist noch kein CA-Zertifikat installiert. Installieren Sie mit einem Klick eines, das von einer CA dieses Datenspeichers signiert wird, oder geben Sie diese Zertifikatsignieranforderung (CSR) einer externen CA und installieren Sie das Zertifikat, das sie zurückgibt.</translation>
    </message>
    <message>
        <source>Export CA certificate (DER)</source>
        <translation>CA-Zertifikat exportieren (DER)</translation>
    </message>
    <message>
        <source>Export CA certificate (PEM)</source>
        <translation>CA-Zertifikat exportieren (PEM)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER-Zertifikate (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate chain</source>
        <translation>Zertifikatskette exportieren</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR speichern</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Zertifikatsignieranforderungen (*.csr *.pem)</translation>
    </message>
    <message>
        <source>%1
Issued by %2</source>
        <translation>%1
Ausgestellt von %2</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateAuthorityDetails</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Prüfberichte</translation>
    </message>
    <message>
        <source>Create certificate authority…</source>
        <translation>Zertifizierungsstelle erstellen …</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>Untergeordnete CA</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>No certificate authority yet</source>
        <translation>Noch keine Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Create a root CA to start a hierarchy, or a subordinate CA to be signed by an existing one.</source>
        <translation>Erstellen Sie eine Stamm-CA, um eine Hierarchie zu beginnen, oder eine untergeordnete CA, die von einer bestehenden signiert wird.</translation>
    </message>
    <message>
        <source>Select a certificate authority</source>
        <translation>Wählen Sie eine Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Its details, certificates and settings appear here.</source>
        <translation>Ihre Details, Zertifikate und Einstellungen erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateViewer</name>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatdetails</translation>
    </message>
    <message>
        <source>This certificate cannot be read: %1</source>
        <translation>Dieses Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Yes, path length %1</source>
        <translation>Ja, Pfadlänge %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kritisch)</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificatesTab</name>
    <message>
        <source>Search subject, alternative names or serial</source>
        <translation>Subjekt, alternative Namen oder Seriennummer suchen</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>Zertifikate suchen</translation>
    </message>
    <message>
        <source>Show certificates</source>
        <translation>Zertifikate anzeigen</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>Alle Zertifikate</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Zertifikat ausstellen …</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen …</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Ausgestellte Zertifikate</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Type at least %1 characters to search</source>
        <translation>Zum Suchen mindestens %1 Zeichen eingeben</translation>
    </message>
    <message>
        <source>More than %1 certificates</source>
        <translation>Mehr als %1 Zertifikate</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 Zertifikate</translation>
    </message>
    <message>
        <source>Select a valid certificate to revoke.</source>
        <translation>Wählen Sie ein gültiges Zertifikat zum Widerrufen aus.</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>Details anzeigen …</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>PEM exportieren …</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>DER exportieren …</translation>
    </message>
    <message>
        <source>Copy serial</source>
        <translation>Seriennummer kopieren</translation>
    </message>
    <message>
        <source>Copy ARN</source>
        <translation>ARN kopieren</translation>
    </message>
    <message>
        <source>Export certificate (DER)</source>
        <translation>Zertifikat exportieren (DER)</translation>
    </message>
    <message>
        <source>Export certificate (PEM)</source>
        <translation>Zertifikat exportieren (PEM)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER-Zertifikate (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
</context>
<context>
    <name>pca::views::ConnectToServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Datei vertrauenswürdiger CAs</translation>
    </message>
    <message>
        <source>Optional: PEM certificates to trust besides the system&apos;s</source>
        <translation>Optional: PEM-Zertifikate, denen zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>AWS-Profil:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Datei vertrauenswürdiger CAs:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, e.g. https://pca.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://pca.example.com.</translation>
    </message>
    <message>
        <source>Type the access key ID and the secret access key.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>Eine Region sieht aus wie us-east-1.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The profile %1 has no access key.</source>
        <translation>Das Profil %1 hat keinen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>pca::views::CreateCertificateAuthorityWizard</name>
    <message>
        <source>Create certificate authority</source>
        <translation>Zertifizierungsstelle erstellen</translation>
    </message>
    <message>
        <source>Create CA</source>
        <translation>CA erstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The CA is waiting for its certificate. Have the CSR below signed, then use Install CA certificate.</source>
        <translation>Die CA wartet auf ihr Zertifikat. Lassen Sie die CSR unten signieren und verwenden Sie dann „CA-Zertifikat installieren“.</translation>
    </message>
    <message>
        <source>The CA is active and ready to issue certificates.</source>
        <translation>Die CA ist aktiv und bereit, Zertifikate auszustellen.</translation>
    </message>
    <message>
        <source>The CA was created and appears in the list; you can install its certificate later.</source>
        <translation>Die CA wurde erstellt und erscheint in der Liste; ihr Zertifikat können Sie später installieren.</translation>
    </message>
    <message>
        <source>Certificate authority type</source>
        <translation>Art der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>A root CA anchors a hierarchy; a subordinate CA is signed by another CA and usually issues the end-entity certificates.</source>
        <translation>Eine Stamm-CA verankert eine Hierarchie; eine untergeordnete CA wird von einer anderen CA signiert und stellt meist die Endentitätszertifikate aus.</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>Untergeordnete CA</translation>
    </message>
    <message>
        <source>Signs its own certificate. Keep it for signing subordinate CAs and use it rarely.</source>
        <translation>Signiert ihr eigenes Zertifikat. Verwenden Sie sie zum Signieren untergeordneter CAs und möglichst selten.</translation>
    </message>
    <message>
        <source>Its certificate is signed by a root or another subordinate CA — one of this store, in one click, or an external one from its CSR.</source>
        <translation>Ihr Zertifikat wird von einer Stamm- oder einer anderen untergeordneten CA signiert – mit einem Klick von einer CA dieses Datenspeichers oder von einer externen anhand ihrer CSR.</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>Subjektname</translation>
    </message>
    <message>
        <source>The distinguished name of the CA, shown in every certificate it issues.</source>
        <translation>Der Distinguished Name der CA, der in jedem von ihr ausgestellten Zertifikat steht.</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>The CA&apos;s key pair is generated in the background and stored encrypted. Only signing algorithms that fit the key are offered.</source>
        <translation>Das Schlüsselpaar der CA wird im Hintergrund erzeugt und verschlüsselt gespeichert. Es werden nur Signaturalgorithmen angeboten, die zum Schlüssel passen.</translation>
    </message>
    <message>
        <source>%1 (not supported by this installation)</source>
        <translation>%1 (von dieser Installation nicht unterstützt)</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Schlüsselalgorithmus:</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>Signaturalgorithmus:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>How long the CA certificate is valid when it is signed in this store. Certificates it issues cannot outlive it.</source>
        <translation>Wie lange das CA-Zertifikat gültig ist, wenn es in diesem Datenspeicher signiert wird. Von ihr ausgestellte Zertifikate können es nicht überdauern.</translation>
    </message>
    <message>
        <source>Typical choices: 10 years or more for a root CA, 3 to 5 years for a subordinate CA.</source>
        <translation>Übliche Werte: 10 Jahre oder mehr für eine Stamm-CA, 3 bis 5 Jahre für eine untergeordnete CA.</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>Zertifikatswiderruf</translation>
    </message>
    <message>
        <source>How clients learn that a certificate was revoked. Both can be changed later.</source>
        <translation>Wie Clients erfahren, dass ein Zertifikat widerrufen wurde. Beides lässt sich später ändern.</translation>
    </message>
    <message>
        <source>Usage mode and key storage</source>
        <translation>Verwendungsmodus und Schlüsselspeicherung</translation>
    </message>
    <message>
        <source>What the CA is for and the security standard its key is kept to.</source>
        <translation>Wofür die CA da ist und nach welchem Sicherheitsstandard ihr Schlüssel aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Usage mode</source>
        <translation>Verwendungsmodus</translation>
    </message>
    <message>
        <source>Certificates of any validity the CA allows.</source>
        <translation>Zertifikate jeder Gültigkeitsdauer, die die CA zulässt.</translation>
    </message>
    <message>
        <source>Certificates valid for at most 7 days, for workloads that renew often and need no revocation.</source>
        <translation>Zertifikate mit höchstens 7 Tagen Gültigkeit, für Dienste, die oft erneuern und keinen Widerruf brauchen.</translation>
    </message>
    <message>
        <source>Key storage security standard</source>
        <translation>Sicherheitsstandard der Schlüsselspeicherung</translation>
    </message>
    <message>
        <source>Recorded as AWS reports it. Here every CA key is encrypted at rest with the store&apos;s passphrase (scrypt, AES-256).</source>
        <translation>Wird so vermerkt, wie AWS es meldet. Hier wird jeder CA-Schlüssel mit der Passphrase des Datenspeichers verschlüsselt gespeichert (scrypt, AES-256).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Optional key–value labels (up to 50) for organizing your CAs.</source>
        <translation>Optionale Schlüssel-Wert-Kennzeichnungen (bis zu 50) zum Ordnen Ihrer CAs.</translation>
    </message>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>Eine Zertifizierungsstelle kann höchstens %1 Tags haben.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Let AWS Certificate Manager (ACM) renew the certificates it manages from this CA.</source>
        <translation>AWS Certificate Manager (ACM) die von ihm verwalteten Zertifikate dieser CA erneuern lassen.</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>ACM erlauben, diese CA für Erneuerungen zu verwenden</translation>
    </message>
    <message>
        <source>Grants acm.amazonaws.com the actions IssueCertificate, GetCertificate and ListPermissions. Permissions can only be granted to an active CA, so this is applied as soon as the CA becomes active. It can be changed any time on the Permissions tab.</source>
        <translation>Gewährt acm.amazonaws.com die Aktionen IssueCertificate, GetCertificate und ListPermissions. Berechtigungen können nur für eine aktive CA vergeben werden; daher wird dies angewendet, sobald die CA aktiv wird. Auf der Registerkarte „Berechtigungen“ lässt es sich jederzeit ändern.</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>Prüfen und erstellen</translation>
    </message>
    <message>
        <source>Check the settings and choose how the CA gets its certificate.</source>
        <translation>Prüfen Sie die Einstellungen und wählen Sie, wie die CA ihr Zertifikat erhält.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Activate now: install a self-signed CA certificate</source>
        <translation>Jetzt aktivieren: ein selbstsigniertes CA-Zertifikat installieren</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store now</source>
        <translation>Jetzt mit einer CA dieses Datenspeichers signieren</translation>
    </message>
    <message>
        <source>Have it signed by an external CA (export the CSR, install the certificate later)</source>
        <translation>Von einer externen CA signieren lassen (CSR exportieren, Zertifikat später installieren)</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>Signierende CA</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Pfadlänge</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>Wie viele CA-Ebenen unter dieser folgen dürfen (0: sie stellt nur Endentitätszertifikate aus).</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>Signierende CA:</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>Pfadlänge:</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>Keine aktive CA dieses Datenspeichers kann sie signieren.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>until about %1</source>
        <translation>bis etwa %1</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>published to %1, valid for 1 day</source>
        <translation>veröffentlicht in %1, 1 Tag gültig</translation>
    </message>
    <message>
        <source>published to %1, valid for %2 days</source>
        <translation>veröffentlicht in %1, %2 Tage gültig</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Key storage</source>
        <translation>Schlüsselspeicherung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>ACM renewals</source>
        <translation>ACM-Erneuerungen</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>Creating the certificate authority</source>
        <translation>Die Zertifizierungsstelle wird erstellt</translation>
    </message>
    <message>
        <source>The key is generated in the background; you can keep working.</source>
        <translation>Der Schlüssel wird im Hintergrund erzeugt; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>Create the CA</source>
        <translation>CA erstellen</translation>
    </message>
    <message>
        <source>Generate the key pair and CSR</source>
        <translation>Schlüsselpaar und CSR erzeugen</translation>
    </message>
    <message>
        <source>Sign and install the CA certificate</source>
        <translation>CA-Zertifikat signieren und installieren</translation>
    </message>
    <message>
        <source>Authorize ACM for renewals</source>
        <translation>ACM für Erneuerungen berechtigen</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Zertifikatsignieranforderung</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>CSR speichern …</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>CSR kopieren</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR speichern</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Zertifikatsignieranforderungen (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Generating the key pair; RSA 4096 can take a few seconds…</source>
        <translation>Das Schlüsselpaar wird erzeugt; RSA 4096 kann einige Sekunden dauern …</translation>
    </message>
</context>
<context>
    <name>pca::views::DeleteCertificateAuthorityDialog</name>
    <message>
        <source>Delete certificate authority</source>
        <translation>Zertifizierungsstelle löschen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Restore period</source>
        <translation>Wiederherstellungsfrist</translation>
    </message>
    <message>
        <source>%1 has no usable key yet (%2). It is deleted at once and cannot be restored.</source>
        <translation>%1 hat noch keinen nutzbaren Schlüssel (%2). Sie wird sofort gelöscht und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>I understand; delete it now</source>
        <translation>Verstanden – jetzt löschen</translation>
    </message>
    <message>
        <source>%1 stops working at once: it issues no certificates and its CRL is no longer updated. You can restore it during the restore period; after that it is deleted permanently with its private key.</source>
        <translation>%1 hört sofort auf zu arbeiten: Sie stellt keine Zertifikate aus und ihre CRL wird nicht mehr aktualisiert. Während der Wiederherstellungsfrist können Sie sie wiederherstellen; danach wird sie samt privatem Schlüssel endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Restore period:</source>
        <translation>Wiederherstellungsfrist:</translation>
    </message>
    <message>
        <source>I understand; delete it</source>
        <translation>Verstanden – löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>pca::views::ErrorDialog</name>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Copy error code</source>
        <translation>Fehlercode kopieren</translation>
    </message>
</context>
<context>
    <name>pca::views::ExpiryChart</name>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>No certificate expires this month.</source>
        <translation>Diesen Monat läuft kein Zertifikat ab.</translation>
    </message>
    <message>
        <source>No certificate expires in the coming %1 months.</source>
        <translation>In den kommenden %1 Monaten läuft kein Zertifikat ab.</translation>
    </message>
    <message>
        <source>%1: 1 certificate expires</source>
        <translation>%1: 1 Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>%1: %2 certificates expire</source>
        <translation>%1: %2 Zertifikate laufen ab</translation>
    </message>
    <message>
        <source>Certificate expiry chart</source>
        <translation>Diagramm der Zertifikatsabläufe</translation>
    </message>
</context>
<context>
    <name>pca::views::ExportManagedCertificateDialog</name>
    <message>
        <source>Export certificate — %1</source>
        <translation>Zertifikat exportieren – %1</translation>
    </message>
    <message>
        <source>The export holds the private key of &lt;b&gt;%1&lt;/b&gt;, encrypted with the passphrase you choose here. The passphrase is not stored anywhere: keep it, the key cannot be used without it. The CA&apos;s audit trail records the export.</source>
        <translation>Der Export enthält den privaten Schlüssel von &lt;b&gt;%1&lt;/b&gt;, verschlüsselt mit der Passphrase, die Sie hier wählen. Die Passphrase wird nirgends gespeichert: Bewahren Sie sie auf, ohne sie ist der Schlüssel nicht verwendbar. Das Prüfprotokoll der CA vermerkt den Export.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PKCS#12: key, certificate and chain in one .p12 file</source>
        <translation>PKCS#12: Schlüssel, Zertifikat und Kette in einer .p12-Datei</translation>
    </message>
    <message>
        <source>PEM: certificate, chain and encrypted private key as three .pem files in a folder</source>
        <translation>PEM: Zertifikat, Kette und verschlüsselter privater Schlüssel als drei .pem-Dateien in einem Ordner</translation>
    </message>
    <message>
        <source>Passphrase for the private key</source>
        <translation>Passphrase für den privaten Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>At most %1 bytes.</source>
        <translation>Höchstens %1 Bytes.</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Geben Sie die Passphrase noch einmal ein.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>PKCS#12 speichern</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose a folder for the PEM files</source>
        <translation>Wählen Sie einen Ordner für die PEM-Dateien</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These files exist and will be replaced:
%1</source>
        <translation>Diese Dateien existieren und werden ersetzt:
%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::GeneralTab</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy the ARN</source>
        <translation>ARN kopieren</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Failure:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjekt:</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Schlüsselalgorithmus:</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>Signaturalgorithmus:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Usage mode:</source>
        <translation>Verwendungsmodus:</translation>
    </message>
    <message>
        <source>Key storage:</source>
        <translation>Schlüsselspeicherung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last state change:</source>
        <translation>Letzte Statusänderung:</translation>
    </message>
    <message>
        <source>Restorable until:</source>
        <translation>Wiederherstellbar bis:</translation>
    </message>
    <message>
        <source>Valid certificates expiring per month</source>
        <translation>Ablaufende gültige Zertifikate pro Monat</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No CA certificate yet</source>
        <translation>Noch kein CA-Zertifikat</translation>
    </message>
</context>
<context>
    <name>pca::views::InstallCaCertificateDialog</name>
    <message>
        <source>Install CA certificate — %1</source>
        <translation>CA-Zertifikat installieren – %1</translation>
    </message>
    <message>
        <source>Sign it here: %1 signs its own certificate</source>
        <translation>Hier signieren: %1 signiert ihr eigenes Zertifikat</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store</source>
        <translation>Mit einer CA dieses Datenspeichers signieren</translation>
    </message>
    <message>
        <source>Import a self-signed certificate made elsewhere</source>
        <translation>Ein anderswo erstelltes selbstsigniertes Zertifikat importieren</translation>
    </message>
    <message>
        <source>Import a certificate signed by an external CA</source>
        <translation>Ein von einer externen CA signiertes Zertifikat importieren</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>Signierende CA</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Pfadlänge</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>Wie viele CA-Ebenen unter dieser folgen dürfen (0: sie stellt nur Endentitätszertifikate aus).</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>Signierende CA:</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>Pfadlänge:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>The certificate uses the RootCACertificate/V1 template.</source>
        <translation>Das Zertifikat verwendet die Vorlage RootCACertificate/V1.</translation>
    </message>
    <message>
        <source>The certificate uses the SubordinateCACertificate_PathLen template and is installed with the chain of the signing CA.</source>
        <translation>Das Zertifikat verwendet die Vorlage SubordinateCACertificate_PathLen und wird mit der Kette der signierenden CA installiert.</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>CSR kopieren</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…</source>
        <translation>-----BEGIN CERTIFICATE-----
…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s certificate, then its issuers up to the root</source>
        <translation>Das Zertifikat der ausstellenden CA, dann deren Aussteller bis zur Stamm-CA</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>This CA&apos;s CSR:</source>
        <translation>CSR dieser CA:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate chain:</source>
        <translation>Zertifikatskette:</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>%1 waits for its CA certificate. Installing one activates it.</source>
        <translation>%1 wartet auf ihr CA-Zertifikat. Die Installation eines Zertifikats aktiviert sie.</translation>
    </message>
    <message>
        <source>Installing a new certificate for %1 renews it with the same key.</source>
        <translation>Ein neues Zertifikat für %1 erneuert sie mit demselben Schlüssel.</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>Keine aktive CA dieses Datenspeichers kann sie signieren.</translation>
    </message>
    <message>
        <source>Reading the CSR…</source>
        <translation>Die CSR wird gelesen …</translation>
    </message>
    <message>
        <source>Signing the CA certificate…</source>
        <translation>Das CA-Zertifikat wird signiert …</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>Das Zertifikat wird installiert …</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Zertifikat öffnen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a certificate: %2</source>
        <translation>%1 ist kein Zertifikat: %2</translation>
    </message>
</context>
<context>
    <name>pca::views::IssueCertificateDialog</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1 is not a DNS name, IP address, e-mail address or URI.</source>
        <translation>%1 ist weder DNS-Name noch IP-Adresse, E-Mail-Adresse oder URI.</translation>
    </message>
    <message>
        <source>At most 150 alternative names are allowed.</source>
        <translation>Es sind höchstens 150 alternative Namen erlaubt.</translation>
    </message>
    <message>
        <source>Issue certificate — %1</source>
        <translation>Zertifikat ausstellen – %1</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Zertifikatsignieranforderung</translation>
    </message>
    <message>
        <source>Use a CSR (paste it or open a file)</source>
        <translation>Eine CSR verwenden (einfügen oder Datei öffnen)</translation>
    </message>
    <message>
        <source>Generate a key and CSR here</source>
        <translation>Schlüssel und CSR hier erzeugen</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE REQUEST-----
…</source>
        <translation>-----BEGIN CERTIFICATE REQUEST-----
…</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Schlüsselalgorithmus:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Subjektnamen</translation>
    </message>
    <message>
        <source>One per line, e.g.
www.example.com
10.0.0.5
ops@example.com</source>
        <translation>Einer pro Zeile, z. B.
www.example.com
10.0.0.5
ops@example.com</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Signiert mit:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation>Ausgestellt von &lt;b&gt;%1&lt;/b&gt; (%2, gültig bis %3).</translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation>Zertifikat-ARN</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Zertifikat speichern …</translation>
    </message>
    <message>
        <source>Save with chain…</source>
        <translation>Mit Kette speichern …</translation>
    </message>
    <message>
        <source>The private key generated here</source>
        <translation>Der hier erzeugte private Schlüssel</translation>
    </message>
    <message>
        <source>The key exists only in this window. Save it now, protected by a password: it cannot be retrieved later.</source>
        <translation>Der Schlüssel existiert nur in diesem Fenster. Speichern Sie ihn jetzt, durch ein Passwort geschützt: Später lässt er sich nicht mehr abrufen.</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Exportpasswort</translation>
    </message>
    <message>
        <source>Repeat export password</source>
        <translation>Exportpasswort wiederholen</translation>
    </message>
    <message>
        <source>Save PKCS#12…</source>
        <translation>PKCS#12 speichern …</translation>
    </message>
    <message>
        <source>Save key and certificate as PEM…</source>
        <translation>Schlüssel und Zertifikat als PEM speichern …</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The CSR is valid.</source>
        <translation>Die CSR ist gültig.</translation>
    </message>
    <message>
        <source>%1 takes alternative names from the CSR only; choose an APIPassthrough template to add names here.</source>
        <translation>%1 übernimmt alternative Namen nur aus der CSR; wählen Sie eine APIPassthrough-Vorlage, um hier Namen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Give a common name or at least one alternative name.</source>
        <translation>Geben Sie einen allgemeinen Namen oder mindestens einen alternativen Namen an.</translation>
    </message>
    <message>
        <source>Open CSR</source>
        <translation>CSR öffnen</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem *.req);;All files (*)</source>
        <translation>Zertifikatsignieranforderungen (*.csr *.pem *.req);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation>Das Schlüsselpaar wird erzeugt …</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>Das Zertifikat wird ausgestellt …</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Zertifikat ausgestellt</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose a password to protect the key.</source>
        <translation>Wählen Sie ein Passwort zum Schutz des Schlüssels.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>PKCS#12 speichern</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Protecting the key…</source>
        <translation>Der Schlüssel wird geschützt …</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save the key unprotected?</source>
        <translation>Schlüssel ungeschützt speichern?</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read the file can use the key. Save it unprotected anyway?</source>
        <translation>Ohne Passwort kann jeder, der die Datei lesen kann, den Schlüssel verwenden. Trotzdem ungeschützt speichern?</translation>
    </message>
    <message>
        <source>Save key and certificate</source>
        <translation>Schlüssel und Zertifikat speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <source>Discard the private key?</source>
        <translation>Privaten Schlüssel verwerfen?</translation>
    </message>
    <message>
        <source>The private key was not saved and will be lost. The certificate stays issued. Close anyway?</source>
        <translation>Der private Schlüssel wurde nicht gespeichert und geht verloren. Das Zertifikat bleibt ausgestellt. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>pca::views::MainWindow</name>
    <message>
        <source>Private CA Manager</source>
        <translation>Private-CA-Verwaltung</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>ACM may now renew certificates of %1.</source>
        <translation>ACM darf jetzt Zertifikate von %1 erneuern.</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>ACM-Erneuerungsberechtigung</translation>
    </message>
    <message>
        <source>Create CA…</source>
        <translation>CA erstellen …</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>CA-Zertifikat installieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Zertifikat ausstellen …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Revoke certificate…</source>
        <translation>Zertifikat widerrufen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disable CA</source>
        <translation>CA deaktivieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete CA…</source>
        <translation>CA löschen …</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Restore CA</source>
        <translation>CA wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>Prüfbericht …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>Zerti&amp;fikate</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Find certificate authority</source>
        <translation>Zertifizierungsstelle suchen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Prüfberichte</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Private CA Manager</source>
        <translation>&amp;Über Private-CA-Verwaltung</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Filter by name, status, type, algorithm or ARN</source>
        <translation>Nach Name, Status, Typ, Algorithmus oder ARN filtern</translation>
    </message>
    <message>
        <source>Filter certificate authorities</source>
        <translation>Zertifizierungsstellen filtern</translation>
    </message>
    <message>
        <source>Enable CA</source>
        <translation>CA aktivieren</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Konto %1 · %2</translation>
    </message>
    <message>
        <source>Store %1 · account %2 · %3</source>
        <translation>Datenspeicher %1 · Konto %2 · %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>1 certificate authority</source>
        <translation>1 Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>%1 certificate authorities</source>
        <translation>%1 Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>The CA certificate is installed.</source>
        <translation>Das CA-Zertifikat ist installiert.</translation>
    </message>
    <message>
        <source>Certificate issued.</source>
        <translation>Zertifikat ausgestellt.</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>Zertifikat %1 widerrufen.</translation>
    </message>
    <message>
        <source>Disable %1? It stops issuing certificates until it is enabled again; revocation keeps working.</source>
        <translation>%1 deaktivieren? Sie stellt keine Zertifikate mehr aus, bis sie wieder aktiviert wird; der Widerruf funktioniert weiter.</translation>
    </message>
    <message>
        <source>Restore %1? It returns to the state it had before it was deleted.</source>
        <translation>%1 wiederherstellen? Sie erhält den Status zurück, den sie vor dem Löschen hatte.</translation>
    </message>
    <message>
        <source>About Private CA Manager</source>
        <translation>Über Private-CA-Verwaltung</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Private CA Manager %1&lt;/h3&gt;&lt;p&gt;Private certificate authorities on your own machine, with the behaviour of AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Private-CA-Verwaltung %1&lt;/h3&gt;&lt;p&gt;Private Zertifizierungsstellen auf dem eigenen Rechner, mit dem Verhalten von AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>OpenSSL 3</source>
        <translation>OpenSSL 3</translation>
    </message>
    <message>
        <source>Certificate &amp;Manager</source>
        <translation>Certificate &amp;Manager</translation>
    </message>
    <message>
        <source>Private CAs</source>
        <translation>Private CAs</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Verwaltete Zertifikate</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Certificate Manager</source>
        <translation>Certificate Manager</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>AWS Private CA: certificate authorities and what they issue</source>
        <translation>AWS Private CA: Zertifizierungsstellen und was sie ausstellen</translation>
    </message>
    <message>
        <source>AWS Certificate Manager: certificates it issues through your CAs and renews</source>
        <translation>AWS Certificate Manager: Zertifikate, die er über Ihre CAs ausstellt und erneuert</translation>
    </message>
    <message>
        <source>1 managed certificate</source>
        <translation>1 verwaltetes Zertifikat</translation>
    </message>
    <message>
        <source>%1 managed certificates</source>
        <translation>%1 verwaltete Zertifikate</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>IAM: accounts, users, access keys and policies of the store&apos;s callers</source>
        <translation>IAM: Konten, Benutzer, Zugriffsschlüssel und Richtlinien der Aufrufer des Datenspeichers</translation>
    </message>
    <message>
        <source>CloudTrail: who called what, allowed or denied</source>
        <translation>CloudTrail: wer was aufgerufen hat, erlaubt oder abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>%n Ereignis geladen</numerusform>
            <numerusform>%n Ereignisse geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Private CA Manager — %1 (%2, %3)</source>
        <translation>Private CA Manager — %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server, with your access key.</source>
        <translation>Mit den Zertifizierungsstellen eines privateca-server arbeiten, mit Ihrem Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection to %1 and open the local store.</source>
        <translation>Die Verbindung zu %1 trennen und den lokalen Speicher öffnen.</translation>
    </message>
    <message>
        <source>Server %1 · %2 · account %3 · %4</source>
        <translation>Server %1 · %2 · Konto %3 · %4</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateDetails</name>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Issuing CA:</source>
        <translation>Ausstellende CA:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exportiert:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Issuance failed: %1</source>
        <translation>Ausstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Renewal failed: %1</source>
        <translation>Erneuerung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>Antwort der CA: %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1 bis %2 (noch %3 Tage)</translation>
    </message>
    <message>
        <source>Yes, its private key has left the store</source>
        <translation>Ja, sein privater Schlüssel hat den Datenspeicher verlassen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateTagsDialog</name>
    <message>
        <source>Tags — %1</source>
        <translation>Tags – %1</translation>
    </message>
    <message>
        <source>Key–value labels for organizing certificates. Double-click a key or value to change it; changes apply at once.</source>
        <translation>Schlüssel-Wert-Kennzeichnungen zum Ordnen von Zertifikaten. Doppelklicken Sie auf einen Schlüssel oder Wert, um ihn zu ändern; Änderungen gelten sofort.</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificatesPage</name>
    <message>
        <source>Request certificate…</source>
        <translation>Zertifikat anfordern …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Tags …</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Verwaltete Zertifikate</translation>
    </message>
    <message>
        <source>Private certificates that Certificate Manager (ACM) issues through the CAs of this store and renews before they expire.</source>
        <translation>Private Zertifikate, die Certificate Manager (ACM) über die CAs dieses Datenspeichers ausstellt und vor ihrem Ablauf erneuert.</translation>
    </message>
    <message>
        <source>Filter by domain, status, CA or renewal</source>
        <translation>Nach Domäne, Status, CA oder Erneuerung filtern</translation>
    </message>
    <message>
        <source>Filter managed certificates</source>
        <translation>Verwaltete Zertifikate filtern</translation>
    </message>
    <message>
        <source>Select a certificate first.</source>
        <translation>Wählen Sie zuerst ein Zertifikat aus.</translation>
    </message>
    <message>
        <source>Only an issued certificate has a key and certificate to export.</source>
        <translation>Nur ein ausgestelltes Zertifikat hat Schlüssel und Zertifikat zum Exportieren.</translation>
    </message>
    <message>
        <source>Only an issued certificate can be renewed.</source>
        <translation>Nur ein ausgestelltes Zertifikat kann erneuert werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No managed certificates yet. Request one with Request certificate; its CA must be active.</source>
        <translation>Noch keine verwalteten Zertifikate. Fordern Sie eines mit „Zertifikat anfordern“ an; seine CA muss aktiv sein.</translation>
    </message>
    <message>
        <source>1 certificate expires within %1 days</source>
        <translation>1 Zertifikat läuft innerhalb von %1 Tagen ab</translation>
    </message>
    <message>
        <source>%1 certificates expire within %2 days</source>
        <translation>%1 Zertifikate laufen innerhalb von %2 Tagen ab</translation>
    </message>
    <message>
        <source>1 renewal failed</source>
        <translation>1 Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 renewals failed</source>
        <translation>%1 Erneuerungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 request failed</source>
        <translation>1 Anforderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 requests failed</source>
        <translation>%1 Anforderungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificates within %1 days of expiry (the account&apos;s DaysBeforeExpiry) are marked.</source>
        <translation>Zertifikate, die in %1 Tagen oder früher ablaufen (DaysBeforeExpiry des Kontos), sind markiert.</translation>
    </message>
    <message>
        <source>Certificate requested; its CA is issuing it.</source>
        <translation>Zertifikat angefordert; seine CA stellt es aus.</translation>
    </message>
    <message>
        <source>Exported %1 files.</source>
        <translation>%1 Dateien exportiert.</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Renewal of %1 requested.</source>
        <translation>Erneuerung von %1 angefordert.</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Zertifikat löschen</translation>
    </message>
    <message>
        <source>Delete the certificate for %1? ACM forgets it and its private key and stops renewing it. The certificate stays in its CA&apos;s inventory and remains valid until it expires or is revoked.</source>
        <translation>Das Zertifikat für %1 löschen? ACM vergisst es samt privatem Schlüssel und erneuert es nicht mehr. Das Zertifikat bleibt im Bestand seiner CA und gültig, bis es abläuft oder widerrufen wird.</translation>
    </message>
    <message>
        <source>Certificate for %1 deleted.</source>
        <translation>Zertifikat für %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>pca::views::OneTimeSecretDialog</name>
    <message>
        <source>This is the only time the secret access key is shown. Copy it now and keep it somewhere safe: it cannot be read again. If you lose it, create a new key and delete this one.</source>
        <translation>Der geheime Zugriffsschlüssel wird nur dieses eine Mal angezeigt. Kopieren Sie ihn jetzt und bewahren Sie ihn sicher auf: Er kann nicht noch einmal gelesen werden. Geht er verloren, erstellen Sie einen neuen Schlüssel und löschen diesen.</translation>
    </message>
    <message>
        <source>I have saved the secret</source>
        <translation>Ich habe den geheimen Schlüssel gesichert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Shown only now</source>
        <translation>Nur jetzt sichtbar</translation>
    </message>
</context>
<context>
    <name>pca::views::PassphraseDialog</name>
    <message>
        <source>Unlock store</source>
        <translation>Datenspeicher entsperren</translation>
    </message>
    <message>
        <source>Enter the master passphrase of the store in %1.</source>
        <translation>Geben Sie die Master-Passphrase des Datenspeichers in %1 ein.</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>Master-Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the store. Try again.</source>
        <translation>Diese Passphrase entsperrt den Datenspeicher nicht. Versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>pca::views::PermissionsTab</name>
    <message>
        <source>Certificate renewals by ACM</source>
        <translation>Zertifikatserneuerung durch ACM</translation>
    </message>
    <message>
        <source>AWS Certificate Manager (ACM) renews the private certificates it manages when it may issue, get and list on this CA. Checking the box grants the service principal acm.amazonaws.com those three actions; clearing it removes them.</source>
        <translation>AWS Certificate Manager (ACM) erneuert die von ihm verwalteten privaten Zertifikate, wenn er bei dieser CA ausstellen, abrufen und auflisten darf. Das Ankreuzen gewährt dem Dienstprinzipal acm.amazonaws.com diese drei Aktionen; das Entfernen des Häkchens nimmt sie wieder.</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>ACM erlauben, diese CA für Erneuerungen zu verwenden</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Permissions of this CA</source>
        <translation>Berechtigungen dieser CA</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>ACM-Erneuerungsberechtigung</translation>
    </message>
    <message>
        <source>No permissions are granted on this CA.</source>
        <translation>Für diese CA sind keine Berechtigungen vergeben.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <source>Stop ACM renewals?</source>
        <translation>ACM-Erneuerungen beenden?</translation>
    </message>
    <message>
        <source>%1 Renewals fail while the box is clear.</source>
        <translation>%1 Ohne Häkchen schlagen Erneuerungen fehl.</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyEditorDialog</name>
    <message>
        <source>Add inline policy for %1</source>
        <translation>Inline-Richtlinie für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit inline policy %1 of %2</source>
        <translation>Inline-Richtlinie %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. IssueWithEndEntityTemplate</source>
        <translation>z. B. IssueWithEndEntityTemplate</translation>
    </message>
    <message>
        <source>Policy name:</source>
        <translation>Richtlinienname:</translation>
    </message>
    <message>
        <source>Policy document (JSON, IAM&apos;s grammar):</source>
        <translation>Richtliniendokument (JSON, IAM-Grammatik):</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Richtliniendokument</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the document for reading</source>
        <translation>Das Dokument zum Lesen einrücken</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The document is a valid identity policy.</source>
        <translation>Das Dokument ist eine gültige Identitätsrichtlinie.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Enter a policy name first.</source>
        <translation>Geben Sie zuerst einen Richtliniennamen ein.</translation>
    </message>
    <message>
        <source>Correct the document first.</source>
        <translation>Korrigieren Sie zuerst das Dokument.</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyTab</name>
    <message>
        <source>A resource-based policy lets other accounts use this CA, for example to issue certificates. It is checked before it is applied.</source>
        <translation>Eine ressourcenbasierte Richtlinie erlaubt anderen Konten, diese CA zu verwenden, etwa um Zertifikate auszustellen. Sie wird vor dem Anwenden geprüft.</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>Richtlinien-JSON</translation>
    </message>
    <message>
        <source>No policy is attached. Type one, or start from the example.</source>
        <translation>Es ist keine Richtlinie angehängt. Geben Sie eine ein oder beginnen Sie mit dem Beispiel.</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Richtlinie anwenden</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>Richtlinie löschen …</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Insert example</source>
        <translation>Beispiel einfügen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>No policy is attached to this CA.</source>
        <translation>An diese CA ist keine Richtlinie angehängt.</translation>
    </message>
    <message>
        <source>The attached policy.</source>
        <translation>Die angehängte Richtlinie.</translation>
    </message>
    <message>
        <source>Empty. Use Delete to remove the policy.</source>
        <translation>Leer. Verwenden Sie „Löschen“, um die Richtlinie zu entfernen.</translation>
    </message>
    <message>
        <source>The attached policy is valid.</source>
        <translation>Die angehängte Richtlinie ist gültig.</translation>
    </message>
    <message>
        <source>Valid. Apply to attach it.</source>
        <translation>Gültig. Wenden Sie sie an, um sie anzuhängen.</translation>
    </message>
    <message>
        <source>The policy is attached.</source>
        <translation>Die Richtlinie ist angehängt.</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the resource policy of this CA? Accounts it grants access to lose it at once.</source>
        <translation>Die Ressourcenrichtlinie dieser CA löschen? Konten, denen sie Zugriff gewährt, verlieren ihn sofort.</translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation>Die Richtlinie wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>pca::views::RequestCertificateDialog</name>
    <message>
        <source>Request a private certificate</source>
        <translation>Privates Zertifikat anfordern</translation>
    </message>
    <message>
        <source>ACM generates the key pair, has the CA you choose issue the certificate (valid for %1 days) and renews it before it expires, as long as the CA allows it.</source>
        <translation>ACM erzeugt das Schlüsselpaar, lässt die gewählte CA das Zertifikat ausstellen (%1 Tage gültig) und erneuert es vor dem Ablauf, solange die CA es erlaubt.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <source>www.example.com or *.example.com</source>
        <translation>www.example.com oder *.example.com</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <source>Optional, one per line, e.g.
example.com
api.example.com</source>
        <translation>Optional, einer pro Zeile, z. B.
example.com
api.example.com</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Domänenname:</translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation>Weitere Namen:</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Schlüsselalgorithmus:</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>Ausstellende CA</translation>
    </message>
    <message>
        <source>%1 (%2, valid until %3)</source>
        <translation>%1 (%2, gültig bis %3)</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>Tags (optional)</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>Ein Zertifikat kann höchstens %1 Tags haben.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfordern</translation>
    </message>
    <message>
        <source>No CA of this store is active. Create a CA or activate one under Private CAs first.</source>
        <translation>Keine CA dieses Datenspeichers ist aktiv. Erstellen oder aktivieren Sie zuerst eine CA unter „Private CAs“.</translation>
    </message>
    <message>
        <source>This CA expires on %1, before a certificate valid for %2 days would. Choose another CA or renew its certificate.</source>
        <translation>Diese CA läuft am %1 ab, vor einem %2 Tage gültigen Zertifikat. Wählen Sie eine andere CA oder erneuern Sie ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Checking whether this CA lets ACM renew…</source>
        <translation>Es wird geprüft, ob diese CA ACM erneuern lässt …</translation>
    </message>
    <message>
        <source>This CA authorizes ACM to renew the certificate.</source>
        <translation>Diese CA erlaubt ACM, das Zertifikat zu erneuern.</translation>
    </message>
    <message>
        <source>This CA does not authorize ACM to renew: the certificate will be issued but will fail to renew until you check &quot;Authorize ACM to use this CA for renewals&quot; on the CA&apos;s Permissions tab.</source>
        <translation>Diese CA erlaubt ACM keine Erneuerung: Das Zertifikat wird ausgestellt, seine Erneuerung schlägt aber fehl, bis Sie auf der Registerkarte „Berechtigungen“ der CA „ACM erlauben, diese CA für Erneuerungen zu verwenden“ ankreuzen.</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Wird angefordert …</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationConfigurationEditor</name>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation>Zertifikatsperrliste (CRL)</translation>
    </message>
    <message>
        <source>Publish a CRL</source>
        <translation>CRL veröffentlichen</translation>
    </message>
    <message>
        <source>e.g. example-crl (3–63 lower-case letters, digits, - and .)</source>
        <translation>z. B. example-crl (3–63 Kleinbuchstaben, Ziffern, - und .)</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Bucket-Name</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>CRL validity</source>
        <translation>Gültigkeit der CRL</translation>
    </message>
    <message>
        <source>optional, e.g. crl.example.com (no http://)</source>
        <translation>optional, z. B. crl.example.com (ohne http://)</translation>
    </message>
    <message>
        <source>Custom CRL name</source>
        <translation>Eigener CRL-Name</translation>
    </message>
    <message>
        <source>optional, default: crl</source>
        <translation>optional, Standard: crl</translation>
    </message>
    <message>
        <source>Custom CRL path</source>
        <translation>Eigener CRL-Pfad</translation>
    </message>
    <message>
        <source>Leave the CRL distribution point out of issued certificates</source>
        <translation>Den CRL-Verteilungspunkt in ausgestellten Zertifikaten weglassen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Partitioned</source>
        <translation>Partitioniert</translation>
    </message>
    <message>
        <source>CRL type</source>
        <translation>CRL-Typ</translation>
    </message>
    <message>
        <source>Public read</source>
        <translation>Öffentlich lesbar</translation>
    </message>
    <message>
        <source>Bucket owner full control</source>
        <translation>Volle Kontrolle für den Bucket-Besitzer</translation>
    </message>
    <message>
        <source>Object access</source>
        <translation>Objektzugriff</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <source>Custom name (CNAME):</source>
        <translation>Eigener Name (CNAME):</translation>
    </message>
    <message>
        <source>Custom path:</source>
        <translation>Eigener Pfad:</translation>
    </message>
    <message>
        <source>CRL type:</source>
        <translation>CRL-Typ:</translation>
    </message>
    <message>
        <source>Object access:</source>
        <translation>Objektzugriff:</translation>
    </message>
    <message>
        <source>Online Certificate Status Protocol (OCSP)</source>
        <translation>Online Certificate Status Protocol (OCSP)</translation>
    </message>
    <message>
        <source>Answer OCSP requests</source>
        <translation>OCSP-Anfragen beantworten</translation>
    </message>
    <message>
        <source>optional, e.g. ocsp.example.com (no http://)</source>
        <translation>optional, z. B. ocsp.example.com (ohne http://)</translation>
    </message>
    <message>
        <source>Custom OCSP name</source>
        <translation>Eigener OCSP-Name</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationTab</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Current CRL</source>
        <translation>Aktuelle CRL</translation>
    </message>
    <message>
        <source>Save CRL…</source>
        <translation>CRL speichern …</translation>
    </message>
    <message>
        <source>Publish a new CRL now</source>
        <translation>Jetzt eine neue CRL veröffentlichen</translation>
    </message>
    <message>
        <source>CRL number:</source>
        <translation>CRL-Nummer:</translation>
    </message>
    <message>
        <source>Last generated:</source>
        <translation>Zuletzt erstellt:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Nächste Aktualisierung:</translation>
    </message>
    <message>
        <source>Distribution point:</source>
        <translation>Verteilungspunkt:</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The revocation configuration can be changed only while the CA is active, disabled or waits for its certificate.</source>
        <translation>Die Widerrufskonfiguration kann nur geändert werden, solange die CA aktiv oder deaktiviert ist oder auf ihr Zertifikat wartet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>CRLs are not published for this CA.</source>
        <translation>Für diese CA werden keine CRLs veröffentlicht.</translation>
    </message>
    <message>
        <source>None published yet</source>
        <translation>Noch keine veröffentlicht</translation>
    </message>
    <message>
        <source>(left out of certificates)</source>
        <translation>(in Zertifikaten weggelassen)</translation>
    </message>
    <message>
        <source>Save CRL</source>
        <translation>CRL speichern</translation>
    </message>
    <message>
        <source>CRLs (*.crl)</source>
        <translation>CRLs (*.crl)</translation>
    </message>
    <message>
        <source>CRL saved to %1.</source>
        <translation>CRL gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>CRL veröffentlichen</translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation>Partitionen:</translation>
    </message>
    <message>
        <source>%1 (each has its own CRL, published with the complete CRL)</source>
        <translation>%1 (jede mit eigener CRL, zusammen mit der vollständigen CRL veröffentlicht)</translation>
    </message>
</context>
<context>
    <name>pca::views::RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>Revoked certificates are listed in the CRL of %1 and reported as revoked over OCSP. This cannot be undone.</source>
        <translation>Widerrufene Zertifikate stehen in der CRL von %1 und werden über OCSP als widerrufen gemeldet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>e.g. 4F:2A:…</source>
        <translation>z. B. 4F:2A:…</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen …</translation>
    </message>
</context>
<context>
    <name>pca::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Ort des Datenspeichers</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>Öffentliche Basis-URL</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>Öffentliche Basis-URL:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>CRL distribution points and OCSP URLs of new certificates start with this address.</source>
        <translation>CRL-Verteilungspunkte und OCSP-URLs neuer Zertifikate beginnen mit dieser Adresse.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name, e.g. http://pki.example.com.</source>
        <translation>Verwenden Sie eine http://- oder https://-Adresse mit Hostnamen, z. B. http://pki.example.com.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A folder, or a team store on PostgreSQL. A new location takes effect at the next start (the command line options --store and --data-dir and PRIVATECA_DATA_DIR take precedence).</source>
        <translation>Ein Ordner oder ein Team-Datenspeicher in PostgreSQL. Ein neuer Ort gilt ab dem nächsten Start (die Befehlszeilenoptionen --store und --data-dir und PRIVATECA_DATA_DIR haben Vorrang).</translation>
    </message>
</context>
<context>
    <name>pca::views::SubjectForm</name>
    <message>
        <source>Common name (CN):</source>
        <translation>Allgemeiner Name (CN):</translation>
    </message>
    <message>
        <source>e.g. Example Corp Root CA</source>
        <translation>z. B. Example Corp Root CA</translation>
    </message>
    <message>
        <source>Organization (O):</source>
        <translation>Organisation (O):</translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation>z. B. Example Corp</translation>
    </message>
    <message>
        <source>Organizational unit (OU):</source>
        <translation>Organisationseinheit (OU):</translation>
    </message>
    <message>
        <source>Country (C):</source>
        <translation>Land (C):</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>State or province (ST):</source>
        <translation>Bundesland (ST):</translation>
    </message>
    <message>
        <source>Locality (L):</source>
        <translation>Ort (L):</translation>
    </message>
    <message>
        <source>DN qualifier:</source>
        <translation>DN-Qualifizierer:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>Initialen:</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudonym:</translation>
    </message>
    <message>
        <source>Generation qualifier:</source>
        <translation>Generationszusatz:</translation>
    </message>
    <message>
        <source>More name fields</source>
        <translation>Weitere Namensfelder</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>use a two-letter country code such as DE or US.</source>
        <translation>Verwenden Sie einen zweibuchstabigen Ländercode wie DE oder US.</translation>
    </message>
    <message>
        <source>it is too long or contains characters that are not allowed.</source>
        <translation>Es ist zu lang oder enthält unzulässige Zeichen.</translation>
    </message>
</context>
<context>
    <name>pca::views::TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>pca::views::TagListInput</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>Es gibt bereits ein Tag mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>pca::views::TagsTab</name>
    <message>
        <source>Tags are key–value labels for organizing CAs. Double-click a key or value to change it; changes apply at once.</source>
        <translation>Tags sind Schlüssel-Wert-Kennzeichnungen zum Ordnen von CAs. Doppelklicken Sie auf einen Schlüssel oder Wert, um ihn zu ändern; Änderungen gelten sofort.</translation>
    </message>
</context>
<context>
    <name>pca::views::ValidityInput</name>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Validity duration</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Validity unit</source>
        <translation>Einheit der Gültigkeit</translation>
    </message>
    <message>
        <source>Validity end date</source>
        <translation>Ende der Gültigkeit</translation>
    </message>
    <message>
        <source>The issuing CA is valid only until %1; choose an earlier end.</source>
        <translation>Die ausstellende CA ist nur bis %1 gültig; wählen Sie ein früheres Ende.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::WelcomeDialog</name>
    <message>
        <source>Welcome to Private CA Manager</source>
        <translation>Willkommen bei Private-CA-Verwaltung</translation>
    </message>
    <message>
        <source>Your certificate authorities live in a store on this computer. Every CA key in it is encrypted with a master passphrase: choose one you will remember — it cannot be recovered.</source>
        <translation>Ihre Zertifizierungsstellen liegen in einem Datenspeicher auf diesem Computer. Jeder CA-Schlüssel darin wird mit einer Master-Passphrase verschlüsselt: Wählen Sie eine, die Sie sich merken – sie lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Ort des Datenspeichers</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>Master-Passphrase</translation>
    </message>
    <message>
        <source>Repeat the master passphrase</source>
        <translation>Master-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>12 digits; part of every ARN. Use your AWS account ID to make ARNs look like your cloud ones.</source>
        <translation>12 Ziffern; Teil jedes ARN. Verwenden Sie Ihre AWS-Konto-ID, damit die ARNs wie die aus Ihrer Cloud aussehen.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Store location:</source>
        <translation>Ort des Datenspeichers:</translation>
    </message>
    <message>
        <source>Master passphrase:</source>
        <translation>Master-Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Datenspeicher erstellen</translation>
    </message>
    <message>
        <source>Choose where the store lives.</source>
        <translation>Wählen Sie, wo der Datenspeicher liegt.</translation>
    </message>
    <message>
        <source>Choose a master passphrase.</source>
        <translation>Wählen Sie eine Master-Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Die Passphrase braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Geben Sie die Passphrase ein zweites Mal ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The account ID has 12 digits.</source>
        <translation>Die Konto-ID hat 12 Ziffern.</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>Eine Region sieht aus wie us-east-1.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>Stärke: %1. %2</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Der Datenspeicher wird erstellt …</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server instead, with your access key.</source>
        <translation>Stattdessen mit den Zertifizierungsstellen eines privateca-server arbeiten, mit Ihrem Zugriffsschlüssel.</translation>
    </message>
</context>
</TS>

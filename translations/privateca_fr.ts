<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcmDisplayNames</name>
    <message>
        <source>Issuing</source>
        <translation>Émission en cours</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Validation timed out</source>
        <translation>Délai de validation expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Renouvellement en cours</translation>
    </message>
    <message>
        <source>Awaiting validation</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Échec du renouvellement</translation>
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
        <translation>Aucun contact n&apos;a été trouvé pour la validation du domaine</translation>
    </message>
    <message>
        <source>The domain needs additional verification</source>
        <translation>Le domaine nécessite une vérification supplémentaire</translation>
    </message>
    <message>
        <source>The domain is not allowed</source>
        <translation>Le domaine n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>The domain is not a valid public domain</source>
        <translation>Le domaine n&apos;est pas un domaine public valide</translation>
    </message>
    <message>
        <source>Domain validation was denied</source>
        <translation>La validation du domaine a été refusée</translation>
    </message>
    <message>
        <source>A CAA record does not allow the issuance</source>
        <translation>Un enregistrement CAA n&apos;autorise pas l&apos;émission</translation>
    </message>
    <message>
        <source>The CA reached one of its limits</source>
        <translation>L&apos;AC a atteint l&apos;une de ses limites</translation>
    </message>
    <message>
        <source>The CA&apos;s ARN is not valid</source>
        <translation>L&apos;ARN de l&apos;AC n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The CA is not active (enable it or pick another CA)</source>
        <translation>L&apos;AC n&apos;est pas active (activez-la ou choisissez une autre AC)</translation>
    </message>
    <message>
        <source>The CA could not issue the certificate</source>
        <translation>L&apos;AC n&apos;a pas pu émettre le certificat</translation>
    </message>
    <message>
        <source>The CA&apos;s name constraints do not allow these names</source>
        <translation>Les contraintes de nom de l&apos;AC n&apos;autorisent pas ces noms</translation>
    </message>
    <message>
        <source>The CA no longer exists</source>
        <translation>L&apos;AC n&apos;existe plus</translation>
    </message>
    <message>
        <source>The CA refused the request&apos;s values</source>
        <translation>L&apos;AC a refusé les valeurs de la demande</translation>
    </message>
    <message>
        <source>The CA expires before the certificate would (renew the CA certificate)</source>
        <translation>L&apos;AC expire avant le certificat (renouvelez le certificat d&apos;AC)</translation>
    </message>
    <message>
        <source>The CA does not authorize ACM to renew (Permissions tab)</source>
        <translation>L&apos;AC n&apos;autorise pas ACM à renouveler (onglet «&#xa0;Autorisations&#xa0;»)</translation>
    </message>
    <message>
        <source>ACM&apos;s service-linked role is missing</source>
        <translation>Le rôle lié à un service d&apos;ACM est manquant</translation>
    </message>
    <message>
        <source>Something else went wrong</source>
        <translation>Un autre problème est survenu</translation>
    </message>
    <message>
        <source>No validation contact</source>
        <translation>Aucun contact de validation</translation>
    </message>
    <message>
        <source>More verification needed</source>
        <translation>Vérification supplémentaire requise</translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation>Domaine non autorisé</translation>
    </message>
    <message>
        <source>Invalid public domain</source>
        <translation>Domaine public non valide</translation>
    </message>
    <message>
        <source>Validation denied</source>
        <translation>Validation refusée</translation>
    </message>
    <message>
        <source>Refused by a CAA record</source>
        <translation>Refusé par un enregistrement CAA</translation>
    </message>
    <message>
        <source>CA limit reached</source>
        <translation>Limite de l&apos;AC atteinte</translation>
    </message>
    <message>
        <source>Invalid CA ARN</source>
        <translation>ARN d&apos;AC non valide</translation>
    </message>
    <message>
        <source>CA not active</source>
        <translation>AC non active</translation>
    </message>
    <message>
        <source>CA could not issue</source>
        <translation>L&apos;AC n&apos;a pas pu émettre</translation>
    </message>
    <message>
        <source>Outside the CA&apos;s name constraints</source>
        <translation>Hors des contraintes de nom de l&apos;AC</translation>
    </message>
    <message>
        <source>CA no longer exists</source>
        <translation>L&apos;AC n&apos;existe plus</translation>
    </message>
    <message>
        <source>CA refused the values</source>
        <translation>L&apos;AC a refusé les valeurs</translation>
    </message>
    <message>
        <source>CA expires too soon</source>
        <translation>L&apos;AC expire trop tôt</translation>
    </message>
    <message>
        <source>ACM not authorized by the CA</source>
        <translation>ACM non autorisé par l&apos;AC</translation>
    </message>
    <message>
        <source>Service-linked role missing</source>
        <translation>Rôle lié à un service manquant</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>Autre échec</translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>Sélectionnez d&apos;abord une autorité de certification.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is still being generated.</source>
        <translation>La clé de l&apos;AC est encore en cours de génération.</translation>
    </message>
    <message>
        <source>A certificate cannot be installed while the CA is %1.</source>
        <translation>Impossible d&apos;installer un certificat tant que l&apos;AC a le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Install the CA certificate first; the CA is not active yet.</source>
        <translation>Installez d&apos;abord le certificat d&apos;AC&#x202f;; l&apos;AC n&apos;est pas encore active.</translation>
    </message>
    <message>
        <source>Only an active CA issues certificates; this one is %1.</source>
        <translation>Seule une AC active émet des certificats&#x202f;; celle-ci a le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Certificates can be revoked only while the CA is active or disabled; this one is %1.</source>
        <translation>Les certificats ne peuvent être révoqués que si l&apos;AC est active ou désactivée&#x202f;; celle-ci a le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only an active CA can be disabled.</source>
        <translation>Seule une AC active peut être désactivée.</translation>
    </message>
    <message>
        <source>Only a disabled CA can be enabled.</source>
        <translation>Seule une AC désactivée peut être activée.</translation>
    </message>
    <message>
        <source>Disable the CA before deleting it.</source>
        <translation>Désactivez l&apos;AC avant de la supprimer.</translation>
    </message>
    <message>
        <source>The CA is already deleted.</source>
        <translation>L&apos;AC est déjà supprimée.</translation>
    </message>
    <message>
        <source>Only a deleted CA can be restored.</source>
        <translation>Seule une AC supprimée peut être restaurée.</translation>
    </message>
    <message>
        <source>Audit reports can be created only while the CA is active or disabled; this one is %1.</source>
        <translation>Les rapports d&apos;audit ne peuvent être créés que si l&apos;AC est active ou désactivée&#x202f;; celle-ci a le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Permissions can be changed only while the CA is active or waits for its certificate; this one is %1.</source>
        <translation>Les autorisations ne peuvent être modifiées que si l&apos;AC est active ou attend son certificat&#x202f;; celle-ci a le statut «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <source>Paste a CSR or open a CSR file.</source>
        <translation>Collez une CSR ou ouvrez un fichier CSR.</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <source>End-entity certificate with only basic constraints; key usages come from the request.</source>
        <translation>Certificat d&apos;entité finale avec uniquement les contraintes de base&#x202f;; les utilisations de clé proviennent de la demande.</translation>
    </message>
    <message>
        <source>TLS client certificate (client authentication).</source>
        <translation>Certificat client TLS (authentification du client).</translation>
    </message>
    <message>
        <source>TLS server certificate (server authentication).</source>
        <translation>Certificat serveur TLS (authentification du serveur).</translation>
    </message>
    <message>
        <source>General end-entity certificate for TLS servers and clients.</source>
        <translation>Certificat d&apos;entité finale général pour les serveurs et clients TLS.</translation>
    </message>
    <message>
        <source>Code signing certificate.</source>
        <translation>Certificat de signature de code.</translation>
    </message>
    <message>
        <source>Certificate for signing OCSP responses.</source>
        <translation>Certificat de signature des réponses OCSP.</translation>
    </message>
    <message>
        <source>Self-signed root CA certificate for this CA&apos;s own CSR (activates a root CA).</source>
        <translation>Certificat d&apos;AC racine auto-signé pour la CSR de cette AC (active une AC racine).</translation>
    </message>
    <message numerus="yes">
        <source>Subordinate CA certificate that may add %n more CA level(s) below it.</source>
        <translation>
            <numerusform>Certificat d&apos;AC subordonnée sous laquelle %n niveau d&apos;AC supplémentaire peut encore s&apos;ajouter.</numerusform>
            <numerusform>Certificat d&apos;AC subordonnée sous laquelle %n niveaux d&apos;AC supplémentaires peuvent encore s&apos;ajouter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra extensions are copied from the CSR.</source>
        <translation>Les extensions supplémentaires sont copiées depuis la CSR.</translation>
    </message>
    <message>
        <source>Subject and extensions can be supplied with the request (API passthrough).</source>
        <translation>Le sujet et les extensions peuvent être fournis avec la demande (transmission directe par l&apos;API).</translation>
    </message>
    <message>
        <source>Extensions come from the request, then from the CSR.</source>
        <translation>Les extensions proviennent de la demande, puis de la CSR.</translation>
    </message>
</context>
<context>
    <name>CreateCertificateAuthorityWizard</name>
    <message>
        <source>Understood by every client; the usual choice for compatibility.</source>
        <translation>Compris par tous les clients&#x202f;; le choix habituel pour la compatibilité.</translation>
    </message>
    <message>
        <source>Stronger RSA; larger certificates and slower signatures.</source>
        <translation>RSA plus robuste&#x202f;; certificats plus volumineux et signatures plus lentes.</translation>
    </message>
    <message>
        <source>Small, fast and widely supported elliptic curve key.</source>
        <translation>Clé à courbe elliptique compacte, rapide et largement prise en charge.</translation>
    </message>
    <message>
        <source>Stronger elliptic curve key for long-lived CAs.</source>
        <translation>Clé à courbe elliptique plus robuste pour les AC de longue durée.</translation>
    </message>
    <message>
        <source>Chinese national standard (with SM3).</source>
        <translation>Norme nationale chinoise (avec SM3).</translation>
    </message>
    <message>
        <source>Post-quantum signature key (FIPS 204); few clients understand it yet.</source>
        <translation>Clé de signature post-quantique (FIPS 204)&#x202f;; encore peu de clients la comprennent.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Creating</source>
        <translation>Création en cours</translation>
    </message>
    <message>
        <source>Pending certificate</source>
        <translation>Certificat en attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated.</source>
        <translation>La paire de clés et la CSR sont en cours de génération.</translation>
    </message>
    <message>
        <source>Waiting for its CA certificate: install one to activate the CA.</source>
        <translation>En attente de son certificat d&apos;AC&#xa0;: installez-en un pour activer l&apos;AC.</translation>
    </message>
    <message>
        <source>Issues certificates and publishes revocation information.</source>
        <translation>Émet des certificats et publie les informations de révocation.</translation>
    </message>
    <message>
        <source>Deleted; it can be restored until its restore period ends.</source>
        <translation>Supprimée&#x202f;; elle peut être restaurée jusqu&apos;à la fin de sa période de restauration.</translation>
    </message>
    <message>
        <source>Does not issue certificates until it is enabled again.</source>
        <translation>N&apos;émet aucun certificat tant qu&apos;elle n&apos;est pas réactivée.</translation>
    </message>
    <message>
        <source>Its CA certificate has expired; install a renewed certificate.</source>
        <translation>Son certificat d&apos;AC a expiré&#x202f;; installez un certificat renouvelé.</translation>
    </message>
    <message>
        <source>Creation failed; delete the CA and create a new one.</source>
        <translation>La création a échoué&#x202f;; supprimez l&apos;AC et créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>Subordonnée</translation>
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
        <translation>ECDSA avec SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with SHA-384</source>
        <translation>ECDSA avec SHA-384</translation>
    </message>
    <message>
        <source>ECDSA with SHA-512</source>
        <translation>ECDSA avec SHA-512</translation>
    </message>
    <message>
        <source>RSA with SHA-256</source>
        <translation>RSA avec SHA-256</translation>
    </message>
    <message>
        <source>RSA with SHA-384</source>
        <translation>RSA avec SHA-384</translation>
    </message>
    <message>
        <source>RSA with SHA-512</source>
        <translation>RSA avec SHA-512</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-256</source>
        <translation>RSA-PSS avec SHA-256</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-384</source>
        <translation>RSA-PSS avec SHA-384</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-512</source>
        <translation>RSA-PSS avec SHA-512</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2 avec SM3</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>Usage général</translation>
    </message>
    <message>
        <source>Short-lived certificates (at most 7 days)</source>
        <translation>Certificats de courte durée (7 jours au maximum)</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 2 or higher</source>
        <translation>FIPS 140-2 niveau 2 ou supérieur</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 3 or higher</source>
        <translation>FIPS 140-2 niveau 3 ou supérieur</translation>
    </message>
    <message>
        <source>CCPC level 1 or higher</source>
        <translation>CCPC niveau 1 ou supérieur</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>Le délai de la demande a expiré</translation>
    </message>
    <message>
        <source>The key algorithm is not supported by this installation</source>
        <translation>L&apos;algorithme de clé n&apos;est pas pris en charge par cette installation</translation>
    </message>
    <message>
        <source>Key generation failed</source>
        <translation>La génération de la clé a échoué</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non spécifiée</translation>
    </message>
    <message>
        <source>Key compromise</source>
        <translation>Compromission de la clé</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>Compromission de l&apos;AC</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>Changement d&apos;affiliation</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation>Cessation d&apos;activité</translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation>Privilège retiré</translation>
    </message>
    <message>
        <source>Attribute authority compromise</source>
        <translation>Compromission de l&apos;autorité d&apos;attributs</translation>
    </message>
    <message>
        <source>No particular reason is given.</source>
        <translation>Aucune raison particulière n&apos;est donnée.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key was lost or exposed.</source>
        <translation>La clé privée du certificat a été perdue ou exposée.</translation>
    </message>
    <message>
        <source>The key of the issuing CA was lost or exposed.</source>
        <translation>La clé de l&apos;AC émettrice a été perdue ou exposée.</translation>
    </message>
    <message>
        <source>The subject&apos;s name or organisation changed.</source>
        <translation>Le nom ou l&apos;organisation du titulaire a changé.</translation>
    </message>
    <message>
        <source>The certificate was replaced by a new one.</source>
        <translation>Le certificat a été remplacé par un nouveau.</translation>
    </message>
    <message>
        <source>The certificate is no longer needed.</source>
        <translation>Le certificat n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>The subject is no longer entitled to the certificate.</source>
        <translation>Le titulaire n&apos;a plus droit au certificat.</translation>
    </message>
    <message>
        <source>An attribute authority behind the certificate was compromised.</source>
        <translation>Une autorité d&apos;attributs liée au certificat a été compromise.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Émettre un certificat</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>Obtenir un certificat</translation>
    </message>
    <message>
        <source>List permissions</source>
        <translation>Lister les autorisations</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>Enter a domain name, e.g. www.example.com.</source>
        <translation>Saisissez un nom de domaine, par ex. www.example.com.</translation>
    </message>
    <message>
        <source>A domain name can have at most %1 characters.</source>
        <translation>Un nom de domaine peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>%1 is not a domain name: use labels of letters, digits and hyphens separated by dots, e.g. www.example.com, optionally starting with *. for a wildcard.</source>
        <translation>%1 n&apos;est pas un nom de domaine&#xa0;: utilisez des libellés composés de lettres, de chiffres et de traits d&apos;union séparés par des points, par ex. www.example.com, éventuellement précédés de *. pour un caractère générique.</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 names, the domain name included.</source>
        <translation>Un certificat peut comporter au plus %1 noms, nom de domaine compris.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The certificate authority is not in a state that allows this.</source>
        <translation>L&apos;état de l&apos;autorité de certification ne permet pas cette opération.</translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation>Certaines valeurs n&apos;ont pas été acceptées.</translation>
    </message>
    <message>
        <source>This does not name a certificate authority of this store.</source>
        <translation>Ceci ne désigne aucune autorité de certification de ce magasin.</translation>
    </message>
    <message>
        <source>It no longer exists. It may have been deleted meanwhile.</source>
        <translation>Cet élément n&apos;existe plus. Il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The certificate signing request cannot be used.</source>
        <translation>La demande de signature de certificat (CSR) est inutilisable.</translation>
    </message>
    <message>
        <source>The certificate cannot be used.</source>
        <translation>Le certificat est inutilisable.</translation>
    </message>
    <message>
        <source>The certificate does not belong to this certificate authority.</source>
        <translation>Le certificat n&apos;appartient pas à cette autorité de certification.</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>La politique n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A tag key or value is not allowed.</source>
        <translation>Une clé ou une valeur de balise n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>A certificate authority can have at most 50 tags.</source>
        <translation>Une autorité de certification peut avoir au plus 50 balises.</translation>
    </message>
    <message>
        <source>This permission already exists.</source>
        <translation>Cette autorisation existe déjà.</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>C&apos;est déjà fait.</translation>
    </message>
    <message>
        <source>The request is still in progress. Try again in a moment.</source>
        <translation>La demande est encore en cours. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A limit was reached.</source>
        <translation>Une limite a été atteinte.</translation>
    </message>
    <message>
        <source>Something else changed it at the same time. Try again.</source>
        <translation>Un autre élément l&apos;a modifié au même moment. Réessayez.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The store is in use by another program.</source>
        <translation>Le magasin est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>The store cannot be read or written.</source>
        <translation>Le magasin ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
        <source>It is still in use: a user can only be deleted once its access keys, inline policies and attached policies are removed.</source>
        <translation>Il est encore utilisé&#xa0;: un utilisateur ne peut être supprimé qu&apos;une fois ses clés d&apos;accès, ses politiques en ligne et ses politiques attachées retirées.</translation>
    </message>
    <message>
        <source>One with this name already exists.</source>
        <translation>Un élément portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>The policy document is not valid.</source>
        <translation>Le document de politique n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>An IAM quota was reached (e.g. two access keys per user, ten attached policies, 2048 characters of inline policies).</source>
        <translation>Un quota IAM a été atteint (par ex. deux clés d&apos;accès par utilisateur, dix politiques attachées, 2048 caractères de politiques en ligne).</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>L&apos;opération a échoué.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>The server did not accept the access key.</source>
        <translation>Le serveur n&apos;a pas accepté la clé d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Choose a passphrase: it encrypts every CA key.</source>
        <translation>Choisissez une phrase secrète&#xa0;: elle chiffre chaque clé d&apos;AC.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Use at least 12 characters; several unrelated words work well.</source>
        <translation>Utilisez au moins 12 caractères&#x202f;; plusieurs mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Add more words or characters of other kinds.</source>
        <translation>Ajoutez des mots ou des caractères d&apos;autres types.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
</context>
<context>
    <name>ResourcePolicyText</name>
    <message>
        <source>The policy is empty.</source>
        <translation>La politique est vide.</translation>
    </message>
</context>
<context>
    <name>TeamStoreButton</name>
    <message>
        <source>Open a team store…</source>
        <translation>Ouvrir un magasin d&apos;équipe…</translation>
    </message>
    <message>
        <source>A team store lives in PostgreSQL: replace USER, HOST and DATABASE (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Un magasin d&apos;équipe réside dans PostgreSQL&#xa0;: remplacez USER, HOST et DATABASE (le mot de passe provient de PGPASSWORD ou de ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Private certificate authorities with AWS Private CA semantics, on your own machine.</source>
        <translation>Des autorités de certification privées avec la sémantique d&apos;AWS Private CA, sur votre propre machine.</translation>
    </message>
    <message>
        <source>Store directory (default: PRIVATECA_DATA_DIR, the Settings choice, then %1).</source>
        <translation>Répertoire du magasin (par défaut&#xa0;: PRIVATECA_DATA_DIR, le choix des Paramètres, puis %1).</translation>
    </message>
    <message>
        <source>Read the master passphrase from FILE instead of asking (PRIVATECA_PASSPHRASE works too).</source>
        <translation>Lire la phrase secrète principale dans FILE au lieu de la demander (PRIVATECA_PASSPHRASE fonctionne aussi).</translation>
    </message>
    <message>
        <source>Private CA Manager</source>
        <translation>Gestionnaire d&apos;AC privées</translation>
    </message>
    <message>
        <source>The store: a directory, or a team store on PostgreSQL as postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (takes precedence over --data-dir).</source>
        <translation>Le magasin&#xa0;: un répertoire, ou un magasin d&apos;équipe dans PostgreSQL sous la forme postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (prioritaire sur --data-dir).</translation>
    </message>
    <message>
        <source>Work on the privateca-server at URL instead of a local store (asks for the access key unless --profile).</source>
        <translation>Travailler sur le privateca-server à l&apos;URL indiquée au lieu d&apos;un magasin local (demande la clé d&apos;accès, sauf avec --profile).</translation>
    </message>
    <message>
        <source>Sign the calls to the server with the access key of this AWS profile (~/.aws/credentials).</source>
        <translation>Signer les appels au serveur avec la clé d&apos;accès de ce profil AWS (~/.aws/credentials).</translation>
    </message>
</context>
<context>
    <name>pca::models::AccessKeyModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Requests signed with this key are accepted.</source>
        <translation>Les demandes signées avec cette clé sont acceptées.</translation>
    </message>
    <message>
        <source>Requests signed with this key are refused until it is activated again.</source>
        <translation>Les demandes signées avec cette clé sont refusées jusqu&apos;à ce qu&apos;elle soit réactivée.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>pca::models::AccountModel</name>
    <message>
        <source>This store</source>
        <translation>Ce magasin</translation>
    </message>
    <message>
        <source>With the store</source>
        <translation>Avec le magasin</translation>
    </message>
    <message>
        <source>The store&apos;s own account: its administrator is you, the store owner. It cannot be deleted.</source>
        <translation>Le compte propre du magasin&#xa0;: son administrateur, c&apos;est vous, le propriétaire du magasin. Il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalDependents</name>
    <message>
        <source>No certificate managed by ACM renews through this CA.</source>
        <translation>Aucun certificat géré par ACM n&apos;est renouvelé par cette AC.</translation>
    </message>
    <message>
        <source>a renewal has been due since %1.</source>
        <translation>un renouvellement est dû depuis le %1.</translation>
    </message>
    <message>
        <source>the next renewal is due on %1.</source>
        <translation>le prochain renouvellement est prévu le %1.</translation>
    </message>
    <message>
        <source>1 certificate managed by ACM renews through this CA</source>
        <translation>1 certificat géré par ACM est renouvelé par cette AC</translation>
    </message>
    <message>
        <source>%1 certificates managed by ACM renew through this CA</source>
        <translation>%1 certificats gérés par ACM sont renouvelés par cette AC</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the certificate it manages from this CA. This certificate will fail to renew: %1.

Clear the box anyway?</source>
        <translation>Sans cette autorisation, ACM ne peut pas renouveler le certificat qu&apos;il gère auprès de cette AC. Le renouvellement de ce certificat échouera&#xa0;: %1.

Décocher la case malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the %1 certificates it manages from this CA. These certificates will fail to renew: %2.

Clear the box anyway?</source>
        <translation>Sans cette autorisation, ACM ne peut pas renouveler les %1 certificats qu&apos;il gère auprès de cette AC. Le renouvellement de ces certificats échouera&#xa0;: %2.

Décocher la case malgré tout&#x202f;?</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalPermission</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>Sélectionnez d&apos;abord une autorité de certification.</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Application de la modification…</translation>
    </message>
    <message>
        <source>Reading the current permissions…</source>
        <translation>Lecture des autorisations actuelles…</translation>
    </message>
    <message>
        <source>Only partly authorized: ACM is missing %1.</source>
        <translation>Autorisation partielle seulement&#xa0;: il manque à ACM %1.</translation>
    </message>
</context>
<context>
    <name>pca::models::AuditReportModel</name>
    <message>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityCreation</name>
    <message>
        <source>The key of the new CA could not be generated (%1).</source>
        <translation>La clé de la nouvelle AC n&apos;a pas pu être générée (%1).</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityModel</name>
    <message>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorithme de clé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateModel</name>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>Révoqué le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>pca::models::EventModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s administrator (the store owner for the store&apos;s account)</source>
        <translation>L&apos;administrateur du compte (le propriétaire du magasin pour le compte du magasin)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>Source de l&apos;événement</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>pca::models::IamUserModel</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateModel</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>AC émettrice</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>Réponse de l&apos;AC&#xa0;: %1</translation>
    </message>
    <message>
        <source>The CA is issuing the certificate…</source>
        <translation>L&apos;AC émet le certificat…</translation>
    </message>
    <message>
        <source>Revoked by its CA on %1.</source>
        <translation>Révoqué par son AC le %1.</translation>
    </message>
    <message>
        <source>Revoked by its CA.</source>
        <translation>Révoqué par son AC.</translation>
    </message>
    <message>
        <source>Expired; request a new certificate.</source>
        <translation>Expiré&#x202f;; demandez un nouveau certificat.</translation>
    </message>
    <message>
        <source>Renewal under way.</source>
        <translation>Renouvellement en cours.</translation>
    </message>
    <message>
        <source>Expires today, within the %1 days of DaysBeforeExpiry.</source>
        <translation>Expire aujourd&apos;hui, dans les %1 jours de DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Expires tomorrow, within the %1 days of DaysBeforeExpiry.</source>
        <translation>Expire demain, dans les %1 jours de DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Expires in %1 days, within the %2 days of DaysBeforeExpiry.</source>
        <translation>Expire dans %1 jours, dans les %2 jours de DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Renewed on %1.</source>
        <translation>Renouvelé le %1.</translation>
    </message>
    <message>
        <source>Managed renewal from %1.</source>
        <translation>Renouvellement géré à partir du %1.</translation>
    </message>
    <message>
        <source>Waiting for the CA…</source>
        <translation>En attente de l&apos;AC…</translation>
    </message>
    <message>
        <source>Revoked on %1.</source>
        <translation>Révoqué le %1.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Révoqué.</translation>
    </message>
    <message>
        <source>Request a new certificate.</source>
        <translation>Demandez un nouveau certificat.</translation>
    </message>
    <message>
        <source>Expires today.</source>
        <translation>Expire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Expires tomorrow.</source>
        <translation>Expire demain.</translation>
    </message>
    <message>
        <source>Expires in %1 days.</source>
        <translation>Expire dans %1 jours.</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateTagModel</name>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>Un certificat peut avoir au plus %1 balises.</translation>
    </message>
</context>
<context>
    <name>pca::models::PermissionModel</name>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation>Compte source</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteAccessClient</name>
    <message>
        <source>Connected to %1: accounts are made and removed on the server (privateca-server account create); this key acts in account %2.</source>
        <translation>Connecté à %1&#xa0;: les comptes sont créés et supprimés sur le serveur (privateca-server account create)&#xa0;; cette clé agit dans le compte %2.</translation>
    </message>
    <message>
        <source>Connected as %1: IAM acts in the caller&apos;s account %2, not in %3.</source>
        <translation>Connecté en tant que %1&#xa0;: IAM agit dans le compte %2 de l&apos;appelant, et non dans %3.</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteCertificateManagerClient</name>
    <message>
        <source>(certificate authority not found)</source>
        <translation>(autorité de certification introuvable)</translation>
    </message>
</context>
<context>
    <name>pca::models::RemotePrivateCaClient</name>
    <message>
        <source>Connected to %1: the store and its public URL are the server&apos;s settings (privateca-server --data-dir and --public-url).</source>
        <translation>Connecté à %1&#xa0;: le magasin et son URL publique sont des paramètres du serveur (privateca-server --data-dir et --public-url).</translation>
    </message>
    <message>
        <source>Connected to %1: the server publishes CRLs itself, on time and after each revocation.</source>
        <translation>Connecté à %1&#xa0;: le serveur publie lui-même les CRL, à temps et après chaque révocation.</translation>
    </message>
</context>
<context>
    <name>pca::models::TagModel</name>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>Une autorité de certification peut avoir au plus %1 balises.</translation>
    </message>
    <message>
        <source>A tag needs a key.</source>
        <translation>Une balise nécessite une clé.</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation>Une clé de balise peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A tag key may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>Une clé de balise ne peut contenir que des lettres, des chiffres, des espaces et _ .&#xa0;: / = + - @.</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved.</source>
        <translation>Les clés de balise commençant par aws: sont réservées.</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>Une valeur de balise peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A tag value may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>Une valeur de balise ne peut contenir que des lettres, des chiffres, des espaces et _ .&#xa0;: / = + - @.</translation>
    </message>
    <message>
        <source>Type a key to add this tag.</source>
        <translation>Saisissez une clé pour ajouter cette balise.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>Il existe déjà une balise avec la clé %1.</translation>
    </message>
</context>
<context>
    <name>pca::models::UserPolicyModel</name>
    <message>
        <source>AWS managed</source>
        <translation>Gérée par AWS</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>An inline policy of this user</source>
        <translation>Une politique en ligne de cet utilisateur</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>pca::views::AccessPage</name>
    <message>
        <source>Who may call this store&apos;s API (IAM): accounts, their users, access keys and policies. You manage them as the store owner; the server checks them on every call.</source>
        <translation>Qui peut appeler l&apos;API de ce magasin (IAM)&#xa0;: comptes, utilisateurs, clés d&apos;accès et politiques. Vous les gérez en tant que propriétaire du magasin&#x202f;; le serveur les vérifie à chaque appel.</translation>
    </message>
    <message>
        <source>Select a user to see its access keys and policies.</source>
        <translation>Sélectionnez un utilisateur pour voir ses clés d&apos;accès et ses politiques.</translation>
    </message>
    <message>
        <source>Cannot read the callers: %1</source>
        <translation>Impossible de lire les appelants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Create account…</source>
        <translation>Créer un compte…</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Create user…</source>
        <translation>Créer un utilisateur…</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Supprimer l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Clés d&apos;accès</translation>
    </message>
    <message>
        <source>Create access key</source>
        <translation>Créer une clé d&apos;accès</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Add inline…</source>
        <translation>Ajouter en ligne…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Attach managed</source>
        <translation>Attacher une politique gérée</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Select an account to see its users.</source>
        <translation>Sélectionnez un compte pour voir ses utilisateurs.</translation>
    </message>
    <message>
        <source>Users of the store&apos;s account %1. Its administrator is the store owner.</source>
        <translation>Utilisateurs du compte du magasin %1. Son administrateur est le propriétaire du magasin.</translation>
    </message>
    <message>
        <source>Users of account %1 (%2).</source>
        <translation>Utilisateurs du compte %1 (%2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>User %1 in account %2</source>
        <translation>Utilisateur %1 du compte %2</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Sélectionnez d&apos;abord un compte.</translation>
    </message>
    <message>
        <source>The store&apos;s own account cannot be deleted.</source>
        <translation>Le compte propre du magasin ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Delete the account with its users, access keys and policies.</source>
        <translation>Supprimer le compte avec ses utilisateurs, clés d&apos;accès et politiques.</translation>
    </message>
    <message>
        <source>A user can have two access keys (IAM&apos;s quota).</source>
        <translation>Un utilisateur peut avoir deux clés d&apos;accès (quota IAM).</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Refuse requests signed with this key from now on.</source>
        <translation>Refuser désormais les demandes signées avec cette clé.</translation>
    </message>
    <message>
        <source>Accept requests signed with this key again.</source>
        <translation>Accepter à nouveau les demandes signées avec cette clé.</translation>
    </message>
    <message>
        <source>AWS managed policies cannot be edited; detach it instead.</source>
        <translation>Les politiques gérées par AWS ne peuvent pas être modifiées&#x202f;; détachez-la plutôt.</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>Détacher…</translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation>%1 (attachée)</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>An account stands in for another AWS account (a partner, another team). It gets an administrator key, shown once when the account is created.</source>
        <translation>Un compte représente un autre compte AWS (un partenaire, une autre équipe). Il reçoit une clé d&apos;administrateur, affichée une seule fois à la création du compte.</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de compte&#xa0;:</translation>
    </message>
    <message>
        <source>12 digits; empty for a random one</source>
        <translation>12 chiffres&#x202f;; vide pour un ID aléatoire</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Partner Corp</source>
        <translation>par ex. Partner Corp</translation>
    </message>
    <message>
        <source>Account %1 created</source>
        <translation>Compte %1 créé</translation>
    </message>
    <message>
        <source>The administrator of account %1 signs with this access key. Use it as an AWS profile (aws configure --profile %2).</source>
        <translation>L&apos;administrateur du compte %1 signe avec cette clé d&apos;accès. Utilisez-la comme profil AWS (aws configure --profile %2).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Compte %1 créé.</translation>
    </message>
    <message numerus="yes">
        <source>Delete account %1%2 with its %n user(s), their access keys and policies? Requests signed with its keys are refused from then on. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le compte %1%2 avec %n utilisateur, ses clés d&apos;accès et ses politiques&#x202f;? Les demandes signées avec ses clés seront ensuite refusées. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer le compte %1%2 avec ses %n utilisateurs, leurs clés d&apos;accès et leurs politiques&#x202f;? Les demandes signées avec ses clés seront ensuite refusées. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Cannot delete account %1</source>
        <translation>Impossible de supprimer le compte %1</translation>
    </message>
    <message>
        <source>Account %1 deleted.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer un utilisateur</translation>
    </message>
    <message>
        <source>A user of account %1. It can call the API once it has an access key and a policy that allows the call.</source>
        <translation>Un utilisateur du compte %1. Il peut appeler l&apos;API dès qu&apos;il dispose d&apos;une clé d&apos;accès et d&apos;une politique qui autorise l&apos;appel.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>par ex. issuer-bot</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits and + = , . @ _ -</source>
        <translation>Jusqu&apos;à 64 lettres, chiffres et + = , . @ _ -</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Utilisateur %1 créé.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete user %1 of account %2?</source>
        <translation>Supprimer l&apos;utilisateur %1 du compte %2&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot delete user %1</source>
        <translation>Impossible de supprimer l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Utilisateur %1 supprimé.</translation>
    </message>
    <message>
        <source>Cannot create an access key for %1</source>
        <translation>Impossible de créer une clé d&apos;accès pour %1</translation>
    </message>
    <message>
        <source>Access key created</source>
        <translation>Clé d&apos;accès créée</translation>
    </message>
    <message>
        <source>User %1 signs its requests with this key (aws configure, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>L&apos;utilisateur %1 signe ses demandes avec cette clé (aws configure, ou AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY).</translation>
    </message>
    <message>
        <source>Access key %1 created.</source>
        <translation>Clé d&apos;accès %1 créée.</translation>
    </message>
    <message>
        <source>Cannot change access key %1</source>
        <translation>Impossible de modifier la clé d&apos;accès %1</translation>
    </message>
    <message>
        <source>Access key %1 activated.</source>
        <translation>Clé d&apos;accès %1 activée.</translation>
    </message>
    <message>
        <source>Access key %1 deactivated.</source>
        <translation>Clé d&apos;accès %1 désactivée.</translation>
    </message>
    <message>
        <source>Delete access key</source>
        <translation>Supprimer la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Delete access key %1? Requests signed with it are refused from then on. This cannot be undone; to stop it for a while, deactivate it instead.</source>
        <translation>Supprimer la clé d&apos;accès %1&#x202f;? Les demandes signées avec elle seront ensuite refusées. Cette action est irréversible&#x202f;; pour la suspendre temporairement, désactivez-la plutôt.</translation>
    </message>
    <message>
        <source>Cannot delete access key %1</source>
        <translation>Impossible de supprimer la clé d&apos;accès %1</translation>
    </message>
    <message>
        <source>Access key %1 deleted.</source>
        <translation>Clé d&apos;accès %1 supprimée.</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>Politique %1 enregistrée.</translation>
    </message>
    <message>
        <source>Detach the AWS managed policy %1 from %2?</source>
        <translation>Détacher la politique gérée par AWS %1 de %2&#x202f;?</translation>
    </message>
    <message>
        <source>Delete the inline policy %1 of %2?</source>
        <translation>Supprimer la politique en ligne %1 de %2&#x202f;?</translation>
    </message>
    <message>
        <source>Detach policy</source>
        <translation>Détacher la politique</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Supprimer la politique</translation>
    </message>
    <message>
        <source>Cannot remove policy %1</source>
        <translation>Impossible de retirer la politique %1</translation>
    </message>
    <message>
        <source>Policy %1 removed.</source>
        <translation>Politique %1 retirée.</translation>
    </message>
    <message>
        <source>Cannot attach %1</source>
        <translation>Impossible d&apos;attacher %1</translation>
    </message>
    <message>
        <source>Policy %1 attached.</source>
        <translation>Politique %1 attachée.</translation>
    </message>
</context>
<context>
    <name>pca::views::ActivityPage</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>par ex. issuer-bot</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>e.g. IssueCertificate</source>
        <translation>par ex. IssueCertificate</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>part of an ARN</source>
        <translation>partie d&apos;un ARN</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>&amp;Erreurs uniquement</translation>
    </message>
    <message>
        <source>Only calls that failed or were denied</source>
        <translation>Uniquement les appels qui ont échoué ou ont été refusés</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Save the events shown as a CloudTrail log file ({&quot;Records&quot;: [...]})</source>
        <translation>Enregistrer les événements affichés dans un fichier journal CloudTrail ({&quot;Records&quot;: [...]})</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event record</source>
        <translation>Enregistrement de l&apos;événement</translation>
    </message>
    <message>
        <source>Select an event to see its CloudTrail record.</source>
        <translation>Sélectionnez un événement pour voir son enregistrement CloudTrail.</translation>
    </message>
    <message>
        <source>Cannot read the event history: %1</source>
        <translation>Impossible de lire l&apos;historique des événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>Le début de la plage est postérieur à sa fin.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Aucun événement ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n événement affiché&#x202f;; faites défiler vers le bas pour en voir plus.</numerusform>
            <numerusform>%n événements affichés&#x202f;; faites défiler vers le bas pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n événement.</numerusform>
            <numerusform>%n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the events</source>
        <translation>Impossible d&apos;exporter les événements</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pca::views::AuditReportsTab</name>
    <message>
        <source>Create an audit report</source>
        <translation>Créer un rapport d&apos;audit</translation>
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
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Nom du compartiment</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Créer le rapport</translation>
    </message>
    <message>
        <source>Report in progress</source>
        <translation>Rapport en cours</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Rapports d&apos;audit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>The report is being built…</source>
        <translation>Le rapport est en cours de création…</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>Le rapport est prêt.</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Demande en cours…</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>Enregistrer le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::CaCertificateTab</name>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>Exporter en PEM…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>Exporter en DER…</translation>
    </message>
    <message>
        <source>Export chain…</source>
        <translation>Exporter la chaîne…</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>Copier le PEM</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>Installer le certificat d&apos;AC…</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>Enregistrer la CSR…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>Copier la CSR</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1
Issued by %2</source>
        <translation>%1
Émis par %2</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated…</source>
        <translation>La paire de clés et la CSR sont en cours de génération…</translation>
    </message>
    <message>
        <source>This CA has no certificate.</source>
        <translation>Cette AC n&apos;a pas de certificat.</translation>
    </message>
    <message>
        <source>No CA certificate is installed yet. Install one signed by a CA of this store in one click, or give this certificate signing request (CSR) to an external CA and install the certificate it returns.</source>
        <translation>Aucun certificat d&apos;AC n&apos;est encore installé. Installez en un clic un certificat signé par une AC de ce magasin, ou transmettez cette demande de signature de certificat (CSR) à une AC externe et installez le certificat qu&apos;elle renvoie.</translation>
    </message>
    <message>
        <source>Export CA certificate (DER)</source>
        <translation>Exporter le certificat d&apos;AC (DER)</translation>
    </message>
    <message>
        <source>Export CA certificate (PEM)</source>
        <translation>Exporter le certificat d&apos;AC (PEM)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>Certificats DER (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate chain</source>
        <translation>Exporter la chaîne de certificats</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>Enregistrer la CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Demandes de signature de certificat (*.csr *.pem)</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateAuthorityDetails</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Rapports d&apos;audit</translation>
    </message>
    <message>
        <source>Create certificate authority…</source>
        <translation>Créer une autorité de certification…</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>AC racine</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>AC subordonnée</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>No certificate authority yet</source>
        <translation>Aucune autorité de certification pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a root CA to start a hierarchy, or a subordinate CA to be signed by an existing one.</source>
        <translation>Créez une AC racine pour démarrer une hiérarchie, ou une AC subordonnée à faire signer par une AC existante.</translation>
    </message>
    <message>
        <source>Select a certificate authority</source>
        <translation>Sélectionnez une autorité de certification</translation>
    </message>
    <message>
        <source>Its details, certificates and settings appear here.</source>
        <translation>Ses détails, ses certificats et ses paramètres s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateViewer</name>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>This certificate cannot be read: %1</source>
        <translation>Impossible de lire ce certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Yes, path length %1</source>
        <translation>Oui, longueur de chemin %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (critique)</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
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
        <translation>Rechercher un sujet, un autre nom ou un numéro de série</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>Rechercher des certificats</translation>
    </message>
    <message>
        <source>Show certificates</source>
        <translation>Afficher les certificats</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>Tous les certificats</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valides</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqués</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Émettre un certificat…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Certificats émis</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 certificat</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 certificats</translation>
    </message>
    <message>
        <source>Select a valid certificate to revoke.</source>
        <translation>Sélectionnez un certificat valide à révoquer.</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>Afficher les détails…</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>Exporter en PEM…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>Exporter en DER…</translation>
    </message>
    <message>
        <source>Copy serial</source>
        <translation>Copier le numéro de série</translation>
    </message>
    <message>
        <source>Copy ARN</source>
        <translation>Copier l&apos;ARN</translation>
    </message>
    <message>
        <source>Export certificate (DER)</source>
        <translation>Exporter le certificat (DER)</translation>
    </message>
    <message>
        <source>Export certificate (PEM)</source>
        <translation>Exporter le certificat (PEM)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>Certificats DER (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Exporter le certificat</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>Type at least %1 characters to search</source>
        <translation>Saisissez au moins %1 caractères pour rechercher</translation>
    </message>
    <message>
        <source>More than %1 certificates</source>
        <translation>Plus de %1 certificats</translation>
    </message>
</context>
<context>
    <name>pca::views::ConnectToServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d&apos;accès</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Fichier d&apos;AC de confiance</translation>
    </message>
    <message>
        <source>Optional: PEM certificates to trust besides the system&apos;s</source>
        <translation>Facultatif&#xa0;: certificats PEM auxquels faire confiance en plus de ceux du système</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>ID de clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clé d&apos;accès secrète&#xa0;:</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>Profil AWS&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Fichier d&apos;AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, e.g. https://pca.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par ex. https://pca.example.com.</translation>
    </message>
    <message>
        <source>Type the access key ID and the secret access key.</source>
        <translation>Saisissez l&apos;ID de clé d&apos;accès et la clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>Une région ressemble à us-east-1.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The profile %1 has no access key.</source>
        <translation>Le profil %1 n&apos;a pas de clé d&apos;accès.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>pca::views::CreateCertificateAuthorityWizard</name>
    <message>
        <source>Create certificate authority</source>
        <translation>Créer une autorité de certification</translation>
    </message>
    <message>
        <source>Create CA</source>
        <translation>Créer l&apos;AC</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The CA is waiting for its certificate. Have the CSR below signed, then use Install CA certificate.</source>
        <translation>L&apos;AC attend son certificat. Faites signer la CSR ci-dessous, puis utilisez «&#xa0;Installer le certificat d&apos;AC&#xa0;».</translation>
    </message>
    <message>
        <source>The CA is active and ready to issue certificates.</source>
        <translation>L&apos;AC est active et prête à émettre des certificats.</translation>
    </message>
    <message>
        <source>The CA was created and appears in the list; you can install its certificate later.</source>
        <translation>L&apos;AC a été créée et figure dans la liste&#x202f;; vous pourrez installer son certificat plus tard.</translation>
    </message>
    <message>
        <source>Certificate authority type</source>
        <translation>Type d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>A root CA anchors a hierarchy; a subordinate CA is signed by another CA and usually issues the end-entity certificates.</source>
        <translation>Une AC racine ancre une hiérarchie&#x202f;; une AC subordonnée est signée par une autre AC et émet généralement les certificats d&apos;entité finale.</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>AC racine</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>AC subordonnée</translation>
    </message>
    <message>
        <source>Signs its own certificate. Keep it for signing subordinate CAs and use it rarely.</source>
        <translation>Signe son propre certificat. Réservez-la à la signature d&apos;AC subordonnées et utilisez-la rarement.</translation>
    </message>
    <message>
        <source>Its certificate is signed by a root or another subordinate CA — one of this store, in one click, or an external one from its CSR.</source>
        <translation>Son certificat est signé par une AC racine ou une autre AC subordonnée — en un clic par une AC de ce magasin, ou par une AC externe à partir de sa CSR.</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>Nom du sujet</translation>
    </message>
    <message>
        <source>The distinguished name of the CA, shown in every certificate it issues.</source>
        <translation>Le nom distinctif de l&apos;AC, qui figure dans chaque certificat qu&apos;elle émet.</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorithme de clé</translation>
    </message>
    <message>
        <source>The CA&apos;s key pair is generated in the background and stored encrypted. Only signing algorithms that fit the key are offered.</source>
        <translation>La paire de clés de l&apos;AC est générée en arrière-plan et stockée chiffrée. Seuls les algorithmes de signature adaptés à la clé sont proposés.</translation>
    </message>
    <message>
        <source>%1 (not supported by this installation)</source>
        <translation>%1 (non pris en charge par cette installation)</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algorithme de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>Algorithme de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>How long the CA certificate is valid when it is signed in this store. Certificates it issues cannot outlive it.</source>
        <translation>Durée de validité du certificat d&apos;AC lorsqu&apos;il est signé dans ce magasin. Les certificats qu&apos;elle émet ne peuvent pas lui survivre.</translation>
    </message>
    <message>
        <source>Typical choices: 10 years or more for a root CA, 3 to 5 years for a subordinate CA.</source>
        <translation>Choix courants&#xa0;: 10 ans ou plus pour une AC racine, 3 à 5 ans pour une AC subordonnée.</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>Révocation des certificats</translation>
    </message>
    <message>
        <source>How clients learn that a certificate was revoked. Both can be changed later.</source>
        <translation>Comment les clients apprennent qu&apos;un certificat a été révoqué. Les deux réglages peuvent être modifiés plus tard.</translation>
    </message>
    <message>
        <source>Usage mode and key storage</source>
        <translation>Mode d&apos;utilisation et stockage des clés</translation>
    </message>
    <message>
        <source>What the CA is for and the security standard its key is kept to.</source>
        <translation>L&apos;usage de l&apos;AC et la norme de sécurité appliquée à la conservation de sa clé.</translation>
    </message>
    <message>
        <source>Usage mode</source>
        <translation>Mode d&apos;utilisation</translation>
    </message>
    <message>
        <source>Certificates of any validity the CA allows.</source>
        <translation>Certificats de toute durée de validité autorisée par l&apos;AC.</translation>
    </message>
    <message>
        <source>Certificates valid for at most 7 days, for workloads that renew often and need no revocation.</source>
        <translation>Certificats valides 7 jours au maximum, pour les charges de travail qui se renouvellent souvent et n&apos;ont pas besoin de révocation.</translation>
    </message>
    <message>
        <source>Key storage security standard</source>
        <translation>Norme de sécurité du stockage des clés</translation>
    </message>
    <message>
        <source>Recorded as AWS reports it. Here every CA key is encrypted at rest with the store&apos;s passphrase (scrypt, AES-256).</source>
        <translation>Enregistrée telle qu&apos;AWS la signale. Ici, chaque clé d&apos;AC est chiffrée au repos avec la phrase secrète du magasin (scrypt, AES-256).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Optional key–value labels (up to 50) for organizing your CAs.</source>
        <translation>Étiquettes clé-valeur facultatives (50 au maximum) pour organiser vos AC.</translation>
    </message>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>Une autorité de certification peut avoir au plus %1 balises.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Let AWS Certificate Manager (ACM) renew the certificates it manages from this CA.</source>
        <translation>Permettre à AWS Certificate Manager (ACM) de renouveler les certificats qu&apos;il gère auprès de cette AC.</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>Autoriser ACM à utiliser cette AC pour les renouvellements</translation>
    </message>
    <message>
        <source>Grants acm.amazonaws.com the actions IssueCertificate, GetCertificate and ListPermissions. Permissions can only be granted to an active CA, so this is applied as soon as the CA becomes active. It can be changed any time on the Permissions tab.</source>
        <translation>Accorde à acm.amazonaws.com les actions IssueCertificate, GetCertificate et ListPermissions. Les autorisations ne pouvant être accordées qu&apos;à une AC active, ce réglage est appliqué dès que l&apos;AC devient active. Il peut être modifié à tout moment dans l&apos;onglet «&#xa0;Autorisations&#xa0;».</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>Vérifier et créer</translation>
    </message>
    <message>
        <source>Check the settings and choose how the CA gets its certificate.</source>
        <translation>Vérifiez les paramètres et choisissez comment l&apos;AC obtient son certificat.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Activate now: install a self-signed CA certificate</source>
        <translation>Activer maintenant&#xa0;: installer un certificat d&apos;AC auto-signé</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store now</source>
        <translation>La signer maintenant avec une AC de ce magasin</translation>
    </message>
    <message>
        <source>Have it signed by an external CA (export the CSR, install the certificate later)</source>
        <translation>La faire signer par une AC externe (exporter la CSR, installer le certificat plus tard)</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>AC de signature</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Longueur du chemin</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>Nombre de niveaux d&apos;AC pouvant suivre sous celle-ci (0&#xa0;: elle n&apos;émet que des certificats d&apos;entité finale).</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>AC de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>Longueur du chemin&#xa0;:</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>Aucune AC active de ce magasin ne peut la signer.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>until about %1</source>
        <translation>jusqu&apos;au %1 environ</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>published to %1, valid for 1 day</source>
        <translation>publiée dans %1, valide 1 jour</translation>
    </message>
    <message>
        <source>published to %1, valid for %2 days</source>
        <translation>publiée dans %1, valide %2 jours</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publiée</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Key storage</source>
        <translation>Stockage des clés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>ACM renewals</source>
        <translation>Renouvellements ACM</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorisés</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorisés</translation>
    </message>
    <message>
        <source>Creating the certificate authority</source>
        <translation>Création de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>The key is generated in the background; you can keep working.</source>
        <translation>La clé est générée en arrière-plan&#x202f;; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>Create the CA</source>
        <translation>Créer l&apos;AC</translation>
    </message>
    <message>
        <source>Generate the key pair and CSR</source>
        <translation>Générer la paire de clés et la CSR</translation>
    </message>
    <message>
        <source>Sign and install the CA certificate</source>
        <translation>Signer et installer le certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Authorize ACM for renewals</source>
        <translation>Autoriser ACM pour les renouvellements</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Demande de signature de certificat</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>Enregistrer la CSR…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>Copier la CSR</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>Enregistrer la CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Demandes de signature de certificat (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Generating the key pair; RSA 4096 can take a few seconds…</source>
        <translation>Génération de la paire de clés&#x202f;; RSA 4096 peut prendre quelques secondes…</translation>
    </message>
</context>
<context>
    <name>pca::views::DeleteCertificateAuthorityDialog</name>
    <message>
        <source>Delete certificate authority</source>
        <translation>Supprimer l&apos;autorité de certification</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Restore period</source>
        <translation>Période de restauration</translation>
    </message>
    <message>
        <source>%1 has no usable key yet (%2). It is deleted at once and cannot be restored.</source>
        <translation>%1 n&apos;a pas encore de clé utilisable (%2). Elle est supprimée immédiatement et ne pourra pas être restaurée.</translation>
    </message>
    <message>
        <source>I understand; delete it now</source>
        <translation>J&apos;ai compris&#x202f;; la supprimer maintenant</translation>
    </message>
    <message>
        <source>%1 stops working at once: it issues no certificates and its CRL is no longer updated. You can restore it during the restore period; after that it is deleted permanently with its private key.</source>
        <translation>%1 cesse immédiatement de fonctionner&#xa0;: elle n&apos;émet plus de certificats et sa CRL n&apos;est plus mise à jour. Vous pouvez la restaurer pendant la période de restauration&#x202f;; ensuite, elle est définitivement supprimée avec sa clé privée.</translation>
    </message>
    <message>
        <source>Restore period:</source>
        <translation>Période de restauration&#xa0;:</translation>
    </message>
    <message>
        <source>I understand; delete it</source>
        <translation>J&apos;ai compris&#x202f;; la supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>pca::views::ErrorDialog</name>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy error code</source>
        <translation>Copier le code d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>pca::views::ExpiryChart</name>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>No certificate expires this month.</source>
        <translation>Aucun certificat n&apos;expire ce mois-ci.</translation>
    </message>
    <message>
        <source>No certificate expires in the coming %1 months.</source>
        <translation>Aucun certificat n&apos;expire au cours des %1 prochains mois.</translation>
    </message>
    <message>
        <source>%1: 1 certificate expires</source>
        <translation>%1&#xa0;: 1 certificat expire</translation>
    </message>
    <message>
        <source>%1: %2 certificates expire</source>
        <translation>%1&#xa0;: %2 certificats expirent</translation>
    </message>
    <message>
        <source>Certificate expiry chart</source>
        <translation>Graphique des expirations de certificats</translation>
    </message>
</context>
<context>
    <name>pca::views::ExportManagedCertificateDialog</name>
    <message>
        <source>Export certificate — %1</source>
        <translation>Exporter le certificat — %1</translation>
    </message>
    <message>
        <source>The export holds the private key of &lt;b&gt;%1&lt;/b&gt;, encrypted with the passphrase you choose here. The passphrase is not stored anywhere: keep it, the key cannot be used without it. The CA&apos;s audit trail records the export.</source>
        <translation>L&apos;export contient la clé privée de &lt;b&gt;%1&lt;/b&gt;, chiffrée avec la phrase secrète que vous choisissez ici. La phrase secrète n&apos;est stockée nulle part&#xa0;: conservez-la, la clé est inutilisable sans elle. Le journal d&apos;audit de l&apos;AC enregistre l&apos;export.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PKCS#12: key, certificate and chain in one .p12 file</source>
        <translation>PKCS#12&#xa0;: clé, certificat et chaîne dans un seul fichier .p12</translation>
    </message>
    <message>
        <source>PEM: certificate, chain and encrypted private key as three .pem files in a folder</source>
        <translation>PEM&#xa0;: certificat, chaîne et clé privée chiffrée dans trois fichiers .pem d&apos;un dossier</translation>
    </message>
    <message>
        <source>Passphrase for the private key</source>
        <translation>Phrase secrète de la clé privée</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <source>At most %1 bytes.</source>
        <translation>Au plus %1 octets.</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Saisissez à nouveau la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>Enregistrer le PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose a folder for the PEM files</source>
        <translation>Choisissez un dossier pour les fichiers PEM</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#x202f;?</translation>
    </message>
    <message>
        <source>These files exist and will be replaced:
%1</source>
        <translation>Ces fichiers existent et seront remplacés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::GeneralTab</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy the ARN</source>
        <translation>Copier l&apos;ARN</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Failure:</source>
        <translation>Échec&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algorithme de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>Algorithme de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Usage mode:</source>
        <translation>Mode d&apos;utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Key storage:</source>
        <translation>Stockage des clés&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <source>Last state change:</source>
        <translation>Dernier changement d&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>Restorable until:</source>
        <translation>Restaurable jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Valid certificates expiring per month</source>
        <translation>Certificats valides arrivant à expiration par mois</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>No CA certificate yet</source>
        <translation>Pas encore de certificat d&apos;AC</translation>
    </message>
</context>
<context>
    <name>pca::views::InstallCaCertificateDialog</name>
    <message>
        <source>Install CA certificate — %1</source>
        <translation>Installer le certificat d&apos;AC — %1</translation>
    </message>
    <message>
        <source>Sign it here: %1 signs its own certificate</source>
        <translation>Le signer ici&#xa0;: %1 signe son propre certificat</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store</source>
        <translation>Le signer avec une AC de ce magasin</translation>
    </message>
    <message>
        <source>Import a self-signed certificate made elsewhere</source>
        <translation>Importer un certificat auto-signé créé ailleurs</translation>
    </message>
    <message>
        <source>Import a certificate signed by an external CA</source>
        <translation>Importer un certificat signé par une AC externe</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>AC de signature</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Longueur du chemin</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>Nombre de niveaux d&apos;AC pouvant suivre sous celle-ci (0&#xa0;: elle n&apos;émet que des certificats d&apos;entité finale).</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>AC de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>Longueur du chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate uses the RootCACertificate/V1 template.</source>
        <translation>Le certificat utilise le modèle RootCACertificate/V1.</translation>
    </message>
    <message>
        <source>The certificate uses the SubordinateCACertificate_PathLen template and is installed with the chain of the signing CA.</source>
        <translation>Le certificat utilise le modèle SubordinateCACertificate_PathLen et est installé avec la chaîne de l&apos;AC de signature.</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>Copier la CSR</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…</source>
        <translation>-----BEGIN CERTIFICATE-----
…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s certificate, then its issuers up to the root</source>
        <translation>Le certificat de l&apos;AC émettrice, puis ses émetteurs jusqu&apos;à la racine</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>This CA&apos;s CSR:</source>
        <translation>CSR de cette AC&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate chain:</source>
        <translation>Chaîne de certificats&#xa0;:</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>%1 waits for its CA certificate. Installing one activates it.</source>
        <translation>%1 attend son certificat d&apos;AC. L&apos;installation d&apos;un certificat l&apos;active.</translation>
    </message>
    <message>
        <source>Installing a new certificate for %1 renews it with the same key.</source>
        <translation>L&apos;installation d&apos;un nouveau certificat pour %1 la renouvelle avec la même clé.</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>Aucune AC active de ce magasin ne peut la signer.</translation>
    </message>
    <message>
        <source>Reading the CSR…</source>
        <translation>Lecture de la CSR…</translation>
    </message>
    <message>
        <source>Signing the CA certificate…</source>
        <translation>Signature du certificat d&apos;AC…</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>Installation du certificat…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Ouvrir un certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a certificate: %2</source>
        <translation>%1 n&apos;est pas un certificat&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pca::views::IssueCertificateDialog</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>%1 is not a DNS name, IP address, e-mail address or URI.</source>
        <translation>%1 n&apos;est ni un nom DNS, ni une adresse IP, ni une adresse e-mail, ni un URI.</translation>
    </message>
    <message>
        <source>At most 150 alternative names are allowed.</source>
        <translation>150 autres noms au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Issue certificate — %1</source>
        <translation>Émettre un certificat — %1</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Demande de signature de certificat</translation>
    </message>
    <message>
        <source>Use a CSR (paste it or open a file)</source>
        <translation>Utiliser une CSR (la coller ou ouvrir un fichier)</translation>
    </message>
    <message>
        <source>Generate a key and CSR here</source>
        <translation>Générer une clé et une CSR ici</translation>
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
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorithme de clé</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algorithme de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Autres noms du sujet</translation>
    </message>
    <message>
        <source>One per line, e.g.
www.example.com
10.0.0.5
ops@example.com</source>
        <translation>Un par ligne, par ex.
www.example.com
10.0.0.5
ops@example.com</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Signé avec&#xa0;:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation>Émis par &lt;b&gt;%1&lt;/b&gt; (%2, valide jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation>ARN du certificat</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Enregistrer le certificat…</translation>
    </message>
    <message>
        <source>Save with chain…</source>
        <translation>Enregistrer avec la chaîne…</translation>
    </message>
    <message>
        <source>The private key generated here</source>
        <translation>La clé privée générée ici</translation>
    </message>
    <message>
        <source>The key exists only in this window. Save it now, protected by a password: it cannot be retrieved later.</source>
        <translation>La clé n&apos;existe que dans cette fenêtre. Enregistrez-la maintenant, protégée par un mot de passe&#xa0;: elle ne pourra pas être récupérée plus tard.</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Mot de passe d&apos;export</translation>
    </message>
    <message>
        <source>Repeat export password</source>
        <translation>Répéter le mot de passe d&apos;export</translation>
    </message>
    <message>
        <source>Save PKCS#12…</source>
        <translation>Enregistrer en PKCS#12…</translation>
    </message>
    <message>
        <source>Save key and certificate as PEM…</source>
        <translation>Enregistrer la clé et le certificat en PEM…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The CSR is valid.</source>
        <translation>La CSR est valide.</translation>
    </message>
    <message>
        <source>%1 takes alternative names from the CSR only; choose an APIPassthrough template to add names here.</source>
        <translation>%1 ne reprend les autres noms que depuis la CSR&#x202f;; choisissez un modèle APIPassthrough pour ajouter des noms ici.</translation>
    </message>
    <message>
        <source>Give a common name or at least one alternative name.</source>
        <translation>Indiquez un nom commun ou au moins un autre nom.</translation>
    </message>
    <message>
        <source>Open CSR</source>
        <translation>Ouvrir une CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem *.req);;All files (*)</source>
        <translation>Demandes de signature de certificat (*.csr *.pem *.req);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation>Génération de la paire de clés…</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>Émission du certificat…</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificat émis</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose a password to protect the key.</source>
        <translation>Choisissez un mot de passe pour protéger la clé.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>Enregistrer le PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Protecting the key…</source>
        <translation>Protection de la clé…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save the key unprotected?</source>
        <translation>Enregistrer la clé sans protection&#x202f;?</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read the file can use the key. Save it unprotected anyway?</source>
        <translation>Sans mot de passe, toute personne pouvant lire le fichier peut utiliser la clé. L&apos;enregistrer sans protection malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>Save key and certificate</source>
        <translation>Enregistrer la clé et le certificat</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>Fichiers PEM (*.pem)</translation>
    </message>
    <message>
        <source>Discard the private key?</source>
        <translation>Abandonner la clé privée&#x202f;?</translation>
    </message>
    <message>
        <source>The private key was not saved and will be lost. The certificate stays issued. Close anyway?</source>
        <translation>La clé privée n&apos;a pas été enregistrée et sera perdue. Le certificat reste émis. Fermer malgré tout&#x202f;?</translation>
    </message>
</context>
<context>
    <name>pca::views::MainWindow</name>
    <message>
        <source>Private CA Manager</source>
        <translation>Gestionnaire d&apos;AC privées</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autorités de certification</translation>
    </message>
    <message>
        <source>ACM may now renew certificates of %1.</source>
        <translation>ACM peut désormais renouveler les certificats de %1.</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>Autorisation de renouvellement ACM</translation>
    </message>
    <message>
        <source>Create CA…</source>
        <translation>Créer une AC…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>Installer le certificat d&apos;AC…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Émettre un certificat…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Revoke certificate…</source>
        <translation>Révoquer un certificat…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disable CA</source>
        <translation>Désactiver l&apos;AC</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete CA…</source>
        <translation>Supprimer l&apos;AC…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Restore CA</source>
        <translation>Restaurer l&apos;AC</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>Rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>Autorité de &amp;certification</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificats</translation>
    </message>
    <message>
        <source>Certificate &amp;Manager</source>
        <translation>Certificate &amp;Manager</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Private CAs</source>
        <translation>AC privées</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Certificats gérés</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Find certificate authority</source>
        <translation>Rechercher une autorité de certification</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Rapports d&apos;audit</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Private CA Manager</source>
        <translation>À &amp;propos de Gestionnaire d&apos;AC privées</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Certificate Manager</source>
        <translation>Certificate Manager</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>AWS Private CA: certificate authorities and what they issue</source>
        <translation>AWS Private CA&#xa0;: autorités de certification et ce qu&apos;elles émettent</translation>
    </message>
    <message>
        <source>AWS Certificate Manager: certificates it issues through your CAs and renews</source>
        <translation>AWS Certificate Manager&#xa0;: certificats qu&apos;il émet via vos AC et renouvelle</translation>
    </message>
    <message>
        <source>IAM: accounts, users, access keys and policies of the store&apos;s callers</source>
        <translation>IAM&#xa0;: comptes, utilisateurs, clés d&apos;accès et politiques des appelants du magasin</translation>
    </message>
    <message>
        <source>CloudTrail: who called what, allowed or denied</source>
        <translation>CloudTrail&#xa0;: qui a appelé quoi, autorisé ou refusé</translation>
    </message>
    <message>
        <source>Filter by name, status, type, algorithm or ARN</source>
        <translation>Filtrer par nom, statut, type, algorithme ou ARN</translation>
    </message>
    <message>
        <source>Filter certificate authorities</source>
        <translation>Filtrer les autorités de certification</translation>
    </message>
    <message>
        <source>Enable CA</source>
        <translation>Activer l&apos;AC</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Compte %1 · %2</translation>
    </message>
    <message>
        <source>Store %1 · account %2 · %3</source>
        <translation>Magasin %1 · compte %2 · %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>%n événement chargé</numerusform>
            <numerusform>%n événements chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 managed certificate</source>
        <translation>1 certificat géré</translation>
    </message>
    <message>
        <source>%1 managed certificates</source>
        <translation>%1 certificats gérés</translation>
    </message>
    <message>
        <source>1 certificate authority</source>
        <translation>1 autorité de certification</translation>
    </message>
    <message>
        <source>%1 certificate authorities</source>
        <translation>%1 autorités de certification</translation>
    </message>
    <message>
        <source>The CA certificate is installed.</source>
        <translation>Le certificat d&apos;AC est installé.</translation>
    </message>
    <message>
        <source>Certificate issued.</source>
        <translation>Certificat émis.</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>Certificat %1 révoqué.</translation>
    </message>
    <message>
        <source>Disable %1? It stops issuing certificates until it is enabled again; revocation keeps working.</source>
        <translation>Désactiver %1&#x202f;? Elle n&apos;émet plus de certificats jusqu&apos;à sa réactivation&#x202f;; la révocation continue de fonctionner.</translation>
    </message>
    <message>
        <source>Restore %1? It returns to the state it had before it was deleted.</source>
        <translation>Restaurer %1&#x202f;? Elle retrouve l&apos;état qu&apos;elle avait avant sa suppression.</translation>
    </message>
    <message>
        <source>About Private CA Manager</source>
        <translation>À propos de Gestionnaire d&apos;AC privées</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Private CA Manager %1&lt;/h3&gt;&lt;p&gt;Private certificate authorities on your own machine, with the behaviour of AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gestionnaire d&apos;AC privées %1&lt;/h3&gt;&lt;p&gt;Des autorités de certification privées sur votre propre machine, avec le comportement d&apos;AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>OpenSSL 3</source>
        <translation>OpenSSL 3</translation>
    </message>
    <message>
        <source>Private CA Manager — %1 (%2, %3)</source>
        <translation>Private CA Manager — %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server, with your access key.</source>
        <translation>Travailler avec les autorités de certification d&apos;un privateca-server, avec votre clé d&apos;accès.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Close the connection to %1 and open the local store.</source>
        <translation>Fermer la connexion à %1 et ouvrir le magasin local.</translation>
    </message>
    <message>
        <source>Server %1 · %2 · account %3 · %4</source>
        <translation>Serveur %1 · %2 · compte %3 · %4</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateDetails</name>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Issuing CA:</source>
        <translation>AC émettrice&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exporté&#xa0;:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN&#xa0;:</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Sélectionnez un certificat pour voir ses détails.</translation>
    </message>
    <message>
        <source>Issuance failed: %1</source>
        <translation>Échec de l&apos;émission&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renewal failed: %1</source>
        <translation>Échec du renouvellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>Réponse de l&apos;AC&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>Du %1 au %2 (%3 jours restants)</translation>
    </message>
    <message>
        <source>Yes, its private key has left the store</source>
        <translation>Oui, sa clé privée a quitté le magasin</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateTagsDialog</name>
    <message>
        <source>Tags — %1</source>
        <translation>Balises — %1</translation>
    </message>
    <message>
        <source>Key–value labels for organizing certificates. Double-click a key or value to change it; changes apply at once.</source>
        <translation>Étiquettes clé-valeur pour organiser les certificats. Double-cliquez sur une clé ou une valeur pour la modifier&#x202f;; les modifications s&apos;appliquent immédiatement.</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificatesPage</name>
    <message>
        <source>Request certificate…</source>
        <translation>Demander un certificat…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Balises…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Certificats gérés</translation>
    </message>
    <message>
        <source>Private certificates that Certificate Manager (ACM) issues through the CAs of this store and renews before they expire.</source>
        <translation>Certificats privés que Certificate Manager (ACM) émet via les AC de ce magasin et renouvelle avant leur expiration.</translation>
    </message>
    <message>
        <source>Filter by domain, status, CA or renewal</source>
        <translation>Filtrer par domaine, statut, AC ou renouvellement</translation>
    </message>
    <message>
        <source>Filter managed certificates</source>
        <translation>Filtrer les certificats gérés</translation>
    </message>
    <message>
        <source>Select a certificate first.</source>
        <translation>Sélectionnez d&apos;abord un certificat.</translation>
    </message>
    <message>
        <source>Only an issued certificate has a key and certificate to export.</source>
        <translation>Seul un certificat émis a une clé et un certificat à exporter.</translation>
    </message>
    <message>
        <source>Only an issued certificate can be renewed.</source>
        <translation>Seul un certificat émis peut être renouvelé.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No managed certificates yet. Request one with Request certificate; its CA must be active.</source>
        <translation>Aucun certificat géré pour l&apos;instant. Demandez-en un avec «&#xa0;Demander un certificat&#xa0;»&#x202f;; son AC doit être active.</translation>
    </message>
    <message>
        <source>1 certificate expires within %1 days</source>
        <translation>1 certificat expire dans les %1 jours</translation>
    </message>
    <message>
        <source>%1 certificates expire within %2 days</source>
        <translation>%1 certificats expirent dans les %2 jours</translation>
    </message>
    <message>
        <source>1 renewal failed</source>
        <translation>1 renouvellement a échoué</translation>
    </message>
    <message>
        <source>%1 renewals failed</source>
        <translation>%1 renouvellements ont échoué</translation>
    </message>
    <message>
        <source>1 request failed</source>
        <translation>1 demande a échoué</translation>
    </message>
    <message>
        <source>%1 requests failed</source>
        <translation>%1 demandes ont échoué</translation>
    </message>
    <message>
        <source>Certificates within %1 days of expiry (the account&apos;s DaysBeforeExpiry) are marked.</source>
        <translation>Les certificats qui expirent dans %1 jours ou moins (DaysBeforeExpiry du compte) sont signalés.</translation>
    </message>
    <message>
        <source>Certificate requested; its CA is issuing it.</source>
        <translation>Certificat demandé&#x202f;; son AC est en train de l&apos;émettre.</translation>
    </message>
    <message>
        <source>Exported %1 files.</source>
        <translation>%1 fichiers exportés.</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Renouveler le certificat</translation>
    </message>
    <message>
        <source>Renewal of %1 requested.</source>
        <translation>Renouvellement de %1 demandé.</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Supprimer le certificat</translation>
    </message>
    <message>
        <source>Delete the certificate for %1? ACM forgets it and its private key and stops renewing it. The certificate stays in its CA&apos;s inventory and remains valid until it expires or is revoked.</source>
        <translation>Supprimer le certificat de %1&#x202f;? ACM l&apos;oublie avec sa clé privée et cesse de le renouveler. Le certificat reste dans l&apos;inventaire de son AC et demeure valide jusqu&apos;à son expiration ou sa révocation.</translation>
    </message>
    <message>
        <source>Certificate for %1 deleted.</source>
        <translation>Certificat de %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>pca::views::OneTimeSecretDialog</name>
    <message>
        <source>This is the only time the secret access key is shown. Copy it now and keep it somewhere safe: it cannot be read again. If you lose it, create a new key and delete this one.</source>
        <translation>C&apos;est la seule fois que la clé d&apos;accès secrète est affichée. Copiez-la maintenant et conservez-la en lieu sûr&#xa0;: elle ne pourra plus être lue. Si vous la perdez, créez une nouvelle clé et supprimez celle-ci.</translation>
    </message>
    <message>
        <source>I have saved the secret</source>
        <translation>J&apos;ai enregistré le secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Shown only now</source>
        <translation>Affiché une seule fois</translation>
    </message>
</context>
<context>
    <name>pca::views::PassphraseDialog</name>
    <message>
        <source>Unlock store</source>
        <translation>Déverrouiller le magasin</translation>
    </message>
    <message>
        <source>Enter the master passphrase of the store in %1.</source>
        <translation>Saisissez la phrase secrète principale du magasin situé dans %1.</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>Phrase secrète principale</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the store. Try again.</source>
        <translation>Cette phrase secrète ne déverrouille pas le magasin. Réessayez.</translation>
    </message>
</context>
<context>
    <name>pca::views::PermissionsTab</name>
    <message>
        <source>Certificate renewals by ACM</source>
        <translation>Renouvellements de certificats par ACM</translation>
    </message>
    <message>
        <source>AWS Certificate Manager (ACM) renews the private certificates it manages when it may issue, get and list on this CA. Checking the box grants the service principal acm.amazonaws.com those three actions; clearing it removes them.</source>
        <translation>AWS Certificate Manager (ACM) renouvelle les certificats privés qu&apos;il gère lorsqu&apos;il peut émettre, obtenir et lister sur cette AC. Cocher la case accorde ces trois actions au principal de service acm.amazonaws.com&#x202f;; la décocher les retire.</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>Autoriser ACM à utiliser cette AC pour les renouvellements</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Permissions of this CA</source>
        <translation>Autorisations de cette AC</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>Autorisation de renouvellement ACM</translation>
    </message>
    <message>
        <source>No permissions are granted on this CA.</source>
        <translation>Aucune autorisation n&apos;est accordée sur cette AC.</translation>
    </message>
    <message>
        <source>Stop ACM renewals?</source>
        <translation>Arrêter les renouvellements ACM&#x202f;?</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>%1 Renewals fail while the box is clear.</source>
        <translation>%1 Les renouvellements échouent tant que la case est décochée.</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyEditorDialog</name>
    <message>
        <source>Add inline policy for %1</source>
        <translation>Ajouter une politique en ligne pour %1</translation>
    </message>
    <message>
        <source>Edit inline policy %1 of %2</source>
        <translation>Modifier la politique en ligne %1 de %2</translation>
    </message>
    <message>
        <source>e.g. IssueWithEndEntityTemplate</source>
        <translation>par ex. IssueWithEndEntityTemplate</translation>
    </message>
    <message>
        <source>Policy name:</source>
        <translation>Nom de la politique&#xa0;:</translation>
    </message>
    <message>
        <source>Policy document (JSON, IAM&apos;s grammar):</source>
        <translation>Document de politique (JSON, grammaire IAM)&#xa0;:</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Document de politique</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Mettre en forme</translation>
    </message>
    <message>
        <source>Indent the document for reading</source>
        <translation>Indenter le document pour la lecture</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The document is a valid identity policy.</source>
        <translation>Le document est une politique d&apos;identité valide.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter a policy name first.</source>
        <translation>Saisissez d&apos;abord un nom de politique.</translation>
    </message>
    <message>
        <source>Correct the document first.</source>
        <translation>Corrigez d&apos;abord le document.</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyTab</name>
    <message>
        <source>A resource-based policy lets other accounts use this CA, for example to issue certificates. It is checked before it is applied.</source>
        <translation>Une politique basée sur les ressources permet à d&apos;autres comptes d&apos;utiliser cette AC, par exemple pour émettre des certificats. Elle est vérifiée avant d&apos;être appliquée.</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>JSON de la politique</translation>
    </message>
    <message>
        <source>No policy is attached. Type one, or start from the example.</source>
        <translation>Aucune politique n&apos;est attachée. Saisissez-en une ou partez de l&apos;exemple.</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Appliquer la politique</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>Supprimer la politique…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Insert example</source>
        <translation>Insérer l&apos;exemple</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Mettre en forme</translation>
    </message>
    <message>
        <source>No policy is attached to this CA.</source>
        <translation>Aucune politique n&apos;est attachée à cette AC.</translation>
    </message>
    <message>
        <source>The attached policy.</source>
        <translation>La politique attachée.</translation>
    </message>
    <message>
        <source>Empty. Use Delete to remove the policy.</source>
        <translation>Vide. Utilisez «&#xa0;Supprimer&#xa0;» pour retirer la politique.</translation>
    </message>
    <message>
        <source>The attached policy is valid.</source>
        <translation>La politique attachée est valide.</translation>
    </message>
    <message>
        <source>Valid. Apply to attach it.</source>
        <translation>Valide. Appliquez-la pour l&apos;attacher.</translation>
    </message>
    <message>
        <source>The policy is attached.</source>
        <translation>La politique est attachée.</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Supprimer la politique</translation>
    </message>
    <message>
        <source>Delete the resource policy of this CA? Accounts it grants access to lose it at once.</source>
        <translation>Supprimer la politique de ressource de cette AC&#x202f;? Les comptes auxquels elle donne accès le perdent immédiatement.</translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation>La politique a été supprimée.</translation>
    </message>
</context>
<context>
    <name>pca::views::RequestCertificateDialog</name>
    <message>
        <source>Request a private certificate</source>
        <translation>Demander un certificat privé</translation>
    </message>
    <message>
        <source>ACM generates the key pair, has the CA you choose issue the certificate (valid for %1 days) and renews it before it expires, as long as the CA allows it.</source>
        <translation>ACM génère la paire de clés, fait émettre le certificat (valide %1 jours) par l&apos;AC que vous choisissez et le renouvelle avant son expiration, tant que l&apos;AC le permet.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <source>www.example.com or *.example.com</source>
        <translation>www.example.com ou *.example.com</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>Noms supplémentaires</translation>
    </message>
    <message>
        <source>Optional, one per line, e.g.
example.com
api.example.com</source>
        <translation>Facultatif, un par ligne, par ex.
example.com
api.example.com</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorithme de clé</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nom de domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation>Noms supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algorithme de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>AC émettrice</translation>
    </message>
    <message>
        <source>%1 (%2, valid until %3)</source>
        <translation>%1 (%2, valide jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>Balises (facultatif)</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>Un certificat peut avoir au plus %1 balises.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>No CA of this store is active. Create a CA or activate one under Private CAs first.</source>
        <translation>Aucune AC de ce magasin n&apos;est active. Créez ou activez d&apos;abord une AC sous «&#xa0;AC privées&#xa0;».</translation>
    </message>
    <message>
        <source>This CA expires on %1, before a certificate valid for %2 days would. Choose another CA or renew its certificate.</source>
        <translation>Cette AC expire le %1, avant un certificat valide %2 jours. Choisissez une autre AC ou renouvelez son certificat.</translation>
    </message>
    <message>
        <source>Checking whether this CA lets ACM renew…</source>
        <translation>Vérification de l&apos;autorisation de renouvellement ACM sur cette AC…</translation>
    </message>
    <message>
        <source>This CA authorizes ACM to renew the certificate.</source>
        <translation>Cette AC autorise ACM à renouveler le certificat.</translation>
    </message>
    <message>
        <source>This CA does not authorize ACM to renew: the certificate will be issued but will fail to renew until you check &quot;Authorize ACM to use this CA for renewals&quot; on the CA&apos;s Permissions tab.</source>
        <translation>Cette AC n&apos;autorise pas ACM à renouveler&#xa0;: le certificat sera émis, mais son renouvellement échouera tant que vous n&apos;aurez pas coché «&#xa0;Autoriser ACM à utiliser cette AC pour les renouvellements&#xa0;» dans l&apos;onglet «&#xa0;Autorisations&#xa0;» de l&apos;AC.</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Demande en cours…</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationConfigurationEditor</name>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation>Liste de révocation de certificats (CRL)</translation>
    </message>
    <message>
        <source>Publish a CRL</source>
        <translation>Publier une CRL</translation>
    </message>
    <message>
        <source>e.g. example-crl (3–63 lower-case letters, digits, - and .)</source>
        <translation>par ex. example-crl (3 à 63 lettres minuscules, chiffres, - et .)</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Nom du compartiment</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>CRL validity</source>
        <translation>Validité de la CRL</translation>
    </message>
    <message>
        <source>optional, e.g. crl.example.com (no http://)</source>
        <translation>facultatif, par ex. crl.example.com (sans http://)</translation>
    </message>
    <message>
        <source>Custom CRL name</source>
        <translation>Nom de CRL personnalisé</translation>
    </message>
    <message>
        <source>optional, default: crl</source>
        <translation>facultatif, par défaut&#xa0;: crl</translation>
    </message>
    <message>
        <source>Custom CRL path</source>
        <translation>Chemin de CRL personnalisé</translation>
    </message>
    <message>
        <source>Leave the CRL distribution point out of issued certificates</source>
        <translation>Ne pas inclure le point de distribution de CRL dans les certificats émis</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Partitioned</source>
        <translation>Partitionnée</translation>
    </message>
    <message>
        <source>CRL type</source>
        <translation>Type de CRL</translation>
    </message>
    <message>
        <source>Public read</source>
        <translation>Lecture publique</translation>
    </message>
    <message>
        <source>Bucket owner full control</source>
        <translation>Contrôle total du propriétaire du compartiment</translation>
    </message>
    <message>
        <source>Object access</source>
        <translation>Accès aux objets</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Valide pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Custom name (CNAME):</source>
        <translation>Nom personnalisé (CNAME)&#xa0;:</translation>
    </message>
    <message>
        <source>Custom path:</source>
        <translation>Chemin personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>CRL type:</source>
        <translation>Type de CRL&#xa0;:</translation>
    </message>
    <message>
        <source>Object access:</source>
        <translation>Accès aux objets&#xa0;:</translation>
    </message>
    <message>
        <source>Online Certificate Status Protocol (OCSP)</source>
        <translation>Online Certificate Status Protocol (OCSP)</translation>
    </message>
    <message>
        <source>Answer OCSP requests</source>
        <translation>Répondre aux requêtes OCSP</translation>
    </message>
    <message>
        <source>optional, e.g. ocsp.example.com (no http://)</source>
        <translation>facultatif, par ex. ocsp.example.com (sans http://)</translation>
    </message>
    <message>
        <source>Custom OCSP name</source>
        <translation>Nom OCSP personnalisé</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationTab</name>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Current CRL</source>
        <translation>CRL actuelle</translation>
    </message>
    <message>
        <source>Save CRL…</source>
        <translation>Enregistrer la CRL…</translation>
    </message>
    <message>
        <source>Publish a new CRL now</source>
        <translation>Publier une nouvelle CRL maintenant</translation>
    </message>
    <message>
        <source>CRL number:</source>
        <translation>Numéro de CRL&#xa0;:</translation>
    </message>
    <message>
        <source>Last generated:</source>
        <translation>Dernière génération&#xa0;:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Prochaine mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Distribution point:</source>
        <translation>Point de distribution&#xa0;:</translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation>Partitions&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>The revocation configuration can be changed only while the CA is active, disabled or waits for its certificate.</source>
        <translation>La configuration de révocation ne peut être modifiée que si l&apos;AC est active, désactivée ou en attente de son certificat.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>CRLs are not published for this CA.</source>
        <translation>Aucune CRL n&apos;est publiée pour cette AC.</translation>
    </message>
    <message>
        <source>None published yet</source>
        <translation>Aucune publiée pour l&apos;instant</translation>
    </message>
    <message>
        <source>(left out of certificates)</source>
        <translation>(non inclus dans les certificats)</translation>
    </message>
    <message>
        <source>%1 (each has its own CRL, published with the complete CRL)</source>
        <translation>%1 (chacune a sa propre CRL, publiée avec la CRL complète)</translation>
    </message>
    <message>
        <source>Save CRL</source>
        <translation>Enregistrer la CRL</translation>
    </message>
    <message>
        <source>CRLs (*.crl)</source>
        <translation>CRL (*.crl)</translation>
    </message>
    <message>
        <source>CRL saved to %1.</source>
        <translation>CRL enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>Publier la CRL</translation>
    </message>
</context>
<context>
    <name>pca::views::RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>Révoquer le certificat</translation>
    </message>
    <message>
        <source>Revoked certificates are listed in the CRL of %1 and reported as revoked over OCSP. This cannot be undone.</source>
        <translation>Les certificats révoqués figurent dans la CRL de %1 et sont signalés comme révoqués via OCSP. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>e.g. 4F:2A:…</source>
        <translation>par ex. 4F:2A:…</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
</context>
<context>
    <name>pca::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Emplacement du magasin</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL de base publique</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>URL de base publique&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>CRL distribution points and OCSP URLs of new certificates start with this address.</source>
        <translation>Les points de distribution de CRL et les URL OCSP des nouveaux certificats commencent par cette adresse.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name, e.g. http://pki.example.com.</source>
        <translation>Utilisez une adresse http:// ou https:// avec un nom d&apos;hôte, par ex. http://pki.example.com.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A folder, or a team store on PostgreSQL. A new location takes effect at the next start (the command line options --store and --data-dir and PRIVATECA_DATA_DIR take precedence).</source>
        <translation>Un dossier, ou un magasin d&apos;équipe dans PostgreSQL. Un nouvel emplacement prend effet au prochain démarrage (les options de ligne de commande --store et --data-dir et PRIVATECA_DATA_DIR sont prioritaires).</translation>
    </message>
</context>
<context>
    <name>pca::views::SubjectForm</name>
    <message>
        <source>Common name (CN):</source>
        <translation>Nom commun (CN)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Example Corp Root CA</source>
        <translation>par ex. Example Corp Root CA</translation>
    </message>
    <message>
        <source>Organization (O):</source>
        <translation>Organisation (O)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation>par ex. Example Corp</translation>
    </message>
    <message>
        <source>Organizational unit (OU):</source>
        <translation>Unité d&apos;organisation (OU)&#xa0;:</translation>
    </message>
    <message>
        <source>Country (C):</source>
        <translation>Pays (C)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>par ex. FR</translation>
    </message>
    <message>
        <source>State or province (ST):</source>
        <translation>État ou province (ST)&#xa0;:</translation>
    </message>
    <message>
        <source>Locality (L):</source>
        <translation>Localité (L)&#xa0;:</translation>
    </message>
    <message>
        <source>DN qualifier:</source>
        <translation>Qualificatif de DN&#xa0;:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>Initiales&#xa0;:</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudonyme&#xa0;:</translation>
    </message>
    <message>
        <source>Generation qualifier:</source>
        <translation>Qualificatif de génération&#xa0;:</translation>
    </message>
    <message>
        <source>More name fields</source>
        <translation>Autres champs de nom</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>use a two-letter country code such as DE or US.</source>
        <translation>utilisez un code pays à deux lettres, comme FR ou US.</translation>
    </message>
    <message>
        <source>it is too long or contains characters that are not allowed.</source>
        <translation>il est trop long ou contient des caractères non autorisés.</translation>
    </message>
</context>
<context>
    <name>pca::views::TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer la balise</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>pca::views::TagListInput</name>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer la balise</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>Il existe déjà une balise avec la clé %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pca::views::TagsTab</name>
    <message>
        <source>Tags are key–value labels for organizing CAs. Double-click a key or value to change it; changes apply at once.</source>
        <translation>Les balises sont des étiquettes clé-valeur pour organiser les AC. Double-cliquez sur une clé ou une valeur pour la modifier&#x202f;; les modifications s&apos;appliquent immédiatement.</translation>
    </message>
</context>
<context>
    <name>pca::views::ValidityInput</name>
    <message>
        <source>For</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Validity duration</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Validity unit</source>
        <translation>Unité de validité</translation>
    </message>
    <message>
        <source>Validity end date</source>
        <translation>Date de fin de validité</translation>
    </message>
    <message>
        <source>The issuing CA is valid only until %1; choose an earlier end.</source>
        <translation>L&apos;AC émettrice n&apos;est valide que jusqu&apos;au %1&#x202f;; choisissez une date de fin antérieure.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valide jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::WelcomeDialog</name>
    <message>
        <source>Welcome to Private CA Manager</source>
        <translation>Bienvenue dans Gestionnaire d&apos;AC privées</translation>
    </message>
    <message>
        <source>Your certificate authorities live in a store on this computer. Every CA key in it is encrypted with a master passphrase: choose one you will remember — it cannot be recovered.</source>
        <translation>Vos autorités de certification résident dans un magasin sur cet ordinateur. Chaque clé d&apos;AC qu&apos;il contient est chiffrée avec une phrase secrète principale&#xa0;: choisissez-en une dont vous vous souviendrez — elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Emplacement du magasin</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>Phrase secrète principale</translation>
    </message>
    <message>
        <source>Repeat the master passphrase</source>
        <translation>Répéter la phrase secrète principale</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>12 digits; part of every ARN. Use your AWS account ID to make ARNs look like your cloud ones.</source>
        <translation>12 chiffres&#x202f;; fait partie de chaque ARN. Utilisez l&apos;ID de votre compte AWS pour que les ARN ressemblent à ceux de votre cloud.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Store location:</source>
        <translation>Emplacement du magasin&#xa0;:</translation>
    </message>
    <message>
        <source>Master passphrase:</source>
        <translation>Phrase secrète principale&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Répéter la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Créer le magasin</translation>
    </message>
    <message>
        <source>Choose where the store lives.</source>
        <translation>Choisissez l&apos;emplacement du magasin.</translation>
    </message>
    <message>
        <source>Choose a master passphrase.</source>
        <translation>Choisissez une phrase secrète principale.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La phrase secrète doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Saisissez la phrase secrète une deuxième fois.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The account ID has 12 digits.</source>
        <translation>L&apos;ID de compte comporte 12 chiffres.</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>Une région ressemble à us-east-1.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Robustesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>Robustesse&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Création du magasin…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server instead, with your access key.</source>
        <translation>Travailler plutôt avec les autorités de certification d&apos;un privateca-server, avec votre clé d&apos;accès.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AcmDisplayNames</name>
    <message>
        <source>Issuing</source>
        <translation>Emitiendo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Validation timed out</source>
        <translation>Se agotó el tiempo de validación</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Renovando</translation>
    </message>
    <message>
        <source>Awaiting validation</source>
        <translation>Pendiente de validación</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Error de renovación</translation>
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
        <translation>No se encontró ningún contacto para la validación del dominio</translation>
    </message>
    <message>
        <source>The domain needs additional verification</source>
        <translation>El dominio necesita una verificación adicional</translation>
    </message>
    <message>
        <source>The domain is not allowed</source>
        <translation>El dominio no está permitido</translation>
    </message>
    <message>
        <source>The domain is not a valid public domain</source>
        <translation>El dominio no es un dominio público válido</translation>
    </message>
    <message>
        <source>Domain validation was denied</source>
        <translation>Se denegó la validación del dominio</translation>
    </message>
    <message>
        <source>A CAA record does not allow the issuance</source>
        <translation>Un registro CAA no permite la emisión</translation>
    </message>
    <message>
        <source>The CA reached one of its limits</source>
        <translation>La CA alcanzó uno de sus límites</translation>
    </message>
    <message>
        <source>The CA&apos;s ARN is not valid</source>
        <translation>El ARN de la CA no es válido</translation>
    </message>
    <message>
        <source>The CA is not active (enable it or pick another CA)</source>
        <translation>La CA no está activa (habilítela o elija otra CA)</translation>
    </message>
    <message>
        <source>The CA could not issue the certificate</source>
        <translation>La CA no pudo emitir el certificado</translation>
    </message>
    <message>
        <source>The CA&apos;s name constraints do not allow these names</source>
        <translation>Las restricciones de nombre de la CA no permiten estos nombres</translation>
    </message>
    <message>
        <source>The CA no longer exists</source>
        <translation>La CA ya no existe</translation>
    </message>
    <message>
        <source>The CA refused the request&apos;s values</source>
        <translation>La CA rechazó los valores de la solicitud</translation>
    </message>
    <message>
        <source>The CA expires before the certificate would (renew the CA certificate)</source>
        <translation>La CA caduca antes que el certificado (renueve el certificado de CA)</translation>
    </message>
    <message>
        <source>The CA does not authorize ACM to renew (Permissions tab)</source>
        <translation>La CA no autoriza a ACM a renovar (pestaña «Permisos»)</translation>
    </message>
    <message>
        <source>ACM&apos;s service-linked role is missing</source>
        <translation>Falta el rol vinculado a servicios de ACM</translation>
    </message>
    <message>
        <source>Something else went wrong</source>
        <translation>Se produjo otro error</translation>
    </message>
    <message>
        <source>No validation contact</source>
        <translation>Sin contacto de validación</translation>
    </message>
    <message>
        <source>More verification needed</source>
        <translation>Se necesita más verificación</translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation>Dominio no permitido</translation>
    </message>
    <message>
        <source>Invalid public domain</source>
        <translation>Dominio público no válido</translation>
    </message>
    <message>
        <source>Validation denied</source>
        <translation>Validación denegada</translation>
    </message>
    <message>
        <source>Refused by a CAA record</source>
        <translation>Rechazado por un registro CAA</translation>
    </message>
    <message>
        <source>CA limit reached</source>
        <translation>Límite de la CA alcanzado</translation>
    </message>
    <message>
        <source>Invalid CA ARN</source>
        <translation>ARN de CA no válido</translation>
    </message>
    <message>
        <source>CA not active</source>
        <translation>CA no activa</translation>
    </message>
    <message>
        <source>CA could not issue</source>
        <translation>La CA no pudo emitir</translation>
    </message>
    <message>
        <source>Outside the CA&apos;s name constraints</source>
        <translation>Fuera de las restricciones de nombre de la CA</translation>
    </message>
    <message>
        <source>CA no longer exists</source>
        <translation>La CA ya no existe</translation>
    </message>
    <message>
        <source>CA refused the values</source>
        <translation>La CA rechazó los valores</translation>
    </message>
    <message>
        <source>CA expires too soon</source>
        <translation>La CA caduca demasiado pronto</translation>
    </message>
    <message>
        <source>ACM not authorized by the CA</source>
        <translation>ACM no autorizado por la CA</translation>
    </message>
    <message>
        <source>Service-linked role missing</source>
        <translation>Falta el rol vinculado a servicios</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>Otro error</translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>Seleccione primero una entidad de certificación.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is still being generated.</source>
        <translation>La clave de la CA aún se está generando.</translation>
    </message>
    <message>
        <source>A certificate cannot be installed while the CA is %1.</source>
        <translation>No se puede instalar un certificado mientras la CA tenga el estado «%1».</translation>
    </message>
    <message>
        <source>Install the CA certificate first; the CA is not active yet.</source>
        <translation>Instale primero el certificado de CA; la CA aún no está activa.</translation>
    </message>
    <message>
        <source>Only an active CA issues certificates; this one is %1.</source>
        <translation>Solo una CA activa emite certificados; esta tiene el estado «%1».</translation>
    </message>
    <message>
        <source>Certificates can be revoked only while the CA is active or disabled; this one is %1.</source>
        <translation>Los certificados solo se pueden revocar mientras la CA esté activa o deshabilitada; esta tiene el estado «%1».</translation>
    </message>
    <message>
        <source>Only an active CA can be disabled.</source>
        <translation>Solo se puede deshabilitar una CA activa.</translation>
    </message>
    <message>
        <source>Only a disabled CA can be enabled.</source>
        <translation>Solo se puede habilitar una CA deshabilitada.</translation>
    </message>
    <message>
        <source>Disable the CA before deleting it.</source>
        <translation>Deshabilite la CA antes de eliminarla.</translation>
    </message>
    <message>
        <source>The CA is already deleted.</source>
        <translation>La CA ya está eliminada.</translation>
    </message>
    <message>
        <source>Only a deleted CA can be restored.</source>
        <translation>Solo se puede restaurar una CA eliminada.</translation>
    </message>
    <message>
        <source>Audit reports can be created only while the CA is active or disabled; this one is %1.</source>
        <translation>Los informes de auditoría solo se pueden crear mientras la CA esté activa o deshabilitada; esta tiene el estado «%1».</translation>
    </message>
    <message>
        <source>Permissions can be changed only while the CA is active or waits for its certificate; this one is %1.</source>
        <translation>Los permisos solo se pueden cambiar mientras la CA esté activa o esperando su certificado; esta tiene el estado «%1».</translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <source>Paste a CSR or open a CSR file.</source>
        <translation>Pegue una CSR o abra un archivo CSR.</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <source>End-entity certificate with only basic constraints; key usages come from the request.</source>
        <translation>Certificado de entidad final solo con restricciones básicas; los usos de clave provienen de la solicitud.</translation>
    </message>
    <message>
        <source>TLS client certificate (client authentication).</source>
        <translation>Certificado de cliente TLS (autenticación de cliente).</translation>
    </message>
    <message>
        <source>TLS server certificate (server authentication).</source>
        <translation>Certificado de servidor TLS (autenticación de servidor).</translation>
    </message>
    <message>
        <source>General end-entity certificate for TLS servers and clients.</source>
        <translation>Certificado de entidad final general para servidores y clientes TLS.</translation>
    </message>
    <message>
        <source>Code signing certificate.</source>
        <translation>Certificado de firma de código.</translation>
    </message>
    <message>
        <source>Certificate for signing OCSP responses.</source>
        <translation>Certificado para firmar respuestas OCSP.</translation>
    </message>
    <message>
        <source>Self-signed root CA certificate for this CA&apos;s own CSR (activates a root CA).</source>
        <translation>Certificado de CA raíz autofirmado para la CSR propia de esta CA (activa una CA raíz).</translation>
    </message>
    <message numerus="yes">
        <source>Subordinate CA certificate that may add %n more CA level(s) below it.</source>
        <translation>
            <numerusform>Certificado de CA subordinada bajo la que puede añadirse %n nivel de CA más.</numerusform>
            <numerusform>Certificado de CA subordinada bajo la que pueden añadirse %n niveles de CA más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra extensions are copied from the CSR.</source>
        <translation>Las extensiones adicionales se copian de la CSR.</translation>
    </message>
    <message>
        <source>Subject and extensions can be supplied with the request (API passthrough).</source>
        <translation>El asunto y las extensiones pueden indicarse con la solicitud (transferencia directa de la API).</translation>
    </message>
    <message>
        <source>Extensions come from the request, then from the CSR.</source>
        <translation>Las extensiones provienen de la solicitud y, después, de la CSR.</translation>
    </message>
</context>
<context>
    <name>CreateCertificateAuthorityWizard</name>
    <message>
        <source>Understood by every client; the usual choice for compatibility.</source>
        <translation>Lo entienden todos los clientes; la opción habitual por compatibilidad.</translation>
    </message>
    <message>
        <source>Stronger RSA; larger certificates and slower signatures.</source>
        <translation>RSA más robusto; certificados más grandes y firmas más lentas.</translation>
    </message>
    <message>
        <source>Small, fast and widely supported elliptic curve key.</source>
        <translation>Clave de curva elíptica pequeña, rápida y ampliamente compatible.</translation>
    </message>
    <message>
        <source>Stronger elliptic curve key for long-lived CAs.</source>
        <translation>Clave de curva elíptica más robusta para CA de larga duración.</translation>
    </message>
    <message>
        <source>Chinese national standard (with SM3).</source>
        <translation>Estándar nacional chino (con SM3).</translation>
    </message>
    <message>
        <source>Post-quantum signature key (FIPS 204); few clients understand it yet.</source>
        <translation>Clave de firma poscuántica (FIPS 204); aún pocos clientes la entienden.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Creating</source>
        <translation>Creando</translation>
    </message>
    <message>
        <source>Pending certificate</source>
        <translation>Certificado pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated.</source>
        <translation>Se están generando el par de claves y la CSR.</translation>
    </message>
    <message>
        <source>Waiting for its CA certificate: install one to activate the CA.</source>
        <translation>Esperando su certificado de CA: instale uno para activar la CA.</translation>
    </message>
    <message>
        <source>Issues certificates and publishes revocation information.</source>
        <translation>Emite certificados y publica información de revocación.</translation>
    </message>
    <message>
        <source>Deleted; it can be restored until its restore period ends.</source>
        <translation>Eliminada; se puede restaurar hasta que termine su periodo de restauración.</translation>
    </message>
    <message>
        <source>Does not issue certificates until it is enabled again.</source>
        <translation>No emite certificados hasta que se vuelva a habilitar.</translation>
    </message>
    <message>
        <source>Its CA certificate has expired; install a renewed certificate.</source>
        <translation>Su certificado de CA ha caducado; instale un certificado renovado.</translation>
    </message>
    <message>
        <source>Creation failed; delete the CA and create a new one.</source>
        <translation>Error en la creación; elimine la CA y cree una nueva.</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>Subordinada</translation>
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
        <translation>ECDSA con SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with SHA-384</source>
        <translation>ECDSA con SHA-384</translation>
    </message>
    <message>
        <source>ECDSA with SHA-512</source>
        <translation>ECDSA con SHA-512</translation>
    </message>
    <message>
        <source>RSA with SHA-256</source>
        <translation>RSA con SHA-256</translation>
    </message>
    <message>
        <source>RSA with SHA-384</source>
        <translation>RSA con SHA-384</translation>
    </message>
    <message>
        <source>RSA with SHA-512</source>
        <translation>RSA con SHA-512</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-256</source>
        <translation>RSA-PSS con SHA-256</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-384</source>
        <translation>RSA-PSS con SHA-384</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-512</source>
        <translation>RSA-PSS con SHA-512</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2 con SM3</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>Uso general</translation>
    </message>
    <message>
        <source>Short-lived certificates (at most 7 days)</source>
        <translation>Certificados de corta duración (7 días como máximo)</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 2 or higher</source>
        <translation>FIPS 140-2 nivel 2 o superior</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 3 or higher</source>
        <translation>FIPS 140-2 nivel 3 o superior</translation>
    </message>
    <message>
        <source>CCPC level 1 or higher</source>
        <translation>CCPC nivel 1 o superior</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>Se agotó el tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>The key algorithm is not supported by this installation</source>
        <translation>Esta instalación no admite el algoritmo de clave</translation>
    </message>
    <message>
        <source>Key generation failed</source>
        <translation>Error al generar la clave</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Key compromise</source>
        <translation>Clave comprometida</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA comprometida</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>Cambio de afiliación</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation>Cese de operaciones</translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation>Privilegio retirado</translation>
    </message>
    <message>
        <source>Attribute authority compromise</source>
        <translation>Autoridad de atributos comprometida</translation>
    </message>
    <message>
        <source>No particular reason is given.</source>
        <translation>No se indica ningún motivo concreto.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key was lost or exposed.</source>
        <translation>La clave privada del certificado se perdió o quedó expuesta.</translation>
    </message>
    <message>
        <source>The key of the issuing CA was lost or exposed.</source>
        <translation>La clave de la CA emisora se perdió o quedó expuesta.</translation>
    </message>
    <message>
        <source>The subject&apos;s name or organisation changed.</source>
        <translation>El nombre o la organización del titular cambió.</translation>
    </message>
    <message>
        <source>The certificate was replaced by a new one.</source>
        <translation>El certificado se sustituyó por uno nuevo.</translation>
    </message>
    <message>
        <source>The certificate is no longer needed.</source>
        <translation>El certificado ya no es necesario.</translation>
    </message>
    <message>
        <source>The subject is no longer entitled to the certificate.</source>
        <translation>El titular ya no tiene derecho al certificado.</translation>
    </message>
    <message>
        <source>An attribute authority behind the certificate was compromised.</source>
        <translation>Una autoridad de atributos asociada al certificado se vio comprometida.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Emitir certificado</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>Obtener certificado</translation>
    </message>
    <message>
        <source>List permissions</source>
        <translation>Enumerar permisos</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>Enter a domain name, e.g. www.example.com.</source>
        <translation>Introduzca un nombre de dominio, p. ej., www.example.com.</translation>
    </message>
    <message>
        <source>A domain name can have at most %1 characters.</source>
        <translation>Un nombre de dominio puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is not a domain name: use labels of letters, digits and hyphens separated by dots, e.g. www.example.com, optionally starting with *. for a wildcard.</source>
        <translation>%1 no es un nombre de dominio: use etiquetas de letras, dígitos y guiones separadas por puntos, p. ej., www.example.com, opcionalmente precedidas de *. para un comodín.</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 names, the domain name included.</source>
        <translation>Un certificado puede tener como máximo %1 nombres, incluido el nombre de dominio.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The certificate authority is not in a state that allows this.</source>
        <translation>El estado de la entidad de certificación no lo permite.</translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation>No se aceptaron algunos de los valores.</translation>
    </message>
    <message>
        <source>This does not name a certificate authority of this store.</source>
        <translation>Esto no designa ninguna entidad de certificación de este almacén.</translation>
    </message>
    <message>
        <source>It no longer exists. It may have been deleted meanwhile.</source>
        <translation>Ya no existe. Puede que se haya eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>The certificate signing request cannot be used.</source>
        <translation>No se puede usar la solicitud de firma de certificado (CSR).</translation>
    </message>
    <message>
        <source>The certificate cannot be used.</source>
        <translation>No se puede usar el certificado.</translation>
    </message>
    <message>
        <source>The certificate does not belong to this certificate authority.</source>
        <translation>El certificado no pertenece a esta entidad de certificación.</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>La política no es válida.</translation>
    </message>
    <message>
        <source>A tag key or value is not allowed.</source>
        <translation>No se permite una clave o un valor de etiqueta.</translation>
    </message>
    <message>
        <source>A certificate authority can have at most 50 tags.</source>
        <translation>Una entidad de certificación puede tener como máximo 50 etiquetas.</translation>
    </message>
    <message>
        <source>This permission already exists.</source>
        <translation>Este permiso ya existe.</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>Esto ya se hizo.</translation>
    </message>
    <message>
        <source>The request is still in progress. Try again in a moment.</source>
        <translation>La solicitud aún está en curso. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>A limit was reached.</source>
        <translation>Se alcanzó un límite.</translation>
    </message>
    <message>
        <source>Something else changed it at the same time. Try again.</source>
        <translation>Otra operación lo cambió al mismo tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The store is in use by another program.</source>
        <translation>Otro programa está usando el almacén.</translation>
    </message>
    <message>
        <source>The store cannot be read or written.</source>
        <translation>No se puede leer ni escribir en el almacén.</translation>
    </message>
    <message>
        <source>It is still in use: a user can only be deleted once its access keys, inline policies and attached policies are removed.</source>
        <translation>Aún está en uso: un usuario solo se puede eliminar cuando se hayan quitado sus claves de acceso, sus políticas insertadas y sus políticas asociadas.</translation>
    </message>
    <message>
        <source>One with this name already exists.</source>
        <translation>Ya existe uno con este nombre.</translation>
    </message>
    <message>
        <source>The policy document is not valid.</source>
        <translation>El documento de política no es válido.</translation>
    </message>
    <message>
        <source>An IAM quota was reached (e.g. two access keys per user, ten attached policies, 2048 characters of inline policies).</source>
        <translation>Se alcanzó una cuota de IAM (p. ej., dos claves de acceso por usuario, diez políticas asociadas, 2048 caracteres de políticas insertadas).</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>La operación falló.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>No se puede acceder al servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The server did not accept the access key.</source>
        <translation>El servidor no aceptó la clave de acceso.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Choose a passphrase: it encrypts every CA key.</source>
        <translation>Elija una frase de contraseña: cifra todas las claves de CA.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Use at least 12 characters; several unrelated words work well.</source>
        <translation>Use al menos 12 caracteres; varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Add more words or characters of other kinds.</source>
        <translation>Añada más palabras o caracteres de otros tipos.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save file</source>
        <translation>Guardar archivo</translation>
    </message>
</context>
<context>
    <name>ResourcePolicyText</name>
    <message>
        <source>The policy is empty.</source>
        <translation>La política está vacía.</translation>
    </message>
</context>
<context>
    <name>TeamStoreButton</name>
    <message>
        <source>Open a team store…</source>
        <translation>Abrir un almacén de equipo…</translation>
    </message>
    <message>
        <source>A team store lives in PostgreSQL: replace USER, HOST and DATABASE (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Un almacén de equipo reside en PostgreSQL: sustituya USER, HOST y DATABASE (la contraseña procede de PGPASSWORD o de ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Private certificate authorities with AWS Private CA semantics, on your own machine.</source>
        <translation>Entidades de certificación privadas con la semántica de AWS Private CA, en su propio equipo.</translation>
    </message>
    <message>
        <source>Store directory (default: PRIVATECA_DATA_DIR, the Settings choice, then %1).</source>
        <translation>Directorio del almacén (predeterminado: PRIVATECA_DATA_DIR, la opción de Configuración y, después, %1).</translation>
    </message>
    <message>
        <source>Read the master passphrase from FILE instead of asking (PRIVATECA_PASSPHRASE works too).</source>
        <translation>Leer la frase de contraseña maestra de FILE en lugar de preguntarla (PRIVATECA_PASSPHRASE también sirve).</translation>
    </message>
    <message>
        <source>Private CA Manager</source>
        <translation>Administrador de CA privadas</translation>
    </message>
    <message>
        <source>The store: a directory, or a team store on PostgreSQL as postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (takes precedence over --data-dir).</source>
        <translation>El almacén: un directorio o un almacén de equipo en PostgreSQL con la forma postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (tiene prioridad sobre --data-dir).</translation>
    </message>
    <message>
        <source>Work on the privateca-server at URL instead of a local store (asks for the access key unless --profile).</source>
        <translation>Trabajar en el privateca-server de la URL indicada en lugar de en un almacén local (pide la clave de acceso, salvo con --profile).</translation>
    </message>
    <message>
        <source>Sign the calls to the server with the access key of this AWS profile (~/.aws/credentials).</source>
        <translation>Firmar las llamadas al servidor con la clave de acceso de este perfil de AWS (~/.aws/credentials).</translation>
    </message>
</context>
<context>
    <name>pca::models::AccessKeyModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Requests signed with this key are accepted.</source>
        <translation>Se aceptan las solicitudes firmadas con esta clave.</translation>
    </message>
    <message>
        <source>Requests signed with this key are refused until it is activated again.</source>
        <translation>Se rechazan las solicitudes firmadas con esta clave hasta que se vuelva a activar.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>pca::models::AccountModel</name>
    <message>
        <source>This store</source>
        <translation>Este almacén</translation>
    </message>
    <message>
        <source>With the store</source>
        <translation>Con el almacén</translation>
    </message>
    <message>
        <source>The store&apos;s own account: its administrator is you, the store owner. It cannot be deleted.</source>
        <translation>La cuenta propia del almacén: su administrador es usted, el propietario del almacén. No se puede eliminar.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalDependents</name>
    <message>
        <source>No certificate managed by ACM renews through this CA.</source>
        <translation>Ningún certificado administrado por ACM se renueva a través de esta CA.</translation>
    </message>
    <message>
        <source>a renewal has been due since %1.</source>
        <translation>una renovación está pendiente desde el %1.</translation>
    </message>
    <message>
        <source>the next renewal is due on %1.</source>
        <translation>la próxima renovación está prevista para el %1.</translation>
    </message>
    <message>
        <source>1 certificate managed by ACM renews through this CA</source>
        <translation>1 certificado administrado por ACM se renueva a través de esta CA</translation>
    </message>
    <message>
        <source>%1 certificates managed by ACM renew through this CA</source>
        <translation>%1 certificados administrados por ACM se renuevan a través de esta CA</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the certificate it manages from this CA. This certificate will fail to renew: %1.

Clear the box anyway?</source>
        <translation>Sin esta autorización, ACM no puede renovar el certificado que administra desde esta CA. La renovación de este certificado fallará: %1.

¿Desmarcar la casilla de todos modos?</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the %1 certificates it manages from this CA. These certificates will fail to renew: %2.

Clear the box anyway?</source>
        <translation>Sin esta autorización, ACM no puede renovar los %1 certificados que administra desde esta CA. La renovación de estos certificados fallará: %2.

¿Desmarcar la casilla de todos modos?</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalPermission</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>Seleccione primero una entidad de certificación.</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Aplicando el cambio…</translation>
    </message>
    <message>
        <source>Reading the current permissions…</source>
        <translation>Leyendo los permisos actuales…</translation>
    </message>
    <message>
        <source>Only partly authorized: ACM is missing %1.</source>
        <translation>Autorización solo parcial: a ACM le falta %1.</translation>
    </message>
</context>
<context>
    <name>pca::models::AuditReportModel</name>
    <message>
        <source>Report %1</source>
        <translation>Informe %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityCreation</name>
    <message>
        <source>The key of the new CA could not be generated (%1).</source>
        <translation>No se pudo generar la clave de la nueva CA (%1).</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityModel</name>
    <message>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo de clave</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateModel</name>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>Revocado el %1: %2</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Esta columna no se puede ordenar.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Nombres alternativos</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pca::models::EventModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n más)</numerusform>
            <numerusform>%1 (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s administrator (the store owner for the store&apos;s account)</source>
        <translation>El administrador de la cuenta (el propietario del almacén para la cuenta del almacén)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>Origen del evento</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>pca::models::IamUserModel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateModel</name>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>CA emisora</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>Respuesta de la CA: %1</translation>
    </message>
    <message>
        <source>The CA is issuing the certificate…</source>
        <translation>La CA está emitiendo el certificado…</translation>
    </message>
    <message>
        <source>Revoked by its CA on %1.</source>
        <translation>Revocado por su CA el %1.</translation>
    </message>
    <message>
        <source>Revoked by its CA.</source>
        <translation>Revocado por su CA.</translation>
    </message>
    <message>
        <source>Expired; request a new certificate.</source>
        <translation>Caducado; solicite un certificado nuevo.</translation>
    </message>
    <message>
        <source>Renewal under way.</source>
        <translation>Renovación en curso.</translation>
    </message>
    <message>
        <source>Expires today, within the %1 days of DaysBeforeExpiry.</source>
        <translation>Caduca hoy, dentro de los %1 días de DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Expires tomorrow, within the %1 days of DaysBeforeExpiry.</source>
        <translation>Caduca mañana, dentro de los %1 días de DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Expires in %1 days, within the %2 days of DaysBeforeExpiry.</source>
        <translation>Caduca dentro de %1 días, dentro de los %2 días de DaysBeforeExpiry.</translation>
    </message>
    <message>
        <source>Renewed on %1.</source>
        <translation>Renovado el %1.</translation>
    </message>
    <message>
        <source>Managed renewal from %1.</source>
        <translation>Renovación administrada a partir del %1.</translation>
    </message>
    <message>
        <source>Waiting for the CA…</source>
        <translation>Esperando a la CA…</translation>
    </message>
    <message>
        <source>Revoked on %1.</source>
        <translation>Revocado el %1.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Revocado.</translation>
    </message>
    <message>
        <source>Request a new certificate.</source>
        <translation>Solicite un certificado nuevo.</translation>
    </message>
    <message>
        <source>Expires today.</source>
        <translation>Caduca hoy.</translation>
    </message>
    <message>
        <source>Expires tomorrow.</source>
        <translation>Caduca mañana.</translation>
    </message>
    <message>
        <source>Expires in %1 days.</source>
        <translation>Caduca dentro de %1 días.</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateTagModel</name>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>Un certificado puede tener como máximo %1 etiquetas.</translation>
    </message>
</context>
<context>
    <name>pca::models::PermissionModel</name>
    <message>
        <source>Principal</source>
        <translation>Entidad principal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation>Cuenta de origen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteAccessClient</name>
    <message>
        <source>Connected to %1: accounts are made and removed on the server (privateca-server account create); this key acts in account %2.</source>
        <translation>Conectado a %1: las cuentas se crean y eliminan en el servidor (privateca-server account create); esta clave actúa en la cuenta %2.</translation>
    </message>
    <message>
        <source>Connected as %1: IAM acts in the caller&apos;s account %2, not in %3.</source>
        <translation>Conectado como %1: IAM actúa en la cuenta %2 del autor de la llamada, no en %3.</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteCertificateManagerClient</name>
    <message>
        <source>(certificate authority not found)</source>
        <translation>(no se encontró la entidad de certificación)</translation>
    </message>
</context>
<context>
    <name>pca::models::RemotePrivateCaClient</name>
    <message>
        <source>Connected to %1: the store and its public URL are the server&apos;s settings (privateca-server --data-dir and --public-url).</source>
        <translation>Conectado a %1: el almacén y su URL pública son parámetros del servidor (privateca-server --data-dir y --public-url).</translation>
    </message>
    <message>
        <source>Connected to %1: the server publishes CRLs itself, on time and after each revocation.</source>
        <translation>Conectado a %1: el servidor publica las CRL por sí mismo, a tiempo y después de cada revocación.</translation>
    </message>
</context>
<context>
    <name>pca::models::TagModel</name>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>Una entidad de certificación puede tener como máximo %1 etiquetas.</translation>
    </message>
    <message>
        <source>A tag needs a key.</source>
        <translation>Una etiqueta necesita una clave.</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation>Una clave de etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A tag key may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>Una clave de etiqueta solo puede contener letras, dígitos, espacios y _ . : / = + - @.</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved.</source>
        <translation>Las claves de etiqueta que empiezan por aws: están reservadas.</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>Un valor de etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A tag value may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>Un valor de etiqueta solo puede contener letras, dígitos, espacios y _ . : / = + - @.</translation>
    </message>
    <message>
        <source>Type a key to add this tag.</source>
        <translation>Escriba una clave para añadir esta etiqueta.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>Ya existe una etiqueta con la clave %1.</translation>
    </message>
</context>
<context>
    <name>pca::models::UserPolicyModel</name>
    <message>
        <source>AWS managed</source>
        <translation>Administrada por AWS</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Insertada</translation>
    </message>
    <message>
        <source>An inline policy of this user</source>
        <translation>Una política insertada de este usuario</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>pca::views::AccessPage</name>
    <message>
        <source>Who may call this store&apos;s API (IAM): accounts, their users, access keys and policies. You manage them as the store owner; the server checks them on every call.</source>
        <translation>Quién puede llamar a la API de este almacén (IAM): cuentas, sus usuarios, claves de acceso y políticas. Usted los administra como propietario del almacén; el servidor los comprueba en cada llamada.</translation>
    </message>
    <message>
        <source>Select a user to see its access keys and policies.</source>
        <translation>Seleccione un usuario para ver sus claves de acceso y políticas.</translation>
    </message>
    <message>
        <source>Cannot read the callers: %1</source>
        <translation>No se pueden leer los autores de llamadas: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Create account…</source>
        <translation>Crear cuenta…</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Eliminar cuenta…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Create user…</source>
        <translation>Crear usuario…</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Eliminar usuario…</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Claves de acceso</translation>
    </message>
    <message>
        <source>Create access key</source>
        <translation>Crear clave de acceso</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Add inline…</source>
        <translation>Añadir insertada…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Attach managed</source>
        <translation>Asociar administrada</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Select an account to see its users.</source>
        <translation>Seleccione una cuenta para ver sus usuarios.</translation>
    </message>
    <message>
        <source>Users of the store&apos;s account %1. Its administrator is the store owner.</source>
        <translation>Usuarios de la cuenta del almacén %1. Su administrador es el propietario del almacén.</translation>
    </message>
    <message>
        <source>Users of account %1 (%2).</source>
        <translation>Usuarios de la cuenta %1 (%2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>User %1 in account %2</source>
        <translation>Usuario %1 de la cuenta %2</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Seleccione primero una cuenta.</translation>
    </message>
    <message>
        <source>The store&apos;s own account cannot be deleted.</source>
        <translation>La cuenta propia del almacén no se puede eliminar.</translation>
    </message>
    <message>
        <source>Delete the account with its users, access keys and policies.</source>
        <translation>Eliminar la cuenta con sus usuarios, claves de acceso y políticas.</translation>
    </message>
    <message>
        <source>A user can have two access keys (IAM&apos;s quota).</source>
        <translation>Un usuario puede tener dos claves de acceso (cuota de IAM).</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Refuse requests signed with this key from now on.</source>
        <translation>Rechazar a partir de ahora las solicitudes firmadas con esta clave.</translation>
    </message>
    <message>
        <source>Accept requests signed with this key again.</source>
        <translation>Volver a aceptar las solicitudes firmadas con esta clave.</translation>
    </message>
    <message>
        <source>AWS managed policies cannot be edited; detach it instead.</source>
        <translation>Las políticas administradas por AWS no se pueden editar; desasóciela en su lugar.</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>Desasociar…</translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation>%1 (asociada)</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>An account stands in for another AWS account (a partner, another team). It gets an administrator key, shown once when the account is created.</source>
        <translation>Una cuenta representa otra cuenta de AWS (un socio, otro equipo). Recibe una clave de administrador, que se muestra una sola vez al crear la cuenta.</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de cuenta:</translation>
    </message>
    <message>
        <source>12 digits; empty for a random one</source>
        <translation>12 dígitos; vacío para uno aleatorio</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>e.g. Partner Corp</source>
        <translation>p. ej., Partner Corp</translation>
    </message>
    <message>
        <source>Account %1 created</source>
        <translation>Cuenta %1 creada</translation>
    </message>
    <message>
        <source>The administrator of account %1 signs with this access key. Use it as an AWS profile (aws configure --profile %2).</source>
        <translation>El administrador de la cuenta %1 firma con esta clave de acceso. Úsela como perfil de AWS (aws configure --profile %2).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Cuenta %1 creada.</translation>
    </message>
    <message numerus="yes">
        <source>Delete account %1%2 with its %n user(s), their access keys and policies? Requests signed with its keys are refused from then on. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la cuenta %1%2 con su %n usuario, sus claves de acceso y sus políticas? Las solicitudes firmadas con sus claves se rechazarán a partir de entonces. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la cuenta %1%2 con sus %n usuarios, sus claves de acceso y sus políticas? Las solicitudes firmadas con sus claves se rechazarán a partir de entonces. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Cannot delete account %1</source>
        <translation>No se puede eliminar la cuenta %1</translation>
    </message>
    <message>
        <source>Account %1 deleted.</source>
        <translation>Cuenta %1 eliminada.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>A user of account %1. It can call the API once it has an access key and a policy that allows the call.</source>
        <translation>Un usuario de la cuenta %1. Puede llamar a la API en cuanto tenga una clave de acceso y una política que permita la llamada.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>p. ej., issuer-bot</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits and + = , . @ _ -</source>
        <translation>Hasta 64 letras, dígitos y + = , . @ _ -</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Usuario %1 creado.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Delete user %1 of account %2?</source>
        <translation>¿Eliminar el usuario %1 de la cuenta %2?</translation>
    </message>
    <message>
        <source>Cannot delete user %1</source>
        <translation>No se puede eliminar el usuario %1</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Usuario %1 eliminado.</translation>
    </message>
    <message>
        <source>Cannot create an access key for %1</source>
        <translation>No se puede crear una clave de acceso para %1</translation>
    </message>
    <message>
        <source>Access key created</source>
        <translation>Clave de acceso creada</translation>
    </message>
    <message>
        <source>User %1 signs its requests with this key (aws configure, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>El usuario %1 firma sus solicitudes con esta clave (aws configure, o AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY).</translation>
    </message>
    <message>
        <source>Access key %1 created.</source>
        <translation>Clave de acceso %1 creada.</translation>
    </message>
    <message>
        <source>Cannot change access key %1</source>
        <translation>No se puede cambiar la clave de acceso %1</translation>
    </message>
    <message>
        <source>Access key %1 activated.</source>
        <translation>Clave de acceso %1 activada.</translation>
    </message>
    <message>
        <source>Access key %1 deactivated.</source>
        <translation>Clave de acceso %1 desactivada.</translation>
    </message>
    <message>
        <source>Delete access key</source>
        <translation>Eliminar clave de acceso</translation>
    </message>
    <message>
        <source>Delete access key %1? Requests signed with it are refused from then on. This cannot be undone; to stop it for a while, deactivate it instead.</source>
        <translation>¿Eliminar la clave de acceso %1? Las solicitudes firmadas con ella se rechazarán a partir de entonces. Esta acción no se puede deshacer; para detenerla temporalmente, desactívela en su lugar.</translation>
    </message>
    <message>
        <source>Cannot delete access key %1</source>
        <translation>No se puede eliminar la clave de acceso %1</translation>
    </message>
    <message>
        <source>Access key %1 deleted.</source>
        <translation>Clave de acceso %1 eliminada.</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>Política %1 guardada.</translation>
    </message>
    <message>
        <source>Detach the AWS managed policy %1 from %2?</source>
        <translation>¿Desasociar la política administrada por AWS %1 de %2?</translation>
    </message>
    <message>
        <source>Delete the inline policy %1 of %2?</source>
        <translation>¿Eliminar la política insertada %1 de %2?</translation>
    </message>
    <message>
        <source>Detach policy</source>
        <translation>Desasociar política</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Eliminar política</translation>
    </message>
    <message>
        <source>Cannot remove policy %1</source>
        <translation>No se puede quitar la política %1</translation>
    </message>
    <message>
        <source>Policy %1 removed.</source>
        <translation>Política %1 quitada.</translation>
    </message>
    <message>
        <source>Cannot attach %1</source>
        <translation>No se puede asociar %1</translation>
    </message>
    <message>
        <source>Policy %1 attached.</source>
        <translation>Política %1 asociada.</translation>
    </message>
</context>
<context>
    <name>pca::views::ActivityPage</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>p. ej., issuer-bot</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>e.g. IssueCertificate</source>
        <translation>p. ej., IssueCertificate</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Recurso</translation>
    </message>
    <message>
        <source>part of an ARN</source>
        <translation>parte de un ARN</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Desde – hasta</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Solo &amp;errores</translation>
    </message>
    <message>
        <source>Only calls that failed or were denied</source>
        <translation>Solo las llamadas que fallaron o se denegaron</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Save the events shown as a CloudTrail log file ({&quot;Records&quot;: [...]})</source>
        <translation>Guardar los eventos mostrados como archivo de registro de CloudTrail ({&quot;Records&quot;: [...]})</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event record</source>
        <translation>Registro del evento</translation>
    </message>
    <message>
        <source>Select an event to see its CloudTrail record.</source>
        <translation>Seleccione un evento para ver su registro de CloudTrail.</translation>
    </message>
    <message>
        <source>Cannot read the event history: %1</source>
        <translation>No se puede leer el historial de eventos: %1</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>El inicio del intervalo es posterior a su final.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Ningún evento coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n evento mostrado; desplácese hacia abajo para ver más.</numerusform>
            <numerusform>%n eventos mostrados; desplácese hacia abajo para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n evento.</numerusform>
            <numerusform>%n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the events</source>
        <translation>No se pueden exportar los eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n evento exportado a %1.</numerusform>
            <numerusform>%n eventos exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pca::views::AuditReportsTab</name>
    <message>
        <source>Create an audit report</source>
        <translation>Crear un informe de auditoría</translation>
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
        <translation>Formato del informe</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Nombre del bucket</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Crear informe</translation>
    </message>
    <message>
        <source>Report in progress</source>
        <translation>Informe en curso</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Informes de auditoría</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>The report is being built…</source>
        <translation>Se está creando el informe…</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>El informe está listo.</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Solicitando…</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>Guardar informe de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Informe de auditoría</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::CaCertificateTab</name>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>Exportar PEM…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>Exportar DER…</translation>
    </message>
    <message>
        <source>Export chain…</source>
        <translation>Exportar cadena…</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>Copiar PEM</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>Instalar certificado de CA…</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>Guardar CSR…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>Copiar CSR</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1
Issued by %2</source>
        <translation>%1
Emitido por %2</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated…</source>
        <translation>Se están generando el par de claves y la CSR…</translation>
    </message>
    <message>
        <source>This CA has no certificate.</source>
        <translation>Esta CA no tiene certificado.</translation>
    </message>
    <message>
        <source>No CA certificate is installed yet. Install one signed by a CA of this store in one click, or give this certificate signing request (CSR) to an external CA and install the certificate it returns.</source>
        <translation>Aún no hay ningún certificado de CA instalado. Instale con un clic uno firmado por una CA de este almacén, o entregue esta solicitud de firma de certificado (CSR) a una CA externa e instale el certificado que devuelva.</translation>
    </message>
    <message>
        <source>Export CA certificate (DER)</source>
        <translation>Exportar certificado de CA (DER)</translation>
    </message>
    <message>
        <source>Export CA certificate (PEM)</source>
        <translation>Exportar certificado de CA (PEM)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>Certificados DER (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificados PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate chain</source>
        <translation>Exportar cadena de certificados</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>Guardar CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Solicitudes de firma de certificado (*.csr *.pem)</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateAuthorityDetails</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Informes de auditoría</translation>
    </message>
    <message>
        <source>Create certificate authority…</source>
        <translation>Crear entidad de certificación…</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>CA raíz</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>CA subordinada</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>No certificate authority yet</source>
        <translation>Aún no hay ninguna entidad de certificación</translation>
    </message>
    <message>
        <source>Create a root CA to start a hierarchy, or a subordinate CA to be signed by an existing one.</source>
        <translation>Cree una CA raíz para iniciar una jerarquía, o una CA subordinada para que la firme una existente.</translation>
    </message>
    <message>
        <source>Select a certificate authority</source>
        <translation>Seleccione una entidad de certificación</translation>
    </message>
    <message>
        <source>Its details, certificates and settings appear here.</source>
        <translation>Aquí aparecen sus detalles, certificados y configuración.</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateViewer</name>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>This certificate cannot be read: %1</source>
        <translation>No se puede leer este certificado: %1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Nombres alternativos</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algoritmo de firma</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Entidad de certificación</translation>
    </message>
    <message>
        <source>Yes, path length %1</source>
        <translation>Sí, longitud de ruta %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Autofirmado</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (crítica)</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Huellas digitales</translation>
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
        <translation>Buscar asunto, nombres alternativos o número de serie</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>Buscar certificados</translation>
    </message>
    <message>
        <source>Show certificates</source>
        <translation>Mostrar certificados</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>Todos los certificados</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válidos</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocados</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Emitir certificado…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Certificados emitidos</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 certificado</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 certificados</translation>
    </message>
    <message>
        <source>Select a valid certificate to revoke.</source>
        <translation>Seleccione un certificado válido para revocarlo.</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>Mostrar detalles…</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>Exportar PEM…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>Exportar DER…</translation>
    </message>
    <message>
        <source>Copy serial</source>
        <translation>Copiar número de serie</translation>
    </message>
    <message>
        <source>Copy ARN</source>
        <translation>Copiar ARN</translation>
    </message>
    <message>
        <source>Export certificate (DER)</source>
        <translation>Exportar certificado (DER)</translation>
    </message>
    <message>
        <source>Export certificate (PEM)</source>
        <translation>Exportar certificado (PEM)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>Certificados DER (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificados PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Exportar certificado</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificado %1</translation>
    </message>
    <message>
        <source>Type at least %1 characters to search</source>
        <translation>Escriba al menos %1 caracteres para buscar</translation>
    </message>
    <message>
        <source>More than %1 certificates</source>
        <translation>Más de %1 certificados</translation>
    </message>
</context>
<context>
    <name>pca::views::ConnectToServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Perfil de AWS</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Archivo de CA de confianza</translation>
    </message>
    <message>
        <source>Optional: PEM certificates to trust besides the system&apos;s</source>
        <translation>Opcional: certificados PEM en los que confiar además de los del sistema</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL del servidor:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>ID de clave de acceso:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clave de acceso secreta:</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>Perfil de AWS:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Archivo de CA de confianza:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, e.g. https://pca.example.com.</source>
        <translation>Escriba la dirección del servidor, p. ej., https://pca.example.com.</translation>
    </message>
    <message>
        <source>Type the access key ID and the secret access key.</source>
        <translation>Escriba el ID de clave de acceso y la clave de acceso secreta.</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>Una región tiene el aspecto de us-east-1.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The profile %1 has no access key.</source>
        <translation>El perfil %1 no tiene clave de acceso.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>pca::views::CreateCertificateAuthorityWizard</name>
    <message>
        <source>Create certificate authority</source>
        <translation>Crear entidad de certificación</translation>
    </message>
    <message>
        <source>Create CA</source>
        <translation>Crear CA</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The CA is waiting for its certificate. Have the CSR below signed, then use Install CA certificate.</source>
        <translation>La CA está esperando su certificado. Haga firmar la CSR de abajo y, después, use «Instalar certificado de CA».</translation>
    </message>
    <message>
        <source>The CA is active and ready to issue certificates.</source>
        <translation>La CA está activa y lista para emitir certificados.</translation>
    </message>
    <message>
        <source>The CA was created and appears in the list; you can install its certificate later.</source>
        <translation>La CA se creó y aparece en la lista; puede instalar su certificado más adelante.</translation>
    </message>
    <message>
        <source>Certificate authority type</source>
        <translation>Tipo de entidad de certificación</translation>
    </message>
    <message>
        <source>A root CA anchors a hierarchy; a subordinate CA is signed by another CA and usually issues the end-entity certificates.</source>
        <translation>Una CA raíz ancla una jerarquía; una CA subordinada está firmada por otra CA y suele emitir los certificados de entidad final.</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>CA raíz</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>CA subordinada</translation>
    </message>
    <message>
        <source>Signs its own certificate. Keep it for signing subordinate CAs and use it rarely.</source>
        <translation>Firma su propio certificado. Resérvela para firmar CA subordinadas y úsela poco.</translation>
    </message>
    <message>
        <source>Its certificate is signed by a root or another subordinate CA — one of this store, in one click, or an external one from its CSR.</source>
        <translation>Su certificado lo firma una CA raíz u otra CA subordinada: una de este almacén, con un clic, o una externa a partir de su CSR.</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>Nombre del asunto</translation>
    </message>
    <message>
        <source>The distinguished name of the CA, shown in every certificate it issues.</source>
        <translation>El nombre distintivo de la CA, que figura en cada certificado que emite.</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo de clave</translation>
    </message>
    <message>
        <source>The CA&apos;s key pair is generated in the background and stored encrypted. Only signing algorithms that fit the key are offered.</source>
        <translation>El par de claves de la CA se genera en segundo plano y se almacena cifrado. Solo se ofrecen los algoritmos de firma adecuados para la clave.</translation>
    </message>
    <message>
        <source>%1 (not supported by this installation)</source>
        <translation>%1 (no compatible con esta instalación)</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algoritmo de firma</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algoritmo de clave:</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>Algoritmo de firma:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>How long the CA certificate is valid when it is signed in this store. Certificates it issues cannot outlive it.</source>
        <translation>Cuánto tiempo es válido el certificado de CA cuando se firma en este almacén. Los certificados que emite no pueden durar más que él.</translation>
    </message>
    <message>
        <source>Typical choices: 10 years or more for a root CA, 3 to 5 years for a subordinate CA.</source>
        <translation>Valores habituales: 10 años o más para una CA raíz, de 3 a 5 años para una CA subordinada.</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>Revocación de certificados</translation>
    </message>
    <message>
        <source>How clients learn that a certificate was revoked. Both can be changed later.</source>
        <translation>Cómo saben los clientes que un certificado se ha revocado. Ambas opciones pueden cambiarse más adelante.</translation>
    </message>
    <message>
        <source>Usage mode and key storage</source>
        <translation>Modo de uso y almacenamiento de claves</translation>
    </message>
    <message>
        <source>What the CA is for and the security standard its key is kept to.</source>
        <translation>Para qué sirve la CA y qué estándar de seguridad se aplica a la custodia de su clave.</translation>
    </message>
    <message>
        <source>Usage mode</source>
        <translation>Modo de uso</translation>
    </message>
    <message>
        <source>Certificates of any validity the CA allows.</source>
        <translation>Certificados con cualquier validez que permita la CA.</translation>
    </message>
    <message>
        <source>Certificates valid for at most 7 days, for workloads that renew often and need no revocation.</source>
        <translation>Certificados válidos durante 7 días como máximo, para cargas de trabajo que se renuevan a menudo y no necesitan revocación.</translation>
    </message>
    <message>
        <source>Key storage security standard</source>
        <translation>Estándar de seguridad de almacenamiento de claves</translation>
    </message>
    <message>
        <source>Recorded as AWS reports it. Here every CA key is encrypted at rest with the store&apos;s passphrase (scrypt, AES-256).</source>
        <translation>Se registra tal como lo indica AWS. Aquí, cada clave de CA se cifra en reposo con la frase de contraseña del almacén (scrypt, AES-256).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Optional key–value labels (up to 50) for organizing your CAs.</source>
        <translation>Etiquetas de clave-valor opcionales (hasta 50) para organizar sus CA.</translation>
    </message>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>Una entidad de certificación puede tener como máximo %1 etiquetas.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Let AWS Certificate Manager (ACM) renew the certificates it manages from this CA.</source>
        <translation>Permitir que AWS Certificate Manager (ACM) renueve los certificados que administra desde esta CA.</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>Autorizar a ACM a usar esta CA para las renovaciones</translation>
    </message>
    <message>
        <source>Grants acm.amazonaws.com the actions IssueCertificate, GetCertificate and ListPermissions. Permissions can only be granted to an active CA, so this is applied as soon as the CA becomes active. It can be changed any time on the Permissions tab.</source>
        <translation>Concede a acm.amazonaws.com las acciones IssueCertificate, GetCertificate y ListPermissions. Los permisos solo se pueden conceder a una CA activa, así que esto se aplica en cuanto la CA se activa. Se puede cambiar en cualquier momento en la pestaña «Permisos».</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>Revisar y crear</translation>
    </message>
    <message>
        <source>Check the settings and choose how the CA gets its certificate.</source>
        <translation>Revise la configuración y elija cómo obtiene la CA su certificado.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Activate now: install a self-signed CA certificate</source>
        <translation>Activar ahora: instalar un certificado de CA autofirmado</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store now</source>
        <translation>Firmarlo ahora con una CA de este almacén</translation>
    </message>
    <message>
        <source>Have it signed by an external CA (export the CSR, install the certificate later)</source>
        <translation>Hacerlo firmar por una CA externa (exportar la CSR, instalar el certificado más adelante)</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>CA firmante</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Longitud de ruta</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>Cuántos niveles de CA pueden seguir por debajo de esta (0: solo emite certificados de entidad final).</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>CA firmante:</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>Longitud de ruta:</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>Ninguna CA activa de este almacén puede firmarlo.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>until about %1</source>
        <translation>hasta aproximadamente el %1</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>published to %1, valid for 1 day</source>
        <translation>publicada en %1, válida durante 1 día</translation>
    </message>
    <message>
        <source>published to %1, valid for %2 days</source>
        <translation>publicada en %1, válida durante %2 días</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicada</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>Key storage</source>
        <translation>Almacenamiento de claves</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>ACM renewals</source>
        <translation>Renovaciones de ACM</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorizadas</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>no autorizadas</translation>
    </message>
    <message>
        <source>Creating the certificate authority</source>
        <translation>Creando la entidad de certificación</translation>
    </message>
    <message>
        <source>The key is generated in the background; you can keep working.</source>
        <translation>La clave se genera en segundo plano; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Create the CA</source>
        <translation>Crear la CA</translation>
    </message>
    <message>
        <source>Generate the key pair and CSR</source>
        <translation>Generar el par de claves y la CSR</translation>
    </message>
    <message>
        <source>Sign and install the CA certificate</source>
        <translation>Firmar e instalar el certificado de CA</translation>
    </message>
    <message>
        <source>Authorize ACM for renewals</source>
        <translation>Autorizar a ACM para las renovaciones</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Solicitud de firma de certificado</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>Guardar CSR…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>Copiar CSR</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>Guardar CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Solicitudes de firma de certificado (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Generating the key pair; RSA 4096 can take a few seconds…</source>
        <translation>Generando el par de claves; RSA 4096 puede tardar unos segundos…</translation>
    </message>
</context>
<context>
    <name>pca::views::DeleteCertificateAuthorityDialog</name>
    <message>
        <source>Delete certificate authority</source>
        <translation>Eliminar entidad de certificación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Restore period</source>
        <translation>Periodo de restauración</translation>
    </message>
    <message>
        <source>%1 has no usable key yet (%2). It is deleted at once and cannot be restored.</source>
        <translation>%1 aún no tiene una clave utilizable (%2). Se elimina de inmediato y no se podrá restaurar.</translation>
    </message>
    <message>
        <source>I understand; delete it now</source>
        <translation>Entendido; eliminarla ahora</translation>
    </message>
    <message>
        <source>%1 stops working at once: it issues no certificates and its CRL is no longer updated. You can restore it during the restore period; after that it is deleted permanently with its private key.</source>
        <translation>%1 deja de funcionar de inmediato: no emite certificados y su CRL deja de actualizarse. Puede restaurarla durante el periodo de restauración; después se elimina de forma permanente junto con su clave privada.</translation>
    </message>
    <message>
        <source>Restore period:</source>
        <translation>Periodo de restauración:</translation>
    </message>
    <message>
        <source>I understand; delete it</source>
        <translation>Entendido; eliminarla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>pca::views::ErrorDialog</name>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Copy error code</source>
        <translation>Copiar código de error</translation>
    </message>
</context>
<context>
    <name>pca::views::ExpiryChart</name>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>No certificate expires this month.</source>
        <translation>Ningún certificado caduca este mes.</translation>
    </message>
    <message>
        <source>No certificate expires in the coming %1 months.</source>
        <translation>Ningún certificado caduca en los próximos %1 meses.</translation>
    </message>
    <message>
        <source>%1: 1 certificate expires</source>
        <translation>%1: caduca 1 certificado</translation>
    </message>
    <message>
        <source>%1: %2 certificates expire</source>
        <translation>%1: caducan %2 certificados</translation>
    </message>
    <message>
        <source>Certificate expiry chart</source>
        <translation>Gráfico de caducidad de certificados</translation>
    </message>
</context>
<context>
    <name>pca::views::ExportManagedCertificateDialog</name>
    <message>
        <source>Export certificate — %1</source>
        <translation>Exportar certificado — %1</translation>
    </message>
    <message>
        <source>The export holds the private key of &lt;b&gt;%1&lt;/b&gt;, encrypted with the passphrase you choose here. The passphrase is not stored anywhere: keep it, the key cannot be used without it. The CA&apos;s audit trail records the export.</source>
        <translation>La exportación contiene la clave privada de &lt;b&gt;%1&lt;/b&gt;, cifrada con la frase de contraseña que elija aquí. La frase de contraseña no se guarda en ningún sitio: consérvela, sin ella la clave no se puede usar. El registro de auditoría de la CA anota la exportación.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PKCS#12: key, certificate and chain in one .p12 file</source>
        <translation>PKCS#12: clave, certificado y cadena en un solo archivo .p12</translation>
    </message>
    <message>
        <source>PEM: certificate, chain and encrypted private key as three .pem files in a folder</source>
        <translation>PEM: certificado, cadena y clave privada cifrada como tres archivos .pem en una carpeta</translation>
    </message>
    <message>
        <source>Passphrase for the private key</source>
        <translation>Frase de contraseña de la clave privada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>At most %1 bytes.</source>
        <translation>Como máximo %1 bytes.</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Vuelva a escribir la frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>Guardar PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose a folder for the PEM files</source>
        <translation>Elija una carpeta para los archivos PEM</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <source>These files exist and will be replaced:
%1</source>
        <translation>Estos archivos existen y se reemplazarán:
%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::GeneralTab</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Copy the ARN</source>
        <translation>Copiar el ARN</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Failure:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algoritmo de clave:</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>Algoritmo de firma:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>Usage mode:</source>
        <translation>Modo de uso:</translation>
    </message>
    <message>
        <source>Key storage:</source>
        <translation>Almacenamiento de claves:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creación:</translation>
    </message>
    <message>
        <source>Last state change:</source>
        <translation>Último cambio de estado:</translation>
    </message>
    <message>
        <source>Restorable until:</source>
        <translation>Restaurable hasta:</translation>
    </message>
    <message>
        <source>Valid certificates expiring per month</source>
        <translation>Certificados válidos que caducan por mes</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>No CA certificate yet</source>
        <translation>Aún no hay certificado de CA</translation>
    </message>
</context>
<context>
    <name>pca::views::InstallCaCertificateDialog</name>
    <message>
        <source>Install CA certificate — %1</source>
        <translation>Instalar certificado de CA — %1</translation>
    </message>
    <message>
        <source>Sign it here: %1 signs its own certificate</source>
        <translation>Firmarlo aquí: %1 firma su propio certificado</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store</source>
        <translation>Firmarlo con una CA de este almacén</translation>
    </message>
    <message>
        <source>Import a self-signed certificate made elsewhere</source>
        <translation>Importar un certificado autofirmado creado en otro lugar</translation>
    </message>
    <message>
        <source>Import a certificate signed by an external CA</source>
        <translation>Importar un certificado firmado por una CA externa</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>CA firmante</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Longitud de ruta</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>Cuántos niveles de CA pueden seguir por debajo de esta (0: solo emite certificados de entidad final).</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>CA firmante:</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>Longitud de ruta:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>The certificate uses the RootCACertificate/V1 template.</source>
        <translation>El certificado usa la plantilla RootCACertificate/V1.</translation>
    </message>
    <message>
        <source>The certificate uses the SubordinateCACertificate_PathLen template and is installed with the chain of the signing CA.</source>
        <translation>El certificado usa la plantilla SubordinateCACertificate_PathLen y se instala con la cadena de la CA firmante.</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>Copiar CSR</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…</source>
        <translation>-----BEGIN CERTIFICATE-----
…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s certificate, then its issuers up to the root</source>
        <translation>El certificado de la CA emisora y, después, sus emisores hasta la raíz</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>This CA&apos;s CSR:</source>
        <translation>CSR de esta CA:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado de CA:</translation>
    </message>
    <message>
        <source>Certificate chain:</source>
        <translation>Cadena de certificados:</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>%1 waits for its CA certificate. Installing one activates it.</source>
        <translation>%1 espera su certificado de CA. Al instalar uno, se activa.</translation>
    </message>
    <message>
        <source>Installing a new certificate for %1 renews it with the same key.</source>
        <translation>Al instalar un certificado nuevo para %1, se renueva con la misma clave.</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>Ninguna CA activa de este almacén puede firmarlo.</translation>
    </message>
    <message>
        <source>Reading the CSR…</source>
        <translation>Leyendo la CSR…</translation>
    </message>
    <message>
        <source>Signing the CA certificate…</source>
        <translation>Firmando el certificado de CA…</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>Instalando el certificado…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Abrir certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a certificate: %2</source>
        <translation>%1 no es un certificado: %2</translation>
    </message>
</context>
<context>
    <name>pca::views::IssueCertificateDialog</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 no es una dirección IP.</translation>
    </message>
    <message>
        <source>%1 is not a DNS name, IP address, e-mail address or URI.</source>
        <translation>%1 no es un nombre DNS, una dirección IP, una dirección de correo electrónico ni un URI.</translation>
    </message>
    <message>
        <source>At most 150 alternative names are allowed.</source>
        <translation>Se permiten como máximo 150 nombres alternativos.</translation>
    </message>
    <message>
        <source>Issue certificate — %1</source>
        <translation>Emitir certificado — %1</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Solicitud de firma de certificado</translation>
    </message>
    <message>
        <source>Use a CSR (paste it or open a file)</source>
        <translation>Usar una CSR (pegarla o abrir un archivo)</translation>
    </message>
    <message>
        <source>Generate a key and CSR here</source>
        <translation>Generar aquí una clave y una CSR</translation>
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
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo de clave</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algoritmo de clave:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Nombres alternativos del asunto</translation>
    </message>
    <message>
        <source>One per line, e.g.
www.example.com
10.0.0.5
ops@example.com</source>
        <translation>Uno por línea, p. ej.,
www.example.com
10.0.0.5
ops@example.com</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algoritmo de firma</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Nombres alternativos:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Firmado con:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation>Emitido por &lt;b&gt;%1&lt;/b&gt; (%2, válido hasta el %3).</translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation>ARN del certificado</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Guardar certificado…</translation>
    </message>
    <message>
        <source>Save with chain…</source>
        <translation>Guardar con la cadena…</translation>
    </message>
    <message>
        <source>The private key generated here</source>
        <translation>La clave privada generada aquí</translation>
    </message>
    <message>
        <source>The key exists only in this window. Save it now, protected by a password: it cannot be retrieved later.</source>
        <translation>La clave solo existe en esta ventana. Guárdela ahora, protegida con una contraseña: no se podrá recuperar más adelante.</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Contraseña de exportación</translation>
    </message>
    <message>
        <source>Repeat export password</source>
        <translation>Repetir contraseña de exportación</translation>
    </message>
    <message>
        <source>Save PKCS#12…</source>
        <translation>Guardar PKCS#12…</translation>
    </message>
    <message>
        <source>Save key and certificate as PEM…</source>
        <translation>Guardar clave y certificado como PEM…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The CSR is valid.</source>
        <translation>La CSR es válida.</translation>
    </message>
    <message>
        <source>%1 takes alternative names from the CSR only; choose an APIPassthrough template to add names here.</source>
        <translation>%1 toma los nombres alternativos solo de la CSR; elija una plantilla APIPassthrough para añadir nombres aquí.</translation>
    </message>
    <message>
        <source>Give a common name or at least one alternative name.</source>
        <translation>Indique un nombre común o al menos un nombre alternativo.</translation>
    </message>
    <message>
        <source>Open CSR</source>
        <translation>Abrir CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem *.req);;All files (*)</source>
        <translation>Solicitudes de firma de certificado (*.csr *.pem *.req);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation>Generando el par de claves…</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>Emitiendo el certificado…</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificado emitido</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificados PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose a password to protect the key.</source>
        <translation>Elija una contraseña para proteger la clave.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>Guardar PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Protecting the key…</source>
        <translation>Protegiendo la clave…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Save the key unprotected?</source>
        <translation>¿Guardar la clave sin protección?</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read the file can use the key. Save it unprotected anyway?</source>
        <translation>Sin contraseña, cualquiera que pueda leer el archivo puede usar la clave. ¿Guardarla sin protección de todos modos?</translation>
    </message>
    <message>
        <source>Save key and certificate</source>
        <translation>Guardar clave y certificado</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>Archivos PEM (*.pem)</translation>
    </message>
    <message>
        <source>Discard the private key?</source>
        <translation>¿Descartar la clave privada?</translation>
    </message>
    <message>
        <source>The private key was not saved and will be lost. The certificate stays issued. Close anyway?</source>
        <translation>La clave privada no se ha guardado y se perderá. El certificado sigue emitido. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>pca::views::MainWindow</name>
    <message>
        <source>Private CA Manager</source>
        <translation>Administrador de CA privadas</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Entidades de certificación</translation>
    </message>
    <message>
        <source>ACM may now renew certificates of %1.</source>
        <translation>ACM ya puede renovar certificados de %1.</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>Permiso de renovación de ACM</translation>
    </message>
    <message>
        <source>Create CA…</source>
        <translation>Crear CA…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>Instalar certificado de CA…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Emitir certificado…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Revoke certificate…</source>
        <translation>Revocar certificado…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disable CA</source>
        <translation>Deshabilitar CA</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete CA…</source>
        <translation>Eliminar CA…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Restore CA</source>
        <translation>Restaurar CA</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>Informe de auditoría…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Entidad de certificación</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>&amp;Certificados</translation>
    </message>
    <message>
        <source>Certificate &amp;Manager</source>
        <translation>Certificate &amp;Manager</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Private CAs</source>
        <translation>CA privadas</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Certificados administrados</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Find certificate authority</source>
        <translation>Buscar entidad de certificación</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>Informes de auditoría</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Private CA Manager</source>
        <translation>&amp;Acerca de Administrador de CA privadas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Certificate Manager</source>
        <translation>Certificate Manager</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>AWS Private CA: certificate authorities and what they issue</source>
        <translation>AWS Private CA: entidades de certificación y lo que emiten</translation>
    </message>
    <message>
        <source>AWS Certificate Manager: certificates it issues through your CAs and renews</source>
        <translation>AWS Certificate Manager: certificados que emite a través de sus CA y renueva</translation>
    </message>
    <message>
        <source>IAM: accounts, users, access keys and policies of the store&apos;s callers</source>
        <translation>IAM: cuentas, usuarios, claves de acceso y políticas de quienes llaman al almacén</translation>
    </message>
    <message>
        <source>CloudTrail: who called what, allowed or denied</source>
        <translation>CloudTrail: quién llamó a qué, permitido o denegado</translation>
    </message>
    <message>
        <source>Filter by name, status, type, algorithm or ARN</source>
        <translation>Filtrar por nombre, estado, tipo, algoritmo o ARN</translation>
    </message>
    <message>
        <source>Filter certificate authorities</source>
        <translation>Filtrar entidades de certificación</translation>
    </message>
    <message>
        <source>Enable CA</source>
        <translation>Habilitar CA</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Cuenta %1 · %2</translation>
    </message>
    <message>
        <source>Store %1 · account %2 · %3</source>
        <translation>Almacén %1 · cuenta %2 · %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>%n evento cargado</numerusform>
            <numerusform>%n eventos cargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 managed certificate</source>
        <translation>1 certificado administrado</translation>
    </message>
    <message>
        <source>%1 managed certificates</source>
        <translation>%1 certificados administrados</translation>
    </message>
    <message>
        <source>1 certificate authority</source>
        <translation>1 entidad de certificación</translation>
    </message>
    <message>
        <source>%1 certificate authorities</source>
        <translation>%1 entidades de certificación</translation>
    </message>
    <message>
        <source>The CA certificate is installed.</source>
        <translation>El certificado de CA está instalado.</translation>
    </message>
    <message>
        <source>Certificate issued.</source>
        <translation>Certificado emitido.</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>Certificado %1 revocado.</translation>
    </message>
    <message>
        <source>Disable %1? It stops issuing certificates until it is enabled again; revocation keeps working.</source>
        <translation>¿Deshabilitar %1? Deja de emitir certificados hasta que se vuelva a habilitar; la revocación sigue funcionando.</translation>
    </message>
    <message>
        <source>Restore %1? It returns to the state it had before it was deleted.</source>
        <translation>¿Restaurar %1? Vuelve al estado que tenía antes de eliminarse.</translation>
    </message>
    <message>
        <source>About Private CA Manager</source>
        <translation>Acerca de Administrador de CA privadas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Private CA Manager %1&lt;/h3&gt;&lt;p&gt;Private certificate authorities on your own machine, with the behaviour of AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Administrador de CA privadas %1&lt;/h3&gt;&lt;p&gt;Entidades de certificación privadas en su propio equipo, con el comportamiento de AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
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
        <translation>Conectarse a un servidor…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server, with your access key.</source>
        <translation>Trabajar con las entidades de certificación de un privateca-server, con su clave de acceso.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Close the connection to %1 and open the local store.</source>
        <translation>Cerrar la conexión con %1 y abrir el almacén local.</translation>
    </message>
    <message>
        <source>Server %1 · %2 · account %3 · %4</source>
        <translation>Servidor %1 · %2 · cuenta %3 · %4</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateDetails</name>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>Issuing CA:</source>
        <translation>CA emisora:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exportado:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Seleccione un certificado para ver sus detalles.</translation>
    </message>
    <message>
        <source>Issuance failed: %1</source>
        <translation>Error de emisión: %1</translation>
    </message>
    <message>
        <source>Renewal failed: %1</source>
        <translation>Error de renovación: %1</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>Respuesta de la CA: %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>Del %1 al %2 (quedan %3 días)</translation>
    </message>
    <message>
        <source>Yes, its private key has left the store</source>
        <translation>Sí, su clave privada ha salido del almacén</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateTagsDialog</name>
    <message>
        <source>Tags — %1</source>
        <translation>Etiquetas — %1</translation>
    </message>
    <message>
        <source>Key–value labels for organizing certificates. Double-click a key or value to change it; changes apply at once.</source>
        <translation>Etiquetas de clave-valor para organizar certificados. Haga doble clic en una clave o un valor para cambiarlo; los cambios se aplican de inmediato.</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificatesPage</name>
    <message>
        <source>Request certificate…</source>
        <translation>Solicitar certificado…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>Renovar ahora</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>Certificados administrados</translation>
    </message>
    <message>
        <source>Private certificates that Certificate Manager (ACM) issues through the CAs of this store and renews before they expire.</source>
        <translation>Certificados privados que Certificate Manager (ACM) emite a través de las CA de este almacén y renueva antes de que caduquen.</translation>
    </message>
    <message>
        <source>Filter by domain, status, CA or renewal</source>
        <translation>Filtrar por dominio, estado, CA o renovación</translation>
    </message>
    <message>
        <source>Filter managed certificates</source>
        <translation>Filtrar certificados administrados</translation>
    </message>
    <message>
        <source>Select a certificate first.</source>
        <translation>Seleccione primero un certificado.</translation>
    </message>
    <message>
        <source>Only an issued certificate has a key and certificate to export.</source>
        <translation>Solo un certificado emitido tiene clave y certificado para exportar.</translation>
    </message>
    <message>
        <source>Only an issued certificate can be renewed.</source>
        <translation>Solo se puede renovar un certificado emitido.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No managed certificates yet. Request one with Request certificate; its CA must be active.</source>
        <translation>Aún no hay certificados administrados. Solicite uno con «Solicitar certificado»; su CA debe estar activa.</translation>
    </message>
    <message>
        <source>1 certificate expires within %1 days</source>
        <translation>1 certificado caduca en %1 días o menos</translation>
    </message>
    <message>
        <source>%1 certificates expire within %2 days</source>
        <translation>%1 certificados caducan en %2 días o menos</translation>
    </message>
    <message>
        <source>1 renewal failed</source>
        <translation>1 renovación falló</translation>
    </message>
    <message>
        <source>%1 renewals failed</source>
        <translation>%1 renovaciones fallaron</translation>
    </message>
    <message>
        <source>1 request failed</source>
        <translation>1 solicitud falló</translation>
    </message>
    <message>
        <source>%1 requests failed</source>
        <translation>%1 solicitudes fallaron</translation>
    </message>
    <message>
        <source>Certificates within %1 days of expiry (the account&apos;s DaysBeforeExpiry) are marked.</source>
        <translation>Se marcan los certificados que caducan en %1 días o menos (DaysBeforeExpiry de la cuenta).</translation>
    </message>
    <message>
        <source>Certificate requested; its CA is issuing it.</source>
        <translation>Certificado solicitado; su CA lo está emitiendo.</translation>
    </message>
    <message>
        <source>Exported %1 files.</source>
        <translation>%1 archivos exportados.</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>Renovar certificado</translation>
    </message>
    <message>
        <source>Renewal of %1 requested.</source>
        <translation>Renovación de %1 solicitada.</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Eliminar certificado</translation>
    </message>
    <message>
        <source>Delete the certificate for %1? ACM forgets it and its private key and stops renewing it. The certificate stays in its CA&apos;s inventory and remains valid until it expires or is revoked.</source>
        <translation>¿Eliminar el certificado de %1? ACM lo olvida junto con su clave privada y deja de renovarlo. El certificado permanece en el inventario de su CA y sigue siendo válido hasta que caduque o se revoque.</translation>
    </message>
    <message>
        <source>Certificate for %1 deleted.</source>
        <translation>Certificado de %1 eliminado.</translation>
    </message>
</context>
<context>
    <name>pca::views::OneTimeSecretDialog</name>
    <message>
        <source>This is the only time the secret access key is shown. Copy it now and keep it somewhere safe: it cannot be read again. If you lose it, create a new key and delete this one.</source>
        <translation>Esta es la única vez que se muestra la clave de acceso secreta. Cópiela ahora y guárdela en un lugar seguro: no se podrá volver a leer. Si la pierde, cree una clave nueva y elimine esta.</translation>
    </message>
    <message>
        <source>I have saved the secret</source>
        <translation>He guardado el secreto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Shown only now</source>
        <translation>Solo se muestra ahora</translation>
    </message>
</context>
<context>
    <name>pca::views::PassphraseDialog</name>
    <message>
        <source>Unlock store</source>
        <translation>Desbloquear almacén</translation>
    </message>
    <message>
        <source>Enter the master passphrase of the store in %1.</source>
        <translation>Introduzca la frase de contraseña maestra del almacén en %1.</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>Frase de contraseña maestra</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the store. Try again.</source>
        <translation>Esta frase de contraseña no desbloquea el almacén. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>pca::views::PermissionsTab</name>
    <message>
        <source>Certificate renewals by ACM</source>
        <translation>Renovaciones de certificados por ACM</translation>
    </message>
    <message>
        <source>AWS Certificate Manager (ACM) renews the private certificates it manages when it may issue, get and list on this CA. Checking the box grants the service principal acm.amazonaws.com those three actions; clearing it removes them.</source>
        <translation>AWS Certificate Manager (ACM) renueva los certificados privados que administra cuando puede emitir, obtener y enumerar en esta CA. Al marcar la casilla se conceden esas tres acciones a la entidad principal de servicio acm.amazonaws.com; al desmarcarla se quitan.</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>Autorizar a ACM a usar esta CA para las renovaciones</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Permissions of this CA</source>
        <translation>Permisos de esta CA</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>Permiso de renovación de ACM</translation>
    </message>
    <message>
        <source>No permissions are granted on this CA.</source>
        <translation>No se ha concedido ningún permiso en esta CA.</translation>
    </message>
    <message>
        <source>Stop ACM renewals?</source>
        <translation>¿Detener las renovaciones de ACM?</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>%1 Renewals fail while the box is clear.</source>
        <translation>%1 Las renovaciones fallan mientras la casilla esté desmarcada.</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyEditorDialog</name>
    <message>
        <source>Add inline policy for %1</source>
        <translation>Añadir política insertada para %1</translation>
    </message>
    <message>
        <source>Edit inline policy %1 of %2</source>
        <translation>Editar la política insertada %1 de %2</translation>
    </message>
    <message>
        <source>e.g. IssueWithEndEntityTemplate</source>
        <translation>p. ej., IssueWithEndEntityTemplate</translation>
    </message>
    <message>
        <source>Policy name:</source>
        <translation>Nombre de la política:</translation>
    </message>
    <message>
        <source>Policy document (JSON, IAM&apos;s grammar):</source>
        <translation>Documento de política (JSON, gramática de IAM):</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Documento de política</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatear</translation>
    </message>
    <message>
        <source>Indent the document for reading</source>
        <translation>Aplicar sangría al documento para leerlo</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Guardar política</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The document is a valid identity policy.</source>
        <translation>El documento es una política de identidad válida.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Enter a policy name first.</source>
        <translation>Introduzca primero un nombre de política.</translation>
    </message>
    <message>
        <source>Correct the document first.</source>
        <translation>Corrija primero el documento.</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyTab</name>
    <message>
        <source>A resource-based policy lets other accounts use this CA, for example to issue certificates. It is checked before it is applied.</source>
        <translation>Una política basada en recursos permite que otras cuentas usen esta CA, por ejemplo para emitir certificados. Se comprueba antes de aplicarla.</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>JSON de la política</translation>
    </message>
    <message>
        <source>No policy is attached. Type one, or start from the example.</source>
        <translation>No hay ninguna política asociada. Escriba una o empiece por el ejemplo.</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>Aplicar política</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>Eliminar política…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Insert example</source>
        <translation>Insertar ejemplo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatear</translation>
    </message>
    <message>
        <source>No policy is attached to this CA.</source>
        <translation>No hay ninguna política asociada a esta CA.</translation>
    </message>
    <message>
        <source>The attached policy.</source>
        <translation>La política asociada.</translation>
    </message>
    <message>
        <source>Empty. Use Delete to remove the policy.</source>
        <translation>Vacía. Use «Eliminar» para quitar la política.</translation>
    </message>
    <message>
        <source>The attached policy is valid.</source>
        <translation>La política asociada es válida.</translation>
    </message>
    <message>
        <source>Valid. Apply to attach it.</source>
        <translation>Válida. Aplíquela para asociarla.</translation>
    </message>
    <message>
        <source>The policy is attached.</source>
        <translation>La política está asociada.</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Eliminar política</translation>
    </message>
    <message>
        <source>Delete the resource policy of this CA? Accounts it grants access to lose it at once.</source>
        <translation>¿Eliminar la política de recursos de esta CA? Las cuentas a las que concede acceso lo pierden de inmediato.</translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation>La política se eliminó.</translation>
    </message>
</context>
<context>
    <name>pca::views::RequestCertificateDialog</name>
    <message>
        <source>Request a private certificate</source>
        <translation>Solicitar un certificado privado</translation>
    </message>
    <message>
        <source>ACM generates the key pair, has the CA you choose issue the certificate (valid for %1 days) and renews it before it expires, as long as the CA allows it.</source>
        <translation>ACM genera el par de claves, hace que la CA que elija emita el certificado (válido durante %1 días) y lo renueva antes de que caduque, siempre que la CA lo permita.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <source>www.example.com or *.example.com</source>
        <translation>www.example.com o *.example.com</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>Nombres adicionales</translation>
    </message>
    <message>
        <source>Optional, one per line, e.g.
example.com
api.example.com</source>
        <translation>Opcional, uno por línea, p. ej.,
example.com
api.example.com</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo de clave</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nombre de dominio:</translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation>Nombres adicionales:</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algoritmo de clave:</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>CA emisora</translation>
    </message>
    <message>
        <source>%1 (%2, valid until %3)</source>
        <translation>%1 (%2, válida hasta el %3)</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>Etiquetas (opcional)</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>Un certificado puede tener como máximo %1 etiquetas.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>No CA of this store is active. Create a CA or activate one under Private CAs first.</source>
        <translation>Ninguna CA de este almacén está activa. Cree o active primero una CA en «CA privadas».</translation>
    </message>
    <message>
        <source>This CA expires on %1, before a certificate valid for %2 days would. Choose another CA or renew its certificate.</source>
        <translation>Esta CA caduca el %1, antes que un certificado válido durante %2 días. Elija otra CA o renueve su certificado.</translation>
    </message>
    <message>
        <source>Checking whether this CA lets ACM renew…</source>
        <translation>Comprobando si esta CA permite renovar a ACM…</translation>
    </message>
    <message>
        <source>This CA authorizes ACM to renew the certificate.</source>
        <translation>Esta CA autoriza a ACM a renovar el certificado.</translation>
    </message>
    <message>
        <source>This CA does not authorize ACM to renew: the certificate will be issued but will fail to renew until you check &quot;Authorize ACM to use this CA for renewals&quot; on the CA&apos;s Permissions tab.</source>
        <translation>Esta CA no autoriza a ACM a renovar: el certificado se emitirá, pero su renovación fallará hasta que marque «Autorizar a ACM a usar esta CA para las renovaciones» en la pestaña «Permisos» de la CA.</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Solicitando…</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationConfigurationEditor</name>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation>Lista de revocación de certificados (CRL)</translation>
    </message>
    <message>
        <source>Publish a CRL</source>
        <translation>Publicar una CRL</translation>
    </message>
    <message>
        <source>e.g. example-crl (3–63 lower-case letters, digits, - and .)</source>
        <translation>p. ej., example-crl (de 3 a 63 letras minúsculas, dígitos, - y .)</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Nombre del bucket</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>CRL validity</source>
        <translation>Validez de la CRL</translation>
    </message>
    <message>
        <source>optional, e.g. crl.example.com (no http://)</source>
        <translation>opcional, p. ej., crl.example.com (sin http://)</translation>
    </message>
    <message>
        <source>Custom CRL name</source>
        <translation>Nombre de CRL personalizado</translation>
    </message>
    <message>
        <source>optional, default: crl</source>
        <translation>opcional, predeterminado: crl</translation>
    </message>
    <message>
        <source>Custom CRL path</source>
        <translation>Ruta de CRL personalizada</translation>
    </message>
    <message>
        <source>Leave the CRL distribution point out of issued certificates</source>
        <translation>No incluir el punto de distribución de CRL en los certificados emitidos</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Partitioned</source>
        <translation>Particionada</translation>
    </message>
    <message>
        <source>CRL type</source>
        <translation>Tipo de CRL</translation>
    </message>
    <message>
        <source>Public read</source>
        <translation>Lectura pública</translation>
    </message>
    <message>
        <source>Bucket owner full control</source>
        <translation>Control total del propietario del bucket</translation>
    </message>
    <message>
        <source>Object access</source>
        <translation>Acceso a objetos</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Válida durante:</translation>
    </message>
    <message>
        <source>Custom name (CNAME):</source>
        <translation>Nombre personalizado (CNAME):</translation>
    </message>
    <message>
        <source>Custom path:</source>
        <translation>Ruta personalizada:</translation>
    </message>
    <message>
        <source>CRL type:</source>
        <translation>Tipo de CRL:</translation>
    </message>
    <message>
        <source>Object access:</source>
        <translation>Acceso a objetos:</translation>
    </message>
    <message>
        <source>Online Certificate Status Protocol (OCSP)</source>
        <translation>Online Certificate Status Protocol (OCSP)</translation>
    </message>
    <message>
        <source>Answer OCSP requests</source>
        <translation>Responder a solicitudes OCSP</translation>
    </message>
    <message>
        <source>optional, e.g. ocsp.example.com (no http://)</source>
        <translation>opcional, p. ej., ocsp.example.com (sin http://)</translation>
    </message>
    <message>
        <source>Custom OCSP name</source>
        <translation>Nombre OCSP personalizado</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationTab</name>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Current CRL</source>
        <translation>CRL actual</translation>
    </message>
    <message>
        <source>Save CRL…</source>
        <translation>Guardar CRL…</translation>
    </message>
    <message>
        <source>Publish a new CRL now</source>
        <translation>Publicar ahora una CRL nueva</translation>
    </message>
    <message>
        <source>CRL number:</source>
        <translation>Número de CRL:</translation>
    </message>
    <message>
        <source>Last generated:</source>
        <translation>Última generación:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Próxima actualización:</translation>
    </message>
    <message>
        <source>Distribution point:</source>
        <translation>Punto de distribución:</translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation>Particiones:</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún no guardado.</translation>
    </message>
    <message>
        <source>The revocation configuration can be changed only while the CA is active, disabled or waits for its certificate.</source>
        <translation>La configuración de revocación solo se puede cambiar mientras la CA esté activa, deshabilitada o esperando su certificado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>CRLs are not published for this CA.</source>
        <translation>No se publican CRL para esta CA.</translation>
    </message>
    <message>
        <source>None published yet</source>
        <translation>Aún no se ha publicado ninguna</translation>
    </message>
    <message>
        <source>(left out of certificates)</source>
        <translation>(no se incluye en los certificados)</translation>
    </message>
    <message>
        <source>%1 (each has its own CRL, published with the complete CRL)</source>
        <translation>%1 (cada una tiene su propia CRL, publicada con la CRL completa)</translation>
    </message>
    <message>
        <source>Save CRL</source>
        <translation>Guardar CRL</translation>
    </message>
    <message>
        <source>CRLs (*.crl)</source>
        <translation>CRL (*.crl)</translation>
    </message>
    <message>
        <source>CRL saved to %1.</source>
        <translation>CRL guardada en %1.</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>Publicar CRL</translation>
    </message>
</context>
<context>
    <name>pca::views::RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>Revocar certificado</translation>
    </message>
    <message>
        <source>Revoked certificates are listed in the CRL of %1 and reported as revoked over OCSP. This cannot be undone.</source>
        <translation>Los certificados revocados figuran en la CRL de %1 y se notifican como revocados mediante OCSP. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>e.g. 4F:2A:…</source>
        <translation>p. ej., 4F:2A:…</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
</context>
<context>
    <name>pca::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Ubicación del almacén</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL base pública</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>URL base pública:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>CRL distribution points and OCSP URLs of new certificates start with this address.</source>
        <translation>Los puntos de distribución de CRL y las URL de OCSP de los certificados nuevos empiezan por esta dirección.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name, e.g. http://pki.example.com.</source>
        <translation>Use una dirección http:// o https:// con un nombre de host, p. ej., http://pki.example.com.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>Un idioma nuevo surte efecto en el próximo inicio.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A folder, or a team store on PostgreSQL. A new location takes effect at the next start (the command line options --store and --data-dir and PRIVATECA_DATA_DIR take precedence).</source>
        <translation>Una carpeta o un almacén de equipo en PostgreSQL. Una ubicación nueva surte efecto en el próximo inicio (las opciones de línea de comandos --store y --data-dir y PRIVATECA_DATA_DIR tienen prioridad).</translation>
    </message>
</context>
<context>
    <name>pca::views::SubjectForm</name>
    <message>
        <source>Common name (CN):</source>
        <translation>Nombre común (CN):</translation>
    </message>
    <message>
        <source>e.g. Example Corp Root CA</source>
        <translation>p. ej., Example Corp Root CA</translation>
    </message>
    <message>
        <source>Organization (O):</source>
        <translation>Organización (O):</translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation>p. ej., Example Corp</translation>
    </message>
    <message>
        <source>Organizational unit (OU):</source>
        <translation>Unidad organizativa (OU):</translation>
    </message>
    <message>
        <source>Country (C):</source>
        <translation>País (C):</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ej., ES</translation>
    </message>
    <message>
        <source>State or province (ST):</source>
        <translation>Estado o provincia (ST):</translation>
    </message>
    <message>
        <source>Locality (L):</source>
        <translation>Localidad (L):</translation>
    </message>
    <message>
        <source>DN qualifier:</source>
        <translation>Calificador de DN:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Nombre de pila:</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>Iniciales:</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Seudónimo:</translation>
    </message>
    <message>
        <source>Generation qualifier:</source>
        <translation>Calificador de generación:</translation>
    </message>
    <message>
        <source>More name fields</source>
        <translation>Más campos de nombre</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 no es válido: %2</translation>
    </message>
    <message>
        <source>use a two-letter country code such as DE or US.</source>
        <translation>use un código de país de dos letras, como ES o US.</translation>
    </message>
    <message>
        <source>it is too long or contains characters that are not allowed.</source>
        <translation>es demasiado largo o contiene caracteres no permitidos.</translation>
    </message>
</context>
<context>
    <name>pca::views::TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>pca::views::TagListInput</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>Ya existe una etiqueta con la clave %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>pca::views::TagsTab</name>
    <message>
        <source>Tags are key–value labels for organizing CAs. Double-click a key or value to change it; changes apply at once.</source>
        <translation>Las etiquetas son pares de clave-valor para organizar las CA. Haga doble clic en una clave o un valor para cambiarlo; los cambios se aplican de inmediato.</translation>
    </message>
</context>
<context>
    <name>pca::views::ValidityInput</name>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Validity duration</source>
        <translation>Duración de la validez</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Validity unit</source>
        <translation>Unidad de validez</translation>
    </message>
    <message>
        <source>Validity end date</source>
        <translation>Fecha de fin de la validez</translation>
    </message>
    <message>
        <source>The issuing CA is valid only until %1; choose an earlier end.</source>
        <translation>La CA emisora solo es válida hasta el %1; elija un final anterior.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido hasta el %1.</translation>
    </message>
</context>
<context>
    <name>pca::views::WelcomeDialog</name>
    <message>
        <source>Welcome to Private CA Manager</source>
        <translation>Bienvenido a Administrador de CA privadas</translation>
    </message>
    <message>
        <source>Your certificate authorities live in a store on this computer. Every CA key in it is encrypted with a master passphrase: choose one you will remember — it cannot be recovered.</source>
        <translation>Sus entidades de certificación residen en un almacén en este equipo. Cada clave de CA que contiene se cifra con una frase de contraseña maestra: elija una que vaya a recordar, porque no se puede recuperar.</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Ubicación del almacén</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>Frase de contraseña maestra</translation>
    </message>
    <message>
        <source>Repeat the master passphrase</source>
        <translation>Repetir la frase de contraseña maestra</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>12 digits; part of every ARN. Use your AWS account ID to make ARNs look like your cloud ones.</source>
        <translation>12 dígitos; forma parte de cada ARN. Use el ID de su cuenta de AWS para que los ARN se parezcan a los de su nube.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Store location:</source>
        <translation>Ubicación del almacén:</translation>
    </message>
    <message>
        <source>Master passphrase:</source>
        <translation>Frase de contraseña maestra:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repetir frase de contraseña:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de cuenta:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Crear almacén</translation>
    </message>
    <message>
        <source>Choose where the store lives.</source>
        <translation>Elija dónde reside el almacén.</translation>
    </message>
    <message>
        <source>Choose a master passphrase.</source>
        <translation>Elija una frase de contraseña maestra.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Escriba la frase de contraseña por segunda vez.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña son distintas.</translation>
    </message>
    <message>
        <source>The account ID has 12 digits.</source>
        <translation>El ID de cuenta tiene 12 dígitos.</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>Una región tiene el aspecto de us-east-1.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>Seguridad: %1. %2</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Creando el almacén…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Conectarse a un servidor…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server instead, with your access key.</source>
        <translation>Trabajar, en su lugar, con las entidades de certificación de un privateca-server, con su clave de acceso.</translation>
    </message>
</context>
</TS>

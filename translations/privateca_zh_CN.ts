<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcmDisplayNames</name>
    <message>
        <source>Issuing</source>
        <translation>颁发中</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已颁发</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Validation timed out</source>
        <translation>验证超时</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>续订中</translation>
    </message>
    <message>
        <source>Awaiting validation</source>
        <translation>等待验证</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续订</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>续订失败</translation>
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
        <translation>找不到用于域验证的联系人</translation>
    </message>
    <message>
        <source>The domain needs additional verification</source>
        <translation>该域需要额外验证</translation>
    </message>
    <message>
        <source>The domain is not allowed</source>
        <translation>不允许使用该域</translation>
    </message>
    <message>
        <source>The domain is not a valid public domain</source>
        <translation>该域不是有效的公有域</translation>
    </message>
    <message>
        <source>Domain validation was denied</source>
        <translation>域验证被拒绝</translation>
    </message>
    <message>
        <source>A CAA record does not allow the issuance</source>
        <translation>CAA 记录不允许颁发</translation>
    </message>
    <message>
        <source>The CA reached one of its limits</source>
        <translation>CA 已达到其某项限制</translation>
    </message>
    <message>
        <source>The CA&apos;s ARN is not valid</source>
        <translation>CA 的 ARN 无效</translation>
    </message>
    <message>
        <source>The CA is not active (enable it or pick another CA)</source>
        <translation>CA 未处于活动状态（请启用它或选择其他 CA）</translation>
    </message>
    <message>
        <source>The CA could not issue the certificate</source>
        <translation>CA 无法颁发该证书</translation>
    </message>
    <message>
        <source>The CA&apos;s name constraints do not allow these names</source>
        <translation>CA 的名称约束不允许这些名称</translation>
    </message>
    <message>
        <source>The CA no longer exists</source>
        <translation>CA 已不存在</translation>
    </message>
    <message>
        <source>The CA refused the request&apos;s values</source>
        <translation>CA 拒绝了请求中的值</translation>
    </message>
    <message>
        <source>The CA expires before the certificate would (renew the CA certificate)</source>
        <translation>CA 将先于证书到期（请续订 CA 证书）</translation>
    </message>
    <message>
        <source>The CA does not authorize ACM to renew (Permissions tab)</source>
        <translation>CA 未授权 ACM 续订（“权限”选项卡）</translation>
    </message>
    <message>
        <source>ACM&apos;s service-linked role is missing</source>
        <translation>缺少 ACM 的服务相关角色</translation>
    </message>
    <message>
        <source>Something else went wrong</source>
        <translation>发生了其他错误</translation>
    </message>
    <message>
        <source>No validation contact</source>
        <translation>无验证联系人</translation>
    </message>
    <message>
        <source>More verification needed</source>
        <translation>需要更多验证</translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation>不允许的域</translation>
    </message>
    <message>
        <source>Invalid public domain</source>
        <translation>无效的公有域</translation>
    </message>
    <message>
        <source>Validation denied</source>
        <translation>验证被拒绝</translation>
    </message>
    <message>
        <source>Refused by a CAA record</source>
        <translation>被 CAA 记录拒绝</translation>
    </message>
    <message>
        <source>CA limit reached</source>
        <translation>已达到 CA 限制</translation>
    </message>
    <message>
        <source>Invalid CA ARN</source>
        <translation>无效的 CA ARN</translation>
    </message>
    <message>
        <source>CA not active</source>
        <translation>CA 未处于活动状态</translation>
    </message>
    <message>
        <source>CA could not issue</source>
        <translation>CA 无法颁发</translation>
    </message>
    <message>
        <source>Outside the CA&apos;s name constraints</source>
        <translation>超出 CA 的名称约束</translation>
    </message>
    <message>
        <source>CA no longer exists</source>
        <translation>CA 已不存在</translation>
    </message>
    <message>
        <source>CA refused the values</source>
        <translation>CA 拒绝了这些值</translation>
    </message>
    <message>
        <source>CA expires too soon</source>
        <translation>CA 过早到期</translation>
    </message>
    <message>
        <source>ACM not authorized by the CA</source>
        <translation>CA 未授权 ACM</translation>
    </message>
    <message>
        <source>Service-linked role missing</source>
        <translation>缺少服务相关角色</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>其他失败原因</translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>请先选择一个证书颁发机构。</translation>
    </message>
    <message>
        <source>The CA&apos;s key is still being generated.</source>
        <translation>CA 的密钥仍在生成中。</translation>
    </message>
    <message>
        <source>A certificate cannot be installed while the CA is %1.</source>
        <translation>CA 处于“%1”状态时无法安装证书。</translation>
    </message>
    <message>
        <source>Install the CA certificate first; the CA is not active yet.</source>
        <translation>请先安装 CA 证书；该 CA 尚未处于活动状态。</translation>
    </message>
    <message>
        <source>Only an active CA issues certificates; this one is %1.</source>
        <translation>只有活动的 CA 才能颁发证书；此 CA 的状态为“%1”。</translation>
    </message>
    <message>
        <source>Certificates can be revoked only while the CA is active or disabled; this one is %1.</source>
        <translation>只有在 CA 处于活动或已禁用状态时才能吊销证书；此 CA 的状态为“%1”。</translation>
    </message>
    <message>
        <source>Only an active CA can be disabled.</source>
        <translation>只有活动的 CA 才能禁用。</translation>
    </message>
    <message>
        <source>Only a disabled CA can be enabled.</source>
        <translation>只有已禁用的 CA 才能启用。</translation>
    </message>
    <message>
        <source>Disable the CA before deleting it.</source>
        <translation>请先禁用该 CA，再将其删除。</translation>
    </message>
    <message>
        <source>The CA is already deleted.</source>
        <translation>该 CA 已被删除。</translation>
    </message>
    <message>
        <source>Only a deleted CA can be restored.</source>
        <translation>只有已删除的 CA 才能还原。</translation>
    </message>
    <message>
        <source>Audit reports can be created only while the CA is active or disabled; this one is %1.</source>
        <translation>只有在 CA 处于活动或已禁用状态时才能创建审计报告；此 CA 的状态为“%1”。</translation>
    </message>
    <message>
        <source>Permissions can be changed only while the CA is active or waits for its certificate; this one is %1.</source>
        <translation>只有在 CA 处于活动状态或正在等待其证书时才能更改权限；此 CA 的状态为“%1”。</translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <source>Paste a CSR or open a CSR file.</source>
        <translation>请粘贴 CSR 或打开 CSR 文件。</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <source>End-entity certificate with only basic constraints; key usages come from the request.</source>
        <translation>仅含基本约束的终端实体证书；密钥用法取自请求。</translation>
    </message>
    <message>
        <source>TLS client certificate (client authentication).</source>
        <translation>TLS 客户端证书（客户端身份验证）。</translation>
    </message>
    <message>
        <source>TLS server certificate (server authentication).</source>
        <translation>TLS 服务器证书（服务器身份验证）。</translation>
    </message>
    <message>
        <source>General end-entity certificate for TLS servers and clients.</source>
        <translation>适用于 TLS 服务器和客户端的通用终端实体证书。</translation>
    </message>
    <message>
        <source>Code signing certificate.</source>
        <translation>代码签名证书。</translation>
    </message>
    <message>
        <source>Certificate for signing OCSP responses.</source>
        <translation>用于签署 OCSP 响应的证书。</translation>
    </message>
    <message>
        <source>Self-signed root CA certificate for this CA&apos;s own CSR (activates a root CA).</source>
        <translation>针对此 CA 自身 CSR 的自签名根 CA 证书（用于激活根 CA）。</translation>
    </message>
    <message numerus="yes">
        <source>Subordinate CA certificate that may add %n more CA level(s) below it.</source>
        <translation>
            <numerusform>其下还可再添加 %n 级 CA 的从属 CA 证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra extensions are copied from the CSR.</source>
        <translation>额外的扩展从 CSR 复制。</translation>
    </message>
    <message>
        <source>Subject and extensions can be supplied with the request (API passthrough).</source>
        <translation>可以在请求中提供主题和扩展（API 直通）。</translation>
    </message>
    <message>
        <source>Extensions come from the request, then from the CSR.</source>
        <translation>扩展先取自请求，再取自 CSR。</translation>
    </message>
</context>
<context>
    <name>CreateCertificateAuthorityWizard</name>
    <message>
        <source>Understood by every client; the usual choice for compatibility.</source>
        <translation>所有客户端都支持；兼容性方面的常用选择。</translation>
    </message>
    <message>
        <source>Stronger RSA; larger certificates and slower signatures.</source>
        <translation>更强的 RSA；证书更大，签名更慢。</translation>
    </message>
    <message>
        <source>Small, fast and widely supported elliptic curve key.</source>
        <translation>小巧、快速且得到广泛支持的椭圆曲线密钥。</translation>
    </message>
    <message>
        <source>Stronger elliptic curve key for long-lived CAs.</source>
        <translation>适用于长期使用的 CA 的更强椭圆曲线密钥。</translation>
    </message>
    <message>
        <source>Chinese national standard (with SM3).</source>
        <translation>中国国家标准（配合 SM3）。</translation>
    </message>
    <message>
        <source>Post-quantum signature key (FIPS 204); few clients understand it yet.</source>
        <translation>后量子签名密钥（FIPS 204）；目前支持它的客户端还很少。</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Creating</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>Pending certificate</source>
        <translation>待处理证书</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated.</source>
        <translation>正在生成密钥对和 CSR。</translation>
    </message>
    <message>
        <source>Waiting for its CA certificate: install one to activate the CA.</source>
        <translation>正在等待其 CA 证书：安装证书即可激活该 CA。</translation>
    </message>
    <message>
        <source>Issues certificates and publishes revocation information.</source>
        <translation>颁发证书并发布吊销信息。</translation>
    </message>
    <message>
        <source>Deleted; it can be restored until its restore period ends.</source>
        <translation>已删除；在还原期结束前可以还原。</translation>
    </message>
    <message>
        <source>Does not issue certificates until it is enabled again.</source>
        <translation>在重新启用之前不会颁发证书。</translation>
    </message>
    <message>
        <source>Its CA certificate has expired; install a renewed certificate.</source>
        <translation>其 CA 证书已过期；请安装续订后的证书。</translation>
    </message>
    <message>
        <source>Creation failed; delete the CA and create a new one.</source>
        <translation>创建失败；请删除该 CA 并新建一个。</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>从属</translation>
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
        <translation>ECDSA（SHA-256）</translation>
    </message>
    <message>
        <source>ECDSA with SHA-384</source>
        <translation>ECDSA（SHA-384）</translation>
    </message>
    <message>
        <source>ECDSA with SHA-512</source>
        <translation>ECDSA（SHA-512）</translation>
    </message>
    <message>
        <source>RSA with SHA-256</source>
        <translation>RSA（SHA-256）</translation>
    </message>
    <message>
        <source>RSA with SHA-384</source>
        <translation>RSA（SHA-384）</translation>
    </message>
    <message>
        <source>RSA with SHA-512</source>
        <translation>RSA（SHA-512）</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-256</source>
        <translation>RSA-PSS（SHA-256）</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-384</source>
        <translation>RSA-PSS（SHA-384）</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-512</source>
        <translation>RSA-PSS（SHA-512）</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2（SM3）</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Short-lived certificates (at most 7 days)</source>
        <translation>短期证书（最长 7 天）</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 2 or higher</source>
        <translation>FIPS 140-2 第 2 级或更高</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 3 or higher</source>
        <translation>FIPS 140-2 第 3 级或更高</translation>
    </message>
    <message>
        <source>CCPC level 1 or higher</source>
        <translation>CCPC 第 1 级或更高</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>The key algorithm is not supported by this installation</source>
        <translation>此安装不支持该密钥算法</translation>
    </message>
    <message>
        <source>Key generation failed</source>
        <translation>密钥生成失败</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Key compromise</source>
        <translation>密钥泄露</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA 泄露</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>从属关系变更</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation>停止运营</translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation>特权已撤销</translation>
    </message>
    <message>
        <source>Attribute authority compromise</source>
        <translation>属性颁发机构泄露</translation>
    </message>
    <message>
        <source>No particular reason is given.</source>
        <translation>未给出具体原因。</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key was lost or exposed.</source>
        <translation>证书的私有密钥已丢失或泄露。</translation>
    </message>
    <message>
        <source>The key of the issuing CA was lost or exposed.</source>
        <translation>颁发 CA 的密钥已丢失或泄露。</translation>
    </message>
    <message>
        <source>The subject&apos;s name or organisation changed.</source>
        <translation>主题的名称或组织已变更。</translation>
    </message>
    <message>
        <source>The certificate was replaced by a new one.</source>
        <translation>该证书已被新证书取代。</translation>
    </message>
    <message>
        <source>The certificate is no longer needed.</source>
        <translation>不再需要该证书。</translation>
    </message>
    <message>
        <source>The subject is no longer entitled to the certificate.</source>
        <translation>主题不再有权持有该证书。</translation>
    </message>
    <message>
        <source>An attribute authority behind the certificate was compromised.</source>
        <translation>证书背后的属性颁发机构已泄露。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>颁发证书</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>获取证书</translation>
    </message>
    <message>
        <source>List permissions</source>
        <translation>列出权限</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>Enter a domain name, e.g. www.example.com.</source>
        <translation>请输入域名，例如 www.example.com。</translation>
    </message>
    <message>
        <source>A domain name can have at most %1 characters.</source>
        <translation>域名最多可包含 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a domain name: use labels of letters, digits and hyphens separated by dots, e.g. www.example.com, optionally starting with *. for a wildcard.</source>
        <translation>%1 不是域名：请使用由字母、数字和连字符组成并以点分隔的标签，例如 www.example.com；通配符可以 *. 开头。</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 names, the domain name included.</source>
        <translation>一个证书最多可包含 %1 个名称（含域名）。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The certificate authority is not in a state that allows this.</source>
        <translation>证书颁发机构当前的状态不允许执行此操作。</translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation>部分值未被接受。</translation>
    </message>
    <message>
        <source>This does not name a certificate authority of this store.</source>
        <translation>这不是此存储库中的证书颁发机构。</translation>
    </message>
    <message>
        <source>It no longer exists. It may have been deleted meanwhile.</source>
        <translation>它已不存在，可能在此期间已被删除。</translation>
    </message>
    <message>
        <source>The certificate signing request cannot be used.</source>
        <translation>无法使用该证书签名请求。</translation>
    </message>
    <message>
        <source>The certificate cannot be used.</source>
        <translation>无法使用该证书。</translation>
    </message>
    <message>
        <source>The certificate does not belong to this certificate authority.</source>
        <translation>该证书不属于此证书颁发机构。</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>该策略无效。</translation>
    </message>
    <message>
        <source>A tag key or value is not allowed.</source>
        <translation>某个标签键或值不被允许。</translation>
    </message>
    <message>
        <source>A certificate authority can have at most 50 tags.</source>
        <translation>一个证书颁发机构最多可有 50 个标签。</translation>
    </message>
    <message>
        <source>This permission already exists.</source>
        <translation>此权限已存在。</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>此操作已完成。</translation>
    </message>
    <message>
        <source>The request is still in progress. Try again in a moment.</source>
        <translation>请求仍在处理中，请稍后重试。</translation>
    </message>
    <message>
        <source>A limit was reached.</source>
        <translation>已达到限制。</translation>
    </message>
    <message>
        <source>Something else changed it at the same time. Try again.</source>
        <translation>其他操作同时对其进行了更改，请重试。</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>密码短语不正确。</translation>
    </message>
    <message>
        <source>The store is in use by another program.</source>
        <translation>存储库正被另一个程序使用。</translation>
    </message>
    <message>
        <source>The store cannot be read or written.</source>
        <translation>无法读取或写入存储库。</translation>
    </message>
    <message>
        <source>It is still in use: a user can only be deleted once its access keys, inline policies and attached policies are removed.</source>
        <translation>它仍在使用中：只有在移除用户的访问密钥、内联策略和附加的策略之后，才能删除该用户。</translation>
    </message>
    <message>
        <source>One with this name already exists.</source>
        <translation>已存在同名项。</translation>
    </message>
    <message>
        <source>The policy document is not valid.</source>
        <translation>策略文档无效。</translation>
    </message>
    <message>
        <source>An IAM quota was reached (e.g. two access keys per user, ten attached policies, 2048 characters of inline policies).</source>
        <translation>已达到 IAM 配额（例如每个用户 2 个访问密钥、10 个附加的策略、内联策略共 2048 个字符）。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>The server did not accept the access key.</source>
        <translation>服务器未接受该访问密钥。</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Choose a passphrase: it encrypts every CA key.</source>
        <translation>请选择一个密码短语：它将用于加密所有 CA 密钥。</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Use at least 12 characters; several unrelated words work well.</source>
        <translation>请至少使用 12 个字符；由几个互不相关的单词组成效果很好。</translation>
    </message>
    <message>
        <source>Add more words or characters of other kinds.</source>
        <translation>请添加更多单词或其他类型的字符。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
</context>
<context>
    <name>ResourcePolicyText</name>
    <message>
        <source>The policy is empty.</source>
        <translation>策略为空。</translation>
    </message>
</context>
<context>
    <name>TeamStoreButton</name>
    <message>
        <source>Open a team store…</source>
        <translation>打开团队存储库…</translation>
    </message>
    <message>
        <source>A team store lives in PostgreSQL: replace USER, HOST and DATABASE (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>团队存储库位于 PostgreSQL 中：请替换 USER、HOST 和 DATABASE（密码来自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Private certificate authorities with AWS Private CA semantics, on your own machine.</source>
        <translation>在您自己的计算机上运行、具有 AWS Private CA 语义的私有证书颁发机构。</translation>
    </message>
    <message>
        <source>Store directory (default: PRIVATECA_DATA_DIR, the Settings choice, then %1).</source>
        <translation>存储库目录（默认：PRIVATECA_DATA_DIR，其次为设置中的选择，最后为 %1）。</translation>
    </message>
    <message>
        <source>Read the master passphrase from FILE instead of asking (PRIVATECA_PASSPHRASE works too).</source>
        <translation>从 FILE 读取主密码短语，而不是提示输入（也可使用 PRIVATECA_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>Private CA Manager</source>
        <translation>私有 CA 管理器</translation>
    </message>
    <message>
        <source>The store: a directory, or a team store on PostgreSQL as postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (takes precedence over --data-dir).</source>
        <translation>存储库：目录，或以 postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] 形式表示的 PostgreSQL 上的团队存储库（优先于 --data-dir）。</translation>
    </message>
    <message>
        <source>Work on the privateca-server at URL instead of a local store (asks for the access key unless --profile).</source>
        <translation>使用位于 URL 的 privateca-server，而不是本地存储库（除非指定 --profile，否则会要求输入访问密钥）。</translation>
    </message>
    <message>
        <source>Sign the calls to the server with the access key of this AWS profile (~/.aws/credentials).</source>
        <translation>使用此 AWS 配置文件（~/.aws/credentials）的访问密钥对发往服务器的调用进行签名。</translation>
    </message>
</context>
<context>
    <name>pca::models::AccessKeyModel</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Requests signed with this key are accepted.</source>
        <translation>使用此密钥签名的请求将被接受。</translation>
    </message>
    <message>
        <source>Requests signed with this key are refused until it is activated again.</source>
        <translation>在重新激活之前，使用此密钥签名的请求将被拒绝。</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>pca::models::AccountModel</name>
    <message>
        <source>This store</source>
        <translation>此存储库</translation>
    </message>
    <message>
        <source>With the store</source>
        <translation>随存储库创建</translation>
    </message>
    <message>
        <source>The store&apos;s own account: its administrator is you, the store owner. It cannot be deleted.</source>
        <translation>存储库自身的账户：其管理员就是作为存储库所有者的您。此账户无法删除。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalDependents</name>
    <message>
        <source>No certificate managed by ACM renews through this CA.</source>
        <translation>没有通过此 CA 续订的 ACM 托管证书。</translation>
    </message>
    <message>
        <source>a renewal has been due since %1.</source>
        <translation>自 %1 起已到续订时间。</translation>
    </message>
    <message>
        <source>the next renewal is due on %1.</source>
        <translation>下次续订时间为 %1。</translation>
    </message>
    <message>
        <source>1 certificate managed by ACM renews through this CA</source>
        <translation>有 1 个 ACM 托管证书通过此 CA 续订</translation>
    </message>
    <message>
        <source>%1 certificates managed by ACM renew through this CA</source>
        <translation>有 %1 个 ACM 托管证书通过此 CA 续订</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 个</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the certificate it manages from this CA. This certificate will fail to renew: %1.

Clear the box anyway?</source>
        <translation>没有此授权，ACM 将无法续订其从此 CA 获得并托管的证书。以下证书将续订失败：%1。

仍要取消勾选吗？</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the %1 certificates it manages from this CA. These certificates will fail to renew: %2.

Clear the box anyway?</source>
        <translation>没有此授权，ACM 将无法续订其从此 CA 获得并托管的 %1 个证书。以下证书将续订失败：%2。

仍要取消勾选吗？</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalPermission</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>请先选择一个证书颁发机构。</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>正在应用更改…</translation>
    </message>
    <message>
        <source>Reading the current permissions…</source>
        <translation>正在读取当前权限…</translation>
    </message>
    <message>
        <source>Only partly authorized: ACM is missing %1.</source>
        <translation>仅部分授权：ACM 缺少 %1。</translation>
    </message>
</context>
<context>
    <name>pca::models::AuditReportModel</name>
    <message>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求时间</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityCreation</name>
    <message>
        <source>The key of the new CA could not be generated (%1).</source>
        <translation>无法生成新 CA 的密钥（%1）。</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityModel</name>
    <message>
        <source>Common name</source>
        <translation>公用名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>密钥算法</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateModel</name>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>已于 %1 吊销：%2</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列无法排序。</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>有效期开始</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有效期结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>pca::models::EventModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s administrator (the store owner for the store&apos;s account)</source>
        <translation>账户的管理员（对于存储库的账户，即存储库所有者）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>事件源</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>pca::models::IamUserModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateModel</name>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>颁发 CA</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有效期结束</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续订</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>CA 的响应：%1</translation>
    </message>
    <message>
        <source>The CA is issuing the certificate…</source>
        <translation>CA 正在颁发证书…</translation>
    </message>
    <message>
        <source>Revoked by its CA on %1.</source>
        <translation>已于 %1 被其 CA 吊销。</translation>
    </message>
    <message>
        <source>Revoked by its CA.</source>
        <translation>已被其 CA 吊销。</translation>
    </message>
    <message>
        <source>Expired; request a new certificate.</source>
        <translation>已过期；请请求新证书。</translation>
    </message>
    <message>
        <source>Renewal under way.</source>
        <translation>正在续订。</translation>
    </message>
    <message>
        <source>Expires today, within the %1 days of DaysBeforeExpiry.</source>
        <translation>今天到期，处于 DaysBeforeExpiry 的 %1 天之内。</translation>
    </message>
    <message>
        <source>Expires tomorrow, within the %1 days of DaysBeforeExpiry.</source>
        <translation>明天到期，处于 DaysBeforeExpiry 的 %1 天之内。</translation>
    </message>
    <message>
        <source>Expires in %1 days, within the %2 days of DaysBeforeExpiry.</source>
        <translation>%1 天后到期，处于 DaysBeforeExpiry 的 %2 天之内。</translation>
    </message>
    <message>
        <source>Renewed on %1.</source>
        <translation>已于 %1 续订。</translation>
    </message>
    <message>
        <source>Managed renewal from %1.</source>
        <translation>自 %1 起进行托管续订。</translation>
    </message>
    <message>
        <source>Waiting for the CA…</source>
        <translation>正在等待 CA…</translation>
    </message>
    <message>
        <source>Revoked on %1.</source>
        <translation>已于 %1 吊销。</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>已吊销。</translation>
    </message>
    <message>
        <source>Request a new certificate.</source>
        <translation>请请求新证书。</translation>
    </message>
    <message>
        <source>Expires today.</source>
        <translation>今天到期。</translation>
    </message>
    <message>
        <source>Expires tomorrow.</source>
        <translation>明天到期。</translation>
    </message>
    <message>
        <source>Expires in %1 days.</source>
        <translation>%1 天后到期。</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateTagModel</name>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>一个证书最多可有 %1 个标签。</translation>
    </message>
</context>
<context>
    <name>pca::models::PermissionModel</name>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation>源账户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteAccessClient</name>
    <message>
        <source>Connected to %1: accounts are made and removed on the server (privateca-server account create); this key acts in account %2.</source>
        <translation>已连接到 %1：账户在服务器上创建和删除（privateca-server account create）；此密钥在账户 %2 中操作。</translation>
    </message>
    <message>
        <source>Connected as %1: IAM acts in the caller&apos;s account %2, not in %3.</source>
        <translation>已以 %1 身份连接：IAM 在调用方的账户 %2 中操作，而不是在 %3 中。</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteCertificateManagerClient</name>
    <message>
        <source>(certificate authority not found)</source>
        <translation>（未找到证书颁发机构）</translation>
    </message>
</context>
<context>
    <name>pca::models::RemotePrivateCaClient</name>
    <message>
        <source>Connected to %1: the store and its public URL are the server&apos;s settings (privateca-server --data-dir and --public-url).</source>
        <translation>已连接到 %1：存储库及其公共 URL 属于服务器的设置（privateca-server --data-dir 和 --public-url）。</translation>
    </message>
    <message>
        <source>Connected to %1: the server publishes CRLs itself, on time and after each revocation.</source>
        <translation>已连接到 %1：服务器会自行按时发布 CRL，并在每次吊销后发布。</translation>
    </message>
</context>
<context>
    <name>pca::models::TagModel</name>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>一个证书颁发机构最多可有 %1 个标签。</translation>
    </message>
    <message>
        <source>A tag needs a key.</source>
        <translation>标签需要一个键。</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation>标签键最多可包含 %1 个字符。</translation>
    </message>
    <message>
        <source>A tag key may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>标签键只能包含字母、数字、空格以及 _ . : / = + - @。</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved.</source>
        <translation>以 aws: 开头的标签键为保留键。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>标签值最多可包含 %1 个字符。</translation>
    </message>
    <message>
        <source>A tag value may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>标签值只能包含字母、数字、空格以及 _ . : / = + - @。</translation>
    </message>
    <message>
        <source>Type a key to add this tag.</source>
        <translation>请输入键以添加此标签。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>已存在键为 %1 的标签。</translation>
    </message>
</context>
<context>
    <name>pca::models::UserPolicyModel</name>
    <message>
        <source>AWS managed</source>
        <translation>AWS 托管</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>内联</translation>
    </message>
    <message>
        <source>An inline policy of this user</source>
        <translation>此用户的内联策略</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>pca::views::AccessPage</name>
    <message>
        <source>Who may call this store&apos;s API (IAM): accounts, their users, access keys and policies. You manage them as the store owner; the server checks them on every call.</source>
        <translation>谁可以调用此存储库的 API（IAM）：账户及其用户、访问密钥和策略。您以存储库所有者的身份管理它们；服务器会在每次调用时进行检查。</translation>
    </message>
    <message>
        <source>Select a user to see its access keys and policies.</source>
        <translation>选择一个用户以查看其访问密钥和策略。</translation>
    </message>
    <message>
        <source>Cannot read the callers: %1</source>
        <translation>无法读取调用方：%1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Create account…</source>
        <translation>创建账户…</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>删除账户…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Create user…</source>
        <translation>创建用户…</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>删除用户…</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>Create access key</source>
        <translation>创建访问密钥</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Add inline…</source>
        <translation>添加内联策略…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Attach managed</source>
        <translation>附加托管策略</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Select an account to see its users.</source>
        <translation>选择一个账户以查看其用户。</translation>
    </message>
    <message>
        <source>Users of the store&apos;s account %1. Its administrator is the store owner.</source>
        <translation>存储库账户 %1 的用户。其管理员为存储库所有者。</translation>
    </message>
    <message>
        <source>Users of account %1 (%2).</source>
        <translation>账户 %1（%2）的用户。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <source>User %1 in account %2</source>
        <translation>账户 %2 中的用户 %1</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <source>The store&apos;s own account cannot be deleted.</source>
        <translation>无法删除存储库自身的账户。</translation>
    </message>
    <message>
        <source>Delete the account with its users, access keys and policies.</source>
        <translation>删除该账户及其用户、访问密钥和策略。</translation>
    </message>
    <message>
        <source>A user can have two access keys (IAM&apos;s quota).</source>
        <translation>一个用户最多可有两个访问密钥（IAM 配额）。</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Refuse requests signed with this key from now on.</source>
        <translation>从现在起拒绝使用此密钥签名的请求。</translation>
    </message>
    <message>
        <source>Accept requests signed with this key again.</source>
        <translation>重新接受使用此密钥签名的请求。</translation>
    </message>
    <message>
        <source>AWS managed policies cannot be edited; detach it instead.</source>
        <translation>AWS 托管策略无法编辑；请改为分离它。</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>分离…</translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation>%1（已附加）</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>An account stands in for another AWS account (a partner, another team). It gets an administrator key, shown once when the account is created.</source>
        <translation>账户代表另一个 AWS 账户（合作伙伴或其他团队）。它会获得一个管理员密钥，仅在创建账户时显示一次。</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账户 ID：</translation>
    </message>
    <message>
        <source>12 digits; empty for a random one</source>
        <translation>12 位数字；留空则随机生成</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. Partner Corp</source>
        <translation>例如 Partner Corp</translation>
    </message>
    <message>
        <source>Account %1 created</source>
        <translation>已创建账户 %1</translation>
    </message>
    <message>
        <source>The administrator of account %1 signs with this access key. Use it as an AWS profile (aws configure --profile %2).</source>
        <translation>账户 %1 的管理员使用此访问密钥签名。请将其用作 AWS 配置文件（aws configure --profile %2）。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>已创建账户 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Delete account %1%2 with its %n user(s), their access keys and policies? Requests signed with its keys are refused from then on. This cannot be undone.</source>
        <translation>
            <numerusform>要删除账户 %1%2 及其 %n 个用户以及这些用户的访问密钥和策略吗？此后，使用其密钥签名的请求将被拒绝。此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Cannot delete account %1</source>
        <translation>无法删除账户 %1</translation>
    </message>
    <message>
        <source>Account %1 deleted.</source>
        <translation>已删除账户 %1。</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>A user of account %1. It can call the API once it has an access key and a policy that allows the call.</source>
        <translation>账户 %1 的用户。一旦拥有访问密钥和允许该调用的策略，即可调用 API。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>例如 issuer-bot</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits and + = , . @ _ -</source>
        <translation>最多 64 个字母、数字及 + = , . @ _ -</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>已创建用户 %1。</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Delete user %1 of account %2?</source>
        <translation>要删除账户 %2 的用户 %1 吗？</translation>
    </message>
    <message>
        <source>Cannot delete user %1</source>
        <translation>无法删除用户 %1</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>已删除用户 %1。</translation>
    </message>
    <message>
        <source>Cannot create an access key for %1</source>
        <translation>无法为 %1 创建访问密钥</translation>
    </message>
    <message>
        <source>Access key created</source>
        <translation>已创建访问密钥</translation>
    </message>
    <message>
        <source>User %1 signs its requests with this key (aws configure, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>用户 %1 使用此密钥对其请求签名（aws configure，或 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY）。</translation>
    </message>
    <message>
        <source>Access key %1 created.</source>
        <translation>已创建访问密钥 %1。</translation>
    </message>
    <message>
        <source>Cannot change access key %1</source>
        <translation>无法更改访问密钥 %1</translation>
    </message>
    <message>
        <source>Access key %1 activated.</source>
        <translation>已激活访问密钥 %1。</translation>
    </message>
    <message>
        <source>Access key %1 deactivated.</source>
        <translation>已停用访问密钥 %1。</translation>
    </message>
    <message>
        <source>Delete access key</source>
        <translation>删除访问密钥</translation>
    </message>
    <message>
        <source>Delete access key %1? Requests signed with it are refused from then on. This cannot be undone; to stop it for a while, deactivate it instead.</source>
        <translation>要删除访问密钥 %1 吗？此后，使用它签名的请求将被拒绝。此操作无法撤消；如果只想暂时停用，请改为停用它。</translation>
    </message>
    <message>
        <source>Cannot delete access key %1</source>
        <translation>无法删除访问密钥 %1</translation>
    </message>
    <message>
        <source>Access key %1 deleted.</source>
        <translation>已删除访问密钥 %1。</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>已保存策略 %1。</translation>
    </message>
    <message>
        <source>Detach the AWS managed policy %1 from %2?</source>
        <translation>要从 %2 分离 AWS 托管策略 %1 吗？</translation>
    </message>
    <message>
        <source>Delete the inline policy %1 of %2?</source>
        <translation>要删除 %2 的内联策略 %1 吗？</translation>
    </message>
    <message>
        <source>Detach policy</source>
        <translation>分离策略</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>Cannot remove policy %1</source>
        <translation>无法移除策略 %1</translation>
    </message>
    <message>
        <source>Policy %1 removed.</source>
        <translation>已移除策略 %1。</translation>
    </message>
    <message>
        <source>Cannot attach %1</source>
        <translation>无法附加 %1</translation>
    </message>
    <message>
        <source>Policy %1 attached.</source>
        <translation>已附加策略 %1。</translation>
    </message>
</context>
<context>
    <name>pca::views::ActivityPage</name>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>例如 issuer-bot</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. IssueCertificate</source>
        <translation>例如 IssueCertificate</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>part of an ARN</source>
        <translation>ARN 的一部分</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>过去 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>过去 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>过去 90 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>从 – 到</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>仅错误(&amp;E)</translation>
    </message>
    <message>
        <source>Only calls that failed or were denied</source>
        <translation>仅显示失败或被拒绝的调用</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Save the events shown as a CloudTrail log file ({&quot;Records&quot;: [...]})</source>
        <translation>将显示的事件保存为 CloudTrail 日志文件（{&quot;Records&quot;: [...]}）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event record</source>
        <translation>事件记录</translation>
    </message>
    <message>
        <source>Select an event to see its CloudTrail record.</source>
        <translation>选择一个事件以查看其 CloudTrail 记录。</translation>
    </message>
    <message>
        <source>Cannot read the event history: %1</source>
        <translation>无法读取事件历史记录：%1</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>范围的开始时间晚于结束时间。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>没有匹配的事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>已显示 %n 个事件；向下滚动可查看更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the events</source>
        <translation>无法导出事件</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个事件导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pca::views::AuditReportsTab</name>
    <message>
        <source>Create an audit report</source>
        <translation>创建审计报告</translation>
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
        <translation>报告格式</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>存储桶名称</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>创建报告</translation>
    </message>
    <message>
        <source>Report in progress</source>
        <translation>报告生成中</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>审计报告</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>The report is being built…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>报告已就绪。</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>正在请求…</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>保存审计报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>审计报告</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>pca::views::CaCertificateTab</name>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>导出 PEM…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>导出 DER…</translation>
    </message>
    <message>
        <source>Export chain…</source>
        <translation>导出证书链…</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>复制 PEM</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>安装 CA 证书…</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>保存 CSR…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>复制 CSR</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1
Issued by %2</source>
        <translation>%1
颁发者：%2</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated…</source>
        <translation>正在生成密钥对和 CSR…</translation>
    </message>
    <message>
        <source>This CA has no certificate.</source>
        <translation>此 CA 没有证书。</translation>
    </message>
    <message>
        <source>No CA certificate is installed yet. Install one signed by a CA of this store in one click, or give this certificate signing request (CSR) to an external CA and install the certificate it returns.</source>
        <translation>尚未安装 CA 证书。您可以一键安装由此存储库中的 CA 签名的证书，也可以将此证书签名请求（CSR）交给外部 CA，然后安装其返回的证书。</translation>
    </message>
    <message>
        <source>Export CA certificate (DER)</source>
        <translation>导出 CA 证书（DER）</translation>
    </message>
    <message>
        <source>Export CA certificate (PEM)</source>
        <translation>导出 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER 证书 (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate chain</source>
        <translation>导出证书链</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>保存 CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>证书签名请求 (*.csr *.pem)</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateAuthorityDetails</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>审计报告</translation>
    </message>
    <message>
        <source>Create certificate authority…</source>
        <translation>创建证书颁发机构…</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>根 CA</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>从属 CA</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>No certificate authority yet</source>
        <translation>尚无证书颁发机构</translation>
    </message>
    <message>
        <source>Create a root CA to start a hierarchy, or a subordinate CA to be signed by an existing one.</source>
        <translation>创建一个根 CA 以建立层次结构，或创建一个由现有 CA 签名的从属 CA。</translation>
    </message>
    <message>
        <source>Select a certificate authority</source>
        <translation>选择一个证书颁发机构</translation>
    </message>
    <message>
        <source>Its details, certificates and settings appear here.</source>
        <translation>其详细信息、证书和设置将显示在此处。</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateViewer</name>
    <message>
        <source>Certificate details</source>
        <translation>证书详细信息</translation>
    </message>
    <message>
        <source>This certificate cannot be read: %1</source>
        <translation>无法读取此证书：%1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>有效期开始</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有效期结束</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公有密钥</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Yes, path length %1</source>
        <translation>是，路径长度 %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1（关键）</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指纹</translation>
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
        <translation>搜索主题、备用名称或序列号</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>搜索证书</translation>
    </message>
    <message>
        <source>Show certificates</source>
        <translation>显示证书</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>所有证书</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>颁发证书…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>已颁发的证书</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>有效期开始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 个证书</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 个证书</translation>
    </message>
    <message>
        <source>Select a valid certificate to revoke.</source>
        <translation>请选择要吊销的有效证书。</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>显示详细信息…</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>导出 PEM…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>导出 DER…</translation>
    </message>
    <message>
        <source>Copy serial</source>
        <translation>复制序列号</translation>
    </message>
    <message>
        <source>Copy ARN</source>
        <translation>复制 ARN</translation>
    </message>
    <message>
        <source>Export certificate (DER)</source>
        <translation>导出证书（DER）</translation>
    </message>
    <message>
        <source>Export certificate (PEM)</source>
        <translation>导出证书（PEM）</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER 证书 (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>Type at least %1 characters to search</source>
        <translation>请至少输入 %1 个字符以进行搜索</translation>
    </message>
    <message>
        <source>More than %1 certificates</source>
        <translation>超过 %1 个证书</translation>
    </message>
</context>
<context>
    <name>pca::views::ConnectToServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS 配置文件</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>受信任的 CA 文件</translation>
    </message>
    <message>
        <source>Optional: PEM certificates to trust besides the system&apos;s</source>
        <translation>可选：除系统证书外还要信任的 PEM 证书</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>服务器 URL：</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>访问密钥 ID：</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>秘密访问密钥：</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>AWS 配置文件：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>受信任的 CA 文件：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, e.g. https://pca.example.com.</source>
        <translation>请输入服务器的地址，例如 https://pca.example.com。</translation>
    </message>
    <message>
        <source>Type the access key ID and the secret access key.</source>
        <translation>请输入访问密钥 ID 和秘密访问密钥。</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>区域的格式类似于 us-east-1。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>The profile %1 has no access key.</source>
        <translation>配置文件 %1 没有访问密钥。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>pca::views::CreateCertificateAuthorityWizard</name>
    <message>
        <source>Create certificate authority</source>
        <translation>创建证书颁发机构</translation>
    </message>
    <message>
        <source>Create CA</source>
        <translation>创建 CA</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The CA is waiting for its certificate. Have the CSR below signed, then use Install CA certificate.</source>
        <translation>该 CA 正在等待其证书。请让他人对下面的 CSR 签名，然后使用“安装 CA 证书”。</translation>
    </message>
    <message>
        <source>The CA is active and ready to issue certificates.</source>
        <translation>该 CA 已处于活动状态，可以颁发证书。</translation>
    </message>
    <message>
        <source>The CA was created and appears in the list; you can install its certificate later.</source>
        <translation>CA 已创建并显示在列表中；您可以稍后安装其证书。</translation>
    </message>
    <message>
        <source>Certificate authority type</source>
        <translation>证书颁发机构类型</translation>
    </message>
    <message>
        <source>A root CA anchors a hierarchy; a subordinate CA is signed by another CA and usually issues the end-entity certificates.</source>
        <translation>根 CA 是层次结构的锚点；从属 CA 由另一个 CA 签名，通常用于颁发终端实体证书。</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>根 CA</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>从属 CA</translation>
    </message>
    <message>
        <source>Signs its own certificate. Keep it for signing subordinate CAs and use it rarely.</source>
        <translation>为自己的证书签名。请将其保留用于为从属 CA 签名，并尽量少用。</translation>
    </message>
    <message>
        <source>Its certificate is signed by a root or another subordinate CA — one of this store, in one click, or an external one from its CSR.</source>
        <translation>其证书由根 CA 或另一个从属 CA 签名 — 可以是此存储库中的 CA（一键完成），也可以是根据其 CSR 签名的外部 CA。</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>主题名称</translation>
    </message>
    <message>
        <source>The distinguished name of the CA, shown in every certificate it issues.</source>
        <translation>CA 的可分辨名称，显示在它颁发的每个证书中。</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>密钥算法</translation>
    </message>
    <message>
        <source>The CA&apos;s key pair is generated in the background and stored encrypted. Only signing algorithms that fit the key are offered.</source>
        <translation>CA 的密钥对在后台生成并加密存储。仅提供与该密钥匹配的签名算法。</translation>
    </message>
    <message>
        <source>%1 (not supported by this installation)</source>
        <translation>%1（此安装不支持）</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>密钥算法：</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>签名算法：</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>How long the CA certificate is valid when it is signed in this store. Certificates it issues cannot outlive it.</source>
        <translation>在此存储库中签名时 CA 证书的有效期。它颁发的证书的有效期不能超过它。</translation>
    </message>
    <message>
        <source>Typical choices: 10 years or more for a root CA, 3 to 5 years for a subordinate CA.</source>
        <translation>常见选择：根 CA 为 10 年或更长，从属 CA 为 3 到 5 年。</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>证书吊销</translation>
    </message>
    <message>
        <source>How clients learn that a certificate was revoked. Both can be changed later.</source>
        <translation>客户端获知证书已被吊销的方式。两者都可以稍后更改。</translation>
    </message>
    <message>
        <source>Usage mode and key storage</source>
        <translation>使用模式和密钥存储</translation>
    </message>
    <message>
        <source>What the CA is for and the security standard its key is kept to.</source>
        <translation>CA 的用途及其密钥所遵循的安全标准。</translation>
    </message>
    <message>
        <source>Usage mode</source>
        <translation>使用模式</translation>
    </message>
    <message>
        <source>Certificates of any validity the CA allows.</source>
        <translation>CA 允许的任意有效期的证书。</translation>
    </message>
    <message>
        <source>Certificates valid for at most 7 days, for workloads that renew often and need no revocation.</source>
        <translation>有效期最长 7 天的证书，适用于经常续订且无需吊销的工作负载。</translation>
    </message>
    <message>
        <source>Key storage security standard</source>
        <translation>密钥存储安全标准</translation>
    </message>
    <message>
        <source>Recorded as AWS reports it. Here every CA key is encrypted at rest with the store&apos;s passphrase (scrypt, AES-256).</source>
        <translation>按 AWS 报告的方式记录。在此，所有 CA 密钥均使用存储库的密码短语进行静态加密（scrypt、AES-256）。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Optional key–value labels (up to 50) for organizing your CAs.</source>
        <translation>用于组织 CA 的可选键值标签（最多 50 个）。</translation>
    </message>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>一个证书颁发机构最多可有 %1 个标签。</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Let AWS Certificate Manager (ACM) renew the certificates it manages from this CA.</source>
        <translation>允许 AWS Certificate Manager（ACM）续订其从此 CA 获得并托管的证书。</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>授权 ACM 使用此 CA 进行续订</translation>
    </message>
    <message>
        <source>Grants acm.amazonaws.com the actions IssueCertificate, GetCertificate and ListPermissions. Permissions can only be granted to an active CA, so this is applied as soon as the CA becomes active. It can be changed any time on the Permissions tab.</source>
        <translation>向 acm.amazonaws.com 授予 IssueCertificate、GetCertificate 和 ListPermissions 操作。权限只能授予活动的 CA，因此会在 CA 变为活动状态时立即应用。随时可以在“权限”选项卡上更改。</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>审核并创建</translation>
    </message>
    <message>
        <source>Check the settings and choose how the CA gets its certificate.</source>
        <translation>请检查设置，并选择 CA 获取其证书的方式。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Activate now: install a self-signed CA certificate</source>
        <translation>立即激活：安装自签名 CA 证书</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store now</source>
        <translation>立即使用此存储库中的 CA 签名</translation>
    </message>
    <message>
        <source>Have it signed by an external CA (export the CSR, install the certificate later)</source>
        <translation>由外部 CA 签名（导出 CSR，稍后安装证书）</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>签名 CA</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>路径长度</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>此 CA 之下可以再有多少级 CA（0：仅颁发终端实体证书）。</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>签名 CA：</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>路径长度：</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>此存储库中没有可以为其签名的活动 CA。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>until about %1</source>
        <translation>至约 %1</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>published to %1, valid for 1 day</source>
        <translation>发布到 %1，有效期 1 天</translation>
    </message>
    <message>
        <source>published to %1, valid for %2 days</source>
        <translation>发布到 %1，有效期 %2 天</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>不发布</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Key storage</source>
        <translation>密钥存储</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ACM renewals</source>
        <translation>ACM 续订</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>Creating the certificate authority</source>
        <translation>正在创建证书颁发机构</translation>
    </message>
    <message>
        <source>The key is generated in the background; you can keep working.</source>
        <translation>密钥在后台生成；您可以继续工作。</translation>
    </message>
    <message>
        <source>Create the CA</source>
        <translation>创建 CA</translation>
    </message>
    <message>
        <source>Generate the key pair and CSR</source>
        <translation>生成密钥对和 CSR</translation>
    </message>
    <message>
        <source>Sign and install the CA certificate</source>
        <translation>签名并安装 CA 证书</translation>
    </message>
    <message>
        <source>Authorize ACM for renewals</source>
        <translation>授权 ACM 续订</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>证书签名请求</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>保存 CSR…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>复制 CSR</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>保存 CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>证书签名请求 (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Generating the key pair; RSA 4096 can take a few seconds…</source>
        <translation>正在生成密钥对；RSA 4096 可能需要几秒钟…</translation>
    </message>
</context>
<context>
    <name>pca::views::DeleteCertificateAuthorityDialog</name>
    <message>
        <source>Delete certificate authority</source>
        <translation>删除证书颁发机构</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Restore period</source>
        <translation>还原期</translation>
    </message>
    <message>
        <source>%1 has no usable key yet (%2). It is deleted at once and cannot be restored.</source>
        <translation>%1 尚无可用密钥（%2）。它将被立即删除，且无法还原。</translation>
    </message>
    <message>
        <source>I understand; delete it now</source>
        <translation>我已了解；立即删除</translation>
    </message>
    <message>
        <source>%1 stops working at once: it issues no certificates and its CRL is no longer updated. You can restore it during the restore period; after that it is deleted permanently with its private key.</source>
        <translation>%1 将立即停止工作：不再颁发证书，其 CRL 也不再更新。您可以在还原期内将其还原；之后它将连同其私有密钥被永久删除。</translation>
    </message>
    <message>
        <source>Restore period:</source>
        <translation>还原期：</translation>
    </message>
    <message>
        <source>I understand; delete it</source>
        <translation>我已了解；删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>pca::views::ErrorDialog</name>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Copy error code</source>
        <translation>复制错误代码</translation>
    </message>
</context>
<context>
    <name>pca::views::ExpiryChart</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>No certificate expires this month.</source>
        <translation>本月没有到期的证书。</translation>
    </message>
    <message>
        <source>No certificate expires in the coming %1 months.</source>
        <translation>未来 %1 个月内没有到期的证书。</translation>
    </message>
    <message>
        <source>%1: 1 certificate expires</source>
        <translation>%1：1 个证书到期</translation>
    </message>
    <message>
        <source>%1: %2 certificates expire</source>
        <translation>%1：%2 个证书到期</translation>
    </message>
    <message>
        <source>Certificate expiry chart</source>
        <translation>证书到期图表</translation>
    </message>
</context>
<context>
    <name>pca::views::ExportManagedCertificateDialog</name>
    <message>
        <source>Export certificate — %1</source>
        <translation>导出证书 — %1</translation>
    </message>
    <message>
        <source>The export holds the private key of &lt;b&gt;%1&lt;/b&gt;, encrypted with the passphrase you choose here. The passphrase is not stored anywhere: keep it, the key cannot be used without it. The CA&apos;s audit trail records the export.</source>
        <translation>导出内容包含 &lt;b&gt;%1&lt;/b&gt; 的私有密钥，并使用您在此处选择的密码短语加密。该密码短语不会存储在任何地方：请妥善保管，没有它就无法使用该密钥。CA 的审计跟踪会记录此次导出。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>PKCS#12: key, certificate and chain in one .p12 file</source>
        <translation>PKCS#12：密钥、证书和证书链位于一个 .p12 文件中</translation>
    </message>
    <message>
        <source>PEM: certificate, chain and encrypted private key as three .pem files in a folder</source>
        <translation>PEM：证书、证书链和加密的私有密钥作为三个 .pem 文件存放在一个文件夹中</translation>
    </message>
    <message>
        <source>Passphrase for the private key</source>
        <translation>私有密钥的密码短语</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>At most %1 bytes.</source>
        <translation>最多 %1 个字节。</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>请再次输入密码短语。</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>密码短语不匹配。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>保存 PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose a folder for the PEM files</source>
        <translation>选择存放 PEM 文件的文件夹</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>要替换文件吗？</translation>
    </message>
    <message>
        <source>These files exist and will be replaced:
%1</source>
        <translation>以下文件已存在，将被替换：
%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>pca::views::GeneralTab</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Copy the ARN</source>
        <translation>复制 ARN</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Failure:</source>
        <translation>失败原因：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>密钥算法：</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>签名算法：</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Usage mode:</source>
        <translation>使用模式：</translation>
    </message>
    <message>
        <source>Key storage:</source>
        <translation>密钥存储：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Last state change:</source>
        <translation>上次状态更改：</translation>
    </message>
    <message>
        <source>Restorable until:</source>
        <translation>可还原截止时间：</translation>
    </message>
    <message>
        <source>Valid certificates expiring per month</source>
        <translation>每月到期的有效证书</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No CA certificate yet</source>
        <translation>尚无 CA 证书</translation>
    </message>
</context>
<context>
    <name>pca::views::InstallCaCertificateDialog</name>
    <message>
        <source>Install CA certificate — %1</source>
        <translation>安装 CA 证书 — %1</translation>
    </message>
    <message>
        <source>Sign it here: %1 signs its own certificate</source>
        <translation>在此签名：%1 为自己的证书签名</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store</source>
        <translation>使用此存储库中的 CA 签名</translation>
    </message>
    <message>
        <source>Import a self-signed certificate made elsewhere</source>
        <translation>导入在其他地方创建的自签名证书</translation>
    </message>
    <message>
        <source>Import a certificate signed by an external CA</source>
        <translation>导入由外部 CA 签名的证书</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>签名 CA</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>路径长度</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>此 CA 之下可以再有多少级 CA（0：仅颁发终端实体证书）。</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>签名 CA：</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>路径长度：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>The certificate uses the RootCACertificate/V1 template.</source>
        <translation>该证书使用 RootCACertificate/V1 模板。</translation>
    </message>
    <message>
        <source>The certificate uses the SubordinateCACertificate_PathLen template and is installed with the chain of the signing CA.</source>
        <translation>该证书使用 SubordinateCACertificate_PathLen 模板，并与签名 CA 的证书链一起安装。</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>复制 CSR</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…</source>
        <translation>-----BEGIN CERTIFICATE-----
…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s certificate, then its issuers up to the root</source>
        <translation>颁发 CA 的证书，然后是直到根的各级颁发者的证书</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>This CA&apos;s CSR:</source>
        <translation>此 CA 的 CSR：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Certificate chain:</source>
        <translation>证书链：</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>%1 waits for its CA certificate. Installing one activates it.</source>
        <translation>%1 正在等待其 CA 证书。安装证书即可将其激活。</translation>
    </message>
    <message>
        <source>Installing a new certificate for %1 renews it with the same key.</source>
        <translation>为 %1 安装新证书会使用相同的密钥将其续订。</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>此存储库中没有可以为其签名的活动 CA。</translation>
    </message>
    <message>
        <source>Reading the CSR…</source>
        <translation>正在读取 CSR…</translation>
    </message>
    <message>
        <source>Signing the CA certificate…</source>
        <translation>正在为 CA 证书签名…</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>正在安装证书…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a certificate: %2</source>
        <translation>%1 不是证书：%2</translation>
    </message>
</context>
<context>
    <name>pca::views::IssueCertificateDialog</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 不是 IP 地址。</translation>
    </message>
    <message>
        <source>%1 is not a DNS name, IP address, e-mail address or URI.</source>
        <translation>%1 不是 DNS 名称、IP 地址、电子邮件地址或 URI。</translation>
    </message>
    <message>
        <source>At most 150 alternative names are allowed.</source>
        <translation>最多允许 150 个备用名称。</translation>
    </message>
    <message>
        <source>Issue certificate — %1</source>
        <translation>颁发证书 — %1</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>证书签名请求</translation>
    </message>
    <message>
        <source>Use a CSR (paste it or open a file)</source>
        <translation>使用 CSR（粘贴或打开文件）</translation>
    </message>
    <message>
        <source>Generate a key and CSR here</source>
        <translation>在此生成密钥和 CSR</translation>
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
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>密钥算法</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>密钥算法：</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>主题备用名称</translation>
    </message>
    <message>
        <source>One per line, e.g.
www.example.com
10.0.0.5
ops@example.com</source>
        <translation>每行一个，例如：
www.example.com
10.0.0.5
ops@example.com</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>签名算法：</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>颁发</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation>由 &lt;b&gt;%1&lt;/b&gt; 颁发（%2，有效期至 %3）。</translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation>证书 ARN</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>保存证书…</translation>
    </message>
    <message>
        <source>Save with chain…</source>
        <translation>连同证书链保存…</translation>
    </message>
    <message>
        <source>The private key generated here</source>
        <translation>在此生成的私有密钥</translation>
    </message>
    <message>
        <source>The key exists only in this window. Save it now, protected by a password: it cannot be retrieved later.</source>
        <translation>该密钥仅存在于此窗口中。请立即使用密码保护并保存：之后将无法再获取。</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>导出密码</translation>
    </message>
    <message>
        <source>Repeat export password</source>
        <translation>再次输入导出密码</translation>
    </message>
    <message>
        <source>Save PKCS#12…</source>
        <translation>保存 PKCS#12…</translation>
    </message>
    <message>
        <source>Save key and certificate as PEM…</source>
        <translation>将密钥和证书保存为 PEM…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The CSR is valid.</source>
        <translation>CSR 有效。</translation>
    </message>
    <message>
        <source>%1 takes alternative names from the CSR only; choose an APIPassthrough template to add names here.</source>
        <translation>%1 仅从 CSR 获取备用名称；要在此添加名称，请选择 APIPassthrough 模板。</translation>
    </message>
    <message>
        <source>Give a common name or at least one alternative name.</source>
        <translation>请提供公用名或至少一个备用名称。</translation>
    </message>
    <message>
        <source>Open CSR</source>
        <translation>打开 CSR</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem *.req);;All files (*)</source>
        <translation>证书签名请求 (*.csr *.pem *.req);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation>正在生成密钥对…</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>正在颁发证书…</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>证书已颁发</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose a password to protect the key.</source>
        <translation>请选择用于保护密钥的密码。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>密码不匹配。</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>保存 PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Protecting the key…</source>
        <translation>正在保护密钥…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the key unprotected?</source>
        <translation>要在不受保护的情况下保存密钥吗？</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read the file can use the key. Save it unprotected anyway?</source>
        <translation>如果没有密码，任何能读取该文件的人都可以使用该密钥。仍要在不受保护的情况下保存吗？</translation>
    </message>
    <message>
        <source>Save key and certificate</source>
        <translation>保存密钥和证书</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM 文件 (*.pem)</translation>
    </message>
    <message>
        <source>Discard the private key?</source>
        <translation>要丢弃私有密钥吗？</translation>
    </message>
    <message>
        <source>The private key was not saved and will be lost. The certificate stays issued. Close anyway?</source>
        <translation>私有密钥尚未保存，将会丢失。证书仍保持已颁发状态。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>pca::views::MainWindow</name>
    <message>
        <source>Private CA Manager</source>
        <translation>私有 CA 管理器</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>ACM may now renew certificates of %1.</source>
        <translation>ACM 现在可以续订 %1 的证书了。</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>ACM 续订权限</translation>
    </message>
    <message>
        <source>Create CA…</source>
        <translation>创建 CA…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>安装 CA 证书…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>颁发证书…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Revoke certificate…</source>
        <translation>吊销证书…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disable CA</source>
        <translation>禁用 CA</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete CA…</source>
        <translation>删除 CA…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Restore CA</source>
        <translation>还原 CA</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>审计报告…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>证书颁发机构(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>证书(&amp;E)</translation>
    </message>
    <message>
        <source>Certificate &amp;Manager</source>
        <translation>Certificate Manager(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Private CAs</source>
        <translation>私有 CA</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>托管证书</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Find certificate authority</source>
        <translation>查找证书颁发机构</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>审计报告</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Private CA Manager</source>
        <translation>关于私有 CA 管理器(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Certificate Manager</source>
        <translation>Certificate Manager</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>AWS Private CA: certificate authorities and what they issue</source>
        <translation>AWS Private CA：证书颁发机构及其颁发的内容</translation>
    </message>
    <message>
        <source>AWS Certificate Manager: certificates it issues through your CAs and renews</source>
        <translation>AWS Certificate Manager：通过您的 CA 颁发并续订的证书</translation>
    </message>
    <message>
        <source>IAM: accounts, users, access keys and policies of the store&apos;s callers</source>
        <translation>IAM：存储库调用方的账户、用户、访问密钥和策略</translation>
    </message>
    <message>
        <source>CloudTrail: who called what, allowed or denied</source>
        <translation>CloudTrail：谁调用了什么，被允许还是被拒绝</translation>
    </message>
    <message>
        <source>Filter by name, status, type, algorithm or ARN</source>
        <translation>按名称、状态、类型、算法或 ARN 筛选</translation>
    </message>
    <message>
        <source>Filter certificate authorities</source>
        <translation>筛选证书颁发机构</translation>
    </message>
    <message>
        <source>Enable CA</source>
        <translation>启用 CA</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>账户 %1 · %2</translation>
    </message>
    <message>
        <source>Store %1 · account %2 · %3</source>
        <translation>存储库 %1 · 账户 %2 · %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>1 managed certificate</source>
        <translation>1 个托管证书</translation>
    </message>
    <message>
        <source>%1 managed certificates</source>
        <translation>%1 个托管证书</translation>
    </message>
    <message>
        <source>1 certificate authority</source>
        <translation>1 个证书颁发机构</translation>
    </message>
    <message>
        <source>%1 certificate authorities</source>
        <translation>%1 个证书颁发机构</translation>
    </message>
    <message>
        <source>The CA certificate is installed.</source>
        <translation>CA 证书已安装。</translation>
    </message>
    <message>
        <source>Certificate issued.</source>
        <translation>证书已颁发。</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>已吊销证书 %1。</translation>
    </message>
    <message>
        <source>Disable %1? It stops issuing certificates until it is enabled again; revocation keeps working.</source>
        <translation>要禁用 %1 吗？在重新启用之前，它将停止颁发证书；吊销功能仍可正常使用。</translation>
    </message>
    <message>
        <source>Restore %1? It returns to the state it had before it was deleted.</source>
        <translation>要还原 %1 吗？它将恢复到删除之前的状态。</translation>
    </message>
    <message>
        <source>About Private CA Manager</source>
        <translation>关于私有 CA 管理器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Private CA Manager %1&lt;/h3&gt;&lt;p&gt;Private certificate authorities on your own machine, with the behaviour of AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;私有 CA 管理器 %1&lt;/h3&gt;&lt;p&gt;在您自己的计算机上运行、行为与 AWS Private CA 一致的私有证书颁发机构。&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>OpenSSL 3</source>
        <translation>OpenSSL 3</translation>
    </message>
    <message>
        <source>Private CA Manager — %1 (%2, %3)</source>
        <translation>Private CA Manager — %1（%2，%3）</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>连接到服务器…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server, with your access key.</source>
        <translation>使用您的访问密钥，处理 privateca-server 的证书颁发机构。</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Close the connection to %1 and open the local store.</source>
        <translation>关闭与 %1 的连接并打开本地存储库。</translation>
    </message>
    <message>
        <source>Server %1 · %2 · account %3 · %4</source>
        <translation>服务器 %1 · %2 · 账户 %3 · %4</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateDetails</name>
    <message>
        <source>Names:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Issuing CA:</source>
        <translation>颁发 CA：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>已导出：</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN：</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>选择一个证书以查看其详细信息。</translation>
    </message>
    <message>
        <source>Issuance failed: %1</source>
        <translation>颁发失败：%1</translation>
    </message>
    <message>
        <source>Renewal failed: %1</source>
        <translation>续订失败：%1</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>CA 的响应：%1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1 至 %2（剩余 %3 天）</translation>
    </message>
    <message>
        <source>Yes, its private key has left the store</source>
        <translation>是，其私有密钥已离开存储库</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateTagsDialog</name>
    <message>
        <source>Tags — %1</source>
        <translation>标签 — %1</translation>
    </message>
    <message>
        <source>Key–value labels for organizing certificates. Double-click a key or value to change it; changes apply at once.</source>
        <translation>用于组织证书的键值标签。双击键或值即可更改；更改会立即生效。</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificatesPage</name>
    <message>
        <source>Request certificate…</source>
        <translation>请求证书…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>立即续订</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>托管证书</translation>
    </message>
    <message>
        <source>Private certificates that Certificate Manager (ACM) issues through the CAs of this store and renews before they expire.</source>
        <translation>Certificate Manager（ACM）通过此存储库中的 CA 颁发并在到期前续订的私有证书。</translation>
    </message>
    <message>
        <source>Filter by domain, status, CA or renewal</source>
        <translation>按域、状态、CA 或续订筛选</translation>
    </message>
    <message>
        <source>Filter managed certificates</source>
        <translation>筛选托管证书</translation>
    </message>
    <message>
        <source>Select a certificate first.</source>
        <translation>请先选择一个证书。</translation>
    </message>
    <message>
        <source>Only an issued certificate has a key and certificate to export.</source>
        <translation>只有已颁发的证书才有可导出的密钥和证书。</translation>
    </message>
    <message>
        <source>Only an issued certificate can be renewed.</source>
        <translation>只有已颁发的证书才能续订。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No managed certificates yet. Request one with Request certificate; its CA must be active.</source>
        <translation>尚无托管证书。请使用“请求证书”来请求一个；其 CA 必须处于活动状态。</translation>
    </message>
    <message>
        <source>1 certificate expires within %1 days</source>
        <translation>1 个证书将在 %1 天内到期</translation>
    </message>
    <message>
        <source>%1 certificates expire within %2 days</source>
        <translation>%1 个证书将在 %2 天内到期</translation>
    </message>
    <message>
        <source>1 renewal failed</source>
        <translation>1 个续订失败</translation>
    </message>
    <message>
        <source>%1 renewals failed</source>
        <translation>%1 个续订失败</translation>
    </message>
    <message>
        <source>1 request failed</source>
        <translation>1 个请求失败</translation>
    </message>
    <message>
        <source>%1 requests failed</source>
        <translation>%1 个请求失败</translation>
    </message>
    <message>
        <source>Certificates within %1 days of expiry (the account&apos;s DaysBeforeExpiry) are marked.</source>
        <translation>距到期不足 %1 天（账户的 DaysBeforeExpiry）的证书会被标记。</translation>
    </message>
    <message>
        <source>Certificate requested; its CA is issuing it.</source>
        <translation>已请求证书；其 CA 正在颁发。</translation>
    </message>
    <message>
        <source>Exported %1 files.</source>
        <translation>已导出 %1 个文件。</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>续订证书</translation>
    </message>
    <message>
        <source>Renewal of %1 requested.</source>
        <translation>已请求续订 %1。</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>删除证书</translation>
    </message>
    <message>
        <source>Delete the certificate for %1? ACM forgets it and its private key and stops renewing it. The certificate stays in its CA&apos;s inventory and remains valid until it expires or is revoked.</source>
        <translation>要删除 %1 的证书吗？ACM 将忘记该证书及其私有密钥，并停止续订。该证书仍保留在其 CA 的清单中，并在到期或被吊销之前保持有效。</translation>
    </message>
    <message>
        <source>Certificate for %1 deleted.</source>
        <translation>已删除 %1 的证书。</translation>
    </message>
</context>
<context>
    <name>pca::views::OneTimeSecretDialog</name>
    <message>
        <source>This is the only time the secret access key is shown. Copy it now and keep it somewhere safe: it cannot be read again. If you lose it, create a new key and delete this one.</source>
        <translation>秘密访问密钥仅在此时显示一次。请立即复制并妥善保管：之后将无法再次读取。如果丢失，请创建新密钥并删除此密钥。</translation>
    </message>
    <message>
        <source>I have saved the secret</source>
        <translation>我已保存秘密访问密钥</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Shown only now</source>
        <translation>仅此次显示</translation>
    </message>
</context>
<context>
    <name>pca::views::PassphraseDialog</name>
    <message>
        <source>Unlock store</source>
        <translation>解锁存储库</translation>
    </message>
    <message>
        <source>Enter the master passphrase of the store in %1.</source>
        <translation>请输入位于 %1 的存储库的主密码短语。</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>主密码短语</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the store. Try again.</source>
        <translation>此密码短语无法解锁存储库，请重试。</translation>
    </message>
</context>
<context>
    <name>pca::views::PermissionsTab</name>
    <message>
        <source>Certificate renewals by ACM</source>
        <translation>由 ACM 续订证书</translation>
    </message>
    <message>
        <source>AWS Certificate Manager (ACM) renews the private certificates it manages when it may issue, get and list on this CA. Checking the box grants the service principal acm.amazonaws.com those three actions; clearing it removes them.</source>
        <translation>当 AWS Certificate Manager（ACM）可以在此 CA 上执行颁发、获取和列出操作时，它会续订其托管的私有证书。勾选此框会向服务主体 acm.amazonaws.com 授予这三项操作；取消勾选则会移除它们。</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>授权 ACM 使用此 CA 进行续订</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Permissions of this CA</source>
        <translation>此 CA 的权限</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>ACM 续订权限</translation>
    </message>
    <message>
        <source>No permissions are granted on this CA.</source>
        <translation>此 CA 上未授予任何权限。</translation>
    </message>
    <message>
        <source>Stop ACM renewals?</source>
        <translation>要停止 ACM 续订吗？</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>%1 Renewals fail while the box is clear.</source>
        <translation>%1 在取消勾选期间，续订将会失败。</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyEditorDialog</name>
    <message>
        <source>Add inline policy for %1</source>
        <translation>为 %1 添加内联策略</translation>
    </message>
    <message>
        <source>Edit inline policy %1 of %2</source>
        <translation>编辑 %2 的内联策略 %1</translation>
    </message>
    <message>
        <source>e.g. IssueWithEndEntityTemplate</source>
        <translation>例如 IssueWithEndEntityTemplate</translation>
    </message>
    <message>
        <source>Policy name:</source>
        <translation>策略名称：</translation>
    </message>
    <message>
        <source>Policy document (JSON, IAM&apos;s grammar):</source>
        <translation>策略文档（JSON，IAM 语法）：</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>策略文档</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Indent the document for reading</source>
        <translation>缩进文档以便阅读</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The document is a valid identity policy.</source>
        <translation>该文档是有效的身份策略。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Enter a policy name first.</source>
        <translation>请先输入策略名称。</translation>
    </message>
    <message>
        <source>Correct the document first.</source>
        <translation>请先更正文档。</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyTab</name>
    <message>
        <source>A resource-based policy lets other accounts use this CA, for example to issue certificates. It is checked before it is applied.</source>
        <translation>基于资源的策略允许其他账户使用此 CA，例如颁发证书。策略在应用前会经过检查。</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>策略 JSON</translation>
    </message>
    <message>
        <source>No policy is attached. Type one, or start from the example.</source>
        <translation>未附加策略。请输入策略，或从示例开始。</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>应用策略</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>删除策略…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤消更改</translation>
    </message>
    <message>
        <source>Insert example</source>
        <translation>插入示例</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>No policy is attached to this CA.</source>
        <translation>此 CA 未附加策略。</translation>
    </message>
    <message>
        <source>The attached policy.</source>
        <translation>已附加的策略。</translation>
    </message>
    <message>
        <source>Empty. Use Delete to remove the policy.</source>
        <translation>为空。请使用“删除策略”来移除策略。</translation>
    </message>
    <message>
        <source>The attached policy is valid.</source>
        <translation>已附加的策略有效。</translation>
    </message>
    <message>
        <source>Valid. Apply to attach it.</source>
        <translation>有效。应用后即可附加。</translation>
    </message>
    <message>
        <source>The policy is attached.</source>
        <translation>策略已附加。</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>Delete the resource policy of this CA? Accounts it grants access to lose it at once.</source>
        <translation>要删除此 CA 的资源策略吗？该策略授予访问权限的账户将立即失去访问权限。</translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation>策略已删除。</translation>
    </message>
</context>
<context>
    <name>pca::views::RequestCertificateDialog</name>
    <message>
        <source>Request a private certificate</source>
        <translation>请求私有证书</translation>
    </message>
    <message>
        <source>ACM generates the key pair, has the CA you choose issue the certificate (valid for %1 days) and renews it before it expires, as long as the CA allows it.</source>
        <translation>ACM 会生成密钥对，让您选择的 CA 颁发证书（有效期 %1 天），并在 CA 允许的情况下于到期前续订该证书。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>www.example.com or *.example.com</source>
        <translation>www.example.com 或 *.example.com</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Optional, one per line, e.g.
example.com
api.example.com</source>
        <translation>可选，每行一个，例如：
example.com
api.example.com</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>密钥算法</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>域名：</translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation>其他名称：</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>密钥算法：</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>颁发 CA</translation>
    </message>
    <message>
        <source>%1 (%2, valid until %3)</source>
        <translation>%1（%2，有效期至 %3）</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>标签（可选）</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>一个证书最多可有 %1 个标签。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>No CA of this store is active. Create a CA or activate one under Private CAs first.</source>
        <translation>此存储库中没有活动的 CA。请先在“私有 CA”下创建或激活一个 CA。</translation>
    </message>
    <message>
        <source>This CA expires on %1, before a certificate valid for %2 days would. Choose another CA or renew its certificate.</source>
        <translation>此 CA 将于 %1 到期，早于有效期为 %2 天的证书。请选择其他 CA 或续订其证书。</translation>
    </message>
    <message>
        <source>Checking whether this CA lets ACM renew…</source>
        <translation>正在检查此 CA 是否允许 ACM 续订…</translation>
    </message>
    <message>
        <source>This CA authorizes ACM to renew the certificate.</source>
        <translation>此 CA 已授权 ACM 续订该证书。</translation>
    </message>
    <message>
        <source>This CA does not authorize ACM to renew: the certificate will be issued but will fail to renew until you check &quot;Authorize ACM to use this CA for renewals&quot; on the CA&apos;s Permissions tab.</source>
        <translation>此 CA 未授权 ACM 续订：证书会被颁发，但在您于该 CA 的“权限”选项卡上勾选“授权 ACM 使用此 CA 进行续订”之前，续订将会失败。</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>正在请求…</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationConfigurationEditor</name>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation>证书吊销列表（CRL）</translation>
    </message>
    <message>
        <source>Publish a CRL</source>
        <translation>发布 CRL</translation>
    </message>
    <message>
        <source>e.g. example-crl (3–63 lower-case letters, digits, - and .)</source>
        <translation>例如 example-crl（3–63 个小写字母、数字、- 和 .）</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>存储桶名称</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>CRL validity</source>
        <translation>CRL 有效期</translation>
    </message>
    <message>
        <source>optional, e.g. crl.example.com (no http://)</source>
        <translation>可选，例如 crl.example.com（不含 http://）</translation>
    </message>
    <message>
        <source>Custom CRL name</source>
        <translation>自定义 CRL 名称</translation>
    </message>
    <message>
        <source>optional, default: crl</source>
        <translation>可选，默认：crl</translation>
    </message>
    <message>
        <source>Custom CRL path</source>
        <translation>自定义 CRL 路径</translation>
    </message>
    <message>
        <source>Leave the CRL distribution point out of issued certificates</source>
        <translation>在颁发的证书中不包含 CRL 分发点</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Partitioned</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>CRL type</source>
        <translation>CRL 类型</translation>
    </message>
    <message>
        <source>Public read</source>
        <translation>公开读取</translation>
    </message>
    <message>
        <source>Bucket owner full control</source>
        <translation>存储桶拥有者完全控制</translation>
    </message>
    <message>
        <source>Object access</source>
        <translation>对象访问</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Custom name (CNAME):</source>
        <translation>自定义名称（CNAME）：</translation>
    </message>
    <message>
        <source>Custom path:</source>
        <translation>自定义路径：</translation>
    </message>
    <message>
        <source>CRL type:</source>
        <translation>CRL 类型：</translation>
    </message>
    <message>
        <source>Object access:</source>
        <translation>对象访问：</translation>
    </message>
    <message>
        <source>Online Certificate Status Protocol (OCSP)</source>
        <translation>在线证书状态协议（OCSP）</translation>
    </message>
    <message>
        <source>Answer OCSP requests</source>
        <translation>响应 OCSP 请求</translation>
    </message>
    <message>
        <source>optional, e.g. ocsp.example.com (no http://)</source>
        <translation>可选，例如 ocsp.example.com（不含 http://）</translation>
    </message>
    <message>
        <source>Custom OCSP name</source>
        <translation>自定义 OCSP 名称</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationTab</name>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Current CRL</source>
        <translation>当前 CRL</translation>
    </message>
    <message>
        <source>Save CRL…</source>
        <translation>保存 CRL…</translation>
    </message>
    <message>
        <source>Publish a new CRL now</source>
        <translation>立即发布新的 CRL</translation>
    </message>
    <message>
        <source>CRL number:</source>
        <translation>CRL 编号：</translation>
    </message>
    <message>
        <source>Last generated:</source>
        <translation>上次生成时间：</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>下次更新：</translation>
    </message>
    <message>
        <source>Distribution point:</source>
        <translation>分发点：</translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>The revocation configuration can be changed only while the CA is active, disabled or waits for its certificate.</source>
        <translation>只有在 CA 处于活动、已禁用或正在等待其证书时，才能更改吊销配置。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>CRLs are not published for this CA.</source>
        <translation>此 CA 不发布 CRL。</translation>
    </message>
    <message>
        <source>None published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>(left out of certificates)</source>
        <translation>（不包含在证书中）</translation>
    </message>
    <message>
        <source>%1 (each has its own CRL, published with the complete CRL)</source>
        <translation>%1（每个分区都有自己的 CRL，与完整 CRL 一起发布）</translation>
    </message>
    <message>
        <source>Save CRL</source>
        <translation>保存 CRL</translation>
    </message>
    <message>
        <source>CRLs (*.crl)</source>
        <translation>CRL (*.crl)</translation>
    </message>
    <message>
        <source>CRL saved to %1.</source>
        <translation>已将 CRL 保存到 %1。</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>发布 CRL</translation>
    </message>
</context>
<context>
    <name>pca::views::RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>吊销证书</translation>
    </message>
    <message>
        <source>Revoked certificates are listed in the CRL of %1 and reported as revoked over OCSP. This cannot be undone.</source>
        <translation>已吊销的证书会列入 %1 的 CRL，并通过 OCSP 报告为已吊销。此操作无法撤消。</translation>
    </message>
    <message>
        <source>e.g. 4F:2A:…</source>
        <translation>例如 4F:2A:…</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>正在吊销…</translation>
    </message>
</context>
<context>
    <name>pca::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>存储库位置</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>公共基础 URL</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>公共基础 URL：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>颜色主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>颜色主题：</translation>
    </message>
    <message>
        <source>CRL distribution points and OCSP URLs of new certificates start with this address.</source>
        <translation>新证书的 CRL 分发点和 OCSP URL 以此地址开头。</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name, e.g. http://pki.example.com.</source>
        <translation>请使用带主机名的 http:// 或 https:// 地址，例如 http://pki.example.com。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A folder, or a team store on PostgreSQL. A new location takes effect at the next start (the command line options --store and --data-dir and PRIVATECA_DATA_DIR take precedence).</source>
        <translation>文件夹，或 PostgreSQL 上的团队存储库。新位置将在下次启动时生效（命令行选项 --store 和 --data-dir 以及 PRIVATECA_DATA_DIR 优先）。</translation>
    </message>
</context>
<context>
    <name>pca::views::SubjectForm</name>
    <message>
        <source>Common name (CN):</source>
        <translation>公用名（CN）：</translation>
    </message>
    <message>
        <source>e.g. Example Corp Root CA</source>
        <translation>例如 Example Corp Root CA</translation>
    </message>
    <message>
        <source>Organization (O):</source>
        <translation>组织（O）：</translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation>例如 Example Corp</translation>
    </message>
    <message>
        <source>Organizational unit (OU):</source>
        <translation>组织单位（OU）：</translation>
    </message>
    <message>
        <source>Country (C):</source>
        <translation>国家/地区（C）：</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>例如 CN</translation>
    </message>
    <message>
        <source>State or province (ST):</source>
        <translation>省/州（ST）：</translation>
    </message>
    <message>
        <source>Locality (L):</source>
        <translation>城市/地区（L）：</translation>
    </message>
    <message>
        <source>DN qualifier:</source>
        <translation>DN 限定符：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>姓：</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>名：</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>姓名缩写：</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>假名：</translation>
    </message>
    <message>
        <source>Generation qualifier:</source>
        <translation>辈分限定符：</translation>
    </message>
    <message>
        <source>More name fields</source>
        <translation>更多名称字段</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 无效：%2</translation>
    </message>
    <message>
        <source>use a two-letter country code such as DE or US.</source>
        <translation>请使用两个字母的国家/地区代码，例如 CN 或 US。</translation>
    </message>
    <message>
        <source>it is too long or contains characters that are not allowed.</source>
        <translation>过长或包含不允许的字符。</translation>
    </message>
</context>
<context>
    <name>pca::views::TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>pca::views::TagListInput</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>已存在键为 %1 的标签。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>pca::views::TagsTab</name>
    <message>
        <source>Tags are key–value labels for organizing CAs. Double-click a key or value to change it; changes apply at once.</source>
        <translation>标签是用于组织 CA 的键值标签。双击键或值即可更改；更改会立即生效。</translation>
    </message>
</context>
<context>
    <name>pca::views::ValidityInput</name>
    <message>
        <source>For</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Validity duration</source>
        <translation>有效期时长</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Validity unit</source>
        <translation>有效期单位</translation>
    </message>
    <message>
        <source>Validity end date</source>
        <translation>有效期结束日期</translation>
    </message>
    <message>
        <source>The issuing CA is valid only until %1; choose an earlier end.</source>
        <translation>颁发 CA 的有效期仅至 %1；请选择更早的结束日期。</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>有效期至 %1。</translation>
    </message>
</context>
<context>
    <name>pca::views::WelcomeDialog</name>
    <message>
        <source>Welcome to Private CA Manager</source>
        <translation>欢迎使用私有 CA 管理器</translation>
    </message>
    <message>
        <source>Your certificate authorities live in a store on this computer. Every CA key in it is encrypted with a master passphrase: choose one you will remember — it cannot be recovered.</source>
        <translation>您的证书颁发机构存放在此计算机上的一个存储库中。其中的每个 CA 密钥都使用主密码短语加密：请选择一个您能记住的密码短语 — 它无法找回。</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>存储库位置</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>主密码短语</translation>
    </message>
    <message>
        <source>Repeat the master passphrase</source>
        <translation>再次输入主密码短语</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>12 digits; part of every ARN. Use your AWS account ID to make ARNs look like your cloud ones.</source>
        <translation>12 位数字；是每个 ARN 的一部分。使用您的 AWS 账户 ID 可使 ARN 与您云端的 ARN 看起来一致。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Store location:</source>
        <translation>存储库位置：</translation>
    </message>
    <message>
        <source>Master passphrase:</source>
        <translation>主密码短语：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入密码短语：</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>账户 ID：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>创建存储库</translation>
    </message>
    <message>
        <source>Choose where the store lives.</source>
        <translation>请选择存储库的位置。</translation>
    </message>
    <message>
        <source>Choose a master passphrase.</source>
        <translation>请选择主密码短语。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>密码短语至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>请再次输入密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>The account ID has 12 digits.</source>
        <translation>账户 ID 为 12 位数字。</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>区域的格式类似 us-east-1。</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>强度：%1</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>强度：%1。%2</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>正在创建存储库…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>连接到服务器…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server instead, with your access key.</source>
        <translation>改为使用您的访问密钥，处理 privateca-server 的证书颁发机构。</translation>
    </message>
</context>
</TS>

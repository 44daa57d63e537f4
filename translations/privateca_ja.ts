<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AcmDisplayNames</name>
    <message>
        <source>Issuing</source>
        <translation>発行中</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Validation timed out</source>
        <translation>検証タイムアウト</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>Awaiting validation</source>
        <translation>検証待ち</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>更新失敗</translation>
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
        <translation>ドメイン検証の連絡先が見つかりませんでした</translation>
    </message>
    <message>
        <source>The domain needs additional verification</source>
        <translation>このドメインには追加の検証が必要です</translation>
    </message>
    <message>
        <source>The domain is not allowed</source>
        <translation>このドメインは許可されていません</translation>
    </message>
    <message>
        <source>The domain is not a valid public domain</source>
        <translation>このドメインは有効なパブリックドメインではありません</translation>
    </message>
    <message>
        <source>Domain validation was denied</source>
        <translation>ドメイン検証が拒否されました</translation>
    </message>
    <message>
        <source>A CAA record does not allow the issuance</source>
        <translation>CAA レコードにより発行が許可されていません</translation>
    </message>
    <message>
        <source>The CA reached one of its limits</source>
        <translation>CA がいずれかの上限に達しました</translation>
    </message>
    <message>
        <source>The CA&apos;s ARN is not valid</source>
        <translation>CA の ARN が無効です</translation>
    </message>
    <message>
        <source>The CA is not active (enable it or pick another CA)</source>
        <translation>CA がアクティブではありません（有効にするか、別の CA を選択してください）</translation>
    </message>
    <message>
        <source>The CA could not issue the certificate</source>
        <translation>CA が証明書を発行できませんでした</translation>
    </message>
    <message>
        <source>The CA&apos;s name constraints do not allow these names</source>
        <translation>CA の名前の制約により、これらの名前は許可されていません</translation>
    </message>
    <message>
        <source>The CA no longer exists</source>
        <translation>CA はもう存在しません</translation>
    </message>
    <message>
        <source>The CA refused the request&apos;s values</source>
        <translation>CA がリクエストの値を拒否しました</translation>
    </message>
    <message>
        <source>The CA expires before the certificate would (renew the CA certificate)</source>
        <translation>CA の有効期限が証明書より先に切れます（CA 証明書を更新してください）</translation>
    </message>
    <message>
        <source>The CA does not authorize ACM to renew (Permissions tab)</source>
        <translation>CA が ACM に更新を許可していません（[アクセス許可] タブ）</translation>
    </message>
    <message>
        <source>ACM&apos;s service-linked role is missing</source>
        <translation>ACM のサービスにリンクされたロールがありません</translation>
    </message>
    <message>
        <source>Something else went wrong</source>
        <translation>その他の問題が発生しました</translation>
    </message>
    <message>
        <source>No validation contact</source>
        <translation>検証の連絡先なし</translation>
    </message>
    <message>
        <source>More verification needed</source>
        <translation>追加の検証が必要</translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation>許可されていないドメイン</translation>
    </message>
    <message>
        <source>Invalid public domain</source>
        <translation>無効なパブリックドメイン</translation>
    </message>
    <message>
        <source>Validation denied</source>
        <translation>検証拒否</translation>
    </message>
    <message>
        <source>Refused by a CAA record</source>
        <translation>CAA レコードにより拒否</translation>
    </message>
    <message>
        <source>CA limit reached</source>
        <translation>CA の上限に到達</translation>
    </message>
    <message>
        <source>Invalid CA ARN</source>
        <translation>無効な CA ARN</translation>
    </message>
    <message>
        <source>CA not active</source>
        <translation>CA が非アクティブ</translation>
    </message>
    <message>
        <source>CA could not issue</source>
        <translation>CA が発行できません</translation>
    </message>
    <message>
        <source>Outside the CA&apos;s name constraints</source>
        <translation>CA の名前の制約外</translation>
    </message>
    <message>
        <source>CA no longer exists</source>
        <translation>CA が存在しません</translation>
    </message>
    <message>
        <source>CA refused the values</source>
        <translation>CA が値を拒否</translation>
    </message>
    <message>
        <source>CA expires too soon</source>
        <translation>CA の有効期限が早すぎる</translation>
    </message>
    <message>
        <source>ACM not authorized by the CA</source>
        <translation>CA が ACM を許可していない</translation>
    </message>
    <message>
        <source>Service-linked role missing</source>
        <translation>サービスにリンクされたロールがない</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>その他のエラー</translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>先に認証機関を選択してください。</translation>
    </message>
    <message>
        <source>The CA&apos;s key is still being generated.</source>
        <translation>CA のキーはまだ生成中です。</translation>
    </message>
    <message>
        <source>A certificate cannot be installed while the CA is %1.</source>
        <translation>CA が「%1」の間は証明書をインストールできません。</translation>
    </message>
    <message>
        <source>Install the CA certificate first; the CA is not active yet.</source>
        <translation>先に CA 証明書をインストールしてください。CA はまだアクティブではありません。</translation>
    </message>
    <message>
        <source>Only an active CA issues certificates; this one is %1.</source>
        <translation>証明書を発行できるのはアクティブな CA だけです。この CA は「%1」です。</translation>
    </message>
    <message>
        <source>Certificates can be revoked only while the CA is active or disabled; this one is %1.</source>
        <translation>証明書を取り消せるのは、CA がアクティブまたは無効のときだけです。この CA は「%1」です。</translation>
    </message>
    <message>
        <source>Only an active CA can be disabled.</source>
        <translation>無効にできるのはアクティブな CA だけです。</translation>
    </message>
    <message>
        <source>Only a disabled CA can be enabled.</source>
        <translation>有効にできるのは無効な CA だけです。</translation>
    </message>
    <message>
        <source>Disable the CA before deleting it.</source>
        <translation>削除する前に CA を無効にしてください。</translation>
    </message>
    <message>
        <source>The CA is already deleted.</source>
        <translation>この CA は既に削除されています。</translation>
    </message>
    <message>
        <source>Only a deleted CA can be restored.</source>
        <translation>復元できるのは削除済みの CA だけです。</translation>
    </message>
    <message>
        <source>Audit reports can be created only while the CA is active or disabled; this one is %1.</source>
        <translation>監査レポートを作成できるのは、CA がアクティブまたは無効のときだけです。この CA は「%1」です。</translation>
    </message>
    <message>
        <source>Permissions can be changed only while the CA is active or waits for its certificate; this one is %1.</source>
        <translation>アクセス許可を変更できるのは、CA がアクティブまたは証明書待ちのときだけです。この CA は「%1」です。</translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <source>Paste a CSR or open a CSR file.</source>
        <translation>CSR を貼り付けるか、CSR ファイルを開いてください。</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <source>End-entity certificate with only basic constraints; key usages come from the request.</source>
        <translation>基本制約のみを持つエンドエンティティ証明書です。キー使用法はリクエストから取得されます。</translation>
    </message>
    <message>
        <source>TLS client certificate (client authentication).</source>
        <translation>TLS クライアント証明書（クライアント認証）。</translation>
    </message>
    <message>
        <source>TLS server certificate (server authentication).</source>
        <translation>TLS サーバー証明書（サーバー認証）。</translation>
    </message>
    <message>
        <source>General end-entity certificate for TLS servers and clients.</source>
        <translation>TLS サーバーとクライアント向けの汎用エンドエンティティ証明書。</translation>
    </message>
    <message>
        <source>Code signing certificate.</source>
        <translation>コード署名証明書。</translation>
    </message>
    <message>
        <source>Certificate for signing OCSP responses.</source>
        <translation>OCSP レスポンスの署名用証明書。</translation>
    </message>
    <message>
        <source>Self-signed root CA certificate for this CA&apos;s own CSR (activates a root CA).</source>
        <translation>この CA 自身の CSR に対する自己署名ルート CA 証明書（ルート CA をアクティブにします）。</translation>
    </message>
    <message numerus="yes">
        <source>Subordinate CA certificate that may add %n more CA level(s) below it.</source>
        <translation>
            <numerusform>その下にさらに %n 階層の CA を追加できる下位 CA 証明書。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra extensions are copied from the CSR.</source>
        <translation>追加の拡張は CSR からコピーされます。</translation>
    </message>
    <message>
        <source>Subject and extensions can be supplied with the request (API passthrough).</source>
        <translation>サブジェクトと拡張をリクエストで指定できます（API パススルー）。</translation>
    </message>
    <message>
        <source>Extensions come from the request, then from the CSR.</source>
        <translation>拡張はリクエストから、次に CSR から取得されます。</translation>
    </message>
</context>
<context>
    <name>CreateCertificateAuthorityWizard</name>
    <message>
        <source>Understood by every client; the usual choice for compatibility.</source>
        <translation>すべてのクライアントが対応しています。互換性を重視する場合の一般的な選択肢です。</translation>
    </message>
    <message>
        <source>Stronger RSA; larger certificates and slower signatures.</source>
        <translation>より強力な RSA です。証明書が大きくなり、署名が遅くなります。</translation>
    </message>
    <message>
        <source>Small, fast and widely supported elliptic curve key.</source>
        <translation>小さく高速で、広くサポートされている楕円曲線キーです。</translation>
    </message>
    <message>
        <source>Stronger elliptic curve key for long-lived CAs.</source>
        <translation>長期間使用する CA 向けの、より強力な楕円曲線キーです。</translation>
    </message>
    <message>
        <source>Chinese national standard (with SM3).</source>
        <translation>中国の国家標準（SM3 を使用）。</translation>
    </message>
    <message>
        <source>Post-quantum signature key (FIPS 204); few clients understand it yet.</source>
        <translation>耐量子署名キー（FIPS 204）です。対応しているクライアントはまだ多くありません。</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Creating</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Pending certificate</source>
        <translation>証明書待ち</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated.</source>
        <translation>キーペアと CSR を生成しています。</translation>
    </message>
    <message>
        <source>Waiting for its CA certificate: install one to activate the CA.</source>
        <translation>CA 証明書を待っています。証明書をインストールすると CA がアクティブになります。</translation>
    </message>
    <message>
        <source>Issues certificates and publishes revocation information.</source>
        <translation>証明書を発行し、取り消し情報を公開します。</translation>
    </message>
    <message>
        <source>Deleted; it can be restored until its restore period ends.</source>
        <translation>削除済みです。復元期間が終わるまでは復元できます。</translation>
    </message>
    <message>
        <source>Does not issue certificates until it is enabled again.</source>
        <translation>再び有効にするまで証明書を発行しません。</translation>
    </message>
    <message>
        <source>Its CA certificate has expired; install a renewed certificate.</source>
        <translation>CA 証明書の有効期限が切れています。更新した証明書をインストールしてください。</translation>
    </message>
    <message>
        <source>Creation failed; delete the CA and create a new one.</source>
        <translation>作成に失敗しました。CA を削除して、新しく作成してください。</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>下位</translation>
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
        <translation>汎用</translation>
    </message>
    <message>
        <source>Short-lived certificates (at most 7 days)</source>
        <translation>有効期間が短い証明書（最大 7 日）</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 2 or higher</source>
        <translation>FIPS 140-2 レベル 2 以上</translation>
    </message>
    <message>
        <source>FIPS 140-2 level 3 or higher</source>
        <translation>FIPS 140-2 レベル 3 以上</translation>
    </message>
    <message>
        <source>CCPC level 1 or higher</source>
        <translation>CCPC レベル 1 以上</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>リクエストがタイムアウトしました</translation>
    </message>
    <message>
        <source>The key algorithm is not supported by this installation</source>
        <translation>このキーアルゴリズムは、このインストール環境ではサポートされていません</translation>
    </message>
    <message>
        <source>Key generation failed</source>
        <translation>キーの生成に失敗しました</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Key compromise</source>
        <translation>キーの侵害</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA の侵害</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>所属の変更</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation>運用停止</translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation>権限の撤回</translation>
    </message>
    <message>
        <source>Attribute authority compromise</source>
        <translation>属性機関の侵害</translation>
    </message>
    <message>
        <source>No particular reason is given.</source>
        <translation>特定の理由はありません。</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key was lost or exposed.</source>
        <translation>証明書のプライベートキーが紛失したか、漏えいしました。</translation>
    </message>
    <message>
        <source>The key of the issuing CA was lost or exposed.</source>
        <translation>発行元 CA のキーが紛失したか、漏えいしました。</translation>
    </message>
    <message>
        <source>The subject&apos;s name or organisation changed.</source>
        <translation>サブジェクトの名前または組織が変更されました。</translation>
    </message>
    <message>
        <source>The certificate was replaced by a new one.</source>
        <translation>証明書が新しい証明書に置き換えられました。</translation>
    </message>
    <message>
        <source>The certificate is no longer needed.</source>
        <translation>証明書は不要になりました。</translation>
    </message>
    <message>
        <source>The subject is no longer entitled to the certificate.</source>
        <translation>サブジェクトはこの証明書を保持する資格を失いました。</translation>
    </message>
    <message>
        <source>An attribute authority behind the certificate was compromised.</source>
        <translation>証明書の背後にある属性機関が侵害されました。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>証明書の発行</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>証明書の取得</translation>
    </message>
    <message>
        <source>List permissions</source>
        <translation>アクセス許可の一覧表示</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>Enter a domain name, e.g. www.example.com.</source>
        <translation>ドメイン名を入力してください（例：www.example.com）。</translation>
    </message>
    <message>
        <source>A domain name can have at most %1 characters.</source>
        <translation>ドメイン名は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>%1 is not a domain name: use labels of letters, digits and hyphens separated by dots, e.g. www.example.com, optionally starting with *. for a wildcard.</source>
        <translation>%1 はドメイン名ではありません。英字、数字、ハイフンから成るラベルをドットで区切って指定してください（例：www.example.com）。ワイルドカードにする場合は先頭に *. を付けます。</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 names, the domain name included.</source>
        <translation>1 つの証明書に指定できる名前は、ドメイン名を含めて最大 %1 個です。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The certificate authority is not in a state that allows this.</source>
        <translation>認証機関が、この操作を許可する状態ではありません。</translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation>一部の値が受け付けられませんでした。</translation>
    </message>
    <message>
        <source>This does not name a certificate authority of this store.</source>
        <translation>これはこのストアの認証機関を指していません。</translation>
    </message>
    <message>
        <source>It no longer exists. It may have been deleted meanwhile.</source>
        <translation>もう存在しません。その間に削除された可能性があります。</translation>
    </message>
    <message>
        <source>The certificate signing request cannot be used.</source>
        <translation>この証明書署名リクエストは使用できません。</translation>
    </message>
    <message>
        <source>The certificate cannot be used.</source>
        <translation>この証明書は使用できません。</translation>
    </message>
    <message>
        <source>The certificate does not belong to this certificate authority.</source>
        <translation>この証明書はこの認証機関のものではありません。</translation>
    </message>
    <message>
        <source>The policy is not valid.</source>
        <translation>ポリシーが無効です。</translation>
    </message>
    <message>
        <source>A tag key or value is not allowed.</source>
        <translation>許可されていないタグキーまたは値があります。</translation>
    </message>
    <message>
        <source>A certificate authority can have at most 50 tags.</source>
        <translation>1 つの認証機関に付けられるタグは最大 50 個です。</translation>
    </message>
    <message>
        <source>This permission already exists.</source>
        <translation>このアクセス許可は既に存在します。</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>この操作は既に完了しています。</translation>
    </message>
    <message>
        <source>The request is still in progress. Try again in a moment.</source>
        <translation>リクエストはまだ処理中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>A limit was reached.</source>
        <translation>上限に達しました。</translation>
    </message>
    <message>
        <source>Something else changed it at the same time. Try again.</source>
        <translation>同時に別の処理が変更を加えました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>パスフレーズが正しくありません。</translation>
    </message>
    <message>
        <source>The store is in use by another program.</source>
        <translation>ストアは別のプログラムで使用中です。</translation>
    </message>
    <message>
        <source>The store cannot be read or written.</source>
        <translation>ストアの読み取りまたは書き込みができません。</translation>
    </message>
    <message>
        <source>It is still in use: a user can only be deleted once its access keys, inline policies and attached policies are removed.</source>
        <translation>まだ使用中です。ユーザーを削除できるのは、そのアクセスキー、インラインポリシー、アタッチされたポリシーをすべて削除した後だけです。</translation>
    </message>
    <message>
        <source>One with this name already exists.</source>
        <translation>この名前のものは既に存在します。</translation>
    </message>
    <message>
        <source>The policy document is not valid.</source>
        <translation>ポリシードキュメントが無効です。</translation>
    </message>
    <message>
        <source>An IAM quota was reached (e.g. two access keys per user, ten attached policies, 2048 characters of inline policies).</source>
        <translation>IAM のクォータに達しました（例：ユーザーあたりアクセスキー 2 個、アタッチされたポリシー 10 個、インラインポリシー 2048 文字）。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作に失敗しました。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>この操作は許可されていません。</translation>
    </message>
    <message>
        <source>The server did not accept the access key.</source>
        <translation>サーバーがアクセスキーを受け入れませんでした。</translation>
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
        <translation>パスフレーズを決めてください。すべての CA キーの暗号化に使用されます。</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>非常に弱い</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Use at least 12 characters; several unrelated words work well.</source>
        <translation>12 文字以上にしてください。関連のない複数の単語を組み合わせると効果的です。</translation>
    </message>
    <message>
        <source>Add more words or characters of other kinds.</source>
        <translation>単語を増やすか、別の種類の文字を加えてください。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save file</source>
        <translation>ファイルの保存</translation>
    </message>
</context>
<context>
    <name>ResourcePolicyText</name>
    <message>
        <source>The policy is empty.</source>
        <translation>ポリシーが空です。</translation>
    </message>
</context>
<context>
    <name>TeamStoreButton</name>
    <message>
        <source>Open a team store…</source>
        <translation>チームのストアを開く…</translation>
    </message>
    <message>
        <source>A team store lives in PostgreSQL: replace USER, HOST and DATABASE (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>チームのストアは PostgreSQL にあります。USER、HOST、DATABASE を置き換えてください（パスワードは PGPASSWORD または ~/.pgpass から取得されます）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Private certificate authorities with AWS Private CA semantics, on your own machine.</source>
        <translation>AWS Private CA と同じセマンティクスのプライベート認証機関を、お使いのコンピューター上で。</translation>
    </message>
    <message>
        <source>Store directory (default: PRIVATECA_DATA_DIR, the Settings choice, then %1).</source>
        <translation>ストアのディレクトリ（デフォルト：PRIVATECA_DATA_DIR、設定での選択、次に %1）。</translation>
    </message>
    <message>
        <source>Read the master passphrase from FILE instead of asking (PRIVATECA_PASSPHRASE works too).</source>
        <translation>マスターパスフレーズを入力を求める代わりに FILE から読み取ります（PRIVATECA_PASSPHRASE も使用できます）。</translation>
    </message>
    <message>
        <source>Private CA Manager</source>
        <translation>プライベート CA マネージャー</translation>
    </message>
    <message>
        <source>The store: a directory, or a team store on PostgreSQL as postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] (takes precedence over --data-dir).</source>
        <translation>ストア：ディレクトリ、または postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME] の形式の PostgreSQL 上のチームのストア（--data-dir より優先されます）。</translation>
    </message>
    <message>
        <source>Work on the privateca-server at URL instead of a local store (asks for the access key unless --profile).</source>
        <translation>ローカルのストアではなく、URL の privateca-server で作業します（--profile を指定しない場合はアクセスキーを要求します）。</translation>
    </message>
    <message>
        <source>Sign the calls to the server with the access key of this AWS profile (~/.aws/credentials).</source>
        <translation>この AWS プロファイル（~/.aws/credentials）のアクセスキーでサーバーへの呼び出しに署名します。</translation>
    </message>
</context>
<context>
    <name>pca::models::AccessKeyModel</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Requests signed with this key are accepted.</source>
        <translation>このキーで署名されたリクエストは受け付けられます。</translation>
    </message>
    <message>
        <source>Requests signed with this key are refused until it is activated again.</source>
        <translation>このキーで署名されたリクエストは、再びアクティブにするまで拒否されます。</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>pca::models::AccountModel</name>
    <message>
        <source>This store</source>
        <translation>このストア</translation>
    </message>
    <message>
        <source>With the store</source>
        <translation>ストアと同時</translation>
    </message>
    <message>
        <source>The store&apos;s own account: its administrator is you, the store owner. It cannot be deleted.</source>
        <translation>ストア自身のアカウントです。管理者はストアの所有者であるあなたです。このアカウントは削除できません。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalDependents</name>
    <message>
        <source>No certificate managed by ACM renews through this CA.</source>
        <translation>この CA を通じて更新される ACM 管理の証明書はありません。</translation>
    </message>
    <message>
        <source>a renewal has been due since %1.</source>
        <translation>%1 から更新期限を過ぎています。</translation>
    </message>
    <message>
        <source>the next renewal is due on %1.</source>
        <translation>次回の更新予定日は %1 です。</translation>
    </message>
    <message>
        <source>1 certificate managed by ACM renews through this CA</source>
        <translation>ACM が管理する証明書 1 件がこの CA を通じて更新されます</translation>
    </message>
    <message>
        <source>%1 certificates managed by ACM renew through this CA</source>
        <translation>ACM が管理する証明書 %1 件がこの CA を通じて更新されます</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1、ほか %2 件</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the certificate it manages from this CA. This certificate will fail to renew: %1.

Clear the box anyway?</source>
        <translation>この許可がないと、ACM はこの CA から発行され ACM が管理している証明書を更新できません。次の証明書の更新は失敗します：%1。

それでもチェックを外しますか？</translation>
    </message>
    <message>
        <source>Without this authorization ACM cannot renew the %1 certificates it manages from this CA. These certificates will fail to renew: %2.

Clear the box anyway?</source>
        <translation>この許可がないと、ACM はこの CA から発行され ACM が管理している %1 件の証明書を更新できません。次の証明書の更新は失敗します：%2。

それでもチェックを外しますか？</translation>
    </message>
</context>
<context>
    <name>pca::models::AcmRenewalPermission</name>
    <message>
        <source>Select a certificate authority first.</source>
        <translation>先に認証機関を選択してください。</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>変更を適用しています…</translation>
    </message>
    <message>
        <source>Reading the current permissions…</source>
        <translation>現在のアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>Only partly authorized: ACM is missing %1.</source>
        <translation>一部のみ許可されています。ACM には %1 がありません。</translation>
    </message>
</context>
<context>
    <name>pca::models::AuditReportModel</name>
    <message>
        <source>Report %1</source>
        <translation>レポート %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>リクエスト日時</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityCreation</name>
    <message>
        <source>The key of the new CA could not be generated (%1).</source>
        <translation>新しい CA のキーを生成できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateAuthorityModel</name>
    <message>
        <source>Common name</source>
        <translation>共通名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>キーアルゴリズム</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>pca::models::CertificateModel</name>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>%1 に取り消し：%2</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>この列は並べ替えできません。</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>代替名</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>pca::models::EventModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1（ほか %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s administrator (the store owner for the store&apos;s account)</source>
        <translation>アカウントの管理者（ストアのアカウントの場合はストアの所有者）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>イベント名</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>イベントソース</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>pca::models::IamUserModel</name>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateModel</name>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>発行元 CA</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>CA の応答：%1</translation>
    </message>
    <message>
        <source>The CA is issuing the certificate…</source>
        <translation>CA が証明書を発行しています…</translation>
    </message>
    <message>
        <source>Revoked by its CA on %1.</source>
        <translation>%1 に CA によって取り消されました。</translation>
    </message>
    <message>
        <source>Revoked by its CA.</source>
        <translation>CA によって取り消されました。</translation>
    </message>
    <message>
        <source>Expired; request a new certificate.</source>
        <translation>期限切れです。新しい証明書をリクエストしてください。</translation>
    </message>
    <message>
        <source>Renewal under way.</source>
        <translation>更新を実行中です。</translation>
    </message>
    <message>
        <source>Expires today, within the %1 days of DaysBeforeExpiry.</source>
        <translation>本日有効期限切れ（DaysBeforeExpiry の %1 日以内）。</translation>
    </message>
    <message>
        <source>Expires tomorrow, within the %1 days of DaysBeforeExpiry.</source>
        <translation>明日有効期限切れ（DaysBeforeExpiry の %1 日以内）。</translation>
    </message>
    <message>
        <source>Expires in %1 days, within the %2 days of DaysBeforeExpiry.</source>
        <translation>%1 日後に有効期限切れ（DaysBeforeExpiry の %2 日以内）。</translation>
    </message>
    <message>
        <source>Renewed on %1.</source>
        <translation>%1 に更新されました。</translation>
    </message>
    <message>
        <source>Managed renewal from %1.</source>
        <translation>%1 からマネージド更新。</translation>
    </message>
    <message>
        <source>Waiting for the CA…</source>
        <translation>CA を待っています…</translation>
    </message>
    <message>
        <source>Revoked on %1.</source>
        <translation>%1 に取り消されました。</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>取り消し済み。</translation>
    </message>
    <message>
        <source>Request a new certificate.</source>
        <translation>新しい証明書をリクエストしてください。</translation>
    </message>
    <message>
        <source>Expires today.</source>
        <translation>本日有効期限切れ。</translation>
    </message>
    <message>
        <source>Expires tomorrow.</source>
        <translation>明日有効期限切れ。</translation>
    </message>
    <message>
        <source>Expires in %1 days.</source>
        <translation>%1 日後に有効期限切れ。</translation>
    </message>
</context>
<context>
    <name>pca::models::ManagedCertificateTagModel</name>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>1 つの証明書に付けられるタグは最大 %1 個です。</translation>
    </message>
</context>
<context>
    <name>pca::models::PermissionModel</name>
    <message>
        <source>Principal</source>
        <translation>プリンシパル</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation>ソースアカウント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteAccessClient</name>
    <message>
        <source>Connected to %1: accounts are made and removed on the server (privateca-server account create); this key acts in account %2.</source>
        <translation>%1 に接続しています。アカウントはサーバー上で作成および削除します（privateca-server account create）。このキーはアカウント %2 で動作します。</translation>
    </message>
    <message>
        <source>Connected as %1: IAM acts in the caller&apos;s account %2, not in %3.</source>
        <translation>%1 として接続しています。IAM は %3 ではなく、呼び出し元のアカウント %2 で動作します。</translation>
    </message>
</context>
<context>
    <name>pca::models::RemoteCertificateManagerClient</name>
    <message>
        <source>(certificate authority not found)</source>
        <translation>（認証機関が見つかりません）</translation>
    </message>
</context>
<context>
    <name>pca::models::RemotePrivateCaClient</name>
    <message>
        <source>Connected to %1: the store and its public URL are the server&apos;s settings (privateca-server --data-dir and --public-url).</source>
        <translation>%1 に接続しています。ストアとその公開 URL はサーバーの設定です（privateca-server --data-dir および --public-url）。</translation>
    </message>
    <message>
        <source>Connected to %1: the server publishes CRLs itself, on time and after each revocation.</source>
        <translation>%1 に接続しています。サーバーは CRL を自ら、期限どおりに、また取り消しのたびに公開します。</translation>
    </message>
</context>
<context>
    <name>pca::models::TagModel</name>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>1 つの認証機関に付けられるタグは最大 %1 個です。</translation>
    </message>
    <message>
        <source>A tag needs a key.</source>
        <translation>タグにはキーが必要です。</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <translation>タグキーは最大 %1 文字です。</translation>
    </message>
    <message>
        <source>A tag key may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>タグキーに使用できるのは、英字、数字、スペース、および _ . : / = + - @ だけです。</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved.</source>
        <translation>aws: で始まるタグキーは予約されています。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <translation>タグ値は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>A tag value may contain letters, digits, spaces and _ . : / = + - @ only.</source>
        <translation>タグ値に使用できるのは、英字、数字、スペース、および _ . : / = + - @ だけです。</translation>
    </message>
    <message>
        <source>Type a key to add this tag.</source>
        <translation>このタグを追加するには、キーを入力してください。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>キー %1 のタグは既に存在します。</translation>
    </message>
</context>
<context>
    <name>pca::models::UserPolicyModel</name>
    <message>
        <source>AWS managed</source>
        <translation>AWS 管理</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>インライン</translation>
    </message>
    <message>
        <source>An inline policy of this user</source>
        <translation>このユーザーのインラインポリシー</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
</context>
<context>
    <name>pca::views::AccessPage</name>
    <message>
        <source>Who may call this store&apos;s API (IAM): accounts, their users, access keys and policies. You manage them as the store owner; the server checks them on every call.</source>
        <translation>このストアの API を呼び出せるユーザー（IAM）：アカウント、そのユーザー、アクセスキー、ポリシー。ストアの所有者としてこれらを管理します。サーバーは呼び出しのたびにこれらを確認します。</translation>
    </message>
    <message>
        <source>Select a user to see its access keys and policies.</source>
        <translation>ユーザーを選択すると、そのアクセスキーとポリシーが表示されます。</translation>
    </message>
    <message>
        <source>Cannot read the callers: %1</source>
        <translation>呼び出し元を読み取れません：%1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Create account…</source>
        <translation>アカウントの作成…</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>アカウントの削除…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Create user…</source>
        <translation>ユーザーの作成…</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>ユーザーの削除…</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>アクセスキー</translation>
    </message>
    <message>
        <source>Create access key</source>
        <translation>アクセスキーの作成</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>非アクティブ化</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Add inline…</source>
        <translation>インラインポリシーを追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Attach managed</source>
        <translation>管理ポリシーをアタッチ</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Select an account to see its users.</source>
        <translation>アカウントを選択すると、そのユーザーが表示されます。</translation>
    </message>
    <message>
        <source>Users of the store&apos;s account %1. Its administrator is the store owner.</source>
        <translation>ストアのアカウント %1 のユーザー。管理者はストアの所有者です。</translation>
    </message>
    <message>
        <source>Users of account %1 (%2).</source>
        <translation>アカウント %1（%2）のユーザー。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>User %1 in account %2</source>
        <translation>アカウント %2 のユーザー %1</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>先にアカウントを選択してください。</translation>
    </message>
    <message>
        <source>The store&apos;s own account cannot be deleted.</source>
        <translation>ストア自身のアカウントは削除できません。</translation>
    </message>
    <message>
        <source>Delete the account with its users, access keys and policies.</source>
        <translation>アカウントを、そのユーザー、アクセスキー、ポリシーとともに削除します。</translation>
    </message>
    <message>
        <source>A user can have two access keys (IAM&apos;s quota).</source>
        <translation>1 人のユーザーが持てるアクセスキーは 2 個です（IAM のクォータ）。</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>アクティブ化</translation>
    </message>
    <message>
        <source>Refuse requests signed with this key from now on.</source>
        <translation>今後、このキーで署名されたリクエストを拒否します。</translation>
    </message>
    <message>
        <source>Accept requests signed with this key again.</source>
        <translation>このキーで署名されたリクエストを再び受け付けます。</translation>
    </message>
    <message>
        <source>AWS managed policies cannot be edited; detach it instead.</source>
        <translation>AWS 管理ポリシーは編集できません。代わりにデタッチしてください。</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>デタッチ…</translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation>%1（アタッチ済み）</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>アカウントの作成</translation>
    </message>
    <message>
        <source>An account stands in for another AWS account (a partner, another team). It gets an administrator key, shown once when the account is created.</source>
        <translation>アカウントは別の AWS アカウント（パートナーや別のチーム）の代わりになります。アカウントには管理者キーが発行され、アカウントの作成時に一度だけ表示されます。</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>アカウント ID：</translation>
    </message>
    <message>
        <source>12 digits; empty for a random one</source>
        <translation>12 桁。空欄にするとランダムに生成されます</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>e.g. Partner Corp</source>
        <translation>例：Partner Corp</translation>
    </message>
    <message>
        <source>Account %1 created</source>
        <translation>アカウント %1 を作成しました</translation>
    </message>
    <message>
        <source>The administrator of account %1 signs with this access key. Use it as an AWS profile (aws configure --profile %2).</source>
        <translation>アカウント %1 の管理者は、このアクセスキーで署名します。AWS プロファイルとして使用してください（aws configure --profile %2）。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>アカウント %1 を作成しました。</translation>
    </message>
    <message numerus="yes">
        <source>Delete account %1%2 with its %n user(s), their access keys and policies? Requests signed with its keys are refused from then on. This cannot be undone.</source>
        <translation>
            <numerusform>アカウント %1%2 を、その %n 人のユーザーと、ユーザーのアクセスキーおよびポリシーとともに削除しますか？以後、このアカウントのキーで署名されたリクエストは拒否されます。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Cannot delete account %1</source>
        <translation>アカウント %1 を削除できません</translation>
    </message>
    <message>
        <source>Account %1 deleted.</source>
        <translation>アカウント %1 を削除しました。</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>ユーザーの作成</translation>
    </message>
    <message>
        <source>A user of account %1. It can call the API once it has an access key and a policy that allows the call.</source>
        <translation>アカウント %1 のユーザーです。アクセスキーと、呼び出しを許可するポリシーを持つと API を呼び出せるようになります。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>例：issuer-bot</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits and + = , . @ _ -</source>
        <translation>英字、数字、+ = , . @ _ - で最大 64 文字</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>ユーザー %1 を作成しました。</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Delete user %1 of account %2?</source>
        <translation>アカウント %2 のユーザー %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Cannot delete user %1</source>
        <translation>ユーザー %1 を削除できません</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>ユーザー %1 を削除しました。</translation>
    </message>
    <message>
        <source>Cannot create an access key for %1</source>
        <translation>%1 のアクセスキーを作成できません</translation>
    </message>
    <message>
        <source>Access key created</source>
        <translation>アクセスキーを作成しました</translation>
    </message>
    <message>
        <source>User %1 signs its requests with this key (aws configure, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>ユーザー %1 は、このキーでリクエストに署名します（aws configure、または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY）。</translation>
    </message>
    <message>
        <source>Access key %1 created.</source>
        <translation>アクセスキー %1 を作成しました。</translation>
    </message>
    <message>
        <source>Cannot change access key %1</source>
        <translation>アクセスキー %1 を変更できません</translation>
    </message>
    <message>
        <source>Access key %1 activated.</source>
        <translation>アクセスキー %1 をアクティブにしました。</translation>
    </message>
    <message>
        <source>Access key %1 deactivated.</source>
        <translation>アクセスキー %1 を非アクティブにしました。</translation>
    </message>
    <message>
        <source>Delete access key</source>
        <translation>アクセスキーの削除</translation>
    </message>
    <message>
        <source>Delete access key %1? Requests signed with it are refused from then on. This cannot be undone; to stop it for a while, deactivate it instead.</source>
        <translation>アクセスキー %1 を削除しますか？以後、このキーで署名されたリクエストは拒否されます。この操作は元に戻せません。一時的に停止するだけなら、代わりに非アクティブにしてください。</translation>
    </message>
    <message>
        <source>Cannot delete access key %1</source>
        <translation>アクセスキー %1 を削除できません</translation>
    </message>
    <message>
        <source>Access key %1 deleted.</source>
        <translation>アクセスキー %1 を削除しました。</translation>
    </message>
    <message>
        <source>Policy %1 saved.</source>
        <translation>ポリシー %1 を保存しました。</translation>
    </message>
    <message>
        <source>Detach the AWS managed policy %1 from %2?</source>
        <translation>AWS 管理ポリシー %1 を %2 からデタッチしますか？</translation>
    </message>
    <message>
        <source>Delete the inline policy %1 of %2?</source>
        <translation>%2 のインラインポリシー %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Detach policy</source>
        <translation>ポリシーのデタッチ</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>ポリシーの削除</translation>
    </message>
    <message>
        <source>Cannot remove policy %1</source>
        <translation>ポリシー %1 を削除できません</translation>
    </message>
    <message>
        <source>Policy %1 removed.</source>
        <translation>ポリシー %1 を削除しました。</translation>
    </message>
    <message>
        <source>Cannot attach %1</source>
        <translation>%1 をアタッチできません</translation>
    </message>
    <message>
        <source>Policy %1 attached.</source>
        <translation>ポリシー %1 をアタッチしました。</translation>
    </message>
</context>
<context>
    <name>pca::views::ActivityPage</name>
    <message>
        <source>&amp;User</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. issuer-bot</source>
        <translation>例：issuer-bot</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>アクション(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. IssueCertificate</source>
        <translation>例：IssueCertificate</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>リソース(&amp;R)</translation>
    </message>
    <message>
        <source>part of an ARN</source>
        <translation>ARN の一部</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>期間(&amp;T)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>カスタム範囲</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>開始 – 終了</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>エラーのみ(&amp;E)</translation>
    </message>
    <message>
        <source>Only calls that failed or were denied</source>
        <translation>失敗した呼び出しまたは拒否された呼び出しのみ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON としてエクスポート…</translation>
    </message>
    <message>
        <source>Save the events shown as a CloudTrail log file ({&quot;Records&quot;: [...]})</source>
        <translation>表示中のイベントを CloudTrail ログファイル（{&quot;Records&quot;: [...]}）として保存します</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Event record</source>
        <translation>イベントレコード</translation>
    </message>
    <message>
        <source>Select an event to see its CloudTrail record.</source>
        <translation>イベントを選択すると、その CloudTrail レコードが表示されます。</translation>
    </message>
    <message>
        <source>Cannot read the event history: %1</source>
        <translation>イベント履歴を読み取れません：%1</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>範囲の開始が終了より後になっています。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>一致するイベントはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n 件のイベントを表示しています。さらに表示するには下にスクロールしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n 件のイベント。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>イベントのエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the events</source>
        <translation>イベントをエクスポートできません</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pca::views::AuditReportsTab</name>
    <message>
        <source>Create an audit report</source>
        <translation>監査レポートの作成</translation>
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
        <translation>レポート形式</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>バケット名</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>レポートを作成</translation>
    </message>
    <message>
        <source>Report in progress</source>
        <translation>レポートを作成中</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>バケット：</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>監査レポート</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>The report is being built…</source>
        <translation>レポートを作成しています…</translation>
    </message>
    <message>
        <source>The report is ready.</source>
        <translation>レポートの準備ができました。</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>リクエストしています…</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>監査レポートの保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>監査レポート</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>pca::views::CaCertificateTab</name>
    <message>
        <source>Certificate chain</source>
        <translation>証明書チェーン</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>PEM のエクスポート…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>DER のエクスポート…</translation>
    </message>
    <message>
        <source>Export chain…</source>
        <translation>チェーンのエクスポート…</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>PEM をコピー</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>CA 証明書のインストール…</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>CSR の保存…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>CSR をコピー</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1
Issued by %2</source>
        <translation>%1
発行者：%2</translation>
    </message>
    <message>
        <source>The key pair and the CSR are being generated…</source>
        <translation>キーペアと CSR を生成しています…</translation>
    </message>
    <message>
        <source>This CA has no certificate.</source>
        <translation>この CA には証明書がありません。</translation>
    </message>
    <message>
        <source>No CA certificate is installed yet. Install one signed by a CA of this store in one click, or give this certificate signing request (CSR) to an external CA and install the certificate it returns.</source>
        <translation>CA 証明書はまだインストールされていません。このストアの CA が署名した証明書をワンクリックでインストールするか、この証明書署名リクエスト（CSR）を外部の CA に渡し、返された証明書をインストールしてください。</translation>
    </message>
    <message>
        <source>Export CA certificate (DER)</source>
        <translation>CA 証明書のエクスポート（DER）</translation>
    </message>
    <message>
        <source>Export CA certificate (PEM)</source>
        <translation>CA 証明書のエクスポート（PEM）</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER 証明書 (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 証明書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate chain</source>
        <translation>証明書チェーンのエクスポート</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR の保存</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>証明書署名リクエスト (*.csr *.pem)</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateAuthorityDetails</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>監査レポート</translation>
    </message>
    <message>
        <source>Create certificate authority…</source>
        <translation>認証機関の作成…</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>ルート CA</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>下位 CA</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>No certificate authority yet</source>
        <translation>認証機関はまだありません</translation>
    </message>
    <message>
        <source>Create a root CA to start a hierarchy, or a subordinate CA to be signed by an existing one.</source>
        <translation>ルート CA を作成して階層を開始するか、既存の CA が署名する下位 CA を作成してください。</translation>
    </message>
    <message>
        <source>Select a certificate authority</source>
        <translation>認証機関を選択してください</translation>
    </message>
    <message>
        <source>Its details, certificates and settings appear here.</source>
        <translation>ここに詳細、証明書、設定が表示されます。</translation>
    </message>
</context>
<context>
    <name>pca::views::CertificateViewer</name>
    <message>
        <source>Certificate details</source>
        <translation>証明書の詳細</translation>
    </message>
    <message>
        <source>This certificate cannot be read: %1</source>
        <translation>この証明書を読み取れません：%1</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>代替名</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>認証機関</translation>
    </message>
    <message>
        <source>Yes, path length %1</source>
        <translation>はい（パスの長さ %1）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1（クリティカル）</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>フィンガープリント</translation>
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
        <translation>サブジェクト、代替名、シリアル番号で検索</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>証明書の検索</translation>
    </message>
    <message>
        <source>Show certificates</source>
        <translation>表示する証明書</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>すべての証明書</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>証明書の発行…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>取り消し…</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>発行済み証明書</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>証明書 1 件</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>証明書 %1 件</translation>
    </message>
    <message>
        <source>Select a valid certificate to revoke.</source>
        <translation>取り消す有効な証明書を選択してください。</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>詳細を表示…</translation>
    </message>
    <message>
        <source>Export PEM…</source>
        <translation>PEM のエクスポート…</translation>
    </message>
    <message>
        <source>Export DER…</source>
        <translation>DER のエクスポート…</translation>
    </message>
    <message>
        <source>Copy serial</source>
        <translation>シリアル番号をコピー</translation>
    </message>
    <message>
        <source>Copy ARN</source>
        <translation>ARN をコピー</translation>
    </message>
    <message>
        <source>Export certificate (DER)</source>
        <translation>証明書のエクスポート（DER）</translation>
    </message>
    <message>
        <source>Export certificate (PEM)</source>
        <translation>証明書のエクスポート（PEM）</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER 証明書 (*.cer *.der)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 証明書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>証明書のエクスポート</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>証明書 %1</translation>
    </message>
    <message>
        <source>Type at least %1 characters to search</source>
        <translation>検索するには %1 文字以上入力してください</translation>
    </message>
    <message>
        <source>More than %1 certificates</source>
        <translation>%1 件を超える証明書</translation>
    </message>
</context>
<context>
    <name>pca::views::ConnectToServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>アクセスキー</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS プロファイル</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>信頼する CA ファイル</translation>
    </message>
    <message>
        <source>Optional: PEM certificates to trust besides the system&apos;s</source>
        <translation>省略可能：システムの証明書に加えて信頼する PEM 証明書</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>サーバー URL：</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>サインイン方法：</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>アクセスキー ID：</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>シークレットアクセスキー：</translation>
    </message>
    <message>
        <source>AWS profile:</source>
        <translation>AWS プロファイル：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン：</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>信頼する CA ファイル：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, e.g. https://pca.example.com.</source>
        <translation>サーバーのアドレスを入力してください（例：https://pca.example.com）。</translation>
    </message>
    <message>
        <source>Type the access key ID and the secret access key.</source>
        <translation>アクセスキー ID とシークレットアクセスキーを入力してください。</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>リージョンは us-east-1 のような形式です。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The profile %1 has no access key.</source>
        <translation>プロファイル %1 にアクセスキーがありません。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
</context>
<context>
    <name>pca::views::CreateCertificateAuthorityWizard</name>
    <message>
        <source>Create certificate authority</source>
        <translation>認証機関の作成</translation>
    </message>
    <message>
        <source>Create CA</source>
        <translation>CA を作成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The CA is waiting for its certificate. Have the CSR below signed, then use Install CA certificate.</source>
        <translation>CA は証明書を待っています。下の CSR に署名してもらい、[CA 証明書のインストール] を使用してください。</translation>
    </message>
    <message>
        <source>The CA is active and ready to issue certificates.</source>
        <translation>CA はアクティブになり、証明書を発行できる状態です。</translation>
    </message>
    <message>
        <source>The CA was created and appears in the list; you can install its certificate later.</source>
        <translation>CA が作成され、一覧に表示されています。証明書は後でインストールできます。</translation>
    </message>
    <message>
        <source>Certificate authority type</source>
        <translation>認証機関のタイプ</translation>
    </message>
    <message>
        <source>A root CA anchors a hierarchy; a subordinate CA is signed by another CA and usually issues the end-entity certificates.</source>
        <translation>ルート CA は階層の起点になります。下位 CA は別の CA によって署名され、通常はエンドエンティティ証明書を発行します。</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>ルート CA</translation>
    </message>
    <message>
        <source>Subordinate CA</source>
        <translation>下位 CA</translation>
    </message>
    <message>
        <source>Signs its own certificate. Keep it for signing subordinate CAs and use it rarely.</source>
        <translation>自身の証明書に署名します。下位 CA の署名用に確保し、使用は最小限にしてください。</translation>
    </message>
    <message>
        <source>Its certificate is signed by a root or another subordinate CA — one of this store, in one click, or an external one from its CSR.</source>
        <translation>証明書はルート CA または別の下位 CA によって署名されます。このストアの CA ならワンクリックで、外部の CA なら CSR を使用して署名します。</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>サブジェクト名</translation>
    </message>
    <message>
        <source>The distinguished name of the CA, shown in every certificate it issues.</source>
        <translation>CA の識別名です。CA が発行するすべての証明書に表示されます。</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>キーアルゴリズム</translation>
    </message>
    <message>
        <source>The CA&apos;s key pair is generated in the background and stored encrypted. Only signing algorithms that fit the key are offered.</source>
        <translation>CA のキーペアはバックグラウンドで生成され、暗号化して保存されます。キーに適合する署名アルゴリズムのみが表示されます。</translation>
    </message>
    <message>
        <source>%1 (not supported by this installation)</source>
        <translation>%1（このインストール環境ではサポートされていません）</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>キーアルゴリズム：</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>署名アルゴリズム：</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>How long the CA certificate is valid when it is signed in this store. Certificates it issues cannot outlive it.</source>
        <translation>このストアで署名する場合の CA 証明書の有効期間です。CA が発行する証明書は、この期間を超えて有効にはなりません。</translation>
    </message>
    <message>
        <source>Typical choices: 10 years or more for a root CA, 3 to 5 years for a subordinate CA.</source>
        <translation>一般的な設定：ルート CA は 10 年以上、下位 CA は 3～5 年。</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>証明書の取り消し</translation>
    </message>
    <message>
        <source>How clients learn that a certificate was revoked. Both can be changed later.</source>
        <translation>証明書が取り消されたことをクライアントが知る方法です。どちらも後で変更できます。</translation>
    </message>
    <message>
        <source>Usage mode and key storage</source>
        <translation>使用モードとキーストレージ</translation>
    </message>
    <message>
        <source>What the CA is for and the security standard its key is kept to.</source>
        <translation>CA の用途と、キーの保管に適用するセキュリティ標準です。</translation>
    </message>
    <message>
        <source>Usage mode</source>
        <translation>使用モード</translation>
    </message>
    <message>
        <source>Certificates of any validity the CA allows.</source>
        <translation>CA が許可する任意の有効期間の証明書。</translation>
    </message>
    <message>
        <source>Certificates valid for at most 7 days, for workloads that renew often and need no revocation.</source>
        <translation>有効期間が最大 7 日の証明書。頻繁に更新し、取り消しが不要なワークロード向けです。</translation>
    </message>
    <message>
        <source>Key storage security standard</source>
        <translation>キーストレージのセキュリティ標準</translation>
    </message>
    <message>
        <source>Recorded as AWS reports it. Here every CA key is encrypted at rest with the store&apos;s passphrase (scrypt, AES-256).</source>
        <translation>AWS が報告するとおりに記録されます。このアプリでは、すべての CA キーが保管時にストアのパスフレーズで暗号化されます（scrypt、AES-256）。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Optional key–value labels (up to 50) for organizing your CAs.</source>
        <translation>CA を整理するための、キーと値のラベル（最大 50 個、省略可）。</translation>
    </message>
    <message>
        <source>A certificate authority can have at most %1 tags.</source>
        <translation>1 つの認証機関に付けられるタグは最大 %1 個です。</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Let AWS Certificate Manager (ACM) renew the certificates it manages from this CA.</source>
        <translation>AWS Certificate Manager（ACM）が、この CA から発行され ACM が管理する証明書を更新できるようにします。</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>ACM がこの CA を更新に使用することを許可する</translation>
    </message>
    <message>
        <source>Grants acm.amazonaws.com the actions IssueCertificate, GetCertificate and ListPermissions. Permissions can only be granted to an active CA, so this is applied as soon as the CA becomes active. It can be changed any time on the Permissions tab.</source>
        <translation>acm.amazonaws.com にアクション IssueCertificate、GetCertificate、ListPermissions を付与します。アクセス許可はアクティブな CA にしか付与できないため、CA がアクティブになった時点で適用されます。[アクセス許可] タブでいつでも変更できます。</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>確認して作成</translation>
    </message>
    <message>
        <source>Check the settings and choose how the CA gets its certificate.</source>
        <translation>設定を確認し、CA が証明書を取得する方法を選択してください。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Activate now: install a self-signed CA certificate</source>
        <translation>今すぐアクティブ化：自己署名 CA 証明書をインストールする</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store now</source>
        <translation>このストアの CA で今すぐ署名する</translation>
    </message>
    <message>
        <source>Have it signed by an external CA (export the CSR, install the certificate later)</source>
        <translation>外部の CA に署名してもらう（CSR をエクスポートし、証明書は後でインストール）</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>署名する CA</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>パスの長さ</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>この CA の下に続けられる CA の階層数（0：エンドエンティティ証明書のみを発行）。</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>署名する CA：</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>パスの長さ：</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>このストアには、署名できるアクティブな CA がありません。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>until about %1</source>
        <translation>%1 頃まで</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>published to %1, valid for 1 day</source>
        <translation>%1 に公開、有効期間 1 日</translation>
    </message>
    <message>
        <source>published to %1, valid for %2 days</source>
        <translation>%1 に公開、有効期間 %2 日</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>公開しない</translation>
    </message>
    <message>
        <source>OCSP</source>
        <translation>OCSP</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Key storage</source>
        <translation>キーストレージ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>ACM renewals</source>
        <translation>ACM による更新</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>許可済み</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <source>Creating the certificate authority</source>
        <translation>認証機関を作成しています</translation>
    </message>
    <message>
        <source>The key is generated in the background; you can keep working.</source>
        <translation>キーはバックグラウンドで生成されます。作業を続けることができます。</translation>
    </message>
    <message>
        <source>Create the CA</source>
        <translation>CA の作成</translation>
    </message>
    <message>
        <source>Generate the key pair and CSR</source>
        <translation>キーペアと CSR の生成</translation>
    </message>
    <message>
        <source>Sign and install the CA certificate</source>
        <translation>CA 証明書の署名とインストール</translation>
    </message>
    <message>
        <source>Authorize ACM for renewals</source>
        <translation>ACM に更新を許可</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>証明書署名リクエスト</translation>
    </message>
    <message>
        <source>Save CSR…</source>
        <translation>CSR の保存…</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>CSR をコピー</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR の保存</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>証明書署名リクエスト (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Generating the key pair; RSA 4096 can take a few seconds…</source>
        <translation>キーペアを生成しています。RSA 4096 では数秒かかることがあります…</translation>
    </message>
</context>
<context>
    <name>pca::views::DeleteCertificateAuthorityDialog</name>
    <message>
        <source>Delete certificate authority</source>
        <translation>認証機関の削除</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Restore period</source>
        <translation>復元期間</translation>
    </message>
    <message>
        <source>%1 has no usable key yet (%2). It is deleted at once and cannot be restored.</source>
        <translation>%1 には使用可能なキーがまだありません（%2）。直ちに削除され、復元できません。</translation>
    </message>
    <message>
        <source>I understand; delete it now</source>
        <translation>理解しました。今すぐ削除します</translation>
    </message>
    <message>
        <source>%1 stops working at once: it issues no certificates and its CRL is no longer updated. You can restore it during the restore period; after that it is deleted permanently with its private key.</source>
        <translation>%1 は直ちに動作を停止します。証明書を発行しなくなり、CRL も更新されなくなります。復元期間中は復元できますが、その後はプライベートキーとともに完全に削除されます。</translation>
    </message>
    <message>
        <source>Restore period:</source>
        <translation>復元期間：</translation>
    </message>
    <message>
        <source>I understand; delete it</source>
        <translation>理解しました。削除します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>pca::views::ErrorDialog</name>
    <message>
        <source>Error code: %1</source>
        <translation>エラーコード：%1</translation>
    </message>
    <message>
        <source>Copy error code</source>
        <translation>エラーコードをコピー</translation>
    </message>
</context>
<context>
    <name>pca::views::ExpiryChart</name>
    <message>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>No certificate expires this month.</source>
        <translation>今月有効期限が切れる証明書はありません。</translation>
    </message>
    <message>
        <source>No certificate expires in the coming %1 months.</source>
        <translation>今後 %1 か月以内に有効期限が切れる証明書はありません。</translation>
    </message>
    <message>
        <source>%1: 1 certificate expires</source>
        <translation>%1：1 件の証明書の有効期限が切れます</translation>
    </message>
    <message>
        <source>%1: %2 certificates expire</source>
        <translation>%1：%2 件の証明書の有効期限が切れます</translation>
    </message>
    <message>
        <source>Certificate expiry chart</source>
        <translation>証明書の有効期限グラフ</translation>
    </message>
</context>
<context>
    <name>pca::views::ExportManagedCertificateDialog</name>
    <message>
        <source>Export certificate — %1</source>
        <translation>証明書のエクスポート — %1</translation>
    </message>
    <message>
        <source>The export holds the private key of &lt;b&gt;%1&lt;/b&gt;, encrypted with the passphrase you choose here. The passphrase is not stored anywhere: keep it, the key cannot be used without it. The CA&apos;s audit trail records the export.</source>
        <translation>エクスポートには &lt;b&gt;%1&lt;/b&gt; のプライベートキーが含まれ、ここで指定するパスフレーズで暗号化されます。パスフレーズはどこにも保存されません。パスフレーズがないとキーを使用できないため、大切に保管してください。エクスポートは CA の監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>PKCS#12: key, certificate and chain in one .p12 file</source>
        <translation>PKCS#12：キー、証明書、チェーンを 1 つの .p12 ファイルに格納</translation>
    </message>
    <message>
        <source>PEM: certificate, chain and encrypted private key as three .pem files in a folder</source>
        <translation>PEM：証明書、チェーン、暗号化されたプライベートキーを 3 つの .pem ファイルとしてフォルダーに格納</translation>
    </message>
    <message>
        <source>Passphrase for the private key</source>
        <translation>プライベートキーのパスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>パスフレーズの再入力</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再入力：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>%1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>At most %1 bytes.</source>
        <translation>%1 バイト以下にしてください。</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>パスフレーズをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>パスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>PKCS#12 の保存</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 ファイル (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose a folder for the PEM files</source>
        <translation>PEM ファイルの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>These files exist and will be replaced:
%1</source>
        <translation>次のファイルは既に存在するため、置き換えられます：
%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>pca::views::GeneralTab</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Copy the ARN</source>
        <translation>ARN をコピー</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Failure:</source>
        <translation>失敗の理由：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>タイプ：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト：</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>キーアルゴリズム：</translation>
    </message>
    <message>
        <source>Signing algorithm:</source>
        <translation>署名アルゴリズム：</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有効期間：</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>シリアル番号：</translation>
    </message>
    <message>
        <source>Usage mode:</source>
        <translation>使用モード：</translation>
    </message>
    <message>
        <source>Key storage:</source>
        <translation>キーストレージ：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時：</translation>
    </message>
    <message>
        <source>Last state change:</source>
        <translation>最終状態変更：</translation>
    </message>
    <message>
        <source>Restorable until:</source>
        <translation>復元期限：</translation>
    </message>
    <message>
        <source>Valid certificates expiring per month</source>
        <translation>月ごとに有効期限が切れる有効な証明書</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>No CA certificate yet</source>
        <translation>CA 証明書はまだありません</translation>
    </message>
</context>
<context>
    <name>pca::views::InstallCaCertificateDialog</name>
    <message>
        <source>Install CA certificate — %1</source>
        <translation>CA 証明書のインストール — %1</translation>
    </message>
    <message>
        <source>Sign it here: %1 signs its own certificate</source>
        <translation>ここで署名する：%1 が自身の証明書に署名します</translation>
    </message>
    <message>
        <source>Sign it with a CA of this store</source>
        <translation>このストアの CA で署名する</translation>
    </message>
    <message>
        <source>Import a self-signed certificate made elsewhere</source>
        <translation>別の場所で作成した自己署名証明書をインポートする</translation>
    </message>
    <message>
        <source>Import a certificate signed by an external CA</source>
        <translation>外部の CA が署名した証明書をインポートする</translation>
    </message>
    <message>
        <source>Signing CA</source>
        <translation>署名する CA</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>パスの長さ</translation>
    </message>
    <message>
        <source>How many levels of CAs may follow below this one (0: it issues only end-entity certificates).</source>
        <translation>この CA の下に続けられる CA の階層数（0：エンドエンティティ証明書のみを発行）。</translation>
    </message>
    <message>
        <source>Signing CA:</source>
        <translation>署名する CA：</translation>
    </message>
    <message>
        <source>Path length:</source>
        <translation>パスの長さ：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間：</translation>
    </message>
    <message>
        <source>The certificate uses the RootCACertificate/V1 template.</source>
        <translation>証明書には RootCACertificate/V1 テンプレートが使用されます。</translation>
    </message>
    <message>
        <source>The certificate uses the SubordinateCACertificate_PathLen template and is installed with the chain of the signing CA.</source>
        <translation>証明書には SubordinateCACertificate_PathLen テンプレートが使用され、署名する CA のチェーンとともにインストールされます。</translation>
    </message>
    <message>
        <source>Copy CSR</source>
        <translation>CSR をコピー</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…</source>
        <translation>-----BEGIN CERTIFICATE-----
…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s certificate, then its issuers up to the root</source>
        <translation>発行元 CA の証明書、次にルートまでのその発行者の証明書</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>証明書チェーン</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>This CA&apos;s CSR:</source>
        <translation>この CA の CSR：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 証明書：</translation>
    </message>
    <message>
        <source>Certificate chain:</source>
        <translation>証明書チェーン：</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>%1 waits for its CA certificate. Installing one activates it.</source>
        <translation>%1 は CA 証明書を待っています。証明書をインストールするとアクティブになります。</translation>
    </message>
    <message>
        <source>Installing a new certificate for %1 renews it with the same key.</source>
        <translation>%1 に新しい証明書をインストールすると、同じキーで更新されます。</translation>
    </message>
    <message>
        <source>No active CA in this store can sign it.</source>
        <translation>このストアには、署名できるアクティブな CA がありません。</translation>
    </message>
    <message>
        <source>Reading the CSR…</source>
        <translation>CSR を読み取っています…</translation>
    </message>
    <message>
        <source>Signing the CA certificate…</source>
        <translation>CA 証明書に署名しています…</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>証明書をインストールしています…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>証明書を開く</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>%1 is not a certificate: %2</source>
        <translation>%1 は証明書ではありません：%2</translation>
    </message>
</context>
<context>
    <name>pca::views::IssueCertificateDialog</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>%1 is not a DNS name, IP address, e-mail address or URI.</source>
        <translation>%1 は DNS 名、IP アドレス、E メールアドレス、URI のいずれでもありません。</translation>
    </message>
    <message>
        <source>At most 150 alternative names are allowed.</source>
        <translation>代替名は最大 150 個までです。</translation>
    </message>
    <message>
        <source>Issue certificate — %1</source>
        <translation>証明書の発行 — %1</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>証明書署名リクエスト</translation>
    </message>
    <message>
        <source>Use a CSR (paste it or open a file)</source>
        <translation>CSR を使用する（貼り付けるか、ファイルを開く）</translation>
    </message>
    <message>
        <source>Generate a key and CSR here</source>
        <translation>ここでキーと CSR を生成する</translation>
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
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>キーアルゴリズム</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>キーアルゴリズム：</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <source>One per line, e.g.
www.example.com
10.0.0.5
ops@example.com</source>
        <translation>1 行に 1 つずつ。例：
www.example.com
10.0.0.5
ops@example.com</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>代替名：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間：</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>署名アルゴリズム：</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Issued by &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が発行しました（%2、%3 まで有効）。</translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation>証明書 ARN</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>証明書の保存…</translation>
    </message>
    <message>
        <source>Save with chain…</source>
        <translation>チェーン付きで保存…</translation>
    </message>
    <message>
        <source>The private key generated here</source>
        <translation>ここで生成されたプライベートキー</translation>
    </message>
    <message>
        <source>The key exists only in this window. Save it now, protected by a password: it cannot be retrieved later.</source>
        <translation>このキーはこのウィンドウにしか存在しません。今すぐパスワードで保護して保存してください。後から取り出すことはできません。</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>エクスポートパスワード</translation>
    </message>
    <message>
        <source>Repeat export password</source>
        <translation>エクスポートパスワードの再入力</translation>
    </message>
    <message>
        <source>Save PKCS#12…</source>
        <translation>PKCS#12 の保存…</translation>
    </message>
    <message>
        <source>Save key and certificate as PEM…</source>
        <translation>キーと証明書を PEM として保存…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再入力：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The CSR is valid.</source>
        <translation>CSR は有効です。</translation>
    </message>
    <message>
        <source>%1 takes alternative names from the CSR only; choose an APIPassthrough template to add names here.</source>
        <translation>%1 は代替名を CSR からのみ取得します。ここで名前を追加するには、APIPassthrough テンプレートを選択してください。</translation>
    </message>
    <message>
        <source>Give a common name or at least one alternative name.</source>
        <translation>共通名または 1 つ以上の代替名を指定してください。</translation>
    </message>
    <message>
        <source>Open CSR</source>
        <translation>CSR を開く</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem *.req);;All files (*)</source>
        <translation>証明書署名リクエスト (*.csr *.pem *.req);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation>キーペアを生成しています…</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>証明書を発行しています…</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>証明書を発行しました</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>証明書の保存</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 証明書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose a password to protect the key.</source>
        <translation>キーを保護するパスワードを決めてください。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Save PKCS#12</source>
        <translation>PKCS#12 の保存</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 ファイル (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Protecting the key…</source>
        <translation>キーを保護しています…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Save the key unprotected?</source>
        <translation>キーを保護せずに保存しますか？</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read the file can use the key. Save it unprotected anyway?</source>
        <translation>パスワードがないと、ファイルを読み取れる人は誰でもキーを使用できます。それでも保護せずに保存しますか？</translation>
    </message>
    <message>
        <source>Save key and certificate</source>
        <translation>キーと証明書の保存</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM ファイル (*.pem)</translation>
    </message>
    <message>
        <source>Discard the private key?</source>
        <translation>プライベートキーを破棄しますか？</translation>
    </message>
    <message>
        <source>The private key was not saved and will be lost. The certificate stays issued. Close anyway?</source>
        <translation>プライベートキーは保存されておらず、失われます。証明書は発行されたままです。それでも閉じますか？</translation>
    </message>
</context>
<context>
    <name>pca::views::MainWindow</name>
    <message>
        <source>Private CA Manager</source>
        <translation>プライベート CA マネージャー</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>認証機関</translation>
    </message>
    <message>
        <source>ACM may now renew certificates of %1.</source>
        <translation>ACM が %1 の証明書を更新できるようになりました。</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>ACM の更新のアクセス許可</translation>
    </message>
    <message>
        <source>Create CA…</source>
        <translation>CA の作成…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Install CA certificate…</source>
        <translation>CA 証明書のインストール…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>証明書の発行…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Revoke certificate…</source>
        <translation>証明書の取り消し…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Disable CA</source>
        <translation>CA を無効化</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete CA…</source>
        <translation>CA の削除…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Restore CA</source>
        <translation>CA を復元</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Audit report…</source>
        <translation>監査レポート…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>認証機関(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>証明書(&amp;E)</translation>
    </message>
    <message>
        <source>Certificate &amp;Manager</source>
        <translation>Certificate Manager(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Private CAs</source>
        <translation>プライベート CA</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>マネージド証明書</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Find certificate authority</source>
        <translation>認証機関の検索</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Audit reports</source>
        <translation>監査レポート</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Private CA Manager</source>
        <translation>プライベート CA マネージャーについて(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Certificate Manager</source>
        <translation>Certificate Manager</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>エリア</translation>
    </message>
    <message>
        <source>AWS Private CA: certificate authorities and what they issue</source>
        <translation>AWS Private CA：認証機関と、それらが発行するもの</translation>
    </message>
    <message>
        <source>AWS Certificate Manager: certificates it issues through your CAs and renews</source>
        <translation>AWS Certificate Manager：CA を通じて発行し、更新する証明書</translation>
    </message>
    <message>
        <source>IAM: accounts, users, access keys and policies of the store&apos;s callers</source>
        <translation>IAM：ストアの呼び出し元のアカウント、ユーザー、アクセスキー、ポリシー</translation>
    </message>
    <message>
        <source>CloudTrail: who called what, allowed or denied</source>
        <translation>CloudTrail：誰が何を呼び出し、許可または拒否されたか</translation>
    </message>
    <message>
        <source>Filter by name, status, type, algorithm or ARN</source>
        <translation>名前、ステータス、タイプ、アルゴリズム、ARN でフィルター</translation>
    </message>
    <message>
        <source>Filter certificate authorities</source>
        <translation>認証機関のフィルター</translation>
    </message>
    <message>
        <source>Enable CA</source>
        <translation>CA を有効化</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>アカウント %1 · %2</translation>
    </message>
    <message>
        <source>Store %1 · account %2 · %3</source>
        <translation>ストア %1 · アカウント %2 · %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 個のアカウント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>%n 件のイベントを読み込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>1 managed certificate</source>
        <translation>マネージド証明書 1 件</translation>
    </message>
    <message>
        <source>%1 managed certificates</source>
        <translation>マネージド証明書 %1 件</translation>
    </message>
    <message>
        <source>1 certificate authority</source>
        <translation>認証機関 1 件</translation>
    </message>
    <message>
        <source>%1 certificate authorities</source>
        <translation>認証機関 %1 件</translation>
    </message>
    <message>
        <source>The CA certificate is installed.</source>
        <translation>CA 証明書をインストールしました。</translation>
    </message>
    <message>
        <source>Certificate issued.</source>
        <translation>証明書を発行しました。</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>証明書 %1 を取り消しました。</translation>
    </message>
    <message>
        <source>Disable %1? It stops issuing certificates until it is enabled again; revocation keeps working.</source>
        <translation>%1 を無効にしますか？再び有効にするまで証明書を発行しなくなります。取り消しは引き続き機能します。</translation>
    </message>
    <message>
        <source>Restore %1? It returns to the state it had before it was deleted.</source>
        <translation>%1 を復元しますか？削除される前の状態に戻ります。</translation>
    </message>
    <message>
        <source>About Private CA Manager</source>
        <translation>プライベート CA マネージャーについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Private CA Manager %1&lt;/h3&gt;&lt;p&gt;Private certificate authorities on your own machine, with the behaviour of AWS Private CA.&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;プライベート CA マネージャー %1&lt;/h3&gt;&lt;p&gt;AWS Private CA と同じ動作をするプライベート認証機関を、お使いのコンピューター上で。&lt;/p&gt;&lt;p&gt;Qt %2 · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>OpenSSL 3</source>
        <translation>OpenSSL 3</translation>
    </message>
    <message>
        <source>Private CA Manager — %1 (%2, %3)</source>
        <translation>Private CA Manager — %1（%2、%3）</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>サーバーに接続…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server, with your access key.</source>
        <translation>アクセスキーを使用して、privateca-server の認証機関で作業します。</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Close the connection to %1 and open the local store.</source>
        <translation>%1 への接続を閉じて、ローカルのストアを開きます。</translation>
    </message>
    <message>
        <source>Server %1 · %2 · account %3 · %4</source>
        <translation>サーバー %1 · %2 · アカウント %3 · %4</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateDetails</name>
    <message>
        <source>Names:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Issuing CA:</source>
        <translation>発行元 CA：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間：</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>シリアル番号：</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>エクスポート済み：</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN：</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>証明書を選択すると、その詳細が表示されます。</translation>
    </message>
    <message>
        <source>Issuance failed: %1</source>
        <translation>発行に失敗しました：%1</translation>
    </message>
    <message>
        <source>Renewal failed: %1</source>
        <translation>更新に失敗しました：%1</translation>
    </message>
    <message>
        <source>The CA answered: %1</source>
        <translation>CA の応答：%1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1～%2（残り %3 日）</translation>
    </message>
    <message>
        <source>Yes, its private key has left the store</source>
        <translation>はい。プライベートキーはストアの外に出ています</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificateTagsDialog</name>
    <message>
        <source>Tags — %1</source>
        <translation>タグ — %1</translation>
    </message>
    <message>
        <source>Key–value labels for organizing certificates. Double-click a key or value to change it; changes apply at once.</source>
        <translation>証明書を整理するためのキーと値のラベルです。キーまたは値をダブルクリックすると変更できます。変更は直ちに適用されます。</translation>
    </message>
</context>
<context>
    <name>pca::views::ManagedCertificatesPage</name>
    <message>
        <source>Request certificate…</source>
        <translation>証明書のリクエスト…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Managed certificates</source>
        <translation>マネージド証明書</translation>
    </message>
    <message>
        <source>Private certificates that Certificate Manager (ACM) issues through the CAs of this store and renews before they expire.</source>
        <translation>Certificate Manager（ACM）がこのストアの CA を通じて発行し、有効期限が切れる前に更新するプライベート証明書です。</translation>
    </message>
    <message>
        <source>Filter by domain, status, CA or renewal</source>
        <translation>ドメイン、ステータス、CA、更新でフィルター</translation>
    </message>
    <message>
        <source>Filter managed certificates</source>
        <translation>マネージド証明書のフィルター</translation>
    </message>
    <message>
        <source>Select a certificate first.</source>
        <translation>先に証明書を選択してください。</translation>
    </message>
    <message>
        <source>Only an issued certificate has a key and certificate to export.</source>
        <translation>エクスポートできるキーと証明書があるのは、発行済みの証明書だけです。</translation>
    </message>
    <message>
        <source>Only an issued certificate can be renewed.</source>
        <translation>更新できるのは発行済みの証明書だけです。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No managed certificates yet. Request one with Request certificate; its CA must be active.</source>
        <translation>マネージド証明書はまだありません。[証明書のリクエスト] でリクエストしてください。発行元の CA はアクティブである必要があります。</translation>
    </message>
    <message>
        <source>1 certificate expires within %1 days</source>
        <translation>1 件の証明書が %1 日以内に有効期限切れになります</translation>
    </message>
    <message>
        <source>%1 certificates expire within %2 days</source>
        <translation>%1 件の証明書が %2 日以内に有効期限切れになります</translation>
    </message>
    <message>
        <source>1 renewal failed</source>
        <translation>1 件の更新が失敗しました</translation>
    </message>
    <message>
        <source>%1 renewals failed</source>
        <translation>%1 件の更新が失敗しました</translation>
    </message>
    <message>
        <source>1 request failed</source>
        <translation>1 件のリクエストが失敗しました</translation>
    </message>
    <message>
        <source>%1 requests failed</source>
        <translation>%1 件のリクエストが失敗しました</translation>
    </message>
    <message>
        <source>Certificates within %1 days of expiry (the account&apos;s DaysBeforeExpiry) are marked.</source>
        <translation>有効期限まで %1 日以内（アカウントの DaysBeforeExpiry）の証明書にはマークが付きます。</translation>
    </message>
    <message>
        <source>Certificate requested; its CA is issuing it.</source>
        <translation>証明書をリクエストしました。CA が発行しています。</translation>
    </message>
    <message>
        <source>Exported %1 files.</source>
        <translation>%1 個のファイルをエクスポートしました。</translation>
    </message>
    <message>
        <source>Renew certificate</source>
        <translation>証明書の更新</translation>
    </message>
    <message>
        <source>Renewal of %1 requested.</source>
        <translation>%1 の更新をリクエストしました。</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>証明書の削除</translation>
    </message>
    <message>
        <source>Delete the certificate for %1? ACM forgets it and its private key and stops renewing it. The certificate stays in its CA&apos;s inventory and remains valid until it expires or is revoked.</source>
        <translation>%1 の証明書を削除しますか？ACM は証明書とそのプライベートキーを破棄し、更新を停止します。証明書は CA のインベントリに残り、有効期限が切れるか取り消されるまで有効です。</translation>
    </message>
    <message>
        <source>Certificate for %1 deleted.</source>
        <translation>%1 の証明書を削除しました。</translation>
    </message>
</context>
<context>
    <name>pca::views::OneTimeSecretDialog</name>
    <message>
        <source>This is the only time the secret access key is shown. Copy it now and keep it somewhere safe: it cannot be read again. If you lose it, create a new key and delete this one.</source>
        <translation>シークレットアクセスキーが表示されるのは今回だけです。今すぐコピーして安全な場所に保管してください。再び読み取ることはできません。紛失した場合は、新しいキーを作成し、このキーを削除してください。</translation>
    </message>
    <message>
        <source>I have saved the secret</source>
        <translation>シークレットアクセスキーを保存しました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Shown only now</source>
        <translation>今回のみ表示</translation>
    </message>
</context>
<context>
    <name>pca::views::PassphraseDialog</name>
    <message>
        <source>Unlock store</source>
        <translation>ストアのロック解除</translation>
    </message>
    <message>
        <source>Enter the master passphrase of the store in %1.</source>
        <translation>%1 にあるストアのマスターパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>マスターパスフレーズ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ：</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the store. Try again.</source>
        <translation>このパスフレーズではストアのロックを解除できません。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>pca::views::PermissionsTab</name>
    <message>
        <source>Certificate renewals by ACM</source>
        <translation>ACM による証明書の更新</translation>
    </message>
    <message>
        <source>AWS Certificate Manager (ACM) renews the private certificates it manages when it may issue, get and list on this CA. Checking the box grants the service principal acm.amazonaws.com those three actions; clearing it removes them.</source>
        <translation>AWS Certificate Manager（ACM）は、この CA で発行、取得、一覧表示を行えるときに、管理しているプライベート証明書を更新します。チェックボックスをオンにすると、サービスプリンシパル acm.amazonaws.com にこれら 3 つのアクションが付与され、オフにすると削除されます。</translation>
    </message>
    <message>
        <source>Authorize ACM to use this CA for renewals</source>
        <translation>ACM がこの CA を更新に使用することを許可する</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Permissions of this CA</source>
        <translation>この CA のアクセス許可</translation>
    </message>
    <message>
        <source>ACM renewal permission</source>
        <translation>ACM の更新のアクセス許可</translation>
    </message>
    <message>
        <source>No permissions are granted on this CA.</source>
        <translation>この CA に付与されているアクセス許可はありません。</translation>
    </message>
    <message>
        <source>Stop ACM renewals?</source>
        <translation>ACM による更新を停止しますか？</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>%1 Renewals fail while the box is clear.</source>
        <translation>%1 チェックボックスがオフの間、更新は失敗します。</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyEditorDialog</name>
    <message>
        <source>Add inline policy for %1</source>
        <translation>%1 のインラインポリシーの追加</translation>
    </message>
    <message>
        <source>Edit inline policy %1 of %2</source>
        <translation>%2 のインラインポリシー %1 の編集</translation>
    </message>
    <message>
        <source>e.g. IssueWithEndEntityTemplate</source>
        <translation>例：IssueWithEndEntityTemplate</translation>
    </message>
    <message>
        <source>Policy name:</source>
        <translation>ポリシー名：</translation>
    </message>
    <message>
        <source>Policy document (JSON, IAM&apos;s grammar):</source>
        <translation>ポリシードキュメント（JSON、IAM の文法）：</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>ポリシードキュメント</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>整形</translation>
    </message>
    <message>
        <source>Indent the document for reading</source>
        <translation>読みやすいようにドキュメントをインデントします</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>ポリシーを保存</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The document is a valid identity policy.</source>
        <translation>ドキュメントは有効なアイデンティティポリシーです。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>無効：%1</translation>
    </message>
    <message>
        <source>Enter a policy name first.</source>
        <translation>先にポリシー名を入力してください。</translation>
    </message>
    <message>
        <source>Correct the document first.</source>
        <translation>先にドキュメントを修正してください。</translation>
    </message>
</context>
<context>
    <name>pca::views::PolicyTab</name>
    <message>
        <source>A resource-based policy lets other accounts use this CA, for example to issue certificates. It is checked before it is applied.</source>
        <translation>リソースベースのポリシーを使用すると、他のアカウントがこの CA を使用できます（証明書の発行など）。ポリシーは適用前に検証されます。</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>ポリシー JSON</translation>
    </message>
    <message>
        <source>No policy is attached. Type one, or start from the example.</source>
        <translation>ポリシーはアタッチされていません。ポリシーを入力するか、例から始めてください。</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>ポリシーを適用</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>ポリシーの削除…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Insert example</source>
        <translation>例を挿入</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>整形</translation>
    </message>
    <message>
        <source>No policy is attached to this CA.</source>
        <translation>この CA にはポリシーがアタッチされていません。</translation>
    </message>
    <message>
        <source>The attached policy.</source>
        <translation>アタッチされているポリシーです。</translation>
    </message>
    <message>
        <source>Empty. Use Delete to remove the policy.</source>
        <translation>空です。ポリシーを削除するには [ポリシーの削除] を使用してください。</translation>
    </message>
    <message>
        <source>The attached policy is valid.</source>
        <translation>アタッチされているポリシーは有効です。</translation>
    </message>
    <message>
        <source>Valid. Apply to attach it.</source>
        <translation>有効です。適用するとアタッチされます。</translation>
    </message>
    <message>
        <source>The policy is attached.</source>
        <translation>ポリシーをアタッチしました。</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>ポリシーの削除</translation>
    </message>
    <message>
        <source>Delete the resource policy of this CA? Accounts it grants access to lose it at once.</source>
        <translation>この CA のリソースポリシーを削除しますか？ポリシーでアクセスを許可されているアカウントは、直ちにアクセスできなくなります。</translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation>ポリシーを削除しました。</translation>
    </message>
</context>
<context>
    <name>pca::views::RequestCertificateDialog</name>
    <message>
        <source>Request a private certificate</source>
        <translation>プライベート証明書のリクエスト</translation>
    </message>
    <message>
        <source>ACM generates the key pair, has the CA you choose issue the certificate (valid for %1 days) and renews it before it expires, as long as the CA allows it.</source>
        <translation>ACM がキーペアを生成し、選択した CA に証明書（有効期間 %1 日）を発行させます。CA が許可している限り、有効期限が切れる前に更新します。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>www.example.com or *.example.com</source>
        <translation>www.example.com または *.example.com</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>追加の名前</translation>
    </message>
    <message>
        <source>Optional, one per line, e.g.
example.com
api.example.com</source>
        <translation>省略可。1 行に 1 つずつ。例：
example.com
api.example.com</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>キーアルゴリズム</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>ドメイン名：</translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation>追加の名前：</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>キーアルゴリズム：</translation>
    </message>
    <message>
        <source>Issuing CA</source>
        <translation>発行元 CA</translation>
    </message>
    <message>
        <source>%1 (%2, valid until %3)</source>
        <translation>%1（%2、%3 まで有効）</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>タグ（省略可）</translation>
    </message>
    <message>
        <source>A certificate can have at most %1 tags.</source>
        <translation>1 つの証明書に付けられるタグは最大 %1 個です。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>No CA of this store is active. Create a CA or activate one under Private CAs first.</source>
        <translation>このストアにアクティブな CA はありません。先に [プライベート CA] で CA を作成するか、アクティブにしてください。</translation>
    </message>
    <message>
        <source>This CA expires on %1, before a certificate valid for %2 days would. Choose another CA or renew its certificate.</source>
        <translation>この CA の有効期限は %1 で、有効期間 %2 日の証明書より先に切れます。別の CA を選択するか、CA の証明書を更新してください。</translation>
    </message>
    <message>
        <source>Checking whether this CA lets ACM renew…</source>
        <translation>この CA が ACM に更新を許可しているか確認しています…</translation>
    </message>
    <message>
        <source>This CA authorizes ACM to renew the certificate.</source>
        <translation>この CA は ACM に証明書の更新を許可しています。</translation>
    </message>
    <message>
        <source>This CA does not authorize ACM to renew: the certificate will be issued but will fail to renew until you check &quot;Authorize ACM to use this CA for renewals&quot; on the CA&apos;s Permissions tab.</source>
        <translation>この CA は ACM に更新を許可していません。証明書は発行されますが、CA の [アクセス許可] タブで「ACM がこの CA を更新に使用することを許可する」をオンにするまで、更新は失敗します。</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>リクエストしています…</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationConfigurationEditor</name>
    <message>
        <source>Certificate revocation list (CRL)</source>
        <translation>証明書失効リスト（CRL）</translation>
    </message>
    <message>
        <source>Publish a CRL</source>
        <translation>CRL を公開する</translation>
    </message>
    <message>
        <source>e.g. example-crl (3–63 lower-case letters, digits, - and .)</source>
        <translation>例：example-crl（小文字の英字、数字、- および . で 3～63 文字）</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>バケット名</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>CRL validity</source>
        <translation>CRL の有効期間</translation>
    </message>
    <message>
        <source>optional, e.g. crl.example.com (no http://)</source>
        <translation>省略可。例：crl.example.com（http:// は不要）</translation>
    </message>
    <message>
        <source>Custom CRL name</source>
        <translation>カスタム CRL 名</translation>
    </message>
    <message>
        <source>optional, default: crl</source>
        <translation>省略可。デフォルト：crl</translation>
    </message>
    <message>
        <source>Custom CRL path</source>
        <translation>カスタム CRL パス</translation>
    </message>
    <message>
        <source>Leave the CRL distribution point out of issued certificates</source>
        <translation>発行する証明書に CRL 配布ポイントを含めない</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Partitioned</source>
        <translation>パーティション分割</translation>
    </message>
    <message>
        <source>CRL type</source>
        <translation>CRL タイプ</translation>
    </message>
    <message>
        <source>Public read</source>
        <translation>パブリック読み取り</translation>
    </message>
    <message>
        <source>Bucket owner full control</source>
        <translation>バケット所有者のフルコントロール</translation>
    </message>
    <message>
        <source>Object access</source>
        <translation>オブジェクトアクセス</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>バケット：</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>有効期間：</translation>
    </message>
    <message>
        <source>Custom name (CNAME):</source>
        <translation>カスタム名（CNAME）：</translation>
    </message>
    <message>
        <source>Custom path:</source>
        <translation>カスタムパス：</translation>
    </message>
    <message>
        <source>CRL type:</source>
        <translation>CRL タイプ：</translation>
    </message>
    <message>
        <source>Object access:</source>
        <translation>オブジェクトアクセス：</translation>
    </message>
    <message>
        <source>Online Certificate Status Protocol (OCSP)</source>
        <translation>Online Certificate Status Protocol（OCSP）</translation>
    </message>
    <message>
        <source>Answer OCSP requests</source>
        <translation>OCSP リクエストに応答する</translation>
    </message>
    <message>
        <source>optional, e.g. ocsp.example.com (no http://)</source>
        <translation>省略可。例：ocsp.example.com（http:// は不要）</translation>
    </message>
    <message>
        <source>Custom OCSP name</source>
        <translation>カスタム OCSP 名</translation>
    </message>
</context>
<context>
    <name>pca::views::RevocationTab</name>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Current CRL</source>
        <translation>現在の CRL</translation>
    </message>
    <message>
        <source>Save CRL…</source>
        <translation>CRL の保存…</translation>
    </message>
    <message>
        <source>Publish a new CRL now</source>
        <translation>今すぐ新しい CRL を公開</translation>
    </message>
    <message>
        <source>CRL number:</source>
        <translation>CRL 番号：</translation>
    </message>
    <message>
        <source>Last generated:</source>
        <translation>最終生成日時：</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>次回の更新：</translation>
    </message>
    <message>
        <source>Distribution point:</source>
        <translation>配布ポイント：</translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation>パーティション：</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>The revocation configuration can be changed only while the CA is active, disabled or waits for its certificate.</source>
        <translation>取り消しの設定を変更できるのは、CA がアクティブ、無効、または証明書待ちのときだけです。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>CRLs are not published for this CA.</source>
        <translation>この CA の CRL は公開されていません。</translation>
    </message>
    <message>
        <source>None published yet</source>
        <translation>まだ公開されていません</translation>
    </message>
    <message>
        <source>(left out of certificates)</source>
        <translation>（証明書には含めない）</translation>
    </message>
    <message>
        <source>%1 (each has its own CRL, published with the complete CRL)</source>
        <translation>%1（それぞれに独自の CRL があり、完全な CRL とともに公開されます）</translation>
    </message>
    <message>
        <source>Save CRL</source>
        <translation>CRL の保存</translation>
    </message>
    <message>
        <source>CRLs (*.crl)</source>
        <translation>CRL (*.crl)</translation>
    </message>
    <message>
        <source>CRL saved to %1.</source>
        <translation>CRL を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Publish CRL</source>
        <translation>CRL を公開</translation>
    </message>
</context>
<context>
    <name>pca::views::RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>証明書の取り消し</translation>
    </message>
    <message>
        <source>Revoked certificates are listed in the CRL of %1 and reported as revoked over OCSP. This cannot be undone.</source>
        <translation>取り消された証明書は %1 の CRL に記載され、OCSP でも取り消し済みとして報告されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>e.g. 4F:2A:…</source>
        <translation>例：4F:2A:…</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>取り消しています…</translation>
    </message>
</context>
<context>
    <name>pca::views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>ストア</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>ストアの場所</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所：</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>公開ベース URL</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>公開ベース URL：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ：</translation>
    </message>
    <message>
        <source>CRL distribution points and OCSP URLs of new certificates start with this address.</source>
        <translation>新しい証明書の CRL 配布ポイントと OCSP URL は、このアドレスで始まります。</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name, e.g. http://pki.example.com.</source>
        <translation>ホスト名を含む http:// または https:// のアドレスを使用してください（例：http://pki.example.com）。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>新しい言語は次回の起動時に有効になります。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>A folder, or a team store on PostgreSQL. A new location takes effect at the next start (the command line options --store and --data-dir and PRIVATECA_DATA_DIR take precedence).</source>
        <translation>フォルダー、または PostgreSQL 上のチームのストア。新しい場所は次回の起動時に有効になります（コマンドラインオプション --store と --data-dir、および PRIVATECA_DATA_DIR が優先されます）。</translation>
    </message>
</context>
<context>
    <name>pca::views::SubjectForm</name>
    <message>
        <source>Common name (CN):</source>
        <translation>共通名（CN）：</translation>
    </message>
    <message>
        <source>e.g. Example Corp Root CA</source>
        <translation>例：Example Corp Root CA</translation>
    </message>
    <message>
        <source>Organization (O):</source>
        <translation>組織（O）：</translation>
    </message>
    <message>
        <source>e.g. Example Corp</source>
        <translation>例：Example Corp</translation>
    </message>
    <message>
        <source>Organizational unit (OU):</source>
        <translation>組織単位（OU）：</translation>
    </message>
    <message>
        <source>Country (C):</source>
        <translation>国（C）：</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>例：JP</translation>
    </message>
    <message>
        <source>State or province (ST):</source>
        <translation>都道府県（ST）：</translation>
    </message>
    <message>
        <source>Locality (L):</source>
        <translation>市区町村（L）：</translation>
    </message>
    <message>
        <source>DN qualifier:</source>
        <translation>DN 修飾子：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>役職：</translation>
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
        <translation>イニシャル：</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>仮名：</translation>
    </message>
    <message>
        <source>Generation qualifier:</source>
        <translation>世代修飾子：</translation>
    </message>
    <message>
        <source>More name fields</source>
        <translation>その他の名前フィールド</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 が無効です：%2</translation>
    </message>
    <message>
        <source>use a two-letter country code such as DE or US.</source>
        <translation>JP や US のような 2 文字の国コードを使用してください。</translation>
    </message>
    <message>
        <source>it is too long or contains characters that are not allowed.</source>
        <translation>長すぎるか、使用できない文字が含まれています。</translation>
    </message>
</context>
<context>
    <name>pca::views::TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>pca::views::TagListInput</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>There is already a tag with the key %1.</source>
        <translation>キー %1 のタグは既に存在します。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
</context>
<context>
    <name>pca::views::TagsTab</name>
    <message>
        <source>Tags are key–value labels for organizing CAs. Double-click a key or value to change it; changes apply at once.</source>
        <translation>タグは CA を整理するためのキーと値のラベルです。キーまたは値をダブルクリックすると変更できます。変更は直ちに適用されます。</translation>
    </message>
</context>
<context>
    <name>pca::views::ValidityInput</name>
    <message>
        <source>For</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Validity duration</source>
        <translation>有効期間の長さ</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Validity unit</source>
        <translation>有効期間の単位</translation>
    </message>
    <message>
        <source>Validity end date</source>
        <translation>有効期間の終了日</translation>
    </message>
    <message>
        <source>The issuing CA is valid only until %1; choose an earlier end.</source>
        <translation>発行元 CA は %1 までしか有効ではありません。それより前の終了日を選択してください。</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>%1 まで有効です。</translation>
    </message>
</context>
<context>
    <name>pca::views::WelcomeDialog</name>
    <message>
        <source>Welcome to Private CA Manager</source>
        <translation>プライベート CA マネージャーへようこそ</translation>
    </message>
    <message>
        <source>Your certificate authorities live in a store on this computer. Every CA key in it is encrypted with a master passphrase: choose one you will remember — it cannot be recovered.</source>
        <translation>認証機関は、このコンピューター上のストアに保存されます。ストア内のすべての CA キーはマスターパスフレーズで暗号化されます。忘れないパスフレーズを決めてください。パスフレーズは復元できません。</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>ストアの場所</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>Master passphrase</source>
        <translation>マスターパスフレーズ</translation>
    </message>
    <message>
        <source>Repeat the master passphrase</source>
        <translation>マスターパスフレーズの再入力</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>12 digits; part of every ARN. Use your AWS account ID to make ARNs look like your cloud ones.</source>
        <translation>12 桁。すべての ARN に含まれます。AWS アカウント ID を使用すると、ARN がクラウド上のものと同じ形式になります。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Store location:</source>
        <translation>ストアの場所：</translation>
    </message>
    <message>
        <source>Master passphrase:</source>
        <translation>マスターパスフレーズ：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>パスフレーズの再入力：</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>アカウント ID：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン：</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>ストアを作成</translation>
    </message>
    <message>
        <source>Choose where the store lives.</source>
        <translation>ストアの保存場所を選択してください。</translation>
    </message>
    <message>
        <source>Choose a master passphrase.</source>
        <translation>マスターパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>パスフレーズは 8 文字以上必要です。</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>パスフレーズをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>The account ID has 12 digits.</source>
        <translation>アカウント ID は 12 桁です。</translation>
    </message>
    <message>
        <source>A region looks like us-east-1.</source>
        <translation>リージョンは us-east-1 のような形式です。</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>強度：%1</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>強度：%1。%2</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>ストアを作成しています…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>サーバーに接続…</translation>
    </message>
    <message>
        <source>Work with the certificate authorities of a privateca-server instead, with your access key.</source>
        <translation>代わりに、アクセスキーを使用して privateca-server の認証機関で作業します。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Catalog</name>
    <message>
        <source>Fix the cause, then request removal on the Spamhaus website; SBL listings can only be removed by your internet provider.</source>
        <translation>原因を解消してから、SpamhausのWebサイトで解除申請をしてください。SBLへの登録を解除できるのは、ご利用のインターネットプロバイダーだけです。</translation>
    </message>
    <message>
        <source>Free only for small non-commercial use; businesses need a Spamhaus DQS account. Spamhaus refuses queries sent through public DNS services.</source>
        <translation>無料で使えるのは小規模な非商用利用だけで、企業での利用にはSpamhaus DQSのアカウントが必要です。Spamhausは、パブリックDNSサービス経由の照会を拒否します。</translation>
    </message>
    <message>
        <source>Listed as a known source of spam.</source>
        <translation>迷惑メールの送信元として登録されています。</translation>
    </message>
    <message>
        <source>Listed by automatic spam detection.</source>
        <translation>迷惑メールの自動検出によって登録されています。</translation>
    </message>
    <message>
        <source>Listed as an infected or hijacked computer.</source>
        <translation>ウイルスに感染した、または乗っ取られたコンピューターとして登録されています。</translation>
    </message>
    <message>
        <source>This address is in a network that is hijacked or controlled by criminals.</source>
        <translation>このIPアドレスは、乗っ取られたネットワーク、または犯罪者が管理するネットワークに属しています。</translation>
    </message>
    <message>
        <source>This address is in a range the provider marks for home or dynamic users; it is not a spam listing.</source>
        <translation>このIPアドレスは、プロバイダーが家庭用・動的割り当て用としている範囲にあります。迷惑メールによる登録ではありません。</translation>
    </message>
    <message>
        <source>Listed as a server that controls infected computers.</source>
        <translation>感染したコンピューターを遠隔操作するサーバーとして登録されています。</translation>
    </message>
    <message>
        <source>The list did not recognise the list name in the query. This is a setup error in the app, not a listing.</source>
        <translation>ブラックリスト側が、照会に含まれるリスト名を認識できませんでした。これはアプリの設定の誤りで、ブラックリストへの登録ではありません。</translation>
    </message>
    <message>
        <source>The list refuses queries from your DNS server (for example a public DNS service like 8.8.8.8). Use your provider&apos;s DNS server.</source>
        <translation>このブラックリストは、お使いのDNSサーバー（例: 8.8.8.8 などのパブリックDNSサービス）からの照会を拒否しています。プロバイダーのDNSサーバーを使用してください。</translation>
    </message>
    <message>
        <source>The list refuses queries because your DNS server sent too many. This is not a listing.</source>
        <translation>お使いのDNSサーバーからの照会が多すぎるため、このブラックリストは照会を拒否しています。ブラックリストへの登録ではありません。</translation>
    </message>
    <message>
        <source>Fix the cause, then request removal on the list&apos;s website.</source>
        <translation>原因を解消してから、このブラックリストのWebサイトで解除申請をしてください。</translation>
    </message>
    <message>
        <source>This domain was found in spam.</source>
        <translation>このドメインが迷惑メールの中で見つかりました。</translation>
    </message>
    <message>
        <source>This domain is used for phishing (fake websites that steal passwords).</source>
        <translation>このドメインは、フィッシング（パスワードを盗む偽のWebサイト）に使われています。</translation>
    </message>
    <message>
        <source>This domain is used to spread malware.</source>
        <translation>このドメインは、マルウェア（ウイルスなど）の拡散に使われています。</translation>
    </message>
    <message>
        <source>This domain controls infected computers.</source>
        <translation>このドメインは、感染したコンピューターの遠隔操作に使われています。</translation>
    </message>
    <message>
        <source>This is a real domain that spammers have misused.</source>
        <translation>正規のドメインですが、迷惑メールの送信者に悪用されました。</translation>
    </message>
    <message>
        <source>This is a real link-shortening or redirect service that spammers have misused.</source>
        <translation>正規の短縮URLサービスまたは転送（リダイレクト）サービスですが、迷惑メールの送信者に悪用されました。</translation>
    </message>
    <message>
        <source>This is a real domain that criminals have misused for phishing.</source>
        <translation>正規のドメインですが、犯罪者によってフィッシングに悪用されました。</translation>
    </message>
    <message>
        <source>This is a real domain that criminals have misused to spread malware.</source>
        <translation>正規のドメインですが、犯罪者によってマルウェアの拡散に悪用されました。</translation>
    </message>
    <message>
        <source>This is a real domain that criminals have misused to control infected computers.</source>
        <translation>正規のドメインですが、犯罪者によって感染したコンピューターの遠隔操作に悪用されました。</translation>
    </message>
    <message>
        <source>An IP address was checked against a list that only accepts domain names. This is not a listing.</source>
        <translation>ドメイン名しか受け付けないブラックリストでIPアドレスを照会しました。ブラックリストへの登録ではありません。</translation>
    </message>
    <message>
        <source>Needs a Spamhaus DQS key. If you have a key, use this instead of the free Spamhaus list.</source>
        <translation>Spamhaus DQSのキーが必要です。キーをお持ちの場合は、無料のSpamhausリストの代わりにこちらを使用してください。</translation>
    </message>
    <message>
        <source>The list did not accept your access key. Check the key in the settings.</source>
        <translation>このブラックリストでアクセスキーが受け付けられませんでした。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The listing ends by itself about 24 hours after the last spam report.</source>
        <translation>最後の迷惑メール報告から約24時間後に、登録は自動的に解除されます。</translation>
    </message>
    <message>
        <source>Listed because people reported spam from this address.</source>
        <translation>このIPアドレスからの迷惑メールが報告されたため、登録されています。</translation>
    </message>
    <message>
        <source>Fix the cause, then fill in the removal form; Barracuda checks each request by hand, usually within a day.</source>
        <translation>原因を解消してから、解除申請フォームに記入してください。Barracudaは申請を1件ずつ手作業で確認し、通常は1日以内に対応します。</translation>
    </message>
    <message>
        <source>Barracuda only answers DNS servers that are registered with it, so this check may fail with an error.</source>
        <translation>Barracudaは登録済みのDNSサーバーにしか応答しないため、この確認はエラーになることがあります。</translation>
    </message>
    <message>
        <source>This address has a poor sending reputation.</source>
        <translation>このIPアドレスは、メール送信元としての評価（レピュテーション）が低くなっています。</translation>
    </message>
    <message>
        <source>Free below about 100,000 queries a day.</source>
        <translation>1日あたり約10万件までの照会は無料です。</translation>
    </message>
    <message>
        <source>Listed as a source of spam (very recent spam activity).</source>
        <translation>迷惑メールの送信元として登録されています（ごく最近、迷惑メールの送信が確認されています）。</translation>
    </message>
    <message>
        <source>Anyone can remove the address on the PSBL website.</source>
        <translation>PSBLのWebサイトから、誰でもこのIPアドレスの登録を解除できます。</translation>
    </message>
    <message>
        <source>Listed for sending mail to spam trap addresses.</source>
        <translation>スパムトラップ（迷惑メール検出用のおとりのアドレス）にメールを送信したため、登録されています。</translation>
    </message>
    <message>
        <source>The listing ends by itself about 7 days after the last spam.</source>
        <translation>最後の迷惑メールから約7日後に、登録は自動的に解除されます。</translation>
    </message>
    <message>
        <source>The operator also sells express removal; you do not have to pay, because the listing ends by itself.</source>
        <translation>運営者は有料の即時解除も販売していますが、登録は自動的に解除されるため、お金を払う必要はありません。</translation>
    </message>
    <message>
        <source>Only your provider can fix this; the listing ends by itself when the spam from its network stops.</source>
        <translation>これを解決できるのはプロバイダーだけです。プロバイダーのネットワークからの迷惑メールが止まれば、登録は自動的に解除されます。</translation>
    </message>
    <message>
        <source>This list blocks whole networks at once and is controversial.</source>
        <translation>このブラックリストはネットワーク全体をまとめてブロックするため、賛否が分かれています。</translation>
    </message>
    <message>
        <source>Your provider&apos;s network is listed because of spam from other addresses near yours; this is not a listing of your own address.</source>
        <translation>お使いのIPアドレスの近くにある別のアドレスから迷惑メールが送信されたため、プロバイダーのネットワークが登録されています。お使いのIPアドレス自体が登録されているわけではありません。</translation>
    </message>
    <message>
        <source>Your provider&apos;s whole network is listed because of spam from many of its addresses; this is not a listing of your own address.</source>
        <translation>プロバイダーの多数のアドレスから迷惑メールが送信されたため、プロバイダーのネットワーク全体が登録されています。お使いのIPアドレス自体が登録されているわけではありません。</translation>
    </message>
    <message>
        <source>Fix the cause, then check the domain and request removal on the SURBL lookup page.</source>
        <translation>原因を解消してから、SURBLの検索ページでドメインを確認し、解除申請をしてください。</translation>
    </message>
    <message>
        <source>Free for low volume only; public DNS services are often refused.</source>
        <translation>無料で使えるのは少量の照会だけです。パブリックDNSサービスからの照会は拒否されることがよくあります。</translation>
    </message>
    <message>
        <source>This domain was found in spam or other abuse.</source>
        <translation>このドメインが、迷惑メールやその他の不正行為の中で見つかりました。</translation>
    </message>
    <message>
        <source>This domain belongs to a hacked website that criminals misuse.</source>
        <translation>このドメインは、乗っ取られて犯罪者に悪用されているWebサイトのものです。</translation>
    </message>
    <message>
        <source>The list refused the query, usually because your DNS server is a public service or sent too many queries. This is not a listing.</source>
        <translation>ブラックリストが照会を拒否しました。多くの場合、お使いのDNSサーバーがパブリックDNSサービスであるか、照会が多すぎることが原因です。ブラックリストへの登録ではありません。</translation>
    </message>
    <message>
        <source>Fix the cause, then log in to the URIBL website with an account and request removal.</source>
        <translation>原因を解消してから、URIBLのWebサイトにアカウントでログインし、解除申請をしてください。</translation>
    </message>
    <message>
        <source>This domain sends bulk mail that some people did not ask for; this is a mild warning, not a spam listing.</source>
        <translation>このドメインは、一部の受信者が望んでいない大量のメールを送信しています。軽い警告であり、迷惑メールとしての登録ではありません。</translation>
    </message>
    <message>
        <source>This domain was recently seen in spam and is being watched.</source>
        <translation>このドメインは最近迷惑メールの中で見つかったため、監視対象になっています。</translation>
    </message>
    <message>
        <source>Request removal on the Abusix lookup website (you may need an account); reverse DNS listings are removed at once.</source>
        <translation>AbusixのWebサイトの検索ページで解除申請をしてください（アカウントが必要な場合があります）。逆引きDNSに関する登録は、すぐに解除されます。</translation>
    </message>
    <message>
        <source>Needs an Abusix account key.</source>
        <translation>Abusixのアカウントキーが必要です。</translation>
    </message>
    <message>
        <source>This address has a reverse DNS name typical of home or dynamic connections; it is not a spam listing.</source>
        <translation>このIPアドレスの逆引きDNS名は、家庭用や動的割り当ての回線によく見られるものです。迷惑メールによる登録ではありません。</translation>
    </message>
    <message>
        <source>This address has no reverse DNS name; it is not a spam listing.</source>
        <translation>このIPアドレスには逆引きDNS名が設定されていません。迷惑メールによる登録ではありません。</translation>
    </message>
    <message>
        <source>Validity offers a tool on its SenderScore website for a temporary self-removal.</source>
        <translation>ValidityのSenderScore Webサイトに、一時的に自分で登録を解除できるツールがあります。</translation>
    </message>
    <message>
        <source>Needs registration with Validity; without it every answer is an error.</source>
        <translation>Validityへの利用登録が必要です。利用登録がない場合、応答はすべてエラーになります。</translation>
    </message>
    <message>
        <source>The list only answers registered users, so this answer is not a listing.</source>
        <translation>このブラックリストは利用登録済みのユーザーにしか応答しないため、この応答はブラックリストへの登録を意味しません。</translation>
    </message>
    <message>
        <source>Ask your provider to fix the reverse DNS name of the address, then request removal on the SpamRATS website.</source>
        <translation>プロバイダーにIPアドレスの逆引きDNS名を修正してもらってから、SpamRATSのWebサイトで解除申請をしてください。</translation>
    </message>
    <message>
        <source>This address looks like a home or dynamic connection and made too many mail connections.</source>
        <translation>このIPアドレスは家庭用または動的割り当ての回線と見られ、メールサーバーへの接続が多すぎました。</translation>
    </message>
    <message>
        <source>This address has no reverse DNS name and made too many mail connections.</source>
        <translation>このIPアドレスには逆引きDNS名がなく、メールサーバーへの接続が多すぎました。</translation>
    </message>
    <message>
        <source>Listed as a source of spam.</source>
        <translation>迷惑メールの送信元として登録されています。</translation>
    </message>
    <message>
        <source>Listed for trying to guess passwords on other servers.</source>
        <translation>他のサーバーでパスワードを推測して不正ログインしようとしたため、登録されています。</translation>
    </message>
    <message>
        <source>Open the removal page from the listed server itself; the address is then removed at once.</source>
        <translation>登録されているサーバー自体から解除ページを開いてください。すぐに登録が解除されます。</translation>
    </message>
    <message>
        <source>Listed as a source of spam or other abuse.</source>
        <translation>迷惑メールやその他の不正行為の送信元として登録されています。</translation>
    </message>
    <message>
        <source>Listed. The list&apos;s website explains the reason.</source>
        <translation>登録されています。理由はブラックリストのWebサイトで説明されています。</translation>
    </message>
    <message>
        <source>Listings do not end by themselves; email delist@nordspam.com in English and explain what you fixed.</source>
        <translation>登録は自動的には解除されません。delist@nordspam.com に英語でメールを送り、何を修正したかを説明してください。</translation>
    </message>
    <message>
        <source>Free, also for business use, up to 10,000 queries a day.</source>
        <translation>1日あたり1万件までの照会は、業務での利用でも無料です。</translation>
    </message>
    <message>
        <source>The listing ends by itself after 7 days without new spam; listings made for policy reasons do not end by themselves.</source>
        <translation>新たな迷惑メールが7日間なければ、登録は自動的に解除されます。ただし、ポリシー上の理由による登録は自動的には解除されません。</translation>
    </message>
    <message>
        <source>The listing ends by itself 15 days after the last misdirected bounce; you cannot request removal.</source>
        <translation>無関係な相手へのエラーメール送信が最後にあってから15日後に、登録は自動的に解除されます。解除申請はできません。</translation>
    </message>
    <message>
        <source>Listed for sending bounces or auto-replies to people who did not send the original mail.</source>
        <translation>元のメールを送っていない相手にエラーメールや自動返信を送ったため、登録されています。</translation>
    </message>
    <message>
        <source>The listing ends by itself some days after the spam stops.</source>
        <translation>迷惑メールが止まってから数日後に、登録は自動的に解除されます。</translation>
    </message>
    <message>
        <source>Only your provider can get this network listing removed.</source>
        <translation>このネットワーク単位の登録の解除を依頼できるのは、プロバイダーだけです。</translation>
    </message>
    <message>
        <source>The listing ends by itself 30 days after the domain was last seen in spam.</source>
        <translation>ドメインが最後に迷惑メールの中で見つかってから30日後に、登録は自動的に解除されます。</translation>
    </message>
    <message>
        <source>This list is mainly about infected computers and open proxies, not only email.</source>
        <translation>このブラックリストは、メールだけでなく、主に感染したコンピューターやオープンプロキシを対象としています。</translation>
    </message>
    <message>
        <source>Test entry used by the list operator; it is not a real listing.</source>
        <translation>ブラックリストの運営者が使うテスト用の項目です。実際の登録ではありません。</translation>
    </message>
    <message>
        <source>Listed as an infected computer used for attacks on other networks.</source>
        <translation>他のネットワークへの攻撃に使われている、感染したコンピューターとして登録されています。</translation>
    </message>
    <message>
        <source>Listed as an open proxy that strangers can misuse.</source>
        <translation>第三者が悪用できるオープンプロキシとして登録されています。</translation>
    </message>
    <message>
        <source>Listed as an open DNS server that can be misused for attacks.</source>
        <translation>攻撃に悪用されるおそれのあるオープンDNSサーバーとして登録されています。</translation>
    </message>
    <message>
        <source>Listed as a hacked router or other network device.</source>
        <translation>乗っ取られたルーターなどのネットワーク機器として登録されています。</translation>
    </message>
    <message>
        <source>Listed as a VPN service that is misused for abuse.</source>
        <translation>不正行為に悪用されているVPNサービスとして登録されています。</translation>
    </message>
    <message>
        <source>The listing ends by itself about 48 hours after the last attack; you can also request removal on the website.</source>
        <translation>最後の攻撃から約48時間後に、登録は自動的に解除されます。Webサイトで解除申請をすることもできます。</translation>
    </message>
    <message>
        <source>This list collects attacks on servers (such as password guessing), not only spam.</source>
        <translation>このブラックリストは、迷惑メールだけでなく、サーバーへの攻撃（パスワードの推測など）も記録しています。</translation>
    </message>
    <message>
        <source>Listed for attacking other servers (for example, guessing passwords).</source>
        <translation>他のサーバーを攻撃した（パスワードの推測など）ため、登録されています。</translation>
    </message>
    <message>
        <source>The listing ends by itself about 4 weeks after the last misdirected bounce.</source>
        <translation>無関係な相手へのエラーメール送信が最後にあってから約4週間後に、登録は自動的に解除されます。</translation>
    </message>
    <message>
        <source>The operator advises receivers to use this list only for bounce messages.</source>
        <translation>運営者は受信側に対し、このブラックリストをエラーメールの判定だけに使うよう勧めています。</translation>
    </message>
    <message>
        <source>Listings do not end by themselves; fix the cause, then create an account on the 0spam website and request removal.</source>
        <translation>登録は自動的には解除されません。原因を解消してから、0spamのWebサイトでアカウントを作成し、解除申請をしてください。</translation>
    </message>
    <message>
        <source>A removal was requested, but the request was incomplete. Send a new, complete request.</source>
        <translation>解除申請が行われましたが、内容が不完全でした。不備のない申請をあらためて送ってください。</translation>
    </message>
    <message>
        <source>Listed for sending newsletters that break anti-spam rules.</source>
        <translation>迷惑メール対策のルールに違反するメールマガジンを送信したため、登録されています。</translation>
    </message>
    <message>
        <source>Listed because the mail server is set up incorrectly or does not follow mail standards.</source>
        <translation>メールサーバーの設定が誤っているか、メールの標準規格に従っていないため、登録されています。</translation>
    </message>
    <message>
        <source>Listed again after earlier removals (repeat offender).</source>
        <translation>以前に解除された後、再び登録されています（繰り返しの違反）。</translation>
    </message>
    <message>
        <source>Listed for sending bounces to the wrong server.</source>
        <translation>誤ったサーバーにエラーメールを送信したため、登録されています。</translation>
    </message>
    <message>
        <source>Listed as an open relay that strangers can misuse to send spam.</source>
        <translation>第三者が迷惑メールの送信に悪用できるオープンリレー（不正中継が可能なサーバー）として登録されています。</translation>
    </message>
    <message>
        <source>Listed for sending fraud, scam or malware mail.</source>
        <translation>詐欺メールやマルウェア付きのメールを送信したため、登録されています。</translation>
    </message>
    <message>
        <source>The listing ends by itself after about 5 days (longer for repeat listings); a removal request may not make it faster.</source>
        <translation>登録は約5日後に自動的に解除されます（繰り返し登録された場合はさらに長くなります）。解除申請をしても早くならない場合があります。</translation>
    </message>
    <message>
        <source>SORBS was shut down on 2024-06-05.</source>
        <translation>SORBS は 2024-06-05 に運用を終了しました。</translation>
    </message>
    <message>
        <source>NiX Spam was shut down in January 2025.</source>
        <translation>NiX Spam は 2025年1月に運用を終了しました。</translation>
    </message>
    <message>
        <source>AHBL was shut down and then answered &apos;listed&apos; for every address.</source>
        <translation>AHBL は運用を終了し、その後すべてのアドレスを「掲載あり」と答えるようになりました。</translation>
    </message>
    <message>
        <source>NJABL was shut down in 2013 and later listed every address.</source>
        <translation>NJABL は 2013年に運用を終了し、その後すべてのアドレスを「掲載あり」と答えるようになりました。</translation>
    </message>
    <message>
        <source>DSBL has been dead since 2008 and later listed every address.</source>
        <translation>DSBL は 2008年から機能しておらず、その後すべてのアドレスを「掲載あり」と答えるようになりました。</translation>
    </message>
    <message>
        <source>SpamCannibal&apos;s domain expired; it answers &apos;listed&apos; for everything.</source>
        <translation>SpamCannibal のドメインは失効しており、どの照会にも「掲載あり」と答えます。</translation>
    </message>
    <message>
        <source>EMAILBASURA&apos;s domain expired; it answers &apos;listed&apos; for everything.</source>
        <translation>EMAILBASURA のドメインは失効しており、どの照会にも「掲載あり」と答えます。</translation>
    </message>
    <message>
        <source>This zone answers &apos;listed&apos; for every address.</source>
        <translation>このゾーンはすべてのアドレスを「掲載あり」と答えます。</translation>
    </message>
    <message>
        <source>This list was shut down in 2020.</source>
        <translation>このリストは 2020年に運用を終了しました。</translation>
    </message>
    <message>
        <source>This list gave false listings.</source>
        <translation>このリストは誤って「掲載あり」と答えていました。</translation>
    </message>
    <message>
        <source>This list is dead.</source>
        <translation>このリストはすでに機能していません。</translation>
    </message>
    <message>
        <source>This list is fraudulent: its domain was taken over.</source>
        <translation>このリストは不正なものです。ドメインが第三者に乗っ取られました。</translation>
    </message>
    <message>
        <source>This is a fake blocklist.</source>
        <translation>これは偽のブラックリストです。</translation>
    </message>
    <message>
        <source>LashBack&apos;s list is offline.</source>
        <translation>LashBack のリストは利用できなくなっています。</translation>
    </message>
    <message>
        <source>WPBL has stopped.</source>
        <translation>WPBL は停止しています。</translation>
    </message>
    <message>
        <source>This list was shut down in 2017.</source>
        <translation>このリストは 2017年に運用を終了しました。</translation>
    </message>
    <message>
        <source>This list has stopped.</source>
        <translation>このリストは停止しています。</translation>
    </message>
    <message>
        <source>This list was renamed; the old name must not be used.</source>
        <translation>このリストは名前が変更されました。古い名前は使用しないでください。</translation>
    </message>
    <message>
        <source>This list is offline.</source>
        <translation>このリストは利用できなくなっています。</translation>
    </message>
    <message>
        <source>This list is long dead.</source>
        <translation>このリストはかなり前から機能していません。</translation>
    </message>
    <message>
        <source>These old MAPS lists are long dead.</source>
        <translation>これらの古い MAPS のリストは、かなり前から機能していません。</translation>
    </message>
    <message>
        <source>CBL is now part of Spamhaus ZEN; query ZEN instead so the same data is not counted twice.</source>
        <translation>CBL は現在 Spamhaus ZEN に含まれています。同じデータを二重に数えないよう、代わりに ZEN に照会してください。</translation>
    </message>
</context>
<context>
    <name>CatalogError</name>
    <message>
        <source>lowercase letters, digits and &apos;-&apos;</source>
        <translation>英小文字、数字、&apos;-&apos; のみ</translation>
    </message>
    <message>
        <source>a lowercase DNS zone name such as bl.example.org</source>
        <translation>bl.example.org のような小文字のDNSゾーン名</translation>
    </message>
    <message>
        <source>letters and digits only</source>
        <translation>英字と数字のみ</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>空でない文字列</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a non-empty array</source>
        <translation>空でない配列</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot;, &quot;ipv6&quot; or &quot;domain&quot;</source>
        <translation>&quot;ipv4&quot;、&quot;ipv6&quot;、&quot;domain&quot; のいずれか</translation>
    </message>
    <message>
        <source>&quot;major&quot; or &quot;minor&quot;</source>
        <translation>&quot;major&quot; または &quot;minor&quot;</translation>
    </message>
    <message>
        <source>an address such as 127.0.0.2 or a range 127.0.0.2-127.0.0.9</source>
        <translation>127.0.0.2 のようなアドレス、または 127.0.0.2-127.0.0.9 のような範囲</translation>
    </message>
    <message>
        <source>inside 127.0.0.0/8</source>
        <translation>127.0.0.0/8 の範囲内</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>exactly one of &quot;answer&quot; or &quot;bitmask&quot;</source>
        <translation>&quot;answer&quot; と &quot;bitmask&quot; のどちらか一方だけ</translation>
    </message>
    <message>
        <source>a number from 1 to 255</source>
        <translation>1 から 255 までの数値</translation>
    </message>
    <message>
        <source>&quot;spam&quot;, &quot;policy&quot;, &quot;informational&quot; or &quot;allowlisted&quot;</source>
        <translation>&quot;spam&quot;、&quot;policy&quot;、&quot;informational&quot;、&quot;allowlisted&quot; のいずれか</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an address inside 127.0.0.0/8</source>
        <translation>127.0.0.0/8 の範囲のアドレス</translation>
    </message>
    <message>
        <source>an https:// URL, optionally with {target}</source>
        <translation>https:// で始まるURL（{target} は任意）</translation>
    </message>
    <message>
        <source>self_service, expires, through_isp, account, by_email or none</source>
        <translation>self_service、expires、through_isp、account、by_email、none のいずれか</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>文字列または null</translation>
    </message>
    <message>
        <source>a test point of this kind</source>
        <translation>この種類に合ったテスト用アドレス</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>オブジェクトまたは null</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks IP addresses, domains or e-mail addresses against public DNS blocklists.</source>
        <translation>IPアドレス、ドメイン、メールアドレスが公開のDNSブラックリストに掲載されていないかを確認します。</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>結果を1つのJSONドキュメントとして出力します。</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IPv4 address) instead of the system&apos;s.</source>
        <translation>システムのDNSサーバーの代わりに、このDNSサーバー（IPv4アドレス）に照会します。</translation>
    </message>
    <message>
        <source>Add or override blocklists from this catalog file.</source>
        <translation>このカタログファイルからブラックリストを追加または上書きします。</translation>
    </message>
    <message>
        <source>Check only these lists (ids, separated by commas).</source>
        <translation>指定したブラックリストだけを確認します（IDをカンマ区切りで指定）。</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 4).</source>
        <translation>各応答を待つ秒数（既定値: 4）。</translation>
    </message>
    <message>
        <source>IP addresses, domains or e-mail addresses to check.</source>
        <translation>確認するIPアドレス、ドメイン、またはメールアドレス。</translation>
    </message>
    <message>
        <source>Give at least one IP address, domain or e-mail address to check.</source>
        <translation>確認するIPアドレス、ドメイン、またはメールアドレスを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 0.1 to 120.</source>
        <translation>--timeout には 0.1 から 120 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>Unknown list id: %1. `blocklist-doctor catalog` shows the ids.</source>
        <translation>不明なリストIDです: %1。IDの一覧は `blocklist-doctor catalog` で確認できます。</translation>
    </message>
    <message>
        <source>Prints the blocklists this program knows.</source>
        <translation>このプログラムが扱うブラックリストの一覧を表示します。</translation>
    </message>
    <message>
        <source>`catalog` takes no other arguments.</source>
        <translation>`catalog` にはほかの引数を指定できません。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage:
  blocklist-doctor                     open the window
  blocklist-doctor check [options] TARGET...
                                       check IP addresses, domains or e-mail addresses
  blocklist-doctor catalog [--json]    show the blocklists in use
  blocklist-doctor --version
Run &quot;blocklist-doctor check --help&quot; for the options.
</source>
        <translation>使い方:
  blocklist-doctor                     ウィンドウを開きます
  blocklist-doctor check [options] TARGET...
                                       IPアドレス、ドメイン、メールアドレスを確認します
  blocklist-doctor catalog [--json]    使用するブラックリストを表示します
  blocklist-doctor --version
オプションについては &quot;blocklist-doctor check --help&quot; を実行してください。
</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the field is missing</source>
        <translation>項目がありません</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>値は %1 である必要があります</translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation>不明な項目です（つづりを確認してください）</translation>
    </message>
    <message>
        <source>another list already has this id</source>
        <translation>このIDはほかのリストですでに使われています</translation>
    </message>
    <message>
        <source>another list already uses this zone</source>
        <translation>このゾーンはほかのリストですでに使われています</translation>
    </message>
    <message>
        <source>this list must never be queried: %1</source>
        <translation>このリストには照会してはいけません: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Give the DNS server as four numbers separated by dots, such as 192.0.2.53, or &quot;system&quot;.</source>
        <translation>「%1」はIPv4アドレスではありません。DNSサーバーは 192.0.2.53 のようにドットで区切った4つの数字で指定するか、&quot;system&quot; と指定してください。</translation>
    </message>
    <message>
        <source>This version of Qt (%1) cannot send queries to an IPv6 DNS server; it would quietly ask the system&apos;s DNS server instead. Give an IPv4 address.</source>
        <translation>このバージョンのQt（%1）はIPv6のDNSサーバーに照会を送れず、代わりにシステムのDNSサーバーに黙って照会してしまいます。IPv4アドレスを指定してください。</translation>
    </message>
    <message>
        <source>A DNS server port cannot be chosen: queries always go to port 53. Give the address alone.</source>
        <translation>DNSサーバーのポートは指定できません。照会は常にポート53に送られます。アドレスだけを指定してください。</translation>
    </message>
    <message>
        <source>%1 cannot be a DNS server. Give the IPv4 address of a DNS server.</source>
        <translation>%1 はDNSサーバーとして使用できません。DNSサーバーのIPv4アドレスを指定してください。</translation>
    </message>
    <message>
        <source>This system&apos;s first DNS server is an IPv6 address, and this version of Qt (%1) would quietly ask it instead of %2. Use the system&apos;s DNS server, or change the system&apos;s DNS settings.</source>
        <translation>このシステムの優先DNSサーバーはIPv6アドレスのため、このバージョンのQt（%1）では %2 ではなくそのサーバーに黙って照会してしまいます。システムのDNSサーバーを使用するか、システムのDNS設定を変更してください。</translation>
    </message>
    <message>
        <source>This test run may only query DNS servers on 127.0.0.0/8, not &quot;%1&quot;.</source>
        <translation>このテスト実行では 127.0.0.0/8 のDNSサーバーにしか照会できません（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>The catalog file %1 could not be read: %2. Check the file name and that you may read the file.</source>
        <translation>カタログファイル %1 を読み込めませんでした: %2。ファイル名と、ファイルの読み取り権限があるかを確認してください。</translation>
    </message>
    <message>
        <source>The catalog file %1 is not valid JSON: %2 (at byte %3). Fix the file and try again; nothing was changed.</source>
        <translation>カタログファイル %1 は正しいJSONではありません: %2（%3 バイト目）。ファイルを修正してから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The catalog file %1 has no &quot;lists&quot; array. See &quot;Adding a blocklist&quot; in the README for the format.</source>
        <translation>カタログファイル %1 に &quot;lists&quot; 配列がありません。形式については、README の &quot;Adding a blocklist&quot; をご覧ください。</translation>
    </message>
    <message>
        <source>The catalog file %1 was not used; nothing else was changed.
List &quot;%2&quot;, field &quot;%3&quot;: %4
Correct that field and try again.</source>
        <extracomment>%4 is what is wrong with the field; it may or may not end with a full stop.</extracomment>
        <translation>カタログファイル %1 は使用されませんでした（ほかには何も変更されていません）。
リスト &quot;%2&quot; の項目 &quot;%3&quot;: %4
その項目を修正してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>== %1</source>
        <translation>== %1</translation>
    </message>
    <message>
        <source>Request removal: %1</source>
        <translation>解除申請: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>on</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>off (needs a key)</source>
        <translation>無効（キーが必要）</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>Listed</source>
        <translation>掲載あり</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>掲載なし</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>The blocklist refused to answer our DNS server.</extracomment>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Not working</source>
        <extracomment>The blocklist failed its self-test and is not trusted now.</extracomment>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>Could not check</source>
        <extracomment>The query failed (timeout, DNS error).</extracomment>
        <translation>確認できず</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>The blocklist does not check this kind of address.</extracomment>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Listed (code %1; the list does not document its meaning).</source>
        <translation>登録されています（コード %1。このブラックリストはコードの意味を公開していません）。</translation>
    </message>
    <message>
        <source>This list refused to answer the DNS server you use: %1 Use your internet provider&apos;s DNS server or your company&apos;s own, not a public DNS service such as 8.8.8.8, and check again.</source>
        <translation>このブラックリストは、お使いのDNSサーバーへの応答を拒否しました: %1 8.8.8.8 などのパブリックDNSサービスではなく、インターネットプロバイダーまたは社内のDNSサーバーを使用して、もう一度確認してください。</translation>
    </message>
    <message>
        <source>This list failed its self-test: it does not list its own test address, so it may have stopped working. Its answers are ignored for now.</source>
        <translation>このブラックリストは自己テストに失敗しました。自身のテスト用アドレスが掲載されていないため、動作を停止している可能性があります。現在、このブラックリストの応答は無視しています。</translation>
    </message>
    <message>
        <source>This list failed its self-test: it lists a test address that must never be listed, so it would call every address listed. Its answers are ignored for now.</source>
        <translation>このブラックリストは自己テストに失敗しました。掲載されるはずのないテスト用アドレスが掲載されているため、どのアドレスも掲載ありと判定してしまうおそれがあります。現在、このブラックリストの応答は無視しています。</translation>
    </message>
    <message>
        <source>This list&apos;s test query returned %1, which is not a blocklist answer. Your DNS server or network may be changing answers. Its answers are ignored for now.</source>
        <translation>このブラックリストへのテスト照会で %1 が返されましたが、これはブラックリストの応答ではありません。お使いのDNSサーバーまたはネットワークが応答を書き換えている可能性があります。現在、このブラックリストの応答は無視しています。</translation>
    </message>
    <message>
        <source>No answer within %1 seconds. The list or your DNS server may be slow or down; try again later.</source>
        <translation>%1 秒以内に応答がありませんでした。ブラックリストまたはお使いのDNSサーバーの動作が遅いか、停止している可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL) for this list. Some lists only answer DNS servers registered with them. Try again later or use another DNS server.</source>
        <translation>DNSサーバーが、このブラックリストについてエラー（SERVFAIL）を返しました。ブラックリストによっては、登録済みのDNSサーバーにしか応答しないものがあります。しばらくしてからもう一度試すか、別のDNSサーバーを使用してください。</translation>
    </message>
    <message>
        <source>Your DNS server refused the question (REFUSED). Check the DNS server setting.</source>
        <translation>お使いのDNSサーバーが照会を拒否しました（REFUSED）。DNSサーバーの設定を確認してください。</translation>
    </message>
    <message>
        <source>The DNS server did not answer. Check your network connection and the DNS server setting.</source>
        <translation>DNSサーバーから応答がありませんでした。ネットワーク接続とDNSサーバーの設定を確認してください。</translation>
    </message>
    <message>
        <source>No DNS server could be used. Check your network connection.</source>
        <translation>使用できるDNSサーバーがありませんでした。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The answer %1 is not a blocklist answer: your DNS server or network is changing answers, so this list could not be checked. Use another DNS server.</source>
        <translation>応答 %1 はブラックリストの応答ではありません。お使いのDNSサーバーまたはネットワークが応答を書き換えているため、このブラックリストを確認できませんでした。別のDNSサーバーを使用してください。</translation>
    </message>
    <message>
        <source>This list does not check this kind of address.</source>
        <translation>このブラックリストは、この種類のアドレスを対象としていません。</translation>
    </message>
    <message>
        <source>This list needs an access key. Enter your key in the settings to use it.</source>
        <translation>このブラックリストを使うにはアクセスキーが必要です。設定でキーを入力してください。</translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blocklists, but only as a policy listing (for example, an address range meant for home users). This is not a spam listing; ask your mail provider whether you should send through their server.</source>
        <translation>%1 は %3 件のブラックリストのうち %2 件に掲載されていますが、いずれもポリシー上の登録（例: 家庭向けのアドレス範囲であるため）です。迷惑メールによる登録ではありません。プロバイダーのメールサーバー経由で送信すべきかどうか、ご利用のメールプロバイダーにお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blocklists.</source>
        <translation>%1 は %3 件のブラックリストのうち %2 件に掲載されています。</translation>
    </message>
    <message>
        <source>%1 is not listed on any of %2 blocklists.</source>
        <translation>%1 は %2 件のブラックリストのいずれにも掲載されていません。</translation>
    </message>
    <message>
        <source>%1 is not listed on the blocklists that answered, but %2 of %3 blocklists could not be checked. See why below.</source>
        <translation>%1 は応答のあったブラックリストには掲載されていませんが、%3 件のうち %2 件のブラックリストは確認できませんでした。理由は以下をご覧ください。</translation>
    </message>
    <message>
        <source>None of the selected blocklists checks this kind of address (%1).</source>
        <translation>選択したブラックリストには、この種類のアドレス（%1）を対象とするものがありません。</translation>
    </message>
    <message>
        <source>Nothing to check. Enter an IP address (such as 192.0.2.1), a domain (such as example.com) or an e-mail address.</source>
        <translation>確認する対象がありません。IPアドレス（例: 192.0.2.1）、ドメイン（例: example.com）、またはメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This is too long to be an address. Enter one IP address, domain or e-mail address, or paste the whole returned mail into the bounce reader.</source>
        <translation>アドレスとしては長すぎます。IPアドレス、ドメイン、メールアドレスのいずれか1つを入力するか、戻ってきたメール全体をエラーメール読み取り欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces. Enter one IP address, domain or e-mail address without spaces.</source>
        <translation>「%1」に空白が含まれています。IPアドレス、ドメイン、メールアドレスのいずれか1つを、空白を入れずに入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it must be four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation>「%1」は正しいIPv4アドレスではありません。192.0.2.1 のように、0から255までの4つの数字をドットで区切って入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address, such as 2001:db8::1.</source>
        <translation>「%1」は正しいIPv6アドレス（例: 2001:db8::1）ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name. A domain looks like example.com: letters, digits and hyphens, separated by dots.</source>
        <translation>「%1」は正しいドメイン名ではありません。ドメインは example.com のように、英字・数字・ハイフンをドットで区切った形式です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address. An e-mail address looks like name@example.com.</source>
        <translation>「%1」は正しいメールアドレスではありません。メールアドレスは name@example.com のような形式です。</translation>
    </message>
    <message>
        <source>%1 is a private address, used only inside a company or home network. Blocklists only see your public address: ask your administrator or mail provider for the public IP address of your mail server.</source>
        <translation>%1 はプライベートアドレスで、社内や家庭内のネットワークでしか使われません。ブラックリストから見えるのはグローバルIPアドレスだけです。メールサーバーのグローバルIPアドレスを、管理者またはメールプロバイダーにお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 is this computer&apos;s own address (loopback). Blocklists only see your public address: ask your administrator for the public IP address of your mail server.</source>
        <translation>%1 はこのコンピューター自身を指すアドレス（ループバック）です。ブラックリストから見えるのはグローバルIPアドレスだけです。メールサーバーのグローバルIPアドレスを管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 is a link-local address that only works on the local network. Blocklists only see your public address: ask your administrator for the public IP address of your mail server.</source>
        <translation>%1 はローカルネットワーク内でしか使えないリンクローカルアドレスです。ブラックリストから見えるのはグローバルIPアドレスだけです。メールサーバーのグローバルIPアドレスを管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 is an example address reserved for documentation; no real mail server uses it. Look in the returned mail for the real address of your mail server.</source>
        <translation>%1 は説明用に予約された例示用のアドレスで、実際のメールサーバーでは使われません。戻ってきたメールの中から、メールサーバーの実際のアドレスを探してください。</translation>
    </message>
    <message>
        <source>%1 is an IPv4 address written in IPv6 form. Check the IPv4 address instead.</source>
        <translation>%1 はIPv6形式で書かれたIPv4アドレスです。代わりにIPv4アドレスで確認してください。</translation>
    </message>
    <message>
        <source>%1 is a special or reserved address that no mail server on the Internet uses, so it cannot be on a public blocklist. Check the address of your mail server.</source>
        <translation>%1 はインターネット上のメールサーバーでは使われない特殊なアドレスまたは予約済みアドレスのため、公開のブラックリストに掲載されることはありません。メールサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>None of the %1 blocklists could be checked for %2, so nothing is known yet. See why below.</source>
        <translation>%2 について、%1 件のブラックリストのどれも確認できなかったため、まだ何もわかりません。理由は下をご覧ください。</translation>
    </message>
    <message>
        <source>The check was stopped before this list answered. Check again to get its answer.</source>
        <translation>このリストが応答する前に確認を中止しました。結果を知るには、もう一度確認してください。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Blocklist Doctor</source>
        <extracomment>The program&apos;s name. Keep it as it is unless your language has an established name for it.</extracomment>
        <translation>Blocklist Doctor</translation>
    </message>
    <message>
        <source>About %1</source>
        <extracomment>Window title; %1 is the program&apos;s name.</extracomment>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number, such as 0.1.0.</extracomment>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Blocklist Doctor explains why your mail bounced, checks whether your mail server is on a public DNS blocklist, and shows where to ask for removal.</source>
        <translation>Blocklist Doctor は、メールが差し戻された理由を説明し、お使いのメールサーバーが公開のDNSブラックリストに掲載されていないかを確認して、解除申請の窓口をご案内します。</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <extracomment>The SPDX name of the licence; keep &quot;GPL-3.0-or-later&quot; as it is.</extracomment>
        <translation>ライセンス: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>This program uses Qt %1, licensed under the GNU LGPL version 3.</source>
        <extracomment>%1 is the Qt version, such as 6.4.2.</extracomment>
        <translation>このプログラムは、GNU LGPL バージョン3 のもとで提供されている Qt %1 を使用しています。</translation>
    </message>
    <message>
        <source>The reasons given for bounced mail use the words of Sisimai&apos;s reason vocabulary; no Sisimai code is included.</source>
        <translation>エラーメールの理由の分類には、Sisimai の理由の用語を使用しています。Sisimai のコードは含まれていません。</translation>
    </message>
    <message>
        <source>What this program knows about each blocklist (its answers and removal pages) comes from that blocklist&apos;s own public documentation.</source>
        <translation>各ブラックリストに関する情報（応答の意味や解除申請のページ）は、それぞれのブラックリストが公開している資料に基づいています。</translation>
    </message>
    <message>
        <source>About this program</source>
        <extracomment>Accessible name of the text block with version, licence and notices.</extracomment>
        <translation>このプログラムについて</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <source>Shows Qt&apos;s version and licence.</source>
        <translation>Qt のバージョンとライセンスを表示します。</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Request removal</source>
        <extracomment>Button on a listed row: opens the blocklist&apos;s removal page in the web browser.</extracomment>
        <translation>解除申請</translation>
    </message>
    <message>
        <source>Look up</source>
        <extracomment>Button: opens the blocklist&apos;s own web page about the checked address.</extracomment>
        <translation>掲載状況を確認</translation>
    </message>
</context>
<context>
    <name>BounceCommand</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation>標準入力を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Reads returned mails (bounces): who refused the mail, why, and which blocklist was named.</source>
        <translation>差し戻されたメール（エラーメール）を読み取り、どのサーバーがなぜメールを拒否したのか、どのブラックリストの名前が挙がっているのかを表示します。</translation>
    </message>
    <message>
        <source>Also check the IP addresses and domains the bounce names against the blocklists.</source>
        <translation>エラーメールに記載されているIPアドレスとドメインが、ブラックリストに掲載されていないかも確認します。</translation>
    </message>
    <message>
        <source>Bounce files (.eml, .msg, .txt), or - to read standard input.</source>
        <translation>エラーメールのファイル（.eml、.msg、.txt）。標準入力から読み込む場合は - を指定します。</translation>
    </message>
    <message>
        <source>Give at least one bounce file, or - to read standard input.</source>
        <translation>エラーメールのファイルを1つ以上指定してください。標準入力から読み込む場合は - を指定してください。</translation>
    </message>
</context>
<context>
    <name>BounceExplanation</name>
    <message>
        <source>Delivery failure</source>
        <translation>配信失敗</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>配信遅延</translation>
    </message>
    <message>
        <source>Spam complaint report</source>
        <translation>迷惑メールの苦情報告</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>自動返信</translation>
    </message>
    <message>
        <source>Delivery confirmation</source>
        <translation>配信完了の通知</translation>
    </message>
    <message>
        <source>Not a returned mail</source>
        <translation>エラーメールではありません</translation>
    </message>
    <message>
        <source>the address the refusal names as the sender</source>
        <translation>拒否の通知に送信元として書かれているIPアドレス</translation>
    </message>
    <message>
        <source>the domain the refusal says is listed</source>
        <translation>拒否の通知でブラックリスト掲載と書かれているドメイン</translation>
    </message>
    <message>
        <source>the server that wrote the returned mail (usually your own mail server)</source>
        <translation>エラーメールを作成したサーバー（通常はお使いのメールサーバー）</translation>
    </message>
    <message>
        <source>the domain of your own e-mail address</source>
        <translation>あなたのメールアドレスのドメイン</translation>
    </message>
    <message>
        <source>Your domain&apos;s sender checks (SPF, DKIM or DMARC) failed</source>
        <translation>お使いのドメインの送信元の認証（SPF、DKIM、DMARC）に失敗しました</translation>
    </message>
    <message>
        <source>Your mail server has a poor reputation</source>
        <translation>お使いのメールサーバーの評価（レピュテーション）が低くなっています</translation>
    </message>
    <message>
        <source>Your mail server&apos;s address is blocked</source>
        <translation>お使いのメールサーバーのIPアドレスがブロックされています</translation>
    </message>
    <message>
        <source>The mail&apos;s format or content was refused</source>
        <translation>メールの形式または内容が拒否されました</translation>
    </message>
    <message>
        <source>The mail is larger than the recipient allows</source>
        <translation>メールのサイズが、相手側で受け取れる上限を超えています</translation>
    </message>
    <message>
        <source>Delivery was tried for too long and given up</source>
        <translation>長時間配信を試みましたが届かず、配信が打ち切られました</translation>
    </message>
    <message>
        <source>The servers could not set up encryption</source>
        <translation>サーバー間で暗号化通信を開始できませんでした</translation>
    </message>
    <message>
        <source>The recipient&apos;s filter refused the mail</source>
        <translation>相手側のフィルターによってメールが拒否されました</translation>
    </message>
    <message>
        <source>The recipient&apos;s address has changed</source>
        <translation>宛先のメールアドレスが変更されています</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist</source>
        <translation>宛先のドメインが存在しません</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>宛先のメールボックスが容量いっぱいです</translation>
    </message>
    <message>
        <source>A program on the recipient&apos;s server failed</source>
        <translation>相手側のサーバーでプログラムのエラーが発生しました</translation>
    </message>
    <message>
        <source>The mail is too large</source>
        <translation>メールのサイズが大きすぎます</translation>
    </message>
    <message>
        <source>The servers could not connect</source>
        <translation>サーバー間で接続できませんでした</translation>
    </message>
    <message>
        <source>The server refused to pass the mail on</source>
        <translation>サーバーがメールの中継を拒否しました</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain accepts no mail</source>
        <translation>宛先のドメインはメールを受け付けていません</translation>
    </message>
    <message>
        <source>The mail breaks the mail format rules</source>
        <translation>メールの形式が規格に沿っていません</translation>
    </message>
    <message>
        <source>The cause is not clear from the returned mail</source>
        <translation>エラーメールの内容からは原因がはっきりしません</translation>
    </message>
    <message>
        <source>The recipient&apos;s rules refused the mail</source>
        <translation>相手側のルール（ポリシー）によってメールが拒否されました</translation>
    </message>
    <message>
        <source>Your sender address was refused</source>
        <translation>あなたの送信元メールアドレスが拒否されました</translation>
    </message>
    <message>
        <source>Your mail server&apos;s address has no proper name (reverse DNS)</source>
        <translation>お使いのメールサーバーのIPアドレスに、正しい逆引きDNS名が設定されていません</translation>
    </message>
    <message>
        <source>A security check failed</source>
        <translation>セキュリティチェックに失敗しました</translation>
    </message>
    <message>
        <source>The mail was judged to be spam</source>
        <translation>メールが迷惑メールと判定されました</translation>
    </message>
    <message>
        <source>Too much mail was sent too quickly</source>
        <translation>短時間に送信したメールが多すぎます</translation>
    </message>
    <message>
        <source>The address is on the sender&apos;s own stop list</source>
        <translation>宛先が、送信側の配信停止リストに登録されています</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is suspended</source>
        <translation>宛先のメールボックスが利用停止になっています</translation>
    </message>
    <message>
        <source>The servers did not understand each other</source>
        <translation>サーバー同士のやり取りがうまくいきませんでした</translation>
    </message>
    <message>
        <source>The recipient&apos;s server had an error</source>
        <translation>相手側のサーバーでエラーが発生しました</translation>
    </message>
    <message>
        <source>The recipient&apos;s server is out of space</source>
        <translation>相手側のサーバーの空き容量が不足しています</translation>
    </message>
    <message>
        <source>Too many connections at once</source>
        <translation>同時接続数が多すぎます</translation>
    </message>
    <message>
        <source>The cause could not be determined</source>
        <translation>原因を特定できませんでした</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>宛先のメールアドレスが存在しません</translation>
    </message>
    <message>
        <source>A virus was found in the mail</source>
        <translation>メールからウイルスが検出されました</translation>
    </message>
    <message>
        <source>This is a spam complaint report: someone marked one of your mails as spam. It is not a delivery failure. Repeated complaints can get your server blocked, so tell your mail administrator.</source>
        <translation>これは迷惑メールの苦情報告です。あなたが送ったメールのどれかが、受信者によって迷惑メールとして報告されました。配信エラーではありません。苦情が続くとお使いのメールサーバーがブロックされることがあるため、メールサーバーの管理者に伝えてください。</translation>
    </message>
    <message>
        <source>This is an automatic reply, such as an out-of-office message. Your mail was delivered; nothing needs to be done.</source>
        <translation>これは不在通知などの自動返信です。メールは相手に届いているため、対応は必要ありません。</translation>
    </message>
    <message>
        <source>This is a delivery confirmation: your mail was delivered. Nothing needs to be done.</source>
        <translation>これは配信完了の通知です。メールは相手に届いています。対応は必要ありません。</translation>
    </message>
    <message>
        <source>This does not look like a returned mail. Paste the whole returned mail, drop the file, or type the IP address or domain to check.</source>
        <translation>エラーメールではないようです。差し戻されたメールの全体を貼り付けるか、ファイルをドロップするか、確認したいIPアドレスまたはドメインを入力してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not use %1 properly: that list refuses the recipient&apos;s own DNS server (for example &quot;open resolver&quot;). This does not mean your server is listed; the problem is on the recipient&apos;s side. Ask the recipient to forward this to their mail administrator.</source>
        <translation>相手側のサーバーは %1 を正しく利用できていません。このブラックリストが、相手側のDNSサーバーからの照会を拒否しているためです（「open resolver」などのエラー）。お使いのメールサーバーが掲載されているわけではなく、問題は相手側にあります。送信先の相手に、この内容を先方のメールサーバーの管理者へ伝えてもらうよう依頼してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail because your mail server is on %1. Check your server&apos;s address below, fix the cause with your mail administrator, then ask %1 for removal.</source>
        <translation>お使いのメールサーバーが %1 に掲載されているため、相手側のサーバーがメールを拒否しました。下記でメールサーバーのIPアドレスを確認し、メールサーバーの管理者と一緒に原因を解消してから、%1 に解除申請をしてください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail because your mail server (%1) is on %2. Fix the cause with your mail administrator (for example an infected PC or a hacked mail account), then request removal from %2.</source>
        <translation>お使いのメールサーバー（%1）が %2 に掲載されているため、相手側のサーバーがメールを拒否しました。メールサーバーの管理者と一緒に原因（ウイルスに感染したPCや、乗っ取られたメールアカウントなど）を解消してから、%2 に解除申請をしてください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server still uses %1, a blocklist that no longer works. Your server is probably not at fault; ask the recipient&apos;s mail administrator to stop using it.</source>
        <translation>相手側のサーバーは、すでに機能していないブラックリスト %1 をまだ使っています。お使いのメールサーバーに問題がある可能性は低いため、相手側のメールサーバーの管理者に、このブラックリストの使用をやめるよう依頼してください。</translation>
    </message>
    <message>
        <source>Your mail has not been delivered yet, and your mail server keeps trying. Nothing needs to be done unless a final failure notice arrives.</source>
        <translation>メールはまだ届いていませんが、お使いのメールサーバーが配信を再試行しています。最終的な配信失敗の通知が届かない限り、対応は必要ありません。</translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check it for typing mistakes, or ask the recipient for the right address.</source>
        <translation>宛先のアドレス %1 が見つかりませんでした。入力ミスがないか確認するか、送信先の相手に正しいアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox cannot take mail at the moment. Try again later or contact the recipient another way.</source>
        <translation>宛先のメールボックスは、現在メールを受け取れない状態です。しばらくしてからもう一度送るか、別の方法で送信先の相手に連絡してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused mail from your mail server (%1): %2. Check it against the blocklists below and give this report to your mail administrator.</source>
        <translation>相手側のサーバーが、お使いのメールサーバー（%1）からのメールを拒否しました（理由: %2）。このIPアドレスが下記のブラックリストに掲載されていないか確認し、このレポートをメールサーバーの管理者に渡してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail: %1. Check your mail server&apos;s address against the blocklists and give this report to your mail administrator.</source>
        <translation>相手側のサーバーがメールを拒否しました（理由: %1）。お使いのメールサーバーのIPアドレスがブラックリストに掲載されていないか確認し、このレポートをメールサーバーの管理者に渡してください。</translation>
    </message>
    <message>
        <source>Your mail was not delivered: %1. Give this report to your mail administrator.</source>
        <translation>メールは届きませんでした（理由: %1）。このレポートをメールサーバーの管理者に渡してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail because your mail server (%1) is on %2. Fix the cause with your mail administrator (for example an infected PC or a hacked mail account). %2 has no removal form: open its page below to see how the listing ends.</source>
        <translation>お使いのメールサーバー（%1）が %2 に掲載されているため、相手側のサーバーがメールを拒否しました。メールサーバーの管理者と一緒に原因（ウイルスに感染したPCや、乗っ取られたメールアカウントなど）を解消してください。%2 には解除申請フォームがありません。下記のページを開いて、掲載がどのように解除されるかを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused your mail because of your mail server&apos;s reputation. %2</source>
        <translation>%1 は、お使いのメールサーバーの評価（レピュテーション）が低いため、メールを拒否しました。%2</translation>
    </message>
    <message>
        <source>%1 refused mail from your mail server (%2) because of its reputation. %3</source>
        <translation>%1 は、お使いのメールサーバー（%2）の評価（レピュテーション）が低いため、メールを拒否しました。%3</translation>
    </message>
    <message>
        <source>The recipient&apos;s address could not be found. Check it for typing mistakes, or ask the recipient for the right address.</source>
        <translation>宛先のアドレスが見つかりませんでした。入力ミスがないか確認するか、送信先の相手に正しいアドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 is holding back mail from your mail server for now because of its reputation; your server keeps trying. %2</source>
        <translation>%1 は、お使いのメールサーバーの評価（レピュテーション）が低いため、メールの受け取りを一時的に保留しています。お使いのサーバーは送信を再試行しています。%2</translation>
    </message>
</context>
<context>
    <name>BouncePanel</name>
    <message>
        <source>This could not be read: %1</source>
        <extracomment>%1 says why a dropped or pasted returned mail could not be read.</extracomment>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Refused by: %1, the mail server of %2</source>
        <extracomment>Who refused the mail: %1 is a server name (mx.example.com), %2 the recipients&apos; domain (example.com).</extracomment>
        <translation>拒否したサーバー: %1（%2 のメールサーバー）</translation>
    </message>
    <message>
        <source>Refused by: %1</source>
        <extracomment>Who refused the mail: %1 is a server name (mx.example.com).</extracomment>
        <translation>拒否したサーバー: %1</translation>
    </message>
    <message>
        <source>Refused by: the mail server of %1</source>
        <extracomment>Who refused the mail: %1 is the recipients&apos; domain (example.com).</extracomment>
        <translation>拒否したサーバー: %1 のメールサーバー</translation>
    </message>
    <message>
        <source>Refused by: the recipient&apos;s mail server (the returned mail does not name it)</source>
        <extracomment>Who refused the mail, when the returned mail names neither server nor domain.</extracomment>
        <translation>拒否したサーバー: 相手側のメールサーバー（エラーメールにサーバー名の記載なし）</translation>
    </message>
    <message>
        <source>Recipients: not named in the returned mail</source>
        <extracomment>Shown instead of the recipients&apos; addresses when the returned mail omits them.</extracomment>
        <translation>宛先: エラーメールに記載なし</translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <extracomment>%1 is one or more e-mail addresses, separated by commas.</extracomment>
        <translation>宛先: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>%1 is the reason in plain words, e.g. &quot;Your mail server&apos;s address is blocked&quot;.</extracomment>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Blocklist named: %1. The recipient&apos;s server could not use it properly, so this is a problem on the recipient&apos;s side.</source>
        <translation>記載されているブラックリスト: %1。相手側のサーバーがこのブラックリストを正しく利用できていないため、問題は相手側にあります。</translation>
    </message>
    <message>
        <source>Blocklist named: %1. This blocklist no longer works; a listing there means nothing.</source>
        <translation>記載されているブラックリスト: %1。このブラックリストはすでに機能していないため、掲載されていても意味はありません。</translation>
    </message>
    <message>
        <source>Mail filter named: %1</source>
        <extracomment>%1 is a provider&apos;s own filter that cannot be asked by DNS, e.g. &quot;Gmail&quot;.</extracomment>
        <translation>記載されているメールフィルター: %1</translation>
    </message>
    <message>
        <source>Blocklist named: %1</source>
        <extracomment>%1 is a DNS blocklist, e.g. &quot;Spamhaus ZEN&quot;.</extracomment>
        <translation>記載されているブラックリスト: %1</translation>
    </message>
    <message>
        <source>Sending IP address named: %1</source>
        <extracomment>%1 is one or more IP addresses the refusal gives as the sending server.</extracomment>
        <translation>記載されている送信元IPアドレス: %1</translation>
    </message>
    <message>
        <source>Domain named as listed: %1</source>
        <extracomment>%1 is one or more domains the refusal says are on a blocklist.</extracomment>
        <translation>ブラックリスト掲載と記載されているドメイン: %1</translation>
    </message>
    <message>
        <source>What the returned mail says</source>
        <extracomment>Heading of the panel that explains a returned (bounced) mail.</extracomment>
        <translation>エラーメールの内容</translation>
    </message>
    <message>
        <source>Original error lines (as the recipient&apos;s server wrote them):</source>
        <translation>元のエラー文（相手側のサーバーが書いたままの内容）:</translation>
    </message>
    <message>
        <source>Original error lines</source>
        <translation>元のエラー文</translation>
    </message>
    <message>
        <source>The error lines exactly as the recipient&apos;s server wrote them, for your mail administrator. Select them to copy.</source>
        <translation>相手側のサーバーが書いたままのエラー文です。メールサーバーの管理者に伝えるときにお使いください。選択するとコピーできます。</translation>
    </message>
    <message>
        <source>Returned mail: %1</source>
        <extracomment>Heading of one returned mail when several were read; %1 is its file name.</extracomment>
        <translation>エラーメール: %1</translation>
    </message>
</context>
<context>
    <name>BounceReader</name>
    <message>
        <source>This is a folder, not a mail file.</source>
        <translation>これはフォルダーです。メールのファイルを指定してください。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>The file is too large to be a returned mail (over %1 MB).</source>
        <translation>エラーメールにしてはファイルが大きすぎます（%1 MBを超えています）。</translation>
    </message>
    <message>
        <source>The text is too large to be a returned mail (over %1 MB).</source>
        <translation>エラーメールにしてはテキストが大きすぎます（%1 MBを超えています）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>This is not a mail or text file. Save the returned mail as .eml or .msg, or copy its text and paste it.</source>
        <translation>メールのファイルでもテキストファイルでもありません。差し戻されたメールを .eml または .msg 形式で保存するか、その本文をコピーして貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>BounceText</name>
    <message>
        <source>  Could not read it: %1</source>
        <translation>  読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Your address:</source>
        <translation>あなたのアドレス:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>通知元のサーバー:</translation>
    </message>
    <message>
        <source>  Not delivered to:</source>
        <translation>  届かなかった宛先:</translation>
    </message>
    <message>
        <source>(address not given)</source>
        <translation>（アドレスの記載なし）</translation>
    </message>
    <message>
        <source>Sending IP named:</source>
        <translation>記載されている送信元IP:</translation>
    </message>
    <message>
        <source>Domain named:</source>
        <translation>記載されているドメイン:</translation>
    </message>
    <message>
        <source>  Blocklist named: %1</source>
        <translation>  記載されているブラックリスト: %1</translation>
    </message>
    <message>
        <source>This is the recipient&apos;s own problem, not a listing of your server.</source>
        <translation>これは相手側の問題で、お使いのメールサーバーが掲載されているわけではありません。</translation>
    </message>
    <message>
        <source>This blocklist no longer works; a listing there means nothing.</source>
        <translation>このブラックリストはすでに機能していないため、掲載されていても意味はありません。</translation>
    </message>
    <message>
        <source>Look up:</source>
        <translation>掲載状況の確認:</translation>
    </message>
    <message>
        <source>Request removal:</source>
        <translation>解除申請:</translation>
    </message>
    <message>
        <source>Checking %1 (%2)</source>
        <translation>確認中: %1（%2）</translation>
    </message>
</context>
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
    <message>
        <source>Open the Trend Micro ERS lookup, enter the IP address, and if it is listed click &quot;Request to be removed&quot; and fill in the form in English.</source>
        <translation>Trend Micro ERSの検索ページを開いてIPアドレスを入力し、ブラックリストに登録されていれば「Request to be removed」（削除）をクリックして、英語でフォームに記入してください。</translation>
    </message>
    <message>
        <source>Open the Outlook.com sender support form, enter the IP address from the bounce and your contact details, and send it; Microsoft answers by e-mail.</source>
        <translation>Outlook.comの送信者サポートフォームを開き、エラーメールに書かれているIPアドレスとご自身の連絡先を入力して送信すると、Microsoftからメールで回答があります。</translation>
    </message>
    <message>
        <source>Open the Microsoft 365 delist portal, enter your e-mail address and the IP address, click the link in the confirmation e-mail, then press the button to delist the IP address.</source>
        <translation>Microsoft 365の解除申請ページを開いてメールアドレスとIPアドレスを入力し、届いた確認メールのリンクをクリックしてから、IPアドレスの解除ボタンを押してください。</translation>
    </message>
    <message>
        <source>Gmail has no removal form, so ask whoever runs your mail server to work through Google&apos;s sender troubleshooter; Gmail accepts the mail again once the sender&apos;s reputation improves.</source>
        <translation>Gmailには解除申請フォームがないため、メールサーバーの管理者にGoogleの送信者向けトラブルシューティングに沿って対処するよう依頼してください。送信元の評価が改善すれば、Gmailは再びメールを受け付けます。</translation>
    </message>
    <message>
        <source>For a code starting with [BL], check the IP address on Spamhaus and have it removed there; for a code starting with [TSS], send Yahoo the contact form on its Sender Hub.</source>
        <translation>[BL] で始まるコードの場合はSpamhausでIPアドレスを確認して解除申請をし、[TSS] で始まるコードの場合はYahooのSender Hubにある問い合わせフォームから連絡してください。</translation>
    </message>
    <message>
        <source>Open Apple&apos;s iCloud Mail page for senders and ask whoever runs your mail server to follow its advice for rejected mail.</source>
        <translation>AppleのiCloudメール送信者向けページを開き、メールサーバーの管理者に、受信を拒否されたメールについての案内に従って対処するよう依頼してください。</translation>
    </message>
    <message>
        <source>Open the Proofpoint IP check page; if the IP address is blocked, fill in the removal request form on that page.</source>
        <translation>ProofpointのIPチェックページを開き、IPアドレスがブロックされていれば、同じページの解除申請フォームに記入してください。</translation>
    </message>
    <message>
        <source>Mimecast has no public removal form, so contact the person you were writing to by phone or another address and ask their IT staff to allow your mail.</source>
        <translation>Mimecastには公開の解除申請フォームがないため、送信先の相手に電話や別のメールアドレスで連絡し、先方のIT担当者にこちらのメールを受け取れるよう設定してもらってください。</translation>
    </message>
    <message>
        <source>Open the Cloudmark CSI site, look up the IP address and send a reset request; it is usually handled within about a day.</source>
        <translation>Cloudmark CSIのサイトを開いてIPアドレスを調べ、リセット申請（reset request）を送ってください。通常は1日ほどで対応されます。</translation>
    </message>
    <message>
        <source>Open the Talos reputation lookup; if the IP address is rated &quot;Poor&quot;, ask whoever runs your mail server to open a ticket on the Talos support page (a Cisco account is needed).</source>
        <translation>Talosの評価検索ページを開き、IPアドレスの評価が「Poor」であれば、メールサーバーの管理者にTalosのサポートページで問い合わせ（チケット）を作成するよう依頼してください（Ciscoアカウントが必要です）。</translation>
    </message>
    <message>
        <source>Open Broadcom&apos;s IP Reputation Investigation form, enter the IP address and your contact details, and send it; Broadcom does not reply, so try sending your mail again after about a day.</source>
        <translation>BroadcomのIP Reputation Investigationフォームを開いてIPアドレスとご自身の連絡先を入力し、送信してください。Broadcomからの返信はないため、1日ほど待ってからもう一度メールを送ってみてください。</translation>
    </message>
    <message>
        <source>Open the Sophos IP lookup, check the IP address, and if it is listed use the delisting request on that page.</source>
        <translation>SophosのIPアドレス検索ページを開いてIPアドレスを確認し、ブラックリストに登録されていれば、同じページから解除申請をしてください。</translation>
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
    <message>
        <source>a name on one line that starts and ends with a letter or digit</source>
        <translation>英字または数字で始まり、英字または数字で終わる1行の名前</translation>
    </message>
    <message>
        <source>one sentence on one line</source>
        <translation>1行に収まる1つの文</translation>
    </message>
    <message>
        <source>a valid, non-empty regular expression</source>
        <translation>空でない正しい正規表現</translation>
    </message>
    <message>
        <source>a regular expression that does not match empty or one-character text</source>
        <translation>空の文字列や1文字だけの文字列には一致しない正規表現</translation>
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
    <name>CheckPlan</name>
    <message>
        <source>pasted text</source>
        <extracomment>The name shown for text the user pasted (instead of a file name).</extracomment>
        <translation>貼り付けたテキスト</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage:
  blocklist-doctor                     open the window
  blocklist-doctor check [options] TARGET...
                                       check IP addresses, domains or e-mail addresses
  blocklist-doctor bounce [options] FILE... | -
                                       read returned mails and what they name
  blocklist-doctor catalog [--json]    show the blocklists in use
  blocklist-doctor --version
Run &quot;blocklist-doctor check --help&quot; or &quot;blocklist-doctor bounce --help&quot; for the options.
</source>
        <translation>使い方:
  blocklist-doctor                     ウィンドウを開きます
  blocklist-doctor check [options] TARGET...
                                       IPアドレス、ドメイン、メールアドレスを確認します
  blocklist-doctor bounce [options] FILE... | -
                                       エラーメールを読み取り、記載内容を表示します
  blocklist-doctor catalog [--json]    使用するブラックリストを表示します
  blocklist-doctor --version
オプションについては &quot;blocklist-doctor check --help&quot; または &quot;blocklist-doctor bounce --help&quot; を実行してください。
</translation>
    </message>
</context>
<context>
    <name>DroppedContent</name>
    <message>
        <source>The file is too large to be a returned mail (over %1 MB).</source>
        <translation>エラーメールにしてはファイルが大きすぎます（%1 MBを超えています）。</translation>
    </message>
    <message>
        <source>This is a folder, not a mail file.</source>
        <translation>これはフォルダーです。メールのファイルを指定してください。</translation>
    </message>
    <message>
        <source>Dropped mail</source>
        <extracomment>Name shown for an item dragged in without a file name (e.g. from Outlook).</extracomment>
        <translation>ドロップされたメール</translation>
    </message>
    <message>
        <source>Too many files were dropped at once; only the first %1 are read. Drop this one separately.</source>
        <translation>一度にドロップされたファイルが多すぎるため、最初の %1 件だけを読み込みます。このファイルは別にドロップしてください。</translation>
    </message>
    <message>
        <source>Only the first of several items dragged at once can be read. Drag this one on its own.</source>
        <translation>複数の項目を一度にドラッグした場合、読み込めるのは最初の1つだけです。この項目は単独でドラッグしてください。</translation>
    </message>
    <message>
        <source>The program it was dragged from did not hand over its contents. Save it as a file first (in Outlook: File &gt; Save As), then open that file here.</source>
        <translation>ドラッグ元のプログラムから内容を受け取れませんでした。まずファイルとして保存してから（Outlookの場合: ［ファイル］&gt;［名前を付けて保存］）、そのファイルをここで開いてください。</translation>
    </message>
    <message>
        <source>The file does not exist. It may have been moved or deleted.</source>
        <translation>ファイルが見つかりません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it was not read.</source>
        <translation>通常のファイルではないため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The file could not be opened. It may be open in another program, or you may not be allowed to read it.</source>
        <translation>ファイルを開けませんでした。ほかのプログラムで開かれているか、読み取る権限がない可能性があります。</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>ファイルを最後まで読み込めませんでした。</translation>
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
    <name>HandoverReport</name>
    <message>
        <source>this computer&apos;s own DNS setting</source>
        <translation>このコンピューターのDNS設定</translation>
    </message>
    <message>
        <source>(the returned mail does not name the address)</source>
        <extracomment>Shown when a returned mail does not say which address failed.</extracomment>
        <translation>（エラーメールにアドレスの記載なし）</translation>
    </message>
    <message>
        <source>Delayed (still being tried): %1</source>
        <translation>配信遅延（再試行中）: %1</translation>
    </message>
    <message>
        <source>Not delivered to: %1</source>
        <translation>届かなかった宛先: %1</translation>
    </message>
    <message>
        <source>SMTP reply code: %1</source>
        <translation>SMTP応答コード: %1</translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation>拡張ステータスコード: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Refusing server: %1</source>
        <translation>拒否したサーバー: %1</translation>
    </message>
    <message>
        <source>Error message, as the server wrote it:</source>
        <translation>エラーメッセージ（サーバーが書いたままの内容）:</translation>
    </message>
    <message>
        <source>Reputation system named: %1</source>
        <translation>記載されている評価（レピュテーション）システム: %1</translation>
    </message>
    <message>
        <source>Blocklist named: %1</source>
        <translation>記載されているブラックリスト: %1</translation>
    </message>
    <message>
        <source>Wording in the returned mail: &quot;%1&quot;</source>
        <translation>エラーメールの記載: 「%1」</translation>
    </message>
    <message>
        <source>This is the recipient&apos;s own problem, not a listing of your server.</source>
        <translation>これは相手側の問題で、お使いのメールサーバーが掲載されているわけではありません。</translation>
    </message>
    <message>
        <source>This blocklist no longer works; a listing there means nothing.</source>
        <translation>このブラックリストはすでに機能していないため、掲載されていても意味はありません。</translation>
    </message>
    <message>
        <source>This list is not in the program&apos;s catalog, so no link is offered for it.</source>
        <translation>このブラックリストはプログラムのカタログに含まれていないため、リンクは表示されません。</translation>
    </message>
    <message>
        <source>Look up: %1</source>
        <translation>掲載状況の確認: %1</translation>
    </message>
    <message>
        <source>Request removal: %1</source>
        <translation>解除申請: %1</translation>
    </message>
    <message>
        <source>Returned mail %1 of %2</source>
        <translation>エラーメール（%2 通中 %1 通目）</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>Original sender: %1</source>
        <translation>元の送信者: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <extracomment>The mail server that wrote the returned mail (usually the sender&apos;s own).</extracomment>
        <translation>通知元のサーバー: %1</translation>
    </message>
    <message>
        <source>IP address named in the refusal: %1</source>
        <translation>拒否の通知に記載されているIPアドレス: %1</translation>
    </message>
    <message>
        <source>Domain named in the refusal: %1</source>
        <translation>拒否の通知に記載されているドメイン: %1</translation>
    </message>
    <message>
        <source>In plain words: %1</source>
        <translation>わかりやすく言うと: %1</translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation>%1（%2）に掲載されています</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>The DNS answer(s) of a blocklist, e.g. &quot;127.0.0.2&quot;.</extracomment>
        <translation>応答: %1</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>意味: %1</translation>
    </message>
    <message>
        <source>Reason given by the list: &quot;%1&quot;</source>
        <translation>ブラックリストが示す理由: 「%1」</translation>
    </message>
    <message>
        <source>How removal works: %1</source>
        <translation>掲載解除の方法: %1</translation>
    </message>
    <message>
        <source>%1 (checked as %2)</source>
        <translation>%1（%2 として確認）</translation>
    </message>
    <message>
        <source>Where it came from: typed in by the user</source>
        <translation>確認対象の出どころ: 利用者が入力したもの</translation>
    </message>
    <message>
        <source>Where it came from: %1</source>
        <translation>確認対象の出どころ: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3: %4</source>
        <extracomment>%1 list name, %2 DNS zone, %3 status (&quot;Could not check&quot;, &quot;Refused&quot;, …), %4 why.</extracomment>
        <translation>%1（%2）— %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Not listed on %n blocklist(s).</source>
        <translation>
            <numerusform>%n 件のブラックリストには掲載されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocklist(s) were not asked: they do not check this kind of address, or need an access key.</source>
        <translation>
            <numerusform>%n 件のブラックリストには照会していません（この種類のアドレスを対象としていないか、アクセスキーが必要なため）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocklist check: report for the mail administrator</source>
        <translation>ブラックリストの確認: メールサーバーの管理者向けレポート</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>確認日時: %1</translation>
    </message>
    <message>
        <source>DNS server used: %1</source>
        <translation>使用したDNSサーバー: %1</translation>
    </message>
    <message>
        <source>Time limit per query: %1 seconds</source>
        <translation>照会1件あたりの待ち時間の上限: %1 秒</translation>
    </message>
    <message>
        <source>The check was stopped before every blocklist had answered, so these results are incomplete.</source>
        <translation>すべてのブラックリストが応答する前に確認を中止したため、この結果は不完全です。</translation>
    </message>
    <message>
        <source>Nothing was checked against the blocklists.</source>
        <translation>ブラックリストでの確認は行われませんでした。</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>確認した対象</translation>
    </message>
    <message>
        <source>Links written in the returned mail or in a list&apos;s own reason text are shown disarmed (hxxp, [.]) so that nobody opens them by mistake. Use only the &quot;Look up&quot; and &quot;Request removal&quot; links, which come from the program&apos;s own catalog.</source>
        <translation>エラーメールやブラックリスト自身の理由の文に書かれているリンクは、誤って開かれないよう無効化した形（hxxp、[.]）で表示しています。リンクは、このプログラム自身のカタログに基づく「掲載状況の確認」と「解除申請」のものだけをお使いください。</translation>
    </message>
    <message>
        <source>Made with %1 %2.</source>
        <translation>%1 %2 で作成しました。</translation>
    </message>
    <message>
        <source>Blocklist Doctor</source>
        <translation>Blocklist Doctor</translation>
    </message>
</context>
<context>
    <name>InputPane</name>
    <message>
        <source>Returned mail, IP address or domain</source>
        <translation>エラーメール、IPアドレス、またはドメイン</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>Button that opens a saved returned mail (.eml, .msg, .txt) from disk.</extracomment>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved mail</source>
        <translation>保存したメールを開く</translation>
    </message>
    <message>
        <source>Open a returned mail saved as a file (.eml, .msg or .txt).</source>
        <translation>ファイルとして保存したエラーメール（.eml、.msg、.txt）を開きます。</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>The main button: reads the input and checks the blocklists.</extracomment>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Read the input and check the blocklists (%1).</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+Return.</extracomment>
        <translation>入力内容を読み取り、ブラックリストを確認します（%1）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops a check that is running.</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>確認をキャンセル</translation>
    </message>
    <message>
        <source>Stop the check that is running (%1).</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Esc.</extracomment>
        <translation>実行中の確認を中止します（%1）。</translation>
    </message>
    <message>
        <source>Loaded files</source>
        <extracomment>Accessible name of the line listing the files that were dropped or opened.</extracomment>
        <translation>読み込んだファイル</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 a sentence saying why it cannot be read.</extracomment>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <extracomment>%1 is the list of file names, e.g. &quot;bounce.eml, ndr.msg&quot;.</extracomment>
        <translation>読み込み済み: %1</translation>
    </message>
    <message>
        <source>Paste the returned mail here, drop it on this window, or type an IP address or domain</source>
        <translation>ここにエラーメールを貼り付けるか、このウィンドウにドロップするか、IPアドレスまたはドメインを入力してください</translation>
    </message>
    <message>
        <source>“%1” is loaded. Press Check to read it, or type here to check something else instead.</source>
        <extracomment>Shown greyed in the empty text area after a file was dropped or opened. &quot;Check&quot; is the button&apos;s label.</extracomment>
        <translation>「%1」を読み込みました。［チェック］を押すと内容を読み取ります。ほかのものを確認する場合は、ここに入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n files are loaded. Press Check to read them, or type here to check something else instead.</source>
        <extracomment>Shown greyed in the empty text area after several files were dropped or opened.</extracomment>
        <translation>
            <numerusform>%n 件のファイルを読み込みました。［チェック］を押すと内容を読み取ります。ほかのものを確認する場合は、ここに入力してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a returned mail</source>
        <translation>エラーメールを開く</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.msg *.txt);;All files (*)</source>
        <translation>メールのファイル (*.eml *.msg *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Blocklist Doctor</source>
        <translation>Blocklist Doctor</translation>
    </message>
    <message>
        <source>Show all lists, also those that do not list you</source>
        <translation>掲載されていないものも含めて、すべてのブラックリストを表示</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Copy a report for your mail administrator</source>
        <translation>メールサーバーの管理者に渡すレポートをコピーします</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>ブラックリストの確認結果</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>確認の進行状況</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Blocklist Doctor</source>
        <translation>Blocklist Doctor について(&amp;A)</translation>
    </message>
    <message>
        <source>Paste the returned mail, drop it on this window, or type an IP address or domain.</source>
        <translation>エラーメールを貼り付けるか、このウィンドウにドロップするか、IPアドレスまたはドメインを入力してください。</translation>
    </message>
    <message>
        <source>This is neither a returned mail nor an address.</source>
        <translation>エラーメールでもアドレスでもありません。</translation>
    </message>
    <message>
        <source>Paste the whole returned mail (or drop its file here), or type the IP address or domain of your mail server, for example 203.0.113.5 or example.co.jp.</source>
        <translation>エラーメールの全体を貼り付ける（またはそのファイルをここにドロップする）か、お使いのメールサーバーのIPアドレスまたはドメイン（例: 203.0.113.5、example.co.jp）を入力してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The returned mail names no address to check.</source>
        <translation>エラーメールに、確認できるアドレスが記載されていません。</translation>
    </message>
    <message>
        <source>Type the IP address of your mail server to check it.</source>
        <translation>お使いのメールサーバーのIPアドレスを入力して確認してください。</translation>
    </message>
    <message>
        <source>Change the DNS server in Settings.</source>
        <translation>設定でDNSサーバーを変更してください。</translation>
    </message>
    <message>
        <source>The report was copied. Paste it into a mail to your administrator.</source>
        <translation>レポートをコピーしました。管理者宛てのメールに貼り付けてください。</translation>
    </message>
    <message>
        <source>blocklist-report-%1.txt</source>
        <translation>blocklist-report-%1.txt</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>レポートを保存できませんでした。</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open. (%1)</source>
        <translation>別のフォルダーを選ぶか、ほかのプログラムでそのファイルを開いている場合は閉じてから、もう一度保存してください。（%1）</translation>
    </message>
</context>
<context>
    <name>OutlookMsg</name>
    <message>
        <source>The file is not an Outlook message (.msg).</source>
        <extracomment>The user opened a file as a bounce mail; it is not in the Outlook .msg format.</extracomment>
        <translation>このファイルはOutlookのメッセージ（.msg）ではありません。</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Outlook message (.msg).</source>
        <extracomment>The user opened a file as a bounce mail; it is broken or not a .msg file at all.</extracomment>
        <translation>このファイルは壊れているか、Outlookのメッセージ（.msg）ではありません。</translation>
    </message>
    <message>
        <source>The file is not an Outlook message (.msg). It may be another kind of Office document.</source>
        <extracomment>The file is a Microsoft Office or Windows container (e.g. .doc, .xls), not a mail.</extracomment>
        <translation>このファイルはOutlookのメッセージ（.msg）ではありません。ほかの種類のOffice文書（Word、Excelなど）の可能性があります。</translation>
    </message>
    <message>
        <source>The Outlook message (.msg) is damaged and cannot be read completely.</source>
        <extracomment>An Outlook .msg file whose contents are partly broken (e.g. cut off).</extracomment>
        <translation>このOutlookのメッセージ（.msg）は壊れているため、一部を読み取れません。</translation>
    </message>
</context>
<context>
    <name>ProviderCards</name>
    <message>
        <source>Mail filters that refused your mail</source>
        <extracomment>Heading above one card per provider filter (Gmail, Trend Micro, …) that refused the mail.</extracomment>
        <translation>メールを拒否したメールフィルター</translation>
    </message>
    <message>
        <source>%1 refused the mail because of your mail server&apos;s reputation. Ask whoever runs your mail server to contact %1.</source>
        <extracomment>A filter the returned mail names but the catalog does not know; %1 is its name.</extracomment>
        <translation>%1 は、お使いのメールサーバーの評価（レピュテーション）が低いため、メールを拒否しました。メールサーバーの管理者から %1 に問い合わせてもらってください。</translation>
    </message>
    <message>
        <source>Open lookup page</source>
        <translation>掲載状況の確認ページを開く</translation>
    </message>
    <message>
        <source>Open the lookup page of %1</source>
        <extracomment>Spoken name of a button; %1 is a provider such as &quot;Gmail&quot;.</extracomment>
        <translation>%1 の掲載状況の確認ページを開く</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>解除申請</translation>
    </message>
    <message>
        <source>Request removal from %1</source>
        <extracomment>Spoken name of a button; %1 is a provider such as &quot;Trend Micro&quot;.</extracomment>
        <translation>%1 に解除申請</translation>
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
<context>
    <name>ResultsModel</name>
    <message>
        <source>The list refused to answer your DNS server.</source>
        <translation>このブラックリストは、お使いのDNSサーバーへの応答を拒否しました。</translation>
    </message>
    <message>
        <source>Failed its self-test: it does not list its own test address.</source>
        <extracomment>Meaning column, one line: the blocklist failed the RFC 5782 self-test.</extracomment>
        <translation>自己テストに失敗: 自身のテスト用アドレスが掲載されていません。</translation>
    </message>
    <message>
        <source>Failed its self-test: it lists an address that must never be listed.</source>
        <extracomment>Meaning column, one line: the blocklist failed the RFC 5782 self-test.</extracomment>
        <translation>自己テストに失敗: 掲載されるはずのないアドレスが掲載されています。</translation>
    </message>
    <message>
        <source>Failed its self-test: its test answer is not a blocklist answer.</source>
        <extracomment>Meaning column, one line: the blocklist failed the RFC 5782 self-test.</extracomment>
        <translation>自己テストに失敗: テスト照会の応答がブラックリストの応答ではありません。</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <extracomment>%1 is a number of seconds, such as 4.</extracomment>
        <translation>%1 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Your DNS server reported a failure (SERVFAIL).</source>
        <translation>お使いのDNSサーバーがエラー（SERVFAIL）を返しました。</translation>
    </message>
    <message>
        <source>Your DNS server refused the question (REFUSED).</source>
        <translation>お使いのDNSサーバーが照会を拒否しました（REFUSED）。</translation>
    </message>
    <message>
        <source>Your DNS server did not answer.</source>
        <translation>お使いのDNSサーバーから応答がありませんでした。</translation>
    </message>
    <message>
        <source>The check was stopped before this list answered.</source>
        <translation>このブラックリストが応答する前に確認を中止しました。</translation>
    </message>
    <message>
        <source>No DNS server could be used.</source>
        <translation>使用できるDNSサーバーがありませんでした。</translation>
    </message>
    <message>
        <source>The answer %1 is not a blocklist answer: something is changing DNS answers.</source>
        <extracomment>%1 is the DNS answer, such as 198.51.100.7.</extracomment>
        <translation>応答 %1 はブラックリストの応答ではありません。何かがDNSの応答を書き換えています。</translation>
    </message>
    <message>
        <source>This list does not check this kind of address.</source>
        <translation>このブラックリストは、この種類のアドレスを対象としていません。</translation>
    </message>
    <message>
        <source>This list needs an access key.</source>
        <translation>このブラックリストにはアクセスキーが必要です。</translation>
    </message>
    <message>
        <source>Listed (policy only)</source>
        <extracomment>Status of a policy listing (e.g. Spamhaus PBL: an address range for home users). It counts as listed, but it is not a spam listing.</extracomment>
        <translation>掲載あり（ポリシー上の登録）</translation>
    </message>
    <message>
        <source>Note only</source>
        <extracomment>Status of an informational listing (a mild warning or a test entry), not a listing that blocks mail.</extracomment>
        <translation>参考情報のみ</translation>
    </message>
    <message>
        <source>Allowlisted</source>
        <extracomment>Status: the address is on an allowlist (a list of trusted senders).</extracomment>
        <translation>許可リストに掲載</translation>
    </message>
    <message>
        <source>%1 answered that this address or domain is not on the list.</source>
        <extracomment>Tooltip of a &quot;Not listed&quot; row; %1 is the blocklist&apos;s name.</extracomment>
        <translation>%1 から、このアドレスまたはドメインは掲載されていないという応答がありました。</translation>
    </message>
    <message>
        <source>This is a policy listing, not a spam listing: the list marks address ranges that are not meant to send mail directly, such as home connections. Ask your internet or mail provider whether you should send through their mail server.</source>
        <translation>これは迷惑メールによる登録ではなく、ポリシー上の登録です。このブラックリストは、家庭向けの回線など、直接メールを送信することを想定していないアドレス範囲を登録しています。プロバイダーのメールサーバー経由で送信すべきかどうか、ご利用のインターネットプロバイダーまたはメールプロバイダーにお問い合わせください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>target: list</comment>
        <extracomment>List column when several addresses were checked: %1 is the address or domain, %2 the blocklist&apos;s name.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>list: status</comment>
        <extracomment>What a screen reader says for a row: %1 is the blocklist, %2 its status.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <extracomment>What a screen reader says for a row: %1 is the blocklist, %2 its status, %3 what the status means.</extracomment>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>The list says: “%1”</source>
        <extracomment>Tooltip: %1 is the blocklist&apos;s own reason text, usually in English.</extracomment>
        <translation>ブラックリストの記載: 「%1」</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <extracomment>Tooltip of the Request removal / Look up button; %1 is a web address.</extracomment>
        <translation>Webブラウザーで %1 を開きます。</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: listed, not listed, could not check…</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <extracomment>Column header: the blocklist&apos;s name.</extracomment>
        <translation>ブラックリスト</translation>
    </message>
    <message>
        <source>Meaning</source>
        <extracomment>Column header: what the listing means.</extracomment>
        <translation>意味</translation>
    </message>
    <message>
        <source>The list&apos;s reason</source>
        <extracomment>Column header: the reason text the blocklist itself gives.</extracomment>
        <translation>ブラックリストが示す理由</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: the Request removal / Look up buttons.</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>The text the blocklist itself gives for the listing, usually in English.</source>
        <translation>ブラックリスト自身が示している掲載理由です（通常は英語）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <extracomment>Label in front of the choice between the computer&apos;s DNS server and a given one.</extracomment>
        <translation>DNSサーバー(&amp;D):</translation>
    </message>
    <message>
        <source>Use the computer&apos;s DNS server</source>
        <translation>コンピューターのDNSサーバーを使用</translation>
    </message>
    <message>
        <source>Use this DNS server:</source>
        <extracomment>Followed by a field for the server&apos;s address.</extracomment>
        <translation>次のDNSサーバーを使用:</translation>
    </message>
    <message>
        <source>Which DNS server to use</source>
        <translation>使用するDNSサーバー</translation>
    </message>
    <message>
        <source>DNS server address</source>
        <translation>DNSサーバーのアドレス</translation>
    </message>
    <message>
        <source>for example 192.0.2.53</source>
        <extracomment>Placeholder in the empty DNS server address field.</extracomment>
        <translation>例: 192.0.2.53</translation>
    </message>
    <message>
        <source>The IPv4 address of your company&apos;s or your provider&apos;s DNS server.</source>
        <translation>社内またはプロバイダーのDNSサーバーのIPv4アドレスです。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>The blocklists are asked through a DNS server. Some blocklists refuse questions that come through public DNS services such as 8.8.8.8; your company&apos;s or your provider&apos;s DNS server usually works.</source>
        <translation>ブラックリストへの照会は、DNSサーバーを通じて行います。ブラックリストによっては、8.8.8.8 などのパブリックDNSサービス経由の照会を拒否するものがあります。通常は、社内またはプロバイダーのDNSサーバーであれば問題なく使えます。</translation>
    </message>
    <message>
        <source>&amp;Wait for each answer up to:</source>
        <extracomment>Label in front of a number of seconds.</extracomment>
        <translation>各応答の待ち時間の上限(&amp;W):</translation>
    </message>
    <message>
        <source> seconds</source>
        <extracomment>Unit after the number in the waiting time box; keep the leading space if your language puts one between a number and its unit.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Waiting time for each answer, in seconds</source>
        <translation>各応答の待ち時間（秒）</translation>
    </message>
    <message>
        <source>How long to wait for one blocklist to answer before its result is reported as an error. 4 seconds is usually enough.</source>
        <translation>1つのブラックリストの応答を、エラーとして扱うまでに待つ時間です。通常は4秒で十分です。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <extracomment>In the language menu, next to &quot;日本語&quot; and &quot;English&quot;.</extracomment>
        <translation>コンピューターの設定に合わせる</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>A new language is used as soon as you click OK.</source>
        <translation>［OK］をクリックすると、すぐに新しい表示言語に切り替わります。</translation>
    </message>
    <message>
        <source>&amp;Blocklists to check:</source>
        <translation>確認するブラックリスト(&amp;B):</translation>
    </message>
    <message>
        <source>Blocklists to check</source>
        <translation>確認するブラックリスト</translation>
    </message>
    <message>
        <source>Use</source>
        <extracomment>Column with a tick box: whether the list is checked.</extracomment>
        <translation>使用</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Column: the blocklist&apos;s name.</extracomment>
        <translation>ブラックリスト</translation>
    </message>
    <message>
        <source>Run by</source>
        <extracomment>Column: the organisation that runs the blocklist.</extracomment>
        <translation>運営者</translation>
    </message>
    <message>
        <source>Access key</source>
        <extracomment>Column: the access key some blocklists need.</extracomment>
        <translation>アクセスキー</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Column: notes about the blocklist.</extracomment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Untick a list to stop checking it. Some lists work only with your own access key from their operator: type it in the &quot;Access key&quot; column (double-click the cell or press F2) to use them.</source>
        <extracomment>&quot;Access key&quot; is the column title: use the same words.</extracomment>
        <translation>チェックを外したブラックリストは確認しません。ブラックリストによっては、運営者から発行された専用のアクセスキーがないと使えないものがあります。その場合は、「アクセスキー」列にキーを入力してください（セルをダブルクリックするか、F2キーを押します）。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <extracomment>Accessible name of the tick box of one list; %1 is the list&apos;s name.</extracomment>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>%1 works only with your own access key. Type the key in the &quot;Access key&quot; column to turn it on.</source>
        <extracomment>%1 is the list&apos;s name; &quot;Access key&quot; is the column title: use the same words.</extracomment>
        <translation>%1 は専用のアクセスキーがないと使えません。使用するには、「アクセスキー」列にキーを入力してください。</translation>
    </message>
    <message>
        <source>Type your key</source>
        <extracomment>Shown in the empty access key cell of a list that needs a key.</extracomment>
        <translation>キーを入力</translation>
    </message>
    <message>
        <source>Access key for %1</source>
        <extracomment>%1 is the list&apos;s name.</extracomment>
        <translation>%1 のアクセスキー</translation>
    </message>
    <message>
        <source>Key entered</source>
        <translation>キー入力済み</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>キー未入力</translation>
    </message>
    <message>
        <source>Type your access key for %1 here. It is kept in this program&apos;s settings on this computer.</source>
        <extracomment>%1 is the list&apos;s name.</extracomment>
        <translation>%1 のアクセスキーをここに入力してください。キーは、このコンピューター上のこのプログラムの設定に保存されます。</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation>キー不要</translation>
    </message>
    <message>
        <source>Type the address of the DNS server, such as 192.0.2.53, or choose to use the computer&apos;s DNS server.</source>
        <translation>DNSサーバーのアドレス（例: 192.0.2.53）を入力するか、コンピューターのDNSサーバーを使用するよう選択してください。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>OK</source>
        <extracomment>Spoken name of the green tick icon of the verdict banner.</extracomment>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Spoken name of the amber triangle icon of the verdict banner.</extracomment>
        <translation>注意</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Spoken name of the red cross icon of the verdict banner (e.g. listed on a blocklist).</extracomment>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Spoken name of the blue &quot;i&quot; icon of the verdict banner.</extracomment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The verdict banner while a check starts, before the number of lists is known.</extracomment>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Checking %1 of %2 blocklists…</source>
        <extracomment>The verdict banner during a check: %1 lists have answered so far, of %2.</extracomment>
        <translation>ブラックリストを確認中…（%2 件中 %1 件完了）</translation>
    </message>
    <message>
        <source>The check was stopped before every blocklist answered.</source>
        <extracomment>Said when the user pressed Stop: results so far are shown, the rest is unknown.</extracomment>
        <translation>すべてのブラックリストが応答する前に確認を中止しました。</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <extracomment>The verdict banner when a check ended without any address to check.</extracomment>
        <translation>何も確認しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 addresses are listed on blocklists.</source>
        <extracomment>Several addresses or domains were checked; %n of them are listed, %1 is the total.</extracomment>
        <translation>
            <numerusform>%1 件のアドレスのうち %n 件がブラックリストに掲載されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No address is listed for spam, but %n of %1 addresses need a closer look.</source>
        <extracomment>Several addresses or domains were checked; none is listed for spam, but %n of them could not be fully checked or have a policy listing. %1 is the total.</extracomment>
        <translation>
            <numerusform>迷惑メールによる掲載はありませんが、%1 件のアドレスのうち %n 件は詳しい確認が必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n addresses is listed on any blocklist.</source>
        <extracomment>Several addresses or domains were checked and every blocklist answered &quot;not listed&quot;.</extracomment>
        <translation>
            <numerusform>%n 件のアドレスは、いずれもブラックリストに掲載されていません。</numerusform>
        </translation>
    </message>
</context>
</TS>

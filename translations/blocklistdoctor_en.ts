<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Blocklist Doctor</source>
        <extracomment>The program&apos;s name. Keep it as it is unless your language has an established name for it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <extracomment>Window title; %1 is the program&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number, such as 0.1.0.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist Doctor explains why your mail bounced, checks whether your mail server is on a public DNS blocklist, and shows where to ask for removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <extracomment>The SPDX name of the licence; keep &quot;GPL-3.0-or-later&quot; as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program uses Qt %1, licensed under the GNU LGPL version 3.</source>
        <extracomment>%1 is the Qt version, such as 6.4.2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons given for bounced mail use the words of Sisimai&apos;s reason vocabulary; no Sisimai code is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this program knows about each blocklist (its answers and removal pages) comes from that blocklist&apos;s own public documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this program</source>
        <extracomment>Accessible name of the text block with version, licence and notices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows Qt&apos;s version and licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Request removal</source>
        <extracomment>Button on a listed row: opens the blocklist&apos;s removal page in the web browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <extracomment>Button: opens the blocklist&apos;s own web page about the checked address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceCommand</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads returned mails (bounces): who refused the mail, why, and which blocklist was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check the IP addresses and domains the bounce names against the blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce files (.eml, .msg, .txt), or - to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one bounce file, or - to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceExplanation</name>
    <message>
        <source>Delivery failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam complaint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a returned mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address the refusal names as the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain the refusal says is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server that wrote the returned mail (usually your own mail server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain of your own e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain&apos;s sender checks (SPF, DKIM or DMARC) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail server has a poor reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail server&apos;s address is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail&apos;s format or content was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail is larger than the recipient allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery was tried for too long and given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers could not set up encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s filter refused the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program on the recipient&apos;s server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to pass the mail on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail breaks the mail format rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause is not clear from the returned mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s rules refused the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sender address was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail server&apos;s address has no proper name (reverse DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was judged to be spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much mail was sent too quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is on the sender&apos;s own stop list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers did not understand each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server is out of space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause could not be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virus was found in the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a spam complaint report: someone marked one of your mails as spam. It is not a delivery failure. Repeated complaints can get your server blocked, so tell your mail administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an automatic reply, such as an out-of-office message. Your mail was delivered; nothing needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a delivery confirmation: your mail was delivered. Nothing needs to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a returned mail. Paste the whole returned mail, drop the file, or type the IP address or domain to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not use %1 properly: that list refuses the recipient&apos;s own DNS server (for example &quot;open resolver&quot;). This does not mean your server is listed; the problem is on the recipient&apos;s side. Ask the recipient to forward this to their mail administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail because your mail server is on %1. Check your server&apos;s address below, fix the cause with your mail administrator, then ask %1 for removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail because your mail server (%1) is on %2. Fix the cause with your mail administrator (for example an infected PC or a hacked mail account), then request removal from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server still uses %1, a blocklist that no longer works. Your server is probably not at fault; ask the recipient&apos;s mail administrator to stop using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail has not been delivered yet, and your mail server keeps trying. Nothing needs to be done unless a final failure notice arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check it for typing mistakes, or ask the recipient for the right address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox cannot take mail at the moment. Try again later or contact the recipient another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused mail from your mail server (%1): %2. Check it against the blocklists below and give this report to your mail administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail: %1. Check your mail server&apos;s address against the blocklists and give this report to your mail administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail was not delivered: %1. Give this report to your mail administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your mail because your mail server (%1) is on %2. Fix the cause with your mail administrator (for example an infected PC or a hacked mail account). %2 has no removal form: open its page below to see how the listing ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused your mail because of your mail server&apos;s reputation. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused mail from your mail server (%2) because of its reputation. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address could not be found. Check it for typing mistakes, or ask the recipient for the right address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is holding back mail from your mail server for now because of its reputation; your server keeps trying. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BouncePanel</name>
    <message>
        <source>This could not be read: %1</source>
        <extracomment>%1 says why a dropped or pasted returned mail could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by: %1, the mail server of %2</source>
        <extracomment>Who refused the mail: %1 is a server name (mx.example.com), %2 the recipients&apos; domain (example.com).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by: %1</source>
        <extracomment>Who refused the mail: %1 is a server name (mx.example.com).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by: the mail server of %1</source>
        <extracomment>Who refused the mail: %1 is the recipients&apos; domain (example.com).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by: the recipient&apos;s mail server (the returned mail does not name it)</source>
        <extracomment>Who refused the mail, when the returned mail names neither server nor domain.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients: not named in the returned mail</source>
        <extracomment>Shown instead of the recipients&apos; addresses when the returned mail omits them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients: %1</source>
        <extracomment>%1 is one or more e-mail addresses, separated by commas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>%1 is the reason in plain words, e.g. &quot;Your mail server&apos;s address is blocked&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist named: %1. The recipient&apos;s server could not use it properly, so this is a problem on the recipient&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist named: %1. This blocklist no longer works; a listing there means nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail filter named: %1</source>
        <extracomment>%1 is a provider&apos;s own filter that cannot be asked by DNS, e.g. &quot;Gmail&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist named: %1</source>
        <extracomment>%1 is a DNS blocklist, e.g. &quot;Spamhaus ZEN&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending IP address named: %1</source>
        <extracomment>%1 is one or more IP addresses the refusal gives as the sending server.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain named as listed: %1</source>
        <extracomment>%1 is one or more domains the refusal says are on a blocklist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the returned mail says</source>
        <extracomment>Heading of the panel that explains a returned (bounced) mail.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original error lines (as the recipient&apos;s server wrote them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original error lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error lines exactly as the recipient&apos;s server wrote them, for your mail administrator. Select them to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned mail: %1</source>
        <extracomment>Heading of one returned mail when several were read; %1 is its file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceReader</name>
    <message>
        <source>This is a folder, not a mail file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a returned mail (over %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too large to be a returned mail (over %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a mail or text file. Save the returned mail as .eml or .msg, or copy its text and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceText</name>
    <message>
        <source>  Could not read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Not delivered to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(address not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending IP named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Blocklist named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the recipient&apos;s own problem, not a listing of your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This blocklist no longer works; a listing there means nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Fix the cause, then request removal on the Spamhaus website; SBL listings can only be removed by your internet provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free only for small non-commercial use; businesses need a Spamhaus DQS account. Spamhaus refuses queries sent through public DNS services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a known source of spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by automatic spam detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as an infected or hijacked computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is in a network that is hijacked or controlled by criminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is in a range the provider marks for home or dynamic users; it is not a spam listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a server that controls infected computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list did not recognise the list name in the query. This is a setup error in the app, not a listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list refuses queries from your DNS server (for example a public DNS service like 8.8.8.8). Use your provider&apos;s DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list refuses queries because your DNS server sent too many. This is not a listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then request removal on the list&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain was found in spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is used for phishing (fake websites that steal passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is used to spread malware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain controls infected computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a real domain that spammers have misused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a real link-shortening or redirect service that spammers have misused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a real domain that criminals have misused for phishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a real domain that criminals have misused to spread malware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a real domain that criminals have misused to control infected computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address was checked against a list that only accepts domain names. This is not a listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a Spamhaus DQS key. If you have a key, use this instead of the free Spamhaus list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list did not accept your access key. Check the key in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself about 24 hours after the last spam report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed because people reported spam from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then fill in the removal form; Barracuda checks each request by hand, usually within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barracuda only answers DNS servers that are registered with it, so this check may fail with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has a poor sending reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free below about 100,000 queries a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a source of spam (very recent spam activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can remove the address on the PSBL website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for sending mail to spam trap addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself about 7 days after the last spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator also sells express removal; you do not have to pay, because the listing ends by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your provider can fix this; the listing ends by itself when the spam from its network stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list blocks whole networks at once and is controversial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider&apos;s network is listed because of spam from other addresses near yours; this is not a listing of your own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider&apos;s whole network is listed because of spam from many of its addresses; this is not a listing of your own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then check the domain and request removal on the SURBL lookup page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for low volume only; public DNS services are often refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain was found in spam or other abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain belongs to a hacked website that criminals misuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list refused the query, usually because your DNS server is a public service or sent too many queries. This is not a listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then log in to the URIBL website with an account and request removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain sends bulk mail that some people did not ask for; this is a mild warning, not a spam listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain was recently seen in spam and is being watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal on the Abusix lookup website (you may need an account); reverse DNS listings are removed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an Abusix account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has a reverse DNS name typical of home or dynamic connections; it is not a spam listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has no reverse DNS name; it is not a spam listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity offers a tool on its SenderScore website for a temporary self-removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs registration with Validity; without it every answer is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list only answers registered users, so this answer is not a listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider to fix the reverse DNS name of the address, then request removal on the SpamRATS website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address looks like a home or dynamic connection and made too many mail connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has no reverse DNS name and made too many mail connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a source of spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for trying to guess passwords on other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the removal page from the listed server itself; the address is then removed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a source of spam or other abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed. The list&apos;s website explains the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings do not end by themselves; email delist@nordspam.com in English and explain what you fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free, also for business use, up to 10,000 queries a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself after 7 days without new spam; listings made for policy reasons do not end by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself 15 days after the last misdirected bounce; you cannot request removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for sending bounces or auto-replies to people who did not send the original mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself some days after the spam stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your provider can get this network listing removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself 30 days after the domain was last seen in spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is mainly about infected computers and open proxies, not only email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test entry used by the list operator; it is not a real listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as an infected computer used for attacks on other networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as an open proxy that strangers can misuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as an open DNS server that can be misused for attacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a hacked router or other network device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a VPN service that is misused for abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself about 48 hours after the last attack; you can also request removal on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list collects attacks on servers (such as password guessing), not only spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for attacking other servers (for example, guessing passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself about 4 weeks after the last misdirected bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator advises receivers to use this list only for bounce messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings do not end by themselves; fix the cause, then create an account on the 0spam website and request removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removal was requested, but the request was incomplete. Send a new, complete request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for sending newsletters that break anti-spam rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed because the mail server is set up incorrectly or does not follow mail standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed again after earlier removals (repeat offender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for sending bounces to the wrong server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as an open relay that strangers can misuse to send spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed for sending fraud, scam or malware mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing ends by itself after about 5 days (longer for repeat listings); a removal request may not make it faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORBS was shut down on 2024-06-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NiX Spam was shut down in January 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHBL was shut down and then answered &apos;listed&apos; for every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NJABL was shut down in 2013 and later listed every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSBL has been dead since 2008 and later listed every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpamCannibal&apos;s domain expired; it answers &apos;listed&apos; for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAILBASURA&apos;s domain expired; it answers &apos;listed&apos; for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zone answers &apos;listed&apos; for every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list was shut down in 2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list gave false listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is fraudulent: its domain was taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a fake blocklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LashBack&apos;s list is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WPBL has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list was shut down in 2017.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list was renamed; the old name must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is long dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These old MAPS lists are long dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBL is now part of Spamhaus ZEN; query ZEN instead so the same data is not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Trend Micro ERS lookup, enter the IP address, and if it is listed click &quot;Request to be removed&quot; and fill in the form in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Outlook.com sender support form, enter the IP address from the bounce and your contact details, and send it; Microsoft answers by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Microsoft 365 delist portal, enter your e-mail address and the IP address, click the link in the confirmation e-mail, then press the button to delist the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail has no removal form, so ask whoever runs your mail server to work through Google&apos;s sender troubleshooter; Gmail accepts the mail again once the sender&apos;s reputation improves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a code starting with [BL], check the IP address on Spamhaus and have it removed there; for a code starting with [TSS], send Yahoo the contact form on its Sender Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Apple&apos;s iCloud Mail page for senders and ask whoever runs your mail server to follow its advice for rejected mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Proofpoint IP check page; if the IP address is blocked, fill in the removal request form on that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mimecast has no public removal form, so contact the person you were writing to by phone or another address and ask their IT staff to allow your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Cloudmark CSI site, look up the IP address and send a reset request; it is usually handled within about a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Talos reputation lookup; if the IP address is rated &quot;Poor&quot;, ask whoever runs your mail server to open a ticket on the Talos support page (a Cisco account is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Broadcom&apos;s IP Reputation Investigation form, enter the IP address and your contact details, and send it; Broadcom does not reply, so try sending your mail again after about a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sophos IP lookup, check the IP address, and if it is listed use the delisting request on that page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogError</name>
    <message>
        <source>lowercase letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lowercase DNS zone name such as bl.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipv4&quot;, &quot;ipv6&quot; or &quot;domain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;major&quot; or &quot;minor&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address such as 127.0.0.2 or a range 127.0.0.2-127.0.0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside 127.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one of &quot;answer&quot; or &quot;bitmask&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from 1 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;spam&quot;, &quot;policy&quot;, &quot;informational&quot; or &quot;allowlisted&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address inside 127.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an https:// URL, optionally with {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self_service, expires, through_isp, account, by_email or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test point of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name on one line that starts and ends with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sentence on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid, non-empty regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular expression that does not match empty or one-character text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks IP addresses, domains or e-mail addresses against public DNS blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (an IPv4 address) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or override blocklists from this catalog file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only these lists (ids, separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses, domains or e-mail addresses to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one IP address, domain or e-mail address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 0.1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list id: %1. `blocklist-doctor catalog` shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the blocklists this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`catalog` takes no other arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPlan</name>
    <message>
        <source>pasted text</source>
        <extracomment>The name shown for text the user pasted (instead of a file name).</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DroppedContent</name>
    <message>
        <source>The file is too large to be a returned mail (over %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a mail file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped mail</source>
        <extracomment>Name shown for an item dragged in without a file name (e.g. from Outlook).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files were dropped at once; only the first %1 are read. Drop this one separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first of several items dragged at once can be read. Drag this one on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program it was dragged from did not hand over its contents. Save it as a file first (in Outlook: File &gt; Save As), then open that file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened. It may be open in another program, or you may not be allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another list already has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another list already uses this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list must never be queried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Give the DNS server as four numbers separated by dots, such as 192.0.2.53, or &quot;system&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Qt (%1) cannot send queries to an IPv6 DNS server; it would quietly ask the system&apos;s DNS server instead. Give an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS server port cannot be chosen: queries always go to port 53. Give the address alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a DNS server. Give the IPv4 address of a DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s first DNS server is an IPv6 address, and this version of Qt (%1) would quietly ask it instead of %2. Use the system&apos;s DNS server, or change the system&apos;s DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This test run may only query DNS servers on 127.0.0.0/8, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file %1 could not be read: %2. Check the file name and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file %1 is not valid JSON: %2 (at byte %3). Fix the file and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file %1 has no &quot;lists&quot; array. See &quot;Adding a blocklist&quot; in the README for the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file %1 was not used; nothing else was changed.
List &quot;%2&quot;, field &quot;%3&quot;: %4
Correct that field and try again.</source>
        <extracomment>%4 is what is wrong with the field; it may or may not end with a full stop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverReport</name>
    <message>
        <source>this computer&apos;s own DNS setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the returned mail does not name the address)</source>
        <extracomment>Shown when a returned mail does not say which address failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed (still being tried): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP reply code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced status code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message, as the server wrote it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation system named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording in the returned mail: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the recipient&apos;s own problem, not a listing of your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This blocklist no longer works; a listing there means nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is not in the program&apos;s catalog, so no link is offered for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned mail %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <extracomment>The mail server that wrote the returned mail (usually the sender&apos;s own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address named in the refusal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain named in the refusal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <extracomment>The DNS answer(s) of a blocklist, e.g. &quot;127.0.0.2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given by the list: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How removal works: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checked as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from: typed in by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3: %4</source>
        <extracomment>%1 list name, %2 DNS zone, %3 status (&quot;Could not check&quot;, &quot;Refused&quot;, …), %4 why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not listed on %n blocklist(s).</source>
        <translation>
            <numerusform>Not listed on %n blocklist.</numerusform>
            <numerusform>Not listed on %n blocklists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocklist(s) were not asked: they do not check this kind of address, or need an access key.</source>
        <translation>
            <numerusform>%n blocklist was not asked: it does not check this kind of address, or needs an access key.</numerusform>
            <numerusform>%n blocklists were not asked: they do not check this kind of address, or need an access key.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocklist check: report for the mail administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per query: %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before every blocklist had answered, so these results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was checked against the blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links written in the returned mail or in a list&apos;s own reason text are shown disarmed (hxxp, [.]) so that nobody opens them by mistake. Use only the &quot;Look up&quot; and &quot;Request removal&quot; links, which come from the program&apos;s own catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist Doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPane</name>
    <message>
        <source>Returned mail, IP address or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>Button that opens a saved returned mail (.eml, .msg, .txt) from disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a returned mail saved as a file (.eml, .msg or .txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>The main button: reads the input and checks the blocklists.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the input and check the blocklists (%1).</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+Return.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops a check that is running.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check that is running (%1).</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Esc.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded files</source>
        <extracomment>Accessible name of the line listing the files that were dropped or opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <extracomment>%1 is a file name, %2 a sentence saying why it cannot be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <extracomment>%1 is the list of file names, e.g. &quot;bounce.eml, ndr.msg&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the returned mail here, drop it on this window, or type an IP address or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is loaded. Press Check to read it, or type here to check something else instead.</source>
        <extracomment>Shown greyed in the empty text area after a file was dropped or opened. &quot;Check&quot; is the button&apos;s label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files are loaded. Press Check to read them, or type here to check something else instead.</source>
        <extracomment>Shown greyed in the empty text area after several files were dropped or opened.</extracomment>
        <translation>
            <numerusform>%n file is loaded. Press Check to read it, or type here to check something else instead.</numerusform>
            <numerusform>%n files are loaded. Press Check to read them, or type here to check something else instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a returned mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail files (*.eml *.msg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all lists, also those that do not list you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a report for your mail administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Blocklist Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the returned mail, drop it on this window, or type an IP address or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a returned mail nor an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole returned mail (or drop its file here), or type the IP address or domain of your mail server, for example 203.0.113.5 or example.co.jp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returned mail names no address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the IP address of your mail server to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the DNS server in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was copied. Paste it into a mail to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocklist-report-%1.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlookMsg</name>
    <message>
        <source>The file is not an Outlook message (.msg).</source>
        <extracomment>The user opened a file as a bounce mail; it is not in the Outlook .msg format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not an Outlook message (.msg).</source>
        <extracomment>The user opened a file as a bounce mail; it is broken or not a .msg file at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Outlook message (.msg). It may be another kind of Office document.</source>
        <extracomment>The file is a Microsoft Office or Windows container (e.g. .doc, .xls), not a mail.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Outlook message (.msg) is damaged and cannot be read completely.</source>
        <extracomment>An Outlook .msg file whose contents are partly broken (e.g. cut off).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCards</name>
    <message>
        <source>Mail filters that refused your mail</source>
        <extracomment>Heading above one card per provider filter (Gmail, Trend Micro, …) that refused the mail.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the mail because of your mail server&apos;s reputation. Ask whoever runs your mail server to contact %1.</source>
        <extracomment>A filter the returned mail names but the catalog does not know; %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lookup page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lookup page of %1</source>
        <extracomment>Spoken name of a button; %1 is a provider such as &quot;Gmail&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal from %1</source>
        <extracomment>Spoken name of a button; %1 is a provider such as &quot;Trend Micro&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>== %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (needs a key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>The blocklist refused to answer our DNS server.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <extracomment>The blocklist failed its self-test and is not trusted now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <extracomment>The query failed (timeout, DNS error).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>The blocklist does not check this kind of address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed (code %1; the list does not document its meaning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list refused to answer the DNS server you use: %1 Use your internet provider&apos;s DNS server or your company&apos;s own, not a public DNS service such as 8.8.8.8, and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list failed its self-test: it does not list its own test address, so it may have stopped working. Its answers are ignored for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list failed its self-test: it lists a test address that must never be listed, so it would call every address listed. Its answers are ignored for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list&apos;s test query returned %1, which is not a blocklist answer. Your DNS server or network may be changing answers. Its answers are ignored for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds. The list or your DNS server may be slow or down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL) for this list. Some lists only answer DNS servers registered with them. Try again later or use another DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS server refused the question (REFUSED). Check the DNS server setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server did not answer. Check your network connection and the DNS server setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS server could be used. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer %1 is not a blocklist answer: your DNS server or network is changing answers, so this list could not be checked. Use another DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list does not check this kind of address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list needs an access key. Enter your key in the settings to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blocklists, but only as a policy listing (for example, an address range meant for home users). This is not a spam listing; ask your mail provider whether you should send through their server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed on any of %2 blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed on the blocklists that answered, but %2 of %3 blocklists could not be checked. See why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected blocklists checks this kind of address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check. Enter an IP address (such as 192.0.2.1), a domain (such as example.com) or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long to be an address. Enter one IP address, domain or e-mail address, or paste the whole returned mail into the bounce reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces. Enter one IP address, domain or e-mail address without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it must be four numbers from 0 to 255 separated by dots, such as 192.0.2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address, such as 2001:db8::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name. A domain looks like example.com: letters, digits and hyphens, separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address. An e-mail address looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private address, used only inside a company or home network. Blocklists only see your public address: ask your administrator or mail provider for the public IP address of your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this computer&apos;s own address (loopback). Blocklists only see your public address: ask your administrator for the public IP address of your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link-local address that only works on the local network. Blocklists only see your public address: ask your administrator for the public IP address of your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an example address reserved for documentation; no real mail server uses it. Look in the returned mail for the real address of your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4 address written in IPv6 form. Check the IPv4 address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a special or reserved address that no mail server on the Internet uses, so it cannot be on a public blocklist. Check the address of your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 blocklists could be checked for %2, so nothing is known yet. See why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before this list answered. Check again to get its answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>The list refused to answer your DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed its self-test: it does not list its own test address.</source>
        <extracomment>Meaning column, one line: the blocklist failed the RFC 5782 self-test.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed its self-test: it lists an address that must never be listed.</source>
        <extracomment>Meaning column, one line: the blocklist failed the RFC 5782 self-test.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed its self-test: its test answer is not a blocklist answer.</source>
        <extracomment>Meaning column, one line: the blocklist failed the RFC 5782 self-test.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <extracomment>%1 is a number of seconds, such as 4.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS server reported a failure (SERVFAIL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS server refused the question (REFUSED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before this list answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS server could be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer %1 is not a blocklist answer: something is changing DNS answers.</source>
        <extracomment>%1 is the DNS answer, such as 198.51.100.7.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list does not check this kind of address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list needs an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed (policy only)</source>
        <extracomment>Status of a policy listing (e.g. Spamhaus PBL: an address range for home users). It counts as listed, but it is not a spam listing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note only</source>
        <extracomment>Status of an informational listing (a mild warning or a test entry), not a listing that blocks mail.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowlisted</source>
        <extracomment>Status: the address is on an allowlist (a list of trusted senders).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered that this address or domain is not on the list.</source>
        <extracomment>Tooltip of a &quot;Not listed&quot; row; %1 is the blocklist&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a policy listing, not a spam listing: the list marks address ranges that are not meant to send mail directly, such as home connections. Ask your internet or mail provider whether you should send through their mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>target: list</comment>
        <extracomment>List column when several addresses were checked: %1 is the address or domain, %2 the blocklist&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>list: status</comment>
        <extracomment>What a screen reader says for a row: %1 is the blocklist, %2 its status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <extracomment>What a screen reader says for a row: %1 is the blocklist, %2 its status, %3 what the status means.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list says: “%1”</source>
        <extracomment>Tooltip: %1 is the blocklist&apos;s own reason text, usually in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <extracomment>Tooltip of the Request removal / Look up button; %1 is a web address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: listed, not listed, could not check…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist</source>
        <extracomment>Column header: the blocklist&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <extracomment>Column header: what the listing means.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s reason</source>
        <extracomment>Column header: the reason text the blocklist itself gives.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: the Request removal / Look up buttons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text the blocklist itself gives for the listing, usually in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <extracomment>Label in front of the choice between the computer&apos;s DNS server and a given one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the computer&apos;s DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this DNS server:</source>
        <extracomment>Followed by a field for the server&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which DNS server to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 192.0.2.53</source>
        <extracomment>Placeholder in the empty DNS server address field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address of your company&apos;s or your provider&apos;s DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blocklists are asked through a DNS server. Some blocklists refuse questions that come through public DNS services such as 8.8.8.8; your company&apos;s or your provider&apos;s DNS server usually works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for each answer up to:</source>
        <extracomment>Label in front of a number of seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <extracomment>Unit after the number in the waiting time box; keep the leading space if your language puts one between a number and its unit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time for each answer, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for one blocklist to answer before its result is reported as an error. 4 seconds is usually enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <extracomment>In the language menu, next to &quot;日本語&quot; and &quot;English&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used as soon as you click OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocklists to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklists to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <extracomment>Column with a tick box: whether the list is checked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>Column: the blocklist&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <extracomment>Column: the organisation that runs the blocklist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <extracomment>Column: the access key some blocklists need.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Column: notes about the blocklist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a list to stop checking it. Some lists work only with your own access key from their operator: type it in the &quot;Access key&quot; column (double-click the cell or press F2) to use them.</source>
        <extracomment>&quot;Access key&quot; is the column title: use the same words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <extracomment>Accessible name of the tick box of one list; %1 is the list&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works only with your own access key. Type the key in the &quot;Access key&quot; column to turn it on.</source>
        <extracomment>%1 is the list&apos;s name; &quot;Access key&quot; is the column title: use the same words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your key</source>
        <extracomment>Shown in the empty access key cell of a list that needs a key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key for %1</source>
        <extracomment>%1 is the list&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your access key for %1 here. It is kept in this program&apos;s settings on this computer.</source>
        <extracomment>%1 is the list&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of the DNS server, such as 192.0.2.53, or choose to use the computer&apos;s DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>OK</source>
        <extracomment>Spoken name of the green tick icon of the verdict banner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Spoken name of the amber triangle icon of the verdict banner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Spoken name of the red cross icon of the verdict banner (e.g. listed on a blocklist).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Spoken name of the blue &quot;i&quot; icon of the verdict banner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The verdict banner while a check starts, before the number of lists is known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 of %2 blocklists…</source>
        <extracomment>The verdict banner during a check: %1 lists have answered so far, of %2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before every blocklist answered.</source>
        <extracomment>Said when the user pressed Stop: results so far are shown, the rest is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <extracomment>The verdict banner when a check ended without any address to check.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 addresses are listed on blocklists.</source>
        <extracomment>Several addresses or domains were checked; %n of them are listed, %1 is the total.</extracomment>
        <translation>
            <numerusform>%n of %1 addresses is listed on blocklists.</numerusform>
            <numerusform>%n of %1 addresses are listed on blocklists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No address is listed for spam, but %n of %1 addresses need a closer look.</source>
        <extracomment>Several addresses or domains were checked; none is listed for spam, but %n of them could not be fully checked or have a policy listing. %1 is the total.</extracomment>
        <translation>
            <numerusform>No address is listed for spam, but %n of %1 addresses needs a closer look.</numerusform>
            <numerusform>No address is listed for spam, but %n of %1 addresses need a closer look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n addresses is listed on any blocklist.</source>
        <extracomment>Several addresses or domains were checked and every blocklist answered &quot;not listed&quot;.</extracomment>
        <translation>
            <numerusform>The %n address is not listed on any blocklist.</numerusform>
            <numerusform>None of the %n addresses is listed on any blocklist.</numerusform>
        </translation>
    </message>
</context>
</TS>

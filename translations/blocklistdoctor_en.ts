<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check the IP addresses and domains the bounce names against the blocklists.</source>
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
        <source>Seconds to wait for each answer (default 4).</source>
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
</TS>

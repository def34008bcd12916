#!/usr/bin/env python3
"""Checks the bounce fixtures in this folder against expected.json.

Run: python3 tests/data/bounces/verify.py   (exit status 0 = all good)

What it checks, per file:
  * it is listed in expected.json (and every listed file exists);
  * .eml files parse with Python's email package without MIME defects, and bounces in a
    MIME format carry a multipart/report (old-style Exim excepted);
  * the line endings are exactly the ones claimed ("line_endings": LF, CRLF, CR or none);
  * the ISO-2022-JP and Shift_JIS parts and encoded-word subjects decode to the intended Japanese;
  * every cited IP occurs in the file, lies in a documentation range and is not a trap value;
    every other dotted quad in the file is a documentation address or a known non-address;
  * recipients, reply code and status occur in the file; ids, formats, kinds and reasons are valid;
  * urls_in_bounce is exactly the set of http(s) URLs found in the decoded file, and every URL
    fragment in the raw bytes is (a piece of) one of them;
  * addresses in envelope/recipient headers use only the reserved example domains.
"""
import email, email.header, html, ipaddress, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24')]
NOT_ADDRESSES = {'4.16.55.1',            # Yahoo internal code in [TSS04] replies
                 '127.0.0.12', '127.0.0.4'}  # Abusix DNSBL answer codes
FORMATS = {'Postfix', 'Exim', 'Sendmail', 'Exchange', 'Office365', 'Gmail', 'Japanese', 'pasted'}
KINDS = {'failure', 'delay'}
BLOCKLISTS = {'trendmicro-ers', 'microsoft-outlook', 'microsoft-365', 'gmail', 'yahoo', 'apple-icloud',
              'proofpoint', 'mimecast', 'cloudmark', 'cisco-talos', 'broadcom', 'sophos',
              'spamhaus-zen', 'spamhaus-dbl', 'spamcop', 'barracuda', 'abusix'}
REASONS = {'authfailure', 'badreputation', 'blocked', 'contenterror', 'delivered', 'emailtoolarge',
           'exceedlimit', 'expired', 'failedstarttls', 'feedback', 'filtered', 'hasmoved', 'hostunknown',
           'mailboxfull', 'mailererror', 'mesgtoobig', 'networkerror', 'norelaying', 'notaccept',
           'notcompliantrfc', 'onhold', 'policyviolation', 'ratelimited', 'rejected', 'requireptr',
           'securityerror', 'spamdetected', 'speeding', 'suppressed', 'suspend', 'syntaxerror',
           'systemerror', 'systemfull', 'toomanyconn', 'undefined', 'userunknown', 'vacation',
           'virusdetected'}
EXAMPLE_DOMAIN = re.compile(r'(^|\.)example\.(jp|co\.jp|com|net)$', re.I)
VENDOR_SENDERS = {'googlemail.com'}   # Gmail's own mailer-daemon
URL_RE = re.compile(r'https?://[^\s<>"\'\]]+')
TRAIL = '.,;:)\'='
QUAD_RE = re.compile(r'(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.]*\d)')

# The Japanese the two Japanese fixtures must decode to (sentences, subject).
JAPANESE = {
    '23-japanese-iso2022jp-spamhaus-postfix.eml': dict(
        charset='iso-2022-jp', subject='メール配信エラーのお知らせ',
        text=['このメールは mail01.example.jp のメールシステムから自動的に送信されています。',
              '申し訳ありませんが、お客様が送信されたメールを以下の宛先に配信する',
              'ことができませんでした。元のメールのヘッダー部分を添付しています。',
              'postmaster までお送りください。', 'メールシステム',
              'blocked using Spamhaus.']),
    '24-japanese-shiftjis-qp-ers-qil.eml': dict(
        charset='shift_jis', subject='配送エラー：打ち合わせ資料の件',
        text=['このメッセージはメールサーバーによって自動的に作成されました。',
              '次の宛先へのメールは配送できませんでした。',
              '宛先のメールサーバーからの応答を以下に示します。',
              '　配送先サーバー：mx03.in.tmems-jp.trendmicro.com（198.51.100.181）',
              'found in ERS-QIL. For details',
              '再送しても同じ結果になる場合は、システム管理者にお問い合わせください。']),
}

def clean(u):
    while u and u[-1] in TRAIL:
        u = u[:-1]
    return u

def hdr(v):
    return str(email.header.make_header(email.header.decode_header(v)))

def decoded_texts(raw, is_eml):
    if not is_eml:
        yield raw.decode('utf-8')
        return
    for part in email.message_from_bytes(raw).walk():
        for _, v in part.items():
            yield hdr(v)
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if payload is None or part.get_content_maintype() not in ('text', 'message'):
            continue
        cs = (part.get_content_charset() or 'us-ascii').lower()
        txt = payload.decode({'iso-2022-jp': 'iso2022_jp'}.get(cs, cs))
        yield html.unescape(txt) if part.get_content_type() == 'text/html' else txt

def line_endings(raw):
    crlf = raw.count(b'\r\n')
    cr = raw.count(b'\r') - crlf
    lf = raw.count(b'\n') - crlf
    kinds = [k for k, n in (('CRLF', crlf), ('CR', cr), ('LF', lf)) if n]
    return 'none' if not kinds else kinds[0] if len(kinds) == 1 else 'mixed:' + '+'.join(kinds)

def check(e, problems):
    name = e['file']
    say = lambda msg: problems.append('%s: %s' % (name, msg))
    raw = open(os.path.join(HERE, name), 'rb').read()
    is_eml = name.endswith('.eml')
    text = raw.decode('latin-1')

    if e['format'] not in FORMATS: say('bad format %r' % e['format'])
    if e['kind'] not in KINDS: say('bad kind %r' % e['kind'])
    if e['reason'] not in REASONS: say('bad reason %r' % e['reason'])
    for b in e['blocklists']:
        if b not in BLOCKLISTS: say('unknown blocklist id %r' % b)
    if not e['blocklists']: say('no blocklist')
    if e['is_bounce'] is not True: say('is_bounce must be true')
    if (e['format'] == 'pasted') == is_eml: say('pasted files are .txt, the others .eml')

    le = line_endings(raw)
    if le != e['line_endings']: say('line endings %s, expected.json says %s' % (le, e['line_endings']))

    if is_eml:
        msg = email.message_from_bytes(raw)
        for part in msg.walk():
            if part.defects:
                say('MIME defects %s in %s' % (part.defects, part.get_content_type()))
        types = [p.get_content_type() for p in msg.walk()]
        if 'multipart/report' not in types and 'message/delivery-status' not in types:
            if not (e['format'] == 'Exim' and e['status'] == ''):
                say('no multipart/report')
        if e['status'] and 'message/delivery-status' in types:
            st = [b.get('Status') for p in msg.walk() if p.get_content_type() == 'message/delivery-status'
                  for b in p.get_payload() if b.get('Status')]
            if e['status'] not in st: say('status %s is not the DSN Status %s' % (e['status'], st))
        for h in ('From', 'To', 'X-Failed-Recipients', 'Envelope-to'):
            for v in msg.get_all(h) or []:
                for addr in re.findall(r'[\w.+-]+@([\w.-]+)', hdr(v)):
                    if not EXAMPLE_DOMAIN.search(addr) and addr.lower() not in VENDOR_SENDERS:
                        say('%s header uses non-example domain %s' % (h, addr))

    for r in e['recipients']:
        if r not in text: say('recipient %s not in file' % r)
        dom = r.split('@')[1]
        if not EXAMPLE_DOMAIN.search(dom): say('recipient domain %s is not an example domain' % dom)
    if e['reply_code'] and e['reply_code'] not in text: say('reply code not in file')
    if e['status'] and e['status'] not in text: say('status not in file')
    for d in e['cited_domains']:
        if d not in text: say('cited domain %s not in file' % d)

    for ip in e['cited_ips']:
        a = ipaddress.ip_address(ip)
        if not any(a in n for n in DOC_NETS): say('cited IP %s outside the documentation ranges' % ip)
        if ip in NOT_ADDRESSES: say('trap value %s cited' % ip)
        if not re.search(r'(?<![\d.])%s(?![\d])' % re.escape(ip), text): say('cited IP %s not in file' % ip)
    for m in QUAD_RE.finditer(text):
        q = m.group(0)
        if any(int(x) > 255 for x in m.groups()):
            continue            # version numbers such as Exchange build 15.20.8511.18
        if q in NOT_ADDRESSES:
            continue
        if not any(ipaddress.ip_address(q) in n for n in DOC_NETS):
            say('dotted quad %s is not a documentation address' % q)

    found = []
    for t in decoded_texts(raw, is_eml):
        for m in URL_RE.finditer(t):
            u = clean(m.group(0))
            if u not in found:
                found.append(u)
    if set(found) != set(e['urls_in_bounce']):
        say('urls_in_bounce %s != found %s' % (e['urls_in_bounce'], found))
    for frag in (clean(m.group(0)) for m in URL_RE.finditer(text)):
        # in quoted-printable parts "=" is written "=3D"; in HTML "&" is written "&amp;"
        frag = html.unescape(frag.replace('=3D', '='))
        if not any(u.startswith(frag) for u in e['urls_in_bounce']):
            say('raw URL fragment %s not covered by urls_in_bounce' % frag)

    if name in JAPANESE:
        j = JAPANESE[name]
        msg = email.message_from_bytes(raw)
        if hdr(msg['Subject']) != j['subject']:
            say('Subject decodes to %r' % hdr(msg['Subject']))
        parts = [p for p in msg.walk() if p.get_content_type() == 'text/plain'
                 and (p.get_content_charset() or '').lower() == j['charset']]
        if len(parts) != 1:
            say('expected one text/plain part in %s' % j['charset'])
        else:
            body = parts[0].get_payload(decode=True)
            codec = {'iso-2022-jp': 'iso2022_jp'}.get(j['charset'], j['charset'])
            txt = body.decode(codec)
            for s in j['text']:
                if s not in txt: say('decoded %s part lacks %r' % (j['charset'], s))
            if txt.encode(codec) != body: say('%s part does not round-trip' % j['charset'])
            if j['charset'] == 'iso-2022-jp':
                if any(b > 0x7f for b in body): say('ISO-2022-JP part is not 7bit')
                if parts[0]['Content-Transfer-Encoding'] != '7bit': say('ISO-2022-JP part not declared 7bit')
            else:
                if parts[0]['Content-Transfer-Encoding'] != 'quoted-printable': say('Shift_JIS part not QP')
    return problems

def main():
    entries = json.load(open(os.path.join(HERE, 'expected.json'), encoding='utf-8'))
    problems = []
    listed = [e['file'] for e in entries]
    if len(set(listed)) != len(listed): problems.append('duplicate entries in expected.json')
    present = sorted(f for f in os.listdir(HERE) if f.endswith(('.eml', '.txt')))
    for f in sorted(set(present) ^ set(listed)):
        problems.append('%s: present but not listed, or listed but missing' % f)
    for e in entries:
        if os.path.exists(os.path.join(HERE, e['file'])):
            check(e, problems)
    for p in problems:
        print('FAIL', p)
    print('%d fixtures checked, %d problems' % (len(entries), len(problems)))
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())

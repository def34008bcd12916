#include "citations.h"

#include "anchoredmatches.h"
#include "patternset.h"
#include "target/target.h"
#include "textcodecs.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

#define IP4 "(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3})"
#define IP "(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})"

// Patterns whose first characters are everywhere in a bounce run only around an anchor
// (AnchoredMatches), which gives the same matches as running them over the whole text.
// A server's reply quoting the sender's address after its code, "…said: 550 5.7.1 [192.0.2.1]
// text": its first '[' comes at most 14 characters ("550 5.7.1 ") and white space after its
// start, with no line break after it.
const char *const ReplyPattern =
    "(?:said:|\\b[245]\\d\\d[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3} )?)\\s*\\["
    "(?:[0-9a-f]{1,4}:[0-9a-f:]*:(?=\\d+\\.))?" IP "(?: \\d+)?\\] (?=[A-Za-z])";
constexpr qsizetype ReplyPatternIndex = 4; // in ipPatterns()
// "Mail from 203.0.113.5 refused": its first "from " comes at most 12 characters
// ("connections ") after its start, with no line break after it.
const char *const MailFromPattern =
    "(?:mail|messages?|connections?|e-?mail) from (?:ip |your ip |the ip )?\\[?" IP
    "\\]?(?![\\w.])";
constexpr qsizetype MailFromPatternIndex = 11; // in ipPatterns()
// "sending IP is [192.0.2.1]", "client ip 192.0.2.1": its first " ip" comes at most 10
// characters ("connecting") after its start, with no line break after it.
const char *const SenderIpPattern =
    "(?:sending|sender|your|client|source|connecting|remote) ip(?: address)?(?: is)?[: ]+\\[?" IP
    "\\]?";
constexpr qsizetype SenderIpPatternIndex = 16; // in ipPatterns()
// "192.0.2.1 is not allowed to send mail": its first " is not allowed" comes right after the
// address (at most 15 characters), with no line break after it.
const char *const NotAllowedPattern = "(?<![\\w.:\\[])" IP4 " is not allowed to send";
constexpr qsizetype NotAllowedPatternIndex = 3; // in ipPatterns()

// Every pattern captures the address in group "ip".
QList<QRegularExpression> ipPatterns()
{
    static const auto make = [](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    return {
        make("client (?:host )?\\[?" IP "\\]?"),
        make("<[^>\\s\\[]*\\[" IP "\\]>:? *client host"),
        make("(?:reverse dns|rdns|ptr)[^.;]{0,40}?(?:for|:) (?:host |ip )?\\[?" IP "\\b"),
        make(NotAllowedPattern), // NotAllowedPatternIndex
        make(ReplyPattern),      // ReplyPatternIndex
        make("\\[" IP "\\](?::\\d+)? is not permitted"),
        make("the ip:? \\[?" IP "\\]?"),
        make("\\bip=\\[?" IP "\\]?"),
        make("sending ips?\\b[^;]{0,80}? is not " IP4 "\\b"),
        make("(?<![\\w.:\\[])" IP4 " has sent"),
        make("lookup failed \\[" IP "\\]"),
        make(MailFromPattern), // MailFromPatternIndex
        make("connections? (?:will not be |not )?accepted from (?:ip (?:addresses? )?)?\\[?" IP),
        make("[?&](?:ip|ip_address|ipaddress|ipaddr|search|query|q|addr)=\\[?" IP "\\b"),
        make("/query/ip/" IP),
        make("bl\\.shtml\\?" IP),
        make(SenderIpPattern), // SenderIpPatternIndex
        make("(?:the )?mail server \\[" IP "\\]"),
        make("ip(?: address)? \\[?" IP "\\]? (?:is|has been|was|are) (?:listed|blacklisted|"
             "blocked|banned|on|in|rejected|not)"),
        make("\\[" IP "\\] (?:is|has been) (?:listed|blacklisted|blocked|banned|on)"),
        make("(?<![\\w.\\[])" IP4 " (?:is|has been|was) (?:listed|blacklisted|blocked|banned|"
             "in a black ?list|found in|on (?:our|the|a) (?:block|black))"),
        make("host " IP4 " (?:is )?listed"),
        make("(?:from|by) ip " IP4 "\\b"),
        make("your (?:host|server|address) \\[?" IP "\\]?"),
        make("\\bip=" IP4 "\\b"),
        make("(?:rejected|blocked|refused) (?:ip|host|address) \\[?" IP "\\]?"),
        make("all messages from " IP4),
        make("dnsbl-lookup\\.cgi\\?ip=" IP4),
        make("complaint about message from " IP4),
    };
}
#undef IP
#undef IP4

bool isPlausibleAddress(const QString &text)
{
    QHostAddress address;
    if (!address.setAddress(text))
        return false;
    if (address.isLoopback() || address.isNull() || address == QHostAddress::AnyIPv4)
        return false; // a receiver's own relay on the same machine, never the sender
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        // A dotted quad must be canonical ("4.16.55.1" is, but it is never matched by the
        // sender-side phrases above; "01.2.3.4" is not an address anyone writes).
        quint32 value = 0;
        for (const QString &octet : text.split(QLatin1Char('.'))) {
            if (octet.size() > 1 && octet.startsWith(QLatin1Char('0')))
                return false; // "192.0.02.1" is nobody's way of writing an address
        }
        return TargetParser::parseDottedQuad(text, &value);
    }
    return text.count(QLatin1Char(':')) >= 2;
}

// Every pattern captures the domain in group "d".
QList<QRegularExpression> domainPatterns()
{
    return {
        QRegularExpression(
            QStringLiteral(
                "(?:domain|url|uri|link)s?\\s+(?:\\(|\")?(?<d>[a-z0-9][a-z0-9.\\-]*\\.[a-z]{2,})"
                "(?:\\)|\")?\\s+(?:is |was |has been )?(?:listed|blacklisted|found)"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                "(?<d>[a-z0-9][a-z0-9.\\-]*\\.[a-z]{2,})\\s+(?:is |was )?listed (?:in|at|on|by) "
                "(?:the )?(?:spamhaus )?(?:dbl|surbl|uribl|multi\\.surbl|multi\\.uribl|"
                "dbl\\.spamhaus)"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                "/query/(?:dbl|domain)[/?](?:domain=)?(?<d>[a-z0-9][a-z0-9.\\-]*\\.[a-z]{2,})"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("(?:spamhaus )?dbl\\s*\\((?<d>[a-z0-9][a-z0-9.\\-]*\\.[a-z]{2,})\\)"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("domain (?:\\(|\")?(?<d>[a-z0-9][a-z0-9.\\-]*\\.[a-z]{2,})(?:\\)|\")? "
                           "(?:is )?present in the spamhaus dbl"),
            QRegularExpression::CaseInsensitiveOption),
    };
}

// The address patterns, then the domain patterns: one pass over a text serves both.
struct CitationPatterns
{
    PatternSet set;
    qsizetype ipCount = 0;
    QHash<qsizetype, AnchoredMatches::Anchor> anchors; // by index: run only around the anchor
};

AnchoredMatches::Anchor anchor(const char *literal, qsizetype maxPrefix,
                               bool (*mayBeFirstAnchor)(QStringView, qsizetype))
{
    AnchoredMatches::Anchor anchor;
    anchor.literal =
        QRegularExpression(QString::fromLatin1(literal), QRegularExpression::CaseInsensitiveOption);
    anchor.maxPrefix = maxPrefix;
    anchor.mayBeFirstAnchor = mayBeFirstAnchor;
    return anchor;
}

AnchoredMatches::Anchor anchor(QChar character, qsizetype maxPrefix,
                               bool (*mayBeFirstAnchor)(QStringView, qsizetype))
{
    AnchoredMatches::Anchor anchor;
    anchor.character = character;
    anchor.maxPrefix = maxPrefix;
    anchor.mayBeFirstAnchor = mayBeFirstAnchor;
    return anchor;
}

// Whether the character before `at` is one of `lastLetters` (lower case), caselessly as PCRE2
// compares: "s" also matches the long s (U+017F). `spaceFirst`: with one space between.
bool follows(QStringView text, qsizetype at, const char *lastLetters, bool spaceFirst)
{
    if (spaceFirst) {
        if (at == 0 || text.at(at - 1) != QLatin1Char(' '))
            return false;
        --at;
    }
    if (at == 0)
        return false;
    const char16_t c = text.at(at - 1).unicode();
    const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c;
    for (const char *letter = lastLetters; *letter; ++letter) {
        if (lower == char16_t(*letter) || (*letter == 's' && c == u'\u017f'))
            return true;
    }
    return false;
}

// MailFromPattern's "from " follows "mail ", "message(s) ", "connection(s) " or "e(-)mail ".
bool mayFollowMail(QStringView text, qsizetype at)
{
    return follows(text, at, "lesn", true);
}

// SenderIpPattern's " ip" follows sending, sender, your, client, source, connecting or remote.
bool mayFollowSender(QStringView text, qsizetype at)
{
    return follows(text, at, "grte", false);
}

// NotAllowedPattern's " is not allowed" follows the address's last digit.
bool mayFollowAddress(QStringView text, qsizetype at)
{
    return follows(text, at, "0123456789", false);
}

// ReplyPattern's '[' follows "said:", the code's "-" or a digit of the code or status, with
// only white space between: never a host name's last letter ("mx.example.jp[192.0.2.1]").
bool mayFollowReplyCode(QStringView text, qsizetype at)
{
    while (at > 0 && text.at(at - 1).isSpace())
        --at;
    if (at == 0)
        return false;
    const QChar before = text.at(at - 1);
    return before == QLatin1Char(':') || before == QLatin1Char('-') ||
           (before >= QLatin1Char('0') && before <= QLatin1Char('9'));
}

const CitationPatterns &citationPatterns()
{
    static const CitationPatterns patterns = [] {
        const QList<QRegularExpression> ips = ipPatterns();
        Q_ASSERT(ips.at(ReplyPatternIndex).pattern() == QLatin1String(ReplyPattern));
        Q_ASSERT(ips.at(MailFromPatternIndex).pattern() == QLatin1String(MailFromPattern));
        Q_ASSERT(ips.at(SenderIpPatternIndex).pattern() == QLatin1String(SenderIpPattern));
        Q_ASSERT(ips.at(NotAllowedPatternIndex).pattern() == QLatin1String(NotAllowedPattern));
        return CitationPatterns{
            PatternSet(ips + domainPatterns()),
            ips.size(),
            {{ReplyPatternIndex, anchor(QLatin1Char('['), 14, mayFollowReplyCode)},
             {MailFromPatternIndex, anchor("from ", 12, mayFollowMail)},
             {SenderIpPatternIndex, anchor(" ip", 10, mayFollowSender)},
             {NotAllowedPatternIndex, anchor(" is not allowed", 15, mayFollowAddress)}}};
    }();
    return patterns;
}

// `candidates`: of citationPatterns(), for `text`.
QStringList ipsIn(const QString &text, const QList<bool> &candidates)
{
    const CitationPatterns &patterns = citationPatterns();
    QStringList ips;
    const auto add = [&ips](const QRegularExpressionMatch &match) {
        const QString ip = match.captured(QStringLiteral("ip"));
        if (isPlausibleAddress(ip) && !ips.contains(ip))
            ips.append(ip);
    };
    for (qsizetype i = 0; i < patterns.ipCount; ++i) {
        if (!candidates.at(i))
            continue;
        const auto anchor = patterns.anchors.constFind(i);
        if (anchor != patterns.anchors.cend()) {
            for (const QRegularExpressionMatch &match :
                 AnchoredMatches::find(patterns.set.at(i), text, anchor.value()))
                add(match);
            continue;
        }
        auto it = ValidText::globalMatch(patterns.set.at(i), text);
        while (it.hasNext())
            add(it.next());
    }
    return ips;
}

QStringList domainsIn(const QString &text, const QList<bool> &candidates)
{
    const CitationPatterns &patterns = citationPatterns();
    QStringList domains;
    for (qsizetype i = patterns.ipCount; i < patterns.set.size(); ++i) {
        if (!candidates.at(i))
            continue;
        auto it = ValidText::globalMatch(patterns.set.at(i), text);
        while (it.hasNext()) {
            const QString domain = it.next().captured(QStringLiteral("d")).toLower();
            if (!domains.contains(domain) && !domain.endsWith(QLatin1String("spamhaus.org")) &&
                !domain.endsWith(QLatin1String("surbl.org")) &&
                !domain.endsWith(QLatin1String("uribl.com")))
                domains.append(domain);
        }
    }
    return domains;
}

} // namespace

namespace Citations {

QStringList citedIps(const QString &anyText)
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    return ipsIn(text, citationPatterns().set.candidates(text));
}

QStringList citedDomains(const QString &anyText)
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    return domainsIn(text, citationPatterns().set.candidates(text));
}

QList<AnchoredPattern> anchoredPatterns()
{
    const CitationPatterns &patterns = citationPatterns();
    QList<AnchoredPattern> anchored;
    for (auto it = patterns.anchors.cbegin(); it != patterns.anchors.cend(); ++it)
        anchored.append({patterns.set.at(it.key()), it.value()});
    return anchored;
}

Cited cited(const QString &anyText)
{
    const QString text = TextCodecs::withoutLoneSurrogates(anyText); // see ValidText
    const QList<bool> candidates = citationPatterns().set.candidates(text);
    return {ipsIn(text, candidates), domainsIn(text, candidates)};
}

} // namespace Citations

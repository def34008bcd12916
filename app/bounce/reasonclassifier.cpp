#include "reasonclassifier.h"

#include "patternset.h"
#include "textcodecs.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace {

struct Rule
{
    const char *reason;
    QRegularExpression pattern;
};

QRegularExpression phrase(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DontCaptureOption);
}

// Checked in order; the first match wins. More specific causes come before general ones
// ("blocked using zen.spamhaus.org … user unknown" is a block, not an unknown user).
const QList<Rule> &textRules()
{
    static const QList<Rule> rules = {
        {"blocked", phrase("aup#(cdrbl|cxbl|ipbl|rbl)|\\(bl\\)|ers-qil|rbl\\+|blocked using|"
                           "banned sending ip|\\[bl\\d+\\]|blocked - see|\\bblocked\\. see")},
        {"userunknown",
         phrase("not listed in (the )?(public |domino )?(name|directory|address|domino)")},
        {"failedstarttls",
         phrase("(does not|doesn't) support (tls|starttls)|starttls.{0,30}(fail|error|required)|"
                "tls negotiation failed|tls handshake")},
        {"notcompliantrfc",
         phrase("not (rfc ?5322 |rfc ?2822 |rfc )?compliant|rfc ?(5322|2822|822) |"
                "multiple .{0,20}(addresses in from|from|subject|date|to|message-id).{0,10}"
                "header|duplicate (header|message-id)|bare (lf|cr)|malformed (header|message)|"
                "missing (a )?(valid )?(date|from|message-id) header")},
        {"norelaying", phrase("relay(ing)? (access )?(denied|not (permitted|allowed))|"
                              "not permitted to relay|unable to relay|relay not permitted|"
                              "we do not relay|not allowed to relay|no relaying|"
                              "relaying (is )?(prohibited|disallowed)|relay access")},
        {"authfailure",
         phrase("\\bspf\\b.{0,40}(fail|softfail|reject|not "
                "(permit|designate|authori[sz]ed))|(fail|rejected|per).{0,20}\\bspf\\b|"
                "\\bdmarc\\b.{0,40}(fail|reject|policy)|"
                "\\bdkim\\b.{0,30}(fail|invalid|required)|sender policy framework|"
                "is not (an )?authori[sz]ed (sender|to send)|not designated as permitted sender|"
                "authentication (information|checks)|unauthenticated email from")},
        {"requireptr", phrase("reverse (dns|lookup|hostname)|no ptr|ptr record|\\brdns\\b|"
                              "cannot find your hostname|(has no|without) (a )?(reverse|ptr)|"
                              "not have (a )?(valid )?reverse|cannot resolve your address|"
                              "your ip address has no dns name|ip name lookup failed|"
                              "mismatches client ip|unverifi?y?able sending ip|"
                              "does not resolve to|client host .{0,40}unknown")},
        {"badreputation",
         phrase("\\[tss\\d+\\]|low reputation|poor reputation|bad reputation|reputation of the "
                "sending|ip reputation|sender reputation|unexpected volume or user complaints")},
        {"rejected",
         phrase("(an|sender|e-?mail|from|envelope) address (that )?(has been "
                ")?blacklisted|purported responsible address|"
                "customfromdenied|from: domain is invalid|sender (address )?(rejected|denied|"
                "refused|verify failed|unknown|not (allowed|permitted))|domain of sender|"
                "sender domain (must|does not|is)|envelope sender|mail rejected by destination|"
                "unroutable sender|rejected.{0,20}sender|sender.{0,20}blacklist|"
                "your (e-?mail |sender )?address.{0,30}(rejected|blocked|not allowed|denied)")},
        {"blocked",
         phrase("blocked using|black ?list|blocklist|block list|\\bdnsbl\\b|\\brbl\\b|"
                "listed (at|in|on|by)|is listed|ers-qil|spamhaus|spamcop|barracuda|sorbs|"
                "banned sending ip|client host .{0,60}(blocked|rejected|refused)|"
                "access denied.{0,40}(ip|client)|connection (rejected|not accepted)|"
                "connections? (will not be|not) accepted|your (ip|network|host).{0,40}"
                "(blocked|banned|denied|rejected|listed)|(ip|host) .{0,30}(has been|is) blocked|"
                "\\[bl\\d+\\]|\\(s3\\d{3}\\)|\\bsc-00\\d\\b|refused to talk to me|"
                "rejected by policy|service refus|invalid ip for sending|open relay|"
                "refused.{0,20}(your ip|client)|dynamic ip|dial-?up|residential|"
                "smtp server of your isp|service unavailable; client host|"
                "no access from mail server")},
        {"toomanyconn", phrase("connection rate limit|too many connections")},
        {"speeding",
         phrase("rate limit|rate-limit|ratelimit|too many (messages|emails|mails|recipients) "
                "(in|per|from|this)|sending too fast|temporarily deferred due to (rate|volume)|"
                "receiving mail at a rate|at a rate that|throttl|too many recipients this")},
        {"toomanyconn", phrase("too many (connections|concurrent|sessions|simultaneous|recipients)|"
                               "connection (limit|rate)|exceeded .{0,20}connections")},
        {"virusdetected", phrase("virus|malware|infected|trojan|worm detected|malicious")},
        {"policyviolation",
         phrase("policy (violation|reasons|rejection)|violat(es|ed|ion)|by policy|"
                "message (not )?(accepted|rejected) for policy|header error|"
                "content presents a potential|illegal attachment|local policy|"
                "content policy|due to policy")},
        {"spamdetected",
         phrase("\\bspam\\b|junk mail|unsolicited|bulk mail|\\bube\\b|content rejected|"
                "message (was )?(classified|identified|detected) as|scored .{0,20}points|"
                "spam score|likely (spam|unsolicited)|spamassassin|"
                "\\buribl\\b|\\bsurbl\\b|\\bdbl\\b|url.{0,20}(blacklist|listed)")},
        {"filtered", phrase("badrcptto|recipient preferences|message filtered|filtered by|"
                            "rejected by the recipient's filter")},
        {"systemfull",
         phrase("insufficient (disk|system storage)|(system|disk|file system|server).{0,20}"
                "(is )?(full|out of space)|no space left")},
        {"contenterror", phrase("headers? (are )?too (large|long|many)")},
        {"mesgtoobig", phrase("message (size|length) exceeds|message (is )?too (big|large|long)|"
                              "exceeds (the )?(fixed )?(maximum|size|message size)|size limit|"
                              "mail size|message file too big|maximum message size|too large")},
        {"exceedlimit",
         phrase("exceed(s|ed)? .{0,20}(limit|quota)|message too large for|limit exceeded")},
        {"mailboxfull",
         phrase("mailbox (is )?(full|over ?quota|exceeded)|over ?quota|quota (exceeded|exceeds|"
                "full)|disk quota|insufficient storage|mailbox.{0,20}(exceeds )?.{0,10}size|"
                "user.{0,20}(is )?over.{0,10}quota|exceeded storage|"
                "not enough (storage|space)|mail ?box (has )?exceeded|storage (is )?full|"
                "account is full|mailfolder is full|maildir.{0,20}quota|\\bfull\\b.{0,20}mailbox|"
                "mailbox full")},
        {"suspend",
         phrase("(account|mailbox|user|address|recipient).{0,50}(disabled|suspended|deactivated|"
                "inactive|locked|frozen|has been terminated|not active)|"
                "(disabled|suspended|inactive|deactivated) (account|mailbox|user|recipient|"
                "address)")},
        {"hasmoved", phrase("has (been )?moved|no longer (valid|available|at|with)|moved to|"
                            "address.{0,20}changed")},
        {"expired",
         phrase("(message|mail) (has been )?(expired|timed out)|queue(d)? too long|"
                "giving up|retry time(out)? (not reached|exceeded)|will be retried|"
                "delivery time expired|could not be delivered (within|for)|not delivered within|"
                "(has|have) been delayed|delivery (attempts|has) (expired|failed for)|"
                "could not deliver for|connection timed out|timed out|"
                "(have|has) been failing for a long time|retry timeout exceeded|"
                "did not accept our requests to connect|maximum time|time limit|expired")},
        {"notaccept",
         phrase("does not accept (any )?mail|not accept(ing)? (any )?(network )?(mail|messages)|"
                "null mx|accepts no mail|mail (is )?not accepted|no (mail|smtp) service|"
                "no mx (record )?found|couldn't find a mail exchanger")},
        {"networkerror",
         phrase("dns error|name service error.{0,80}try again|network error|connection "
                "(refused|reset)|"
                "network (is )?unreachable|no route to host|could not connect|unable to connect|"
                "lost connection|temporary (failure|error) in name resolution|host unreachable|"
                "mail loop|loops back|too many hops|routing loop|malformed dns|"
                "name server failure|hop count exceeded")},
        {"hostunknown",
         phrase("host (or domain name )?not found|unknown host|host unknown|"
                "domain (name )?(not found|does not exist|unknown)|no such domain|"
                "unrouteable mail domain|name or service not known|nxdomain|"
                "unknown domain|domain.{0,20}(is )?not (exist|found|resolv|reachable)|"
                "no (mx|a) record|mx lookup failed|name server.{0,20}not found|"
                "host \\S+ not found")},
        {"userunknown",
         phrase("user(name)? (is )?unknown|unknown user|no such (user|mailbox|recipient|account|"
                "address|local user|person)|user(.{0,20})? (does not|doesn't) exist|"
                "mailbox (does not|doesn't) exist|(mailbox|account|recipient|address|user) "
                "(is )?(not found|unavailable|invalid|unknown)|invalid (recipient|mailbox|user|"
                "address)|not (a )?(valid|known) (user|recipient|mailbox)|"
                "unknown (local|recipient|address)|unrouteable address|"
                "(recipient|user) not (found|listed|known)|no mailbox|"
                "mailbox not found|bad destination mailbox|undeliverable address|"
                "not listed in|is not a valid|addressee unknown|"
                "(user|mailbox|recipient) unavailable|doesn't have a .{0,30}account|"
                "does not exist|address does not|unknown or illegal alias|"
                "recipient unknown|disabled or discontinued|user not exist")},
        {"securityerror",
         phrase("authentication (required|failed)|must (be )?authenticat|smtp authentication|"
                "\\bauth(entication)? .{0,20}(required|failed)|security (policy|reasons)|"
                "tls (is )?required|must issue a starttls|encryption required|"
                "not authorized|delivery not authorized")},
        {"failedstarttls",
         phrase("starttls.{0,30}(fail|error|not)|tls negotiation failed|handshake failed")},
        {"contenterror",
         phrase("content (not accepted)|invalid (mime|content|header)|illegal header|"
                "(attachment|content).{0,40}(not allowed|prohibited)|8-?bit")},
        {"syntaxerror",
         phrase("syntax error|command (not )?(recognized|unrecognized)|unrecognized command|"
                "invalid command|bad sequence|improper sequence|parameter not|line too long")},
        {"systemerror",
         phrase("system (error|failure|config)|internal (server )?error|server (error|"
                "failure)|configuration error|local error|temporary (local )?problem|"
                "unexpected error|service (currently )?(not )?(un)?available|"
                "transaction failed|upstream error|could not load")},
        {"mailererror", phrase("mailer error|program.{0,20}(exited|failed)|exit (code|status)|"
                               "command (died|failed)|procmail|pipe to|unix-? ?(pipe|program)")},
        {"onhold", phrase("on hold|held for")},
    };
    return rules;
}

// The rules' patterns in the same order, to tell with one pass over a text which can match.
const PatternSet &rulePatterns()
{
    static const PatternSet patterns = [] {
        QList<QRegularExpression> list;
        for (const Rule &rule : textRules())
            list.append(rule.pattern);
        return PatternSet(list);
    }();
    return patterns;
}

// Enhanced status codes (RFC 3463) whose meaning is specific enough on its own.
QString reasonForStatus(const QString &status)
{
    static const QHash<QString, QString> exact = {
        {QStringLiteral("5.1.1"), QStringLiteral("userunknown")},
        {QStringLiteral("5.1.0"), QStringLiteral("userunknown")},
        {QStringLiteral("5.1.3"), QStringLiteral("userunknown")},
        {QStringLiteral("5.1.6"), QStringLiteral("hasmoved")},
        {QStringLiteral("5.2.0"), QStringLiteral("filtered")},
        {QStringLiteral("5.1.2"), QStringLiteral("hostunknown")},
        {QStringLiteral("5.1.10"), QStringLiteral("notaccept")},
        {QStringLiteral("5.1.8"), QStringLiteral("rejected")},
        {QStringLiteral("5.1.7"), QStringLiteral("rejected")},
        {QStringLiteral("5.2.1"), QStringLiteral("suspend")},
        {QStringLiteral("5.2.2"), QStringLiteral("mailboxfull")},
        {QStringLiteral("4.2.2"), QStringLiteral("mailboxfull")},
        {QStringLiteral("5.2.3"), QStringLiteral("exceedlimit")},
        {QStringLiteral("5.3.1"), QStringLiteral("systemfull")},
        {QStringLiteral("4.3.1"), QStringLiteral("systemfull")},
        {QStringLiteral("5.3.4"), QStringLiteral("mesgtoobig")},
        {QStringLiteral("5.3.5"), QStringLiteral("systemerror")},
        {QStringLiteral("4.4.1"), QStringLiteral("expired")},
        {QStringLiteral("4.4.2"), QStringLiteral("networkerror")},
        {QStringLiteral("5.4.4"), QStringLiteral("hostunknown")},
        {QStringLiteral("5.4.6"), QStringLiteral("networkerror")},
        {QStringLiteral("4.4.6"), QStringLiteral("networkerror")},
        {QStringLiteral("5.4.7"), QStringLiteral("expired")},
        {QStringLiteral("4.4.7"), QStringLiteral("expired")},
        {QStringLiteral("5.5.3"), QStringLiteral("exceedlimit")},
        {QStringLiteral("5.5.1"), QStringLiteral("syntaxerror")},
        {QStringLiteral("5.5.2"), QStringLiteral("syntaxerror")},
        {QStringLiteral("5.5.4"), QStringLiteral("syntaxerror")},
        {QStringLiteral("5.6.0"), QStringLiteral("contenterror")},
        {QStringLiteral("5.6.1"), QStringLiteral("contenterror")},
        {QStringLiteral("5.7.3"), QStringLiteral("securityerror")},
        {QStringLiteral("5.7.4"), QStringLiteral("securityerror")},
        {QStringLiteral("5.7.5"), QStringLiteral("securityerror")},
        {QStringLiteral("5.7.8"), QStringLiteral("securityerror")},
        {QStringLiteral("5.7.9"), QStringLiteral("securityerror")},
        {QStringLiteral("5.7.10"), QStringLiteral("failedstarttls")},
        {QStringLiteral("5.7.11"), QStringLiteral("failedstarttls")},
        {QStringLiteral("5.7.23"), QStringLiteral("authfailure")},
        {QStringLiteral("5.7.24"), QStringLiteral("authfailure")},
        {QStringLiteral("5.7.25"), QStringLiteral("requireptr")},
        {QStringLiteral("5.7.26"), QStringLiteral("authfailure")},
        {QStringLiteral("5.7.27"), QStringLiteral("notaccept")},
        {QStringLiteral("5.7.28"), QStringLiteral("badreputation")},
        {QStringLiteral("4.7.28"), QStringLiteral("badreputation")},
        {QStringLiteral("5.7.606"), QStringLiteral("blocked")},
        {QStringLiteral("4.3.0"), QStringLiteral("systemerror")},
        {QStringLiteral("5.3.0"), QStringLiteral("systemerror")},
    };
    const auto found = exact.constFind(status);
    if (found != exact.cend())
        return found.value();
    if (status.startsWith(QLatin1String("5.7.6")) && status.size() == 7)
        return QStringLiteral("blocked"); // Microsoft 365's 5.7.606–649 banned-IP codes
    return {};
}

} // namespace

namespace ReasonClassifier {

QString classify(const Input &input)
{
    const QString text = TextCodecs::withoutLoneSurrogates(input.diagnostic); // see ValidText
    QString reason;
    const QList<Rule> &rules = textRules();
    const PatternSet &patterns = rulePatterns();
    PatternSet::Literals literals;
    patterns.literalsIn(text, &literals);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (patterns.mayMatch(i, literals) && (patterns.surelyMatches(i, literals) ||
                                               ValidText::contains(rules.at(i).pattern, text))) {
            reason = QString::fromLatin1(rules.at(i).reason);
            break;
        }
    }
    const QString &command = input.command;
    if (input.diagnosticType == QLatin1String("x-unix") && reason.isEmpty())
        return input.status.startsWith(QLatin1String("5.3")) ? QStringLiteral("systemerror")
                                                             : QStringLiteral("mailererror");
    // Where in the SMTP dialogue the refusal came says as much as the words: refused at
    // MAIL FROM is about the sender, an "unknown user" only after DATA is a filter.
    if (command == QLatin1String("MAIL") &&
        (reason.isEmpty() || reason == QLatin1String("userunknown") ||
         reason == QLatin1String("securityerror") || reason == QLatin1String("hostunknown")))
        return QStringLiteral("rejected");
    // A bare "user unknown" without a 5.1.x code, outside RCPT, is a receiver's filter talking
    // (Japanese carriers and filtering gateways answer this way for refused mail).
    static const QRegularExpression bareUnknown = phrase(
        "user unknown|unknown user|no such user|user not exist|recipient address rejected: user "
        "unknown");
    if (reason == QLatin1String("userunknown") && command != QLatin1String("RCPT") &&
        !input.status.startsWith(QLatin1String("5.1.")) &&
        !input.status.startsWith(QLatin1String("4.1.")) && ValidText::contains(bareUnknown, text))
        return QStringLiteral("filtered");
    if (reason == QLatin1String("mesgtoobig") && input.status == QLatin1String("5.2.3"))
        return QStringLiteral("exceedlimit");
    if (!reason.isEmpty())
        return reason;
    if (command == QLatin1String("CONN") || command == QLatin1String("HELO"))
        return QStringLiteral("blocked");
    const QString byStatus = reasonForStatus(input.status);
    if (!byStatus.isEmpty())
        return byStatus;
    if (input.action == QLatin1String("delayed"))
        return QStringLiteral("expired");
    if (input.status.startsWith(QLatin1String("5.7")))
        return QStringLiteral("securityerror");
    if (text.isEmpty() && input.status.isEmpty())
        return QStringLiteral("undefined");
    return QStringLiteral("onhold");
}

bool patternsAreValid()
{
    for (const Rule &rule : textRules()) {
        if (!rule.pattern.isValid())
            return false;
    }
    return true;
}

const QStringList &failureReasons()
{
    static const QStringList reasons = {
        QStringLiteral("authfailure"),     QStringLiteral("badreputation"),
        QStringLiteral("blocked"),         QStringLiteral("contenterror"),
        QStringLiteral("exceedlimit"),     QStringLiteral("expired"),
        QStringLiteral("failedstarttls"),  QStringLiteral("filtered"),
        QStringLiteral("hasmoved"),        QStringLiteral("hostunknown"),
        QStringLiteral("mailboxfull"),     QStringLiteral("mailererror"),
        QStringLiteral("mesgtoobig"),      QStringLiteral("networkerror"),
        QStringLiteral("norelaying"),      QStringLiteral("notaccept"),
        QStringLiteral("notcompliantrfc"), QStringLiteral("onhold"),
        QStringLiteral("policyviolation"), QStringLiteral("rejected"),
        QStringLiteral("requireptr"),      QStringLiteral("securityerror"),
        QStringLiteral("spamdetected"),    QStringLiteral("speeding"),
        QStringLiteral("suppressed"),      QStringLiteral("suspend"),
        QStringLiteral("syntaxerror"),     QStringLiteral("systemerror"),
        QStringLiteral("systemfull"),      QStringLiteral("toomanyconn"),
        QStringLiteral("undefined"),       QStringLiteral("userunknown"),
        QStringLiteral("virusdetected"),
    };
    return reasons;
}

} // namespace ReasonClassifier

#include "explanation.h"

#include <QHash>

namespace {

const NamedBlocklist *senderSideListing(const BounceReport &report)
{
    for (const NamedBlocklist &blocklist : report.blocklists) {
        if (!blocklist.receiverSide && !blocklist.retired)
            return &blocklist;
    }
    return nullptr;
}

const NamedBlocklist *receiverSideListing(const BounceReport &report)
{
    for (const NamedBlocklist &blocklist : report.blocklists) {
        if (blocklist.receiverSide)
            return &blocklist;
    }
    return nullptr;
}

const NamedBlocklist *retiredListing(const BounceReport &report)
{
    for (const NamedBlocklist &blocklist : report.blocklists) {
        if (blocklist.retired)
            return &blocklist;
    }
    return nullptr;
}

} // namespace

QString BounceExplanation::kind(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Failure:
        return tr("Delivery failure");
    case MessageKind::Delay:
        return tr("Delivery delayed");
    case MessageKind::Feedback:
        return tr("Spam complaint report");
    case MessageKind::AutoReply:
        return tr("Automatic reply");
    case MessageKind::Delivered:
        return tr("Delivery confirmation");
    case MessageKind::NotBounce:
        break;
    }
    return tr("Not a returned mail");
}

QString BounceExplanation::origin(CheckSuggestion::Origin origin)
{
    switch (origin) {
    case CheckSuggestion::Origin::CitedIp:
        return tr("the address the refusal names as the sender");
    case CheckSuggestion::Origin::CitedDomain:
        return tr("the domain the refusal says is listed");
    case CheckSuggestion::Origin::ReportingMta:
        return tr("the server that wrote the returned mail (usually your own mail server)");
    case CheckSuggestion::Origin::SenderDomain:
        return tr("the domain of your own e-mail address");
    }
    return {};
}

QString BounceExplanation::reason(const QString &reasonClass)
{
    // Sisimai's reason vocabulary, said for office workers.
    static const QHash<QString, const char *> phrases = {
        {QStringLiteral("authfailure"),
         QT_TR_NOOP("Your domain's sender checks (SPF, DKIM or DMARC) failed")},
        {QStringLiteral("badreputation"), QT_TR_NOOP("Your mail server has a poor reputation")},
        {QStringLiteral("blocked"), QT_TR_NOOP("Your mail server's address is blocked")},
        {QStringLiteral("contenterror"), QT_TR_NOOP("The mail's format or content was refused")},
        {QStringLiteral("exceedlimit"), QT_TR_NOOP("The mail is larger than the recipient allows")},
        {QStringLiteral("expired"), QT_TR_NOOP("Delivery was tried for too long and given up")},
        {QStringLiteral("failedstarttls"), QT_TR_NOOP("The servers could not set up encryption")},
        {QStringLiteral("filtered"), QT_TR_NOOP("The recipient's filter refused the mail")},
        {QStringLiteral("hasmoved"), QT_TR_NOOP("The recipient's address has changed")},
        {QStringLiteral("hostunknown"), QT_TR_NOOP("The recipient's domain does not exist")},
        {QStringLiteral("mailboxfull"), QT_TR_NOOP("The recipient's mailbox is full")},
        {QStringLiteral("mailererror"), QT_TR_NOOP("A program on the recipient's server failed")},
        {QStringLiteral("mesgtoobig"), QT_TR_NOOP("The mail is too large")},
        {QStringLiteral("networkerror"), QT_TR_NOOP("The servers could not connect")},
        {QStringLiteral("norelaying"), QT_TR_NOOP("The server refused to pass the mail on")},
        {QStringLiteral("notaccept"), QT_TR_NOOP("The recipient's domain accepts no mail")},
        {QStringLiteral("notcompliantrfc"), QT_TR_NOOP("The mail breaks the mail format rules")},
        {QStringLiteral("onhold"), QT_TR_NOOP("The cause is not clear from the returned mail")},
        {QStringLiteral("policyviolation"), QT_TR_NOOP("The recipient's rules refused the mail")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Your sender address was refused")},
        {QStringLiteral("requireptr"),
         QT_TR_NOOP("Your mail server's address has no proper name (reverse DNS)")},
        {QStringLiteral("securityerror"), QT_TR_NOOP("A security check failed")},
        {QStringLiteral("spamdetected"), QT_TR_NOOP("The mail was judged to be spam")},
        {QStringLiteral("speeding"), QT_TR_NOOP("Too much mail was sent too quickly")},
        {QStringLiteral("suppressed"), QT_TR_NOOP("The address is on the sender's own stop list")},
        {QStringLiteral("suspend"), QT_TR_NOOP("The recipient's mailbox is suspended")},
        {QStringLiteral("syntaxerror"), QT_TR_NOOP("The servers did not understand each other")},
        {QStringLiteral("systemerror"), QT_TR_NOOP("The recipient's server had an error")},
        {QStringLiteral("systemfull"), QT_TR_NOOP("The recipient's server is out of space")},
        {QStringLiteral("toomanyconn"), QT_TR_NOOP("Too many connections at once")},
        {QStringLiteral("undefined"), QT_TR_NOOP("The cause could not be determined")},
        {QStringLiteral("userunknown"), QT_TR_NOOP("The recipient's address does not exist")},
        {QStringLiteral("virusdetected"), QT_TR_NOOP("A virus was found in the mail")},
    };
    const auto phrase = phrases.constFind(reasonClass);
    if (phrase == phrases.cend())
        return tr("The cause could not be determined");
    return tr(phrase.value());
}

QString BounceExplanation::text(const BounceReport &report)
{
    switch (report.kind) {
    case MessageKind::Feedback:
        return tr("This is a spam complaint report: someone marked one of your mails as spam. "
                  "It is not a delivery failure. Repeated complaints can get your server "
                  "blocked, so tell your mail administrator.");
    case MessageKind::AutoReply:
        return tr("This is an automatic reply, such as an out-of-office message. Your mail was "
                  "delivered; nothing needs to be done.");
    case MessageKind::Delivered:
        return tr("This is a delivery confirmation: your mail was delivered. Nothing needs to "
                  "be done.");
    case MessageKind::NotBounce:
        return tr("This does not look like a returned mail. Paste the whole returned mail, "
                  "drop the file, or type the IP address or domain to check.");
    case MessageKind::Failure:
    case MessageKind::Delay:
        break;
    }

    const QString ip = report.citedIps.isEmpty() ? QString() : report.citedIps.first();
    if (const NamedBlocklist *receiver = receiverSideListing(report)) {
        return tr("The recipient's server could not use %1 properly: that list refuses the "
                  "recipient's own DNS server (for example \"open resolver\"). This does not "
                  "mean your server is listed; the problem is on the recipient's side. Ask "
                  "the recipient to forward this to their mail administrator.")
            .arg(receiver->name);
    }
    if (const NamedBlocklist *listing = senderSideListing(report); listing && listing->provider) {
        // Gmail, Outlook.com, Trend Micro ERS …: the receiver's own reputation system, which
        // cannot be asked by DNS; its instruction says what to click.
        const QString instruction =
            QCoreApplication::translate("Catalog", listing->instruction.toUtf8().constData());
        if (report.kind == MessageKind::Delay) // a temporary deferral, not a refusal yet
            return tr("%1 is holding back mail from your mail server for now because of its "
                      "reputation; your server keeps trying. %2")
                .arg(listing->name, instruction);
        if (ip.isEmpty())
            return tr("%1 refused your mail because of your mail server's reputation. %2")
                .arg(listing->name, instruction);
        return tr("%1 refused mail from your mail server (%2) because of its reputation. %3")
            .arg(listing->name, ip, instruction);
    }
    if (const NamedBlocklist *listing = senderSideListing(report)) {
        if (ip.isEmpty())
            return tr("The recipient's server refused your mail because your mail server is "
                      "on %1. Check your server's address below, fix the cause with your mail "
                      "administrator, then ask %1 for removal.")
                .arg(listing->name);
        if (listing->removalUrl.isEmpty())
            return tr("The recipient's server refused your mail because your mail server (%1) "
                      "is on %2. Fix the cause with your mail administrator (for example an "
                      "infected PC or a hacked mail account). %2 has no removal form: open its "
                      "page below to see how the listing ends.")
                .arg(ip, listing->name);
        return tr("The recipient's server refused your mail because your mail server (%1) is "
                  "on %2. Fix the cause with your mail administrator (for example an "
                  "infected PC or a hacked mail account), then request removal from %2.")
            .arg(ip, listing->name);
    }
    if (const NamedBlocklist *retired = retiredListing(report)) {
        return tr("The recipient's server still uses %1, a blocklist that no longer works. "
                  "Your server is probably not at fault; ask the recipient's mail "
                  "administrator to stop using it.")
            .arg(retired->name);
    }
    if (report.kind == MessageKind::Delay)
        return tr("Your mail has not been delivered yet, and your mail server keeps trying. "
                  "Nothing needs to be done unless a final failure notice arrives.");

    const QString reasonClass =
        report.failures.isEmpty() ? QString() : report.failures.first().reason;
    const QString recipient =
        report.failures.isEmpty() ? QString() : report.failures.first().recipient;
    if (reasonClass == QLatin1String("userunknown") ||
        reasonClass == QLatin1String("hostunknown") || reasonClass == QLatin1String("hasmoved")) {
        if (recipient.isEmpty())
            return tr("The recipient's address could not be found. Check it for typing "
                      "mistakes, or ask the recipient for the right address.");
        return tr("The address %1 could not be found. Check it for typing mistakes, or ask the "
                  "recipient for the right address.")
            .arg(recipient);
    }
    if (reasonClass == QLatin1String("mailboxfull") || reasonClass == QLatin1String("suspend"))
        return tr("The recipient's mailbox cannot take mail at the moment. Try again later or "
                  "contact the recipient another way.");
    if (reasonClass == QLatin1String("blocked") || reasonClass == QLatin1String("badreputation") ||
        reasonClass == QLatin1String("requireptr") || reasonClass == QLatin1String("authfailure") ||
        reasonClass == QLatin1String("spamdetected")) {
        if (!ip.isEmpty())
            return tr("The recipient's server refused mail from your mail server (%1): %2. "
                      "Check it against the blocklists below and give this report to your "
                      "mail administrator.")
                .arg(ip, reason(reasonClass));
        return tr("The recipient's server refused your mail: %1. Check your mail server's "
                  "address against the blocklists and give this report to your mail "
                  "administrator.")
            .arg(reason(reasonClass));
    }
    return tr("Your mail was not delivered: %1. Give this report to your mail administrator.")
        .arg(reason(reasonClass));
}

#include "resulttext.h"

QString ResultText::catalogText(const QString &english)
{
    if (english.isEmpty())
        return english;
    // Catalog strings are extracted for translators by app/catalog/catalogstrings.cpp.
    return QCoreApplication::translate("Catalog", english.toUtf8().constData());
}

QString ResultText::statusWord(ListStatus status)
{
    switch (status) {
    case ListStatus::Listed:
        return tr("Listed");
    case ListStatus::NotListed:
        return tr("Not listed");
    case ListStatus::Refused:
        //: The blocklist refused to answer our DNS server.
        return tr("Refused");
    case ListStatus::Unusable:
        //: The blocklist failed its self-test and is not trusted now.
        return tr("Not working");
    case ListStatus::Failed:
        //: The query failed (timeout, DNS error).
        return tr("Could not check");
    case ListStatus::Skipped:
        //: The blocklist does not check this kind of address.
        return tr("Not applicable");
    }
    return {};
}

QStringList ResultText::meanings(const ListResult &result)
{
    QStringList words;
    for (const QString &meaning : result.meanings)
        words.append(catalogText(meaning));
    if (words.isEmpty() && result.status == ListStatus::Listed) {
        QStringList codes;
        for (quint32 answer : result.answers)
            codes.append(ListStatusNames::addressText(answer));
        words.append(tr("Listed (code %1; the list does not document its meaning).")
                         .arg(codes.join(QLatin1String(", "))));
    }
    return words;
}

QString ResultText::detail(const ListResult &result, int timeoutMs)
{
    const QString answer =
        result.answers.isEmpty() ? QString() : ListStatusNames::addressText(result.answers.first());
    switch (result.reason) {
    case ResultReason::None:
        break;
    case ResultReason::ListRefused:
        return tr("This list refused to answer the DNS server you use: %1 Use your internet "
                  "provider's DNS server or your company's own, not a public DNS service such as "
                  "8.8.8.8, and check again.")
            .arg(catalogText(result.refusal));
    case ResultReason::SelfTestMissingPositive:
        return tr("This list failed its self-test: it does not list its own test address, so it "
                  "may have stopped working. Its answers are ignored for now.");
    case ResultReason::SelfTestListsNegative:
        return tr("This list failed its self-test: it lists a test address that must never be "
                  "listed, so it would call every address listed. Its answers are ignored for "
                  "now.");
    case ResultReason::SelfTestBadAnswer:
        return tr("This list's test query returned %1, which is not a blocklist answer. Your DNS "
                  "server or network may be changing answers. Its answers are ignored for now.")
            .arg(answer);
    case ResultReason::Timeout:
        return tr("No answer within %1 seconds. The list or your DNS server may be slow or down; "
                  "try again later.")
            .arg(QString::number(timeoutMs / 1000.0, 'g', 3));
    case ResultReason::ServerFailure:
        return tr("The DNS server reported a failure (SERVFAIL) for this list. Some lists only "
                  "answer DNS servers registered with them. Try again later or use another DNS "
                  "server.");
    case ResultReason::ServerRefused:
        return tr("Your DNS server refused the question (REFUSED). Check the DNS server setting.");
    case ResultReason::NoAnswer:
        return tr("The DNS server did not answer. Check your network connection and the DNS "
                  "server setting.");
    case ResultReason::ResolverError:
        return tr("No DNS server could be used. Check your network connection.");
    case ResultReason::BadAnswer:
        return tr("The answer %1 is not a blocklist answer: your DNS server or network is "
                  "changing answers, so this list could not be checked. Use another DNS server.")
            .arg(answer);
    case ResultReason::Cancelled:
        return tr("The check was stopped before this list answered. Check again to get its "
                  "answer.");
    case ResultReason::WrongKind:
        return tr("This list does not check this kind of address.");
    case ResultReason::NeedsKey:
        return tr("This list needs an access key. Enter your key in the settings to use it.");
    }
    if (result.status == ListStatus::Listed)
        return meanings(result).join(QLatin1Char(' '));
    return {};
}

QString ResultText::verdictSentence(const TargetReport &report)
{
    const QString who =
        report.target.checkedAs.isEmpty() ? report.target.input : report.target.checkedAs;
    if (report.target.kind == TargetKind::Invalid)
        return invalidTarget(report.target);
    if (report.target.kind == TargetKind::NotPublic)
        return notPublicTarget(report.target);
    switch (report.verdict) {
    case Verdict::Listed:
        if (report.onlyPolicyListings)
            return tr("%1 is listed on %2 of %3 blocklists, but only as a policy listing (for "
                      "example, an address range meant for home users). This is not a spam "
                      "listing; ask your mail provider whether you should send through their "
                      "server.")
                .arg(who)
                .arg(report.listedCount)
                .arg(report.applicableCount);
        return tr("%1 is listed on %2 of %3 blocklists.")
            .arg(who)
            .arg(report.listedCount)
            .arg(report.applicableCount);
    case Verdict::Clean:
        return tr("%1 is not listed on any of %2 blocklists.").arg(who).arg(report.applicableCount);
    case Verdict::Incomplete:
        if (report.couldNotCheckCount == report.applicableCount)
            return tr("None of the %1 blocklists could be checked for %2, so nothing is known yet. "
                      "See why below.")
                .arg(report.applicableCount)
                .arg(who);
        return tr("%1 is not listed on the blocklists that answered, but %2 of %3 blocklists could "
                  "not be checked. See why below.")
            .arg(who)
            .arg(report.couldNotCheckCount)
            .arg(report.applicableCount);
    case Verdict::NotCheckable:
        break;
    }
    return tr("None of the selected blocklists checks this kind of address (%1).").arg(who);
}

QString ResultText::invalidTarget(const Target &target)
{
    switch (target.invalidReason) {
    case InvalidReason::Empty:
        return tr("Nothing to check. Enter an IP address (such as 192.0.2.1), a domain (such as "
                  "example.com) or an e-mail address.");
    case InvalidReason::TooLong:
        return tr("This is too long to be an address. Enter one IP address, domain or e-mail "
                  "address, or paste the whole returned mail into the bounce reader.");
    case InvalidReason::Whitespace:
        return tr("\"%1\" contains spaces. Enter one IP address, domain or e-mail address without "
                  "spaces.")
            .arg(target.input);
    case InvalidReason::BadIpv4:
        return tr("\"%1\" is not a valid IPv4 address: it must be four numbers from 0 to 255 "
                  "separated by dots, such as 192.0.2.1.")
            .arg(target.input);
    case InvalidReason::BadIpv6:
        return tr("\"%1\" is not a valid IPv6 address, such as 2001:db8::1.").arg(target.input);
    case InvalidReason::BadDomain:
        return tr("\"%1\" is not a valid domain name. A domain looks like example.com: letters, "
                  "digits and hyphens, separated by dots.")
            .arg(target.input);
    case InvalidReason::BadEmail:
        return tr("\"%1\" is not a valid e-mail address. An e-mail address looks like "
                  "name@example.com.")
            .arg(target.input);
    case InvalidReason::None:
        break;
    }
    return {};
}

QString ResultText::notPublicTarget(const Target &target)
{
    const QString address = target.checkedAs;
    switch (target.range) {
    case AddressRange::Private:
    case AddressRange::SharedCgnat:
    case AddressRange::UniqueLocal:
        return tr("%1 is a private address, used only inside a company or home network. "
                  "Blocklists only see your public address: ask your administrator or mail "
                  "provider for the public IP address of your mail server.")
            .arg(address);
    case AddressRange::Loopback:
        return tr("%1 is this computer's own address (loopback). Blocklists only see your public "
                  "address: ask your administrator for the public IP address of your mail server.")
            .arg(address);
    case AddressRange::LinkLocal:
        return tr("%1 is a link-local address that only works on the local network. Blocklists "
                  "only see your public address: ask your administrator for the public IP address "
                  "of your mail server.")
            .arg(address);
    case AddressRange::Documentation:
        return tr("%1 is an example address reserved for documentation; no real mail server uses "
                  "it. Look in the returned mail for the real address of your mail server.")
            .arg(address);
    case AddressRange::Ipv4Mapped:
        return tr("%1 is an IPv4 address written in IPv6 form. Check the IPv4 address instead.")
            .arg(address);
    case AddressRange::Benchmarking:
    case AddressRange::Multicast:
    case AddressRange::Broadcast:
    case AddressRange::Unspecified:
    case AddressRange::Reserved:
    case AddressRange::Public:
        break;
    }
    return tr("%1 is a special or reserved address that no mail server on the Internet uses, so it "
              "cannot be on a public blocklist. Check the address of your mail server.")
        .arg(address);
}

#include "textscanner.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &addressPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*"));
    return pattern;
}

// An SMTP reply: "550 5.1.1 …", "550-5.7.1 …", "554 …", or an enhanced code alone.
const QRegularExpression &errorLinePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|[\\s:(<>])([45]\\d\\d)([ -]|$)|\\b[45]\\.\\d{1,3}\\.\\d{1,3}\\b|"
                       "blocked using|user unknown|unknown user|no such user|does not exist|"
                       "mailbox (is )?full|over quota|refused|rejected|denied|exceed|quota|"
                       "host unknown|unrouteable|timed out|not found|\\bfull\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString normalizedAddress(QString address)
{
    while (!address.isEmpty() &&
           (address.endsWith(QLatin1Char('.')) || address.endsWith(QLatin1Char('-'))))
        address.chop(1);
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address;
    return address.left(at) + address.mid(at).toLower();
}

bool isIgnored(const QString &address, const QStringList &ignore)
{
    const QString lower = address.toLower();
    if (lower.startsWith(QLatin1String("mailer-daemon@")) ||
        lower.startsWith(QLatin1String("postmaster@")))
        return true;
    for (const QString &other : ignore) {
        if (other.compare(address, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A line that introduces a failed recipient, and the address on it.
// Shapes: "<a@b>", "a@b", "<a@b>:", "<a@b>: host … said: …", "  a@b", "a@b: …",
// "<a@b>... User unknown", "Recipient: a@b", "RCPT TO:<a@b>" is a transcript, not a heading.
bool recipientHeading(const QString &line, QString *address, QString *rest)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 400)
        return false;
    static const QRegularExpression heading(
        QStringLiteral(
            "^(?:(?:failed |original |final |intended )?recipient(?: address)?s?:?\\s*|"
            "to:\\s*|address:\\s*|\\*\\s*)?"
            "(?:\"[^\"]*\"\\s*)?<?(?:rfc822;\\s*)?"
            "([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)>?"
            "(?:\\s*\\((?:expanded from|generated from)[^)]*\\))?"
            "(\\s*(?::|\\.\\.\\.|,|;)(.*)|\\s*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = heading.match(trimmed);
    if (!match.hasMatch())
        return false;
    *address = match.captured(1);
    *rest = match.captured(3).trimmed();
    return true;
}

bool isQuotedHeaderLine(const QString &line)
{
    static const QRegularExpression header(
        QStringLiteral("^(From|To|Cc|Subject|Date|Reply-To|Return-Path|Sender|Delivered-To|"
                       "Message-ID|X-[A-Za-z-]+):"),
        QRegularExpression::CaseInsensitiveOption);
    return header.match(line).hasMatch();
}

QString hostFrom(const QString &text)
{
    static const QRegularExpression host(
        QStringLiteral("\\bhost\\s+([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})\\s*\\[|"
                       "\\bhost\\s+([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})\\s+said|"
                       "while talking to ([A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = host.match(text);
    if (!match.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (!match.captured(i).isEmpty())
            return match.captured(i);
    }
    return {};
}

// Lines that mention an address in a sentence ("There was an error delivering your mail to
// <a@b>.", "User mailbox exceeds allowed size: a@b", "target mail address: a@b").
bool mentionsRecipient(const QString &line)
{
    static const QRegularExpression words(
        QStringLiteral("deliver|recipient|address|reach|user|mailbox|could not|failed|error|"
                       "\\bto:|unknown|rejected|refused|exceed|full|宛先|あて先"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression contact(
        QStringLiteral("contact|support|help|administrator|questions|inquir|please write|"
                       "https?://|reply-to|from:|sender|cc:|問い合わせ"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(line).hasMatch() && !contact.match(line).hasMatch();
}

// Error text near line `index` when the line itself has none: the next paragraph, else the
// previous non-empty line.
QString nearbyError(const QStringList &lines, qsizetype index)
{
    if (index > 0 && errorLinePattern().match(lines.at(index - 1)).hasMatch())
        return lines.at(index - 1).trimmed();
    for (qsizetype i = index + 1; i < lines.size() && i < index + 6; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (errorLinePattern().match(line).hasMatch() || line.size() > 10) {
            QStringList paragraph{line};
            for (qsizetype j = i + 1; j < lines.size() && j < i + 4; ++j) {
                if (lines.at(j).trimmed().isEmpty())
                    break;
                paragraph.append(lines.at(j).trimmed());
            }
            return paragraph.join(QLatin1Char(' '));
        }
    }
    for (qsizetype i = index - 1; i >= 0 && i > index - 4; --i) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty())
            return line;
    }
    return {};
}

bool precededBySenderPhrase(const QStringList &lines, qsizetype index)
{
    static const QRegularExpression sender(
        QStringLiteral("(sent|written|submitted) by:?\\s*$|^\\s*from:?\\s*$|sender:?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = index - 1; i >= 0 && i >= index - 2; --i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        return sender.match(lines.at(i)).hasMatch();
    }
    return false;
}

} // namespace

namespace TextScanner {

QStringList addresses(const QString &text)
{
    QStringList found;
    auto it = addressPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString address = normalizedAddress(it.next().captured(0));
        if (!found.contains(address, Qt::CaseInsensitive))
            found.append(address);
    }
    return found;
}

qsizetype returnedMessageStart(const QString &text)
{
    static const QRegularExpression separator(
        QStringLiteral("^[\\s\\-=_*]*(original message|copy of the message|returned message|"
                       "unsent message|undelivered message|header of the original|"
                       "original message headers|message headers follow|"
                       "this is a copy of|below this line is a copy|returned mail follows|"
                       "original mail follows|message follows|headers of the original|"
                       "text of the message follows|content of the original)[^\\n]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = separator.match(text);
    return match.hasMatch() ? match.capturedStart() : -1;
}

QString firstErrorLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isQuotedHeaderLine(line))
            continue;
        if (!errorLinePattern().match(line).hasMatch())
            continue;
        QString joined = line.trimmed();
        // Continuation: indented lines, or "550-" multi-line replies.
        for (qsizetype j = i + 1; j < lines.size() && j < i + 8; ++j) {
            const QString &next = lines.at(j);
            if (next.trimmed().isEmpty())
                break;
            if (next.startsWith(QLatin1Char(' ')) || next.startsWith(QLatin1Char('\t')) ||
                QRegularExpression(QStringLiteral("^[245]\\d\\d-")).match(next).hasMatch() ||
                QRegularExpression(QStringLiteral("^[245]\\d\\d ")).match(next).hasMatch())
                joined += QLatin1Char(' ') + next.trimmed();
            else
                break;
        }
        return joined.simplified();
    }
    return {};
}

QList<Finding> scan(const QString &text, const QStringList &ignore)
{
    QList<Finding> findings;
    const QStringList lines = text.split(QLatin1Char('\n'));
    struct Heading
    {
        qsizetype line;
        QString address;
        QString rest;
    };
    QList<Heading> headings;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString address;
        QString rest;
        if (isQuotedHeaderLine(lines.at(i)))
            continue;
        if (!recipientHeading(lines.at(i), &address, &rest) || isIgnored(address, ignore))
            continue;
        // Postfix repeats the address inside its own wrapped error text: not a new heading.
        const bool indented =
            lines.at(i).startsWith(QLatin1Char(' ')) || lines.at(i).startsWith(QLatin1Char('\t'));
        if (indented && !headings.isEmpty() && headings.last().line >= i - 5 &&
            headings.last().address.compare(address, Qt::CaseInsensitive) == 0)
            continue;
        // "A message sent by <a@b> could not be delivered": the sender, not a recipient.
        if (precededBySenderPhrase(lines, i))
            continue;
        headings.append({i, normalizedAddress(address), rest});
    }
    if (headings.isEmpty()) {
        // No address stands as a heading: take addresses mentioned in delivery sentences.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (isQuotedHeaderLine(line) ||
                !(mentionsRecipient(line) || errorLinePattern().match(line).hasMatch()))
                continue;
            const QStringList found = addresses(line);
            if (found.size() != 1 || isIgnored(found.first(), ignore))
                continue;
            QString rest = line;
            rest.remove(found.first(), Qt::CaseInsensitive);
            rest.remove(QLatin1Char('<'));
            rest.remove(QLatin1Char('>'));
            rest = rest.simplified();
            if (!errorLinePattern().match(rest).hasMatch())
                rest = QString(rest + QLatin1Char(0x20) + nearbyError(lines, i)).simplified();
            bool known = false;
            for (const Finding &finding : std::as_const(findings))
                known |= finding.recipient.compare(found.first(), Qt::CaseInsensitive) == 0;
            if (!known)
                findings.append({normalizedAddress(found.first()), rest, hostFrom(rest)});
        }
        return findings;
    }
    for (qsizetype h = 0; h < headings.size(); ++h) {
        const Heading &heading = headings.at(h);
        const qsizetype end = h + 1 < headings.size() ? headings.at(h + 1).line : lines.size();
        QStringList block;
        if (!heading.rest.isEmpty())
            block.append(heading.rest);
        bool sawText = !heading.rest.isEmpty();
        for (qsizetype i = heading.line + 1; i < end && i < heading.line + 30; ++i) {
            const QString &line = lines.at(i);
            if (line.trimmed().isEmpty()) {
                // "because:", "Technical details of permanent failure:" introduce the next
                // paragraph; anything else ends the block.
                if (sawText && !block.isEmpty() && block.last().endsWith(QLatin1Char(':')))
                    continue;
                if (sawText)
                    break;
                continue;
            }
            if (isQuotedHeaderLine(line))
                break;
            block.append(line.trimmed());
            sawText = true;
        }
        Finding finding;
        finding.recipient = heading.address;
        finding.diagnostic = block.join(QLatin1Char(' ')).simplified();
        finding.remoteMta = hostFrom(finding.diagnostic);
        // The same address listed twice (summary, then transcript): keep the richer one.
        bool merged = false;
        for (Finding &earlier : findings) {
            if (earlier.recipient.compare(finding.recipient, Qt::CaseInsensitive) == 0) {
                if (earlier.diagnostic.size() < finding.diagnostic.size() &&
                    errorLinePattern().match(finding.diagnostic).hasMatch())
                    earlier = finding;
                merged = true;
            }
        }
        if (!merged)
            findings.append(finding);
    }
    return findings;
}

} // namespace TextScanner

#include "bouncereader.h"

#include "citations.h"
#include "core/logging.h"
#include "deliverystatus.h"
#include "htmltext.h"
#include "mimeentity.h"
#include "outlookmsg.h"
#include "reasonclassifier.h"
#include "smtpreply.h"
#include "target/target.h"
#include "textcodecs.h"
#include "textscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

// What the walk over the MIME tree collected.
struct Parts
{
    QString humanText; // text/plain outside the returned message (HTML only when no plain)
    // The text/html parts, converted only when there is no plain text (most bounces that have
    // HTML have a plain alternative too, and converting HTML is not cheap).
    QList<const MimeEntity *> htmlParts;
    QList<DeliveryStatus> statuses;
    QList<DeliveryStatus> statusesInText; // the same fields pasted into a text part
    bool feedbackReport = false;
    QString feedbackText; // RFC 5965 fields: Feedback-Type, Source-IP, …
    const MimeEntity *returnedMessage = nullptr;
};

QString textFromHtml(const QList<const MimeEntity *> &htmlParts)
{
    QString text;
    for (const MimeEntity *part : htmlParts)
        text += HtmlText::toPlainText(part->text()) + QLatin1Char('\n');
    return text;
}

void walk(const MimeEntity &entity, bool insideReturned, Parts *parts)
{
    const QByteArray type = entity.mimeType();
    if (entity.isMessage()) {
        if (!insideReturned && !parts->returnedMessage && !entity.parts().isEmpty())
            parts->returnedMessage = &entity.parts().first();
        return; // never read the returned message as the bounce's own text
    }
    if (entity.isMultipart()) {
        for (const MimeEntity &part : entity.parts())
            walk(part, insideReturned, parts);
        return;
    }
    if (type == "message/delivery-status" || type == "message/global-delivery-status") {
        parts->statuses.append(DeliveryStatus::parse(entity.text()));
        return;
    }
    if (type == "message/feedback-report") {
        parts->feedbackReport = true;
        parts->feedbackText += entity.text();
        return;
    }
    if (type == "text/plain" || type == "text/enriched") {
        const QString text = entity.text();
        if (DeliveryStatus::looksLikeDeliveryStatus(text)) {
            parts->statusesInText.append(DeliveryStatus::parse(text));
            if (entity.isAttachment())
                return;
        }
        parts->humanText += text + QLatin1Char('\n');
        return;
    }
    if (type == "text/html")
        parts->htmlParts.append(&entity);
    // Anything else (images, attachments) is ignored: never opened, never written.
}

bool looksLikeHeaderBlock(const QByteArray &data)
{
    // A message starts with a field, "^(>?From |[!-9;-~]+:)" within the first line's first 200
    // bytes; pasted text usually does not.
    const qsizetype lineEnd = data.indexOf('\n');
    const QByteArrayView first = QByteArrayView(data).first(
        lineEnd < 0 ? qMin<qsizetype>(data.size(), 200) : qMin<qsizetype>(lineEnd, 200));
    qsizetype nameEnd = 0; // printable ASCII other than ":"
    while (nameEnd < first.size() && first.at(nameEnd) >= '!' && first.at(nameEnd) <= '~' &&
           first.at(nameEnd) != ':')
        ++nameEnd;
    const bool startsWithField = nameEnd > 0 && nameEnd < first.size() && first.at(nameEnd) == ':';
    if (!startsWithField && !first.startsWith("From ") && !first.startsWith(">From "))
        return false;
    // One of these fields in the first 8 kB, in any case: at the start or after a line break.
    const QByteArrayView head = QByteArrayView(data).first(qMin<qsizetype>(data.size(), 8192));
    const auto fieldAt = [head](qsizetype at, std::initializer_list<const char *> names) {
        for (const char *name : names) {
            const QByteArrayView fieldName(name);
            if (head.size() - at >= fieldName.size() && (head.at(at) | 0x20) == fieldName.at(0) &&
                qstrnicmp(head.data() + at, fieldName.data(), fieldName.size()) == 0)
                return true;
        }
        return false;
    };
    if (fieldAt(0, {"received:", "from:", "return-path:"}))
        return true;
    for (qsizetype at = head.indexOf('\n'); at >= 0; at = head.indexOf('\n', at + 1)) {
        if (fieldAt(at + 1, {"from:", "subject:", "received:", "date:", "to:", "content-type:"}))
            return true;
    }
    return false;
}

QString addressOf(const QString &headerValue)
{
    const QStringList found = TextScanner::addresses(headerValue);
    return found.isEmpty() ? QString() : found.first();
}

bool isBinary(const QByteArray &data)
{
    // Counted without early exits, in byte-sized counters a block of 240 bytes at a time (under
    // 256, and whole vectors: no scalar tail per block), so the compiler vectorises the loop
    // without widening every byte to an int.
    const auto *head = reinterpret_cast<const unsigned char *>(data.constData());
    const int size = int(qMin<qsizetype>(data.size(), 4096));
    int zeros = 0;
    int controls = 0; // C0 controls other than tab, line breaks (9–13) and escape (27)
    for (int block = 0; block < size; block += 240) {
        const int end = qMin(size, block + 240);
        unsigned char blockZeros = 0;
        unsigned char blockControls = 0;
        for (int i = block; i < end; ++i) {
            const unsigned char byte = head[i];
            blockZeros += byte == 0;
            // 0 or 1 for every byte: the ranges subtracted lie inside byte < 32.
            blockControls += (byte < 32) - ((unsigned char)(byte - 9) < 5) - (byte == 27);
        }
        zeros += blockZeros;
        controls += blockControls;
    }
    return zeros > 0 || controls > size / 10;
}

// Whether `data` is only ASCII white space (what QByteArray::trimmed() removes), without the
// copy trimmed() makes.
bool isBlank(QByteArrayView data)
{
    return std::all_of(data.begin(), data.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
}

// Whether `text` is only white space (what QString::trimmed() removes), without the copy.
bool isBlankText(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// Signals that a message was written by a mail system about a delivery. `subject`: the
// decoded Subject of `headers` (decoded once per message, not once per question).
bool looksLikeBounceEnvelope(const MimeHeaders &headers, const QString &subject)
{
    static const QRegularExpression bounceSubject(
        QStringLiteral("undeliver|undelivered|delivery (status )?(notification|failure|failed|"
                       "report|problem)|returned mail|mail delivery|failure notice|"
                       "non[- ]?delivery|could not be delivered|delivery has failed|"
                       "rejected|returned to sender|nondeliverable|error sending|"
                       "mail system error|warning: could not send|delayed mail|"
                       "message not delivered|配信|不達|送信エラー|エラー"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression from(
        QStringLiteral("mailer-daemon|postmaster|mail delivery|mail administrator|"
                       "mailer|bounce|mdaemon|daemon@"),
        QRegularExpression::CaseInsensitiveOption);
    return ValidText::contains(bounceSubject, subject) ||
           ValidText::contains(from, headers.text("From"));
}

MessageKind autoReplyKind(const MimeHeaders &headers, const QString &subject)
{
    const QByteArray autoSubmitted = headers.raw("Auto-Submitted").toLower();
    static const QRegularExpression autoReplySubject(
        QStringLiteral("^(auto(matic)?[ -]?(reply|response)|out of (the )?office|"
                       "autoreply|auto:|vacation|away from|自動応答|不在)"),
        QRegularExpression::CaseInsensitiveOption);
    if (autoSubmitted.startsWith("auto-replied") || headers.contains("X-Autoreply") ||
        headers.contains("X-Autorespond") || headers.raw("Precedence").toLower() == "auto_reply" ||
        ValidText::contains(autoReplySubject, subject.trimmed()))
        return MessageKind::AutoReply;
    return MessageKind::NotBounce;
}

// QString::simplified(), without the copy it always makes when `text` is simplified already
// (as diagnostics from the report and the scanner are).
QString simplifiedText(const QString &text)
{
    if (text.isEmpty())
        return text.simplified();
    bool afterSpace = true; // a space first would be cut
    for (const QChar c : text) {
        const bool space = c.unicode() < 0x80
                               ? c == QLatin1Char(' ') || (c.unicode() >= 9 && c.unicode() <= 13)
                               : c.isSpace();
        if (space && (afterSpace || c != QLatin1Char(' ')))
            return text.simplified();
        afterSpace = space;
    }
    return afterSpace ? text.simplified() : text;
}

// "550 5.7.1 …" → reply code and enhanced status as written.
void splitCodes(const QString &diagnostic, QString *replyCode, QString *status)
{
    const SmtpReply::Codes codes = SmtpReply::firstReply(diagnostic);
    if (replyCode->isEmpty())
        *replyCode = codes.replyCode;
    if (status->isEmpty())
        *status = codes.status.isEmpty() ? SmtpReply::firstStatus(diagnostic) : codes.status;
}

// Multi-line SMTP replies repeat their codes on every line ("550-5.7.26 … 550-5.7.26 …"); once
// joined into one line, only the first copy is kept.
QString withoutContinuationCodes(const QString &diagnostic)
{
    static const QRegularExpression code(
        QStringLiteral("(?:^|\\s)([245]\\d\\d[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s)?)"));
    // Only a dashed code ("550-") has copies to drop, and most replies have none: the search for
    // one is far cheaper than the pattern.
    const auto isDashedCode = [&diagnostic](qsizetype at) {
        const auto isDigit = [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        };
        const QChar first = diagnostic.at(at);
        return (first == QLatin1Char('2') || first == QLatin1Char('4') ||
                first == QLatin1Char('5')) &&
               isDigit(diagnostic.at(at + 1)) && isDigit(diagnostic.at(at + 2));
    };
    bool anyDashedCode = false;
    for (qsizetype dash = diagnostic.indexOf(QLatin1Char('-'), 3); !anyDashedCode && dash >= 0;
         dash = diagnostic.indexOf(QLatin1Char('-'), dash + 1))
        anyDashedCode = isDashedCode(dash - 3);
    if (!anyDashedCode)
        return diagnostic;
    const QRegularExpressionMatch first = ValidText::match(code, diagnostic);
    if (!first.hasMatch() || !first.captured(1).contains(QLatin1Char('-')))
        return diagnostic;
    const QString token = first.captured(1).trimmed();
    QString rest = diagnostic.mid(first.capturedEnd());
    QString dashed = token;
    rest.replace(QLatin1Char(' ') + dashed + QLatin1Char(' '), QLatin1String(" "));
    dashed.replace(3, 1, QLatin1Char(' ')); // the last line: "550 5.7.26"
    rest.replace(QLatin1Char(' ') + dashed + QLatin1Char(' '), QLatin1String(" "));
    return diagnostic.left(first.capturedEnd()) + rest;
}

FailedRecipient failureFrom(const QString &recipient, const QString &action, const QString &status,
                            const QString &diagnostic, const QString &remoteMta,
                            const QString &context = QString(),
                            const QString &diagnosticType = QString())
{
    FailedRecipient failure;
    failure.recipient = recipient;
    // RFC 3464 actions; anything else a server invents ("expired", "bounced") is a failure.
    static const QStringList known = {QStringLiteral("failed"),    QStringLiteral("delayed"),
                                      QStringLiteral("delivered"), QStringLiteral("relayed"),
                                      QStringLiteral("expanded"),  QStringLiteral("deliverable")};
    failure.action = known.contains(action) ? action : QStringLiteral("failed");
    failure.diagnostic = withoutContinuationCodes(simplifiedText(diagnostic));
    failure.remoteMta = remoteMta;
    // The code the remote server wrote beats the one the reporting MTA summarised it as
    // (Postfix writes 4.4.7 "expired" over a remote 4.7.1, Exim 5.0.0 over anything).
    splitCodes(failure.diagnostic, &failure.replyCode, &failure.status);
    if (failure.status.isEmpty())
        failure.status = status;
    if (failure.action == QLatin1String("failed") && failure.status.startsWith(QLatin1Char('4')) &&
        action.isEmpty())
        failure.action = QStringLiteral("delayed");
    // The SMTP command the remote server was answering, from MTA wording around the reply.
    QString command = SmtpReply::answeredCommand(failure.diagnostic);
    if (command.isEmpty())
        command = SmtpReply::answeredCommand(context);
    failure.reason =
        ReasonClassifier::classify({failure.diagnostic, failure.status, failure.replyCode,
                                    failure.action, command, diagnosticType});
    // Google Groups refuses posts from non-members in the reader's own language.
    if (failure.reason == QLatin1String("onhold") &&
        failure.recipient.endsWith(QLatin1String("@googlegroups.com"), Qt::CaseInsensitive))
        failure.reason = QStringLiteral("rejected");
    return failure;
}

} // namespace

BounceReader::BounceReader(const Catalog &catalog)
    : m_mentions(catalog)
{
}

BounceReport BounceReader::readFile(const QString &path) const
{
    BounceReport report;
    report.file = path;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        report.error = tr("This is a folder, not a mail file.");
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = info.exists()
                           ? tr("The file could not be opened: %1").arg(file.errorString())
                           : tr("The file does not exist.");
        return report;
    }
    if (file.size() > MaxInputBytes) {
        report.error = tr("The file is too large to be a returned mail (over %1 MB).")
                           .arg(MaxInputBytes / (1024 * 1024));
        return report;
    }
    const QByteArray data = file.read(MaxInputBytes + 1);
    return read(data, path);
}

BounceReport BounceReader::read(const QByteArray &input, const QString &file) const
{
    BounceReport report;
    report.file = file;
    if (input.size() > MaxInputBytes) {
        report.error = tr("The text is too large to be a returned mail (over %1 MB).")
                           .arg(MaxInputBytes / (1024 * 1024));
        return report;
    }
    QByteArray data = input;
    if (OutlookMsg::looksLikeMsg(data)) {
        QString error;
        data = OutlookMsg::toMime(input, &error);
        if (data.isEmpty()) {
            report.error = error;
            return report;
        }
    } else if (isBlank(input)) {
        report.error = tr("The file is empty.");
        return report;
    } else if (isBinary(input)) {
        report.error = tr("This is not a mail or text file. Save the returned mail as .eml or "
                          ".msg, or copy its text and paste it.");
        return report;
    }
    data = MimeEntity::normalizeLineEndings(data);
    if (data.startsWith("From ") && !data.startsWith("From: ")) // mbox separator line
        data = data.mid(data.indexOf('\n') + 1);

    const bool hasHeaders = looksLikeHeaderBlock(data);
    const MimeEntity message = hasHeaders ? MimeEntity::parse(data) : MimeEntity();
    Parts parts;
    if (hasHeaders) {
        walk(message, false, &parts);
    } else {
        parts.humanText = TextCodecs::decodeGuess(data);
    }
    if (parts.statuses.isEmpty())
        parts.statuses = parts.statusesInText;
    QString human = isBlankText(parts.humanText) ? textFromHtml(parts.htmlParts) : parts.humanText;
    if (!hasHeaders && DeliveryStatus::looksLikeDeliveryStatus(human))
        parts.statuses.append(DeliveryStatus::parse(human));
    const MimeHeaders &headers = message.headers();
    const QString subject = headers.text("Subject");
    report.subject = simplifiedText(subject);

    // A returned copy pasted into the text (no MIME part): split it off.
    QString returnedHeaders;
    if (!parts.returnedMessage) {
        const qsizetype start = TextScanner::returnedMessageStart(human);
        if (start > 0) {
            returnedHeaders = human.mid(start);
            human.truncate(start);
        }
    }
    MimeHeaders original;
    if (parts.returnedMessage)
        original = parts.returnedMessage->headers();
    else if (!returnedHeaders.isEmpty()) {
        const qsizetype lineEnd = returnedHeaders.indexOf(QLatin1Char('\n'));
        original = MimeHeaders::parse(returnedHeaders.mid(lineEnd + 1).trimmed().toUtf8());
    }
    const QString toAddress = addressOf(headers.text("To"));
    report.sender = addressOf(original.text("From"));
    if (report.sender.isEmpty() && hasHeaders)
        report.sender = toAddress;

    // Recipients the bounce reports on.
    QStringList ignore = {report.sender, addressOf(headers.text("From")), toAddress};
    const QList<TextScanner::Finding> scanned = TextScanner::scan(human, ignore);
    for (const DeliveryStatus &status : std::as_const(parts.statuses)) {
        if (report.reportingMta.isEmpty())
            report.reportingMta = status.reportingMta;
        for (const DeliveryStatus::Recipient &recipient : status.recipients) {
            // Exim and Sendmail put a pipe or a mailbox path in Final-Recipient for local
            // deliveries; the address is then in Original-Recipient or X-Failed-Recipients.
            QString address = addressOf(recipient.finalRecipient);
            if (address.isEmpty())
                address = addressOf(recipient.originalRecipient);
            if (address.isEmpty() || recipient.finalRecipient.contains(QLatin1Char(' ')) ||
                recipient.finalRecipient.startsWith(QLatin1Char('/')) ||
                recipient.finalRecipient.startsWith(QLatin1Char('|'))) {
                const QStringList failed =
                    TextScanner::addresses(QString::fromUtf8(headers.raw("X-Failed-Recipients")));
                if (failed.size() == 1 || (address.isEmpty() && !failed.isEmpty()))
                    address = failed.first();
            }
            if (address.isEmpty())
                address = recipient.finalRecipient;
            QString diagnostic = recipient.diagnostic;
            QString context;
            for (const TextScanner::Finding &finding : scanned) {
                if (finding.recipient.compare(address, Qt::CaseInsensitive) == 0)
                    context = finding.diagnostic;
            }
            if (diagnostic.isEmpty())
                diagnostic = context.isEmpty() ? TextScanner::firstErrorLine(human) : context;
            // Delivery into a program ("|/usr/bin/procmail") failed on the receiving host.
            const QString diagnosticType = recipient.finalRecipient.startsWith(QLatin1Char('|'))
                                               ? QStringLiteral("x-unix")
                                               : recipient.diagnosticType;
            report.failures.append(failureFrom(address, recipient.action, recipient.status,
                                               diagnostic, recipient.remoteMta, context,
                                               diagnosticType));
        }
    }
    // Asked only when the report itself does not say enough (most bounces carry a DSN).
    const auto bounceEnvelope = [&] {
        return hasHeaders && looksLikeBounceEnvelope(headers, subject);
    };
    const auto autoReply = [&] {
        return hasHeaders && autoReplyKind(headers, subject) == MessageKind::AutoReply;
    };
    if (parts.statuses.isEmpty() || report.failures.isEmpty()) {
        if (!autoReply() || bounceEnvelope()) {
            for (const TextScanner::Finding &finding : scanned) {
                if (finding.diagnostic.isEmpty())
                    continue;
                report.failures.append(failureFrom(finding.recipient, QString(), QString(),
                                                   finding.diagnostic, finding.remoteMta));
            }
        }
        if (report.failures.isEmpty() && (!hasHeaders || bounceEnvelope())) {
            QString line = TextScanner::firstErrorLine(human);
            if (line.isEmpty() && bounceEnvelope()) // the cut may fall inside a surrogate pair
                line = TextCodecs::withoutLoneSurrogates(human.simplified().left(300));
            QString recipient = addressOf(QString::fromUtf8(headers.raw("X-Failed-Recipients")));
            if (recipient.isEmpty())
                recipient = addressOf(original.text("To"));
            if (!line.isEmpty() || !recipient.isEmpty())
                report.failures.append(
                    failureFrom(recipient, QString(), QString(), line, QString()));
        }
    }

    // What kind of message this is.
    bool anyFailed = false;
    bool anyDelayed = false;
    bool anyDelivered = false;
    for (const FailedRecipient &failure : std::as_const(report.failures)) {
        anyFailed |= failure.action == QLatin1String("failed");
        anyDelayed |= failure.action == QLatin1String("delayed");
        anyDelivered |= failure.action == QLatin1String("delivered") ||
                        failure.action == QLatin1String("deliverable") ||
                        failure.action == QLatin1String("relayed") ||
                        failure.action == QLatin1String("expanded");
    }
    static const QRegularExpression complaintSubject(
        QStringLiteral("^\\s*(complaint about message|abuse report|spam report|fbl report)"),
        QRegularExpression::CaseInsensitiveOption);
    if (parts.feedbackReport ||
        message.parameter("report-type") == QLatin1String("feedback-report") ||
        ValidText::contains(complaintSubject, report.subject)) {
        report.kind = MessageKind::Feedback;
        report.failures.clear();
        // The complaint names the sending address: worth checking.
        static const QRegularExpression sourceIp(
            QStringLiteral("^Source-IP:\\s*\\[?([0-9a-fA-F.:]+)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = ValidText::match(sourceIp, parts.feedbackText);
        const TargetKind sourceKind =
            match.hasMatch() ? TargetParser::parse(match.captured(1)).kind : TargetKind::Invalid;
        if (sourceKind == TargetKind::Ipv4 || sourceKind == TargetKind::Ipv6 ||
            sourceKind == TargetKind::NotPublic) // an address, never a name like "2.e"
            report.citedIps.append(match.captured(1));
        for (const QString &ip : Citations::citedIps(report.subject)) {
            if (!report.citedIps.contains(ip))
                report.citedIps.append(ip);
        }
    } else if (anyFailed) {
        report.kind = MessageKind::Failure;
    } else if (anyDelayed) {
        report.kind = MessageKind::Delay;
    } else if (anyDelivered) {
        report.kind = MessageKind::Delivered;
        report.failures.clear();
    } else if (autoReply()) {
        report.kind = MessageKind::AutoReply;
        report.failures.clear();
    } else {
        report.kind = MessageKind::NotBounce;
        report.failures.clear();
    }
    if (report.kind != MessageKind::Failure && report.kind != MessageKind::Delay) {
        // Keep only what is still useful: the subject and sender.
        return report;
    }
    // Drop delivered/relayed entries from a mixed report.
    report.failures.erase(std::remove_if(report.failures.begin(), report.failures.end(),
                                         [](const FailedRecipient &failure) {
                                             return failure.action != QLatin1String("failed") &&
                                                    failure.action != QLatin1String("delayed");
                                         }),
                          report.failures.end());
    if (report.reportingMta.isEmpty()) {
        static const QRegularExpression reportingHost(
            QStringLiteral("^Reporting-MTA:\\s*(?:dns;)?\\s*(\\S+)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = ValidText::match(reportingHost, human);
        if (match.hasMatch())
            report.reportingMta = match.captured(1);
    }

    // Citations: the diagnostics first, then the readable text around them.
    QString errorText;
    for (const FailedRecipient &failure : std::as_const(report.failures))
        errorText += failure.diagnostic + QLatin1Char('\n');
    const QString citedFrom = errorText + TextScanner::flattenedTranscript(human);
    Citations::Cited cited = Citations::cited(citedFrom);
    report.citedIps = std::move(cited.ips);
    report.citedDomains = std::move(cited.domains);
    report.blocklists = m_mentions.find(
        errorText + human, report.citedIps.isEmpty() ? QString() : report.citedIps.first());
    return report;
}

QList<CheckSuggestion> BounceReader::suggestions(const BounceReport &report)
{
    QList<CheckSuggestion> suggestions;
    for (const QString &ip : report.citedIps)
        suggestions.append({ip, CheckSuggestion::Origin::CitedIp});
    for (const QString &domain : report.citedDomains)
        suggestions.append({domain, CheckSuggestion::Origin::CitedDomain});
    if (!suggestions.isEmpty() || !report.isBounce())
        return suggestions;
    const Target reporting = TargetParser::parse(report.reportingMta);
    if (reporting.isCheckable())
        suggestions.append({reporting.input, CheckSuggestion::Origin::ReportingMta});
    const qsizetype at = report.sender.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        const QString domain = report.sender.mid(at + 1);
        const Target sender = TargetParser::parse(domain);
        if (sender.isCheckable())
            suggestions.append({domain, CheckSuggestion::Origin::SenderDomain});
    }
    return suggestions;
}

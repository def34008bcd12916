#include "handoverreport.h"

#include "bounce/explanation.h"
#include "core/version.h"
#include "verdict/resulttext.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

const QString Indent1 = QStringLiteral("  ");
const QString Indent2 = QStringLiteral("    ");
const QString Indent3 = QStringLiteral("      ");

// Plain text is pasted into mail, chat and tickets, where links become clickable. A link that
// did not come from the catalog (written in a returned mail, or in a list's own reason text)
// is shown disarmed, so nobody opens a phishing page from our report.
class LinkDisarmer
{
public:
    QString operator()(const QString &text)
    {
        static const QRegularExpression link(
            QStringLiteral("\\b(?:(?:https?|ftp)://|www\\.)[^\\s\"'<>]+"),
            QRegularExpression::CaseInsensitiveOption);
        QString out;
        qsizetype from = 0;
        QRegularExpressionMatchIterator it = link.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            out += text.mid(from, match.capturedStart() - from);
            out += disarmed(match.captured());
            from = match.capturedEnd();
            m_used = true;
        }
        return out + text.mid(from);
    }
    bool used() const { return m_used; }

private:
    static QString disarmed(QString url)
    {
        static const QRegularExpression scheme(QStringLiteral("^(h)tt(ps?)://|^(f)t(p)://"),
                                               QRegularExpression::CaseInsensitiveOption);
        url.replace(scheme, QStringLiteral("\\1\\3xx\\2\\4://"));
        url.replace(QLatin1Char('.'), QLatin1String("[.]"));
        return url;
    }

    bool m_used = false;
};

class Writer
{
public:
    void line(const QString &indent, const QString &text)
    {
        if (!text.isEmpty())
            m_text += indent + text + QLatin1Char('\n');
    }
    void blank() { m_text += QLatin1Char('\n'); }
    void heading(const QString &text, QChar rule)
    {
        m_text += text + QLatin1Char('\n') + QString(qMax<qsizetype>(text.size(), 8), rule) +
                  QLatin1Char('\n');
    }
    QString text() const { return m_text; }

private:
    QString m_text;
};

QString dnsServerText(const QString &server)
{
    if (server.isEmpty() || server == QLatin1String("system"))
        return HandoverReport::tr("this computer's own DNS setting");
    return server;
}

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

} // namespace

namespace {

void writeRecipient(Writer *out, LinkDisarmer *disarm, const FailedRecipient &failure)
{
    //: Shown when a returned mail does not say which address failed.
    const QString who = failure.recipient.isEmpty()
                            ? HandoverReport::tr("(the returned mail does not name the address)")
                            : failure.recipient;
    if (failure.action == QLatin1String("delayed"))
        out->line(Indent1, HandoverReport::tr("Delayed (still being tried): %1").arg(who));
    else
        out->line(Indent1, HandoverReport::tr("Not delivered to: %1").arg(who));
    if (!failure.replyCode.isEmpty())
        out->line(Indent2, HandoverReport::tr("SMTP reply code: %1").arg(failure.replyCode));
    if (!failure.status.isEmpty())
        out->line(Indent2, HandoverReport::tr("Enhanced status code: %1").arg(failure.status));
    out->line(Indent2,
              HandoverReport::tr("Reason: %1").arg(BounceExplanation::reason(failure.reason)));
    if (!failure.remoteMta.isEmpty())
        out->line(Indent2, HandoverReport::tr("Refusing server: %1").arg(failure.remoteMta));
    if (!failure.diagnostic.isEmpty()) {
        out->line(Indent2, HandoverReport::tr("Error message, as the server wrote it:"));
        out->line(Indent3, (*disarm)(failure.diagnostic));
    }
}

void writeNamedList(Writer *out, LinkDisarmer *disarm, const NamedBlocklist &named)
{
    if (named.provider)
        out->line(Indent1, HandoverReport::tr("Reputation system named: %1").arg(named.name));
    else
        out->line(Indent1, HandoverReport::tr("Blocklist named: %1").arg(named.name));
    if (!named.evidence.isEmpty())
        out->line(Indent2, HandoverReport::tr("Wording in the returned mail: \"%1\"")
                               .arg((*disarm)(named.evidence)));
    if (named.receiverSide)
        out->line(Indent2, HandoverReport::tr("This is the recipient's own problem, not a "
                                              "listing of your server."));
    if (named.retired)
        out->line(Indent2, HandoverReport::tr("This blocklist no longer works; a listing there "
                                              "means nothing."));
    if (named.id.isEmpty() && !named.receiverSide && !named.retired)
        out->line(Indent2, HandoverReport::tr("This list is not in the program's catalog, so no "
                                              "link is offered for it."));
    out->line(Indent2, ResultText::catalogText(named.instruction));
    if (!named.lookupUrl.isEmpty())
        out->line(Indent2, HandoverReport::tr("Look up: %1").arg(named.lookupUrl));
    if (!named.removalUrl.isEmpty())
        out->line(Indent2, HandoverReport::tr("Request removal: %1").arg(named.removalUrl));
}

void writeBounce(Writer *out, LinkDisarmer *disarm, const BounceReport &report, int number,
                 int count)
{
    out->heading(HandoverReport::tr("Returned mail %1 of %2").arg(number).arg(count),
                 QLatin1Char('-'));
    if (!report.file.isEmpty())
        out->line(Indent1, HandoverReport::tr("File: %1").arg(report.file));
    if (!report.error.isEmpty()) {
        out->line(Indent1, HandoverReport::tr("Could not be read: %1").arg(report.error));
        out->blank();
        return;
    }
    out->line(Indent1, HandoverReport::tr("Kind: %1").arg(BounceExplanation::kind(report.kind)));
    if (!report.subject.isEmpty())
        out->line(Indent1, HandoverReport::tr("Subject: %1").arg((*disarm)(report.subject)));
    if (!report.sender.isEmpty())
        out->line(Indent1, HandoverReport::tr("Original sender: %1").arg(report.sender));
    if (!report.reportingMta.isEmpty())
        //: The mail server that wrote the returned mail (usually the sender's own).
        out->line(Indent1, HandoverReport::tr("Reported by: %1").arg(report.reportingMta));
    for (const FailedRecipient &failure : report.failures)
        writeRecipient(out, disarm, failure);
    for (const QString &ip : report.citedIps)
        out->line(Indent1, HandoverReport::tr("IP address named in the refusal: %1").arg(ip));
    for (const QString &domain : report.citedDomains)
        out->line(Indent1, HandoverReport::tr("Domain named in the refusal: %1").arg(domain));
    for (const NamedBlocklist &named : report.blocklists)
        writeNamedList(out, disarm, named);
    out->line(
        Indent1,
        HandoverReport::tr("In plain words: %1").arg(BounceExplanation::text(report).simplified()));
    out->blank();
}

void writeListed(Writer *out, LinkDisarmer *disarm, const ListResult &result)
{
    out->line(Indent1, HandoverReport::tr("Listed on %1 (%2)").arg(result.name, result.zone));
    QStringList answers;
    for (const quint32 answer : result.answers)
        answers.append(ListStatusNames::addressText(answer));
    if (!answers.isEmpty())
        //: The DNS answer(s) of a blocklist, e.g. "127.0.0.2".
        out->line(Indent2, HandoverReport::tr("Answer: %1").arg(answers.join(QLatin1String(", "))));
    for (const QString &meaning : ResultText::meanings(result))
        out->line(Indent2, HandoverReport::tr("Meaning: %1").arg(meaning));
    for (const QString &reason : result.txt)
        out->line(Indent2,
                  HandoverReport::tr("Reason given by the list: \"%1\"").arg((*disarm)(reason)));
    if (!result.removalNote.isEmpty())
        out->line(Indent2, HandoverReport::tr("How removal works: %1")
                               .arg(ResultText::catalogText(result.removalNote)));
    if (!result.lookupUrl.isEmpty())
        out->line(Indent2, HandoverReport::tr("Look up: %1").arg(result.lookupUrl));
    if (!result.removalUrl.isEmpty())
        out->line(Indent2, HandoverReport::tr("Request removal: %1").arg(result.removalUrl));
}

void writeTarget(Writer *out, LinkDisarmer *disarm, const TargetReport &report,
                 const CheckSuggestion *suggestion, bool typed, int timeoutMs)
{
    const Target &target = report.target;
    if (!target.checkedAs.isEmpty() && target.checkedAs != target.input)
        out->heading(HandoverReport::tr("%1 (checked as %2)").arg(target.input, target.checkedAs),
                     QLatin1Char('-'));
    else
        out->heading(target.input, QLatin1Char('-'));
    if (typed)
        out->line(Indent1, HandoverReport::tr("Where it came from: typed in by the user"));
    else if (suggestion)
        out->line(Indent1, HandoverReport::tr("Where it came from: %1")
                               .arg(BounceExplanation::origin(suggestion->origin)));
    out->line(Indent1, HandoverReport::tr("Result: %1").arg(ResultText::verdictSentence(report)));

    int notListed = 0;
    int skipped = 0;
    for (const ListResult &result : report.results) {
        if (result.status == ListStatus::Listed)
            writeListed(out, disarm, result);
        else if (result.status == ListStatus::NotListed)
            ++notListed;
        else if (result.status == ListStatus::Skipped)
            ++skipped;
    }
    for (const ListResult &result : report.results) {
        if (!result.couldNotCheck())
            continue;
        //: %1 list name, %2 DNS zone, %3 status ("Could not check", "Refused", …), %4 why.
        out->line(Indent1, HandoverReport::tr("%1 (%2) — %3: %4")
                               .arg(result.name, result.zone, ResultText::statusWord(result.status),
                                    ResultText::detail(result, timeoutMs)));
    }
    if (notListed > 0)
        out->line(Indent1,
                  HandoverReport::tr("Not listed on %n blocklist(s).", nullptr, notListed));
    if (skipped > 0)
        out->line(Indent1, HandoverReport::tr("%n blocklist(s) were not asked: they do not check "
                                              "this kind of address, or need an access key.",
                                              nullptr, skipped));
    out->blank();
}

} // namespace

QString HandoverReport::text(const Input &input)
{
    Writer out;
    LinkDisarmer disarm;
    out.heading(tr("Blocklist check: report for the mail administrator"), QLatin1Char('='));
    if (input.checkedAt.isValid())
        out.line(QString(),
                 tr("Checked: %1").arg(QLocale().toString(input.checkedAt, QLocale::LongFormat)));
    out.line(QString(), tr("DNS server used: %1").arg(dnsServerText(input.dnsServer)));
    out.line(QString(), tr("Time limit per query: %1 seconds").arg(seconds(input.timeoutMs)));
    if (input.cancelled)
        out.line(QString(), tr("The check was stopped before every blocklist had answered, so "
                               "these results are incomplete."));
    out.blank();

    const int bounceCount = int(input.bounces.size());
    for (int i = 0; i < bounceCount; ++i)
        writeBounce(&out, &disarm, input.bounces.at(i), i + 1, bounceCount);

    if (input.reports.isEmpty()) {
        out.line(QString(), tr("Nothing was checked against the blocklists."));
        out.blank();
    } else {
        out.heading(tr("What was checked"), QLatin1Char('='));
        out.blank();
    }
    // Without a returned mail, the targets were typed in (CheckPlan gives them origins anyway).
    const bool typed = input.bounces.isEmpty();
    for (qsizetype i = 0; i < input.reports.size(); ++i) {
        const CheckSuggestion *suggestion =
            i < input.suggestions.size() ? &input.suggestions.at(i) : nullptr;
        writeTarget(&out, &disarm, input.reports.at(i), suggestion, typed, input.timeoutMs);
    }

    if (disarm.used()) {
        out.line(QString(), tr("Links written in the returned mail or in a list's own reason "
                               "text are shown disarmed (hxxp, [.]) so that nobody opens them "
                               "by mistake. Use only the \"Look up\" and \"Request removal\" "
                               "links, which come from the program's own catalog."));
        out.blank();
    }
    out.line(QString(), tr("Made with %1 %2.")
                            .arg(tr("Blocklist Doctor"), QStringLiteral(BLOCKLISTDOCTOR_VERSION)));
    return out.text();
}

#include "bouncetext.h"

#include "bounce/explanation.h"

namespace {

QString line(const QString &label, const QString &value)
{
    return value.isEmpty() ? QString() : QStringLiteral("  %1 %2\n").arg(label, value);
}

} // namespace

QString BounceText::message(const BounceReport &report)
{
    QString out = QStringLiteral("== %1 ==\n").arg(report.file);
    if (!report.error.isEmpty())
        return out + tr("  Could not read it: %1").arg(report.error) + QLatin1String("\n\n");
    out += QStringLiteral("  %1\n").arg(BounceExplanation::kind(report.kind));
    out += line(tr("Subject:"), report.subject);
    out += line(tr("Your address:"), report.sender);
    out += line(tr("Reported by:"), report.reportingMta);
    if (!report.failures.isEmpty())
        out += tr("  Not delivered to:") + QLatin1Char('\n');
    for (const FailedRecipient &failure : report.failures) {
        const QString codes =
            QStringList{failure.replyCode, failure.status}.join(QLatin1Char(' ')).trimmed();
        out += QStringLiteral("    %1  [%2] %3\n")
                   .arg(failure.recipient.isEmpty() ? tr("(address not given)") : failure.recipient,
                        codes, BounceExplanation::reason(failure.reason));
        if (!failure.diagnostic.isEmpty())
            out += QStringLiteral("      \"%1\"\n").arg(failure.diagnostic);
    }
    out += line(tr("Sending IP named:"), report.citedIps.join(QLatin1String(", ")));
    out += line(tr("Domain named:"), report.citedDomains.join(QLatin1String(", ")));
    for (const NamedBlocklist &named : report.blocklists) {
        out += tr("  Blocklist named: %1").arg(named.name) + QLatin1Char('\n');
        out += QStringLiteral("      \"%1\"\n").arg(named.evidence);
        if (named.receiverSide)
            out += QLatin1String("      ") +
                   tr("This is the recipient's own problem, not a listing of your server.") +
                   QLatin1Char('\n');
        if (named.retired)
            out += QLatin1String("      ") +
                   tr("This blocklist no longer works; a listing there means nothing.") +
                   QLatin1Char('\n');
        if (!named.instruction.isEmpty())
            out += QLatin1String("      ") +
                   QCoreApplication::translate("Catalog", named.instruction.toUtf8().constData()) +
                   QLatin1Char('\n');
        out += line(QLatin1String("    ") + tr("Look up:"), named.lookupUrl);
        out += line(QLatin1String("    ") + tr("Request removal:"), named.removalUrl);
    }
    out += QLatin1Char('\n') + QStringLiteral("  %1\n\n").arg(BounceExplanation::text(report));
    return out;
}

QString BounceText::checking(const CheckSuggestion &suggestion)
{
    return tr("Checking %1 (%2)")
               .arg(suggestion.target, BounceExplanation::origin(suggestion.origin)) +
           QLatin1Char('\n');
}

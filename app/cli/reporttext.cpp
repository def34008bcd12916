#include "reporttext.h"

#include "verdict/resulttext.h"

namespace {

int attentionOrder(ListStatus status)
{
    switch (status) {
    case ListStatus::Listed:
        return 0;
    case ListStatus::Refused:
    case ListStatus::Unusable:
    case ListStatus::Failed:
        return 1;
    case ListStatus::Skipped:
        return 2;
    case ListStatus::NotListed:
        break;
    }
    return 3;
}

} // namespace

QString ReportText::target(const TargetReport &report, int timeoutMs)
{
    QString text;
    if (report.target.isCheckable())
        text += tr("== %1").arg(report.target.checkedAs) + QLatin1Char('\n');
    for (int order = 0; order < 3; ++order) {
        for (const ListResult &r : report.results) {
            if (attentionOrder(r.status) != order)
                continue;
            text += QStringLiteral("  [%1] %2 (%3): %4\n")
                        .arg(ResultText::statusWord(r.status), r.name, r.zone,
                             ResultText::detail(r, timeoutMs));
            for (const QString &reason : r.txt)
                text += QStringLiteral("      \"%1\"\n").arg(reason);
            if (r.status == ListStatus::Listed && !r.removalUrl.isEmpty())
                text += QStringLiteral("      ") + tr("Request removal: %1").arg(r.removalUrl) +
                        QLatin1Char('\n');
            else if (r.status == ListStatus::Listed && !r.lookupUrl.isEmpty())
                text += QStringLiteral("      ") + tr("Details: %1").arg(r.lookupUrl) +
                        QLatin1Char('\n');
            if (r.status == ListStatus::Listed && !r.removalNote.isEmpty())
                text += QStringLiteral("      ") + ResultText::catalogText(r.removalNote) +
                        QLatin1Char('\n');
        }
    }
    text += ResultText::verdictSentence(report) + QLatin1Char('\n');
    return text;
}

QString ReportText::catalog(const Catalog &catalog)
{
    QString text;
    for (const Blocklist &list : catalog.lists()) {
        QStringList kinds;
        if (list.takesIpv4)
            kinds.append(QStringLiteral("IPv4"));
        if (list.takesIpv6)
            kinds.append(QStringLiteral("IPv6"));
        if (list.takesDomain)
            kinds.append(tr("domain"));
        QString state = list.isUsable() ? tr("on") : tr("off");
        if (list.needsKey && list.key.isEmpty())
            state = tr("off (needs a key)");
        text += QStringLiteral("%1  %2  %3  [%4]  %5\n")
                    .arg(list.id, -22)
                    .arg(list.zone, -34)
                    .arg(kinds.join(QLatin1Char('/')), -16)
                    .arg(state, list.name);
    }
    return text;
}

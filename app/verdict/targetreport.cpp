#include "targetreport.h"

void TargetReport::summarize()
{
    listedCount = 0;
    applicableCount = 0;
    couldNotCheckCount = 0;
    bool anySpam = false;
    for (const ListResult &result : results) {
        if (result.status == ListStatus::Skipped)
            continue;
        ++applicableCount;
        if (result.countsAsListed()) {
            ++listedCount;
            anySpam = anySpam || result.severity == Severity::Spam;
        }
        if (result.couldNotCheck())
            ++couldNotCheckCount;
    }
    onlyPolicyListings = listedCount > 0 && !anySpam;
    if (!target.isCheckable() || applicableCount == 0)
        verdict = Verdict::NotCheckable;
    else if (listedCount > 0)
        verdict = Verdict::Listed;
    else if (couldNotCheckCount > 0)
        verdict = Verdict::Incomplete; // never "clean" when a list could not be asked
    else
        verdict = Verdict::Clean;
}

QString Verdicts::name(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Listed:
        return QStringLiteral("listed");
    case Verdict::Clean:
        return QStringLiteral("clean");
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    case Verdict::NotCheckable:
        break;
    }
    return QStringLiteral("not_checkable");
}

#pragma once

#include "listresult.h"
#include "target/target.h"

#include <QList>
#include <QMetaType>

enum class Verdict
{
    Listed,
    Clean,
    Incomplete,
    NotCheckable
};

// Everything we learnt about one target: its results and the overall verdict.
struct TargetReport
{
    Target target;
    QList<ListResult> results;
    Verdict verdict = Verdict::NotCheckable;
    int listedCount = 0;     // lists that count as listed (spam or policy)
    int applicableCount = 0; // lists asked (everything not skipped)
    int couldNotCheckCount = 0;
    bool onlyPolicyListings = false; // e.g. only Spamhaus PBL: not a spam listing

    // Recomputes the counts and the verdict from `results`.
    void summarize();
};
Q_DECLARE_METATYPE(TargetReport)

namespace Verdicts {
// "listed", "clean", "incomplete", "not_checkable": the JSON contract.
QString name(Verdict verdict);
} // namespace Verdicts

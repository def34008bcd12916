#pragma once

#include "catalog/catalog.h"
#include "verdict/targetreport.h"

#include <QCoreApplication>

// Human output of the CLI: a line per list that needs attention, then the verdict sentence.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString target(const TargetReport &report, int timeoutMs);
    static QString catalog(const Catalog &catalog);
};

#pragma once

#include "bounce/bouncereport.h"
#include "verdict/targetreport.h"

#include <QCoreApplication>

// The human-readable output of `bounce`, in the UI language.
class BounceText final
{
    Q_DECLARE_TR_FUNCTIONS(BounceText)

public:
    static QString message(const BounceReport &report);
    // "Checking 192.0.2.1: the address the refusal names as the sender"
    static QString checking(const CheckSuggestion &suggestion);
};

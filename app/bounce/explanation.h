#pragma once

#include "bouncereport.h"

#include <QCoreApplication>

// The plain-language words for a bounce: what happened and what to do next, in the UI language.
class BounceExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(BounceExplanation)

public:
    // Two or three sentences for the person who sent the mail.
    static QString text(const BounceReport &report);
    // One short phrase for a reason class ("The address does not exist").
    static QString reason(const QString &reasonClass);
    // The message kind in words ("Delivery failure", "Automatic reply", …).
    static QString kind(MessageKind kind);
    // Where a suggested target came from.
    static QString origin(CheckSuggestion::Origin origin);
};

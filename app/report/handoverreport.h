#pragma once

#include "bounce/bouncereport.h"
#include "verdict/targetreport.h"

#include <QCoreApplication>
#include <QDateTime>

// The plain-text report an office worker hands to their mail administrator: what bounced, what
// the bounce says, what was checked, when, through which DNS server, and each listing with its
// meaning and links. In the UI language.
class HandoverReport final
{
    Q_DECLARE_TR_FUNCTIONS(HandoverReport)

public:
    struct Input
    {
        QList<BounceReport> bounces;
        QList<CheckSuggestion> suggestions; // same order as `reports`
        QList<TargetReport> reports;
        QString dnsServer;   // "system" or an IPv4 address, as shown to the user
        QDateTime checkedAt; // when the check finished
        int timeoutMs = 4000;
        bool cancelled = false;
    };

    static QString text(const Input &input);
};

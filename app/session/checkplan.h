#pragma once

#include "bounce/bouncereport.h"
#include "target/target.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class BounceReader;

// What the user gave, turned into what to check: typed IP addresses or domains, or returned
// mails read by the bounce reader with the targets they suggest. Decided here, not in the
// window, so the same input gives the same check everywhere.
//
// Typed targets carry Origin::CitedIp (addresses, and tokens that look like a mistyped address)
// or Origin::CitedDomain (domains and e-mail addresses); `bounces` is then empty, which is how a
// reader tells "typed by the user" from "named by a returned mail".
struct CheckPlan
{
    Q_DECLARE_TR_FUNCTIONS(CheckPlan)

public:
    enum class Problem
    {
        None,
        Empty,         // nothing was given
        NotUnderstood, // text that is neither a target nor a returned mail
        Unreadable     // a file could not be read (see bounces[i].error)
    };

    // Most targets one typed or pasted list may hold (a guard against a pasted log of thousands
    // of addresses, each of which would be sent to every list).
    static constexpr int MaxTypedTargets = 100;

    QList<BounceReport> bounces;        // one per returned mail given (may be empty)
    QList<CheckSuggestion> suggestions; // what to check and where it came from, no duplicates
    QList<Target> targets;              // parsed suggestions, same order
    Problem problem = Problem::None;

    bool hasSomethingToCheck() const { return !targets.isEmpty(); }

    // Pasted or typed text: one or more targets separated by blanks, commas, semicolons or
    // lines, or a returned mail (whole, body only, or one error line).
    //
    // The text is a list of targets when every token has the shape of a target: it parses as an
    // IP address or domain (public or not), or it is a mistyped one — digits and dots
    // ("999.1.1.1"), an IPv6-looking run of hex digits and colons, a dotted name ("exa..mple.com")
    // or a single "local@domain". A token with a colon must be IPv6. Words ("hello"), SMTP codes
    // ("554") and anything longer than 253 characters are not targets, so a pasted error line
    // or mail always goes to the bounce reader. Private and invalid tokens stay in the plan: the
    // engine reports them as not checkable, with the reason.
    static CheckPlan fromText(const QString &text, const BounceReader &reader);

    // Files or dropped contents: each is read as a returned mail (.eml, .msg, .txt).
    struct Input
    {
        QString name; // file name as shown to the user
        QByteArray data;
        QString error; // set when the file could not be read at all
    };
    // Unreadable inputs are kept as reports with `error` set; the readable ones are still used.
    // Problem::Unreadable only when none could be read, NotUnderstood when none of the readable
    // ones is a returned mail and nothing was found to check.
    static CheckPlan fromInputs(const QList<Input> &inputs, const BounceReader &reader);

    // True when `text` would be read as a list of targets by fromText().
    static bool looksLikeTargetList(const QString &text);
};

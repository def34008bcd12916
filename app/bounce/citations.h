#pragma once

#include "anchoredmatches.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The addresses and domains a rejection attributes to the *sending* side. Only phrases that
// point at the sender count ("Client host [x]", "Mail from x", "messages from [x]", "?ip=x");
// the receiving server's own address ("host mx[x] said") and version-like codes (Yahoo's
// "4.16.55.1") are never cited, so nothing is invented.
namespace Citations {

QStringList citedIps(const QString &text);

// Domains a domain blocklist (Spamhaus DBL, SURBL, URIBL, …) is said to list.
QStringList citedDomains(const QString &text);

struct Cited
{
    QStringList ips;
    QStringList domains;
};

// Both of the above, with one pass over the text instead of two.
Cited cited(const QString &text);

// The patterns run with AnchoredMatches instead of over the whole text, with their anchors:
// for the test that proves both give the same matches.
struct AnchoredPattern
{
    QRegularExpression pattern;
    AnchoredMatches::Anchor anchor;
};
QList<AnchoredPattern> anchoredPatterns();

} // namespace Citations

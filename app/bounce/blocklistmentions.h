#pragma once

#include "bouncereport.h"
#include "catalog/catalog.h"
#include "patternset.h"
#include "textcodecs.h"

#include <QHash>
#include <QRegularExpression>

// Finds the blocklists and reputation systems a bounce names, and matches them to the catalog:
// DNS lists by zone or bounce name, providers by their fingerprints, dead lists by zone. URLs
// always come from the catalog, filled with the cited IP; nothing is taken from the bounce.
class BlocklistMentions final
{
public:
    explicit BlocklistMentions(const Catalog &catalog);

    // `text`: the error lines (diagnostics first), `citedIp`: the first cited IP, or empty.
    QList<NamedBlocklist> find(const QString &text, const QString &citedIp) const;

private:
    struct Scan // what one pass over the text found
    {
        QList<bool> candidates; // of m_patterns: false when it cannot match
        bool trapInText = false;
    };

    void addDnsList(const QString &text, const QString &citedIp, const Scan &scan,
                    QList<NamedBlocklist> *found) const;
    void addProviders(const QString &text, const QString &citedIp, const Scan &scan,
                      QList<NamedBlocklist> *found) const;
    void addUnknownZones(const QString &text, const Scan &scan, QList<NamedBlocklist> *found) const;

    Catalog m_catalog;
    QHash<QString, QString> m_listIdByName; // lower-case name → list id
    // Every provider's fingerprints in catalog order, then the patterns below: one pass over a
    // bounce tells which of them can match (most bounces name no provider at all).
    PatternSet m_patterns;
    qsizetype m_namePattern = 0; // every zone and bounce name of every DNS list
    qsizetype m_zonePhrase = 0;  // a zone named the way MTAs name DNS lists
    qsizetype m_trap = 0;        // the receiver's own DNS problem, not a listing
};

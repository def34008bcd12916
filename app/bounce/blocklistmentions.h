#pragma once

#include "bouncereport.h"
#include "catalog/catalog.h"

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
    void addDnsList(const QString &text, const QString &citedIp,
                    QList<NamedBlocklist> *found) const;
    void addProviders(const QString &text, const QString &citedIp,
                      QList<NamedBlocklist> *found) const;
    void addUnknownZones(const QString &text, QList<NamedBlocklist> *found) const;

    Catalog m_catalog;
    QRegularExpression m_namePattern;       // every zone and bounce name of every DNS list
    QHash<QString, QString> m_listIdByName; // lower-case name → list id
};

#pragma once

#include "blocklist.h"
#include "catalogerror.h"

#include <QList>
#include <QStringList>

// The blocklists we know: the built-in catalog (resources/catalog/blocklists.json) plus any
// company catalogs merged over it. Plain value type: copy it into a worker freely.
class Catalog final
{
public:
    // The catalog compiled into the program. Never fails: the shipped file is validated by tests.
    static Catalog builtIn();

    // Parses a catalog document. On error nothing is returned and `error` says why.
    static QList<Blocklist> parse(const QByteArray &json, const QString &source,
                                  CatalogError *error);

    // Adds the lists of a company catalog; a list with a known id replaces the built-in one.
    // All or nothing: a broken file leaves this catalog unchanged.
    bool mergeFile(const QString &path, CatalogError *error);
    bool merge(const QList<Blocklist> &lists, const QString &source, CatalogError *error);

    const QList<Blocklist> &lists() const { return m_lists; }
    const Blocklist *find(const QString &id) const;

    // Lists to query: the enabled ones, or exactly those named (in catalog order).
    // Unknown ids are returned in `unknownIds`.
    QList<Blocklist> selection(const QStringList &ids, QStringList *unknownIds) const;

    // Gives the key for a list that needs one (Spamhaus DQS, Abusix) and turns it on.
    bool setKey(const QString &id, const QString &key);

private:
    QList<Blocklist> m_lists;
};

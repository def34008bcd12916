#pragma once

#include "blocklist.h"
#include "catalogerror.h"
#include "provider.h"

#include <QList>
#include <QStringList>

// What one catalog document holds: DNS lists ("lists") and reputation systems that can only be
// recognised in bounces ("providers").
struct CatalogDocument
{
    QList<Blocklist> lists;
    QList<Provider> providers;
};

// The blocklists we know: the built-in catalog (resources/catalog/blocklists.json) plus any
// company catalogs merged over it. Plain value type: copy it into a worker freely.
class Catalog final
{
public:
    // The catalog compiled into the program. Never fails: the shipped file is validated by tests.
    static Catalog builtIn();

    // Parses a whole catalog document (lists and providers). On error nothing is returned and
    // `error` says why; ids are unique across lists and providers.
    static CatalogDocument parseDocument(const QByteArray &json, const QString &source,
                                         CatalogError *error);
    // The DNS lists of a catalog document; the document is still validated whole.
    static QList<Blocklist> parse(const QByteArray &json, const QString &source,
                                  CatalogError *error);

    // Adds the lists and providers of a company catalog; an entry with a known id replaces the
    // built-in one. All or nothing: a broken file leaves this catalog unchanged.
    bool mergeFile(const QString &path, CatalogError *error);
    bool merge(const CatalogDocument &document, const QString &source, CatalogError *error);
    bool merge(const QList<Blocklist> &lists, const QString &source, CatalogError *error);

    const QList<Blocklist> &lists() const { return m_lists; }
    const Blocklist *find(const QString &id) const;

    const QList<Provider> &providers() const { return m_providers; }
    const Provider *findProvider(const QString &id) const;

    // Lists to query: the enabled ones, or exactly those named (in catalog order).
    // Unknown ids are returned in `unknownIds`.
    QList<Blocklist> selection(const QStringList &ids, QStringList *unknownIds) const;

    // Gives the key for a list that needs one (Spamhaus DQS, Abusix) and turns it on.
    bool setKey(const QString &id, const QString &key);

private:
    QList<Blocklist> m_lists;
    QList<Provider> m_providers;
};

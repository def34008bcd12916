#include "catalog.h"

#include "core/logging.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <utility>

static void initCatalogResource()
{
    // The catalog lives in a static library's resources; they must be registered by hand.
    Q_INIT_RESOURCE(catalog);
}

namespace {

// `base` with every entry of `additions` replacing the one with its id, or appended.
template <typename Entry>
QList<Entry> replacedById(const QList<Entry> &base, const QList<Entry> &additions)
{
    QList<Entry> merged = base;
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < merged.size(); ++i)
        indexById.insert(merged.at(i).id, i);
    for (const Entry &entry : additions) {
        const auto it = indexById.constFind(entry.id);
        if (it != indexById.constEnd()) {
            merged[it.value()] = entry;
        } else {
            indexById.insert(entry.id, merged.size());
            merged.append(entry);
        }
    }
    return merged;
}

} // namespace

Catalog Catalog::builtIn()
{
    initCatalogResource();
    Catalog catalog;
    QFile file(QStringLiteral(":/catalog/blocklists.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCatalog) << "the built-in catalog is missing from the build";
        return catalog;
    }
    CatalogError error;
    CatalogDocument document = parseDocument(file.readAll(), QStringLiteral("built-in"), &error);
    catalog.m_lists = std::move(document.lists);
    catalog.m_providers = std::move(document.providers);
    if (error.isError())
        qCCritical(lcCatalog) << "the built-in catalog is broken:" << error.entry << error.field
                              << error.detail;
    return catalog;
}

bool Catalog::mergeFile(const QString &path, CatalogError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CatalogError{};
        error->problem = CatalogError::Problem::Unreadable;
        error->source = path;
        error->detail = file.errorString();
        return false;
    }
    // A catalog is a few kilobytes; anything huge is the wrong file.
    const QByteArray json = file.read(4 * 1024 * 1024);
    const CatalogDocument document = parseDocument(json, path, error);
    if (error->isError())
        return false;
    return merge(document, path, error);
}

bool Catalog::merge(const QList<Blocklist> &lists, const QString &source, CatalogError *error)
{
    return merge(CatalogDocument{lists, {}}, source, error);
}

bool Catalog::merge(const CatalogDocument &document, const QString &source, CatalogError *error)
{
    *error = CatalogError{};
    const QList<Blocklist> merged = replacedById(m_lists, document.lists);
    const QList<Provider> mergedProviders = replacedById(m_providers, document.providers);
    QHash<QString, QString> idByZone;
    for (const Blocklist &list : merged) {
        const auto clash = idByZone.constFind(list.zone);
        if (clash != idByZone.constEnd()) {
            error->problem = CatalogError::Problem::DuplicateZone;
            error->source = source;
            error->entry = list.source == source ? list.id : clash.value();
            error->field = QStringLiteral("zone");
            error->detail = list.zone;
            return false;
        }
        idByZone.insert(list.zone, list.id);
    }
    // One id names one thing, so a bounce's finding can point at a list or a provider
    // unambiguously.
    QSet<QString> listIds;
    for (const Blocklist &list : merged)
        listIds.insert(list.id);
    for (const Provider &provider : mergedProviders) {
        if (!listIds.contains(provider.id))
            continue;
        error->problem = CatalogError::Problem::DuplicateId;
        error->source = source;
        error->entry = provider.id;
        error->field = QStringLiteral("id");
        for (int i = 0; i < document.providers.size(); ++i) {
            if (document.providers.at(i).id == provider.id)
                error->field = QStringLiteral("providers[%1].id").arg(i);
        }
        return false;
    }
    m_lists = merged;
    m_providers = mergedProviders;
    qCInfo(lcCatalog) << "merged" << document.lists.size() << "lists and"
                      << document.providers.size() << "providers from" << source;
    return true;
}

const Blocklist *Catalog::find(const QString &id) const
{
    for (const Blocklist &list : m_lists) {
        if (list.id == id)
            return &list;
    }
    return nullptr;
}

const Provider *Catalog::findProvider(const QString &id) const
{
    for (const Provider &provider : m_providers) {
        if (provider.id == id)
            return &provider;
    }
    return nullptr;
}

QList<Blocklist> Catalog::selection(const QStringList &ids, QStringList *unknownIds) const
{
    QList<Blocklist> selected;
    if (ids.isEmpty()) {
        for (const Blocklist &list : m_lists) {
            if (list.enabled)
                selected.append(list);
        }
        return selected;
    }
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (const QString &id : ids) {
        if (!find(id) && unknownIds && !unknownIds->contains(id))
            unknownIds->append(id);
    }
    for (const Blocklist &list : m_lists) {
        if (wanted.contains(list.id))
            selected.append(list);
    }
    return selected;
}

bool Catalog::setKey(const QString &id, const QString &key)
{
    for (Blocklist &list : m_lists) {
        if (list.id == id && list.needsKey) {
            list.key = key.trimmed();
            list.enabled = !list.key.isEmpty();
            return true;
        }
    }
    return false;
}

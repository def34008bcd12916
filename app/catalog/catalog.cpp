#include "catalog.h"

#include "core/logging.h"

#include <QFile>
#include <QHash>
#include <QSet>

static void initCatalogResource()
{
    // The catalog lives in a static library's resources; they must be registered by hand.
    Q_INIT_RESOURCE(catalog);
}

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
    catalog.m_lists = parse(file.readAll(), QStringLiteral("built-in"), &error);
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
    const QList<Blocklist> lists = parse(json, path, error);
    if (error->isError())
        return false;
    return merge(lists, path, error);
}

bool Catalog::merge(const QList<Blocklist> &lists, const QString &source, CatalogError *error)
{
    *error = CatalogError{};
    QList<Blocklist> merged = m_lists;
    QHash<QString, int> indexById;
    for (int i = 0; i < merged.size(); ++i)
        indexById.insert(merged.at(i).id, i);
    for (const Blocklist &list : lists) {
        const auto it = indexById.constFind(list.id);
        if (it != indexById.constEnd()) {
            merged[it.value()] = list;
        } else {
            indexById.insert(list.id, int(merged.size()));
            merged.append(list);
        }
    }
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
    m_lists = merged;
    qCInfo(lcCatalog) << "merged" << lists.size() << "lists from" << source;
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

#include "resultsfilter.h"

#include "resultsmodel.h"

#include <tuple>

namespace {

// 0: counts as listed, 1: could not be checked, 2: everything else.
int attentionGroup(const QModelIndex &index)
{
    if (index.data(ResultsModel::IsListedRole).toBool())
        return 0;
    if (index.data(ResultsModel::IsProblemRole).toBool())
        return 1;
    return 2;
}

auto sortKey(const QModelIndex &index)
{
    const ListResult result = index.data(ResultsModel::ResultRole).value<ListResult>();
    return std::make_tuple(attentionGroup(index), result.targetIndex,
                           index.data(ResultsModel::CatalogOrderRole).toInt(), index.row());
}

} // namespace

ResultsFilter::ResultsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // The order is fixed (see lessThan); sorting is on from the start, on any column.
    sort(ResultsModel::StatusColumn, Qt::AscendingOrder);
}

void ResultsFilter::setShowAll(bool showAll)
{
    if (m_showAll == showAll)
        return;
    m_showAll = showAll;
    invalidateFilter();
}

bool ResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showAll)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const ListStatus status = index.data(ResultsModel::ResultRole).value<ListResult>().status;
    return status != ListStatus::NotListed && status != ListStatus::Skipped;
}

bool ResultsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return sortKey(left) < sortKey(right);
}

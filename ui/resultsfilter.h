#pragma once

#include <QSortFilterProxyModel>

// Hides "not listed" and "skipped" rows unless "show all" is on; listed rows first, then
// problems, then the rest; within each group by target, then in catalog order (see
// ResultsModel::setListOrder), then in the order the answers arrived.
class ResultsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultsFilter(QObject *parent = nullptr);
    void setShowAll(bool showAll);
    bool showAll() const { return m_showAll; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showAll = false;
};

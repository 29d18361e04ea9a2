// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerFilterProxyModel.h"

#include "ui/ContainerTreeModel.h"

namespace Hublot::Ui {

ContainerFilterProxyModel::ContainerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    // Project rows are never accepted for themselves: they show through
    // the containers they hold.
    setRecursiveFilteringEnabled(true);
}

void ContainerFilterProxyModel::setRunningOnly(bool runningOnly)
{
    if (m_runningOnly == runningOnly)
        return;
    m_runningOnly = runningOnly;
    invalidateRowsFilter();
}

bool ContainerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ContainerTreeModel::IsProjectRole).toBool())
        return false;
    if (m_runningOnly && !index.data(ContainerTreeModel::RunningRole).toBool())
        return false;
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    return sourceParent.isValid() && sourceParent.data().toString().contains(filterRegularExpression());
}

}  // namespace Hublot::Ui

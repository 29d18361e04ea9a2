// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerFilterProxyModel.h"

#include "ui/ContainerTableModel.h"

namespace Hublot::Ui {

ContainerFilterProxyModel::ContainerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
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
    if (m_runningOnly
        && !sourceModel()->index(sourceRow, 0, sourceParent).data(ContainerTableModel::RunningRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

}  // namespace Hublot::Ui

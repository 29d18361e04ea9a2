// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImageFilterProxyModel.h"

#include "ui/ImageTableModel.h"

namespace Hublot::Ui {

ImageFilterProxyModel::ImageFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ImageFilterProxyModel::setDanglingOnly(bool danglingOnly)
{
    if (m_danglingOnly == danglingOnly)
        return;
    m_danglingOnly = danglingOnly;
    invalidateRowsFilter();
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_danglingOnly
        && !sourceModel()->index(sourceRow, 0, sourceParent).data(ImageTableModel::DanglingRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/VolumeTableModel.h"

#include "ui/Format.h"

namespace Hublot::Ui {

VolumeTableModel::VolumeTableModel(Engine::VolumeStore *store, QObject *parent)
    : StoreTableModel(store, parent)
{ }

int VolumeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Driver: return tr("Driver");
    case Mountpoint: return tr("Mount point");
    case Created: return tr("Created");
    }
    return {};
}

QVariant VolumeTableModel::cell(const Engine::VolumeSummary &volume, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Name: return volume.name;
        case Driver: return volume.driver;
        case Mountpoint: return volume.mountpoint;
        case Created: return Format::age(volume.created);
        }
    } else if (role == SortRole) {
        switch (column) {
        case Name: return volume.name;
        case Driver: return volume.driver;
        case Mountpoint: return volume.mountpoint;
        case Created: return volume.created.toSecsSinceEpoch();
        }
    }
    return {};
}

}  // namespace Hublot::Ui

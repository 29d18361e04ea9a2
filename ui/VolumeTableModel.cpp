// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/VolumeTableModel.h"

#include "ui/Format.h"

namespace Hublot::Ui {

VolumeTableModel::VolumeTableModel(Engine::VolumeStore *store, Engine::ContainerStore *containers, QObject *parent)
    : StoreTableModel(store, parent)
    , m_containers(containers)
{
    if (m_containers) {
        connect(m_containers, &Engine::StoreSignals::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, UsedBy), index(rowCount() - 1, UsedBy));
        });
    }
}

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
    case UsedBy: return tr("Used by");
    case Size: return tr("Size");
    case Created: return tr("Created");
    }
    return {};
}

void VolumeTableModel::setSizes(const QHash<QString, qint64> &sizes)
{
    m_sizes = sizes;
    m_sizesKnown = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Size), index(rowCount() - 1, Size));
}

QStringList VolumeTableModel::usersOf(const QString &volume) const
{
    QStringList names;
    if (!m_containers)
        return names;
    for (const QString &key : m_containers->keys()) {
        const Engine::ContainerSummary *container = m_containers->find(key);
        if (container && container->volumes.contains(volume))
            names.append(container->name);
    }
    names.sort();
    return names;
}

QVariant VolumeTableModel::cell(const Engine::VolumeSummary &volume, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Name: return volume.name;
        case Driver: return volume.driver;
        case Mountpoint: return volume.mountpoint;
        case UsedBy: {
            const QStringList users = usersOf(volume.name);
            if (users.isEmpty())
                return role == Qt::ToolTipRole ? tr("No container uses this volume.") : QString();
            return users.join(QStringLiteral(", "));
        }
        case Size: {
            if (!m_sizesKnown)
                return role == Qt::ToolTipRole ? tr("Not measured yet: use Measure Sizes.") : QString();
            const qint64 size = m_sizes.value(volume.name, -1);
            return size < 0 ? QStringLiteral("—") : Format::size(size);
        }
        case Created: return Format::age(volume.created);
        }
    } else if (role == SortRole) {
        switch (column) {
        case Name: return volume.name;
        case Driver: return volume.driver;
        case Mountpoint: return volume.mountpoint;
        case UsedBy: return usersOf(volume.name).join(u',');
        case Size: return m_sizes.value(volume.name, -1);
        case Created: return volume.created.toSecsSinceEpoch();
        }
    } else if (role == Qt::TextAlignmentRole && column == Size) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

#include <QHash>

namespace Hublot::Ui {

/// The volumes of `docker volume ls`, with the containers using each and,
/// once asked for (`docker system df -v`), the space each takes.
class VolumeTableModel final : public StoreTableModel<Engine::VolumeSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTableModel)

public:
    enum Column { Name, Driver, Mountpoint, UsedBy, Size, Created, ColumnCount };

    /// containers, when given, names the containers using each volume (live).
    explicit VolumeTableModel(Engine::VolumeStore *store, Engine::ContainerStore *containers = nullptr,
                              QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The sizes measured by the engine, volume name -> bytes (-1: unknown).
    void setSizes(const QHash<QString, qint64> &sizes);
    [[nodiscard]] bool hasSizes() const { return m_sizesKnown; }
    /// The volume's measured size, -1 when not known.
    [[nodiscard]] qint64 sizeOf(const QString &volume) const { return m_sizes.value(volume, -1); }
    /// Names of the containers that mount the volume.
    [[nodiscard]] QStringList usersOf(const QString &volume) const;

protected:
    QVariant cell(const Engine::VolumeSummary &volume, int column, int role) const override;

private:
    Engine::ContainerStore *m_containers;
    QHash<QString, qint64> m_sizes;
    bool m_sizesKnown = false;
};

}  // namespace Hublot::Ui

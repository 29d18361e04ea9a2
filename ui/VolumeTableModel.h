// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

namespace Hublot::Ui {

/// The volumes of `docker volume ls`.
class VolumeTableModel final : public StoreTableModel<Engine::VolumeSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeTableModel)

public:
    enum Column { Name, Driver, Mountpoint, Created, ColumnCount };

    explicit VolumeTableModel(Engine::VolumeStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cell(const Engine::VolumeSummary &volume, int column, int role) const override;
};

}  // namespace Hublot::Ui

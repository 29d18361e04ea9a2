// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

namespace Hublot::Ui {

/// The networks of `docker network ls`, with their subnets.
class NetworkTableModel final : public StoreTableModel<Engine::NetworkSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTableModel)

public:
    enum Column { Name, Id, Driver, Scope, Subnet, Gateway, ColumnCount };

    explicit NetworkTableModel(Engine::NetworkStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cell(const Engine::NetworkSummary &network, int column, int role) const override;
};

}  // namespace Hublot::Ui

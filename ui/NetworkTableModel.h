// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

namespace Hublot::Ui {

/// The networks of `docker network ls`, with their subnets and the
/// containers attached to each.
class NetworkTableModel final : public StoreTableModel<Engine::NetworkSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTableModel)

public:
    enum Column { Name, Driver, Scope, Subnet, Gateway, Containers, ColumnCount };

    /// containers, when given, names the containers attached to each network (live).
    explicit NetworkTableModel(Engine::NetworkStore *store, Engine::ContainerStore *containers = nullptr,
                               QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Names of the containers attached to the network named network.
    [[nodiscard]] QStringList containersOn(const QString &network) const;
    /// The networks every engine makes itself, which cannot be removed.
    static bool isBuiltIn(const QString &name);

protected:
    QVariant cell(const Engine::NetworkSummary &network, int column, int role) const override;

private:
    Engine::ContainerStore *m_containers;
};

}  // namespace Hublot::Ui

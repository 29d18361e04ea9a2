// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

namespace Hublot::Ui {

/// The containers of `docker ps -a`, a row each.
class ContainerTableModel final : public StoreTableModel<Engine::ContainerSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTableModel)

public:
    enum Column { Name, Image, State, Ports, Created, ColumnCount };
    /// Is the container running? (bool; for the running-only filter)
    static constexpr int RunningRole = KeyRole + 1;

    explicit ContainerTableModel(Engine::ContainerStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "Running", "Exited (137)", ... in the user's language.
    static QString stateText(const Engine::ContainerSummary &container);
    /// "127.0.0.1:8080→80/tcp, 443/tcp"
    static QString portsText(const Engine::ContainerSummary &container);

protected:
    QVariant cell(const Engine::ContainerSummary &container, int column, int role) const override;
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

namespace Hublot::Ui {

/// The Swarm services of `docker service ls`: how many of each service's
/// containers run out of how many it should have.
class ServiceTableModel final : public StoreTableModel<Engine::ServiceSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTableModel)

public:
    enum Column { Name, Image, Mode, Replicas, Ports, ColumnCount };

    explicit ServiceTableModel(Engine::ServiceStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "8080->80/tcp", as docker service ls shows a published port.
    static QString portsText(const Engine::ServiceSummary &service);

protected:
    QVariant cell(const Engine::ServiceSummary &service, int column, int role) const override;
};

}  // namespace Hublot::Ui

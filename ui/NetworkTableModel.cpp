// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NetworkTableModel.h"

#include "ui/Format.h"

namespace Hublot::Ui {

NetworkTableModel::NetworkTableModel(Engine::NetworkStore *store, QObject *parent)
    : StoreTableModel(store, parent)
{ }

int NetworkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Id: return tr("Network ID");
    case Driver: return tr("Driver");
    case Scope: return tr("Scope");
    case Subnet: return tr("Subnet");
    case Gateway: return tr("Gateway");
    }
    return {};
}

QVariant NetworkTableModel::cell(const Engine::NetworkSummary &network, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Name: return network.name;
    case Id: return role == SortRole ? network.id : Format::shortId(network.id);
    case Driver: return network.driver;
    case Scope: return network.scope;
    case Subnet: return network.subnets.join(QStringLiteral(", "));
    case Gateway: return network.gateways.join(QStringLiteral(", "));
    }
    return {};
}

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NetworkTableModel.h"

#include "ui/Format.h"

namespace Hublot::Ui {

NetworkTableModel::NetworkTableModel(Engine::NetworkStore *store, Engine::ContainerStore *containers, QObject *parent)
    : StoreTableModel(store, parent)
    , m_containers(containers)
{
    if (m_containers) {
        connect(m_containers, &Engine::StoreSignals::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, Containers), index(rowCount() - 1, Containers));
        });
    }
}

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
    case Driver: return tr("Driver");
    case Scope: return tr("Scope");
    case Subnet: return tr("Subnet");
    case Gateway: return tr("Gateway");
    case Containers: return tr("Containers");
    }
    return {};
}

bool NetworkTableModel::isBuiltIn(const QString &name)
{
    return name == u"bridge" || name == u"host" || name == u"none";
}

QStringList NetworkTableModel::containersOn(const QString &network) const
{
    QStringList names;
    if (!m_containers)
        return names;
    for (const QString &key : m_containers->keys()) {
        const Engine::ContainerSummary *container = m_containers->find(key);
        if (container && container->networks.contains(network))
            names.append(container->name);
    }
    names.sort();
    return names;
}

QVariant NetworkTableModel::cell(const Engine::NetworkSummary &network, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Name)
        return network.id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Name: return network.name;
    case Driver: return network.driver;
    case Scope: return network.scope;
    case Subnet: return network.subnets.join(QStringLiteral(", "));
    case Gateway: return network.gateways.join(QStringLiteral(", "));
    case Containers: return containersOn(network.name).join(QStringLiteral(", "));
    }
    return {};
}

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceTableModel.h"

#include <QStringList>

namespace Hublot::Ui {

ServiceTableModel::ServiceTableModel(Engine::ServiceStore *store, QObject *parent)
    : StoreTableModel(store, parent)
{ }

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Image: return tr("Image");
    case Mode: return tr("Mode");
    case Replicas: return tr("Replicas");
    case Ports: return tr("Ports");
    }
    return {};
}

QString ServiceTableModel::portsText(const Engine::ServiceSummary &service)
{
    QStringList ports;
    for (const Engine::ServiceSummary::Port &port : service.ports)
        ports.append(QStringLiteral("%1->%2/%3").arg(port.published).arg(port.target).arg(port.protocol));
    return ports.join(QStringLiteral(", "));
}

QVariant ServiceTableModel::cell(const Engine::ServiceSummary &service, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Replicas)
        return tr("%1 running of the %2 the swarm keeps up").arg(service.runningTasks).arg(service.desiredTasks);
    if (role == Qt::ToolTipRole && column == Name)
        return service.id;
    if (role == SortRole && column == Replicas)
        return service.runningTasks;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Name: return service.name;
    case Image: return service.image;
    case Mode: return service.global ? tr("global") : tr("replicated");
    case Replicas: return QStringLiteral("%1/%2").arg(service.runningTasks).arg(service.desiredTasks);
    case Ports: return portsText(service);
    }
    return {};
}

}  // namespace Hublot::Ui

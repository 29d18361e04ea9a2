// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerTableModel.h"

#include "ui/Format.h"

#include <QColor>

namespace Hublot::Ui {

using Engine::ContainerSummary;

ContainerTableModel::ContainerTableModel(Engine::ContainerStore *store, QObject *parent)
    : StoreTableModel(store, parent)
{ }

int ContainerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Image: return tr("Image");
    case State: return tr("State");
    case Ports: return tr("Ports");
    case Created: return tr("Created");
    }
    return {};
}

QString ContainerTableModel::stateText(const ContainerSummary &container)
{
    switch (container.state) {
    case ContainerSummary::State::Running: return tr("Running");
    case ContainerSummary::State::Paused: return tr("Paused");
    case ContainerSummary::State::Restarting: return tr("Restarting");
    case ContainerSummary::State::Removing: return tr("Removing");
    case ContainerSummary::State::Created: return tr("Created");
    case ContainerSummary::State::Dead: return tr("Dead");
    case ContainerSummary::State::Exited:
        return container.exitCode ? tr("Exited (%1)").arg(*container.exitCode) : tr("Exited");
    case ContainerSummary::State::Unknown: break;
    }
    return tr("Unknown");
}

QString ContainerTableModel::portsText(const ContainerSummary &container)
{
    QStringList parts;
    for (const ContainerSummary::Port &port : container.ports) {
        const QString inside = QString::number(port.privatePort) + u'/' + port.type;
        if (port.publicPort == 0) {
            parts.append(inside);
            continue;
        }
        const QString ip = port.ip.contains(u':') ? u'[' + port.ip + u']' : port.ip;
        parts.append(ip + u':' + QString::number(port.publicPort) + u"→" + inside);
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

static QColor stateColor(ContainerSummary::State state)
{
    switch (state) {
    case ContainerSummary::State::Running: return QColor(0x2e, 0xa0, 0x43);
    case ContainerSummary::State::Paused: return QColor(0xd2, 0x99, 0x22);
    case ContainerSummary::State::Restarting: return QColor(0x3b, 0x82, 0xf6);
    case ContainerSummary::State::Dead: return QColor(0xcf, 0x22, 0x2e);
    default: return QColor(0x8c, 0x95, 0x9f);
    }
}

QVariant ContainerTableModel::cell(const ContainerSummary &c, int column, int role) const
{
    if (role == RunningRole)
        return c.state == ContainerSummary::State::Running;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Name: return c.name;
        case Image: return c.image;
        case State: return role == Qt::ToolTipRole ? c.status : stateText(c);
        case Ports: return portsText(c);
        case Created:
            return role == Qt::ToolTipRole ? QLocale().toString(c.created.toLocalTime(), QLocale::LongFormat)
                                           : Format::age(c.created);
        }
    } else if (role == SortRole) {
        switch (column) {
        case Name: return c.name;
        case Image: return c.image;
        case State: return int(c.state);
        case Ports: return c.ports.isEmpty() ? 0 : c.ports.first().publicPort;
        case Created: return c.created.toSecsSinceEpoch();
        }
    } else if (role == Qt::DecorationRole && column == State) {
        return stateColor(c.state);
    }
    return {};
}

}  // namespace Hublot::Ui

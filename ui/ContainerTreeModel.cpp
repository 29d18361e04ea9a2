// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContainerTreeModel.h"

#include "ui/Format.h"

#include <QFont>
#include <QHostAddress>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Hublot::Ui {

using Engine::ContainerSummary;

ContainerTreeModel::ContainerTreeModel(Engine::ContainerStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    addKeys(store->keys());
    connect(store, &Engine::StoreSignals::changed, this, [this](const Engine::StoreChange &change) { apply(change); });
}

ContainerTreeModel::~ContainerTreeModel() = default;

QModelIndex ContainerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= m_top.size())
        return {};  // containers have no children
    Group *group = m_top.at(parent.row()).group;
    if (!group || row >= group->keys.size())
        return {};
    return createIndex(row, column, group);
}

QModelIndex ContainerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    return groupIndex(static_cast<const Group *>(child.internalPointer()));
}

int ContainerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0;
    const Group *group = m_top.at(parent.row()).group;
    return group ? int(group->keys.size()) : 0;
}

int ContainerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex ContainerTreeModel::groupIndex(const Group *group, int column) const
{
    return createIndex(group->row, column, nullptr);
}

const ContainerSummary *ContainerTreeModel::containerAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const auto *group = static_cast<const Group *>(index.internalPointer()))
        return index.row() < group->keys.size() ? m_store->find(group->keys.at(index.row())) : nullptr;
    if (index.row() >= m_top.size() || m_top.at(index.row()).group)
        return nullptr;
    return m_store->find(m_top.at(index.row()).key);
}

QModelIndex ContainerTreeModel::indexOf(const QString &id) const
{
    auto project = m_projectOf.constFind(id);
    if (project == m_projectOf.cend())
        return {};
    if (project->isEmpty())
        return createIndex(m_topRowOf.value(id), 0, nullptr);
    Group *group = m_groupOf.value(*project);
    return group ? createIndex(int(group->keys.indexOf(id)), 0, group) : QModelIndex();
}

QVariant ContainerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto *group = static_cast<const Group *>(index.internalPointer())) {
        const QString &key = group->keys.at(index.row());
        if (role == KeyRole)
            return key;
        const ContainerSummary *container = m_store->find(key);
        return container ? containerData(*container, index.column(), role) : QVariant();
    }
    const TopRow &top = m_top.at(index.row());
    if (top.group)
        return groupData(*top.group, index.column(), role);
    if (role == KeyRole)
        return top.key;
    const ContainerSummary *container = m_store->find(top.key);
    return container ? containerData(*container, index.column(), role) : QVariant();
}

QVariant ContainerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Image: return tr("Image");
    case State: return tr("State");
    case Ports: return tr("Ports");
    case Created: return tr("Created");
    case IpAddress: return tr("IP address");
    case Cpu: return tr("CPU");
    case Memory: return tr("Memory");
    }
    return {};
}

QString ContainerTreeModel::stateText(const ContainerSummary &container)
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

QList<ContainerTreeModel::PortLink> ContainerTreeModel::portLinks(const ContainerSummary &container)
{
    QList<PortLink> links;
    QStringList seen;
    for (const ContainerSummary::Port &port : container.ports) {
        const QString inside = QString::number(port.privatePort) + u'/' + port.type;
        PortLink link;
        if (port.publicPort == 0) {
            link.text = inside;
        } else {
            const QString ip = port.ip.contains(u':') ? u'[' + port.ip + u']' : port.ip;
            link.text = ip + u':' + QString::number(port.publicPort) + u"→" + inside;
            if (port.type == u"tcp")
                link.url = localUrl(port.ip, port.publicPort);
        }
        if (seen.contains(link.text))
            continue;
        seen.append(link.text);
        links.append(link);
    }
    return links;
}

QString ContainerTreeModel::portsText(const ContainerSummary &container)
{
    QStringList parts;
    for (const PortLink &link : portLinks(container))
        parts.append(link.text);
    return parts.join(QStringLiteral(", "));
}

QUrl ContainerTreeModel::localUrl(const QString &hostIp, int hostPort)
{
    // A port published on every address, or on loopback, is reached as
    // localhost, as the notes write it; one bound to another address only there.
    const QHostAddress address(hostIp);
    QString host = QStringLiteral("localhost");
    if (!hostIp.isEmpty() && !address.isNull() && !address.isLoopback() && address != QHostAddress::AnyIPv4
        && address != QHostAddress::AnyIPv6)
        host = hostIp;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(hostPort);
    url.setPath(QStringLiteral("/"));
    return url;
}

void ContainerTreeModel::setStatsLookup(StatsLookup lookup)
{
    m_stats = std::move(lookup);
}

void ContainerTreeModel::statsChanged(const QString &id)
{
    const QModelIndex row = indexOf(id);
    if (row.isValid())
        Q_EMIT dataChanged(row.siblingAtColumn(Cpu), row.siblingAtColumn(Memory), {Qt::DisplayRole, Qt::ToolTipRole});
}

std::optional<Engine::ContainerStats> ContainerTreeModel::statsOf(const ContainerSummary &c) const
{
    if (!m_stats || c.state != ContainerSummary::State::Running)
        return std::nullopt;
    return m_stats(c.id);
}

QVariant ContainerTreeModel::containerData(const ContainerSummary &c, int column, int role) const
{
    switch (role) {
    case RunningRole: return c.state == ContainerSummary::State::Running;
    case StateRole: return int(c.state);
    case ExitCodeRole: return c.exitCode ? QVariant(*c.exitCode) : QVariant();
    case ProjectRole: return c.labels.value(composeProjectLabel());
    case IsProjectRole: return false;
    case PortLinksRole: return column == Ports ? QVariant::fromValue(portLinks(c)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Name: return role == Qt::ToolTipRole ? tr("%1 (id %2)").arg(c.name, Format::shortId(c.id)) : c.name;
        case Image: return c.image;
        case State: return role == Qt::ToolTipRole ? c.status : stateText(c);
        case Ports: return portsText(c);
        case Created:
            return role == Qt::ToolTipRole ? QLocale().toString(c.created.toLocalTime(), QLocale::LongFormat)
                                           : Format::age(c.created);
        case IpAddress: {
            if (role == Qt::DisplayRole)
                return QStringList(c.ipAddresses.values()).join(QStringLiteral(", "));
            QStringList lines;
            for (auto it = c.ipAddresses.begin(); it != c.ipAddresses.end(); ++it)
                lines.append(tr("%1 on the network %2").arg(it.value(), it.key()));
            return lines.join(u'\n');
        }
        case Cpu:
        case Memory: {
            const std::optional<Engine::ContainerStats> stats = statsOf(c);
            if (!stats)
                return {};
            if (column == Cpu)
                return tr("%1 %").arg(QLocale().toString(stats->cpuPercent, 'f', 1));
            return role == Qt::ToolTipRole
                ? tr("%1 of %2").arg(Format::size(qint64(stats->memoryUsage)), Format::size(qint64(stats->memoryLimit)))
                : Format::size(qint64(stats->memoryUsage));
        }
        }
        break;
    case SortRole:
        switch (column) {
        case Name: return c.name;
        case Image: return c.image;
        case State: return int(c.state);
        case Ports: return c.ports.isEmpty() ? 0 : c.ports.first().publicPort;
        case Created: return c.created.toSecsSinceEpoch();
        case IpAddress: return c.ipAddresses.isEmpty() ? 0u : QHostAddress(c.ipAddresses.first()).toIPv4Address();
        case Cpu:
        case Memory: {
            const std::optional<Engine::ContainerStats> stats = statsOf(c);
            if (!stats)
                return -1.0;
            return column == Cpu ? stats->cpuPercent : double(stats->memoryUsage);
        }
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == State)
            return stateText(c);
        break;
    }
    return {};
}

QVariant ContainerTreeModel::groupData(const Group &group, int column, int role) const
{
    int running = 0;
    qint64 newest = 0;
    for (const QString &key : group.keys) {
        if (const ContainerSummary *c = m_store->find(key)) {
            if (c->state == ContainerSummary::State::Running)
                ++running;
            newest = std::max(newest, c->created.toSecsSinceEpoch());
        }
    }
    const int count = int(group.keys.size());
    switch (role) {
    case KeyRole: return QString();
    case RunningRole: return running > 0;
    case StateRole: return -1;
    case ProjectRole: return group.project;
    case IsProjectRole: return true;
    case Qt::FontRole:
        if (column == Name) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case Name: return group.project;
        case Image: return tr("%n container(s)", nullptr, count);
        case State: return tr("%1 of %2 running").arg(running).arg(count);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Name)
            return tr("Compose project %1").arg(group.project);
        break;
    case SortRole:
        switch (column) {
        case Name: return group.project;
        case Image: return QString();
        case State: return running > 0 ? int(ContainerSummary::State::Running) : int(ContainerSummary::State::Exited);
        case Ports: return 0;
        case Created: return newest;
        case IpAddress: return 0u;
        case Cpu:
        case Memory: return -1.0;
        }
        break;
    }
    return {};
}

void ContainerTreeModel::apply(const Engine::StoreChange &change)
{
    if (!change.removed.isEmpty())
        removeKeys(change.removed);
    for (const QString &key : change.updated) {
        const ContainerSummary *c = m_store->find(key);
        if (!c)
            continue;
        // Labels are fixed when a container is made, so a container keeps
        // its project; should one ever change, the row moves.
        if (c->labels.value(composeProjectLabel()) != m_projectOf.value(key)) {
            removeKeys({key});
            addKeys({key});
            continue;
        }
        const QModelIndex first = indexOf(key);
        if (!first.isValid())
            continue;
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        if (first.parent().isValid())
            Q_EMIT dataChanged(first.parent(), first.parent().siblingAtColumn(ColumnCount - 1));
    }
    if (!change.added.isEmpty())
        addKeys(change.added);
}

void ContainerTreeModel::removeKeys(const QStringList &keys)
{
    const QSet<QString> gone(keys.cbegin(), keys.cend());
    auto allGone = [&gone](const Group *group) {
        return std::all_of(group->keys.cbegin(), group->keys.cend(),
                           [&gone](const QString &key) { return gone.contains(key); });
    };

    // Containers leaving a project that stays: runs of rows, from the bottom up.
    for (const auto &group : m_groups) {
        if (allGone(group.get()))
            continue;
        const qsizetype before = group->keys.size();
        for (int row = int(group->keys.size()) - 1; row >= 0;) {
            if (!gone.contains(group->keys.at(row))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && gone.contains(group->keys.at(first - 1)))
                --first;
            beginRemoveRows(groupIndex(group.get()), first, row);
            group->keys.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        if (group->keys.size() == before)
            continue;
        const QModelIndex groupRow = groupIndex(group.get());
        Q_EMIT dataChanged(groupRow, groupRow.siblingAtColumn(ColumnCount - 1));
    }

    // Top-level rows: containers of no project, and projects left empty.
    QList<Group *> emptied;
    auto goes = [&](const TopRow &top) {
        return top.group ? allGone(top.group) : gone.contains(top.key);
    };
    for (int row = int(m_top.size()) - 1; row >= 0;) {
        if (!goes(m_top.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && goes(m_top.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        for (int i = first; i <= row; ++i) {
            if (Group *group = m_top.at(i).group)
                emptied.append(group);
        }
        m_top.remove(first, row - first + 1);
        // Rows below moved up: parent() must know before the view asks.
        reindex();
        endRemoveRows();
        row = first - 1;
    }
    for (const QString &key : keys)
        m_projectOf.remove(key);
    for (Group *group : std::as_const(emptied)) {
        m_groupOf.remove(group->project);
        std::erase_if(m_groups, [group](const std::unique_ptr<Group> &owned) { return owned.get() == group; });
    }
}

void ContainerTreeModel::addKeys(const QStringList &keys)
{
    QStringList loose;
    QStringList projects;  // in the order they first appear
    QHash<QString, QStringList> byProject;
    for (const QString &key : keys) {
        const ContainerSummary *c = m_store->find(key);
        if (!c)
            continue;
        const QString project = c->labels.value(composeProjectLabel());
        m_projectOf.insert(key, project);
        if (project.isEmpty()) {
            loose.append(key);
            continue;
        }
        if (!byProject.contains(project))
            projects.append(project);
        byProject[project].append(key);
    }

    if (!loose.isEmpty()) {
        const int first = int(m_top.size());
        beginInsertRows({}, first, first + int(loose.size()) - 1);
        for (const QString &key : std::as_const(loose)) {
            m_topRowOf.insert(key, int(m_top.size()));
            m_top.append({key, nullptr});
        }
        endInsertRows();
    }
    for (const QString &project : std::as_const(projects)) {
        const QStringList &members = byProject.value(project);
        if (Group *group = m_groupOf.value(project)) {
            const int first = int(group->keys.size());
            beginInsertRows(groupIndex(group), first, first + int(members.size()) - 1);
            group->keys.append(members);
            endInsertRows();
            const QModelIndex groupRow = groupIndex(group);
            Q_EMIT dataChanged(groupRow, groupRow.siblingAtColumn(ColumnCount - 1));
            continue;
        }
        auto group = std::make_unique<Group>();
        group->project = project;
        group->keys = members;
        group->row = int(m_top.size());
        beginInsertRows({}, group->row, group->row);
        m_top.append({QString(), group.get()});
        m_groupOf.insert(project, group.get());
        m_groups.push_back(std::move(group));
        endInsertRows();
    }
}

void ContainerTreeModel::reindex()
{
    m_topRowOf.clear();
    for (int row = 0; row < m_top.size(); ++row) {
        if (Group *group = m_top.at(row).group)
            group->row = row;
        else
            m_topRowOf.insert(m_top.at(row).key, row);
    }
}

}  // namespace Hublot::Ui

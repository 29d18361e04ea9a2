// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerStats.h"
#include "engine/EngineSession.h"
#include "ui/StoreTableModel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Hublot::Ui {

/// The containers of `docker ps -a`, grouped by Compose project: a
/// project is a parent row holding its containers; a container of no
/// project is a top-level row. Follows the store's changes row by row.
class ContainerTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTreeModel)

public:
    enum Column { Name, Image, State, Ports, Created, IpAddress, Cpu, Memory, ColumnCount };

    /// Is the container running? (bool; for the running-only filter)
    static constexpr int RunningRole = KeyRole + 1;
    /// The container's Engine::ContainerSummary::State as an int; -1 on a project row.
    static constexpr int StateRole = KeyRole + 2;
    /// The exit code of an exited container (int), else invalid.
    static constexpr int ExitCodeRole = KeyRole + 3;
    /// The Compose project: a project row's name, or the project a container belongs to.
    static constexpr int ProjectRole = KeyRole + 4;
    /// True on a project row.
    static constexpr int IsProjectRole = KeyRole + 5;
    /// The published ports as QList<PortLink>, in the Ports column.
    static constexpr int PortLinksRole = KeyRole + 6;

    /// One published or exposed port as the Ports column writes it; url is
    /// set for a TCP port published on the host (http://localhost:PORT).
    struct PortLink
    {
        QString text;
        QUrl url;
    };

    /// The label Docker Compose puts on every container of a project.
    static QString composeProjectLabel() { return QStringLiteral("com.docker.compose.project"); }

    explicit ContainerTreeModel(Engine::ContainerStore *store, QObject *parent = nullptr);
    ~ContainerTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Where the Cpu and Memory columns read a running container's last
    /// stats sample (VisibleStatsController::latest); without one they stay empty.
    using StatsLookup = std::function<std::optional<Engine::ContainerStats>(const QString &id)>;
    void setStatsLookup(StatsLookup lookup);
    /// A new sample for this container: repaints its Cpu and Memory cells.
    void statsChanged(const QString &id);

    /// The container on this row, or null on a project row.
    [[nodiscard]] const Engine::ContainerSummary *containerAt(const QModelIndex &index) const;
    /// The row of the container with this id (column 0), or invalid.
    [[nodiscard]] QModelIndex indexOf(const QString &id) const;

    /// "Running", "Exited (137)", ... in the user's language.
    static QString stateText(const Engine::ContainerSummary &container);
    /// "127.0.0.1:8080→80/tcp, 443/tcp"
    static QString portsText(const Engine::ContainerSummary &container);
    static QList<PortLink> portLinks(const Engine::ContainerSummary &container);
    /// Where a browser on this computer reaches a port published on hostIp.
    static QUrl localUrl(const QString &hostIp, int hostPort);

private:
    struct Group
    {
        QString project;
        QStringList keys;
        int row = 0;  ///< its top-level row
    };
    struct TopRow
    {
        QString key;  ///< a container's id; empty for a project row
        Group *group = nullptr;
    };

    void apply(const Engine::StoreChange &change);
    void removeKeys(const QStringList &keys);
    void addKeys(const QStringList &keys);
    void reindex();
    QVariant containerData(const Engine::ContainerSummary &c, int column, int role) const;
    [[nodiscard]] std::optional<Engine::ContainerStats> statsOf(const Engine::ContainerSummary &c) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QModelIndex groupIndex(const Group *group, int column = 0) const;

    Engine::ContainerStore *m_store;
    StatsLookup m_stats;
    QList<TopRow> m_top;
    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QString, Group *> m_groupOf;  ///< project -> group
    QHash<QString, QString> m_projectOf;  ///< container id -> project ("" for none)
    QHash<QString, int> m_topRowOf;  ///< container id -> top-level row, for those of no project
};

}  // namespace Hublot::Ui

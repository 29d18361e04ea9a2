// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/NetworkSummary.h"

#include <QMap>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

class CommandLineBar;
class PageFooter;
class NetworkTableModel;
class ResourceListPage;

/// The networks page: `docker network ls` as a live table with each
/// network's subnet, gateway and attached containers; create, remove,
/// connect and disconnect a container, each showing its docker command.
/// The engine's own networks (bridge, host, none) cannot be removed, and
/// the page says so.
class NetworksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworksPage)

public:
    enum class Action { Create, Remove, Connect, Disconnect };

    explicit NetworksPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QAction *action(Action which) const { return m_actions.value(which); }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] NetworkTableModel *model() const { return m_model; }
    [[nodiscard]] CommandLineBar *commandBar() const { return m_commandBar; }
    [[nodiscard]] QList<Engine::NetworkSummary> selectedNetworks() const;
    /// Labels put on created networks (tests mark theirs).
    void setCreateLabels(const QStringList &labels) { m_labels = labels; }

private:
    void updateActions();
    void showMessage(const QString &text, bool error);
    void createNetwork();
    void removeSelected();
    void connectContainer();
    void disconnectContainer();

    Engine::EngineSession *m_session;
    NetworkTableModel *m_model;
    ResourceListPage *m_list;
    CommandLineBar *m_commandBar;
    PageFooter *m_footer;
    QMenu *m_menu;
    QMap<Action, QAction *> m_actions;
    QStringList m_labels;
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ServiceSummary.h"

#include <QMap>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QTableView;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

class CommandLineBar;
class PageFooter;
class ResourceListPage;
class ServiceTableModel;

/// Swarm services: the same app in several containers that the swarm
/// keeps running and shares the load between (`docker service ls`,
/// `create`, `scale`, `rm`). An engine outside a swarm says so, and offers
/// `docker swarm init` to make this machine a swarm of one.
class ServicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    enum class Action { Create, Scale, Remove, InitSwarm };

    explicit ServicesPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QAction *action(Action which) const { return m_actions.value(which); }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] ServiceTableModel *model() const { return m_model; }
    [[nodiscard]] CommandLineBar *commandBar() const { return m_commandBar; }
    [[nodiscard]] QList<Engine::ServiceSummary> selectedServices() const;
    /// Labels put on created services (tests mark theirs).
    void setCreateLabels(const QStringList &labels) { m_labels = labels; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void updateSwarmState();
    void showMessage(const QString &text, bool error);
    void initSwarm();
    void createService();
    void scaleSelected();
    void removeSelected();

    Engine::EngineSession *m_session;
    ServiceTableModel *m_model;
    ResourceListPage *m_list;
    CommandLineBar *m_commandBar;
    PageFooter *m_footer;
    QMenu *m_menu;
    QFrame *m_outsideSwarm;  ///< says the engine is in no swarm, with a button to make one
    QMap<Action, QAction *> m_actions;
    QStringList m_labels;
    bool m_inSwarm = false;
    /// False until the engine has said whether it is in a swarm: the note
    /// that it is not waits for that answer rather than flash before it.
    bool m_swarmKnown = false;
};

}  // namespace Hublot::Ui

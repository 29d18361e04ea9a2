// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerSummary.h"

#include <QList>
#include <QMap>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

/// What can be done to the chosen containers — start, stop, restart,
/// pause, unpause, kill, remove — as actions with shortcuts for a toolbar,
/// a context menu and the Container menu, and the prune of stopped
/// containers. Each action names its docker command; kill and remove ask
/// first, naming the containers. Operations run without blocking the GUI
/// thread; the outcome comes back as a sentence through finished().
class ContainerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerActions)

public:
    enum class Kind { Start, Stop, Restart, Pause, Unpause, Kill, Remove };
    Q_ENUM(Kind)

    /// window parents the confirmations and the prune dialog.
    ContainerActions(Engine::EngineSession *session, QWidget *window);

    [[nodiscard]] QAction *action(Kind kind) const { return m_actions.value(kind); }
    [[nodiscard]] QAction *pruneAction() const { return m_prune; }
    /// Every action of kind, in menu order.
    static QList<Kind> kinds();
    /// Adds the actions to menu, the prune after a separator when withPrune.
    void addTo(QMenu *menu, bool withPrune) const;

    /// The containers the actions act on: the selection, or the one shown.
    void setTargets(const QList<Engine::ContainerSummary> &targets);
    [[nodiscard]] const QList<Engine::ContainerSummary> &targets() const { return m_targets; }
    /// Whether the actions may be used at all (their page is on screen).
    void setActive(bool active);

    /// Does kind make sense for a container in this state?
    static bool appliesTo(Kind kind, Engine::ContainerSummary::State state);
    /// The targets kind applies to, in order.
    static QList<Engine::ContainerSummary> applicable(Kind kind, const QList<Engine::ContainerSummary> &targets);
    /// Whether removing these needs force: one of them is running.
    static bool needsForce(const QList<Engine::ContainerSummary> &targets);
    /// The docker command doing kind to the containers it applies to:
    /// "docker stop web db", "docker rm -f web". Empty when it applies to none.
    static QString command(Kind kind, const QList<Engine::ContainerSummary> &targets);
    /// The docker command of a prune narrowed to labelFilters.
    static QString pruneCommand(const QStringList &labelFilters = {});

    /// Does kind to the targets it applies to, asking first for kill and remove.
    void trigger(Kind kind);
    /// Opens the prune dialog; labelFilters narrow it (and its command) as
    /// `docker container prune --filter label=...` does.
    void openPruneDialog(const QStringList &labelFilters = {});

Q_SIGNALS:
    /// An action is going ahead (confirmed where it asks): its command.
    void commandStarted(const QString &command);
    /// Something is under way ("Stopping web and db…").
    void progress(const QString &message);
    /// An operation ended: what was done, or why it failed, in sentences.
    void finished(const QString &message, bool failed);

private:
    void updateActions();
    void confirm(Kind kind, const QList<Engine::ContainerSummary> &targets);
    void run(Kind kind, const QList<Engine::ContainerSummary> &targets);

    Engine::EngineSession *m_session;
    QWidget *m_window;
    QMap<Kind, QAction *> m_actions;
    QAction *m_prune;
    QList<Engine::ContainerSummary> m_targets;
    bool m_active = true;
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerDetails.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace Hublot::Engine {
class EngineSession;
struct DockerEvent;
struct StoreChange;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

class ContainerDetailsTab;
class ContainerInspectTab;
class ContainerOverviewTab;

/// One container, in tabs: Overview and Inspect, and those later features
/// add with addTab() (Logs, Terminal, Stats, Files). It follows the
/// engine's events for the container and inspects it again when they say
/// it changed; Escape or the back button returns to the list.
class ContainerDetailsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerDetailsPage)

public:
    explicit ContainerDetailsPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    /// Shows the container with this id (inspecting it; the tabs fill when
    /// the answer comes).
    void showContainer(const QString &id);
    /// Shows no container any more; the tabs stop what they follow.
    void closeContainer();
    [[nodiscard]] QString containerId() const { return m_id; }
    /// True once the container shown has been inspected.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] const Engine::ContainerDetails &details() const { return m_details; }

    /// Adds a tab after those already there; the page owns it and tells
    /// it which container it shows. Gives the tab's index.
    int addTab(ContainerDetailsTab *tab, const QString &title);
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// Where the page's owner puts the actions on the container.
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    /// The docker command of the tab on show.
    [[nodiscard]] QString command() const;

Q_SIGNALS:
    void backRequested();
    /// The container was inspected (again) and the tabs show it.
    void loaded();
    /// The docker command of the tab on show changed (or another tab shows).
    void commandChanged(const QString &command);

private:
    void inspect();
    void onEvent(const Engine::DockerEvent &event);
    void onStoreChanged(const Engine::StoreChange &change);
    void updateHeader();

    Engine::EngineSession *m_session;
    QString m_id;
    Engine::ContainerDetails m_details;
    QJsonObject m_inspect;
    bool m_loaded = false;
    bool m_removed = false;
    bool m_inFlight = false;
    bool m_dirty = false;
    quint64 m_generation = 0;
    QToolButton *m_back;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_subtitle;
    QLabel *m_message;
    QToolBar *m_toolBar;
    QTabWidget *m_tabs;
    QList<ContainerDetailsTab *> m_detailTabs;
};

}  // namespace Hublot::Ui

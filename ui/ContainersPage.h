// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerSummary.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

class CommandLineBar;
class ContainerActions;
class ContainerDetailsPage;
class ContainerFilterProxyModel;
class ContainerTreeModel;
class PortLinkDelegate;

/// The containers page: `docker ps -a` (or `docker ps`) as a live tree
/// grouped by Compose project, searchable and sortable, with the actions
/// on the chosen containers and the command line for each; a container's
/// details open in place (double-click or Enter) and Escape comes back.
class ContainersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersPage)

public:
    explicit ContainersPage(Engine::EngineSession *session, QWidget *parent = nullptr);

    [[nodiscard]] ContainerActions *actions() const { return m_actions; }
    [[nodiscard]] ContainerDetailsPage *detailsPage() const { return m_details; }
    /// The Container menu for the window's menu bar.
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] ContainerFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] ContainerTreeModel *model() const { return m_model; }

    /// Opens the details of the container with this id in place of the list.
    void openDetails(const QString &id);
    /// Back to the list, with the container that was shown selected.
    void closeDetails();
    [[nodiscard]] bool isShowingDetails() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildList();
    void updateTargets();
    void updateState();
    void applyColumnWidths();
    void showMessage(const QString &text, bool error);
    void showContextMenu(const QPoint &pos);
    /// The Compose project of the current row (a project row, or a container of one).
    [[nodiscard]] QString currentProject() const;
    /// Opens a window with the merged logs of the project's containers.
    void openProjectLogs(const QString &project);
    void openLink(const QUrl &url);
    [[nodiscard]] QList<Engine::ContainerSummary> selectedContainers() const;

    Engine::EngineSession *m_session;
    ContainerTreeModel *m_model;
    ContainerFilterProxyModel *m_proxy;
    ContainerActions *m_actions;
    QStackedWidget *m_stack;
    QWidget *m_list = nullptr;
    ContainerDetailsPage *m_details;
    QLabel *m_countLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showAll = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_message;
    CommandLineBar *m_commandBar;
    QMenu *m_menu;
    QAction *m_openDetails;
    QAction *m_projectLogs;
};

}  // namespace Hublot::Ui

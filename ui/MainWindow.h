// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Hublot::Engine {
class EngineSession;
}

namespace Hublot::Ui {

class ConnectionProblemPage;
class ContainersPage;
class ImagesPage;

/// Hublot's window: a sidebar of pages (Containers, Images, Volumes,
/// Networks, Engine, Concepts), or, while no engine answers, the reason and a retry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Containers, Images, Volumes, Networks, Services, Engine, Concepts };
    Q_ENUM(Page)

    explicit MainWindow(Engine::EngineSession *session, QWidget *parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] ContainersPage *containersPage() const { return m_containers; }
    /// Its runImageRequested(image) asks for the run dialog.
    [[nodiscard]] ImagesPage *imagesPage() const { return m_images; }
    /// True once the first connection attempt ended: with the data loaded,
    /// or with the reason the engine cannot be reached.
    [[nodiscard]] bool isSettled() const { return m_settled; }

public Q_SLOTS:
    /// Opens the run dialog, blank or with image filled in.
    void openRunDialog(const QString &image = {});

Q_SIGNALS:
    /// Emitted once, when isSettled() becomes true.
    void settled();
    /// A container run with -it from the run dialog waits for its terminal.
    void interactiveContainerStarted(const QString &id);

private:
    void buildMenus();
    QWidget *buildContent();
    void onStateChanged();
    void settle();

    Engine::EngineSession *m_session;
    QStackedWidget *m_root;
    QWidget *m_connecting;
    QLabel *m_connectingLabel;
    QWidget *m_content;
    ConnectionProblemPage *m_problem;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ContainersPage *m_containers = nullptr;
    ImagesPage *m_images = nullptr;
    QList<QMenu *> m_resourceMenus;
    QLabel *m_statusLabel;
    bool m_settled = false;
};

}  // namespace Hublot::Ui

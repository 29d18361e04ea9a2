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
class ManagedEngine;
}  // namespace Hublot::Engine

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

    /// The engines Hublot can start itself (the backend manager); null ones
    /// are made with their defaults (LocalEngine, VirtualMachineEngine).
    struct ManagedEngines
    {
        Engine::ManagedEngine *local = nullptr;
        Engine::ManagedEngine *vm = nullptr;
    };

    explicit MainWindow(Engine::EngineSession *session, QWidget *parent = nullptr);
    MainWindow(Engine::EngineSession *session, ManagedEngines engines, QWidget *parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] ContainersPage *containersPage() const { return m_containers; }
    /// Its runImageRequested(image) asks for the run dialog.
    [[nodiscard]] ImagesPage *imagesPage() const { return m_images; }
    /// True once the first connection attempt ended: with the data loaded,
    /// or with the reason the engine cannot be reached.
    [[nodiscard]] bool isSettled() const { return m_settled; }

    [[nodiscard]] const ManagedEngines &managedEngines() const { return m_engines; }
    /// Starts the managed engines the user set to start with Hublot; each
    /// becomes the engine shown once it answers.
    void startManagedEnginesAsSet();

public Q_SLOTS:
    /// Opens the run dialog, blank or with image filled in.
    void openRunDialog(const QString &image = {});
    /// Opens *Connect to an Engine*: a Docker context, or an address.
    void openEngineSwitchDialog();

protected:
    /// Stops the engines Hublot started before the window closes.
    void closeEvent(QCloseEvent *event) override;

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
    void adoptManagedEngine(Engine::ManagedEngine *engine);
    [[nodiscard]] QWidget *makeBackendsPanel(const QString &name);

    Engine::EngineSession *m_session;
    ManagedEngines m_engines;
    bool m_closing = false;  ///< closing once the managed engines have stopped
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

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "engine/EngineSession.h"
#include "engine/LocalEngine.h"
#include "engine/VirtualMachineEngine.h"
#include "ui/ConceptsPage.h"
#include "ui/ConnectionProblemPage.h"
#include "ui/ContainerDetailsPage.h"
#include "ui/ContainersPage.h"
#include "ui/EngineBackendsPanel.h"
#include "ui/EnginePage.h"
#include "ui/EngineSwitchDialog.h"
#include "ui/ImageTableModel.h"
#include "ui/ImagesPage.h"
#include "ui/ManagedEnginePanel.h"
#include "ui/NetworkTableModel.h"
#include "ui/NetworksPage.h"
#include "ui/ResourceListPage.h"
#include "ui/RunDialog.h"
#include "ui/ServicesPage.h"
#include "ui/SettingsDialog.h"
#include "ui/VolumeTableModel.h"
#include "ui/VolumesPage.h"
#include "ui/terminal/ContainerTerminalTab.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Hublot::Ui {

using Engine::EngineSession;

MainWindow::MainWindow(EngineSession *session, QWidget *parent)
    : MainWindow(session, ManagedEngines {}, parent)
{ }

MainWindow::MainWindow(EngineSession *session, ManagedEngines engines, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_engines(engines)
    , m_root(new QStackedWidget(this))
    , m_connecting(new QWidget(this))
    , m_connectingLabel(new QLabel(m_connecting))
    , m_content(nullptr)
    , m_problem(new ConnectionProblemPage(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hublot"));
    resize(1280, 800);

    if (!m_engines.local)
        m_engines.local = new Engine::LocalEngine(this);
    if (!m_engines.vm)
        m_engines.vm = new Engine::VirtualMachineEngine(this);
    adoptManagedEngine(m_engines.local);
    adoptManagedEngine(m_engines.vm);
    m_problem->addBelow(makeBackendsPanel(QStringLiteral("problem")));

    m_connectingLabel->setObjectName(QStringLiteral("connectingLabel"));
    m_connectingLabel->setAlignment(Qt::AlignCenter);
    auto *connectingLayout = new QVBoxLayout(m_connecting);
    connectingLayout->addWidget(m_connectingLabel);

    m_content = buildContent();
    m_root->addWidget(m_connecting);
    m_root->addWidget(m_content);
    m_root->addWidget(m_problem);
    setCentralWidget(m_root);

    m_statusLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    buildMenus();

    // docker run -it from the run dialog: the container's details open on
    // its Terminal tab, attached to its main process.
    connect(this, &MainWindow::interactiveContainerStarted, this, [this](const QString &id) {
        showPage(Page::Containers);
        m_containers->openDetails(id);
        if (auto *terminal = m_containers->detailsPage()->findChild<ContainerTerminalTab *>()) {
            terminal->attachWhenShown();
            m_containers->detailsPage()->tabs()->setCurrentWidget(terminal);
        }
    });
    connect(m_problem, &ConnectionProblemPage::retryRequested, session, &EngineSession::retry);
    connect(session, &EngineSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(session, &EngineSession::loaded, this, &MainWindow::settle);
    onStateChanged();
    if (session->isLoaded())
        settle();
}

QWidget *MainWindow::buildContent()
{
    auto *content = new QWidget(this);

    // Containers: `docker ps` or `docker ps -a`, and each one's details.
    m_containers = new ContainersPage(m_session, m_pages);

    // Images, volumes and networks, each with its actions and their commands.
    m_images = new ImagesPage(m_session, m_pages);
    // Run… on an image opens the run dialog filled with it.
    connect(m_images, &ImagesPage::runImageRequested, this, [this](const QString &image) { openRunDialog(image); });
    auto *volumes = new VolumesPage(m_session, m_pages);
    auto *networks = new NetworksPage(m_session, m_pages);
    // Swarm services: the same app in several containers, kept running.
    auto *services = new ServicesPage(m_session, m_pages);
    m_resourceMenus = {m_images->menu(), volumes->menu(), networks->menu(), services->menu()};

    m_pages->addWidget(m_containers);
    m_pages->addWidget(m_images);
    m_pages->addWidget(volumes);
    m_pages->addWidget(networks);
    m_pages->addWidget(services);
    auto *enginePage = new EnginePage(m_session, m_pages);
    enginePage->addSection(tr("Where the engine runs"), makeBackendsPanel(QStringLiteral("engine")));
    m_pages->addWidget(enginePage);
    auto *concepts = new ConceptsPage(m_session, m_pages);
    connect(concepts, &ConceptsPage::partClicked, this, [this](ConceptsDiagram::Part part) {
        switch (part) {
        case ConceptsDiagram::Part::Daemon: showPage(Page::Engine); break;
        case ConceptsDiagram::Part::Images: showPage(Page::Images); break;
        case ConceptsDiagram::Part::Containers: showPage(Page::Containers); break;
        case ConceptsDiagram::Part::Volumes: showPage(Page::Volumes); break;
        case ConceptsDiagram::Part::Networks: showPage(Page::Networks); break;
        case ConceptsDiagram::Part::Client:
        case ConceptsDiagram::Part::Registry: break;
        }
    });
    m_pages->addWidget(concepts);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    for (const QString &name :
         {tr("Containers"), tr("Images"), tr("Volumes"), tr("Networks"), tr("Services"), tr("Engine"), tr("Concepts")})
        m_sidebar->addItem(name);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); padding-top: 12px; }"
        "QListWidget#sidebar::item { padding: 8px 16px; margin: 1px 8px; border-radius: 6px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *separator = new QFrame(content);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);

    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    return content;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N, as "new": Ctrl+Shift+R already restarts the chosen containers.
    QAction *runContainer = file->addAction(tr("&Run a container…"), this, [this] { openRunDialog(); });
    runContainer->setObjectName(QStringLiteral("runContainerAction"));
    runContainer->setShortcut(QKeySequence::New);
    runContainer->setStatusTip(tr("Run a container from an image: docker run"));
    QAction *switchEngine = file->addAction(tr("Connect to an &Engine…"), this, &MainWindow::openEngineSwitchDialog);
    switchEngine->setObjectName(QStringLiteral("connectToEngineAction"));
    switchEngine->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    switchEngine->setStatusTip(tr("Choose the Docker engine Hublot shows: a docker context, or an address"));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Page>> pages
        = {{tr("&Containers"), Page::Containers}, {tr("&Images"), Page::Images},     {tr("&Volumes"), Page::Volumes},
           {tr("&Networks"), Page::Networks},     {tr("&Services"), Page::Services}, {tr("&Engine"), Page::Engine},
           {tr("C&oncepts"), Page::Concepts}};
    for (int i = 0; i < pages.size(); ++i) {
        const Page page = pages[i].second;
        QAction *action = view->addAction(pages[i].first, this, [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    menuBar()->addMenu(m_containers->menu());
    // Each shows while its page does.
    for (QMenu *menu : std::as_const(m_resourceMenus))
        menuBar()->addMenu(menu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hublot"), this, [this] {
        QMessageBox::about(this, tr("About Hublot"),
                           tr("<h3>Hublot %1</h3><p>A native window into your Docker containers.</p>")
                               .arg(QStringLiteral(HUBLOT_VERSION)));
    });
}

void MainWindow::openEngineSwitchDialog()
{
    auto *dialog = new EngineSwitchDialog(m_session->address(), QProcessEnvironment::systemEnvironment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EngineSwitchDialog::endpointChosen, this,
            [this](const Engine::EngineEndpoint &endpoint) { m_session->connectTo(endpoint); });
    dialog->open();
}

QWidget *MainWindow::makeBackendsPanel(const QString &name)
{
    auto *panel = new EngineBackendsPanel(m_engines.local, m_engines.vm, name, this);
    connect(panel, &EngineBackendsPanel::connectElsewhereRequested, this, &MainWindow::openEngineSwitchDialog);
    return panel;
}

void MainWindow::adoptManagedEngine(Engine::ManagedEngine *engine)
{
    connect(engine, &Engine::ManagedEngine::stateChanged, this, [this, engine](Engine::ManagedEngine::State state) {
        if (state == Engine::ManagedEngine::State::Running) {
            // Once it answers, it is the engine Hublot shows.
            m_session->connectTo(engine->endpoint());
            statusBar()->showMessage(tr("The engine Hublot started answers at %1.").arg(engine->endpoint().address()),
                                     5'000);
        }
        if (m_closing && engine->canStart())
            close();
    });
}

void MainWindow::startManagedEnginesAsSet()
{
    const QSettings settings;
    for (Engine::ManagedEngine *engine : {m_engines.vm, m_engines.local}) {
        if (settings.value(ManagedEnginePanel::startWithHublotKey(engine), false).toBool() && engine->canStart())
            engine->start();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<Engine::ManagedEngine *> running;
    for (Engine::ManagedEngine *engine : {m_engines.local, m_engines.vm}) {
        if (!engine->canStart())
            running << engine;
    }
    if (running.isEmpty()) {
        QMainWindow::closeEvent(event);
        return;
    }
    // Its containers get their stop signal; the window closes once the
    // engines have stopped (each is killed at its deadline).
    event->ignore();
    m_closing = true;
    statusBar()->showMessage(tr("Stopping the engine Hublot started before quitting…"));
    for (Engine::ManagedEngine *engine : std::as_const(running))
        engine->stop();
}

void MainWindow::openRunDialog(const QString &image)
{
    auto *dialog = new RunDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!image.isEmpty())
        dialog->setImage(image);
    connect(dialog, &RunDialog::containerStarted, this, [this](const QString &, const QString &name) {
        statusBar()->showMessage(tr("Started the container %1.").arg(name), 5'000);
    });
    connect(dialog, &RunDialog::interactiveContainerStarted, this, &MainWindow::interactiveContainerStarted);
    dialog->open();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

void MainWindow::onStateChanged()
{
    switch (m_session->state()) {
    case EngineSession::State::Idle:
    case EngineSession::State::Connecting:
        if (m_root->currentWidget() == m_problem) {
            m_problem->setRetrying(true);
        } else {
            m_connectingLabel->setText(tr("Connecting to the Docker engine at %1…").arg(m_session->address()));
            m_root->setCurrentWidget(m_connecting);
        }
        m_statusLabel->setText(tr("Connecting…"));
        break;
    case EngineSession::State::Connected:
        m_root->setCurrentWidget(m_content);
        m_statusLabel->setText(tr("Connected to Docker Engine %1 at %2 (API %3)")
                                   .arg(m_session->version().version, m_session->address(), m_session->apiVersion()));
        break;
    case EngineSession::State::Unreachable:
        m_problem->showError(m_session->lastError());
        m_root->setCurrentWidget(m_problem);
        m_statusLabel->setText(tr("Not connected"));
        settle();
        break;
    }
}

void MainWindow::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    Q_EMIT settled();
}

}  // namespace Hublot::Ui

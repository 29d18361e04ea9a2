// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminal/ContainerTerminalTab.h"

#include "engine/AttachOperations.h"
#include "engine/EngineSession.h"
#include "engine/ExecSession.h"
#include "engine/HijackedConnection.h"
#include "ui/ErrorMessages.h"
#include "ui/Format.h"
#include "ui/terminal/TerminalSurface.h"
#include "ui/terminal/TerminalView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hublot::Ui {

using namespace Qt::StringLiterals;

namespace {

/// Exit codes of a shell that could not be run: not executable, not found.
bool couldNotRun(int code)
{
    return code == 126 || code == 127;
}

}  // namespace

TerminalSession::TerminalSession(Engine::EngineSession *session, QString containerId, QString containerName, Mode mode,
                                 QStringList command, QString user, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_containerId(std::move(containerId))
    , m_containerName(std::move(containerName))
    , m_mode(mode)
    , m_asked(std::move(command))
    , m_command(m_asked.isEmpty() ? QStringList {u"bash"_s} : m_asked)
    , m_user(std::move(user))
    , m_surface(new TerminalSurface(24, 80, this))
    , m_view(new TerminalView(m_surface, this))
    , m_endLabel(new QLabel(this))
    , m_again(new QPushButton(tr("Start Another"), this))
    , m_endBar(new QWidget(this))
{
    setObjectName(u"terminalSession"_s);
    m_surface->setClipboardWritesAllowed(QSettings().value(ContainerTerminalTab::clipboardWritesKey(), false).toBool());
    connect(m_surface, &TerminalSurface::clipboardWrite, this,
            [](const QString &text) { QApplication::clipboard()->setText(text); });
    connect(m_surface, &TerminalSurface::titleChanged, this, &TerminalSession::titleChanged);
    connect(m_surface, &TerminalSurface::writeRequested, this, [this](const QByteArray &bytes) {
        if (m_exec)
            m_exec->write(bytes);
        else if (m_attach)
            m_attach->write(bytes);
    });

    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(ResizeSettleMs);
    connect(&m_resizeTimer, &QTimer::timeout, this, &TerminalSession::sendResize);
    connect(m_view, &TerminalView::gridResized, this, [this] { m_resizeTimer.start(); });

    m_endLabel->setObjectName(u"terminalEndLabel"_s);
    m_endLabel->setWordWrap(true);
    m_again->setObjectName(u"terminalStartAnotherButton"_s);
    connect(m_again, &QPushButton::clicked, this, &TerminalSession::newSessionRequested);
    auto *endLayout = new QHBoxLayout(m_endBar);
    endLayout->setContentsMargins(8, 4, 8, 4);
    endLayout->addWidget(m_endLabel, 1);
    endLayout->addWidget(m_again);
    m_endBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_endBar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

TerminalSession::~TerminalSession()
{
    // Going away: the stream's last signals must not reach this half-gone widget.
    if (m_exec)
        m_exec->disconnect(this);
    if (m_attach)
        m_attach->disconnect(this);
    stop();
}

QString TerminalSession::dockerCommand() const
{
    if (m_mode == Mode::Attach)
        return u"docker attach "_s + Format::shellWord(m_containerName);
    QString line = u"docker exec -it"_s;
    if (!m_user.isEmpty())
        line += u" -u "_s + Format::shellWord(m_user);
    line += u' ' + Format::shellWord(m_containerName);
    for (const QString &word : m_command)
        line += u' ' + Format::shellWord(word);
    return line;
}

void TerminalSession::start()
{
    m_endBar->hide();
    m_exitCode.reset();
    m_sawOutput = false;
    m_sinceStart.start();
    if (m_mode == Mode::Exec)
        startExec();
    else
        startAttach();
}

void TerminalSession::startExec()
{
    if (!m_session)
        return;
    Engine::ExecOperations::Config config;
    config.command = m_command;
    config.user = m_user;
    config.tty = true;
    config.env = {u"TERM=xterm-256color"_s, u"COLORTERM=truecolor"_s};
    const QSize grid = m_view->gridSize();
    m_surface->resize(grid.height(), grid.width());
    config.consoleSize = QSize(grid.width(), grid.height());
    auto *exec = new Engine::ExecSession(m_session->client(), m_containerId, config, this);
    m_exec = exec;
    connect(exec, &Engine::ExecSession::started, this, [this] {
        m_running = true;
        Q_EMIT started();
    });
    connect(exec, &Engine::ExecSession::output, this,
            [this](Engine::StdStream, const QByteArray &bytes) { onOutput(bytes); });
    connect(exec, &Engine::ExecSession::finished, this, &TerminalSession::onExecFinished);
    m_running = true;
    exec->start();
}

void TerminalSession::startAttach()
{
    if (!m_session)
        return;
    Engine::AttachOperations attach(m_session->client());
    m_attach = attach.attach(m_containerId, true, this);
    connect(m_attach, &Engine::HijackedConnection::established, this, [this] {
        m_running = true;
        sendResize();
        Q_EMIT started();
    });
    connect(m_attach, &Engine::HijackedConnection::data, this, &TerminalSession::onOutput);
    connect(m_attach, &Engine::HijackedConnection::ended, this, &TerminalSession::onAttachEnded);
    m_running = true;
    m_attach->start();
}

void TerminalSession::onOutput(const QByteArray &bytes)
{
    m_sawOutput = true;
    m_surface->feed(bytes);
}

void TerminalSession::onExecFinished(const Engine::Result<int> &result)
{
    if (qEnvironmentVariableIsSet("HUBLOT_TERMINAL_DEBUG"))
        qInfo("exec of %s ended: %s / %s", qPrintable(m_command.join(u' ')),
              result.ok() ? qPrintable(QString::number(*result)) : qPrintable(result.error().engineMessage),
              qPrintable(m_surface->screenText()));
    m_running = false;
    if (m_exec)
        m_exec->deleteLater();
    m_exec.clear();
    // The engine says a missing program in several ways, by version: an
    // exit code of 126 or 127, a refused start, or its message as output.
    const bool missing = result.ok() ? couldNotRun(*result) || m_surface->screenText().contains(u"not found"_s)
                                     : result.error().kind != Engine::EngineError::Kind::Cancelled;
    if (missing && m_asked.isEmpty() && m_command == QStringList {u"bash"_s} && m_sinceStart.elapsed() < 5000) {
        // No bash in this container: sh instead, on a clean screen.
        m_command = {u"sh"_s};
        m_surface->feed("\x1b"
                        "c");
        Q_EMIT commandChanged();
        start();
        return;
    }
    if (result.ok()) {
        m_exitCode = *result;
        const QByteArray note
            = QByteArray("\r\n\x1b[2m[") + tr("exited with code %1").arg(*result).toUtf8() + "]\x1b[0m\r\n";
        m_surface->feed(note);
        showEnd(tr("The shell exited with code %1.").arg(*result));
    } else if (result.error().kind != Engine::EngineError::Kind::Cancelled) {
        showEnd(ErrorMessages::forContainerOperation(result.error(), m_containerName));
    }
    Q_EMIT ended();
}

void TerminalSession::onAttachEnded(const std::optional<Engine::EngineError> &error)
{
    m_running = false;
    if (m_attach)
        m_attach->deleteLater();
    m_attach.clear();
    if (!error)
        showEnd(tr("The container's main process ended; the terminal is detached."));
    else if (error->kind != Engine::EngineError::Kind::Cancelled)
        showEnd(ErrorMessages::forContainerOperation(*error, m_containerName));
    Q_EMIT ended();
}

void TerminalSession::showEnd(const QString &text)
{
    m_endLabel->setText(text);
    m_again->setVisible(m_mode == Mode::Exec);
    m_endBar->show();
}

void TerminalSession::sendResize()
{
    if (!m_session)
        return;
    const QSize size(m_surface->columns(), m_surface->rows());
    if (m_exec) {
        ++m_resizeCalls;
        m_exec->resize(size);
    } else if (m_attach && m_attach->isEstablished()) {
        ++m_resizeCalls;
        Engine::AttachOperations(m_session->client()).resize(m_containerId, size);
    }
}

void TerminalSession::stop()
{
    if (m_exec)
        m_exec->cancel();
    if (m_attach)
        m_attach->cancel();
}

ContainerTerminalTab::ContainerTerminalTab(Engine::EngineSession *session, QWidget *parent)
    : ContainerDetailsTab(parent)
    , m_session(session)
    , m_newButton(new QToolButton(this))
    , m_commandBox(new QComboBox(this))
    , m_userEdit(new QLineEdit(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"containerTerminalTab"_s);

    auto *newAction = new QAction(tr("&New Terminal"), this);
    newAction->setObjectName(u"newTerminalAction"_s);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    newAction->setToolTip(tr("Open another shell in the container (Ctrl+Shift+T)"));
    connect(newAction, &QAction::triggered, this, [this] { openTerminal(); });
    addAction(newAction);
    m_newButton->setObjectName(u"newTerminalButton"_s);
    m_newButton->setDefaultAction(newAction);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *commandLabel = new QLabel(tr("&Command:"), this);
    m_commandBox->setObjectName(u"terminalCommandBox"_s);
    m_commandBox->setEditable(true);
    m_commandBox->addItem(tr("bash, else sh"));
    m_commandBox->addItems({u"sh"_s, u"bash"_s, u"ash"_s});
    m_commandBox->setToolTip(tr("The program the next terminal runs; type another one if you like"));
    m_commandBox->setMinimumContentsLength(14);
    commandLabel->setBuddy(m_commandBox);
    auto *userLabel = new QLabel(tr("&User:"), this);
    m_userEdit->setObjectName(u"terminalUserEdit"_s);
    m_userEdit->setPlaceholderText(tr("the container's"));
    m_userEdit->setToolTip(tr("Run as this user, as docker exec -u does (a name, name:group or a uid)"));
    m_userEdit->setMaximumWidth(160);
    userLabel->setBuddy(m_userEdit);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_newButton);
    tools->addSpacing(12);
    tools->addWidget(commandLabel);
    tools->addWidget(m_commandBox);
    tools->addWidget(userLabel);
    tools->addWidget(m_userEdit);
    tools->addStretch();
    auto *hint
        = new QLabel(tr("Copy Ctrl+Shift+C · Paste Ctrl+Shift+V · Find Ctrl+Shift+F · Zoom Ctrl+= / Ctrl+-"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    tools->addWidget(hint);

    m_findEdit->setObjectName(u"terminalFindField"_s);
    m_findEdit->setPlaceholderText(tr("Find in the terminal"));
    m_findEdit->setClearButtonEnabled(true);
    m_findStatus->setObjectName(u"terminalFindStatus"_s);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    auto *closeFind = new QToolButton(m_findBar);
    closeFind->setText(tr("Close"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    const auto find = [this](bool forward) {
        TerminalSession *shown = currentSession();
        if (!shown)
            return;
        const bool found
            = forward ? shown->view()->findNext(m_findEdit->text()) : shown->view()->findPrevious(m_findEdit->text());
        m_findStatus->setText(found || m_findEdit->text().isEmpty() ? QString() : tr("Not found"));
    };
    connect(m_findEdit, &QLineEdit::returnPressed, this, [find] { find(true); });
    connect(next, &QToolButton::clicked, this, [find] { find(true); });
    connect(previous, &QToolButton::clicked, this, [find] { find(false); });
    connect(closeFind, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        if (TerminalSession *shown = currentSession())
            shown->view()->setFocus();
    });

    m_notice->setObjectName(u"terminalNoticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();

    m_tabs->setObjectName(u"terminalTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ContainerTerminalTab::closeSession);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { Q_EMIT commandChanged(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(tools);
    layout->addWidget(m_findBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    updateState();
}

ContainerTerminalTab::~ContainerTerminalTab()
{
    for (TerminalSession *session : sessions())
        session->disconnect(this);
}

void ContainerTerminalTab::showContainer(const Engine::ContainerDetails &details, const QJsonObject &)
{
    if (details.id != m_id) {
        closeContainer();
        m_id = details.id;
    }
    m_name = details.name;
    m_running = details.running;
    updateState();
    if (m_attachPending && m_running) {
        m_attachPending = false;
        openAttached();
    } else if (isVisible() && m_running && !m_openedOnce) {
        openTerminal();
    }
}

void ContainerTerminalTab::closeContainer()
{
    while (m_tabs->count() > 0)
        closeSession(0);
    m_id.clear();
    m_name.clear();
    m_running = false;
    m_openedOnce = false;
}

void ContainerTerminalTab::showEvent(QShowEvent *event)
{
    ContainerDetailsTab::showEvent(event);
    if (m_running && !m_openedOnce && !m_attachPending && !m_id.isEmpty())
        openTerminal();
    if (TerminalSession *session = currentSession())
        session->view()->setFocus();
}

QString ContainerTerminalTab::command() const
{
    if (TerminalSession *session = currentSession())
        return session->dockerCommand();
    if (m_name.isEmpty())
        return {};
    return u"docker exec -it "_s + Format::shellWord(m_name) + u" sh"_s;
}

QStringList ContainerTerminalTab::chosenCommand() const
{
    if (m_commandBox->currentIndex() == 0 && m_commandBox->currentText() == m_commandBox->itemText(0))
        return {};
    return QProcess::splitCommand(m_commandBox->currentText());
}

TerminalSession *ContainerTerminalTab::openTerminal()
{
    return addSession(TerminalSession::Mode::Exec);
}

TerminalSession *ContainerTerminalTab::openAttached()
{
    return addSession(TerminalSession::Mode::Attach);
}

TerminalSession *ContainerTerminalTab::addSession(TerminalSession::Mode mode)
{
    if (m_id.isEmpty() || !m_running || !m_session)
        return nullptr;
    m_openedOnce = true;
    auto *session = new TerminalSession(
        m_session, m_id, m_name, mode, mode == TerminalSession::Mode::Exec ? chosenCommand() : QStringList(),
        mode == TerminalSession::Mode::Exec ? m_userEdit->text().trimmed() : QString(), m_tabs);
    const QString label = mode == TerminalSession::Mode::Attach ? tr("attached") : session->command().join(u' ');
    const int index = m_tabs->addTab(session, label);
    m_tabs->setCurrentIndex(index);
    connect(session, &TerminalSession::titleChanged, this, [this, session](const QString &title) {
        const int at = m_tabs->indexOf(session);
        if (at >= 0) {
            m_tabs->setTabToolTip(at, title);
            m_tabs->setTabText(at, title.isEmpty() ? session->command().join(u' ') : title.left(24));
        }
    });
    connect(session, &TerminalSession::commandChanged, this, [this, session] {
        const int at = m_tabs->indexOf(session);
        if (at >= 0)
            m_tabs->setTabText(at, session->command().join(u' '));
        Q_EMIT commandChanged();
    });
    connect(session, &TerminalSession::newSessionRequested, this, [this] { openTerminal(); });
    connect(session->view(), &TerminalView::findRequested, this, &ContainerTerminalTab::showFind);
    session->start();
    session->view()->setFocus();
    updateState();
    Q_EMIT commandChanged();
    return session;
}

void ContainerTerminalTab::closeSession(int index)
{
    QWidget *widget = m_tabs->widget(index);
    m_tabs->removeTab(index);
    if (auto *session = qobject_cast<TerminalSession *>(widget)) {
        session->stop();
        session->deleteLater();
    }
    updateState();
    Q_EMIT commandChanged();
}

QList<TerminalSession *> ContainerTerminalTab::sessions() const
{
    QList<TerminalSession *> list;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *session = qobject_cast<TerminalSession *>(m_tabs->widget(i)))
            list.append(session);
    }
    return list;
}

TerminalSession *ContainerTerminalTab::currentSession() const
{
    return qobject_cast<TerminalSession *>(m_tabs->currentWidget());
}

void ContainerTerminalTab::showFind()
{
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void ContainerTerminalTab::updateState()
{
    m_newButton->setEnabled(m_running && !m_id.isEmpty());
    if (!m_id.isEmpty() && !m_running && m_tabs->count() == 0) {
        m_notice->setText(tr("The container is not running: a terminal runs a program inside it. Start it, "
                             "then come back here."));
        m_notice->show();
    } else {
        m_notice->hide();
    }
}

}  // namespace Hublot::Ui

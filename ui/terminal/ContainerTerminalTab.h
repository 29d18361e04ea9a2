// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "engine/Result.h"
#include "ui/ContainerDetailsTab.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace Hublot::Engine {
class EngineSession;
class ExecSession;
class HijackedConnection;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

class TerminalSurface;
class TerminalView;

/// One terminal of the Terminal tab: a shell run in the container
/// (`docker exec -it`), or the container's main process attached
/// (`docker attach`). Its size follows the view; a burst of resizes reaches
/// the engine as one call. When the process ends, it says with which exit
/// code and offers to start another.
class TerminalSession final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSession)

public:
    enum class Mode { Exec, Attach };
    static constexpr int ResizeSettleMs = 60;

    /// command empty: bash, else sh when the container has no bash.
    TerminalSession(Engine::EngineSession *session, QString containerId, QString containerName, Mode mode,
                    QStringList command, QString user, QWidget *parent = nullptr);
    ~TerminalSession() override;

    void start();
    /// Ends the stream (the process goes on in the container, as docker exec leaves it).
    void stop();

    [[nodiscard]] TerminalSurface *surface() const { return m_surface; }
    [[nodiscard]] TerminalView *view() const { return m_view; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] std::optional<int> exitCode() const { return m_exitCode; }
    /// The program run: {"bash"}, {"sh"} or what was asked.
    [[nodiscard]] QStringList command() const { return m_command; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    /// "docker exec -it web bash" or "docker attach web".
    [[nodiscard]] QString dockerCommand() const;
    /// Resize calls sent to the engine (for tests).
    [[nodiscard]] int resizeCalls() const { return m_resizeCalls; }

Q_SIGNALS:
    void started();
    /// The process ended (exit code when known) or the stream failed.
    void ended();
    void titleChanged(const QString &title);
    void commandChanged();
    void newSessionRequested();

private:
    void startExec();
    void startAttach();
    void onOutput(const QByteArray &bytes);
    void onExecFinished(const Engine::Result<int> &result);
    void onAttachEnded(const std::optional<Engine::EngineError> &error);
    void sendResize();
    void showEnd(const QString &text);

    QPointer<Engine::EngineSession> m_session;
    QString m_containerId;
    QString m_containerName;
    Mode m_mode;
    QStringList m_asked;  ///< the command asked for; empty: automatic
    QStringList m_command;
    QString m_user;
    TerminalSurface *m_surface;
    TerminalView *m_view;
    QLabel *m_endLabel;
    QPushButton *m_again;
    QWidget *m_endBar;
    QPointer<Engine::ExecSession> m_exec;
    QPointer<Engine::HijackedConnection> m_attach;
    QTimer m_resizeTimer;
    QElapsedTimer m_sinceStart;
    bool m_running = false;
    bool m_sawOutput = false;
    std::optional<int> m_exitCode;
    int m_resizeCalls = 0;
};

/// The Terminal tab of the container details: terminals into the container
/// in tabs of their own (`docker exec -it NAME bash`), with a choice of
/// command and user; the first opens when the tab is first shown on a
/// running container. openAttached() adds one attached to the main process
/// (`docker run -it` from the run dialog).
class ContainerTerminalTab final : public ContainerDetailsTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTerminalTab)

public:
    explicit ContainerTerminalTab(Engine::EngineSession *session, QWidget *parent = nullptr);
    ~ContainerTerminalTab() override;

    /// The setting that lets programs in a terminal write to the clipboard
    /// (OSC 52); off unless the user turns it on in the settings.
    static QString clipboardWritesKey() { return QStringLiteral("terminal/allowClipboardWrites"); }

    void showContainer(const Engine::ContainerDetails &details, const QJsonObject &inspect) override;
    void closeContainer() override;
    [[nodiscard]] QString command() const override;

    /// A new terminal running the command chosen (bash, else sh, by default).
    TerminalSession *openTerminal();
    /// A terminal attached to the container's main process.
    TerminalSession *openAttached();
    /// The next running container shown opens attached rather than with a
    /// new shell (a container just started with docker run -it).
    void attachWhenShown() { m_attachPending = true; }
    [[nodiscard]] QList<TerminalSession *> sessions() const;
    [[nodiscard]] TerminalSession *currentSession() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    TerminalSession *addSession(TerminalSession::Mode mode);
    void closeSession(int index);
    void updateState();
    void showFind();
    [[nodiscard]] QStringList chosenCommand() const;

    QPointer<Engine::EngineSession> m_session;
    QString m_id;
    QString m_name;
    bool m_running = false;
    bool m_openedOnce = false;
    bool m_attachPending = false;
    QToolButton *m_newButton;
    QComboBox *m_commandBox;
    QLineEdit *m_userEdit;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
    QLabel *m_notice;
    QTabWidget *m_tabs;
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace Hublot::Engine {

class EngineClient;

/// A Docker engine Hublot starts and stops itself: the "backend manager" of
/// Docker Desktop. One process (dockerd on this computer, or QEMU running a
/// small virtual machine) whose output goes to a log file, and an endpoint
/// that answers once the engine is up.
///
/// The two kinds (LocalEngine, VirtualMachineEngine) differ in what they run
/// and how they are asked to stop; this base holds what they share: the
/// state, starting the process, waiting (bounded) for the engine's first
/// answer, stopping with a deadline, and the reason a start failed. It is
/// the one non-final QObject of the engine layer for that reason.
///
/// The engine layer writes no user-facing text: a failure is a kind and its
/// details, which the UI turns into a sentence (ErrorMessages).
class ManagedEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagedEngine)

public:
    enum class State {
        Stopped,
        Starting,  ///< the process runs; the engine does not answer yet
        Running,  ///< the engine answers at endpoint()
        Stopping,
        Failed,  ///< it could not start, or it ended on its own: see failure()
    };
    Q_ENUM(State)

    /// Where a start is, while Starting (for the VM: booting, then the engine).
    enum class Stage { Preparing, Booting, StartingEngine, WaitingForAnswer };
    Q_ENUM(Stage)

    struct Failure
    {
        enum class Kind {
            None,
            ProgramMissing,  ///< dockerd or qemu-system-* is not installed (detail: the program)
            NeedsAdministrator,  ///< dockerd needs root; detail: this user's name
            AnotherEngineRunning,  ///< an engine already answers at detail (an address)
            ImageMissing,  ///< the VM image is not there (path: the folder looked in)
            FileFailed,  ///< a folder or file could not be made (path; detail: the system's reason)
            ExitedAtStart,  ///< the process ended before the engine answered (detail: its log's last lines)
            NoAnswer,  ///< the process runs, but the engine did not answer in time (detail: seconds)
            GuestFailed,  ///< the VM said its engine could not start (detail: its reason)
            CertificateMissing,  ///< the VM said ready without handing over its TLS files (path: the one missing)
            Crashed,  ///< the process ended by itself while Running (detail: its log's last lines)
        };
        Kind kind = Kind::None;
        QString detail;
        QString path;
        QString logPath;  ///< the process's log, to look at
    };

    ~ManagedEngine() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] const Failure &failure() const { return m_failure; }
    /// Where the engine answers while Running.
    [[nodiscard]] virtual EngineEndpoint endpoint() const = 0;
    /// The program and arguments Hublot runs, as they would be typed.
    [[nodiscard]] QStringList command() const;
    /// The process's output (dockerd's log; QEMU's and the guest's console).
    [[nodiscard]] virtual QString logPath() const = 0;
    /// The process's id while it runs, else 0.
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    /// Where the engine keeps images, containers and volumes.
    [[nodiscard]] virtual QString dataPath() const = 0;

    /// False while it runs, and while the process of a failed start is still ending.
    [[nodiscard]] bool canStart() const;
    /// Starts it if canStart(). Ends in stateChanged()
    /// to Running or Failed.
    void start();
    /// Asks it to stop (containers get their stop signal first); after
    /// stopTimeoutMs() it is killed. Ends in stateChanged() to Stopped.
    void stop();

    /// How long the first answer is waited for (it grows for a VM without
    /// hardware acceleration).
    [[nodiscard]] virtual int startTimeoutMs() const = 0;
    [[nodiscard]] virtual int stopTimeoutMs() const = 0;

Q_SIGNALS:
    void stateChanged(Hublot::Engine::ManagedEngine::State state);
    void stageChanged(Hublot::Engine::ManagedEngine::Stage stage);

protected:
    explicit ManagedEngine(QObject *parent);

    /// Everything that can be checked before starting: the program, the
    /// rights, the files. Makes folders it needs. Kind::None when ready.
    virtual Failure prepare() = 0;
    /// The program (a full path) and its arguments.
    [[nodiscard]] virtual QString program() const = 0;
    [[nodiscard]] virtual QStringList arguments() const = 0;
    /// Called once the process runs. The default waits for the engine's
    /// answer at once; the VM waits for its guest's word first.
    virtual void processStarted();
    /// Asks the process to end gracefully; the default sends SIGTERM.
    virtual void requestStop();
    /// Called with what the process writes (it also goes to logPath()).
    virtual void processOutput(const QByteArray &output) { Q_UNUSED(output) }
    enum class AfterEnd { Report, StartAgain };
    /// Called when the process has ended, before the state changes.
    /// StartAgain, while Starting, prepares and runs it once more (the VM,
    /// when hardware acceleration turned out not to work).
    virtual AfterEnd processEnded() { return AfterEnd::Report; }

    /// Starts asking the endpoint for /_ping, a bounded number of times,
    /// until it answers (then Running).
    void waitForAnswer();
    void setStage(Stage stage);
    /// Ends a start (or a run) with this failure; stops the process if it runs.
    void fail(Failure failure);
    /// The last lines of what tells why it ended, for a failure's detail:
    /// by default, the end of logPath().
    [[nodiscard]] virtual QString endOfLogs() const { return tailOf(logPath()); }
    /// The last lines of the file at path.
    static QString tailOf(const QString &path, int lines = 6);
    [[nodiscard]] QProcess *process() { return &m_process; }

    /// Finds an installed program by name: in PATH, then in the folders
    /// where distributions put daemons (/usr/sbin, /usr/local/sbin, ...).
    static QString findProgram(const QString &name);
    /// findProgram(name), looked up once it is found: the panel asks for
    /// the command at each change of state.
    [[nodiscard]] QString programOnce(const QString &name) const;

private:
    void launch();
    void setState(State state);
    void onFinished();
    void ping();

    State m_state = State::Stopped;
    Stage m_stage = Stage::Preparing;
    Failure m_failure;
    QProcess m_process;
    QFile m_log;
    QTimer m_deadline;
    QTimer m_pingTimer;
    QPointer<EngineClient> m_client;
    bool m_stopAsked = false;
    mutable QString m_program;  ///< programOnce()'s find
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ManagedEngine.h"

#include "engine/EngineClient.h"

#include <QFile>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Hublot::Engine {

namespace {

// Between two /_ping while the engine comes up; the start's deadline bounds
// how many are sent.
constexpr int PingIntervalMs = 250;
// The end of a log read for a failure's detail.
constexpr qint64 LogTailBytes = 8 * 1024;

}  // namespace

ManagedEngine::ManagedEngine(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_pingTimer.setSingleShot(true);
    m_pingTimer.setInterval(PingIntervalMs);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // Should Hublot itself crash, the engine is asked to stop rather than
    // left running with nobody to stop it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::started, this, [this] { processStarted(); });
    connect(&m_process, &QProcess::finished, this, &ManagedEngine::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail({Failure::Kind::ProgramMissing, m_process.program(), {}, {}});
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray output = m_process.readAllStandardOutput();
        m_log.write(output);
        m_log.flush();
        processOutput(output);
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &ManagedEngine::ping);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            fail({Failure::Kind::NoAnswer, QString::number(startTimeoutMs() / 1000), {}, {}});
        else if (m_process.state() != QProcess::NotRunning)
            m_process.kill();  // it did not stop in time
    });
}

ManagedEngine::~ManagedEngine()
{
    // The window stops its engines before it closes; this is the last resort.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
    }
}

bool ManagedEngine::canStart() const
{
    // After a failure the process may still be ending: it cannot run twice.
    return (m_state == State::Stopped || m_state == State::Failed) && m_process.state() == QProcess::NotRunning;
}

QStringList ManagedEngine::command() const
{
    return QStringList {program()} + arguments();
}

void ManagedEngine::start()
{
    if (!canStart())
        return;
    m_failure = {};
    m_stopAsked = false;
    setStage(Stage::Preparing);
    setState(State::Starting);
    launch();
}

void ManagedEngine::launch()
{
    Failure prepared = prepare();
    if (prepared.kind != Failure::Kind::None) {
        fail(std::move(prepared));
        return;
    }
    m_log.close();
    m_log.setFileName(logPath());
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail({Failure::Kind::FileFailed, m_log.errorString(), logPath(), {}});
        return;
    }
    m_process.setProgram(program());
    m_process.setArguments(arguments());
    m_deadline.start(startTimeoutMs());
    m_process.start();
}

void ManagedEngine::stop()
{
    if (m_state == State::Stopping || m_state == State::Stopped)
        return;
    m_pingTimer.stop();
    m_stopAsked = true;
    if (m_process.state() == QProcess::NotRunning) {
        setState(State::Stopped);
        return;
    }
    setState(State::Stopping);
    m_deadline.start(stopTimeoutMs());
    requestStop();
}

void ManagedEngine::processStarted()
{
    waitForAnswer();
}

void ManagedEngine::requestStop()
{
    m_process.terminate();
}

void ManagedEngine::waitForAnswer()
{
    if (m_state != State::Starting)
        return;
    setStage(Stage::WaitingForAnswer);
    delete m_client;
    m_client = new EngineClient(endpoint(), this);
    ping();
}

void ManagedEngine::ping()
{
    if (m_state != State::Starting || !m_client)
        return;
    m_client->ping().then(this, [this](const Result<QString> &answer) {
        if (m_state != State::Starting)
            return;
        if (answer.ok()) {
            m_deadline.stop();
            setState(State::Running);
        } else {
            m_pingTimer.start();
        }
    });
}

void ManagedEngine::onFinished()
{
    m_deadline.stop();
    m_pingTimer.stop();
    // What it wrote last, before its end is reported.
    const QByteArray rest = m_process.readAllStandardOutput();
    m_log.write(rest);
    m_log.close();
    if (!rest.isEmpty())
        processOutput(rest);
    if (processEnded() == AfterEnd::StartAgain && m_state == State::Starting && !m_stopAsked) {
        launch();
        return;
    }
    if (m_state == State::Failed) {
        // Ended after a failure, which already says why; it can start again.
        Q_EMIT stateChanged(m_state);
        return;
    }
    if (m_stopAsked) {
        setState(State::Stopped);
        return;
    }
    if (m_state == State::Starting)
        fail({Failure::Kind::ExitedAtStart, endOfLogs(), {}, {}});
    else if (m_state == State::Running)
        fail({Failure::Kind::Crashed, endOfLogs(), {}, {}});
}

void ManagedEngine::fail(Failure failure)
{
    m_deadline.stop();
    m_pingTimer.stop();
    using Kind = Failure::Kind;
    // Failures of a process that ran name its log.
    if (failure.logPath.isEmpty()
        && (failure.kind == Kind::ExitedAtStart || failure.kind == Kind::NoAnswer || failure.kind == Kind::GuestFailed
            || failure.kind == Kind::CertificateMissing || failure.kind == Kind::Crashed))
        failure.logPath = logPath();
    m_failure = std::move(failure);
    if (m_process.state() != QProcess::NotRunning) {
        // Ended gracefully when it can be, killed at the deadline otherwise.
        m_stopAsked = true;
        m_deadline.start(stopTimeoutMs());
        requestStop();
    }
    setState(State::Failed);
}

void ManagedEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ManagedEngine::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

QString ManagedEngine::tailOf(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(qMax<qint64>(0, file.size() - LogTailBytes));
    const QStringList all = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(u'\n');
}

QString ManagedEngine::programOnce(const QString &name) const
{
    if (m_program.isEmpty())
        m_program = findProgram(name);
    return m_program;
}

QString ManagedEngine::findProgram(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        found = QStandardPaths::findExecutable(name,
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                                QStringLiteral("/sbin"), QStringLiteral("/usr/local/bin"),
                                                QStringLiteral("/usr/bin"), QStringLiteral("/opt/homebrew/bin")});
    }
    return found;
}

}  // namespace Hublot::Engine

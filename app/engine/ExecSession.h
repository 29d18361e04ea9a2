// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ExecOperations.h"
#include "engine/StdStream.h"

#include <QObject>
#include <QPointer>

namespace Hublot::Engine {

/// One process run in a container (`docker exec [-it]`): creates the exec
/// instance, starts it as a hijacked stream, and once the stream ends asks
/// the engine for the exit code.
///
/// Lives on the client's thread and never blocks it. Call start() after
/// connecting the signals. started() says the process runs and takes
/// input; output() brings what it writes (demultiplexed into stdout and
/// stderr without a TTY; all of it as stdout with one); finished() is
/// emitted exactly once and ends the operation, with the exit code or the
/// typed error (Cancelled after cancel()).
class ExecSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecSession)

public:
    ExecSession(EngineClient *client, QString container, ExecOperations::Config config, QObject *parent = nullptr);
    ~ExecSession() override;

    void start();
    /// Sends bytes to the process's stdin (kept until it has started).
    void write(const QByteArray &bytes);
    /// Closes the process's stdin once what was written has been sent.
    void closeWrite();
    /// Sets the TTY's size (rows x columns as height x width). Before the
    /// process started, the size is kept and given at the start; the future
    /// is then ready at once.
    QFuture<Result<std::monostate>> resize(QSize size);
    /// Closes the stream; the process goes on in the container as
    /// `docker exec` leaves it. finished() follows with kind Cancelled.
    void cancel();

    /// The exec instance's id, once created.
    [[nodiscard]] QString execId() const { return m_execId; }
    [[nodiscard]] bool isRunning() const { return m_startRequested && !m_finished; }

Q_SIGNALS:
    void started();
    void output(Hublot::Engine::StdStream stream, const QByteArray &bytes);
    void finished(const Hublot::Engine::Result<int> &exitCode);

private:
    void startStream();
    void onStreamEnded(const std::optional<EngineError> &error);
    void inspectExit(int attempt);
    void finish(const Result<int> &result);

    ExecOperations m_operations;
    QString m_container;
    ExecOperations::Config m_config;
    QString m_execId;
    QPointer<HijackedConnection> m_connection;
    QByteArray m_pendingInput;
    bool m_closeWriteWanted = false;
    bool m_startRequested = false;
    bool m_finished = false;
};

}  // namespace Hublot::Engine

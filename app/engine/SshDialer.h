// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;
class QTemporaryDir;

namespace Hublot::Engine {

/// Reaches an engine over SSH as the docker CLI does: runs `docker system
/// dial-stdio` on the remote host through the system's ssh client, so that
/// the user's ssh configuration, agent and known_hosts apply, with strict
/// host-key checking (an unknown key is refused, never added) and no prompt.
///
/// It listens on a private local socket, socketPath(), in a folder only this
/// user may enter (mode 0700). Each connection Qt's HTTP stack opens there
/// starts one ssh process; bytes are copied both ways, and when either side
/// ends the other is closed. An ssh run that ends before carrying any byte of
/// the engine's is a failure: its exit status and stderr become a typed
/// EngineError, kept as lastFailure() and sent with failed().
///
/// Lives on the thread that created it and never blocks it; the ssh
/// processes are read and written from its event loop. Destroying the dialer
/// kills the ssh processes still running.
class SshDialer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshDialer)

public:
    /// endpoint must be an ssh endpoint. Starts listening at once.
    explicit SshDialer(EngineEndpoint endpoint, QObject *parent = nullptr);
    ~SshDialer() override;

    /// The local socket to connect to; empty when the dialer could not
    /// listen (lastFailure() says why).
    [[nodiscard]] QString socketPath() const;

    /// Why the latest ssh run failed before the engine answered (or why the
    /// dialer could not listen). Cleared when a later run carries the
    /// engine's bytes.
    [[nodiscard]] std::optional<EngineError> lastFailure() const { return m_lastFailure; }

    /// The ssh client's program name, looked up in PATH.
    static QString program();
    /// The ssh client's arguments for one connection to endpoint.
    static QStringList arguments(const EngineEndpoint &endpoint);

    /// How many ssh processes run now, one per open connection.
    [[nodiscard]] int runningCount() const;
    /// How many ssh processes were started in all. A failed run answers the
    /// connections opened within a second after it, without another run.
    [[nodiscard]] int runCount() const { return m_runCount; }

Q_SIGNALS:
    /// An ssh run ended before carrying any byte of the engine's.
    void failed(const Hublot::Engine::EngineError &error);

private:
    struct Link;
    void acceptConnections();
    void startLink(QLocalSocket *socket);
    void recordFailure(const EngineError &error);

    EngineEndpoint m_endpoint;
    std::unique_ptr<QTemporaryDir> m_directory;
    QLocalServer *m_server;
    std::optional<EngineError> m_lastFailure;
    QDeadlineTimer m_failureHold;
    int m_runCount = 0;
};

}  // namespace Hublot::Engine

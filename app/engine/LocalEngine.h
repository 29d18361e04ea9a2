// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ManagedEngine.h"

namespace Hublot::Engine {

/// A Docker engine on this computer that Hublot starts and stops: dockerd
/// run as Hublot's child, with its own socket, data folder and containerd
/// namespace, so that it leaves any other engine's files alone:
///
///     dockerd --data-root /var/lib/hublot-engine --exec-root /run/hublot-engine/exec
///       --pidfile /run/hublot-engine/dockerd.pid --host unix:///run/hublot-engine/docker.sock ...
///
/// dockerd needs administrator rights; without them, prepare() says so (the
/// virtual machine needs none). It also refuses to start a second engine
/// beside one that already answers on the standard socket: both would
/// manage the same docker0 bridge and firewall rules.
class LocalEngine final : public ManagedEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalEngine)

public:
    struct Paths
    {
        QString runtime;  ///< socket, pid file, exec root and log (/run/hublot-engine)
        QString data;  ///< images, containers, volumes (/var/lib/hublot-engine)
        QString standardSocket;  ///< where another engine would answer (/var/run/docker.sock)
    };
    /// /run/hublot-engine and /var/lib/hublot-engine, beside Docker's own
    /// /run/docker and /var/lib/docker.
    static Paths defaultPaths();

    explicit LocalEngine(QObject *parent = nullptr);
    /// extraArguments go to dockerd after Hublot's own (tests pass
    /// `--bridge none` so as not to touch the machine's docker0).
    LocalEngine(Paths paths, QStringList extraArguments, QObject *parent = nullptr);

    [[nodiscard]] EngineEndpoint endpoint() const override;
    [[nodiscard]] QString logPath() const override;
    [[nodiscard]] QString dataPath() const override { return m_paths.data; }
    [[nodiscard]] int startTimeoutMs() const override { return 60'000; }
    /// dockerd gives containers 10 s to stop (--shutdown-timeout), then kills them.
    [[nodiscard]] int stopTimeoutMs() const override { return 30'000; }

protected:
    Failure prepare() override;
    [[nodiscard]] QString program() const override;
    [[nodiscard]] QStringList arguments() const override;

private:
    Paths m_paths;
    QStringList m_extraArguments;
};

}  // namespace Hublot::Engine

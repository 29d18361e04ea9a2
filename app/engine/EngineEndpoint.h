// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

/// Where an engine listens, as given by DOCKER_HOST or the platform default.
struct EngineEndpoint
{
    enum class Transport {
        UnixSocket,
        Tcp,
        Ssh,  ///< `docker system dial-stdio` run on host through the system's ssh client
    };

    Transport transport = Transport::UnixSocket;
    QString socketPath;  ///< for UnixSocket; for Ssh, the engine's socket on the remote host (empty: its default)
    QString user;  ///< for Ssh; empty: the one ssh's configuration gives
    QString host;  ///< for Tcp and Ssh
    int port = 0;  ///< for Tcp; for Ssh, 0 leaves the port to ssh's configuration
    /// For Ssh: more arguments for the ssh client, placed before the host
    /// (from HUBLOT_SSH_OPTIONS, e.g. "-F /path/to/config"). They cannot
    /// turn off strict host-key checking: Hublot's own -o options come first,
    /// and for ssh the first value given for an option wins.
    QStringList sshOptions;
    QString source;  ///< where the address came from: "DOCKER_HOST", "default"

    /// The address written as DOCKER_HOST would be, e.g. "unix:///run/docker.sock".
    [[nodiscard]] QString address() const;

    /// Parses a DOCKER_HOST value: unix:///path, tcp://host:port (port 2375
    /// by default), ssh://[user@]host[:port][/remote/socket/path] (as the
    /// docker CLI reads it: no password, query or fragment), or a bare
    /// absolute socket path. Anything else is an InvalidDockerHost error
    /// naming the value.
    static Result<EngineEndpoint> parse(const QString &dockerHost);

    /// The endpoint DOCKER_HOST names in env, else the platform's default
    /// socket (/var/run/docker.sock). For ssh:// endpoints, HUBLOT_SSH_OPTIONS
    /// in env (split as a shell would, without expansion) gives sshOptions.
    static Result<EngineEndpoint> fromEnvironment(const QProcessEnvironment &env);

    static QString defaultSocketPath();

    bool operator==(const EngineEndpoint &) const = default;
};

}  // namespace Hublot::Engine

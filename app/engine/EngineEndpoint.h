// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Result.h"

#include <QProcessEnvironment>
#include <QString>

namespace Hublot::Engine {

/// Where an engine listens, as given by DOCKER_HOST or the platform default.
struct EngineEndpoint
{
    enum class Transport { UnixSocket, Tcp };

    Transport transport = Transport::UnixSocket;
    QString socketPath;  ///< for UnixSocket
    QString host;  ///< for Tcp
    int port = 0;  ///< for Tcp
    QString source;  ///< where the address came from: "DOCKER_HOST", "default"

    /// The address written as DOCKER_HOST would be, e.g. "unix:///run/docker.sock".
    [[nodiscard]] QString address() const;

    /// Parses a DOCKER_HOST value: unix:///path, tcp://host:port (port 2375
    /// by default), or a bare absolute socket path. Anything else is an
    /// InvalidDockerHost error naming the value.
    static Result<EngineEndpoint> parse(const QString &dockerHost);

    /// The endpoint DOCKER_HOST names in env, else the platform's default
    /// socket (/var/run/docker.sock).
    static Result<EngineEndpoint> fromEnvironment(const QProcessEnvironment &env);

    static QString defaultSocketPath();

    bool operator==(const EngineEndpoint &) const = default;
};

}  // namespace Hublot::Engine

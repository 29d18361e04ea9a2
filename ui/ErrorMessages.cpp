// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorMessages.h"

#include <QString>

namespace Hublot::Ui {

using Kind = Engine::EngineError::Kind;

static QString code(const QString &text)
{
    return u"<code>" + text.toHtmlEscaped() + u"</code>";
}

ErrorMessages::Text ErrorMessages::forConnection(const Engine::EngineError &error)
{
    Text text;
    text.title = tr("Hublot cannot reach the Docker engine");
    const QString address = error.address.isEmpty() ? tr("the engine's address") : error.address;
    QString socket = address;
    if (socket.startsWith(u"unix://"))
        socket = socket.mid(7);
    switch (error.kind) {
    case Kind::InvalidDockerHost:
        text.title = tr("DOCKER_HOST is not a valid address");
        text.reason = tr("DOCKER_HOST is set to “%1”, which is not an address Hublot can use.").arg(address);
        text.hint = tr("Write it as %1 or %2, or unset it to use the default socket %3.")
                        .arg(code(QStringLiteral("unix:///path/to/docker.sock")),
                             code(QStringLiteral("tcp://host:2375")), code(QStringLiteral("/var/run/docker.sock")));
        break;
    case Kind::SocketMissing:
        text.title = tr("No Docker engine socket");
        text.reason = tr("There is no Docker engine socket at %1.").arg(socket);
        text.hint = tr("Start the engine (for example with %1), or point %2 at the engine you want to use, "
                       "such as %3 for a rootless engine.")
                        .arg(code(QStringLiteral("sudo systemctl start docker")), code(QStringLiteral("DOCKER_HOST")),
                             code(QStringLiteral("unix://$XDG_RUNTIME_DIR/docker.sock")));
        break;
    case Kind::PermissionDenied:
        text.title = tr("Permission denied");
        text.reason = tr("You are not allowed to use the Docker engine socket %1.").arg(socket);
        text.hint
            = tr("Add your user to the docker group with %1, then log out and back in (or run %2).")
                  .arg(code(QStringLiteral("sudo usermod -aG docker $USER")), code(QStringLiteral("newgrp docker")));
        break;
    case Kind::EngineNotRunning:
        text.title = tr("The Docker engine is not running");
        text.reason = tr("Nothing answers at %1: the engine is not running.").arg(address);
        text.hint = tr("Start it (for example with %1), then retry.")
                        .arg(code(QStringLiteral("sudo systemctl start docker")));
        break;
    case Kind::HostUnreachable:
        text.reason = tr("The host of %1 cannot be reached.").arg(address);
        text.hint = tr("Check the host name and port in %1, and that the engine listens there.")
                        .arg(code(QStringLiteral("DOCKER_HOST")));
        break;
    case Kind::Timeout:
        text.reason = tr("The engine at %1 did not answer in time.").arg(address);
        text.hint = tr("The engine may be overloaded or stuck. Hublot will try again.");
        break;
    case Kind::ConnectionLost:
        text.title = tr("The connection to the engine was lost");
        text.reason = tr("The engine at %1 closed the connection.").arg(address);
        text.hint = tr("It may have stopped or restarted. Hublot reconnects by itself as soon as it is back.");
        break;
    case Kind::ApiTooOld:
        text.title = tr("This Docker engine is too old");
        text.reason = tr("The engine at %1 speaks Docker API %2; Hublot needs API 1.41 (Docker 20.10) or newer.")
                          .arg(address, error.engineMessage);
        text.hint = tr("Update the Docker engine on that machine.");
        break;
    case Kind::ApiTooNew:
        text.title = tr("This Docker engine is too new");
        text.reason = tr("The engine at %1 no longer accepts the API versions Hublot speaks.").arg(address);
        text.hint = tr("Update Hublot.");
        break;
    case Kind::MalformedReply:
        text.reason = tr("Something answers at %1, but not as a Docker engine does.").arg(address);
        text.hint = tr("Check that %1 points at a Docker engine.").arg(code(QStringLiteral("DOCKER_HOST")));
        break;
    default:
        text.reason = error.engineMessage.isEmpty()
            ? tr("The engine at %1 refused the connection.").arg(address)
            : tr("The engine at %1 answered: “%2”.").arg(address, error.engineMessage);
        text.hint = tr("Check the engine's logs, then retry.");
        break;
    }
    return text;
}

}  // namespace Hublot::Ui

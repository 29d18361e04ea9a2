// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerSummary.h"
#include "engine/Labels.h"
#include "engine/PortMapping.h"
#include "engine/RestartPolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hublot::Engine {

/// What GET /containers/{id}/json tells about one container.
struct ContainerDetails
{
    struct Mount
    {
        QString type;  ///< "bind", "volume", "tmpfs"
        QString name;  ///< the volume's name, for a volume
        QString source;  ///< the host path
        QString destination;  ///< the path inside the container
        bool readWrite = true;
        bool operator==(const Mount &) const = default;
    };

    struct NetworkAttachment
    {
        QString networkId;
        QString ipAddress;
        QString gateway;
        QString macAddress;
        QStringList aliases;
        bool operator==(const NetworkAttachment &) const = default;
    };

    QString id;
    QString name;  ///< without the leading slash
    QString image;  ///< as the container was created from it (Config.Image)
    QString imageId;
    QDateTime created;
    ContainerSummary::State state = ContainerSummary::State::Unknown;
    bool running = false;
    bool paused = false;
    bool oomKilled = false;
    int pid = 0;
    std::optional<int> exitCode;  ///< once the container has run and stopped
    QString error;  ///< the engine's State.Error, e.g. why start failed
    QDateTime startedAt;  ///< invalid when never started
    QDateTime finishedAt;  ///< invalid when never stopped
    int restartCount = 0;
    QString hostname;
    QStringList cmd;
    QStringList entrypoint;
    QStringList env;  ///< "NAME=value"
    QString workingDir;
    QString user;
    bool tty = false;
    bool openStdin = false;
    bool readOnlyRootfs = false;
    bool autoRemove = false;
    Labels labels;
    RestartPolicy restartPolicy;
    QList<Mount> mounts;
    QList<PortMapping> ports;  ///< published ports as bound now, else as asked at creation
    QStringList exposedPorts;  ///< "80/tcp"
    QMap<QString, NetworkAttachment> networks;  ///< network name -> attachment

    /// The container's address on a network, empty if not attached there.
    [[nodiscard]] QString ipAddress(const QString &network) const { return networks.value(network).ipAddress; }

    static ContainerDetails fromJson(const QJsonObject &json);

    bool operator==(const ContainerDetails &) const = default;
};

}  // namespace Hublot::Engine

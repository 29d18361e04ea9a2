// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Labels.h"
#include "engine/PortMapping.h"
#include "engine/RestartPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

/// What `docker create` asks for, as POST /containers/create takes it.
struct CreateContainerRequest
{
    /// A named volume (made by the engine if missing) mounted in the container.
    struct VolumeMount
    {
        QString volume;
        QString destination;
        bool readOnly = false;
        bool operator==(const VolumeMount &) const = default;
    };

    QString name;  ///< empty: the engine picks one (sent as the query's name, not in the body)
    QString image;
    QStringList cmd;  ///< empty: the image's
    QStringList entrypoint;  ///< empty: the image's
    QStringList env;  ///< "NAME=value"
    QString workingDir;
    QString user;
    QString hostname;
    QList<PortMapping> ports;
    QStringList binds;  ///< "host-path:container-path[:ro]"
    QList<VolumeMount> volumes;
    bool readOnlyRootfs = false;
    RestartPolicy restartPolicy;
    bool tty = false;
    bool openStdin = false;  ///< keep stdin open (docker create -i)
    bool autoRemove = false;  ///< --rm
    bool init = false;  ///< --init: an init process as PID 1 that reaps children and passes signals on
    Labels labels;
    QString network;  ///< empty: the default bridge

    /// The request body of POST /containers/create.
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const CreateContainerRequest &) const = default;
};

}  // namespace Hublot::Engine

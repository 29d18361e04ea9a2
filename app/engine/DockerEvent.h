// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Labels.h"

#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// One message of the engine's GET /events stream.
struct DockerEvent
{
    QString type;  ///< "container", "image", "volume", "network", ...
    QString action;  ///< "start", "die", "destroy", "pull", "exec_start: sh", ...
    QString actorId;
    Labels attributes;
    qint64 timeNano = 0;

    static DockerEvent fromJson(const QJsonObject &json);

    bool operator==(const DockerEvent &) const = default;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Labels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hublot::Engine {

/// One Swarm service as GET /services?status=true lists it: the same app in
/// several containers (its tasks), which the swarm keeps running.
struct ServiceSummary
{
    struct Port
    {
        int published = 0;  ///< on every node of the swarm
        int target = 0;  ///< in the containers
        QString protocol;  ///< "tcp", "udp", "sctp"
        bool operator==(const Port &) const = default;
    };

    QString id;
    QString name;
    QString image;  ///< as asked for, without the digest the swarm pinned
    bool global = false;  ///< one task per node, else replicated
    int replicas = 0;  ///< asked for (replicated only)
    int runningTasks = 0;
    int desiredTasks = 0;
    QList<Port> ports;
    quint64 version = 0;  ///< what an update must name
    QDateTime created;
    Labels labels;

    [[nodiscard]] QString key() const { return id; }

    static ServiceSummary fromJson(const QJsonObject &json);

    bool operator==(const ServiceSummary &) const = default;
};

}  // namespace Hublot::Engine

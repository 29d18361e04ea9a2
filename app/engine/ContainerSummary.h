// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine/Labels.h"

#include <optional>

namespace Hublot::Engine {

/// One container as GET /containers/json lists it.
struct ContainerSummary
{
    enum class State { Created, Running, Paused, Restarting, Removing, Exited, Dead, Unknown };

    struct Port
    {
        QString ip;  ///< host address it is published on, empty if not published
        int privatePort = 0;  ///< port inside the container
        int publicPort = 0;  ///< port on the host, 0 if not published
        QString type;  ///< "tcp", "udp" or "sctp"
        bool operator==(const Port &) const = default;
    };

    QString id;
    QString name;  ///< without the leading slash
    QString image;
    QString imageId;
    QString command;
    QDateTime created;
    State state = State::Unknown;
    QString status;  ///< the engine's own phrase, e.g. "Up 3 minutes"
    std::optional<int> exitCode;  ///< for exited containers, read from the status
    QList<Port> ports;
    Labels labels;
    QMap<QString, QString> ipAddresses;  ///< network name -> address
    QStringList networks;  ///< names of every network it is attached to, with or without an address
    QStringList volumes;  ///< names of the volumes it mounts (Mounts of type "volume")
    qint64 sizeRw = -1;  ///< bytes in its writable layer; -1 unless listed with sizes

    [[nodiscard]] QString key() const { return id; }

    static State stateFromString(const QString &state);
    static ContainerSummary fromJson(const QJsonObject &json);

    bool operator==(const ContainerSummary &) const = default;
};

}  // namespace Hublot::Engine

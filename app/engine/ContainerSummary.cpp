// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContainerSummary.h"

#include "engine/Labels.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace Hublot::Engine {

ContainerSummary::State ContainerSummary::stateFromString(const QString &state)
{
    if (state == u"running")
        return State::Running;
    if (state == u"exited")
        return State::Exited;
    if (state == u"created")
        return State::Created;
    if (state == u"paused")
        return State::Paused;
    if (state == u"restarting")
        return State::Restarting;
    if (state == u"removing")
        return State::Removing;
    if (state == u"dead")
        return State::Dead;
    return State::Unknown;
}

ContainerSummary ContainerSummary::fromJson(const QJsonObject &json)
{
    ContainerSummary c;
    c.id = json.value(u"Id").toString();
    const QJsonArray names = json.value(u"Names").toArray();
    if (!names.isEmpty()) {
        c.name = names.first().toString();
        if (c.name.startsWith(u'/'))
            c.name.remove(0, 1);
    }
    c.image = json.value(u"Image").toString();
    c.imageId = json.value(u"ImageID").toString();
    c.command = json.value(u"Command").toString();
    c.created = QDateTime::fromSecsSinceEpoch(json.value(u"Created").toInteger(), QTimeZone::UTC);
    c.state = stateFromString(json.value(u"State").toString());
    c.status = json.value(u"Status").toString();
    if (c.state == State::Exited) {
        // The list carries the exit code only inside the status phrase:
        // "Exited (137) 2 minutes ago".
        static const QRegularExpression exited(QStringLiteral(R"(^Exited \((-?\d+)\))"));
        const QRegularExpressionMatch match = exited.match(c.status);
        if (match.hasMatch())
            c.exitCode = match.captured(1).toInt();
    }
    const QJsonArray ports = json.value(u"Ports").toArray();
    for (const QJsonValue &value : ports) {
        const QJsonObject p = value.toObject();
        c.ports.append({p.value(u"IP").toString(), p.value(u"PrivatePort").toInt(), p.value(u"PublicPort").toInt(),
                        p.value(u"Type").toString()});
    }
    c.labels = labelsFromJson(json.value(u"Labels"));
    const QJsonObject networks = json.value(u"NetworkSettings").toObject().value(u"Networks").toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        c.networks.append(it.key());
        const QString address = it.value().toObject().value(u"IPAddress").toString();
        if (!address.isEmpty())
            c.ipAddresses.insert(it.key(), address);
    }
    for (const QJsonValue &value : json.value(u"Mounts").toArray()) {
        const QJsonObject mount = value.toObject();
        if (mount.value(u"Type").toString() == u"volume")
            c.volumes.append(mount.value(u"Name").toString());
    }
    if (json.contains(u"SizeRw"))
        c.sizeRw = json.value(u"SizeRw").toInteger();
    return c;
}

}  // namespace Hublot::Engine

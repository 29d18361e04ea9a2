// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContainerDetails.h"

#include <QJsonArray>

namespace Hublot::Engine {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The engine writes "0001-01-01T00:00:00Z" for a time that never happened.
QDateTime time(const QJsonValue &value)
{
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() && parsed.date().year() > 1 ? parsed : QDateTime();
}

// Reads {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}], ...}.
QList<PortMapping> portMappings(const QJsonObject &ports)
{
    QList<PortMapping> list;
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        PortMapping base;
        base.containerPort = it.key().section(u'/', 0, 0).toInt();
        base.protocol = it.key().section(u'/', 1, 1);
        if (base.protocol.isEmpty())
            base.protocol = QStringLiteral("tcp");
        for (const QJsonValue &binding : it.value().toArray()) {
            PortMapping mapping = base;
            mapping.hostIp = binding.toObject().value(u"HostIp").toString();
            mapping.hostPort = binding.toObject().value(u"HostPort").toString().toInt();
            list.append(mapping);
        }
    }
    return list;
}

}  // namespace

ContainerDetails ContainerDetails::fromJson(const QJsonObject &json)
{
    ContainerDetails c;
    c.id = json.value(u"Id").toString();
    c.name = json.value(u"Name").toString();
    if (c.name.startsWith(u'/'))
        c.name.remove(0, 1);
    c.imageId = json.value(u"Image").toString();
    c.created = time(json.value(u"Created"));
    c.restartCount = json.value(u"RestartCount").toInt();

    const QJsonObject state = json.value(u"State").toObject();
    c.state = ContainerSummary::stateFromString(state.value(u"Status").toString());
    c.running = state.value(u"Running").toBool();
    c.paused = state.value(u"Paused").toBool();
    c.oomKilled = state.value(u"OOMKilled").toBool();
    c.pid = state.value(u"Pid").toInt();
    c.error = state.value(u"Error").toString();
    c.startedAt = time(state.value(u"StartedAt"));
    c.finishedAt = time(state.value(u"FinishedAt"));
    if (c.finishedAt.isValid() && !c.running)
        c.exitCode = state.value(u"ExitCode").toInt();

    const QJsonObject config = json.value(u"Config").toObject();
    c.image = config.value(u"Image").toString();
    c.hostname = config.value(u"Hostname").toString();
    c.cmd = strings(config.value(u"Cmd"));
    c.entrypoint = strings(config.value(u"Entrypoint"));
    c.env = strings(config.value(u"Env"));
    c.workingDir = config.value(u"WorkingDir").toString();
    c.user = config.value(u"User").toString();
    c.tty = config.value(u"Tty").toBool();
    c.openStdin = config.value(u"OpenStdin").toBool();
    c.labels = labelsFromJson(config.value(u"Labels"));
    c.exposedPorts = config.value(u"ExposedPorts").toObject().keys();

    const QJsonObject host = json.value(u"HostConfig").toObject();
    c.readOnlyRootfs = host.value(u"ReadonlyRootfs").toBool();
    c.autoRemove = host.value(u"AutoRemove").toBool();
    c.restartPolicy = RestartPolicy::fromJson(host.value(u"RestartPolicy").toObject());

    const QJsonObject settings = json.value(u"NetworkSettings").toObject();
    c.ports = portMappings(settings.value(u"Ports").toObject());
    if (c.ports.isEmpty())
        c.ports = portMappings(host.value(u"PortBindings").toObject());
    const QJsonObject networks = settings.value(u"Networks").toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        NetworkAttachment attachment;
        attachment.networkId = n.value(u"NetworkID").toString();
        attachment.ipAddress = n.value(u"IPAddress").toString();
        attachment.gateway = n.value(u"Gateway").toString();
        attachment.macAddress = n.value(u"MacAddress").toString();
        attachment.aliases = strings(n.value(u"Aliases"));
        c.networks.insert(it.key(), attachment);
    }

    for (const QJsonValue &value : json.value(u"Mounts").toArray()) {
        const QJsonObject m = value.toObject();
        Mount mount;
        mount.type = m.value(u"Type").toString();
        mount.name = m.value(u"Name").toString();
        mount.source = m.value(u"Source").toString();
        mount.destination = m.value(u"Destination").toString();
        mount.readWrite = m.value(u"RW").toBool(true);
        c.mounts.append(mount);
    }
    return c;
}

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/CreateContainerRequest.h"

#include <QJsonArray>

namespace Hublot::Engine {

QJsonObject CreateContainerRequest::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("Image"), image);
    if (!cmd.isEmpty())
        json.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd));
    if (!entrypoint.isEmpty())
        json.insert(QStringLiteral("Entrypoint"), QJsonArray::fromStringList(entrypoint));
    if (!env.isEmpty())
        json.insert(QStringLiteral("Env"), QJsonArray::fromStringList(env));
    if (!workingDir.isEmpty())
        json.insert(QStringLiteral("WorkingDir"), workingDir);
    if (!user.isEmpty())
        json.insert(QStringLiteral("User"), user);
    if (!hostname.isEmpty())
        json.insert(QStringLiteral("Hostname"), hostname);
    json.insert(QStringLiteral("Tty"), tty);
    json.insert(QStringLiteral("OpenStdin"), openStdin);
    // docker create -i attaches stdin once; a client that attaches later expects it open.
    json.insert(QStringLiteral("StdinOnce"), false);
    json.insert(QStringLiteral("AttachStdin"), false);
    json.insert(QStringLiteral("AttachStdout"), false);
    json.insert(QStringLiteral("AttachStderr"), false);
    QJsonObject labelsJson;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        labelsJson.insert(it.key(), it.value());
    json.insert(QStringLiteral("Labels"), labelsJson);

    QJsonObject exposed;
    QJsonObject bindings;
    for (const PortMapping &port : ports) {
        exposed.insert(port.key(), QJsonObject());
        QJsonArray list = bindings.value(port.key()).toArray();
        list.append(
            QJsonObject {{QStringLiteral("HostIp"), port.hostIp},
                         {QStringLiteral("HostPort"), port.hostPort ? QString::number(port.hostPort) : QString()}});
        bindings.insert(port.key(), list);
    }
    if (!exposed.isEmpty())
        json.insert(QStringLiteral("ExposedPorts"), exposed);

    QJsonObject host;
    if (!bindings.isEmpty())
        host.insert(QStringLiteral("PortBindings"), bindings);
    if (!binds.isEmpty())
        host.insert(QStringLiteral("Binds"), QJsonArray::fromStringList(binds));
    if (!volumes.isEmpty()) {
        QJsonArray mounts;
        for (const VolumeMount &volume : volumes) {
            mounts.append(QJsonObject {{QStringLiteral("Type"), QStringLiteral("volume")},
                                       {QStringLiteral("Source"), volume.volume},
                                       {QStringLiteral("Target"), volume.destination},
                                       {QStringLiteral("ReadOnly"), volume.readOnly}});
        }
        host.insert(QStringLiteral("Mounts"), mounts);
    }
    host.insert(QStringLiteral("ReadonlyRootfs"), readOnlyRootfs);
    host.insert(QStringLiteral("AutoRemove"), autoRemove);
    if (init)
        host.insert(QStringLiteral("Init"), true);
    host.insert(QStringLiteral("RestartPolicy"), restartPolicy.toJson());
    if (!network.isEmpty())
        host.insert(QStringLiteral("NetworkMode"), network);
    json.insert(QStringLiteral("HostConfig"), host);

    if (!network.isEmpty()) {
        json.insert(QStringLiteral("NetworkingConfig"),
                    QJsonObject {{QStringLiteral("EndpointsConfig"), QJsonObject {{network, QJsonObject()}}}});
    }
    return json;
}

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineInfo.h"

#include <QJsonArray>

namespace Hublot::Engine {

namespace {

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        strings.append(item.toString());
    return strings;
}

}  // namespace

EngineInfo EngineInfo::fromJson(const QJsonObject &json)
{
    EngineInfo info;
    info.name = json.value(u"Name").toString();
    info.operatingSystem = json.value(u"OperatingSystem").toString();
    info.osType = json.value(u"OSType").toString();
    info.kernelVersion = json.value(u"KernelVersion").toString();
    info.architecture = json.value(u"Architecture").toString();
    info.cpus = json.value(u"NCPU").toInt();
    info.memoryBytes = json.value(u"MemTotal").toInteger();
    info.containers = json.value(u"Containers").toInt();
    info.containersRunning = json.value(u"ContainersRunning").toInt();
    info.containersPaused = json.value(u"ContainersPaused").toInt();
    info.containersStopped = json.value(u"ContainersStopped").toInt();
    info.images = json.value(u"Images").toInt();
    info.storageDriver = json.value(u"Driver").toString();
    info.dockerRootDir = json.value(u"DockerRootDir").toString();
    info.cgroupDriver = json.value(u"CgroupDriver").toString();
    info.cgroupVersion = json.value(u"CgroupVersion").toString();
    info.swarmState = json.value(u"Swarm").toObject().value(u"LocalNodeState").toString();
    info.serverVersion = json.value(u"ServerVersion").toString();
    const QJsonObject runtimes = json.value(u"Runtimes").toObject();
    for (auto it = runtimes.begin(); it != runtimes.end(); ++it)
        info.runtimes.insert(it.key(), it.value().toObject().value(u"path").toString());
    info.defaultRuntime = json.value(u"DefaultRuntime").toString();
    info.securityOptions = stringsFromJson(json.value(u"SecurityOptions"));
    info.warnings = stringsFromJson(json.value(u"Warnings"));
    return info;
}

}  // namespace Hublot::Engine

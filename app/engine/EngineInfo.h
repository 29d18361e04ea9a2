// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

/// What the engine reports on GET /info (`docker info`, the server half).
struct EngineInfo
{
    QString name;  ///< the engine host's name
    QString operatingSystem;  ///< "Debian GNU/Linux 13 (trixie)", "Docker Desktop"
    QString osType;  ///< "linux" or "windows"
    QString kernelVersion;
    QString architecture;  ///< "x86_64", "aarch64"
    int cpus = 0;
    qint64 memoryBytes = 0;
    int containers = 0;
    int containersRunning = 0;
    int containersPaused = 0;
    int containersStopped = 0;
    int images = 0;
    QString storageDriver;
    QString dockerRootDir;
    QString cgroupDriver;  ///< "systemd", "cgroupfs", "none"
    QString cgroupVersion;  ///< "1" or "2"
    QString swarmState;  ///< Swarm.LocalNodeState: "inactive", "active", "pending", "error", "locked"
    QString serverVersion;
    QMap<QString, QString> runtimes;  ///< name -> path (empty for runtimes the engine runs by its own means)
    QString defaultRuntime;
    QStringList securityOptions;  ///< "name=seccomp,profile=builtin", "name=rootless", ...
    QStringList warnings;

    static EngineInfo fromJson(const QJsonObject &json);

    bool operator==(const EngineInfo &) const = default;
};

}  // namespace Hublot::Engine

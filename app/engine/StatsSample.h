// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Hublot::Engine {

/// One object of GET /containers/{id}/stats, as the engine sends it (Linux
/// containers, cgroup v1 or v2): the raw counters ContainerStats computes from.
/// Missing fields read as zero.
struct StatsSample
{
    struct Cpu
    {
        quint64 totalUsage = 0;  ///< cpu_usage.total_usage, nanoseconds
        quint64 systemUsage = 0;  ///< system_cpu_usage, nanoseconds
        quint64 onlineCpus = 0;  ///< online_cpus; 0 when the engine left it out
        qsizetype perCpuCount = 0;  ///< entries in cpu_usage.percpu_usage (cgroup v1 only)
        bool operator==(const Cpu &) const = default;
    };

    struct Network
    {
        quint64 rxBytes = 0;
        quint64 txBytes = 0;
        bool operator==(const Network &) const = default;
    };

    struct BlockIo
    {
        quint64 major = 0;
        quint64 minor = 0;
        QString op;  ///< "read", "write", "Read", "Total", ...
        quint64 value = 0;
        bool operator==(const BlockIo &) const = default;
    };

    QString id;
    QString name;  ///< with its leading "/"
    QDateTime read;
    QDateTime preRead;
    Cpu cpu;
    Cpu preCpu;
    quint64 memoryUsage = 0;
    quint64 memoryLimit = 0;
    QHash<QString, quint64> memoryStats;  ///< memory_stats.stats: cache, total_inactive_file, inactive_file, ...
    QMap<QString, Network> networks;  ///< by interface
    QList<BlockIo> ioServiceBytes;  ///< blkio_stats.io_service_bytes_recursive
    quint64 pids = 0;

    static StatsSample fromJson(const QJsonObject &json);

    bool operator==(const StatsSample &) const = default;
};

}  // namespace Hublot::Engine

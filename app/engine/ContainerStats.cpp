// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContainerStats.h"

#include <optional>

namespace Hublot::Engine {

// The formulas are those of the docker CLI, cli/command/container/stats_helpers.go
// (calculateCPUPercentUnix, calculateMemUsageUnixNoCache,
// calculateMemPercentUnixNoCache, calculateBlockIO, calculateNetwork), so
// that Hublot shows the numbers `docker stats` shows.

double ContainerStats::cpuPercentOf(const StatsSample &sample)
{
    const double cpuDelta = double(sample.cpu.totalUsage) - double(sample.preCpu.totalUsage);
    const double systemDelta = double(sample.cpu.systemUsage) - double(sample.preCpu.systemUsage);
    double onlineCpus = double(sample.cpu.onlineCpus);
    if (onlineCpus == 0.0)  // engines before API 1.27, and some cgroup v1 hosts
        onlineCpus = double(sample.cpu.perCpuCount);
    if (systemDelta > 0.0 && cpuDelta > 0.0)
        return cpuDelta / systemDelta * onlineCpus * 100.0;
    return 0.0;
}

quint64 ContainerStats::memoryUsageOf(const StatsSample &sample)
{
    // Page cache the kernel can reclaim is not counted as used: cgroup v1
    // names it total_inactive_file, cgroup v2 inactive_file; CLIs before
    // 20.10 took "cache", which engines on old cgroup v1 hosts still send alone.
    const auto without = [&sample](const QString &key) -> std::optional<quint64> {
        const auto it = sample.memoryStats.constFind(key);
        if (it == sample.memoryStats.cend() || it.value() >= sample.memoryUsage)
            return std::nullopt;
        return sample.memoryUsage - it.value();
    };
    if (const auto v1 = without(QStringLiteral("total_inactive_file")))
        return *v1;
    if (const auto v2 = without(QStringLiteral("inactive_file")))
        return *v2;
    if (!sample.memoryStats.contains(QStringLiteral("total_inactive_file"))
        && !sample.memoryStats.contains(QStringLiteral("inactive_file"))) {
        if (const auto old = without(QStringLiteral("cache")))
            return *old;
    }
    return sample.memoryUsage;
}

ContainerStats ContainerStats::fromSample(const StatsSample &sample)
{
    ContainerStats stats;
    stats.id = sample.id;
    stats.name = sample.name.startsWith(u'/') ? sample.name.mid(1) : sample.name;
    stats.read = sample.read;
    stats.cpuPercent = cpuPercentOf(sample);
    stats.memoryUsage = memoryUsageOf(sample);
    stats.memoryLimit = sample.memoryLimit;
    if (sample.memoryLimit != 0)
        stats.memoryPercent = double(stats.memoryUsage) / double(sample.memoryLimit) * 100.0;
    for (const StatsSample::Network &network : sample.networks) {
        stats.networkRx += network.rxBytes;
        stats.networkTx += network.txBytes;
    }
    for (const StatsSample::BlockIo &entry : sample.ioServiceBytes) {
        if (entry.op.isEmpty())
            continue;
        const QChar first = entry.op.front().toLower();
        if (first == u'r')
            stats.blockRead += entry.value;
        else if (first == u'w')
            stats.blockWrite += entry.value;
    }
    stats.pids = sample.pids;
    return stats;
}

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/StatsSample.h"

#include <limits>

#include <QJsonArray>

namespace Hublot::Engine {

namespace {

// Counters are unsigned 64-bit in the engine; Qt keeps integers that fit in
// qint64 exactly, and only the rest (never seen in practice) as doubles.
quint64 counter(const QJsonValue &value)
{
    if (!value.isDouble())
        return 0;
    const qint64 exact = value.toInteger(-1);
    if (exact >= 0)
        return quint64(exact);
    // Counters past 2^63 come as doubles; beyond 2^64 they are nonsense, kept at the top.
    const double approximate = value.toDouble();
    if (!(approximate > 0))
        return 0;
    return approximate >= 18446744073709551615.0 ? std::numeric_limits<quint64>::max() : quint64(approximate);
}

StatsSample::Cpu cpuFromJson(const QJsonObject &json)
{
    StatsSample::Cpu cpu;
    const QJsonObject usage = json.value(u"cpu_usage").toObject();
    cpu.totalUsage = counter(usage.value(u"total_usage"));
    cpu.perCpuCount = usage.value(u"percpu_usage").toArray().size();
    cpu.systemUsage = counter(json.value(u"system_cpu_usage"));
    cpu.onlineCpus = counter(json.value(u"online_cpus"));
    return cpu;
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

}  // namespace

StatsSample StatsSample::fromJson(const QJsonObject &json)
{
    StatsSample s;
    s.id = json.value(u"id").toString();
    s.name = json.value(u"name").toString();
    s.read = timeFromJson(json.value(u"read"));
    s.preRead = timeFromJson(json.value(u"preread"));
    s.cpu = cpuFromJson(json.value(u"cpu_stats").toObject());
    s.preCpu = cpuFromJson(json.value(u"precpu_stats").toObject());

    const QJsonObject memory = json.value(u"memory_stats").toObject();
    s.memoryUsage = counter(memory.value(u"usage"));
    s.memoryLimit = counter(memory.value(u"limit"));
    const QJsonObject memoryStats = memory.value(u"stats").toObject();
    for (auto it = memoryStats.begin(); it != memoryStats.end(); ++it)
        s.memoryStats.insert(it.key(), counter(it.value()));

    const QJsonObject networks = json.value(u"networks").toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QJsonObject network = it.value().toObject();
        s.networks.insert(it.key(), {counter(network.value(u"rx_bytes")), counter(network.value(u"tx_bytes"))});
    }

    const QJsonArray io = json.value(u"blkio_stats").toObject().value(u"io_service_bytes_recursive").toArray();
    for (const QJsonValue &value : io) {
        const QJsonObject entry = value.toObject();
        s.ioServiceBytes.append({counter(entry.value(u"major")), counter(entry.value(u"minor")),
                                 entry.value(u"op").toString(), counter(entry.value(u"value"))});
    }

    s.pids = counter(json.value(u"pids_stats").toObject().value(u"current"));
    return s;
}

}  // namespace Hublot::Engine

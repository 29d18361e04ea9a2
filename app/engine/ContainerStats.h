// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/StatsSample.h"

#include <QDateTime>
#include <QString>

namespace Hublot::Engine {

/// One line of `docker stats`: what a StatsSample's counters come to,
/// computed as the docker CLI computes it.
struct ContainerStats
{
    QString id;
    QString name;  ///< without its leading "/"
    QDateTime read;
    double cpuPercent = 0;  ///< of one CPU: a container busy on two CPUs shows 200
    quint64 memoryUsage = 0;  ///< bytes, without the page cache the kernel can drop
    quint64 memoryLimit = 0;
    double memoryPercent = 0;
    quint64 networkRx = 0;  ///< bytes, all interfaces
    quint64 networkTx = 0;
    quint64 blockRead = 0;  ///< bytes, all devices
    quint64 blockWrite = 0;
    quint64 pids = 0;

    static ContainerStats fromSample(const StatsSample &sample);

    // The pieces of fromSample(), each as the docker CLI has it.
    static double cpuPercentOf(const StatsSample &sample);
    static quint64 memoryUsageOf(const StatsSample &sample);

    bool operator==(const ContainerStats &) const = default;
};

}  // namespace Hublot::Engine

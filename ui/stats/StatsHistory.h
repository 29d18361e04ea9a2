// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerStats.h"

#include <QList>

#include <optional>

namespace Hublot::Ui {

/// A container's stats over the last minutes, a point per sample: what its
/// charts draw. Network and block I/O come from the engine as totals; a
/// point holds their rates since the sample before (bytes a second).
class StatsHistory
{
public:
    struct Point
    {
        qint64 msecs = 0;  ///< the engine's time of the sample, since the epoch
        double cpuPercent = 0;
        quint64 memoryUsage = 0;
        quint64 memoryLimit = 0;
        double memoryPercent = 0;
        double networkRxRate = 0;
        double networkTxRate = 0;
        double blockReadRate = 0;
        double blockWriteRate = 0;
        quint64 pids = 0;
    };

    static constexpr qint64 DefaultWindowMs = 5 * 60 * 1000;

    explicit StatsHistory(qint64 windowMs = DefaultWindowMs);

    /// Adds a sample and forgets those older than the window. A sample
    /// without a time (the engine's for a container that is not running)
    /// is not a point: gives false.
    bool add(const Engine::ContainerStats &stats);
    void clear();

    [[nodiscard]] const QList<Point> &points() const { return m_points; }
    [[nodiscard]] const std::optional<Engine::ContainerStats> &latest() const { return m_latest; }
    [[nodiscard]] qint64 windowMs() const { return m_windowMs; }

private:
    qint64 m_windowMs;
    QList<Point> m_points;
    std::optional<Engine::ContainerStats> m_latest;
};

}  // namespace Hublot::Ui

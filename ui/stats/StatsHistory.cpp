// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stats/StatsHistory.h"

namespace Hublot::Ui {

namespace {

// Bytes a second between two totals; a total that went down (the container
// restarted, its counters with it) gives no rate.
double rate(quint64 before, quint64 after, double seconds)
{
    if (seconds <= 0 || after < before)
        return 0;
    return double(after - before) / seconds;
}

}  // namespace

StatsHistory::StatsHistory(qint64 windowMs)
    : m_windowMs(windowMs)
{ }

bool StatsHistory::add(const Engine::ContainerStats &stats)
{
    // The engine sends 0001-01-01 for a container that is not running.
    if (!stats.read.isValid() || stats.read.date().year() < 2000)
        return false;
    Point point;
    point.msecs = stats.read.toMSecsSinceEpoch();
    point.cpuPercent = stats.cpuPercent;
    point.memoryUsage = stats.memoryUsage;
    point.memoryLimit = stats.memoryLimit;
    point.memoryPercent = stats.memoryPercent;
    point.pids = stats.pids;
    if (m_latest && !m_points.isEmpty()) {
        const double seconds = double(point.msecs - m_points.last().msecs) / 1000.0;
        point.networkRxRate = rate(m_latest->networkRx, stats.networkRx, seconds);
        point.networkTxRate = rate(m_latest->networkTx, stats.networkTx, seconds);
        point.blockReadRate = rate(m_latest->blockRead, stats.blockRead, seconds);
        point.blockWriteRate = rate(m_latest->blockWrite, stats.blockWrite, seconds);
    }
    m_latest = stats;
    m_points.append(point);
    qsizetype old = 0;
    while (old < m_points.size() && m_points.at(old).msecs < point.msecs - m_windowMs)
        ++old;
    m_points.remove(0, old);
    return true;
}

void StatsHistory::clear()
{
    m_points.clear();
    m_latest.reset();
}

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerStats.h"
#include "engine/DiskUsage.h"
#include "engine/EngineInfo.h"
#include "engine/Result.h"

#include <QFuture>
#include <QString>

namespace Hublot::Engine {

class EngineClient;

/// The engine as a whole, typed, over an EngineClient: `docker info`,
/// `docker system df`, and one `docker stats --no-stream` sample (the live
/// stream is StatsStream). Every future finishes on the client's thread.
/// The client must outlive this object.
class SystemOperations final
{
public:
    explicit SystemOperations(EngineClient *client);

    /// GET /info.
    QFuture<Result<EngineInfo>> info();
    /// GET /system/df. The engine walks every layer and volume for it, which
    /// takes seconds on a large host: ask only when the user asks.
    QFuture<Result<DiskUsage>> diskUsage();
    /// GET /containers/{id}/stats?stream=0&one-shot=1: one sample, at once.
    /// With one-shot the engine does not wait a second for a previous CPU
    /// reading, so cpuPercent is 0; memory, network, block I/O and PIDs are
    /// there. The engine leaves the id and name out of a one-shot sample.
    QFuture<Result<ContainerStats>> oneShotStats(const QString &container);

private:
    EngineClient *m_client;
};

}  // namespace Hublot::Engine

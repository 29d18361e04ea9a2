// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Done.h"
#include "engine/Labels.h"
#include "engine/PruneReport.h"
#include "engine/Result.h"
#include "engine/VolumeSummary.h"

#include <QFuture>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

class EngineClient;

/// The request/response operations on volumes, typed, over an EngineClient
/// (listing is EngineClient::listVolumes()). Every future finishes on the
/// client's thread. The client must outlive this object.
class VolumeOperations final
{
public:
    explicit VolumeOperations(EngineClient *client);

    QFuture<Result<VolumeSummary>> inspect(const QString &name);
    /// An empty name: the engine picks one. An empty driver: "local".
    QFuture<Result<VolumeSummary>> create(const QString &name, const Labels &labels = {}, const QString &driver = {});
    /// force: remove it even if the engine thinks it is in use elsewhere.
    QFuture<Result<Done>> remove(const QString &name, bool force = false);
    /// Removes volumes no container uses. Engines since API 1.42 prune only
    /// anonymous ones unless includeNamed. labelFilters ("key" or
    /// "key=value") limit it.
    QFuture<Result<PruneReport>> prune(const QStringList &labelFilters = {}, bool includeNamed = false);

private:
    EngineClient *m_client;
};

}  // namespace Hublot::Engine

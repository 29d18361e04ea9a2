// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerDetails.h"
#include "engine/CreateContainerRequest.h"
#include "engine/Done.h"
#include "engine/FileChange.h"
#include "engine/ProcessList.h"
#include "engine/PruneReport.h"
#include "engine/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace Hublot::Engine {

class EngineClient;

/// The request/response operations on containers, typed, over an
/// EngineClient. Every future finishes on the client's thread; errors carry
/// the precise kind (NoSuchContainer, NameInUse, ContainerRunning,
/// PortAlreadyAllocated, ...). The client must outlive the operations object.
class ContainerOperations final
{
public:
    /// What wait() waits for.
    enum class WaitCondition { NotRunning, NextExit, Removed };

    /// How a waited-for container ended.
    struct Exit
    {
        int exitCode = 0;
        QString error;  ///< the engine's Error.Message, when waiting itself failed
        bool operator==(const Exit &) const = default;
    };

    explicit ContainerOperations(EngineClient *client);

    QFuture<Result<ContainerDetails>> inspect(const QString &idOrName);
    /// The same reply as inspect(), whole and untyped: every field the
    /// engine sends, for `docker inspect`'s view. ContainerDetails::fromJson
    /// reads it.
    QFuture<Result<QJsonObject>> inspectJson(const QString &idOrName);
    /// GET /containers/json?all=1, narrowed to the containers in one of
    /// states ("created", "exited", ...; empty: any) that carry every label
    /// filter. withSizes asks for each one's writable layer (sizeRw): the
    /// engine walks their files for it, so ask only when the user asks.
    QFuture<Result<QList<ContainerSummary>>> list(const QStringList &states, const QStringList &labelFilters = {},
                                                  bool withSizes = false);
    /// POST /containers/create; gives the new container's id.
    QFuture<Result<QString>> create(const CreateContainerRequest &request);
    QFuture<Result<Done>> start(const QString &idOrName);
    /// timeoutSeconds before SIGKILL; empty: the container's own (10 s by default).
    QFuture<Result<Done>> stop(const QString &idOrName, std::optional<int> timeoutSeconds = {});
    QFuture<Result<Done>> restart(const QString &idOrName, std::optional<int> timeoutSeconds = {});
    /// signal as a name ("SIGHUP", "HUP") or number; empty: SIGKILL.
    QFuture<Result<Done>> kill(const QString &idOrName, const QString &signal = {});
    QFuture<Result<Done>> pause(const QString &idOrName);
    QFuture<Result<Done>> unpause(const QString &idOrName);
    QFuture<Result<Done>> rename(const QString &idOrName, const QString &newName);
    /// force: kill a running container first; removeVolumes: its anonymous volumes too.
    QFuture<Result<Done>> remove(const QString &idOrName, bool force = false, bool removeVolumes = false);
    /// Removes stopped containers; labelFilters ("key" or "key=value", all
    /// must match) limit it to those carrying the labels.
    QFuture<Result<PruneReport>> prune(const QStringList &labelFilters = {});
    /// psArgs: ps's options (empty: "-ef").
    QFuture<Result<ProcessList>> top(const QString &idOrName, const QString &psArgs = {});
    QFuture<Result<QList<FileChange>>> changes(const QString &idOrName);
    /// Finishes when the condition is met; no transfer timeout applies, so
    /// it may wait for as long as the container runs.
    QFuture<Result<Exit>> wait(const QString &idOrName, WaitCondition condition = WaitCondition::NotRunning);

private:
    QFuture<Result<Done>> post(const QString &path, const QUrlQuery &query = {});

    EngineClient *m_client;
};

}  // namespace Hublot::Engine

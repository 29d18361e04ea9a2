// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Done.h"
#include "engine/Labels.h"
#include "engine/Result.h"
#include "engine/ServiceSummary.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

class EngineClient;

/// Swarm mode and its services, typed, over an EngineClient: what `docker
/// swarm init` and `docker service create|ls|scale|rm` do. Every future
/// finishes on the client's thread. The client must outlive this object.
class ServiceOperations final
{
public:
    /// What POST /services/create takes, as `docker service create` fills it.
    struct CreateRequest
    {
        QString name;
        QString image;
        QStringList command;  ///< replaces the image's command; empty keeps it
        int replicas = 1;
        QList<ServiceSummary::Port> ports;  ///< published on every node (the routing mesh)
        Labels labels;  ///< on the service and on its containers
    };

    explicit ServiceOperations(EngineClient *client);

    /// The services, with their running and desired task counts. An engine
    /// that is not a swarm manager has none: an empty list, not an error.
    QFuture<Result<QList<ServiceSummary>>> list();
    /// Gives the new service's id.
    QFuture<Result<QString>> create(const CreateRequest &request);
    /// Sets how many tasks a replicated service runs.
    QFuture<Result<Done>> scale(const QString &idOrName, int replicas);
    QFuture<Result<Done>> remove(const QString &idOrName);
    /// Makes the engine the first manager of a new swarm; advertiseAddress
    /// is where other nodes reach it (empty: the engine picks one). Gives
    /// this node's id.
    QFuture<Result<QString>> initSwarm(const QString &advertiseAddress);

private:
    EngineClient *m_client;
};

}  // namespace Hublot::Engine

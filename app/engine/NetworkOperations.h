// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Done.h"
#include "engine/Labels.h"
#include "engine/NetworkDetails.h"
#include "engine/PruneReport.h"
#include "engine/Result.h"

#include <QFuture>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

class EngineClient;

/// The request/response operations on networks, typed, over an
/// EngineClient (listing is EngineClient::listNetworks()). Every future
/// finishes on the client's thread. The client must outlive this object.
class NetworkOperations final
{
public:
    /// What POST /networks/create takes.
    struct CreateRequest
    {
        QString name;
        QString driver;  ///< empty: "bridge"
        Labels labels;
        bool internal = false;  ///< no route out of the network
        bool attachable = false;
        QString subnet;  ///< empty: one the engine picks
        QString gateway;
    };

    explicit NetworkOperations(EngineClient *client);

    QFuture<Result<NetworkDetails>> inspect(const QString &idOrName);
    /// Gives the new network's id.
    QFuture<Result<QString>> create(const CreateRequest &request);
    QFuture<Result<Done>> remove(const QString &idOrName);
    /// Removes unused networks; labelFilters ("key" or "key=value") limit it.
    QFuture<Result<PruneReport>> prune(const QStringList &labelFilters = {});
    /// Attaches a container, with extra DNS aliases and, on a network with a
    /// subnet of its own, a fixed IPv4 address (empty: one the engine picks).
    QFuture<Result<Done>> connect(const QString &network, const QString &container, const QStringList &aliases = {},
                                  const QString &ipv4Address = {});
    QFuture<Result<Done>> disconnect(const QString &network, const QString &container, bool force = false);

private:
    EngineClient *m_client;
};

}  // namespace Hublot::Engine

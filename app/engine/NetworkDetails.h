// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/NetworkSummary.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Hublot::Engine {

/// What GET /networks/{id} tells: the summary, and the containers attached.
struct NetworkDetails
{
    struct Endpoint
    {
        QString containerName;
        QString ipv4Address;  ///< with its prefix length: "10.0.0.2/24"
        QString macAddress;
        bool operator==(const Endpoint &) const = default;
    };

    NetworkSummary summary;
    bool attachable = false;
    QMap<QString, Endpoint> containers;  ///< container id -> endpoint

    static NetworkDetails fromJson(const QJsonObject &json)
    {
        NetworkDetails details;
        details.summary = NetworkSummary::fromJson(json);
        details.attachable = json.value(u"Attachable").toBool();
        const QJsonObject containers = json.value(u"Containers").toObject();
        for (auto it = containers.begin(); it != containers.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            details.containers.insert(it.key(),
                                      Endpoint {c.value(u"Name").toString(), c.value(u"IPv4Address").toString(),
                                                c.value(u"MacAddress").toString()});
        }
        return details;
    }

    bool operator==(const NetworkDetails &) const = default;
};

}  // namespace Hublot::Engine

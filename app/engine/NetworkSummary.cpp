// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/NetworkSummary.h"

#include <QJsonArray>

namespace Hublot::Engine {

NetworkSummary NetworkSummary::fromJson(const QJsonObject &json)
{
    NetworkSummary n;
    n.id = json.value(u"Id").toString();
    n.name = json.value(u"Name").toString();
    n.driver = json.value(u"Driver").toString();
    n.scope = json.value(u"Scope").toString();
    n.internal = json.value(u"Internal").toBool();
    n.created = QDateTime::fromString(json.value(u"Created").toString(), Qt::ISODateWithMs);
    n.labels = labelsFromJson(json.value(u"Labels"));
    const QJsonArray configs = json.value(u"IPAM").toObject().value(u"Config").toArray();
    for (const QJsonValue &value : configs) {
        const QJsonObject config = value.toObject();
        if (const QString subnet = config.value(u"Subnet").toString(); !subnet.isEmpty())
            n.subnets.append(subnet);
        if (const QString gateway = config.value(u"Gateway").toString(); !gateway.isEmpty())
            n.gateways.append(gateway);
    }
    return n;
}

}  // namespace Hublot::Engine

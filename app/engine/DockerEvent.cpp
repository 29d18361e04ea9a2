// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DockerEvent.h"

namespace Hublot::Engine {

DockerEvent DockerEvent::fromJson(const QJsonObject &json)
{
    DockerEvent e;
    e.type = json.value(u"Type").toString();
    e.action = json.value(u"Action").toString();
    const QJsonObject actor = json.value(u"Actor").toObject();
    e.actorId = actor.value(u"ID").toString();
    e.attributes = labelsFromJson(actor.value(u"Attributes"));
    e.timeNano = json.value(u"timeNano").toInteger();
    return e;
}

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ServiceSummary.h"

#include <QJsonArray>

namespace Hublot::Engine {

ServiceSummary ServiceSummary::fromJson(const QJsonObject &json)
{
    ServiceSummary s;
    s.id = json.value(u"ID").toString();
    s.version = quint64(json.value(u"Version").toObject().value(u"Index").toInteger());
    s.created = QDateTime::fromString(json.value(u"CreatedAt").toString(), Qt::ISODateWithMs);
    const QJsonObject spec = json.value(u"Spec").toObject();
    s.name = spec.value(u"Name").toString();
    s.labels = labelsFromJson(spec.value(u"Labels"));
    s.image = spec.value(u"TaskTemplate").toObject().value(u"ContainerSpec").toObject().value(u"Image").toString();
    s.image = s.image.section(u'@', 0, 0);
    const QJsonObject mode = spec.value(u"Mode").toObject();
    s.global = mode.contains(u"Global");
    s.replicas = mode.value(u"Replicated").toObject().value(u"Replicas").toInt();
    const QJsonObject status = json.value(u"ServiceStatus").toObject();
    s.runningTasks = status.value(u"RunningTasks").toInt();
    s.desiredTasks = status.value(u"DesiredTasks").toInt();
    for (const QJsonValue &value : json.value(u"Endpoint").toObject().value(u"Ports").toArray()) {
        const QJsonObject port = value.toObject();
        s.ports.append({port.value(u"PublishedPort").toInt(), port.value(u"TargetPort").toInt(),
                        port.value(u"Protocol").toString()});
    }
    return s;
}

}  // namespace Hublot::Engine

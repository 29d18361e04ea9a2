// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineVersion.h"

#include <QJsonArray>

namespace Hublot::Engine {

EngineVersion::Component EngineVersion::component(const QString &name) const
{
    for (const Component &c : components) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

EngineVersion EngineVersion::fromJson(const QJsonObject &json)
{
    EngineVersion v;
    v.platformName = json.value(u"Platform").toObject().value(u"Name").toString();
    v.version = json.value(u"Version").toString();
    v.apiVersion = json.value(u"ApiVersion").toString();
    v.minApiVersion = json.value(u"MinAPIVersion").toString();
    v.gitCommit = json.value(u"GitCommit").toString();
    v.goVersion = json.value(u"GoVersion").toString();
    v.os = json.value(u"Os").toString();
    v.arch = json.value(u"Arch").toString();
    v.kernelVersion = json.value(u"KernelVersion").toString();
    v.buildTime = json.value(u"BuildTime").toString();
    const QJsonArray components = json.value(u"Components").toArray();
    for (const QJsonValue &value : components) {
        const QJsonObject c = value.toObject();
        v.components.append({c.value(u"Name").toString(), c.value(u"Version").toString(),
                             c.value(u"Details").toObject().value(u"GitCommit").toString()});
    }
    return v;
}

}  // namespace Hublot::Engine

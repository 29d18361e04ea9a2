// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/PruneReport.h"

#include <QJsonArray>

namespace Hublot::Engine {

PruneReport PruneReport::fromJson(const QJsonObject &json)
{
    PruneReport report;
    for (const QString &key :
         {QStringLiteral("ContainersDeleted"), QStringLiteral("VolumesDeleted"), QStringLiteral("NetworksDeleted")}) {
        for (const QJsonValue &value : json.value(key).toArray())
            report.deleted.append(value.toString());
    }
    for (const QJsonValue &value : json.value(u"ImagesDeleted").toArray()) {
        const QJsonObject item = value.toObject();
        if (item.contains(u"Deleted"))
            report.deleted.append(item.value(u"Deleted").toString());
        if (item.contains(u"Untagged"))
            report.untagged.append(item.value(u"Untagged").toString());
    }
    report.spaceReclaimed = json.value(u"SpaceReclaimed").toInteger();
    return report;
}

}  // namespace Hublot::Engine

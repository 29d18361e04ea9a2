// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/VolumeSummary.h"

namespace Hublot::Engine {

VolumeSummary VolumeSummary::fromJson(const QJsonObject &json)
{
    VolumeSummary v;
    v.name = json.value(u"Name").toString();
    v.driver = json.value(u"Driver").toString();
    v.mountpoint = json.value(u"Mountpoint").toString();
    v.scope = json.value(u"Scope").toString();
    v.created = QDateTime::fromString(json.value(u"CreatedAt").toString(), Qt::ISODateWithMs);
    v.labels = labelsFromJson(json.value(u"Labels"));
    return v;
}

}  // namespace Hublot::Engine

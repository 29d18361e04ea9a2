// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ImageSummary.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Hublot::Engine {

QList<ImageSummary> ImageSummary::fromJson(const QJsonObject &json)
{
    ImageSummary base;
    base.id = json.value(u"Id").toString();
    base.created = QDateTime::fromSecsSinceEpoch(json.value(u"Created").toInteger(), QTimeZone::UTC);
    base.size = json.value(u"Size").toInteger();
    base.sharedSize = json.value(u"SharedSize").toInteger(-1);
    base.containers = json.value(u"Containers").toInt(-1);
    base.labels = labelsFromJson(json.value(u"Labels"));

    QList<ImageSummary> rows;
    const QJsonArray tags = json.value(u"RepoTags").toArray();
    for (const QJsonValue &value : tags) {
        const QString repoTag = value.toString();
        if (repoTag.isEmpty() || repoTag == u"<none>:<none>")
            continue;
        // The tag follows the last colon, unless that colon belongs to a
        // registry's port ("localhost:5000/app" has no tag).
        ImageSummary row = base;
        const qsizetype colon = repoTag.lastIndexOf(u':');
        if (colon > 0 && !repoTag.mid(colon + 1).contains(u'/')) {
            row.repository = repoTag.left(colon);
            row.tag = repoTag.mid(colon + 1);
        } else {
            row.repository = repoTag;
            row.tag = QStringLiteral("latest");
        }
        rows.append(row);
    }
    if (rows.isEmpty()) {
        base.dangling = true;
        base.repository = QStringLiteral("<none>");
        base.tag = QStringLiteral("<none>");
        const QJsonArray digests = json.value(u"RepoDigests").toArray();
        if (!digests.isEmpty()) {
            const QString digest = digests.first().toString();
            const qsizetype at = digest.indexOf(u'@');
            if (at > 0)
                base.repository = digest.left(at);
        }
        rows.append(base);
    }
    return rows;
}

}  // namespace Hublot::Engine

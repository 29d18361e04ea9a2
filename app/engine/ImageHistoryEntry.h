// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Hublot::Engine {

/// One step of an image's history (GET /images/{name}/history), newest first.
struct ImageHistoryEntry
{
    QString id;  ///< the image id of this step, "<missing>" for steps built elsewhere
    QDateTime created;
    QString createdBy;  ///< the instruction that made the step
    QStringList tags;
    qint64 size = 0;
    QString comment;

    static ImageHistoryEntry fromJson(const QJsonObject &json)
    {
        ImageHistoryEntry entry;
        entry.id = json.value(u"Id").toString();
        entry.created = QDateTime::fromSecsSinceEpoch(json.value(u"Created").toInteger(), QTimeZone::UTC);
        entry.createdBy = json.value(u"CreatedBy").toString();
        for (const QJsonValue &tag : json.value(u"Tags").toArray())
            entry.tags.append(tag.toString());
        entry.size = json.value(u"Size").toInteger();
        entry.comment = json.value(u"Comment").toString();
        return entry;
    }

    bool operator==(const ImageHistoryEntry &) const = default;
};

}  // namespace Hublot::Engine

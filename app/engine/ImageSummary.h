// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Labels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hublot::Engine {

/// One row of `docker images`: an image under one of its tags. An image
/// with three tags gives three rows; an untagged one gives one row whose tag
/// is "<none>" and whose repository is the one its digest names, or "<none>".
struct ImageSummary
{
    QString id;
    QString repository;
    QString tag;
    QDateTime created;
    qint64 size = 0;
    qint64 sharedSize = -1;  ///< -1 when the engine did not compute it
    int containers = -1;  ///< -1 when the engine did not count them
    Labels labels;

    [[nodiscard]] QString key() const { return id + u'|' + repository + u':' + tag; }
    bool dangling = false;  ///< no tag at all, as `docker images -f dangling=true` counts it

    [[nodiscard]] bool isDangling() const { return dangling; }

    /// The rows for one entry of GET /images/json.
    static QList<ImageSummary> fromJson(const QJsonObject &json);

    bool operator==(const ImageSummary &) const = default;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// One repository found by GET /images/search (on the engine's registry, Docker Hub).
struct ImageSearchResult
{
    QString name;
    QString description;
    int stars = 0;
    bool official = false;

    static ImageSearchResult fromJson(const QJsonObject &json)
    {
        return ImageSearchResult {json.value(u"name").toString(), json.value(u"description").toString(),
                                  json.value(u"star_count").toInt(), json.value(u"is_official").toBool()};
    }

    bool operator==(const ImageSearchResult &) const = default;
};

}  // namespace Hublot::Engine

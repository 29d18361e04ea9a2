// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// A path changed in a container's file system since it was created
/// (GET /containers/{id}/changes).
struct FileChange
{
    enum class Kind { Modified = 0, Added = 1, Deleted = 2 };

    QString path;
    Kind kind = Kind::Modified;

    static FileChange fromJson(const QJsonObject &json)
    {
        FileChange change;
        change.path = json.value(u"Path").toString();
        const int kind = json.value(u"Kind").toInt();
        change.kind = kind == 1 ? Kind::Added : kind == 2 ? Kind::Deleted : Kind::Modified;
        return change;
    }

    bool operator==(const FileChange &) const = default;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Hublot::Engine {

/// What a prune removed: container ids, volume or network names, image ids
/// (untagged and deleted), and the bytes given back.
struct PruneReport
{
    QStringList deleted;
    QStringList untagged;  ///< images only: references removed without deleting a layer
    qint64 spaceReclaimed = 0;

    /// Reads the reply of any POST /.../prune.
    static PruneReport fromJson(const QJsonObject &json);

    bool operator==(const PruneReport &) const = default;
};

}  // namespace Hublot::Engine

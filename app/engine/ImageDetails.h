// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Labels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

/// What GET /images/{name}/json tells about one image.
struct ImageDetails
{
    QString id;
    QStringList repoTags;  ///< "repo:tag"
    QStringList repoDigests;  ///< "repo@sha256:..."
    QDateTime created;
    qint64 size = 0;
    QString architecture;
    QString os;
    QString author;
    QStringList cmd;
    QStringList entrypoint;
    QStringList env;
    QString workingDir;
    QString user;
    QStringList exposedPorts;  ///< "80/tcp"
    QStringList volumes;  ///< paths the image declares as volumes
    Labels labels;
    QStringList layers;  ///< RootFS layer digests, bottom first

    static ImageDetails fromJson(const QJsonObject &json);

    bool operator==(const ImageDetails &) const = default;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hublot::Engine {

/// What the engine's data takes on disk, GET /system/df (`docker system df -v`).
/// Sizes are bytes; -1 where the engine did not compute one.
struct DiskUsage
{
    struct Image
    {
        QString id;
        QStringList repoTags;
        QDateTime created;
        qint64 size = 0;
        qint64 sharedSize = -1;  ///< with other images
        int containers = 0;  ///< containers using it; -1: not counted
        /// size - sharedSize: what removing this image alone frees.
        [[nodiscard]] qint64 uniqueSize() const { return sharedSize < 0 ? size : size - sharedSize; }
        bool operator==(const Image &) const = default;
    };

    struct Container
    {
        QString id;
        QString name;  ///< without its leading "/"
        QString image;
        QString state;  ///< "running", "exited", ...
        qint64 sizeRw = 0;  ///< its writable layer
        qint64 sizeRootFs = 0;  ///< its whole file system, image included
        bool operator==(const Container &) const = default;
    };

    struct Volume
    {
        QString name;
        QString driver;
        qint64 size = -1;  ///< UsageData.Size
        qint64 refCount = -1;  ///< UsageData.RefCount: containers using it
        bool operator==(const Volume &) const = default;
    };

    struct BuildCacheEntry
    {
        QString id;
        QString type;  ///< "regular", "source.local", "exec.cachemount", ...
        QString description;
        qint64 size = 0;
        bool inUse = false;
        bool shared = false;
        int usageCount = 0;
        QDateTime lastUsed;
        bool operator==(const BuildCacheEntry &) const = default;
    };

    /// One line of `docker system df`.
    struct Total
    {
        int count = 0;
        int active = 0;  ///< in use
        qint64 size = 0;
        qint64 reclaimable = 0;  ///< freed by removing what is not in use
        bool operator==(const Total &) const = default;
    };

    qint64 layersSize = 0;
    QList<Image> images;
    QList<Container> containers;
    QList<Volume> volumes;
    QList<BuildCacheEntry> buildCache;

    // The totals as the docker CLI's `system df` formatter counts them.
    [[nodiscard]] Total imagesTotal() const;
    [[nodiscard]] Total containersTotal() const;
    [[nodiscard]] Total volumesTotal() const;
    [[nodiscard]] Total buildCacheTotal() const;

    static DiskUsage fromJson(const QJsonObject &json);

    bool operator==(const DiskUsage &) const = default;
};

}  // namespace Hublot::Engine

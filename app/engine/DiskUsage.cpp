// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DiskUsage.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace Hublot::Engine {

namespace {

// A size as the engine gives it, kept between 0 and a petabyte: a broken
// reply (negative, absurd) must not turn the totals negative or overflow
// them. missing: what an absent or negative size reads as (-1: unknown).
qint64 sizeFromJson(const QJsonValue &value, qint64 missing = 0)
{
    constexpr qint64 Petabyte = qint64(1) << 50;
    const qint64 size = value.toInteger(missing);
    return size < 0 ? missing : std::min(size, Petabyte);
}

QDateTime timeFromJson(const QJsonValue &value)
{
    if (value.isDouble())  // images: Unix seconds
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), QTimeZone::UTC);
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        strings.append(item.toString());
    return strings;
}

}  // namespace

// The totals follow the docker CLI, cli/command/formatter/disk_usage.go:
// an image's unique size counts as used while a container uses it; a
// container's writable layer is reclaimable unless it runs; a volume is
// reclaimable when no container refers to it; build cache shared with
// other records is not counted, and what is in use is not reclaimable.

DiskUsage::Total DiskUsage::imagesTotal() const
{
    Total total;
    total.count = int(images.size());
    total.size = layersSize;
    qint64 used = 0;
    for (const Image &image : images) {
        if (image.containers > 0) {
            ++total.active;
            if (image.sharedSize >= 0)
                used += image.size - image.sharedSize;
        }
    }
    total.reclaimable = std::clamp<qint64>(total.size - used, 0, total.size);
    return total;
}

DiskUsage::Total DiskUsage::containersTotal() const
{
    Total total;
    total.count = int(containers.size());
    for (const Container &container : containers) {
        total.size += std::max<qint64>(0, container.sizeRw);
        const bool running
            = container.state == u"running" || container.state == u"paused" || container.state == u"restarting";
        if (running)
            ++total.active;
        else
            total.reclaimable += std::max<qint64>(0, container.sizeRw);
    }
    return total;
}

DiskUsage::Total DiskUsage::volumesTotal() const
{
    Total total;
    total.count = int(volumes.size());
    for (const Volume &volume : volumes) {
        if (volume.size > 0)
            total.size += volume.size;
        if (volume.refCount > 0)
            ++total.active;
        else if (volume.size > 0)
            total.reclaimable += volume.size;
    }
    return total;
}

DiskUsage::Total DiskUsage::buildCacheTotal() const
{
    Total total;
    total.count = int(buildCache.size());
    for (const BuildCacheEntry &entry : buildCache) {
        if (entry.inUse)
            ++total.active;
        if (!entry.shared)
            total.size += entry.size;
        if (!entry.shared && !entry.inUse)
            total.reclaimable += entry.size;
    }
    return total;
}

DiskUsage DiskUsage::fromJson(const QJsonObject &json)
{
    DiskUsage usage;
    usage.layersSize = sizeFromJson(json.value(u"LayersSize"));

    const QJsonArray images = json.value(u"Images").toArray();
    for (const QJsonValue &value : images) {
        const QJsonObject o = value.toObject();
        Image image;
        image.id = o.value(u"Id").toString();
        image.repoTags = stringsFromJson(o.value(u"RepoTags"));
        image.created = timeFromJson(o.value(u"Created"));
        image.size = sizeFromJson(o.value(u"Size"));
        image.sharedSize = sizeFromJson(o.value(u"SharedSize"), -1);
        image.containers = o.value(u"Containers").toInt(-1);
        usage.images.append(image);
    }

    const QJsonArray containers = json.value(u"Containers").toArray();
    for (const QJsonValue &value : containers) {
        const QJsonObject o = value.toObject();
        Container container;
        container.id = o.value(u"Id").toString();
        const QStringList names = stringsFromJson(o.value(u"Names"));
        container.name = names.isEmpty() ? QString() : names.first();
        if (container.name.startsWith(u'/'))
            container.name.remove(0, 1);
        container.image = o.value(u"Image").toString();
        container.state = o.value(u"State").toString();
        container.sizeRw = sizeFromJson(o.value(u"SizeRw"));
        container.sizeRootFs = sizeFromJson(o.value(u"SizeRootFs"));
        usage.containers.append(container);
    }

    const QJsonArray volumes = json.value(u"Volumes").toArray();
    for (const QJsonValue &value : volumes) {
        const QJsonObject o = value.toObject();
        const QJsonObject data = o.value(u"UsageData").toObject();
        usage.volumes.append({o.value(u"Name").toString(), o.value(u"Driver").toString(),
                              sizeFromJson(data.value(u"Size"), -1), data.value(u"RefCount").toInteger(-1)});
    }

    const QJsonArray cache = json.value(u"BuildCache").toArray();
    for (const QJsonValue &value : cache) {
        const QJsonObject o = value.toObject();
        BuildCacheEntry entry;
        entry.id = o.value(u"ID").toString();
        entry.type = o.value(u"Type").toString();
        entry.description = o.value(u"Description").toString();
        entry.size = sizeFromJson(o.value(u"Size"));
        entry.inUse = o.value(u"InUse").toBool();
        entry.shared = o.value(u"Shared").toBool();
        entry.usageCount = o.value(u"UsageCount").toInt();
        entry.lastUsed = timeFromJson(o.value(u"LastUsedAt"));
        usage.buildCache.append(entry);
    }
    return usage;
}

}  // namespace Hublot::Engine

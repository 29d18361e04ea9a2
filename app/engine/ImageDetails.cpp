// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ImageDetails.h"

#include <QJsonArray>

namespace Hublot::Engine {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

}  // namespace

ImageDetails ImageDetails::fromJson(const QJsonObject &json)
{
    ImageDetails image;
    image.id = json.value(u"Id").toString();
    image.repoTags = strings(json.value(u"RepoTags"));
    image.repoDigests = strings(json.value(u"RepoDigests"));
    image.created = QDateTime::fromString(json.value(u"Created").toString(), Qt::ISODateWithMs);
    image.size = json.value(u"Size").toInteger();
    image.architecture = json.value(u"Architecture").toString();
    image.os = json.value(u"Os").toString();
    image.author = json.value(u"Author").toString();
    const QJsonObject config = json.value(u"Config").toObject();
    image.cmd = strings(config.value(u"Cmd"));
    image.entrypoint = strings(config.value(u"Entrypoint"));
    image.env = strings(config.value(u"Env"));
    image.workingDir = config.value(u"WorkingDir").toString();
    image.user = config.value(u"User").toString();
    image.exposedPorts = config.value(u"ExposedPorts").toObject().keys();
    image.volumes = config.value(u"Volumes").toObject().keys();
    image.labels = labelsFromJson(config.value(u"Labels"));
    image.layers = strings(json.value(u"RootFS").toObject().value(u"Layers"));
    return image;
}

}  // namespace Hublot::Engine

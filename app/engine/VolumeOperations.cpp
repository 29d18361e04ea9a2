// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/VolumeOperations.h"

#include "engine/EngineClient.h"
#include "engine/OperationReply.h"

#include <QJsonObject>

namespace Hublot::Engine {

VolumeOperations::VolumeOperations(EngineClient *client)
    : m_client(client)
{ }

QFuture<Result<VolumeSummary>> VolumeOperations::inspect(const QString &name)
{
    return OperationReply::map<VolumeSummary>(
        m_client->request(QByteArrayLiteral("GET"), u"/volumes/" + name),
        [](const QJsonDocument &json) { return VolumeSummary::fromJson(json.object()); });
}

QFuture<Result<VolumeSummary>> VolumeOperations::create(const QString &name, const Labels &labels,
                                                        const QString &driver)
{
    QJsonObject json {{QStringLiteral("Name"), name},
                      {QStringLiteral("Driver"), driver.isEmpty() ? QStringLiteral("local") : driver}};
    QJsonObject labelsJson;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        labelsJson.insert(it.key(), it.value());
    json.insert(QStringLiteral("Labels"), labelsJson);
    return OperationReply::map<VolumeSummary>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/volumes/create"), {},
                          QJsonDocument(json).toJson(QJsonDocument::Compact)),
        [](const QJsonDocument &reply) { return VolumeSummary::fromJson(reply.object()); });
}

QFuture<Result<Done>> VolumeOperations::remove(const QString &name, bool force)
{
    QUrlQuery query;
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    return OperationReply::done(m_client->request(QByteArrayLiteral("DELETE"), u"/volumes/" + name, query));
}

QFuture<Result<PruneReport>> VolumeOperations::prune(const QStringList &labelFilters, bool includeNamed)
{
    QMap<QString, QStringList> filters {{QStringLiteral("label"), labelFilters}};
    // Engines older than API 1.42 prune named volumes anyway and reject "all".
    if (includeNamed && EngineClient::apiMinor(m_client->apiVersion()) >= 42)
        filters.insert(QStringLiteral("all"), {QStringLiteral("true")});
    return OperationReply::map<PruneReport>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/volumes/prune"),
                          OperationReply::filters(filters)),
        [](const QJsonDocument &json) { return PruneReport::fromJson(json.object()); });
}

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SystemOperations.h"

#include "engine/EngineClient.h"
#include "engine/OperationReply.h"

#include <QUrl>

namespace Hublot::Engine {

SystemOperations::SystemOperations(EngineClient *client)
    : m_client(client)
{ }

QFuture<Result<EngineInfo>> SystemOperations::info()
{
    return OperationReply::map<EngineInfo>(
        m_client->request(QByteArrayLiteral("GET"), QStringLiteral("/info")),
        [](const QJsonDocument &json) { return EngineInfo::fromJson(json.object()); });
}

QFuture<Result<DiskUsage>> SystemOperations::diskUsage()
{
    return OperationReply::map<DiskUsage>(m_client->request(QByteArrayLiteral("GET"), QStringLiteral("/system/df")),
                                          [](const QJsonDocument &json) { return DiskUsage::fromJson(json.object()); });
}

QFuture<Result<ContainerStats>> SystemOperations::oneShotStats(const QString &container)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("stream"), QStringLiteral("0"));
    // one-shot came with API 1.41, the oldest Hublot speaks.
    query.addQueryItem(QStringLiteral("one-shot"), QStringLiteral("1"));
    return OperationReply::map<ContainerStats>(
        m_client->request(QByteArrayLiteral("GET"),
                          u"/containers/" + QString::fromLatin1(QUrl::toPercentEncoding(container)) + u"/stats", query),
        [](const QJsonDocument &json) { return ContainerStats::fromSample(StatsSample::fromJson(json.object())); });
}

}  // namespace Hublot::Engine

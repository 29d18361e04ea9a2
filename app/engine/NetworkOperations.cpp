// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/NetworkOperations.h"

#include "engine/EngineClient.h"
#include "engine/OperationReply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Hublot::Engine {

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

}  // namespace

NetworkOperations::NetworkOperations(EngineClient *client)
    : m_client(client)
{ }

QFuture<Result<NetworkDetails>> NetworkOperations::inspect(const QString &idOrName)
{
    return OperationReply::map<NetworkDetails>(
        m_client->request(QByteArrayLiteral("GET"), u"/networks/" + idOrName),
        [](const QJsonDocument &json) { return NetworkDetails::fromJson(json.object()); });
}

QFuture<Result<QString>> NetworkOperations::create(const CreateRequest &request)
{
    QJsonObject json {{QStringLiteral("Name"), request.name},
                      {QStringLiteral("Driver"), request.driver.isEmpty() ? QStringLiteral("bridge") : request.driver},
                      {QStringLiteral("Internal"), request.internal},
                      {QStringLiteral("Attachable"), request.attachable},
                      {QStringLiteral("CheckDuplicate"), true}};
    QJsonObject labels;
    for (auto it = request.labels.begin(); it != request.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    json.insert(QStringLiteral("Labels"), labels);
    if (!request.subnet.isEmpty()) {
        QJsonObject config {{QStringLiteral("Subnet"), request.subnet}};
        if (!request.gateway.isEmpty())
            config.insert(QStringLiteral("Gateway"), request.gateway);
        json.insert(QStringLiteral("IPAM"), QJsonObject {{QStringLiteral("Config"), QJsonArray {config}}});
    }
    return OperationReply::map<QString>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/networks/create"), {}, compact(json)),
        [](const QJsonDocument &reply) { return reply.object().value(u"Id").toString(); });
}

QFuture<Result<Done>> NetworkOperations::remove(const QString &idOrName)
{
    return OperationReply::done(m_client->request(QByteArrayLiteral("DELETE"), u"/networks/" + idOrName));
}

QFuture<Result<PruneReport>> NetworkOperations::prune(const QStringList &labelFilters)
{
    return OperationReply::map<PruneReport>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/networks/prune"),
                          OperationReply::filters({{QStringLiteral("label"), labelFilters}})),
        [](const QJsonDocument &json) { return PruneReport::fromJson(json.object()); });
}

QFuture<Result<Done>> NetworkOperations::connect(const QString &network, const QString &container,
                                                 const QStringList &aliases, const QString &ipv4Address)
{
    QJsonObject endpoint;
    if (!aliases.isEmpty())
        endpoint.insert(QStringLiteral("Aliases"), QJsonArray::fromStringList(aliases));
    if (!ipv4Address.isEmpty())
        endpoint.insert(QStringLiteral("IPAMConfig"), QJsonObject {{QStringLiteral("IPv4Address"), ipv4Address}});
    const QJsonObject json {{QStringLiteral("Container"), container}, {QStringLiteral("EndpointConfig"), endpoint}};
    return OperationReply::done(
        m_client->request(QByteArrayLiteral("POST"), u"/networks/" + network + u"/connect", {}, compact(json)));
}

QFuture<Result<Done>> NetworkOperations::disconnect(const QString &network, const QString &container, bool force)
{
    const QJsonObject json {{QStringLiteral("Container"), container}, {QStringLiteral("Force"), force}};
    return OperationReply::done(
        m_client->request(QByteArrayLiteral("POST"), u"/networks/" + network + u"/disconnect", {}, compact(json)));
}

}  // namespace Hublot::Engine

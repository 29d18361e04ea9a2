// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ServiceOperations.h"

#include "engine/EngineClient.h"
#include "engine/OperationReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QUrlQuery>

#include <memory>

namespace Hublot::Engine {

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonObject labelsJson(const Labels &labels)
{
    QJsonObject json;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

}  // namespace

ServiceOperations::ServiceOperations(EngineClient *client)
    : m_client(client)
{ }

QFuture<Result<QList<ServiceSummary>>> ServiceOperations::list()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("true"));
    return m_client->request(QByteArrayLiteral("GET"), QStringLiteral("/services"), query)
        .then([](const Result<QJsonDocument> &reply) -> Result<QList<ServiceSummary>> {
            if (!reply.ok()) {
                // 503: "This node is not a swarm manager".
                if (reply.error().httpStatus == 503)
                    return QList<ServiceSummary>();
                return reply.error().refined();
            }
            QList<ServiceSummary> services;
            for (const QJsonValue &value : reply->array())
                services.append(ServiceSummary::fromJson(value.toObject()));
            return services;
        });
}

QFuture<Result<QString>> ServiceOperations::create(const CreateRequest &request)
{
    QJsonObject container {{QStringLiteral("Image"), request.image},
                           {QStringLiteral("Labels"), labelsJson(request.labels)}};
    if (!request.command.isEmpty())
        container.insert(QStringLiteral("Args"), QJsonArray::fromStringList(request.command));
    QJsonArray ports;
    for (const ServiceSummary::Port &port : request.ports) {
        ports.append(
            QJsonObject {{QStringLiteral("Protocol"), port.protocol.isEmpty() ? QStringLiteral("tcp") : port.protocol},
                         {QStringLiteral("TargetPort"), port.target},
                         {QStringLiteral("PublishedPort"), port.published}});
    }
    const QJsonObject json {
        {QStringLiteral("Name"), request.name},
        {QStringLiteral("Labels"), labelsJson(request.labels)},
        {QStringLiteral("TaskTemplate"), QJsonObject {{QStringLiteral("ContainerSpec"), container}}},
        {QStringLiteral("Mode"),
         QJsonObject {{QStringLiteral("Replicated"), QJsonObject {{QStringLiteral("Replicas"), request.replicas}}}}},
        {QStringLiteral("EndpointSpec"), QJsonObject {{QStringLiteral("Ports"), ports}}}};
    return OperationReply::map<QString>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/services/create"), {}, compact(json)),
        [](const QJsonDocument &reply) { return reply.object().value(u"ID").toString(); });
}

QFuture<Result<Done>> ServiceOperations::scale(const QString &idOrName, int replicas)
{
    // An update names the version it changes and carries the whole spec:
    // the current one is read first, as `docker service scale` does.
    EngineClient *client = m_client;
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    client->request(QByteArrayLiteral("GET"), u"/services/" + idOrName)
        .then(client, [client, promise, idOrName, replicas](const Result<QJsonDocument> &current) {
            if (!current.ok()) {
                promise->addResult(current.error());
                promise->finish();
                return;
            }
            const QJsonObject service = current->object();
            QJsonObject spec = service.value(u"Spec").toObject();
            spec.insert(
                QStringLiteral("Mode"),
                QJsonObject {{QStringLiteral("Replicated"), QJsonObject {{QStringLiteral("Replicas"), replicas}}}});
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("version"),
                               QString::number(service.value(u"Version").toObject().value(u"Index").toInteger()));
            OperationReply::done(client->request(QByteArrayLiteral("POST"),
                                                 u"/services/" + service.value(u"ID").toString() + u"/update", query,
                                                 compact(spec)))
                .then(client, [promise](const Result<Done> &updated) {
                    promise->addResult(updated);
                    promise->finish();
                });
        });
    return promise->future();
}

QFuture<Result<Done>> ServiceOperations::remove(const QString &idOrName)
{
    return OperationReply::done(m_client->request(QByteArrayLiteral("DELETE"), u"/services/" + idOrName));
}

QFuture<Result<QString>> ServiceOperations::initSwarm(const QString &advertiseAddress)
{
    // Managers talk on port 2377: on every address, as `docker swarm init`
    // listens, or only on the one advertised.
    QJsonObject json {{QStringLiteral("ListenAddr"),
                       advertiseAddress.isEmpty() ? QStringLiteral("0.0.0.0:2377") : advertiseAddress + u":2377"}};
    if (!advertiseAddress.isEmpty())
        json.insert(QStringLiteral("AdvertiseAddr"), advertiseAddress);
    // The engine answers with the new node's id, as a bare JSON string.
    return OperationReply::map<QString>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/swarm/init"), {}, compact(json)),
        [](const QJsonDocument &reply) { return reply.array().first().toString(); });
}

}  // namespace Hublot::Engine

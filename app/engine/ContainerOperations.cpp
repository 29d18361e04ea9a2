// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContainerOperations.h"

#include "engine/EngineClient.h"
#include "engine/OperationReply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace Hublot::Engine {

namespace {

QString containerPath(const QString &idOrName, QStringView action = {})
{
    QString path = u"/containers/" + idOrName;
    if (!action.isEmpty())
        path += u'/' + action.toString();
    return path;
}

QUrlQuery timeoutQuery(std::optional<int> timeoutSeconds)
{
    QUrlQuery query;
    if (timeoutSeconds)
        query.addQueryItem(QStringLiteral("t"), QString::number(*timeoutSeconds));
    return query;
}

}  // namespace

ContainerOperations::ContainerOperations(EngineClient *client)
    : m_client(client)
{ }

QFuture<Result<Done>> ContainerOperations::post(const QString &path, const QUrlQuery &query)
{
    return OperationReply::done(m_client->request(QByteArrayLiteral("POST"), path, query));
}

QFuture<Result<ContainerDetails>> ContainerOperations::inspect(const QString &idOrName)
{
    return OperationReply::map<ContainerDetails>(
        m_client->request(QByteArrayLiteral("GET"), containerPath(idOrName, u"json")),
        [](const QJsonDocument &json) { return ContainerDetails::fromJson(json.object()); });
}

QFuture<Result<QJsonObject>> ContainerOperations::inspectJson(const QString &idOrName)
{
    return OperationReply::map<QJsonObject>(
        m_client->request(QByteArrayLiteral("GET"), containerPath(idOrName, u"json")),
        [](const QJsonDocument &json) { return json.object(); });
}

QFuture<Result<QList<ContainerSummary>>> ContainerOperations::list(const QStringList &states,
                                                                   const QStringList &labelFilters, bool withSizes)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (withSizes)
        query.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
    query
        = OperationReply::filters({{QStringLiteral("status"), states}, {QStringLiteral("label"), labelFilters}}, query);
    return OperationReply::map<QList<ContainerSummary>>(
        m_client->request(QByteArrayLiteral("GET"), QStringLiteral("/containers/json"), query),
        [](const QJsonDocument &json) {
            QList<ContainerSummary> list;
            for (const QJsonValue &value : json.array())
                list.append(ContainerSummary::fromJson(value.toObject()));
            return list;
        });
}

QFuture<Result<QString>> ContainerOperations::create(const CreateContainerRequest &request)
{
    QUrlQuery query;
    if (!request.name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), request.name);
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return OperationReply::map<QString>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/containers/create"), query, body),
        [](const QJsonDocument &json) { return json.object().value(u"Id").toString(); });
}

QFuture<Result<Done>> ContainerOperations::start(const QString &idOrName)
{
    return post(containerPath(idOrName, u"start"));
}

QFuture<Result<Done>> ContainerOperations::stop(const QString &idOrName, std::optional<int> timeoutSeconds)
{
    return post(containerPath(idOrName, u"stop"), timeoutQuery(timeoutSeconds));
}

QFuture<Result<Done>> ContainerOperations::restart(const QString &idOrName, std::optional<int> timeoutSeconds)
{
    return post(containerPath(idOrName, u"restart"), timeoutQuery(timeoutSeconds));
}

QFuture<Result<Done>> ContainerOperations::kill(const QString &idOrName, const QString &signal)
{
    QUrlQuery query;
    if (!signal.isEmpty())
        query.addQueryItem(QStringLiteral("signal"), signal);
    return post(containerPath(idOrName, u"kill"), query);
}

QFuture<Result<Done>> ContainerOperations::pause(const QString &idOrName)
{
    return post(containerPath(idOrName, u"pause"));
}

QFuture<Result<Done>> ContainerOperations::unpause(const QString &idOrName)
{
    return post(containerPath(idOrName, u"unpause"));
}

QFuture<Result<Done>> ContainerOperations::rename(const QString &idOrName, const QString &newName)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), newName);
    return post(containerPath(idOrName, u"rename"), query);
}

QFuture<Result<Done>> ContainerOperations::remove(const QString &idOrName, bool force, bool removeVolumes)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("v"), removeVolumes ? QStringLiteral("1") : QStringLiteral("0"));
    return OperationReply::done(m_client->request(QByteArrayLiteral("DELETE"), containerPath(idOrName), query));
}

QFuture<Result<PruneReport>> ContainerOperations::prune(const QStringList &labelFilters)
{
    const QUrlQuery query = OperationReply::filters({{QStringLiteral("label"), labelFilters}});
    return OperationReply::map<PruneReport>(
        m_client->request(QByteArrayLiteral("POST"), QStringLiteral("/containers/prune"), query),
        [](const QJsonDocument &json) { return PruneReport::fromJson(json.object()); });
}

QFuture<Result<ProcessList>> ContainerOperations::top(const QString &idOrName, const QString &psArgs)
{
    QUrlQuery query;
    if (!psArgs.isEmpty())
        query.addQueryItem(QStringLiteral("ps_args"), psArgs);
    return OperationReply::map<ProcessList>(
        m_client->request(QByteArrayLiteral("GET"), containerPath(idOrName, u"top"), query),
        [](const QJsonDocument &json) { return ProcessList::fromJson(json.object()); });
}

QFuture<Result<QList<FileChange>>> ContainerOperations::changes(const QString &idOrName)
{
    return OperationReply::map<QList<FileChange>>(
        m_client->request(QByteArrayLiteral("GET"), containerPath(idOrName, u"changes")),
        [](const QJsonDocument &json) {
            QList<FileChange> list;
            for (const QJsonValue &value : json.array())
                list.append(FileChange::fromJson(value.toObject()));
            return list;
        });
}

QFuture<Result<ContainerOperations::Exit>> ContainerOperations::wait(const QString &idOrName, WaitCondition condition)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("condition"),
                       condition == WaitCondition::NextExit      ? QStringLiteral("next-exit")
                           : condition == WaitCondition::Removed ? QStringLiteral("removed")
                                                                 : QStringLiteral("not-running"));
    const QString path = containerPath(idOrName, u"wait");
    // A stream, not request(): the reply comes when the container stops,
    // which may be long after any transfer timeout.
    QNetworkReply *reply = m_client->openStream(QByteArrayLiteral("POST"), path, query);
    // Owned by the client: if it goes first, the reply goes with it and the future is cancelled.
    reply->setParent(m_client);
    auto promise = std::make_shared<QPromise<Result<Exit>>>();
    promise->start();
    QFuture<Result<Exit>> future = promise->future();
    EngineClient *client = m_client;
    QObject::connect(reply, &QNetworkReply::finished, client, [client, reply, promise, path] {
        reply->deleteLater();
        const QString what = u"POST " + path;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            promise->addResult(client->errorFor(reply, what).refined());
        } else {
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            Exit exit;
            exit.exitCode = json.value(u"StatusCode").toInt();
            exit.error = json.value(u"Error").toObject().value(u"Message").toString();
            promise->addResult(exit);
        }
        promise->finish();
    });
    return future;
}

}  // namespace Hublot::Engine

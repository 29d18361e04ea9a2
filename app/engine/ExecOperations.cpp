// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ExecOperations.h"

#include "engine/EngineClient.h"
#include "engine/HijackedConnection.h"

#include <QJsonArray>
#include <QUrl>

namespace Hublot::Engine {

namespace {

// API 1.42 added the TTY's size to the start request.
constexpr int ConsoleSizeApiMinor = 42;

template <typename T> QFuture<Result<T>> failed(const QString &what)
{
    return QtFuture::makeReadyValueFuture(
        Result<T>(EngineError::make(EngineError::Kind::Cancelled, QStringLiteral("the client is gone"), what)));
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

}  // namespace

ExecOperations::State ExecOperations::State::fromJson(const QJsonObject &json)
{
    State state;
    state.id = json.value(u"ID").toString();
    state.containerId = json.value(u"ContainerID").toString();
    state.running = json.value(u"Running").toBool();
    state.pid = json.value(u"Pid").toInteger();
    const QJsonValue exitCode = json.value(u"ExitCode");
    if (!state.running && exitCode.isDouble())
        state.exitCode = exitCode.toInt();
    return state;
}

ExecOperations::ExecOperations(EngineClient *client)
    : m_client(client)
{ }

QFuture<Result<QString>> ExecOperations::create(const QString &container, const Config &config)
{
    const QString path = u"/containers/" + segment(container) + u"/exec";
    if (!m_client)
        return failed<QString>(u"POST " + path);
    QJsonObject body {
        {QStringLiteral("Cmd"), QJsonArray::fromStringList(config.command)},
        {QStringLiteral("Tty"), config.tty},
        {QStringLiteral("AttachStdin"), config.attachStdin},
        {QStringLiteral("AttachStdout"), config.attachStdout},
        {QStringLiteral("AttachStderr"), config.attachStderr},
    };
    if (!config.user.isEmpty())
        body.insert(QStringLiteral("User"), config.user);
    if (!config.env.isEmpty())
        body.insert(QStringLiteral("Env"), QJsonArray::fromStringList(config.env));
    if (!config.workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), config.workingDir);
    const QString what = u"POST " + path;
    return m_client->request(QByteArrayLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact))
        .then([what](const Result<QJsonDocument> &reply) -> Result<QString> {
            if (!reply.ok())
                return reply.error();
            const QString id = reply->object().value(u"Id").toString();
            if (id.isEmpty())
                return EngineError::make(EngineError::Kind::MalformedReply, QStringLiteral("no Id in the reply"), what);
            return id;
        });
}

HijackedConnection *ExecOperations::start(const QString &execId, bool tty, const std::optional<QSize> &consoleSize,
                                          QObject *parent)
{
    QJsonObject body {{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), tty}};
    const QString api = m_client ? m_client->apiVersion() : QString();
    if (tty && consoleSize && EngineClient::apiMinor(api) >= ConsoleSizeApiMinor)
        body.insert(QStringLiteral("ConsoleSize"), QJsonArray {consoleSize->height(), consoleSize->width()});
    const QString path = u"/exec/" + segment(execId) + u"/start";
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!m_client) {
        return HijackedConnection::withoutClient(QByteArrayLiteral("POST"), path, parent);
    }
    return m_client->openHijacked(QByteArrayLiteral("POST"), path, {}, json, tty, parent);
}

QFuture<Result<std::monostate>> ExecOperations::resize(const QString &execId, QSize size)
{
    const QString path = u"/exec/" + segment(execId) + u"/resize";
    if (!m_client)
        return failed<std::monostate>(u"POST " + path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("h"), QString::number(size.height()));
    query.addQueryItem(QStringLiteral("w"), QString::number(size.width()));
    return m_client->request(QByteArrayLiteral("POST"), path, query)
        .then([](const Result<QJsonDocument> &reply) -> Result<std::monostate> {
            if (!reply.ok())
                return reply.error();
            return std::monostate {};
        });
}

QFuture<Result<ExecOperations::State>> ExecOperations::inspect(const QString &execId)
{
    const QString path = u"/exec/" + segment(execId) + u"/json";
    if (!m_client)
        return failed<State>(u"GET " + path);
    return m_client->request(QByteArrayLiteral("GET"), path).then([](const Result<QJsonDocument> &reply) {
        return reply.map([](const QJsonDocument &json) { return State::fromJson(json.object()); });
    });
}

}  // namespace Hublot::Engine

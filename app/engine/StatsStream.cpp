// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/StatsStream.h"

#include "engine/EngineClient.h"
#include "engine/JsonLinesParser.h"

#include <QNetworkReply>
#include <QUrl>

namespace Hublot::Engine {

namespace {

bool isRefusal(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300;
}

}  // namespace

StatsStream::StatsStream(EngineClient *client, const QString &container, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_address(client->endpoint().address())
{
    const QString path = u"/containers/" + QString::fromLatin1(QUrl::toPercentEncoding(container)) + u"/stats";
    m_what = u"GET " + path;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("stream"), QStringLiteral("1"));
    m_reply = client->openStream(QByteArrayLiteral("GET"), path, query);
    connect(m_reply, &QNetworkReply::readyRead, this, &StatsStream::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &StatsStream::onFinished);
}

StatsStream::~StatsStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void StatsStream::cancel()
{
    if (m_ended)
        return;
    fail(EngineError::Kind::Cancelled, {});
}

void StatsStream::readAvailable()
{
    // A refusal's body is the engine's message, which onFinished() reads.
    if (m_ended || !m_reply || isRefusal(m_reply))
        return;
    m_buffer += m_reply->readAll();
    for (;;) {
        const JsonLinesParser::Step step = JsonLinesParser::parse(m_buffer);
        m_buffer.remove(0, step.consumed);
        if (step.status == JsonLinesParser::Status::Incomplete)
            return;
        if (step.status == JsonLinesParser::Status::Malformed) {
            fail(EngineError::Kind::MalformedReply, step.error);
            return;
        }
        Q_EMIT sample(ContainerStats::fromSample(StatsSample::fromJson(step.object)));
        if (m_ended)  // a receiver cancelled the stream
            return;
    }
}

void StatsStream::onFinished()
{
    if (m_ended || !m_reply)
        return;
    readAvailable();
    if (m_ended)
        return;
    if (m_reply->error() != QNetworkReply::NoError || isRefusal(m_reply)) {
        EngineError error = m_client ? m_client->errorFor(m_reply, m_what).refined()
                                     : EngineError::make(EngineError::Kind::ConnectionLost, {}, m_what);
        finish(error);
        return;
    }
    if (!m_buffer.trimmed().isEmpty()) {
        fail(EngineError::Kind::ConnectionLost, QStringLiteral("the stream ended inside a sample"));
        return;
    }
    finish(std::nullopt);
}

void StatsStream::fail(EngineError::Kind kind, const QString &message)
{
    EngineError error = EngineError::make(kind, message, m_what);
    error.address = m_address;
    finish(error);
}

void StatsStream::finish(const std::optional<EngineError> &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_buffer.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT ended(error);
}

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EventStream.h"

#include "engine/JsonLinesParser.h"

#include <QNetworkReply>

namespace Hublot::Engine {

EventStream::EventStream(QNetworkReply *reply, QString address, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_address(std::move(address))
{
    connect(reply, &QNetworkReply::readyRead, this, &EventStream::readAvailable);
    connect(reply, &QNetworkReply::finished, this, [this] {
        readAvailable();
        if (m_ended)
            return;
        EngineError error;
        if (m_reply->error() == QNetworkReply::OperationCanceledError) {
            error.kind = EngineError::Kind::Cancelled;
        } else {
            error.kind = EngineError::Kind::ConnectionLost;
            error.engineMessage = m_reply->errorString();
        }
        error.request = QStringLiteral("GET /events");
        error.address = m_address;
        finish(error);
    });
}

EventStream::~EventStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void EventStream::cancel()
{
    if (m_ended)
        return;
    EngineError error = EngineError::make(EngineError::Kind::Cancelled, {}, QStringLiteral("GET /events"));
    error.address = m_address;
    finish(error);
}

void EventStream::readAvailable()
{
    if (m_ended || !m_reply)
        return;
    m_buffer += m_reply->readAll();
    for (;;) {
        const JsonLinesParser::Step step = JsonLinesParser::parse(m_buffer);
        m_buffer.remove(0, step.consumed);
        if (step.status == JsonLinesParser::Status::Incomplete)
            return;
        if (step.status == JsonLinesParser::Status::Malformed) {
            EngineError error
                = EngineError::make(EngineError::Kind::MalformedReply, step.error, QStringLiteral("GET /events"));
            error.address = m_address;
            finish(error);
            return;
        }
        Q_EMIT eventReceived(DockerEvent::fromJson(step.object));
        if (m_ended)  // a receiver cancelled the stream
            return;
    }
}

void EventStream::finish(const EngineError &error)
{
    m_ended = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT ended(error);
}

}  // namespace Hublot::Engine

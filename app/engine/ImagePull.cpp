// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ImagePull.h"

#include "engine/EngineClient.h"

#include <QNetworkReply>

namespace Hublot::Engine {

ImagePull::ImagePull(EngineClient *client, QNetworkReply *reply, QString what, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reply(reply)
    , m_what(std::move(what))
{
    connect(reply, &QNetworkReply::readyRead, this, &ImagePull::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ImagePull::replyFinished);
}

ImagePull::~ImagePull()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

EngineError ImagePull::makeError(EngineError::Kind kind, const QString &message) const
{
    EngineError error = EngineError::make(kind, message, m_what);
    if (m_client)
        error.address = m_client->endpoint().address();
    return error;
}

void ImagePull::cancel()
{
    if (!m_finished)
        finish(makeError(EngineError::Kind::Cancelled, {}));
}

void ImagePull::readAvailable()
{
    if (m_finished || !m_reply)
        return;
    // An HTTP error's body is one JSON message, not a stream: replyFinished() reads it.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return;
    m_buffer += m_reply->readAll();
    for (;;) {
        ProgressMessage message;
        const ProgressMessage::Step step = ProgressMessage::parse(m_buffer, message);
        m_buffer.remove(0, step.consumed);
        if (step.status == ProgressMessage::Status::Incomplete)
            return;
        if (step.status == ProgressMessage::Status::Malformed) {
            finish(makeError(EngineError::Kind::MalformedReply, step.error));
            return;
        }
        m_state.apply(message);
        Q_EMIT progress(message, m_state);
        if (m_finished)  // a receiver cancelled
            return;
        if (message.isError()) {
            // The stream reports a failure after its 200 header: the kind comes from the message alone.
            finish(makeError(EngineError::kindFor(0, message.error), message.error));
            return;
        }
    }
}

void ImagePull::replyFinished()
{
    if (m_finished || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        if (m_reply->error() == QNetworkReply::OperationCanceledError) {
            finish(makeError(EngineError::Kind::Cancelled, {}));
        } else if (m_client) {
            finish(m_client->errorFor(m_reply, m_what).refined());
        } else {
            finish(makeError(EngineError::Kind::ConnectionLost, m_reply->errorString()));
        }
        return;
    }
    readAvailable();
    if (m_finished)
        return;
    if (!m_buffer.trimmed().isEmpty()) {
        finish(makeError(EngineError::Kind::MalformedReply, QStringLiteral("the stream ended inside a message")));
        return;
    }
    finish(Done {});
}

void ImagePull::finish(const Result<Done> &result)
{
    m_finished = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(result);
}

}  // namespace Hublot::Engine

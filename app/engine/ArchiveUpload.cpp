// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ArchiveUpload.h"

#include "engine/EngineClient.h"
#include "engine/JsonLinesParser.h"

#include <QFileDevice>
#include <QNetworkReply>

namespace Hublot::Engine {

ArchiveUpload::ArchiveUpload(EngineClient *client, QNetworkReply *reply, QFileDevice *body, Kind kind, QString what,
                             QObject *parent)
    : ArchiveUpload(client, kind, std::move(what), parent)
{
    start(reply, body);
}

ArchiveUpload::ArchiveUpload(EngineClient *client, Kind kind, QString what, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_body(nullptr)
    , m_kind(kind)
    , m_what(std::move(what))
{ }

void ArchiveUpload::start(QNetworkReply *reply, QFileDevice *body)
{
    m_reply = reply;
    m_body = body;
    body->setParent(this);
    connect(reply, &QNetworkReply::uploadProgress, this, &ArchiveUpload::sent);
    connect(reply, &QNetworkReply::readyRead, this, &ArchiveUpload::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ArchiveUpload::replyFinished);
}

void ArchiveUpload::fail(const EngineError &error)
{
    if (!m_finished)
        finish(error);
}

ArchiveUpload::ArchiveUpload(EngineClient *client, const EngineError &error, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_body(nullptr)
    , m_kind(Kind::Build)
{
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (!m_finished)
                finish(error);
        },
        Qt::QueuedConnection);
}

ArchiveUpload::~ArchiveUpload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        // The reply may still read the body: it goes first.
        delete m_reply;
    }
}

EngineError ArchiveUpload::makeError(EngineError::Kind kind, const QString &message) const
{
    EngineError error = EngineError::make(kind, message, m_what);
    if (m_client)
        error.address = m_client->endpoint().address();
    return error;
}

void ArchiveUpload::cancel()
{
    if (!m_finished)
        finish(makeError(EngineError::Kind::Cancelled, {}));
}

void ArchiveUpload::readAvailable()
{
    if (m_finished || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return;
    m_buffer += m_reply->readAll();
    for (;;) {
        const JsonLinesParser::Step step = JsonLinesParser::parse(m_buffer);
        m_buffer.remove(0, step.consumed);
        if (step.status == JsonLinesParser::Status::Incomplete)
            return;
        if (step.status == JsonLinesParser::Status::Malformed) {
            finish(makeError(EngineError::Kind::MalformedReply, step.error));
            return;
        }
        handle(step.object);
        if (m_finished)
            return;
    }
}

void ArchiveUpload::handle(const QJsonObject &line)
{
    if (line.contains(u"error") || line.contains(u"errorDetail")) {
        QString message = line.value(u"error").toString();
        if (message.isEmpty())
            message = line.value(u"errorDetail").toObject().value(u"message").toString();
        EngineError::Kind kind = EngineError::Kind::BuildFailed;
        if (m_kind != Kind::Build) {
            kind = EngineError::kindFor(0, message);
            if (kind == EngineError::Kind::Unknown)
                kind = EngineError::Kind::ServerError;
        }
        finish(makeError(kind, message.trimmed()));
        return;
    }
    const QString stream = line.value(u"stream").toString();
    const QString status = line.value(u"status").toString();
    if (m_kind == Kind::Build) {
        const QString id = line.value(u"aux").toObject().value(u"ID").toString();
        if (!id.isEmpty())
            m_image = id;
    } else if (m_kind == Kind::Import && !status.isEmpty() && line.value(u"id").toString().isEmpty()) {
        m_image = status.trimmed();  // import's last status is the new image's id
    } else if (m_kind == Kind::Load) {
        for (const QString &prefix : {QStringLiteral("Loaded image: "), QStringLiteral("Loaded image ID: ")}) {
            if (stream.startsWith(prefix))
                m_image = stream.mid(prefix.size()).trimmed();
        }
    }
    if (!stream.isEmpty())
        Q_EMIT output(stream);
    else if (!status.isEmpty())
        Q_EMIT output(status);
}

void ArchiveUpload::replyFinished()
{
    if (m_finished || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        if (m_reply->error() == QNetworkReply::OperationCanceledError) {
            finish(makeError(EngineError::Kind::Cancelled, {}));
        } else if (m_client) {
            EngineError error = m_client->errorFor(m_reply, m_what).refined();
            if (m_kind == Kind::Build && (status == 400 || status == 500))
                error.kind = EngineError::Kind::BuildFailed;
            finish(error);
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
    if (m_image.isEmpty()) {
        finish(makeError(EngineError::Kind::MalformedReply, QStringLiteral("the engine named no image")));
        return;
    }
    finish(m_image);
}

void ArchiveUpload::finish(const Result<QString> &result)
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

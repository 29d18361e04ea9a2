// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ArchiveDownload.h"

#include "engine/EngineClient.h"

#include <QFile>
#include <QNetworkReply>

namespace Hublot::Engine {

namespace {
// The reply buffers no more than this before we write it out: a slow disk
// slows the transfer instead of filling memory.
constexpr qint64 ReadBufferSize = 1024 * 1024;
}  // namespace

ArchiveDownload::ArchiveDownload(EngineClient *client, QNetworkReply *reply, QFileDevice *sink, QString what,
                                 bool removeOnFailure, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reply(reply)
    , m_sink(sink)
    , m_what(std::move(what))
    , m_removeOnFailure(removeOnFailure)
{
    sink->setParent(this);
    reply->setReadBufferSize(ReadBufferSize);
    connect(reply, &QNetworkReply::readyRead, this, &ArchiveDownload::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ArchiveDownload::replyFinished);
}

ArchiveDownload::ArchiveDownload(EngineClient *client, const EngineError &error, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sink(nullptr)
    , m_removeOnFailure(false)
{
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (!m_finished)
                finish(error);
        },
        Qt::QueuedConnection);
}

ArchiveDownload::~ArchiveDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

EngineError ArchiveDownload::makeError(EngineError::Kind kind, const QString &message) const
{
    EngineError error = EngineError::make(kind, message, m_what);
    if (m_client)
        error.address = m_client->endpoint().address();
    return error;
}

void ArchiveDownload::cancel()
{
    if (!m_finished)
        finish(makeError(EngineError::Kind::Cancelled, {}));
}

void ArchiveDownload::readAvailable()
{
    if (m_finished || !m_reply)
        return;
    // An HTTP error's body is the engine's message: replyFinished() reads it.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    if (m_sink->write(bytes) != bytes.size()) {
        EngineError error = makeError(EngineError::Kind::LocalFileFailed, m_sink->errorString());
        error.path = m_sink->fileName();
        finish(error);
        return;
    }
    m_received += bytes.size();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    Q_EMIT progress(m_received, length.isValid() ? length.toLongLong() : -1);
}

void ArchiveDownload::replyFinished()
{
    if (m_finished || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        if (m_reply->error() == QNetworkReply::OperationCanceledError)
            finish(makeError(EngineError::Kind::Cancelled, {}));
        else if (m_client)
            finish(m_client->errorFor(m_reply, m_what).refined());
        else
            finish(makeError(EngineError::Kind::ConnectionLost, m_reply->errorString()));
        return;
    }
    readAvailable();
    if (m_finished)
        return;
    if (!m_sink->flush()) {
        EngineError error = makeError(EngineError::Kind::LocalFileFailed, m_sink->errorString());
        error.path = m_sink->fileName();
        finish(error);
        return;
    }
    finish(Done {});
}

void ArchiveDownload::finish(const Result<Done> &result)
{
    m_finished = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (!result.ok() && m_removeOnFailure && m_sink) {
        m_sink->close();
        QFile::remove(m_sink->fileName());
    }
    Q_EMIT finished(result);
}

}  // namespace Hublot::Engine

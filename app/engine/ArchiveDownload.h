// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Done.h"
#include "engine/EngineError.h"
#include "engine/Result.h"

#include <QObject>
#include <QPointer>

class QFileDevice;
class QNetworkReply;

namespace Hublot::Engine {

class EngineClient;

/// A large reply (container export, image save, an archive of a path)
/// written to a file as it arrives, made by ArchiveOperations. Lives on the
/// client's thread; emits progress() as bytes arrive and finished() exactly
/// once: with Done when the engine closed the stream cleanly (the file then
/// holds it all, flushed), else with the error (an HTTP error, a dropped
/// connection, a write failure, or cancel(): kind Cancelled). A file given
/// by path is removed on failure.
class ArchiveDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveDownload)

public:
    /// Takes ownership of reply and of sink (open for writing).
    ArchiveDownload(EngineClient *client, QNetworkReply *reply, QFileDevice *sink, QString what, bool removeOnFailure,
                    QObject *parent = nullptr);
    /// A transfer that could not start (its tar or file could not be made):
    /// finished() gives error from the event loop, once receivers are connected.
    ArchiveDownload(EngineClient *client, const EngineError &error, QObject *parent = nullptr);
    ~ArchiveDownload() override;

    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_finished; }
    [[nodiscard]] qint64 bytesReceived() const { return m_received; }
    /// The file written to; for a spool, valid until this object is deleted.
    [[nodiscard]] QFileDevice *file() const { return m_sink; }

Q_SIGNALS:
    /// total is -1 when the engine does not say (it streams exports chunked).
    void progress(qint64 received, qint64 total);
    void finished(const Hublot::Engine::Result<Hublot::Engine::Done> &result);

private:
    void readAvailable();
    void replyFinished();
    void finish(const Result<Done> &result);
    EngineError makeError(EngineError::Kind kind, const QString &message) const;

    QPointer<EngineClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QFileDevice *m_sink;
    QString m_what;
    bool m_removeOnFailure;
    qint64 m_received = 0;
    bool m_finished = false;
};

}  // namespace Hublot::Engine

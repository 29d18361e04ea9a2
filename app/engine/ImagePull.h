// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Done.h"
#include "engine/EngineError.h"
#include "engine/ProgressMessage.h"
#include "engine/PullProgress.h"
#include "engine/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Hublot::Engine {

class EngineClient;

/// A running pull (POST /images/create) or push (POST /images/{name}/push),
/// made by ImageOperations; both report the same progress messages. Lives
/// on the client's thread. Emits progress() for each message and finished()
/// exactly once: with Done when the engine closes the stream cleanly, else
/// with the error (an HTTP error, an error message in the stream, a dropped
/// connection, or cancel(): kind Cancelled).
class ImagePull final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePull)

public:
    /// Takes ownership of reply. what names the request ("POST /images/create").
    ImagePull(EngineClient *client, QNetworkReply *reply, QString what, QObject *parent = nullptr);
    ~ImagePull() override;

    /// Stops the transfer (the engine stops it too); finished() follows with kind Cancelled.
    void cancel();

    [[nodiscard]] bool isRunning() const { return !m_finished; }
    [[nodiscard]] const PullProgress &state() const { return m_state; }

Q_SIGNALS:
    void progress(const Hublot::Engine::ProgressMessage &message, const Hublot::Engine::PullProgress &state);
    void finished(const Hublot::Engine::Result<Hublot::Engine::Done> &result);

private:
    void readAvailable();
    void replyFinished();
    void finish(const Result<Done> &result);
    EngineError makeError(EngineError::Kind kind, const QString &message) const;

    QPointer<EngineClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QString m_what;
    QByteArray m_buffer;
    PullProgress m_state;
    bool m_finished = false;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ContainerStats.h"
#include "engine/EngineError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace Hublot::Engine {

class EngineClient;

/// A container's live resource use (`docker stats`), over
/// GET /containers/{id}/stats?stream=1: about one sample a second.
///
/// Lives on the client's thread and never blocks it; the request starts at
/// once. Emits sample() for each object the engine sends and ended() exactly
/// once: with no error when the engine ends the stream (the container went
/// away), else with the typed error (Cancelled after cancel(),
/// NoSuchContainer, ConnectionLost, MalformedReply).
class StatsStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsStream)

public:
    StatsStream(EngineClient *client, const QString &container, QObject *parent = nullptr);
    ~StatsStream() override;

    /// Stops the stream; ended() follows with kind Cancelled.
    void cancel();

    [[nodiscard]] bool isRunning() const { return !m_ended; }

Q_SIGNALS:
    void sample(const Hublot::Engine::ContainerStats &stats);
    void ended(const std::optional<Hublot::Engine::EngineError> &error);

private:
    void readAvailable();
    void onFinished();
    void fail(EngineError::Kind kind, const QString &message);
    void finish(const std::optional<EngineError> &error);

    QPointer<EngineClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QString m_what;
    QString m_address;
    QByteArray m_buffer;
    bool m_ended = false;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/DockerEvent.h"
#include "engine/EngineError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Hublot::Engine {

/// The engine's live GET /events stream. Created by EngineClient::events();
/// lives on the client's thread. Emits eventReceived() for each message and
/// ended() exactly once: when the engine closes the stream, the connection
/// drops (an error), or cancel() is called (kind Cancelled).
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    EventStream(QNetworkReply *reply, QString address, QObject *parent = nullptr);
    ~EventStream() override;

    /// Stops the stream; ended() follows with kind Cancelled.
    void cancel();

    [[nodiscard]] bool isRunning() const { return !m_ended; }

Q_SIGNALS:
    void eventReceived(const Hublot::Engine::DockerEvent &event);
    void ended(const Hublot::Engine::EngineError &error);

private:
    void readAvailable();
    void finish(const EngineError &error);

    QPointer<QNetworkReply> m_reply;
    QString m_address;
    QByteArray m_buffer;
    bool m_ended = false;
};

}  // namespace Hublot::Engine

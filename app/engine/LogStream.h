// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "engine/StdStream.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>

namespace Hublot::Engine {

class EngineClient;
class HijackedConnection;

/// A container's log (`docker logs [-f]`), line by line, over
/// GET /containers/{id}/logs. It is read on a connection of its own
/// (HijackedConnection) rather than through Qt's HTTP stack: the engine
/// writes each line as a chunk of its own, which Qt's stack hands over one
/// cross-thread signal at a time (about 30 MB/s where this reads hundreds),
/// buffering without bound when the reader is slower.
///
/// Lives on the client's thread and never blocks it; the request starts at
/// once. Emits lineReceived() for each line (without its line end) and
/// ended() exactly once: with no error when the engine ends the log (all
/// of it was sent, or the followed container stopped), else with the typed
/// error (Cancelled after cancel()). Memory does not grow with the log:
/// only bytes not yet parsed and an unfinished line are kept, and a line
/// longer than MaxLineLength is handed over in pieces.
class LogStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)

public:
    struct Options
    {
        /// Whether the container has a TTY: its log is then raw bytes, all
        /// of it stdout; else Docker's multiplexed frames.
        bool tty = false;
        bool follow = false;
        int tail = -1;  ///< the last lines only; -1: all of them
        qint64 sinceSeconds = 0;  ///< Unix time; 0: from the start
        bool timestamps = false;  ///< each line begins with its RFC 3339 time and a space
        bool stdOut = true;
        bool stdErr = true;
    };

    static constexpr qsizetype MaxLineLength = 1024 * 1024;

    LogStream(EngineClient *client, const QString &container, const Options &options, QObject *parent = nullptr);
    ~LogStream() override;

    /// Stops the stream; ended() follows with kind Cancelled.
    void cancel();

    [[nodiscard]] bool isRunning() const { return !m_ended; }

Q_SIGNALS:
    void lineReceived(Hublot::Engine::StdStream stream, const QByteArray &line);
    void ended(const std::optional<Hublot::Engine::EngineError> &error);

private:
    void addOutput(StdStream stream, QByteArrayView bytes);
    void flushLines();
    void onConnectionEnded(const std::optional<EngineError> &error);
    void finish(const std::optional<EngineError> &error);

    QPointer<HijackedConnection> m_connection;
    std::array<QByteArray, 3> m_partialLines;  ///< by StdStream: the unfinished line
    bool m_ended = false;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "engine/StdStream.h"
#include "ui/logs/AnsiParser.h"
#include "ui/logs/LogLineStore.h"
#include "ui/logs/LogSource.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>

namespace Hublot::Engine {
class EngineClient;
class LogStream;
}  // namespace Hublot::Engine

namespace Hublot::Ui {

/// Fills a LogLineStore with the logs of one or more containers, the last
/// lines first so that they show at once however long the log is:
///
/// 1. the last FirstTail lines of each container (the engine reads a log's
///    tail from its end), merged by time, appended;
/// 2. then, when more were asked for, the lines before those, read up to
///    the first line already shown, merged, put in front (prepended());
/// 3. and, when following, the new lines as they come: from the second of
///    the last line shown, leaving out what is already there (up to that
///    line, found again by its bytes: the engine stamps stdout and stderr
///    apart, so their times are not always in the log's order).
///
/// Lines are asked for with their timestamps, which the store keeps apart
/// from the text, and their escape sequences are parsed as they arrive.
/// Lives on the GUI thread; lines go into the store as the streams hand
/// them over, and whoever shows the store looks at it once a frame.
class LogLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLoader)

public:
    struct Options
    {
        bool follow = true;
        int tail = -1;  ///< the last lines only; -1: all of them
        qint64 sinceSeconds = 0;  ///< Unix time; 0: from the start
    };

    static constexpr int FirstTail = 1000;

    /// Starts at once. store must outlive the loader.
    LogLoader(Engine::EngineClient *client, const QList<LogSource> &sources, const Options &options,
              LogLineStore *store, QObject *parent = nullptr);
    ~LogLoader() override;

    /// Follows the logs from the last line shown, or stops following them.
    void setFollowing(bool follow);

    [[nodiscard]] const QList<LogSource> &sources() const { return m_sources; }
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] bool isLoadingTail() const { return m_phase == Phase::Tail; }
    [[nodiscard]] bool isLoadingHistory() const { return m_historyPending > 0; }
    [[nodiscard]] bool isFollowing() const { return m_followPending > 0; }
    /// Whether any stream is still open.
    [[nodiscard]] bool isActive() const { return isLoadingTail() || isLoadingHistory() || isFollowing(); }

Q_SIGNALS:
    /// The last lines are in the store.
    void tailLoaded();
    /// A followed line went to the end of the store (once per line: cheap
    /// receivers only, which look at the store once a frame).
    void linesAppended();
    /// count older lines went in front of the store's lines.
    void prepended(qsizetype count);
    /// No earlier lines are coming any more.
    void historyLoaded();
    /// Every followed log ended: the containers stopped.
    void followEnded();
    /// One container's log could not be read (it went away, the engine did).
    void sourceFailed(int source, const Hublot::Engine::EngineError &error);
    /// Some stream opened or closed.
    void activityChanged();

private:
    enum class Phase { Tail, After };

    struct SourceState
    {
        std::array<AnsiParser::State, 3> ansi;  ///< by StdStream
        std::array<AnsiParser::State, 3> historyAnsi;
        LogLineStore tail;
        LogLineStore history;
        qsizetype tailLines = 0;
        qint64 lastTimestamp = 0;  ///< of the last line read
        qint64 maxTimestamp = 0;  ///< the latest of every line read
        QByteArray lastLine;  ///< as the engine sent it: where a followed log goes on
        Engine::StdStream lastStream = Engine::StdStream::Stdout;
        bool followSkipping = false;  ///< the followed log is still at lines shown already
        qint64 firstTimestamp = 0;
        QByteArray firstLine;  ///< as the engine sent it: where the history stops
        Engine::StdStream firstStream = Engine::StdStream::Stdout;
        bool historyFoundFirst = false;
        QPointer<Engine::LogStream> historyStream;
        QPointer<Engine::LogStream> followStream;
    };

    Engine::LogStream *open(int source, bool follow, int tail, qint64 sinceSeconds);
    void ingest(LogLineStore &into, std::array<AnsiParser::State, 3> &ansi, int source, Engine::StdStream stream,
                QByteArrayView raw, qint64 *timestamp);
    void noteLast(SourceState &state, Engine::StdStream stream, const QByteArray &raw, qint64 timestamp);
    void onTailLine(int source, Engine::StdStream stream, const QByteArray &raw);
    void onTailEnded(int source, const std::optional<Engine::EngineError> &error);
    void startAfterTail();
    void onHistoryLine(int source, Engine::StdStream stream, const QByteArray &raw);
    void onHistoryEnded(int source, const std::optional<Engine::EngineError> &error);
    void finishHistory(int source);
    void startFollowing(int source);
    void onFollowLine(int source, Engine::StdStream stream, const QByteArray &raw);
    void onFollowEnded(int source, const std::optional<Engine::EngineError> &error);
    void reportFailure(int source, const std::optional<Engine::EngineError> &error);

    QPointer<Engine::EngineClient> m_client;
    QList<LogSource> m_sources;
    Options m_options;
    LogLineStore *m_store;
    QList<SourceState> m_state;
    QList<QPointer<Engine::LogStream>> m_streams;
    Phase m_phase = Phase::Tail;
    int m_tailPending = 0;
    int m_historyPending = 0;
    int m_followPending = 0;
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogLoader.h"

#include "engine/EngineClient.h"
#include "engine/LogStream.h"
#include "ui/logs/LogTimestamp.h"

namespace Hublot::Ui {

using Engine::EngineError;
using Engine::LogStream;
using Engine::StdStream;

LogLoader::LogLoader(Engine::EngineClient *client, const QList<LogSource> &sources, const Options &options,
                     LogLineStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sources(sources)
    , m_options(options)
    , m_store(store)
    , m_state(sources.size())
{
    const int firstTail = m_options.tail < 0 ? FirstTail : std::min(m_options.tail, FirstTail);
    m_tailPending = int(m_sources.size());
    for (int source = 0; source < m_sources.size(); ++source) {
        LogStream *stream = open(source, false, firstTail, m_options.sinceSeconds);
        if (!stream) {
            --m_tailPending;
            continue;
        }
        connect(stream, &LogStream::lineReceived, this,
                [this, source](StdStream which, const QByteArray &line) { onTailLine(source, which, line); });
        connect(stream, &LogStream::ended, this,
                [this, source](const std::optional<EngineError> &error) { onTailEnded(source, error); });
    }
    if (m_tailPending == 0) {
        // Nothing to read from: say so once the caller is connected.
        QMetaObject::invokeMethod(this, &LogLoader::startAfterTail, Qt::QueuedConnection);
    }
}

LogLoader::~LogLoader()
{
    for (const QPointer<LogStream> &stream : std::as_const(m_streams)) {
        if (stream)
            stream->disconnect(this);
    }
}

LogStream *LogLoader::open(int source, bool follow, int tail, qint64 sinceSeconds)
{
    if (!m_client) {
        reportFailure(source, EngineError::make(EngineError::Kind::ConnectionLost));
        return nullptr;
    }
    LogStream::Options options;
    options.tty = m_sources.at(source).tty;
    options.follow = follow;
    options.tail = tail;
    options.sinceSeconds = sinceSeconds;
    options.timestamps = true;
    auto *stream = new LogStream(m_client, m_sources.at(source).id, options, this);
    m_streams.removeIf([](const QPointer<LogStream> &s) { return s.isNull(); });
    m_streams.append(stream);
    return stream;
}

void LogLoader::ingest(LogLineStore &into, std::array<AnsiParser::State, 3> &ansi, int source, StdStream stream,
                       QByteArrayView raw, qint64 *timestamp)
{
    QByteArrayView text = raw;
    if (const auto parsed = LogTimestamp::parse(raw)) {
        *timestamp = parsed->nanoseconds;
        text = raw.sliced(parsed->consumed);
    }
    AnsiParser::State &state = ansi.at(std::size_t(stream) % ansi.size());
    if (AnsiParser::needsParsing(text) || !state.pending.isEmpty()) {
        const AnsiParser::Result parsed = AnsiParser::parse(text, state);
        into.append(parsed.text, *timestamp, stream, source, parsed.spans);
    } else if (!state.style.isDefault()) {
        // The style set on an earlier line goes on over this one.
        into.append(text, *timestamp, stream, source, {AnsiParser::Span {0, text.size(), state.style}});
    } else {
        into.append(text, *timestamp, stream, source);
    }
}

void LogLoader::onTailLine(int source, StdStream stream, const QByteArray &raw)
{
    SourceState &state = m_state[source];
    qint64 timestamp = state.lastTimestamp;
    ingest(state.tail, state.ansi, source, stream, raw, &timestamp);
    if (state.tailLines == 0) {
        state.firstLine = raw;
        state.firstStream = stream;
        state.firstTimestamp = timestamp;
    }
    ++state.tailLines;
    noteLast(state, stream, raw, timestamp);
}

void LogLoader::noteLast(SourceState &state, StdStream stream, const QByteArray &raw, qint64 timestamp)
{
    state.lastTimestamp = timestamp;
    state.maxTimestamp = std::max(state.maxTimestamp, timestamp);
    state.lastLine = raw;
    state.lastStream = stream;
}

void LogLoader::onTailEnded(int source, const std::optional<EngineError> &error)
{
    reportFailure(source, error);
    if (--m_tailPending == 0)
        startAfterTail();
}

void LogLoader::startAfterTail()
{
    QList<LogLineStore> tails;
    for (SourceState &state : m_state)
        tails.append(std::move(state.tail));
    m_store->appendStore(LogLineStore::mergedByTime(std::move(tails)));
    m_phase = Phase::After;
    Q_EMIT tailLoaded();

    const bool wantsMore = m_options.tail < 0 || m_options.tail > FirstTail;
    for (int source = 0; source < m_sources.size(); ++source) {
        SourceState &state = m_state[source];
        if (wantsMore && state.tailLines >= FirstTail) {
            if (LogStream *stream = open(source, false, m_options.tail, m_options.sinceSeconds)) {
                state.historyStream = stream;
                ++m_historyPending;
                connect(
                    stream, &LogStream::lineReceived, this,
                    [this, source](StdStream which, const QByteArray &line) { onHistoryLine(source, which, line); });
                connect(stream, &LogStream::ended, this,
                        [this, source](const std::optional<EngineError> &error) { onHistoryEnded(source, error); });
            }
        }
        if (m_options.follow)
            startFollowing(source);
    }
    if (m_historyPending == 0)
        Q_EMIT historyLoaded();
    Q_EMIT activityChanged();
}

void LogLoader::setFollowing(bool follow)
{
    if (follow == m_options.follow)
        return;
    m_options.follow = follow;
    if (m_phase == Phase::Tail)
        return;  // startAfterTail() will, or not
    for (int source = 0; source < m_sources.size(); ++source) {
        if (follow)
            startFollowing(source);
        else if (m_state[source].followStream)
            m_state[source].followStream->cancel();
    }
    Q_EMIT activityChanged();
}

void LogLoader::startFollowing(int source)
{
    SourceState &state = m_state[source];
    if (state.followStream)
        return;
    // From the second of the latest line shown (the engine counts whole
    // seconds); onFollowLine() leaves out what is shown already.
    const qint64 since
        = state.maxTimestamp > 0 ? std::max<qint64>(1, state.maxTimestamp / 1'000'000'000) : m_options.sinceSeconds;
    state.followSkipping = !state.lastLine.isEmpty();
    LogStream *stream = open(source, true, -1, since);
    if (!stream)
        return;
    state.followStream = stream;
    ++m_followPending;
    connect(stream, &LogStream::lineReceived, this,
            [this, source](StdStream which, const QByteArray &line) { onFollowLine(source, which, line); });
    connect(stream, &LogStream::ended, this,
            [this, source](const std::optional<EngineError> &error) { onFollowEnded(source, error); });
}

void LogLoader::onHistoryLine(int source, StdStream stream, const QByteArray &raw)
{
    SourceState &state = m_state[source];
    if (state.historyFoundFirst)
        return;
    if (stream == state.firstStream && raw == state.firstLine) {
        // The first line already shown: everything before it is in.
        state.historyFoundFirst = true;
        if (state.historyStream)
            state.historyStream->cancel();
        return;
    }
    qint64 timestamp = state.history.isEmpty() ? 0 : state.history.line(state.history.lineCount() - 1).timestamp;
    ingest(state.history, state.historyAnsi, source, stream, raw, &timestamp);
}

void LogLoader::onHistoryEnded(int source, const std::optional<EngineError> &error)
{
    SourceState &state = m_state[source];
    if (!state.historyFoundFirst) {
        reportFailure(source, error);
        // The log changed under us (rotated, or shorter than its tail was):
        // keep what is older than the lines shown.
        qsizetype keep = state.history.lineCount();
        while (keep > 0 && state.history.line(keep - 1).timestamp >= state.firstTimestamp)
            --keep;
        state.history.removeLast(state.history.lineCount() - keep);
    }
    finishHistory(source);
}

void LogLoader::finishHistory(int)
{
    if (--m_historyPending > 0)
        return;
    QList<LogLineStore> histories;
    for (SourceState &state : m_state)
        histories.append(std::move(state.history));
    LogLineStore older = LogLineStore::mergedByTime(std::move(histories));
    const qsizetype count = older.lineCount();
    m_store->prependStore(std::move(older));
    if (count > 0)
        Q_EMIT prepended(count);
    Q_EMIT historyLoaded();
    Q_EMIT activityChanged();
}

void LogLoader::onFollowLine(int source, StdStream stream, const QByteArray &raw)
{
    SourceState &state = m_state[source];
    if (state.followSkipping) {
        if (stream == state.lastStream && raw == state.lastLine) {
            state.followSkipping = false;  // the last line shown: what follows is new
            return;
        }
        // Not found again (the log was rotated meanwhile): a line later
        // than every line shown is new.
        const auto parsed = LogTimestamp::parse(raw);
        if (!parsed || parsed->nanoseconds <= state.maxTimestamp)
            return;
        state.followSkipping = false;
    }
    qint64 timestamp = state.lastTimestamp;
    ingest(*m_store, state.ansi, source, stream, raw, &timestamp);
    noteLast(state, stream, raw, timestamp);
    Q_EMIT linesAppended();
}

void LogLoader::onFollowEnded(int source, const std::optional<EngineError> &error)
{
    m_state[source].followStream = nullptr;
    reportFailure(source, error);
    const bool stopped = !error || error->kind != EngineError::Kind::Cancelled;
    if (--m_followPending == 0 && stopped)
        Q_EMIT followEnded();
    Q_EMIT activityChanged();
}

void LogLoader::reportFailure(int source, const std::optional<EngineError> &error)
{
    if (error && error->kind != EngineError::Kind::Cancelled)
        Q_EMIT sourceFailed(source, *error);
}

}  // namespace Hublot::Ui

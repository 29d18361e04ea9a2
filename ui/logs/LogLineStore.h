// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/StdStream.h"
#include "ui/logs/AnsiParser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <span>

namespace Hublot::Ui {

/// The lines of a log, held compactly enough for millions of them: the text
/// of many lines in one buffer (a chunk of about ChunkBytes), beside it each
/// line's start, time, stream, source and styled spans. A line costs its
/// text and 19 bytes; nothing is kept per line as an object.
///
/// The text is what is shown: escape sequences are parsed out once, as
/// lines come in, and kept as spans. Chunks fill up and are never changed
/// again but by clear(); copies share them (Qt's implicit sharing), so a
/// snapshot() can be read on another thread while lines keep coming.
///
/// A value type, not thread-safe itself; the GUI thread owns it.
class LogLineStore
{
public:
    static constexpr qsizetype ChunkBytes = 4 * 1024 * 1024;
    static constexpr int MaxSources = 1 << 14;

    struct Span
    {
        quint32 start = 0;  ///< byte offset in the line's text
        quint32 length = 0;
        quint64 style = 0;  ///< AnsiStyle::pack()
        bool operator==(const Span &) const = default;
    };

    /// A view of one line, valid until the store changes.
    struct Line
    {
        QByteArrayView text;
        qint64 timestamp = 0;  ///< nanoseconds since the epoch, 0 when unknown
        Engine::StdStream stream = Engine::StdStream::Stdout;
        int source = 0;  ///< which container, in a merged log
        std::span<const Span> spans;
    };

    struct Chunk
    {
        /// The lines' texts, each followed by a line feed: what a search
        /// scans, and what a file of the log holds.
        QByteArray text;
        QList<quint32> starts;  ///< where each line's text starts in text
        QList<qint64> timestamps;
        QList<quint16> meta;  ///< stream in bits 0-1, source above
        QList<quint32> firstSpans;  ///< index in spans of each line's first span
        QList<Span> spans;
        qsizetype maxLineLength = 0;

        [[nodiscard]] qsizetype lineCount() const { return starts.size(); }
        [[nodiscard]] QByteArrayView lineText(qsizetype index) const;
        [[nodiscard]] Line line(qsizetype index) const;
        /// The line that holds the byte at offset of text.
        [[nodiscard]] qsizetype lineAt(qsizetype offset) const;
        [[nodiscard]] qint64 memoryUsage() const;
    };

    /// Chunks shared with the store: reading them on another thread is safe
    /// while the store goes on taking lines.
    using Snapshot = QList<Chunk>;

    void append(QByteArrayView text, qint64 timestamp, Engine::StdStream stream, int source,
                const QList<AnsiParser::Span> &spans = {});
    void append(const Line &line);
    /// Puts other's lines after ours, sharing its chunks.
    void appendStore(LogLineStore &&other);
    /// Puts other's lines before ours, sharing its chunks.
    void prependStore(LogLineStore &&other);
    void removeLast(qsizetype count);
    void clear();

    /// Lines of several stores in the order of their times; lines with the
    /// same time keep the order of the stores they came from.
    static LogLineStore mergedByTime(QList<LogLineStore> stores);

    [[nodiscard]] qsizetype lineCount() const { return m_lineCount; }
    [[nodiscard]] bool isEmpty() const { return m_lineCount == 0; }
    [[nodiscard]] Line line(qsizetype index) const;
    /// The texts' bytes, a line feed after each line included.
    [[nodiscard]] qint64 textBytes() const { return m_textBytes; }
    /// What the store takes in memory: texts, tables, and room reserved.
    [[nodiscard]] qint64 memoryUsage() const;
    [[nodiscard]] qsizetype maxLineLength() const;

    /// Keeps the text under about bytes by dropping the oldest chunks; 0:
    /// no limit. A log followed for days does not grow without end.
    void setByteLimit(qint64 bytes);
    [[nodiscard]] qint64 byteLimit() const { return m_byteLimit; }
    /// Lines dropped from the front so far (by the limit); clear() resets it.
    [[nodiscard]] qsizetype droppedLines() const { return m_droppedLines; }

    [[nodiscard]] const QList<Chunk> &chunks() const { return m_chunks; }
    /// The index of the first line of each chunk.
    [[nodiscard]] const QList<qsizetype> &chunkFirstLines() const { return m_firstLines; }
    [[nodiscard]] Snapshot snapshot() const { return m_chunks; }

private:
    Chunk &chunkFor(qsizetype length);
    void seal(Chunk &chunk);
    void recount();
    void applyLimit();

    QList<Chunk> m_chunks;
    QList<qsizetype> m_firstLines;
    qsizetype m_lineCount = 0;
    qint64 m_textBytes = 0;
    qint64 m_byteLimit = 0;
    qsizetype m_droppedLines = 0;
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogLineStore.h"

#include <algorithm>

namespace Hublot::Ui {

namespace {

quint16 metaOf(Engine::StdStream stream, int source)
{
    return quint16((quint16(stream) & 0x3) | (quint16(std::clamp(source, 0, LogLineStore::MaxSources - 1)) << 2));
}

template <typename T> qint64 bytesOf(const QList<T> &list)
{
    return qint64(list.capacity()) * qint64(sizeof(T));
}

}  // namespace

QByteArrayView LogLineStore::Chunk::lineText(qsizetype index) const
{
    const qsizetype start = starts.at(index);
    // Each line's text ends with a line feed, which is not part of the line.
    const qsizetype end = index + 1 < starts.size() ? qsizetype(starts.at(index + 1)) : text.size();
    return QByteArrayView(text).sliced(start, end - start - 1);
}

LogLineStore::Line LogLineStore::Chunk::line(qsizetype index) const
{
    Line line;
    line.text = lineText(index);
    line.timestamp = timestamps.at(index);
    const quint16 bits = meta.at(index);
    line.stream = static_cast<Engine::StdStream>(bits & 0x3);
    line.source = bits >> 2;
    const qsizetype firstSpan = firstSpans.at(index);
    const qsizetype endSpan = index + 1 < firstSpans.size() ? qsizetype(firstSpans.at(index + 1)) : spans.size();
    line.spans = std::span<const Span>(spans.constData() + firstSpan, std::size_t(endSpan - firstSpan));
    return line;
}

qsizetype LogLineStore::Chunk::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(starts.cbegin(), starts.cend(), quint32(offset));
    return qsizetype(it - starts.cbegin()) - 1;
}

qint64 LogLineStore::Chunk::memoryUsage() const
{
    return text.capacity() + bytesOf(starts) + bytesOf(timestamps) + bytesOf(meta) + bytesOf(firstSpans)
        + bytesOf(spans);
}

LogLineStore::Chunk &LogLineStore::chunkFor(qsizetype length)
{
    if (m_chunks.isEmpty()
        || (!m_chunks.last().starts.isEmpty() && m_chunks.last().text.size() + length > ChunkBytes)) {
        if (!m_chunks.isEmpty())
            seal(m_chunks.last());
        m_firstLines.append(m_lineCount);
        Chunk &chunk = m_chunks.emplace_back();
        chunk.text.reserve(std::max(ChunkBytes, length));
    }
    return m_chunks.last();
}

void LogLineStore::seal(Chunk &chunk)
{
    // A full chunk never grows again: give back what the lists reserved.
    chunk.starts.squeeze();
    chunk.timestamps.squeeze();
    chunk.meta.squeeze();
    chunk.firstSpans.squeeze();
    chunk.spans.squeeze();
    if (chunk.text.capacity() - chunk.text.size() > 64 * 1024)
        chunk.text.squeeze();
}

void LogLineStore::append(QByteArrayView text, qint64 timestamp, Engine::StdStream stream, int source,
                          const QList<AnsiParser::Span> &spans)
{
    Chunk &chunk = chunkFor(text.size() + 1);
    chunk.starts.append(quint32(chunk.text.size()));
    chunk.text.append(text);
    chunk.text.append('\n');
    chunk.timestamps.append(timestamp);
    chunk.meta.append(metaOf(stream, source));
    chunk.firstSpans.append(quint32(chunk.spans.size()));
    for (const AnsiParser::Span &span : spans)
        chunk.spans.append({quint32(span.start), quint32(span.length), span.style.pack()});
    chunk.maxLineLength = std::max(chunk.maxLineLength, text.size());
    ++m_lineCount;
    m_textBytes += text.size() + 1;
    applyLimit();
}

void LogLineStore::append(const Line &line)
{
    Chunk &chunk = chunkFor(line.text.size() + 1);
    chunk.starts.append(quint32(chunk.text.size()));
    chunk.text.append(line.text);
    chunk.text.append('\n');
    chunk.timestamps.append(line.timestamp);
    chunk.meta.append(metaOf(line.stream, line.source));
    chunk.firstSpans.append(quint32(chunk.spans.size()));
    for (const Span &span : line.spans)
        chunk.spans.append(span);
    chunk.maxLineLength = std::max(chunk.maxLineLength, line.text.size());
    ++m_lineCount;
    m_textBytes += line.text.size() + 1;
    applyLimit();
}

void LogLineStore::appendStore(LogLineStore &&other)
{
    if (other.isEmpty())
        return;
    if (!m_chunks.isEmpty())
        seal(m_chunks.last());
    m_chunks.append(std::move(other.m_chunks));
    other.clear();
    recount();
    applyLimit();
}

void LogLineStore::prependStore(LogLineStore &&other)
{
    if (other.isEmpty())
        return;
    if (!other.m_chunks.isEmpty())
        seal(other.m_chunks.last());
    QList<Chunk> chunks = std::move(other.m_chunks);
    chunks.append(std::move(m_chunks));
    m_chunks = std::move(chunks);
    other.clear();
    recount();
    applyLimit();
}

void LogLineStore::removeLast(qsizetype count)
{
    while (count > 0 && !m_chunks.isEmpty()) {
        Chunk &chunk = m_chunks.last();
        const qsizetype here = std::min(count, chunk.lineCount());
        const qsizetype keep = chunk.lineCount() - here;
        const qsizetype textEnd = keep < chunk.lineCount() ? qsizetype(chunk.starts.at(keep)) : chunk.text.size();
        m_textBytes -= chunk.text.size() - textEnd;
        chunk.text.truncate(textEnd);
        if (keep < chunk.firstSpans.size())
            chunk.spans.resize(chunk.firstSpans.at(keep));
        chunk.starts.resize(keep);
        chunk.timestamps.resize(keep);
        chunk.meta.resize(keep);
        chunk.firstSpans.resize(keep);
        m_lineCount -= here;
        count -= here;
        if (keep == 0) {
            m_chunks.removeLast();
            m_firstLines.removeLast();
        }
    }
}

void LogLineStore::clear()
{
    m_chunks.clear();
    m_firstLines.clear();
    m_lineCount = 0;
    m_textBytes = 0;
    m_droppedLines = 0;
}

void LogLineStore::recount()
{
    m_firstLines.clear();
    m_firstLines.reserve(m_chunks.size());
    m_lineCount = 0;
    m_textBytes = 0;
    for (const Chunk &chunk : std::as_const(m_chunks)) {
        m_firstLines.append(m_lineCount);
        m_lineCount += chunk.lineCount();
        m_textBytes += chunk.text.size();
    }
}

void LogLineStore::setByteLimit(qint64 bytes)
{
    m_byteLimit = bytes;
    applyLimit();
}

void LogLineStore::applyLimit()
{
    if (m_byteLimit <= 0 || m_textBytes <= m_byteLimit || m_chunks.size() < 2)
        return;
    qsizetype drop = 0;
    qint64 bytes = m_textBytes;
    qsizetype lines = 0;
    while (drop < m_chunks.size() - 1 && bytes > m_byteLimit) {
        bytes -= m_chunks.at(drop).text.size();
        lines += m_chunks.at(drop).lineCount();
        ++drop;
    }
    m_chunks.remove(0, drop);
    m_droppedLines += lines;
    recount();
}

LogLineStore::Line LogLineStore::line(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_lineCount);
    const auto it = std::upper_bound(m_firstLines.cbegin(), m_firstLines.cend(), index);
    const qsizetype chunk = qsizetype(it - m_firstLines.cbegin()) - 1;
    return m_chunks.at(chunk).line(index - m_firstLines.at(chunk));
}

qint64 LogLineStore::memoryUsage() const
{
    qint64 bytes = bytesOf(m_chunks) + bytesOf(m_firstLines);
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.memoryUsage();
    return bytes;
}

qsizetype LogLineStore::maxLineLength() const
{
    qsizetype length = 0;
    for (const Chunk &chunk : m_chunks)
        length = std::max(length, chunk.maxLineLength);
    return length;
}

LogLineStore LogLineStore::mergedByTime(QList<LogLineStore> stores)
{
    stores.removeIf([](const LogLineStore &store) { return store.isEmpty(); });
    if (stores.isEmpty())
        return {};
    if (stores.size() == 1)
        return std::move(stores.first());
    LogLineStore merged;
    QList<qsizetype> next(stores.size(), 0);
    for (;;) {
        qsizetype best = -1;
        qint64 bestTime = 0;
        for (qsizetype s = 0; s < stores.size(); ++s) {
            if (next.at(s) >= stores.at(s).lineCount())
                continue;
            const qint64 time = stores.at(s).line(next.at(s)).timestamp;
            if (best < 0 || time < bestTime) {
                best = s;
                bestTime = time;
            }
        }
        if (best < 0)
            break;
        merged.append(stores.at(best).line(next[best]++));
    }
    return merged;
}

}  // namespace Hublot::Ui

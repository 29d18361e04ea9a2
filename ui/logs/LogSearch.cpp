// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogSearch.h"

#include <QtConcurrentMap>
#include <QtEndian>

#include <algorithm>
#include <bit>

namespace Hublot::Ui {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

}  // namespace

struct LogSearch::Pattern
{
    enum class Mode {
        Bytes,  ///< the UTF-8 bytes as they are
        FoldedAscii,  ///< ASCII, letters of either case
        Unicode,  ///< not ASCII, case-insensitive: line by line as text
    };

    Pattern(const QString &text_, Qt::CaseSensitivity caseSensitivity_)
        : text(text_)
        , utf8(text_.toUtf8())
        , lower(utf8.toLower())
        , caseSensitivity(caseSensitivity_)
        , mode(caseSensitivity_ == Qt::CaseSensitive ? Mode::Bytes
                   : isAscii(text_)                  ? Mode::FoldedAscii
                                                     : Mode::Unicode)
    { }

    [[nodiscard]] qsizetype indexIn(QByteArrayView haystack, qsizetype from) const
    {
        if (mode == Mode::Bytes)
            return haystack.indexOf(utf8, from);
        return indexFolded(haystack, from);
    }

    // Written by hand: QLatin1StringMatcher, Qt's case-insensitive search,
    // took twice as long on a log of 100 MB. Eight bytes at a time, it looks
    // for the pattern's first two bytes with their 0x20 bit set (which makes
    // capitals small, and some other bytes alike), then compares the
    // candidates exactly, folding ASCII letters only.
    [[nodiscard]] qsizetype indexFolded(QByteArrayView haystack, qsizetype from) const
    {
        const qsizetype length = lower.size();
        const qsizetype size = haystack.size();
        const char *bytes = haystack.data();
        const qsizetype last = size - length;
        const auto matchesAt = [&](qsizetype at) {
            for (qsizetype k = 0; k < length; ++k) {
                const char c = bytes[at + k];
                if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != lower[k])
                    return false;
            }
            return true;
        };
        constexpr quint64 Ones = 0x0101010101010101ULL;
        constexpr quint64 Fold = 0x2020202020202020ULL;
        const auto zeroBytes = [](quint64 x) {
            return (x - Ones) & ~x & (Ones << 7);
        };
        const quint64 first = Ones * quint8(lower[0] | 0x20);
        const quint64 second = Ones * quint8((length > 1 ? lower[1] : lower[0]) | 0x20);
        qsizetype i = std::max<qsizetype>(from, 0);
        for (; i + 9 <= size && i <= last; i += 8) {
            quint64 candidates = zeroBytes((qFromLittleEndian<quint64>(bytes + i) | Fold) ^ first);
            if (length > 1)
                candidates &= zeroBytes((qFromLittleEndian<quint64>(bytes + i + 1) | Fold) ^ second);
            while (candidates) {
                const qsizetype at = i + std::countr_zero(candidates) / 8;
                if (at <= last && matchesAt(at))
                    return at;
                candidates &= candidates - 1;
            }
        }
        for (; i <= last; ++i) {
            if (matchesAt(i))
                return i;
        }
        return -1;
    }

    QString text;
    QByteArray utf8;
    QByteArray lower;  ///< ASCII letters made small
    Qt::CaseSensitivity caseSensitivity;
    Mode mode;
};

LogSearch::LogSearch(const QString &text, Qt::CaseSensitivity caseSensitivity)
{
    // A log line has no line feed: a pasted one ends the text.
    const QString line = text.section(u'\n', 0, 0);
    if (!line.isEmpty())
        m_pattern = std::make_shared<const Pattern>(line, caseSensitivity);
}

QString LogSearch::text() const
{
    return m_pattern ? m_pattern->text : QString();
}

Qt::CaseSensitivity LogSearch::caseSensitivity() const
{
    return m_pattern ? m_pattern->caseSensitivity : Qt::CaseInsensitive;
}

QList<qsizetype> LogSearch::matchingLines(const LogLineStore::Chunk &chunk, qsizetype fromLine) const
{
    QList<qsizetype> lines;
    if (!m_pattern || fromLine >= chunk.lineCount())
        return lines;
    if (m_pattern->mode == Pattern::Mode::Unicode) {
        for (qsizetype i = fromLine; i < chunk.lineCount(); ++i) {
            if (matches(chunk.lineText(i)))
                lines.append(i);
        }
        return lines;
    }
    // The line feed after each line keeps a match from spanning two lines.
    const QByteArrayView text(chunk.text);
    qsizetype at = chunk.starts.at(fromLine);
    while (at < text.size()) {
        const qsizetype found = m_pattern->indexIn(text, at);
        if (found < 0)
            break;
        const qsizetype line = chunk.lineAt(found);
        lines.append(line);
        at = line + 1 < chunk.lineCount() ? qsizetype(chunk.starts.at(line + 1)) : text.size();
    }
    return lines;
}

bool LogSearch::matches(QByteArrayView line) const
{
    if (!m_pattern)
        return false;
    if (m_pattern->mode != Pattern::Mode::Unicode)
        return m_pattern->indexIn(line, 0) >= 0;
    return QString::fromUtf8(line).contains(m_pattern->text, Qt::CaseInsensitive);
}

QList<std::pair<qsizetype, qsizetype>> LogSearch::matchesIn(const QString &line) const
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (!m_pattern)
        return found;
    const qsizetype length = m_pattern->text.size();
    qsizetype at = 0;
    while ((at = line.indexOf(m_pattern->text, at, m_pattern->caseSensitivity)) >= 0) {
        found.append({at, length});
        at += length;
    }
    return found;
}

QFuture<QList<qsizetype>> LogSearch::run(const LogLineStore::Snapshot &snapshot, const LogSearch &search)
{
    struct Piece
    {
        LogLineStore::Chunk chunk;
        qsizetype firstLine = 0;
    };
    QList<Piece> pieces;
    pieces.reserve(snapshot.size());
    qsizetype firstLine = 0;
    for (const LogLineStore::Chunk &chunk : snapshot) {
        pieces.append({chunk, firstLine});
        firstLine += chunk.lineCount();
    }
    return QtConcurrent::mappedReduced<QList<qsizetype>>(
        std::move(pieces),
        [search](const Piece &piece) {
            QList<qsizetype> lines = search.matchingLines(piece.chunk);
            for (qsizetype &line : lines)
                line += piece.firstLine;
            return lines;
        },
        [](QList<qsizetype> &all, const QList<qsizetype> &lines) { all.append(lines); }, QtConcurrent::OrderedReduce);
}

}  // namespace Hublot::Ui

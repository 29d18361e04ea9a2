// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogSearch.h"

#include <QLatin1StringMatcher>
#include <QtConcurrentMap>

#include <algorithm>

namespace Hublot::Ui {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

}  // namespace

struct LogSearch::Pattern
{
    Pattern(const QString &text_, Qt::CaseSensitivity caseSensitivity_)
        : text(text_)
        , utf8(text_.toUtf8())
        , caseSensitivity(caseSensitivity_)
        , bytewise(caseSensitivity_ == Qt::CaseSensitive || isAscii(text_))
        , matcher(QLatin1StringView(utf8), caseSensitivity_ == Qt::CaseSensitive || !bytewise ? Qt::CaseSensitive
                                                                                              : Qt::CaseInsensitive)
    { }
    Q_DISABLE_COPY_MOVE(Pattern)

    [[nodiscard]] qsizetype indexIn(QByteArrayView haystack, qsizetype from) const
    {
        return matcher.indexIn(QLatin1StringView(haystack), from);
    }

    QString text;
    QByteArray utf8;  ///< the matcher points into it
    Qt::CaseSensitivity caseSensitivity;
    bool bytewise;
    QLatin1StringMatcher matcher;
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
    if (!m_pattern->bytewise) {
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
    if (m_pattern->bytewise)
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
        [](QList<qsizetype> &all, const QList<qsizetype> &lines) { all.append(lines); },
        QtConcurrent::OrderedReduce);
}

}  // namespace Hublot::Ui

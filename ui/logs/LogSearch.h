// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/logs/LogLineStore.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <memory>

namespace Hublot::Ui {

/// A text looked for in a log: which lines hold it, and where in a line.
///
/// A scan over the chunks' bytes rather than over lines, so that a million
/// lines take tens of milliseconds; run() spreads the chunks over Qt's
/// thread pool. Case-sensitively, the UTF-8 bytes are looked for; an ASCII
/// text case-insensitively is too, folding ASCII letters only (which cannot
/// meet a byte of a UTF-8 sequence); any other text case-insensitively is
/// matched line by line as Unicode.
/// Copies share the prepared pattern and may be used on any thread.
class LogSearch
{
public:
    LogSearch() = default;
    explicit LogSearch(const QString &text, Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive);

    [[nodiscard]] bool isEmpty() const { return !m_pattern; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] Qt::CaseSensitivity caseSensitivity() const;

    /// The lines of chunk that hold the text, as indexes in the chunk.
    [[nodiscard]] QList<qsizetype> matchingLines(const LogLineStore::Chunk &chunk, qsizetype fromLine = 0) const;
    /// Whether one line's text holds it.
    [[nodiscard]] bool matches(QByteArrayView line) const;
    /// Where it stands in a line as shown: (start, length) in UTF-16 units.
    [[nodiscard]] QList<std::pair<qsizetype, qsizetype>> matchesIn(const QString &line) const;

    /// The matching lines of a whole snapshot (indexes counted from its
    /// first line, ascending), on the thread pool.
    static QFuture<QList<qsizetype>> run(const LogLineStore::Snapshot &snapshot, const LogSearch &search);

private:
    struct Pattern;
    std::shared_ptr<const Pattern> m_pattern;
};

}  // namespace Hublot::Ui

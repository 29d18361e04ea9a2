// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/logs/AnsiStyle.h"
#include "ui/logs/LogSearch.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>
#include <QStringList>
#include <QTextLayout>

namespace Hublot::Ui {

class LogLineStore;

/// Shows a LogLineStore, however many lines it holds: a scroll area that
/// lays out and paints only the lines in sight, one QTextLayout each. The
/// vertical scroll bar counts rows (lines, or only the matching lines when
/// a filter is set); when wrapping, a row takes as many screen lines as its
/// text needs.
///
/// Each row shows, from the left: a bar and a tint for stderr, the
/// container's name in a merged log, the time when asked, and the text with
/// its ANSI colours (or without, when asked) and the search's matches
/// highlighted. Whole rows are selected with the mouse and copied.
///
/// Whoever changes the store or the filter calls rowsChanged(); the view
/// stays at the bottom when it was there, and else on the same lines.
class LogViewport final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewport)

public:
    /// A longer line is shown cut (it is searched and saved whole).
    static constexpr qsizetype MaxShownLength = 10'000;

    explicit LogViewport(const LogLineStore *store, QWidget *parent = nullptr);

    void setShowTimestamps(bool show);
    void setColorsEnabled(bool enabled);
    void setWrap(bool wrap);
    /// Names of the containers, by source index; tags are shown for two or more.
    void setSourceNames(const QStringList &names);
    /// Only these lines (store indexes, ascending), or all when null. The
    /// list belongs to the caller, who calls rowsChanged() when it changes.
    void setFilter(const QList<qsizetype> *lines);
    void setSearch(const LogSearch &search);
    /// A line (store index) drawn as the current match; -1: none.
    void setCurrentLine(qsizetype line);

    /// The store or the filter changed; store indexes moved by lineShift
    /// (older lines put in front: positive; dropped from the front: negative).
    void rowsChanged(qsizetype lineShift = 0);

    [[nodiscard]] qsizetype rowCount() const;
    [[nodiscard]] qsizetype lineOfRow(qsizetype row) const;
    /// The row showing line, or the next one when the filter hides it.
    [[nodiscard]] qsizetype rowOfLine(qsizetype line) const;
    /// The store indexes of the lines painted now, top to bottom.
    [[nodiscard]] QList<qsizetype> visibleLines() const;
    [[nodiscard]] bool isAtBottom() const;
    void scrollToBottom();
    /// Brings line into sight, in the middle when it was out of it.
    void scrollToLine(qsizetype line);

    /// A line as the view writes it in text: container, time and text.
    [[nodiscard]] QString lineText(qsizetype line) const;
    /// The selected lines, one per line; empty when none.
    [[nodiscard]] QString selectedText() const;
    void selectAll();
    void copySelection() const;

    /// The formats laid over a line's text: ANSI styles and matches.
    [[nodiscard]] QList<QTextLayout::FormatRange> formatsFor(qsizetype line, const QString &text) const;
    /// An ANSI colour as shown on this view's background.
    [[nodiscard]] QColor ansiColor(const AnsiStyle::Color &color) const;
    [[nodiscard]] QColor sourceColor(int source) const;
    [[nodiscard]] QColor stderrColor() const;

Q_SIGNALS:
    void atBottomChanged(bool atBottom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        qsizetype row = 0;
        int top = 0;
        int height = 0;
    };

    void updateMetrics();
    void updateScrollBars();
    [[nodiscard]] int textLeft() const;
    [[nodiscard]] int rowHeight(qsizetype row) const;
    [[nodiscard]] qsizetype maxTopRow() const;
    [[nodiscard]] QList<Row> layoutRows() const;
    [[nodiscard]] qsizetype rowAt(int y) const;
    [[nodiscard]] QString shownText(qsizetype line) const;
    void layOut(QTextLayout &layout, const QString &text, qsizetype line) const;
    void setTopRow(qsizetype row);

    const LogLineStore *m_store;
    const QList<qsizetype> *m_filter = nullptr;
    LogSearch m_search;
    QStringList m_sourceNames;
    bool m_timestamps = false;
    bool m_colors = true;
    bool m_wrap = false;
    bool m_dark = false;
    qsizetype m_topRow = 0;
    qsizetype m_topLine = 0;  ///< the store index shown at the top, kept across changes
    bool m_atBottom = true;
    qsizetype m_currentLine = -1;
    qsizetype m_anchorLine = -1;  ///< selection, as store indexes
    qsizetype m_endLine = -1;
    int m_lineHeight = 1;
    int m_charWidth = 1;
    int m_tagWidth = 0;
    int m_timeWidth = 0;
    bool m_adjusting = false;
};

}  // namespace Hublot::Ui

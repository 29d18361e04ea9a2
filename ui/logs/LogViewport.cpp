// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logs/LogViewport.h"

#include "ui/logs/LogLineStore.h"
#include "ui/logs/LogTimestamp.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextOption>

#include <algorithm>
#include <array>

namespace Hublot::Ui {

namespace {

constexpr int MarkerWidth = 4;
constexpr int Gap = 10;

// The UTF-16 offset of a byte offset of UTF-8 text: a lead byte starts a
// character, and one of four bytes a surrogate pair.
qsizetype utf16Offset(QByteArrayView utf8, qsizetype byteOffset)
{
    qsizetype count = 0;
    const qsizetype end = std::min(byteOffset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if ((c & 0xc0) != 0x80)
            count += c >= 0xf0 ? 2 : 1;
    }
    return count;
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

// The sixteen colours, made readable on a light and on a dark background.
constexpr std::array<QRgb, 16> LightPalette = {
    0x000000, 0xc01c28, 0x26a269, 0x986a00, 0x1c5fb8, 0xa347ba, 0x1a8a9a, 0x77767b,
    0x5e5c64, 0xe01b24, 0x2ec27e, 0xb58900, 0x2a7bde, 0xc061cb, 0x1fa2b5, 0x3d3846,
};
constexpr std::array<QRgb, 16> DarkPalette = {
    0x77767b, 0xf66151, 0x57e389, 0xf5c211, 0x62a0ea, 0xc061cb, 0x5bc8e0, 0xdeddda,
    0x9a9996, 0xff7b63, 0x8ff0a4, 0xf9f06b, 0x99c1f1, 0xdc8add, 0x93ddc2, 0xffffff,
};

}  // namespace

LogViewport::LogViewport(const LogLineStore *store, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_store(store)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(1);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setAutoFillBackground(false);
    updateMetrics();
}

void LogViewport::setShowTimestamps(bool show)
{
    m_timestamps = show;
    updateMetrics();
    updateScrollBars();
}

void LogViewport::setColorsEnabled(bool enabled)
{
    m_colors = enabled;
    viewport()->update();
}

void LogViewport::setWrap(bool wrap)
{
    m_wrap = wrap;
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    updateScrollBars();
}

void LogViewport::setSourceNames(const QStringList &names)
{
    m_sourceNames = names;
    updateMetrics();
    updateScrollBars();
}

void LogViewport::setFilter(const QList<qsizetype> *lines)
{
    m_filter = lines;
    updateScrollBars();
}

void LogViewport::setSearch(const LogSearch &search)
{
    m_search = search;
    viewport()->update();
}

void LogViewport::setCurrentLine(qsizetype line)
{
    m_currentLine = line;
    viewport()->update();
}

void LogViewport::rowsChanged(qsizetype lineShift)
{
    const auto shift = [lineShift](qsizetype &line) {
        if (line >= 0)
            line = std::max<qsizetype>(0, line + lineShift);
    };
    if (lineShift != 0) {
        shift(m_topLine);
        shift(m_currentLine);
        shift(m_anchorLine);
        shift(m_endLine);
    }
    if (m_store->isEmpty())
        m_anchorLine = m_endLine = m_currentLine = -1;
    updateScrollBars();
}

qsizetype LogViewport::rowCount() const
{
    return m_filter ? m_filter->size() : m_store->lineCount();
}

qsizetype LogViewport::lineOfRow(qsizetype row) const
{
    return m_filter ? m_filter->at(row) : row;
}

qsizetype LogViewport::rowOfLine(qsizetype line) const
{
    if (!m_filter)
        return std::clamp<qsizetype>(line, 0, std::max<qsizetype>(0, m_store->lineCount() - 1));
    return qsizetype(std::lower_bound(m_filter->cbegin(), m_filter->cend(), line) - m_filter->cbegin());
}

QList<qsizetype> LogViewport::visibleLines() const
{
    QList<qsizetype> lines;
    for (const Row &row : layoutRows())
        lines.append(lineOfRow(row.row));
    return lines;
}

bool LogViewport::isAtBottom() const
{
    return m_atBottom;
}

void LogViewport::scrollToBottom()
{
    if (!m_atBottom) {
        m_atBottom = true;
        Q_EMIT atBottomChanged(true);
    }
    updateScrollBars();
}

void LogViewport::scrollToLine(qsizetype line)
{
    const qsizetype row = rowOfLine(line);
    const QList<Row> rows = layoutRows();
    const bool inSight = !rows.isEmpty() && row >= rows.first().row && row < rows.last().row;
    if (!inSight)
        setTopRow(std::max<qsizetype>(0, row - verticalScrollBar()->pageStep() / 2));
}

void LogViewport::setTopRow(qsizetype row)
{
    verticalScrollBar()->setValue(int(std::clamp<qsizetype>(row, 0, verticalScrollBar()->maximum())));
}

QString LogViewport::lineText(qsizetype line) const
{
    const LogLineStore::Line l = m_store->line(line);
    QString text;
    if (m_sourceNames.size() > 1)
        text += m_sourceNames.value(l.source) + u" | ";
    if (m_timestamps && l.timestamp != 0)
        text += LogTimestamp::toDisplay(l.timestamp) + u' ';
    return text + QString::fromUtf8(l.text);
}

QString LogViewport::selectedText() const
{
    if (m_anchorLine < 0 || m_store->isEmpty())
        return {};
    const qsizetype first = std::min(m_anchorLine, m_endLine);
    const qsizetype last = std::max(m_anchorLine, m_endLine);
    QString text;
    for (qsizetype row = rowOfLine(first); row < rowCount() && lineOfRow(row) <= last; ++row)
        text += lineText(lineOfRow(row)) + u'\n';
    return text;
}

void LogViewport::selectAll()
{
    if (rowCount() == 0)
        return;
    m_anchorLine = lineOfRow(0);
    m_endLine = lineOfRow(rowCount() - 1);
    viewport()->update();
}

void LogViewport::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QColor LogViewport::ansiColor(const AnsiStyle::Color &color) const
{
    switch (color.kind) {
    case AnsiStyle::Color::Kind::Default: return palette().color(QPalette::Text);
    case AnsiStyle::Color::Kind::Rgb: return QColor::fromRgb(QRgb(color.value));
    case AnsiStyle::Color::Kind::Indexed: break;
    }
    const int index = int(color.value);
    if (index < 16)
        return QColor::fromRgb((m_dark ? DarkPalette : LightPalette).at(std::size_t(index)));
    if (index < 232) {
        // The 6x6x6 cube of xterm.
        const auto level = [](int v) {
            return v == 0 ? 0 : 55 + v * 40;
        };
        const int cube = index - 16;
        return QColor(level(cube / 36), level((cube / 6) % 6), level(cube % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

QColor LogViewport::sourceColor(int source) const
{
    return QColor::fromHsv((source * 137 + 200) % 360, m_dark ? 140 : 200, m_dark ? 235 : 150);
}

QColor LogViewport::stderrColor() const
{
    return m_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
}

QList<QTextLayout::FormatRange> LogViewport::formatsFor(qsizetype line, const QString &text) const
{
    QList<QTextLayout::FormatRange> formats;
    const LogLineStore::Line l = m_store->line(line);
    if (m_colors) {
        for (const LogLineStore::Span &span : l.spans) {
            const qsizetype start = std::min(utf16Offset(l.text, span.start), text.size());
            const qsizetype end = std::min(utf16Offset(l.text, qsizetype(span.start) + span.length), text.size());
            if (end <= start)
                continue;
            const AnsiStyle style = AnsiStyle::unpack(span.style);
            QTextCharFormat format;
            QColor foreground = ansiColor(style.foreground);
            QColor background
                = style.background.kind == AnsiStyle::Color::Kind::Default ? QColor() : ansiColor(style.background);
            if (style.attributes & AnsiStyle::Inverse) {
                const QColor swapped = background.isValid() ? background : palette().color(QPalette::Base);
                background = foreground;
                foreground = swapped;
            }
            if (style.attributes & AnsiStyle::Dim)
                foreground = mix(palette().color(QPalette::Base), foreground, 0.6);
            if (style.foreground.kind != AnsiStyle::Color::Kind::Default || (style.attributes & AnsiStyle::Inverse)
                || (style.attributes & AnsiStyle::Dim))
                format.setForeground(foreground);
            if (background.isValid())
                format.setBackground(background);
            if (style.attributes & AnsiStyle::Bold)
                format.setFontWeight(QFont::Bold);
            if (style.attributes & AnsiStyle::Italic)
                format.setFontItalic(true);
            if (style.attributes & AnsiStyle::Underline)
                format.setFontUnderline(true);
            if (style.attributes & AnsiStyle::Strike)
                format.setFontStrikeOut(true);
            formats.append({int(start), int(end - start), format});
        }
    }
    if (!m_search.isEmpty()) {
        QTextCharFormat match;
        match.setForeground(QColor(Qt::black));
        match.setBackground(line == m_currentLine ? QColor(0xff, 0x96, 0x32) : QColor(0xff, 0xe0, 0x66));
        for (const auto &[start, length] : m_search.matchesIn(text))
            formats.append({int(start), int(length), match});
    }
    return formats;
}

void LogViewport::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    painter.fillRect(viewport()->rect(), base);
    if (rowCount() == 0)
        return;
    const int width = viewport()->width();
    const int shiftX = m_wrap ? 0 : -horizontalScrollBar()->value();
    const qsizetype selectionFirst = m_anchorLine < 0 ? -1 : std::min(m_anchorLine, m_endLine);
    const qsizetype selectionLast = m_anchorLine < 0 ? -2 : std::max(m_anchorLine, m_endLine);
    const QColor stderrTint = mix(base, stderrColor(), m_dark ? 0.16 : 0.07);
    const QColor currentTint = mix(base, pal.color(QPalette::Highlight), 0.18);
    const QColor dimText = pal.color(QPalette::PlaceholderText);
    for (const Row &row : layoutRows()) {
        const qsizetype line = lineOfRow(row.row);
        const LogLineStore::Line l = m_store->line(line);
        const QRect rect(0, row.top, width, row.height);
        const bool selected = line >= selectionFirst && line <= selectionLast;
        const bool isStderr = l.stream == Engine::StdStream::Stderr;
        if (selected)
            painter.fillRect(rect, pal.color(QPalette::Highlight));
        else if (line == m_currentLine)
            painter.fillRect(rect, currentTint);
        else if (isStderr)
            painter.fillRect(rect, stderrTint);
        if (isStderr)
            painter.fillRect(QRect(0, row.top, MarkerWidth, row.height), stderrColor());

        int x = MarkerWidth + Gap / 2 + shiftX;
        if (m_tagWidth > 0) {
            painter.setPen(selected ? pal.color(QPalette::HighlightedText) : sourceColor(l.source));
            const QString name
                = fontMetrics().elidedText(m_sourceNames.value(l.source), Qt::ElideRight, m_tagWidth - Gap);
            painter.drawText(QRect(x, row.top, m_tagWidth - Gap, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += m_tagWidth;
        }
        if (m_timeWidth > 0) {
            painter.setPen(selected ? pal.color(QPalette::HighlightedText) : dimText);
            if (l.timestamp != 0)
                painter.drawText(QRect(x, row.top, m_timeWidth, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 LogTimestamp::toDisplay(l.timestamp));
            x += m_timeWidth;
        }
        QTextLayout layout;
        layOut(layout, shownText(line), line);
        painter.setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        layout.draw(&painter, QPointF(x, row.top));
    }
}

QString LogViewport::shownText(qsizetype line) const
{
    const QByteArrayView text = m_store->line(line).text;
    if (text.size() <= MaxShownLength)
        return QString::fromUtf8(text);
    return QString::fromUtf8(text.first(MaxShownLength)) + u" …";
}

void LogViewport::layOut(QTextLayout &layout, const QString &text, qsizetype line) const
{
    layout.setText(text);
    layout.setFont(font());
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(8 * m_charWidth);
    layout.setTextOption(option);
    layout.setFormats(formatsFor(line, text));
    const int width = std::max(viewport()->width() - textLeft() - 4, 10 * m_charWidth);
    layout.beginLayout();
    int y = 0;
    for (;;) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        // Without wrapping the line keeps its text whatever the width.
        textLine.setLineWidth(width);
        textLine.setPosition(QPointF(0, y + (m_lineHeight - textLine.height()) / 2));
        y += m_lineHeight;
    }
    layout.endLayout();
}

int LogViewport::textLeft() const
{
    return MarkerWidth + Gap / 2 + m_tagWidth + m_timeWidth;
}

int LogViewport::rowHeight(qsizetype row) const
{
    if (!m_wrap)
        return m_lineHeight;
    QTextLayout layout;
    const qsizetype line = lineOfRow(row);
    layOut(layout, shownText(line), line);
    return std::max(1, layout.lineCount()) * m_lineHeight;
}

qsizetype LogViewport::maxTopRow() const
{
    const qsizetype rows = rowCount();
    const int height = viewport()->height();
    if (!m_wrap)
        return std::max<qsizetype>(0, rows - height / m_lineHeight);
    qsizetype top = rows;
    int used = 0;
    while (top > 0) {
        const int next = rowHeight(top - 1);
        if (used + next > height)
            break;
        used += next;
        --top;
    }
    return std::clamp<qsizetype>(top, 0, std::max<qsizetype>(0, rows - 1));
}

QList<LogViewport::Row> LogViewport::layoutRows() const
{
    QList<Row> rows;
    const qsizetype count = rowCount();
    const int height = viewport()->height();
    int y = 0;
    for (qsizetype row = m_topRow; row < count && y < height; ++row) {
        const int h = rowHeight(row);
        rows.append({row, y, h});
        y += h;
    }
    return rows;
}

qsizetype LogViewport::rowAt(int y) const
{
    const QList<Row> rows = layoutRows();
    if (rows.isEmpty())
        return -1;
    if (y < 0)
        return std::max<qsizetype>(0, rows.first().row - 1);
    for (const Row &row : rows) {
        if (y < row.top + row.height)
            return row.row;
    }
    return std::min(rowCount() - 1, rows.last().row + 1);
}

void LogViewport::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_lineHeight = std::max(1, metrics.lineSpacing());
    m_charWidth = std::max(1, metrics.horizontalAdvance(u'M'));
    m_timeWidth = m_timestamps ? metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + Gap : 0;
    m_tagWidth = 0;
    if (m_sourceNames.size() > 1) {
        for (const QString &name : std::as_const(m_sourceNames))
            m_tagWidth = std::max(m_tagWidth, metrics.horizontalAdvance(name));
        m_tagWidth = std::min(m_tagWidth, 24 * m_charWidth) + Gap;
    }
    m_dark = palette().color(QPalette::Base).lightness() < 128;
}

void LogViewport::updateScrollBars()
{
    m_adjusting = true;
    const qsizetype rows = rowCount();
    const qsizetype maxTop = maxTopRow();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(maxTop));
    vertical->setPageStep(std::max(1, viewport()->height() / m_lineHeight));
    QScrollBar *horizontal = horizontalScrollBar();
    if (m_wrap) {
        horizontal->setRange(0, 0);
    } else {
        const qint64 contentWidth
            = textLeft() + qint64(std::min(m_store->maxLineLength(), MaxShownLength + 2)) * m_charWidth + m_charWidth;
        horizontal->setRange(0, int(std::max<qint64>(0, contentWidth - viewport()->width())));
        horizontal->setPageStep(viewport()->width());
        horizontal->setSingleStep(4 * m_charWidth);
    }
    qsizetype top = m_atBottom ? maxTop : std::min(rows > 0 ? rowOfLine(m_topLine) : 0, maxTop);
    vertical->setValue(int(top));
    m_topRow = top;
    m_topLine = rows > 0 ? lineOfRow(std::min(top, rows - 1)) : 0;
    m_adjusting = false;
    viewport()->update();
}

void LogViewport::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogViewport::scrollContentsBy(int, int)
{
    if (m_adjusting)
        return;
    QScrollBar *vertical = verticalScrollBar();
    m_topRow = vertical->value();
    if (rowCount() > 0)
        m_topLine = lineOfRow(std::min(m_topRow, rowCount() - 1));
    const bool atBottom = vertical->value() >= vertical->maximum();
    if (atBottom != m_atBottom) {
        m_atBottom = atBottom;
        Q_EMIT atBottomChanged(atBottom);
    }
    viewport()->update();
}

void LogViewport::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qsizetype row = rowAt(int(event->position().y()));
    if (row < 0)
        return;
    const qsizetype line = lineOfRow(row);
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchorLine < 0)
        m_anchorLine = line;
    m_endLine = line;
    viewport()->update();
}

void LogViewport::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchorLine < 0)
        return;
    const int y = int(event->position().y());
    if (y < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (y >= viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    const qsizetype row = rowAt(y);
    if (row >= 0)
        m_endLine = lineOfRow(row);
    viewport()->update();
}

void LogViewport::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *vertical = verticalScrollBar();
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->key() == Qt::Key_Home && (event->modifiers() & Qt::ControlModifier)) {
        vertical->triggerAction(QAbstractSlider::SliderToMinimum);
    } else if (event->key() == Qt::Key_End && (event->modifiers() & Qt::ControlModifier)) {
        vertical->triggerAction(QAbstractSlider::SliderToMaximum);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void LogViewport::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copy = menu->addAction(tr("Copy"), this, &LogViewport::copySelection);
    copy->setEnabled(m_anchorLine >= 0);
    menu->addAction(tr("Select All"), this, &LogViewport::selectAll);
    menu->popup(event->globalPos());
}

void LogViewport::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange) {
        updateMetrics();
        updateScrollBars();
    }
}

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminal/TerminalView.h"

#include "ui/terminal/TerminalSurface.h"

#include <vterm_keycodes.h>

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleHints>

#include <algorithm>

namespace Hublot::Ui {

namespace {

int modifiersOf(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return mod;
}

/// libvterm's code for a key that is not a character, or VTERM_KEY_NONE.
int specialKey(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: return VTERM_KEY_TAB;
    case Qt::Key_Backspace: return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape: return VTERM_KEY_ESCAPE;
    case Qt::Key_Up: return VTERM_KEY_UP;
    case Qt::Key_Down: return VTERM_KEY_DOWN;
    case Qt::Key_Left: return VTERM_KEY_LEFT;
    case Qt::Key_Right: return VTERM_KEY_RIGHT;
    case Qt::Key_Insert: return VTERM_KEY_INS;
    case Qt::Key_Delete: return VTERM_KEY_DEL;
    case Qt::Key_Home: return VTERM_KEY_HOME;
    case Qt::Key_End: return VTERM_KEY_END;
    case Qt::Key_PageUp: return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown: return VTERM_KEY_PAGEDOWN;
    default: break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1);
    return VTERM_KEY_NONE;
}

QColor cellColor(QRgb rgb, bool isDefault, const QColor &fallback)
{
    return isDefault ? fallback : QColor::fromRgb(rgb);
}

}  // namespace

TerminalView::TerminalView(TerminalSurface *surface, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_surface(surface)
{
    setObjectName(QStringLiteral("terminalView"));
    setAccessibleName(tr("Terminal"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setFrameShape(QFrame::NoFrame);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::TypeWriter);
    m_basePointSize = mono.pointSizeF() > 0 ? mono.pointSizeF() : 10;
    setFont(mono);
    updateMetrics();
    applyPalette();

    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMs);
    connect(&m_frame, &QTimer::timeout, this, &TerminalView::frame);
    connect(surface, &TerminalSurface::changed, this, &TerminalView::onSurfaceChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followBottom = value >= verticalScrollBar()->maximum();
        viewport()->update();
    });
    connect(this, &TerminalView::linkActivated, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    updateScrollBar();
}

TerminalView::~TerminalView() = default;

QSize TerminalView::gridSize() const
{
    const QSize area = viewport()->size();
    return {std::max(area.width() / std::max(m_cell.width(), 1), 2),
            std::max(area.height() / std::max(m_cell.height(), 1), 1)};
}

void TerminalView::zoomIn()
{
    QFont f = font();
    f.setPointSizeF(std::min(f.pointSizeF() + 1, 48.0));
    setFont(f);
}

void TerminalView::zoomOut()
{
    QFont f = font();
    f.setPointSizeF(std::max(f.pointSizeF() - 1, 6.0));
    setFont(f);
}

void TerminalView::resetZoom()
{
    QFont f = font();
    f.setPointSizeF(m_basePointSize);
    setFont(f);
}

void TerminalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        const QSize grid = gridSize();
        if (m_surface && (grid.height() != m_surface->rows() || grid.width() != m_surface->columns())) {
            m_surface->resize(grid.height(), grid.width());
            Q_EMIT gridResized(grid.height(), grid.width());
        }
        viewport()->update();
    } else if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TerminalView::applyPalette()
{
    // The terminal keeps its own dark colours: programs assume a dark
    // background more often than not, and the palette's 16 colours are
    // chosen for one.
    if (m_surface && !m_surface->defaultBackground().isValid())
        m_surface->setDefaultColors(QColor(0xd0, 0xd0, 0xd0), QColor(0x1e, 0x1e, 0x1e));
}

void TerminalView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_cell = QSize(std::max(1, qCeil(metrics.horizontalAdvance(u'M'))), std::max(1, qCeil(metrics.lineSpacing())));
    m_ascent = qCeil(metrics.ascent());
}

void TerminalView::onSurfaceChanged()
{
    if (!m_frame.isActive())
        m_frame.start();
}

void TerminalView::frame()
{
    updateScrollBar();
    viewport()->update();
}

void TerminalView::updateScrollBar()
{
    if (!m_surface)
        return;
    QScrollBar *bar = verticalScrollBar();
    const int scrollback = m_surface->scrollbackSize();
    const bool follow = m_followBottom;
    // Lines dropped from the top of a full scrollback move what is in sight up.
    const qint64 dropped = m_surface->droppedLines() - m_lastDropped;
    m_lastDropped = m_surface->droppedLines();
    const int value = bar->value();
    bar->blockSignals(true);
    bar->setRange(0, scrollback);
    bar->setPageStep(m_surface->rows());
    bar->setSingleStep(1);
    bar->setValue(follow ? scrollback : std::max<int>(0, value - int(dropped)));
    bar->blockSignals(false);
    m_followBottom = follow;
}

qint64 TerminalView::topLine() const
{
    return verticalScrollBar()->value();
}

QPoint TerminalView::cellAt(QPointF pos) const
{
    const int column = std::clamp(int(pos.x()) / m_cell.width(), 0, m_surface ? m_surface->columns() - 1 : 0);
    const int row = std::clamp(int(pos.y()) / m_cell.height(), 0, m_surface ? m_surface->rows() - 1 : 0);
    return {column, int(topLine() + row)};
}

bool TerminalView::isSelected(qint64 line, int column) const
{
    if (!m_hasSelection)
        return false;
    QPoint from = m_anchor;
    QPoint to = m_extent;
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    if (line < from.y() || line > to.y())
        return false;
    if (line == from.y() && column < from.x())
        return false;
    if (line == to.y() && column > to.x())
        return false;
    return true;
}

void TerminalView::paintEvent(QPaintEvent *)
{
    ++m_paints;
    QPainter painter(viewport());
    if (!m_surface)
        return;
    const QColor defaultFg = m_surface->defaultForeground();
    const QColor defaultBg = m_surface->defaultBackground();
    painter.fillRect(viewport()->rect(), defaultBg);
    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont italic = base;
    italic.setItalic(true);
    QFont boldItalic = bold;
    boldItalic.setItalic(true);
    const qint64 top = topLine();
    const int rows = std::min(m_surface->rows(), viewport()->height() / m_cell.height() + 1);
    const qint64 cursorLine = m_surface->scrollbackSize() + m_surface->cursor().y();
    const QPalette pal = palette();
    const QColor selectionBg = pal.color(QPalette::Highlight);
    const QColor selectionFg = pal.color(QPalette::HighlightedText);

    QString run;
    for (int row = 0; row < rows; ++row) {
        const qint64 lineIndex = top + row;
        const TerminalSurface::Line line = m_surface->lineAt(lineIndex);
        const int y = row * m_cell.height();
        // Where the searched text sits on this line, column by column.
        std::vector<bool> matched;
        if (!m_matchText.isEmpty()) {
            QString columns;
            for (const TerminalSurface::Cell &cell : line)
                columns.append(cell.ch > 0 && cell.ch < 0x10000 ? QChar(char16_t(cell.ch)) : QChar(u' '));
            qsizetype at = columns.indexOf(m_matchText, 0, Qt::CaseInsensitive);
            if (at >= 0) {
                matched.assign(line.size(), false);
                while (at >= 0) {
                    for (qsizetype i = at; i < at + m_matchText.size() && i < qsizetype(matched.size()); ++i)
                        matched[std::size_t(i)] = true;
                    at = columns.indexOf(m_matchText, at + 1, Qt::CaseInsensitive);
                }
            }
        }
        int column = 0;
        const int count = int(line.size());
        while (column < count) {
            // A run: neighbouring cells painted alike, drawn as one text.
            const TerminalSurface::Cell &first = line[std::size_t(column)];
            const bool firstSelected = isSelected(lineIndex, column);
            const bool firstMatched = !matched.empty() && matched[std::size_t(column)];
            int end = column + 1;
            while (end < count) {
                const TerminalSurface::Cell &next = line[std::size_t(end)];
                if (next.fg != first.fg || next.bg != first.bg || next.defaultFg != first.defaultFg
                    || next.defaultBg != first.defaultBg || next.attributes != first.attributes || next.combining != 0
                    || first.combining != 0 || isSelected(lineIndex, end) != firstSelected
                    || (!matched.empty() && matched[std::size_t(end)] != firstMatched))
                    break;
                ++end;
            }
            QColor fg = cellColor(first.fg, first.defaultFg, defaultFg);
            QColor bg = cellColor(first.bg, first.defaultBg, defaultBg);
            if (first.attributes & TerminalSurface::Bold && first.defaultFg)
                fg = fg.lighter(120);
            if ((first.attributes & TerminalSurface::Reverse) != m_surface->isReverseVideo())
                std::swap(fg, bg);
            if (firstMatched) {
                bg = QColor(0xe5, 0xc0, 0x7b);
                fg = Qt::black;
            }
            if (firstSelected) {
                bg = selectionBg;
                fg = selectionFg;
            }
            const QRect rect(column * m_cell.width(), y, (end - column) * m_cell.width(), m_cell.height());
            if (bg != defaultBg)
                painter.fillRect(rect, bg);
            run.clear();
            for (int i = column; i < end; ++i) {
                const TerminalSurface::Cell &cell = line[std::size_t(i)];
                if (cell.combining != 0) {
                    run.append(m_surface->combiningMark(cell.combining));
                } else if (cell.ch == 0) {
                    if (i > column && (line[std::size_t(i - 1)].attributes & TerminalSurface::Wide))
                        continue;
                    run.append(u' ');
                } else {
                    run.append(QString::fromUcs4(&cell.ch, 1));
                }
            }
            if (!(first.attributes & TerminalSurface::Conceal) && !run.trimmed().isEmpty()) {
                const bool isBold = first.attributes & TerminalSurface::Bold;
                const bool isItalic = first.attributes & TerminalSurface::Italic;
                QFont f = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : base);
                f.setUnderline(first.attributes & TerminalSurface::Underline);
                f.setStrikeOut(first.attributes & TerminalSurface::Strike);
                painter.setFont(f);
                painter.setPen(fg);
                if (first.attributes & TerminalSurface::Wide || first.combining != 0) {
                    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, run);
                } else {
                    // Cell by cell positions hold the grid even where the
                    // font's advance is not exactly the cell's width.
                    painter.drawText(QPoint(rect.left(), y + m_ascent), run);
                }
            }
            column = end;
        }
        // Links are underlined.
        for (const TerminalSurface::Link &link : m_surface->links()) {
            if (link.line != lineIndex)
                continue;
            painter.setPen(QColor(0x6c, 0xb6, 0xff));
            const int baseline = y + m_cell.height() - 2;
            painter.drawLine(link.firstColumn * m_cell.width(), baseline, (link.lastColumn + 1) * m_cell.width(),
                             baseline);
        }
        if (lineIndex == cursorLine && m_surface->cursorVisible()) {
            const QPoint c = m_surface->cursor();
            const QRect cell(c.x() * m_cell.width(), y, m_cell.width(), m_cell.height());
            painter.setPen(defaultFg);
            if (!hasFocus()) {
                painter.drawRect(cell.adjusted(0, 0, -1, -1));
            } else {
                switch (m_surface->cursorShape()) {
                case TerminalSurface::CursorShape::Block: {
                    painter.fillRect(cell, defaultFg);
                    const TerminalSurface::Cell under
                        = c.x() < int(line.size()) ? line[std::size_t(c.x())] : TerminalSurface::Cell {};
                    if (under.ch > U' ') {
                        painter.setPen(defaultBg);
                        painter.setFont(base);
                        painter.drawText(QPoint(cell.left(), y + m_ascent), QString::fromUcs4(&under.ch, 1));
                    }
                    break;
                }
                case TerminalSurface::CursorShape::Underline:
                    painter.fillRect(QRect(cell.left(), cell.bottom() - 1, cell.width(), 2), defaultFg);
                    break;
                case TerminalSurface::CursorShape::Bar:
                    painter.fillRect(QRect(cell.left(), cell.top(), 2, cell.height()), defaultFg);
                    break;
                }
            }
        }
    }
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (!m_surface)
        return;
    const QSize grid = gridSize();
    if (grid.height() != m_surface->rows() || grid.width() != m_surface->columns()) {
        m_surface->resize(grid.height(), grid.width());
        Q_EMIT gridResized(grid.height(), grid.width());
    }
    updateScrollBar();
}

bool TerminalView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys typed here go to the program, not to the window's shortcuts
        // (Escape leaves vi, not the page; Ctrl+letters are control
        // characters), except the terminal's own Ctrl+Shift ones, handled in
        // keyPressEvent, and Ctrl+Shift with other letters, left to the window.
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
        const bool ctrlShift = mods == (Qt::ControlModifier | Qt::ShiftModifier);
        if (!ctrlShift || key->key() == Qt::Key_C || key->key() == Qt::Key_V || key->key() == Qt::Key_F) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::handleShortcut(QKeyEvent *event)
{
    const auto mods
        = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool ctrlShift = mods == (Qt::ControlModifier | Qt::ShiftModifier);
    if ((ctrlShift && event->key() == Qt::Key_C) || (event->matches(QKeySequence::Copy) && m_hasSelection)) {
        copy();
        return true;
    }
    // Ctrl+V is a key of its own in a terminal; the platform's paste key
    // counts only where it is not (Cmd+V on macOS).
    const bool platformPaste = event->matches(QKeySequence::Paste)
        && !(mods == Qt::ControlModifier && event->key() == Qt::Key_V && QSysInfo::productType() != u"macos");
    if ((ctrlShift && event->key() == Qt::Key_V) || (mods == Qt::ShiftModifier && event->key() == Qt::Key_Insert)
        || platformPaste) {
        pasteFromClipboard();
        return true;
    }
    if (ctrlShift && event->key() == Qt::Key_F) {
        Q_EMIT findRequested();
        return true;
    }
    if (mods == Qt::ControlModifier || ctrlShift) {
        if (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus) {
            zoomIn();
            return true;
        }
        if (event->key() == Qt::Key_Minus && mods == Qt::ControlModifier) {
            zoomOut();
            return true;
        }
        if (event->key() == Qt::Key_0 && mods == Qt::ControlModifier) {
            resetZoom();
            return true;
        }
    }
    if (mods == Qt::ShiftModifier && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_PageUp ? -1 : 1) * bar->pageStep());
        return true;
    }
    return false;
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    if (!m_surface)
        return;
    if (handleShortcut(event))
        return;
    const int mod = modifiersOf(event->modifiers());
    const int special = specialKey(event->key());
    // Typing brings the view back to the prompt.
    m_followBottom = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    clearSelection();
    if (special != VTERM_KEY_NONE) {
        // Shift+Tab is a back tab: libvterm makes it CSI Z.
        m_surface->typeKey(special, event->key() == Qt::Key_Backtab ? (mod | VTERM_MOD_SHIFT) : mod);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        // Ctrl+letter: libvterm makes the control character from the letter.
        const int key = event->key();
        if (key >= Qt::Key_A && key <= Qt::Key_Z) {
            m_surface->typeCharacter(char32_t(u'a' + (key - Qt::Key_A)), mod & ~VTERM_MOD_SHIFT);
            return;
        }
        if (key >= Qt::Key_At && key <= Qt::Key_Underscore) {
            m_surface->typeCharacter(char32_t(key), mod);
            return;
        }
        if (key == Qt::Key_Space) {
            m_surface->typeCharacter(U' ', mod);
            return;
        }
    }
    const QString text = event->text();
    if (text.isEmpty())
        return;
    // The character itself carries Shift; only Alt and Ctrl go with it.
    const int charMod = mod & ~VTERM_MOD_SHIFT;
    for (const char32_t ch : text.toUcs4()) {
        if (ch < 0x20 || ch == 0x7f)
            continue;
        m_surface->typeCharacter(ch, charMod);
    }
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_surface) {
        for (const char32_t ch : event->commitString().toUcs4())
            m_surface->typeCharacter(ch);
    }
    event->accept();
}

bool TerminalView::focusNextPrevChild(bool)
{
    // Tab belongs to the shell (completion); Ctrl+Tab still leaves.
    return false;
}

bool TerminalView::takesMouse(const QMouseEvent *event) const
{
    return m_surface && m_surface->mouseMode() > 0 && !(event->modifiers() & Qt::ShiftModifier);
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (takesMouse(event)) {
        const QPoint cell = cellAt(event->position());
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        m_surface->mouseMove(int(cell.y() - m_surface->scrollbackSize()), cell.x(), modifiersOf(event->modifiers()));
        m_surface->mouseButton(button, true, modifiersOf(event->modifiers()));
        return;
    }
    if (event->button() == Qt::MiddleButton) {
        if (QApplication::clipboard()->supportsSelection() && m_surface)
            m_surface->paste(QApplication::clipboard()->text(QClipboard::Selection));
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_pressCell = cellAt(event->position());
    m_anchor = m_extent = m_pressCell;
    m_selecting = true;
    m_dragged = false;
    if (m_hasSelection) {
        m_hasSelection = false;
        viewport()->update();
    }
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (takesMouse(event)) {
        const QPoint cell = cellAt(event->position());
        m_surface->mouseMove(int(cell.y() - m_surface->scrollbackSize()), cell.x(), modifiersOf(event->modifiers()));
        return;
    }
    if (m_surface) {
        const QPoint cell = cellAt(event->position());
        viewport()->setCursor(m_surface->linkAt(cell.y(), cell.x()).isValid() ? Qt::PointingHandCursor
                                                                              : Qt::IBeamCursor);
    }
    if (!m_selecting)
        return;
    const QPoint cell = cellAt(event->position());
    if (cell != m_pressCell)
        m_dragged = true;
    if (m_dragged) {
        m_extent = cell;
        m_hasSelection = true;
        viewport()->update();
    }
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (takesMouse(event)) {
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        m_surface->mouseButton(button, false, modifiersOf(event->modifiers()));
        return;
    }
    if (!m_selecting)
        return;
    m_selecting = false;
    if (m_dragged) {
        if (QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
        return;
    }
    // A click, not a drag: a link under it opens.
    const QUrl url = m_surface ? m_surface->linkAt(m_pressCell.y(), m_pressCell.x()) : QUrl();
    if (url.isValid())
        Q_EMIT linkActivated(url);
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (takesMouse(event) || !m_surface) {
        mousePressEvent(event);
        return;
    }
    // A word: the run of non-blank cells under the pointer.
    const QPoint cell = cellAt(event->position());
    const TerminalSurface::Line line = m_surface->lineAt(cell.y());
    const auto blank = [&line](int x) {
        return x < 0 || x >= int(line.size()) || line[std::size_t(x)].ch == 0 || line[std::size_t(x)].ch == U' ';
    };
    if (blank(cell.x()))
        return;
    int first = cell.x();
    int last = cell.x();
    while (!blank(first - 1))
        --first;
    while (!blank(last + 1))
        ++last;
    m_anchor = QPoint(first, cell.y());
    m_extent = QPoint(last, cell.y());
    m_hasSelection = true;
    m_selecting = false;
    viewport()->update();
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    if (!m_surface)
        return;
    const int steps = event->angleDelta().y() / 40;
    if (steps == 0)
        return;
    if (m_surface->mouseMode() > 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        const QPoint cell = cellAt(event->position());
        m_surface->mouseMove(int(cell.y() - m_surface->scrollbackSize()), cell.x());
        for (int i = 0; i < std::abs(steps); ++i) {
            m_surface->mouseButton(steps > 0 ? 4 : 5, true);
            m_surface->mouseButton(steps > 0 ? 4 : 5, false);
        }
        return;
    }
    if (m_surface->isAlternateScreen()) {
        // A full-screen program without mouse reporting (less, man): the
        // wheel moves as the arrow keys do.
        for (int i = 0; i < std::abs(steps); ++i)
            m_surface->typeKey(steps > 0 ? VTERM_KEY_UP : VTERM_KEY_DOWN);
        return;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() - steps);
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_surface)
        m_surface->focusIn();
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    if (m_surface)
        m_surface->focusOut();
    viewport()->update();
}

QString TerminalView::selectedText() const
{
    if (!m_hasSelection || !m_surface)
        return {};
    return m_surface->textBetween(m_anchor, m_extent);
}

void TerminalView::selectAll()
{
    if (!m_surface)
        return;
    m_anchor = QPoint(0, 0);
    m_extent = QPoint(m_surface->columns() - 1, int(m_surface->lineCount() - 1));
    m_hasSelection = true;
    viewport()->update();
}

void TerminalView::clearSelection()
{
    if (!m_hasSelection)
        return;
    m_hasSelection = false;
    viewport()->update();
}

void TerminalView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TerminalView::pasteFromClipboard()
{
    if (m_surface)
        m_surface->paste(QApplication::clipboard()->text());
}

bool TerminalView::findNext(const QString &text)
{
    return find(text, true);
}

bool TerminalView::findPrevious(const QString &text)
{
    return find(text, false);
}

bool TerminalView::find(const QString &text, bool forward)
{
    if (!m_surface)
        return false;
    m_matchText = text;
    const QList<qint64> lines = m_surface->find(text);
    if (lines.isEmpty()) {
        m_matchLine = -1;
        viewport()->update();
        return false;
    }
    qint64 next = -1;
    if (forward) {
        const auto it = std::upper_bound(lines.cbegin(), lines.cend(), m_matchLine);
        next = it == lines.cend() ? lines.first() : *it;
    } else {
        const auto it
            = std::lower_bound(lines.cbegin(), lines.cend(), m_matchLine < 0 ? m_surface->lineCount() : m_matchLine);
        next = it == lines.cbegin() ? lines.last() : *(it - 1);
    }
    m_matchLine = next;
    // The match in the middle of the view when it is above the screen.
    QScrollBar *bar = verticalScrollBar();
    if (next < bar->value() || next >= bar->value() + m_surface->rows())
        bar->setValue(int(std::clamp<qint64>(next - m_surface->rows() / 2, 0, bar->maximum())));
    viewport()->update();
    return true;
}

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminal/TerminalSurface.h"

#include <vterm.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace Hublot::Ui {

namespace {

bool isBlank(const TerminalSurface::Cell &cell)
{
    return (cell.ch == 0 || cell.ch == U' ') && cell.defaultBg && cell.attributes == 0 && cell.combining == 0;
}

/// Title text as the window shows it: no control characters (C0, DEL, C1),
/// no line breaks, at most limit characters.
QString plainTitle(const QByteArray &bytes, int limit)
{
    QString text = QString::fromUtf8(bytes);
    QString plain;
    plain.reserve(std::min<qsizetype>(text.size(), limit));
    for (const QChar ch : std::as_const(text)) {
        const char16_t u = ch.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || ch.category() == QChar::Other_Format)
            continue;
        plain.append(ch);
    }
    plain = plain.simplified();
    if (plain.size() > limit)
        plain = plain.left(limit - 1) + QChar(0x2026);
    return plain;
}

// libvterm's own default, as its vterm_new() would use.
void *zeroedBlock(std::size_t size, void *)
{
    return std::calloc(1, size);
}

void releaseBlock(void *block, void *)
{
    std::free(block);
}

VTermAllocatorFunctions vtermAllocator {zeroedBlock, releaseBlock};
void *vtermAllocatorData = nullptr;

}  // namespace

void TerminalSurface::setVtermAllocator(Allocate allocate, Release release, void *data)
{
    vtermAllocator = {allocate, release};
    vtermAllocatorData = data;
}

/// libvterm's callbacks, each handing over to the surface given as user data.
///
/// Hublot keeps the screen itself, on libvterm's state layer, rather than
/// using libvterm's screen layer: that one moves every cell of the screen
/// for each line scrolled (a memmove of rows x columns cells), which held a
/// `cat` of a big file to a few MB/s. Here a scroll moves row handles.
struct TerminalCallbacks
{
    // libvterm hands strings (titles, links, clipboard writes) over in
    // fragments of what was read; a longer one is a fault of its own, once
    // seen as a 1 GiB length past the end of a read, and is never read.
    static constexpr std::size_t MaxFragment = 16 * 1024 * 1024;

    static TerminalSurface *self(void *user) { return static_cast<TerminalSurface *>(user); }

    static TerminalSurface::Cell blank(const TerminalSurface *s)
    {
        TerminalSurface::Cell cell;
        cell.bg = s->m_pen.bg;
        cell.defaultBg = s->m_pen.defaultBg;
        return cell;
    }

    static TerminalSurface::Line blankLine(const TerminalSurface *s)
    {
        return TerminalSurface::Line(std::size_t(s->m_columns), blank(s));
    }

    static int putGlyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        TerminalSurface *s = self(user);
        // What REP repeats (see EscapeScanner).
        s->m_lastGlyphWidth = info->width;
        s->m_lastGlyphLength = 0;
        while (s->m_lastGlyphLength < s->m_lastGlyph.size() && info->chars[s->m_lastGlyphLength] != 0) {
            s->m_lastGlyph[s->m_lastGlyphLength] = char32_t(info->chars[s->m_lastGlyphLength]);
            ++s->m_lastGlyphLength;
        }
        auto &grid = s->grid();
        if (pos.row < 0 || pos.row >= int(grid.size()) || pos.col < 0 || pos.col >= s->m_columns)
            return 1;
        TerminalSurface::Cell cell = s->m_pen;
        cell.ch = info->chars[0];
        cell.combining = 0;
        if (info->chars[0] != 0 && info->chars[1] != 0) {
            QString marks;
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && info->chars[i] != 0; ++i)
                marks.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&info->chars[i]), 1));
            qsizetype index = s->m_combining.indexOf(marks);
            if (index < 0 && s->m_combining.size() < 255) {
                s->m_combining.append(marks);
                index = s->m_combining.size() - 1;
            }
            if (index >= 0)
                cell.combining = quint8(index + 1);
        }
        TerminalSurface::Line &line = grid[std::size_t(pos.row)];
        if (info->width == 2) {
            cell.attributes |= TerminalSurface::Wide;
            if (pos.col + 1 < s->m_columns) {
                TerminalSurface::Cell second = s->m_pen;
                second.ch = 0;
                second.combining = 0;
                line[std::size_t(pos.col + 1)] = second;
            }
        }
        line[std::size_t(pos.col)] = cell;
        s->m_dirty = true;
        return 1;
    }

    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        TerminalSurface *s = self(user);
        // Kept on the screen: libvterm can report a column of -1 on a screen
        // one column wide (found by fuzzing), and the view indexes rows by it.
        s->m_cursor = QPoint(std::clamp(pos.col, 0, s->m_columns - 1), std::clamp(pos.row, 0, s->m_rows - 1));
        s->m_cursorVisible = visible != 0;
        s->m_dirty = true;
        return 1;
    }

    static int scrollRect(VTermRect rect, int downward, int rightward, void *user)
    {
        TerminalSurface *s = self(user);
        // Sideways or part of the width: libvterm does it with moveRect and erase.
        if (rightward != 0 || rect.start_col != 0 || rect.end_col != s->m_columns)
            return 0;
        auto &grid = s->grid();
        const int top = std::clamp(rect.start_row, 0, int(grid.size()));
        const int bottom = std::clamp(rect.end_row, top, int(grid.size()));
        const int height = bottom - top;
        if (height == 0 || downward == 0)
            return 1;
        const int count = std::min(std::abs(downward), height);
        const auto first = grid.begin() + top;
        const auto last = grid.begin() + bottom;
        if (downward > 0) {
            // Lines leaving the top of the whole main screen go to the scrollback.
            if (top == 0 && !s->m_altScreen) {
                for (int i = 0; i < count; ++i)
                    s->pushLine(grid[std::size_t(i)]);
            }
            std::rotate(first, first + count, last);
            // The rows that left are blanked in place: no memory is taken per line scrolled.
            for (int i = bottom - count; i < bottom; ++i)
                std::fill(grid[std::size_t(i)].begin(), grid[std::size_t(i)].end(), blank(s));
        } else {
            std::rotate(first, last - count, last);
            for (int i = top; i < top + count; ++i)
                std::fill(grid[std::size_t(i)].begin(), grid[std::size_t(i)].end(), blank(s));
        }
        s->m_dirty = true;
        return 1;
    }

    static int moveRect(VTermRect dest, VTermRect src, void *user)
    {
        TerminalSurface *s = self(user);
        auto &grid = s->grid();
        const int rows = src.end_row - src.start_row;
        const int columns = src.end_col - src.start_col;
        // Walk so that a row is read before it is overwritten.
        const bool up = dest.start_row <= src.start_row;
        for (int i = 0; i < rows; ++i) {
            const int offset = up ? i : rows - 1 - i;
            const int from = src.start_row + offset;
            const int to = dest.start_row + offset;
            if (from < 0 || to < 0 || from >= int(grid.size()) || to >= int(grid.size()))
                continue;
            // Cell by cell within both rows: libvterm can hand over a
            // rectangle partly outside the screen (found by fuzzing).
            const TerminalSurface::Line source = grid[std::size_t(from)];
            TerminalSurface::Line &target = grid[std::size_t(to)];
            for (int k = 0; k < columns; ++k) {
                const int a = src.start_col + k;
                const int b = dest.start_col + k;
                if (a >= 0 && b >= 0 && a < int(source.size()) && b < int(target.size()))
                    target[std::size_t(b)] = source[std::size_t(a)];
            }
        }
        s->m_dirty = true;
        return 1;
    }

    static int erase(VTermRect rect, int, void *user)
    {
        TerminalSurface *s = self(user);
        auto &grid = s->grid();
        const TerminalSurface::Cell cell = blank(s);
        for (int row = std::max(rect.start_row, 0); row < rect.end_row && row < int(grid.size()); ++row) {
            TerminalSurface::Line &line = grid[std::size_t(row)];
            for (int column = std::max(rect.start_col, 0); column < rect.end_col && column < int(line.size()); ++column)
                line[std::size_t(column)] = cell;
        }
        s->m_dirty = true;
        return 1;
    }

    static int initPen(void *user)
    {
        TerminalSurface *s = self(user);
        s->m_pen = TerminalSurface::Cell {};
        return 1;
    }

    static void setColour(TerminalSurface *s, VTermColor colour, QRgb *rgb, bool *isDefault, bool foreground)
    {
        *isDefault = foreground ? VTERM_COLOR_IS_DEFAULT_FG(&colour) : VTERM_COLOR_IS_DEFAULT_BG(&colour);
        vterm_state_convert_color_to_rgb(s->m_state, &colour);
        *rgb = qRgb(colour.rgb.red, colour.rgb.green, colour.rgb.blue);
    }

    static int setPenAttr(VTermAttr attr, VTermValue *value, void *user)
    {
        TerminalSurface *s = self(user);
        const auto flag = [s](quint8 bit, bool on) {
            if (on)
                s->m_pen.attributes |= bit;
            else
                s->m_pen.attributes &= quint8(~bit);
        };
        switch (attr) {
        case VTERM_ATTR_BOLD: flag(TerminalSurface::Bold, value->boolean); break;
        case VTERM_ATTR_UNDERLINE: flag(TerminalSurface::Underline, value->number != 0); break;
        case VTERM_ATTR_ITALIC: flag(TerminalSurface::Italic, value->boolean); break;
        case VTERM_ATTR_BLINK: flag(TerminalSurface::Blink, value->boolean); break;
        case VTERM_ATTR_REVERSE: flag(TerminalSurface::Reverse, value->boolean); break;
        case VTERM_ATTR_CONCEAL: flag(TerminalSurface::Conceal, value->boolean); break;
        case VTERM_ATTR_STRIKE: flag(TerminalSurface::Strike, value->boolean); break;
        case VTERM_ATTR_FOREGROUND: setColour(s, value->color, &s->m_pen.fg, &s->m_pen.defaultFg, true); break;
        case VTERM_ATTR_BACKGROUND: setColour(s, value->color, &s->m_pen.bg, &s->m_pen.defaultBg, false); break;
        default: break;
        }
        return 1;
    }

    static int setTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalSurface *s = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE: s->m_cursorVisible = value->boolean != 0; break;
        case VTERM_PROP_ALTSCREEN: {
            const bool alt = value->boolean != 0;
            if (alt && !s->m_altScreen)
                s->m_alternate.assign(std::size_t(s->m_rows), blankLine(s));
            s->m_altScreen = alt;
            break;
        }
        case VTERM_PROP_REVERSE: s->m_reverse = value->boolean != 0; break;
        case VTERM_PROP_MOUSE: s->m_mouseMode = value->number; break;
        case VTERM_PROP_CURSORSHAPE:
            s->m_cursorShape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE
                ? TerminalSurface::CursorShape::Underline
                : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT ? TerminalSurface::CursorShape::Bar
                                                                   : TerminalSurface::CursorShape::Block;
            break;
        case VTERM_PROP_TITLE: {
            const VTermStringFragment &f = value->string;
            if (f.len > MaxFragment)
                break;  // not a length a fragment of a read can have
            if (f.initial)
                s->m_titleBytes.clear();
            // Kept short while it arrives: a flood of title bytes costs nothing.
            if (s->m_titleBytes.size() < 4 * TerminalSurface::TitleLimit)
                s->m_titleBytes.append(f.str, qsizetype(f.len));
            if (f.final) {
                const QString title = plainTitle(s->m_titleBytes, TerminalSurface::TitleLimit);
                if (title != s->m_title) {
                    s->m_title = title;
                    Q_EMIT s->titleChanged(title);
                }
            }
            break;
        }
        default: break;
        }
        s->m_dirty = true;
        return 1;
    }

    static int bell(void *user)
    {
        Q_EMIT self(user)->bell();
        return 1;
    }

    static int resize(int rows, int columns, VTermStateFields *fields, void *user)
    {
        TerminalSurface *s = self(user);
        const TerminalSurface::Cell cell = blank(s);
        const int cursorRow = fields ? fields->pos.row : 0;
        for (int buffer = 0; buffer < 2; ++buffer) {
            std::vector<TerminalSurface::Line> *grid = buffer == 0 ? &s->m_primary : &s->m_alternate;
            const int oldRows = int(grid->size());
            // Rows above the cursor make room when the screen gets shorter.
            const int drop = std::max(0, std::min(cursorRow + 1, oldRows) - rows);
            for (int i = 0; i < drop; ++i) {
                if (buffer == 0)
                    s->pushLine((*grid)[std::size_t(i)]);
            }
            grid->erase(grid->begin(), grid->begin() + drop);
            grid->resize(std::size_t(rows), TerminalSurface::Line(std::size_t(columns), cell));
            for (TerminalSurface::Line &line : *grid)
                line.resize(std::size_t(columns), cell);
            // With a resize callback, libvterm leaves its per-row line flags
            // to the callback: they follow the rows, in memory from the
            // allocator libvterm was given.
            if (fields && fields->lineinfos[buffer]) {
                auto *info = static_cast<VTermLineInfo *>(
                    vtermAllocator.malloc(std::size_t(rows) * sizeof(VTermLineInfo), vtermAllocatorData));
                const int kept = std::min(oldRows - drop, rows);
                for (int row = 0; row < kept; ++row)
                    info[row] = fields->lineinfos[buffer][row + drop];
                vtermAllocator.free(fields->lineinfos[buffer], vtermAllocatorData);
                fields->lineinfos[buffer] = info;
            }
            if (buffer == (s->m_altScreen ? 1 : 0) && fields)
                fields->pos.row = std::clamp(fields->pos.row - drop, 0, rows - 1);
        }
        s->m_dirty = true;
        return 1;
    }

    static int clearScrollback(void *user)
    {
        TerminalSurface *s = self(user);
        s->m_dropped += qint64(s->m_scrollback.size());
        s->m_scrollback.clear();
        s->m_links.clear();
        s->m_dirty = true;
        return 1;
    }

    static int osc(int command, VTermStringFragment fragment, void *user)
    {
        if (command != 8)
            return 0;  // anything else unknown is ignored
        if (fragment.len > MaxFragment)
            return 1;
        self(user)->linkFragment(QByteArrayView(fragment.str, qsizetype(fragment.len)), fragment.initial,
                                 fragment.final);
        return 1;
    }

    static int selectionSet(VTermSelectionMask, VTermStringFragment fragment, void *user)
    {
        TerminalSurface *s = self(user);
        if (fragment.len > MaxFragment)
            return 1;
        if (fragment.initial)
            s->m_selectionBytes.clear();
        if (s->m_selectionBytes.size() < 1024 * 1024)
            s->m_selectionBytes.append(fragment.str, qsizetype(fragment.len));
        if (fragment.final && s->m_clipboardAllowed)
            Q_EMIT s->clipboardWrite(QString::fromUtf8(s->m_selectionBytes));
        return 1;
    }

    // A program asking what the clipboard holds gets no answer.
    static int selectionQuery(VTermSelectionMask, void *) { return 1; }

    static void output(const char *bytes, size_t length, void *user)
    {
        self(user)->m_pendingOutput.append(bytes, qsizetype(length));
    }
};

namespace {

const VTermStateCallbacks StateCallbacks = {
    TerminalCallbacks::putGlyph,
    TerminalCallbacks::moveCursor,
    TerminalCallbacks::scrollRect,
    TerminalCallbacks::moveRect,
    TerminalCallbacks::erase,
    TerminalCallbacks::initPen,
    TerminalCallbacks::setPenAttr,
    TerminalCallbacks::setTermProp,
    TerminalCallbacks::bell,
    TerminalCallbacks::resize,
    nullptr,
    TerminalCallbacks::clearScrollback,
};

const VTermStateFallbacks Fallbacks = {nullptr, nullptr, TerminalCallbacks::osc, nullptr, nullptr, nullptr, nullptr};

const VTermSelectionCallbacks SelectionCallbacks = {TerminalCallbacks::selectionSet, TerminalCallbacks::selectionQuery};

}  // namespace

TerminalSurface::TerminalSurface(int rows, int columns, QObject *parent)
    : QObject(parent)
    , m_rows(std::max(rows, 1))
    , m_columns(std::max(columns, 1))
{
    m_primary.assign(std::size_t(m_rows), Line(std::size_t(m_columns)));
    m_alternate = m_primary;
    m_vt = vterm_new_with_allocator(m_rows, m_columns, &vtermAllocator, vtermAllocatorData);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, TerminalCallbacks::output, this);
    m_state = vterm_obtain_state(m_vt);
    vterm_state_set_callbacks(m_state, &StateCallbacks, this);
    vterm_state_set_unrecognised_fallbacks(m_state, &Fallbacks, this);
    vterm_state_set_selection_callbacks(m_state, &SelectionCallbacks, this, m_selectionBuffer,
                                        sizeof m_selectionBuffer);
    applyColors();
    vterm_state_reset(m_state, 1);
}

TerminalSurface::~TerminalSurface()
{
    vterm_free(m_vt);
}

void TerminalSurface::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    // libvterm 0.3 turns a UTF-8 character cut at the end of one write into
    // a replacement character, so the cut part waits here for the next read.
    // Only the bytes of an unfinished character are held: at most three.
    QByteArray joined;
    if (!m_utf8Tail.isEmpty()) {
        joined = m_utf8Tail + bytes;
        m_utf8Tail.clear();
        bytes = joined;
    }
    const qsizetype keep = unfinishedUtf8Tail(bytes);
    if (keep > 0) {
        m_utf8Tail = bytes.last(keep).toByteArray();
        bytes.chop(keep);
    }
    if (!bytes.isEmpty())
        write(bytes);
    flush();
}

void TerminalSurface::write(QByteArrayView bytes)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype given = 0;  // bytes before this one are libvterm's or done
    const auto catchUp = [&](qsizetype end) {
        if (end > given)
            vterm_input_write(m_vt, data + given, std::size_t(end - given));
        given = end;
    };
    qsizetype i = 0;
    while (i < size) {
        if (m_scanner.plainText() && EscapeScanner::isPrintableAscii(quint8(data[i]))) {
            qsizetype end = i + 1;
            while (end < size && EscapeScanner::isPrintableAscii(quint8(data[end])))
                ++end;
            // Plain text changes nothing the scanner follows. The run's last
            // character stays libvterm's: a combining mark in the next bytes
            // must find it there, to join it.
            const qsizetype last = end - 1;
            qsizetype at = i;
            while (last - at >= MinDirectRun) {
                catchUp(at);  // libvterm's cursor is now where this text goes
                VTermPos pos;
                vterm_state_get_cursorpos(m_state, &pos);
                if (pos.row < 0 || pos.row >= m_rows || pos.row >= int(grid().size()) || pos.col < 0
                    || pos.col >= m_columns)
                    break;  // libvterm's to place (a cursor off the screen was seen while fuzzing)
                const VTermLineInfo *info = vterm_state_get_lineinfo(m_state, pos.row);
                if (info->doublewidth || info->doubleheight)
                    break;
                // The last two columns stay libvterm's: only it knows whether
                // the cursor waits there to wrap.
                const int room = m_columns - 2 - pos.col;
                if (room < MinDirectRun) {
                    // libvterm writes to the end of the row and wraps; then again.
                    at += std::clamp<qsizetype>(m_columns - pos.col + 1, 1, last - at);
                    continue;
                }
                const int count = int(std::min<qsizetype>(room, last - at));
                Line &line = grid()[std::size_t(pos.row)];
                Cell cell = m_pen;
                cell.combining = 0;
                for (int k = 0; k < count; ++k) {
                    cell.ch = char32_t(quint8(data[at + k]));
                    line[std::size_t(pos.col + k)] = cell;
                }
                m_dirty = true;
                at += count;
                given = at;
                // The cursor moves past the text the way a program would move it.
                char forward[16];
                const int length = std::snprintf(forward, sizeof forward, "\x1b[%dC", count);
                vterm_input_write(m_vt, forward, std::size_t(length));
            }
            i = end;
            continue;
        }
        if (!m_scanner.step(quint8(data[i]))) {
            catchUp(i);
            given = i + 1;  // a byte libvterm must not see
            if (const int count = m_scanner.repeatCount(); count > 0)
                repeatLastGlyph(count);
        } else if (m_scanner.cursorRestored()) {
            catchUp(i + 1);
            keepCursorOnScreen();
        }
        ++i;
    }
    catchUp(size);
}

void TerminalSurface::keepCursorOnScreen(bool resetMargins)
{
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    const int row = std::clamp(pos.row, 0, m_rows - 1);
    const int column = std::clamp(pos.col, 0, m_columns - 1);
    char sequence[48];
    int length = 0;
    if (resetMargins) {
        // As xterm does on a resize: the whole screen scrolls again. Both
        // resets home the cursor; it goes back where it was.
        length = std::snprintf(sequence, sizeof sequence, "\x1b[r\x1b[s\x1b[%d;%dH", row + 1, column + 1);
        m_scanner.marginsReset();
    } else if (row != pos.row || column != pos.col) {
        // Any CSI sequence libvterm carries out ends by bringing its cursor
        // back within the screen (or the scroll region, in origin mode):
        // setting insert mode to what it is changes nothing else.
        length = std::snprintf(sequence, sizeof sequence, "\x1b[4%c", m_scanner.insertMode() ? 'h' : 'l');
    }
    if (length > 0)
        vterm_input_write(m_vt, sequence, std::size_t(length));
}

void TerminalSurface::repeatLastGlyph(int count)
{
    // The REP sequence lacks its final byte: CAN ends it without effect.
    vterm_input_write(m_vt, "\x18", 1);
    if (m_lastGlyphWidth <= 0)
        return;  // nothing with a width to repeat (libvterm would loop for ever)
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    // As libvterm's REP: to the end of the row at most.
    const int times = std::min(count, std::max(0, (m_columns - pos.col) / m_lastGlyphWidth));
    if (times == 0)
        return;
    const QByteArray glyph = QString::fromUcs4(m_lastGlyph.data(), qsizetype(m_lastGlyphLength)).toUtf8();
    vterm_input_write(m_vt, glyph.repeated(times).constData(), std::size_t(glyph.size()) * std::size_t(times));
}

qsizetype TerminalSurface::unfinishedUtf8Tail(QByteArrayView bytes)
{
    // Looks back at most three bytes for the lead byte of a character whose
    // continuation bytes have not all come yet.
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = quint8(bytes[size - back]);
        if ((byte & 0xc0) == 0x80)
            continue;  // a continuation byte: look further back
        const int length = (byte & 0xe0) == 0xc0 ? 2 : (byte & 0xf0) == 0xe0 ? 3 : (byte & 0xf8) == 0xf0 ? 4 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

void TerminalSurface::flush()
{
    if (!m_pendingOutput.isEmpty()) {
        const QByteArray out = std::exchange(m_pendingOutput, {});
        Q_EMIT writeRequested(out);
    }
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT changed();
    }
}

void TerminalSurface::resize(int rows, int columns)
{
    rows = std::max(rows, 1);
    columns = std::max(columns, 1);
    if (rows == m_rows && columns == m_columns)
        return;
    m_rows = rows;
    m_columns = columns;
    const bool resetMargins = m_scanner.marginsSet();
    if (resetMargins && !m_scanner.atGround()) {
        // The margins are reset between sequences, and the one under way
        // might use them (CSI 3 T scrolls the region). It is dropped, as
        // CAN drops it: a program that sets margins redraws its screen
        // after a resize anyway.
        vterm_input_write(m_vt, "\x18", 1);
        m_scanner.step(0x18);
    }
    vterm_set_size(m_vt, rows, columns);
    if (resetMargins)
        keepCursorOnScreen(true);
    m_cursor = QPoint(std::clamp(m_cursor.x(), 0, columns - 1), std::clamp(m_cursor.y(), 0, rows - 1));
    m_dirty = true;
    flush();
}

TerminalSurface::Line TerminalSurface::screenLine(int row) const
{
    const auto &grid = m_altScreen ? m_alternate : m_primary;
    if (row < 0 || row >= int(grid.size()))
        return {};
    return grid[std::size_t(row)];
}

void TerminalSurface::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(lines, 0);
    while (int(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
        shiftLinks();
    }
}

void TerminalSurface::pushLine(const Line &row)
{
    // Kept without its trailing blanks, in the memory of the line the limit
    // pushes out when there is one.
    auto end = row.end();
    while (end != row.begin() && isBlank(*(end - 1)))
        --end;
    Line line;
    if (int(m_scrollback.size()) >= m_scrollbackLimit && !m_scrollback.empty()) {
        line = std::move(m_scrollback.front());
        m_scrollback.pop_front();
        ++m_dropped;
        shiftLinks();
    }
    line.assign(row.begin(), end);
    if (m_scrollbackLimit > 0)
        m_scrollback.push_back(std::move(line));
    else
        ++m_dropped;
}

void TerminalSurface::shiftLinks()
{
    for (Link &link : m_links)
        --link.line;
    m_links.removeIf([](const Link &link) { return link.line < 0; });
    if (m_openLink)
        --m_openLink->line;
}

TerminalSurface::Line TerminalSurface::lineAt(qint64 index) const
{
    if (index < 0)
        return {};
    if (index < qint64(m_scrollback.size()))
        return m_scrollback[std::size_t(index)];
    return screenLine(int(index - qint64(m_scrollback.size())));
}

QString TerminalSurface::textOf(const Line &line)
{
    QString text;
    text.reserve(qsizetype(line.size()));
    bool afterWide = false;
    for (const Cell &cell : line) {
        if (afterWide && cell.ch == 0) {
            afterWide = false;
            continue;  // the second column of a wide character
        }
        afterWide = (cell.attributes & Wide) != 0;
        const char32_t ch = cell.ch == 0 ? U' ' : cell.ch;
        text.append(QString::fromUcs4(&ch, 1));
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

QString TerminalSurface::screenText() const
{
    QStringList lines;
    for (int row = 0; row < m_rows; ++row)
        lines.append(screenText(row));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QString TerminalSurface::textBetween(QPoint from, QPoint to) const
{
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QStringList lines;
    for (qint64 y = from.y(); y <= to.y(); ++y) {
        Line line = lineAt(y);
        const int first = y == from.y() ? from.x() : 0;
        const int last = y == to.y() ? to.x() : int(line.size()) - 1;
        Line part;
        for (int x = std::max(first, 0); x <= last && x < int(line.size()); ++x)
            part.push_back(line[std::size_t(x)]);
        lines.append(textOf(part));
    }
    return lines.join(u'\n');
}

QUrl TerminalSurface::linkAt(qint64 line, int column) const
{
    for (const Link &link : m_links) {
        if (link.line == line && column >= link.firstColumn && column <= link.lastColumn)
            return link.url;
    }
    return {};
}

void TerminalSurface::linkFragment(QByteArrayView bytes, bool initial, bool final)
{
    if (initial)
        m_oscBytes.clear();
    if (m_oscBytes.size() < 8192)
        m_oscBytes.append(bytes);
    if (!final)
        return;
    // OSC 8 ; params ; URI ST. An empty URI ends the link.
    const qsizetype semicolon = m_oscBytes.indexOf(';');
    const QByteArray uri = semicolon < 0 ? QByteArray() : m_oscBytes.mid(semicolon + 1).trimmed();
    const qint64 cursorLine = qint64(m_scrollback.size()) + m_cursor.y();
    if (m_openLink) {
        Link link = *m_openLink;
        m_openLink.reset();
        // A link is kept on the line it started on, up to the cursor.
        link.lastColumn = cursorLine == link.line ? m_cursor.x() - 1 : m_columns - 1;
        if (link.lastColumn >= link.firstColumn)
            m_links.append(link);
        if (m_links.size() > 1000)
            m_links.removeFirst();
    }
    if (uri.isEmpty())
        return;
    const QUrl url(QString::fromUtf8(uri), QUrl::StrictMode);
    // Only web links: file:, javascript: and the like are dropped.
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return;
    m_openLink = Link {url, cursorLine, m_cursor.x(), m_cursor.x()};
}

void TerminalSurface::typeCharacter(char32_t ch, int modifiers)
{
    vterm_keyboard_unichar(m_vt, uint32_t(ch), VTermModifier(modifiers));
    flush();
}

void TerminalSurface::typeKey(int key, int modifiers)
{
    vterm_keyboard_key(m_vt, VTermKey(key), VTermModifier(modifiers));
    flush();
}

void TerminalSurface::paste(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    normalised.replace(u'\n', u'\r');
    // A pasted end-of-paste marker would let the text out of the brackets.
    normalised.remove(QStringLiteral("\x1b[201~"));
    vterm_keyboard_start_paste(m_vt);
    m_pendingOutput.append(normalised.toUtf8());
    vterm_keyboard_end_paste(m_vt);
    flush();
}

void TerminalSurface::mouseMove(int row, int column, int modifiers)
{
    vterm_mouse_move(m_vt, row, column, VTermModifier(modifiers));
    flush();
}

void TerminalSurface::mouseButton(int button, bool pressed, int modifiers)
{
    vterm_mouse_button(m_vt, button, pressed, VTermModifier(modifiers));
    flush();
}

void TerminalSurface::focusIn()
{
    vterm_state_focus_in(m_state);
    flush();
}

void TerminalSurface::focusOut()
{
    vterm_state_focus_out(m_state);
    flush();
}

void TerminalSurface::setDefaultColors(QColor foreground, QColor background)
{
    m_defaultFg = foreground;
    m_defaultBg = background;
    applyColors();
    m_dirty = true;
    flush();
}

void TerminalSurface::applyColors()
{
    VTermColor fg;
    VTermColor bg;
    vterm_color_rgb(&fg, quint8(m_defaultFg.red()), quint8(m_defaultFg.green()), quint8(m_defaultFg.blue()));
    vterm_color_rgb(&bg, quint8(m_defaultBg.red()), quint8(m_defaultBg.green()), quint8(m_defaultBg.blue()));
    vterm_state_set_default_colors(m_state, &fg, &bg);
}

QList<qint64> TerminalSurface::find(const QString &text) const
{
    QList<qint64> found;
    if (text.isEmpty())
        return found;
    for (qint64 i = 0; i < lineCount(); ++i) {
        if (textOf(lineAt(i)).contains(text, Qt::CaseInsensitive))
            found.append(i);
    }
    return found;
}

}  // namespace Hublot::Ui

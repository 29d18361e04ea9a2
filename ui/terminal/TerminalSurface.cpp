// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminal/TerminalSurface.h"

#include <vterm.h>

#include <algorithm>

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

}  // namespace

/// libvterm's callbacks, each handing over to the surface given as user data.
struct TerminalCallbacks
{
    static TerminalSurface *self(void *user) { return static_cast<TerminalSurface *>(user); }

    static TerminalSurface::Cell convert(TerminalSurface *s, const VTermScreenCell &in)
    {
        TerminalSurface::Cell cell;
        cell.ch = in.chars[0] == uint32_t(-1) ? 0 : in.chars[0];
        if (in.chars[0] != 0 && in.chars[1] != 0 && in.chars[0] != uint32_t(-1)) {
            QString marks;
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && in.chars[i] != 0; ++i)
                marks.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&in.chars[i]), 1));
            qsizetype index = s->m_combining.indexOf(marks);
            if (index < 0 && s->m_combining.size() < 255) {
                s->m_combining.append(marks);
                index = s->m_combining.size() - 1;
            }
            if (index >= 0)
                cell.combining = quint8(index + 1);
        }
        VTermColor fg = in.fg;
        VTermColor bg = in.bg;
        cell.defaultFg = VTERM_COLOR_IS_DEFAULT_FG(&fg);
        cell.defaultBg = VTERM_COLOR_IS_DEFAULT_BG(&bg);
        vterm_screen_convert_color_to_rgb(s->m_screen, &fg);
        vterm_screen_convert_color_to_rgb(s->m_screen, &bg);
        cell.fg = qRgb(fg.rgb.red, fg.rgb.green, fg.rgb.blue);
        cell.bg = qRgb(bg.rgb.red, bg.rgb.green, bg.rgb.blue);
        quint8 a = 0;
        if (in.attrs.bold)
            a |= TerminalSurface::Bold;
        if (in.attrs.italic)
            a |= TerminalSurface::Italic;
        if (in.attrs.underline)
            a |= TerminalSurface::Underline;
        if (in.attrs.reverse)
            a |= TerminalSurface::Reverse;
        if (in.attrs.strike)
            a |= TerminalSurface::Strike;
        if (in.attrs.conceal)
            a |= TerminalSurface::Conceal;
        if (in.attrs.blink)
            a |= TerminalSurface::Blink;
        if (in.width == 2)
            a |= TerminalSurface::Wide;
        cell.attributes = a;
        return cell;
    }

    static int damage(VTermRect, void *user)
    {
        self(user)->m_dirty = true;
        return 1;
    }

    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        TerminalSurface *s = self(user);
        s->m_cursor = QPoint(pos.col, pos.row);
        s->m_cursorVisible = visible != 0;
        s->m_dirty = true;
        return 1;
    }

    static int setTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalSurface *s = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE: s->m_cursorVisible = value->boolean != 0; break;
        case VTERM_PROP_ALTSCREEN: s->m_altScreen = value->boolean != 0; break;
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

    static int pushLine(int columns, const VTermScreenCell *cells, void *user)
    {
        TerminalSurface *s = self(user);
        TerminalSurface::Line line;
        line.reserve(std::size_t(columns));
        for (int i = 0; i < columns; ++i)
            line.push_back(convert(s, cells[i]));
        s->pushLine(std::move(line));
        return 1;
    }

    static int popLine(int columns, VTermScreenCell *cells, void *user)
    {
        TerminalSurface *s = self(user);
        if (s->m_scrollback.empty())
            return 0;
        const TerminalSurface::Line line = std::move(s->m_scrollback.back());
        s->m_scrollback.pop_back();
        for (int i = 0; i < columns; ++i) {
            VTermScreenCell &out = cells[i];
            out = {};
            out.width = 1;
            vterm_color_rgb(&out.fg, 0, 0, 0);
            out.fg.type |= VTERM_COLOR_DEFAULT_FG;
            vterm_color_rgb(&out.bg, 0, 0, 0);
            out.bg.type |= VTERM_COLOR_DEFAULT_BG;
            if (std::size_t(i) < line.size()) {
                const TerminalSurface::Cell &c = line[std::size_t(i)];
                out.chars[0] = c.ch;
                out.width = (c.attributes & TerminalSurface::Wide) ? 2 : 1;
                out.attrs.bold = (c.attributes & TerminalSurface::Bold) != 0;
                out.attrs.italic = (c.attributes & TerminalSurface::Italic) != 0;
                out.attrs.underline = (c.attributes & TerminalSurface::Underline) != 0;
                out.attrs.reverse = (c.attributes & TerminalSurface::Reverse) != 0;
                if (!c.defaultFg)
                    vterm_color_rgb(&out.fg, quint8(qRed(c.fg)), quint8(qGreen(c.fg)), quint8(qBlue(c.fg)));
                if (!c.defaultBg)
                    vterm_color_rgb(&out.bg, quint8(qRed(c.bg)), quint8(qGreen(c.bg)), quint8(qBlue(c.bg)));
            }
        }
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
        self(user)->linkFragment(QByteArrayView(fragment.str, qsizetype(fragment.len)), fragment.initial,
                                 fragment.final);
        return 1;
    }

    static int selectionSet(VTermSelectionMask, VTermStringFragment fragment, void *user)
    {
        TerminalSurface *s = self(user);
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

const VTermScreenCallbacks ScreenCallbacks = {
    TerminalCallbacks::damage,
    nullptr,
    TerminalCallbacks::moveCursor,
    TerminalCallbacks::setTermProp,
    TerminalCallbacks::bell,
    nullptr,
    TerminalCallbacks::pushLine,
    TerminalCallbacks::popLine,
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
    m_vt = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, TerminalCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt);
    vterm_screen_set_callbacks(m_screen, &ScreenCallbacks, this);
    vterm_screen_set_unrecognised_fallbacks(m_screen, &Fallbacks, this);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    VTermState *state = vterm_obtain_state(m_vt);
    vterm_state_set_selection_callbacks(state, &SelectionCallbacks, this, m_selectionBuffer, sizeof m_selectionBuffer);
    vterm_screen_reset(m_screen, 1);
    applyColors();
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
    if (!bytes.isEmpty()) {
        vterm_input_write(m_vt, bytes.data(), std::size_t(bytes.size()));
        vterm_screen_flush_damage(m_screen);
    }
    flush();
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
    vterm_set_size(m_vt, rows, columns);
    vterm_screen_flush_damage(m_screen);
    m_dirty = true;
    flush();
}

TerminalSurface::Line TerminalSurface::screenLine(int row) const
{
    Line line;
    if (row < 0 || row >= m_rows)
        return line;
    line.reserve(std::size_t(m_columns));
    VTermScreenCell cell;
    for (int column = 0; column < m_columns; ++column) {
        vterm_screen_get_cell(m_screen, VTermPos {row, column}, &cell);
        line.push_back(TerminalCallbacks::convert(const_cast<TerminalSurface *>(this), cell));
    }
    return line;
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

void TerminalSurface::pushLine(Line line)
{
    while (!line.empty() && isBlank(line.back()))
        line.pop_back();
    line.shrink_to_fit();
    m_scrollback.push_back(std::move(line));
    if (int(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
        shiftLinks();
    }
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
    vterm_state_focus_in(vterm_obtain_state(m_vt));
    flush();
}

void TerminalSurface::focusOut()
{
    vterm_state_focus_out(vterm_obtain_state(m_vt));
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
    vterm_screen_set_default_colors(m_screen, &fg, &bg);
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

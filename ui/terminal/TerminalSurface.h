// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/terminal/EscapeScanner.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>
#include <QUrl>

#include <array>
#include <deque>
#include <optional>
#include <vector>

struct VTerm;
struct VTermState;

namespace Hublot::Ui {

/// A terminal without a window: bytes from a program go in through feed(),
/// what the terminal answers or what is typed goes out through
/// writeRequested(). It keeps the screen, the alternate screen and the
/// scrollback, and knows the modes the program asked for.
///
/// libvterm does the emulation (escape sequences, UTF-8 decoded statefully
/// across feeds, the alternate screen, the keyboard's encodings); this class
/// adds what a terminal window needs around it: a scrollback of compact
/// lines, the title, links (OSC 8) and clipboard writes (OSC 52) under
/// Hublot's safety rules, and a search.
///
/// Safety: nothing the program sends makes the terminal report the title or
/// the clipboard back; a clipboard write (OSC 52) is ignored unless
/// setClipboardWritesAllowed(true); a link (OSC 8) is kept only for http and
/// https; the title is plain text cut to TitleLimit characters.
class TerminalSurface final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSurface)

public:
    static constexpr int DefaultScrollback = 10'000;
    static constexpr int TitleLimit = 80;

    enum Attribute : quint8 {
        Bold = 1,
        Italic = 2,
        Underline = 4,
        Reverse = 8,
        Strike = 16,
        Conceal = 32,
        Blink = 64,
        Wide = 128,  ///< the first of two columns of a wide character
    };

    /// One cell, compact (16 bytes): what the scrollback keeps and the view paints.
    struct Cell
    {
        char32_t ch = 0;  ///< 0: blank
        QRgb fg = 0;
        QRgb bg = 0;
        quint8 attributes = 0;
        bool defaultFg = true;
        bool defaultBg = true;
        quint8 combining = 0;  ///< index + 1 into combiningMarks(), for cells with more than one code point
    };
    using Line = std::vector<Cell>;

    enum class CursorShape { Block, Underline, Bar };

    struct Link
    {
        QUrl url;
        qint64 line = 0;  ///< absolute line: scrollback lines come first
        int firstColumn = 0;
        int lastColumn = 0;
    };

    explicit TerminalSurface(int rows = 24, int columns = 80, QObject *parent = nullptr);
    ~TerminalSurface() override;

    /// The program's output. Any split is fine: a UTF-8 character or an
    /// escape sequence cut between two feeds is put back together.
    void feed(QByteArrayView bytes);

    void resize(int rows, int columns);
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] int columns() const { return m_columns; }

    // ---- the screen
    /// A row of the screen in sight (0 <= row < rows()).
    [[nodiscard]] Line screenLine(int row) const;
    /// A line of the scrollback, 0 the oldest.
    [[nodiscard]] const Line &scrollbackLine(int index) const { return m_scrollback.at(std::size_t(index)); }
    [[nodiscard]] int scrollbackSize() const { return int(m_scrollback.size()); }
    void setScrollbackLimit(int lines);
    [[nodiscard]] int scrollbackLimit() const { return m_scrollbackLimit; }
    /// Lines pushed out of the scrollback by its limit since the start.
    [[nodiscard]] qint64 droppedLines() const { return m_dropped; }
    /// A line by absolute index: scrollback first, then the screen.
    [[nodiscard]] Line lineAt(qint64 index) const;
    [[nodiscard]] qint64 lineCount() const { return m_scrollback.size() + m_rows; }
    /// The text of a line, trailing blanks removed.
    [[nodiscard]] static QString textOf(const Line &line);

    /// Where libvterm's memory comes from for surfaces made from now on:
    /// zeroed blocks from allocate, given back to release (by default
    /// malloc and free). For the fuzzer: libvterm is not built with the
    /// sanitizers, so its writes out of bounds show only to an allocator that
    /// guards its blocks (see tests/fuzz/GuardedAllocator.h).
    using Allocate = void *(*)(std::size_t size, void *data);
    using Release = void (*)(void *block, void *data);
    static void setVtermAllocator(Allocate allocate, Release release, void *data);
    [[nodiscard]] QString screenText(int row) const { return textOf(screenLine(row)); }
    /// Every line of the screen, joined by newlines, trailing blank lines removed.
    [[nodiscard]] QString screenText() const;
    /// Text of the absolute lines between two positions (x: column, y: absolute line), both included.
    [[nodiscard]] QString textBetween(QPoint from, QPoint to) const;

    [[nodiscard]] QPoint cursor() const { return m_cursor; }
    [[nodiscard]] bool cursorVisible() const { return m_cursorVisible; }
    [[nodiscard]] CursorShape cursorShape() const { return m_cursorShape; }
    [[nodiscard]] bool isAlternateScreen() const { return m_altScreen; }
    [[nodiscard]] bool isReverseVideo() const { return m_reverse; }
    /// The mouse reporting the program asked for (0: none; 1 clicks, 2 drags, 3 moves).
    [[nodiscard]] int mouseMode() const { return m_mouseMode; }
    /// The title the program set, as plain text of at most TitleLimit characters.
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] const QList<Link> &links() const { return m_links; }
    /// The link at a column of an absolute line, if any.
    [[nodiscard]] QUrl linkAt(qint64 line, int column) const;
    [[nodiscard]] QString combiningMark(quint8 index) const { return m_combining.value(index - 1); }

    // ---- the keyboard and the mouse
    /// A typed character (modifiers as libvterm's VTermModifier bits).
    void typeCharacter(char32_t ch, int modifiers = 0);
    /// A special key (libvterm's VTermKey).
    void typeKey(int key, int modifiers = 0);
    /// Pasted text: put between bracketed-paste markers when the program asked for them.
    void paste(const QString &text);
    /// Mouse reporting, when the program asked for it (row and column on the screen).
    void mouseMove(int row, int column, int modifiers = 0);
    void mouseButton(int button, bool pressed, int modifiers = 0);
    void focusIn();
    void focusOut();

    // ---- policy
    void setClipboardWritesAllowed(bool allowed) { m_clipboardAllowed = allowed; }
    [[nodiscard]] bool clipboardWritesAllowed() const { return m_clipboardAllowed; }
    /// Sets the colours the program's "default" means, and the palette's 16.
    void setDefaultColors(QColor foreground, QColor background);
    [[nodiscard]] QColor defaultForeground() const { return m_defaultFg; }
    [[nodiscard]] QColor defaultBackground() const { return m_defaultBg; }

    /// Absolute lines holding text (case-insensitive), oldest first.
    [[nodiscard]] QList<qint64> find(const QString &text) const;

Q_SIGNALS:
    /// Bytes for the program: keys typed, pasted text, the terminal's answers.
    void writeRequested(const QByteArray &bytes);
    /// Something on the screen changed; a view repaints at its next frame.
    void changed();
    void titleChanged(const QString &title);
    void bell();
    /// The program wrote to the clipboard (OSC 52), and that is allowed.
    void clipboardWrite(const QString &text);

private:
    friend struct TerminalCallbacks;  // libvterm's C callbacks, in the .cpp

    void applyColors();
    void linkFragment(QByteArrayView bytes, bool initial, bool final);
    void pushLine(const Line &row);
    void shiftLinks();
    /// Gives bytes to libvterm, through the scanner: see EscapeScanner.
    void write(QByteArrayView bytes);
    /// Carries out REP (CSI n b) by feeding libvterm the last character again.
    void repeatLastGlyph(int count);
    /// Keeps libvterm's cursor on the screen after DECRC, and with
    /// resetMargins its margins within it after a resize: see
    /// EscapeScanner::cursorRestored() and marginsSet(). Called only
    /// between sequences.
    void keepCursorOnScreen(bool resetMargins = false);
    /// How many bytes at the end start a UTF-8 character not yet complete.
    static qsizetype unfinishedUtf8Tail(QByteArrayView bytes);
    /// Emits what libvterm wrote for the program, and changed() after a change.
    void flush();

    /// Printable ASCII shorter than this goes through libvterm: the cursor
    /// move after text put directly would cost more than it saves.
    static constexpr int MinDirectRun = 8;

    EscapeScanner m_scanner;
    std::array<char32_t, 6> m_lastGlyph {};  ///< the code points of the last character libvterm placed
    std::size_t m_lastGlyphLength = 0;
    int m_lastGlyphWidth = 0;
    VTerm *m_vt = nullptr;
    VTermState *m_state = nullptr;
    std::vector<Line> m_primary;
    std::vector<Line> m_alternate;
    Cell m_pen;  ///< how the next character is drawn
    [[nodiscard]] std::vector<Line> &grid() { return m_altScreen ? m_alternate : m_primary; }
    int m_rows;
    int m_columns;
    std::deque<Line> m_scrollback;
    int m_scrollbackLimit = DefaultScrollback;
    qint64 m_dropped = 0;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    CursorShape m_cursorShape = CursorShape::Block;
    bool m_altScreen = false;
    bool m_reverse = false;
    int m_mouseMode = 0;
    bool m_dirty = false;
    QByteArray m_pendingOutput;
    QByteArray m_utf8Tail;
    QByteArray m_titleBytes;
    QString m_title;
    QByteArray m_oscBytes;
    QByteArray m_selectionBytes;
    QList<Link> m_links;
    std::optional<Link> m_openLink;
    bool m_clipboardAllowed = false;
    QColor m_defaultFg {0xd0, 0xd0, 0xd0};
    QColor m_defaultBg {0x1e, 0x1e, 0x1e};
    QStringList m_combining;
    char m_selectionBuffer[4096] = {};
};

}  // namespace Hublot::Ui

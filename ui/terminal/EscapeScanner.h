// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

namespace Hublot::Ui {

/// Follows the program's output byte by byte the way libvterm's parser
/// (0.3, in UTF-8 mode) reads it, a step ahead of it, for two reasons.
///
/// Safety: libvterm 0.3.3 does not bound the number of arguments of a CSI
/// sequence: a container printing ESC [ followed by a few thousand ';'
/// writes past the end of its argument array and crashes Hublot (seen here
/// under ASan). step() says which bytes libvterm must not see: the
/// separators and digits past the sixteenth argument, so such a sequence
/// reaches it cut to sixteen arguments, as other terminals cut it. It also
/// keeps from libvterm the controls that would make it hand over a string
/// fragment with a bogus length (see step()).
///
/// libvterm 0.3.3 also loops for ever on REP (CSI n b, repeat the last
/// character) when that character has no width, as before any text: a
/// container printing ESC [ b froze Hublot (found by the fuzzer). REP is
/// never given to it: step() keeps its final byte, and repeatCount() tells
/// the surface to repeat the character itself.
///
/// Speed: libvterm decodes and places plain text one character at a time,
/// which holds a terminal to about 80 MB/s here whatever is done around
/// it. While the parser is on plain ground (no sequence begun) and printable
/// ASCII would come out as itself at the cursor (G0 is ASCII and in use, no
/// single shift, insert mode off, no left and right margins, autowrap on),
/// TerminalSurface puts such text on its screen itself and moves libvterm's
/// cursor past it with one CUF sequence. plainText() says when that is so.
///
/// Hand-written because libvterm exposes neither its parser's state nor
/// these modes; the transitions follow its parser.c, and a test feeds both
/// the same bytes to check they agree.
class EscapeScanner
{
public:
    /// libvterm's CSI_ARGS_MAX: the arguments one CSI sequence may carry.
    static constexpr int MaxArguments = 16;

    /// Reads one byte; false when libvterm must not be given it.
    bool step(unsigned char byte);

    /// No sequence is under way: the next printable byte is text.
    [[nodiscard]] bool atGround() const { return m_state == State::Normal && !m_inEscape; }
    /// At ground, and printable ASCII would be drawn as itself: see above.
    [[nodiscard]] bool plainText() const
    {
        return atGround() && m_charsets[m_shiftedIn] == 'B' && !m_singleShift && !m_insert && !m_leftRightMargins
            && m_autowrap;
    }

    static bool isPrintableAscii(unsigned char byte) { return byte >= 0x20 && byte < 0x7f; }

    /// After a step() that completed a REP sequence: how many times to
    /// repeat the last character (0 after any other step). The sequence
    /// reached libvterm without its final byte: cancel it (CAN) first.
    [[nodiscard]] int repeatCount() const { return m_repeat; }

    /// After a step() that completed DECRC (ESC 8): the cursor went back
    /// where DECSC saved it, which libvterm 0.3.3 does not check against the
    /// screen's size. Saved on a bigger screen, that position is off the
    /// screen, and the next character writes past libvterm's per-row flags
    /// (found by the fuzzer). The CSI forms (?1048l, ?1049l) are checked by
    /// libvterm itself.
    [[nodiscard]] bool cursorRestored() const { return m_restored; }

    /// The program set a scroll region (DECSTBM) or left and right margins
    /// (DECSLRM). libvterm 0.3.3 keeps their top and left when the screen
    /// shrinks under them; a region that begins below the screen's last row
    /// makes its next scroll move a negative number of rows (a crash).
    [[nodiscard]] bool marginsSet() const { return m_verticalMargins || m_horizontalMargins; }
    /// The surface has reset the margins itself.
    void marginsReset() { m_verticalMargins = m_horizontalMargins = false; }

    /// Insert mode (IRM) as the program last set it.
    [[nodiscard]] bool insertMode() const { return m_insert; }

private:
    enum class State { Normal, CsiLeader, CsiArguments, CsiIntermediate, DcsCommand, OscCommand, String, Sos };

    [[nodiscard]] bool inString() const { return m_state >= State::OscCommand; }
    void control(unsigned char byte);
    void escape(unsigned char final);
    void csi(unsigned char final);
    void reset();

    State m_state = State::Normal;
    bool m_inEscape = false;
    int m_intermediates = 0;
    unsigned char m_firstIntermediate = 0;
    // The CSI sequence under way: its leader, the first intermediate, its arguments.
    unsigned char m_leader = 0;
    int m_argument = 0;  ///< index of the argument being read
    std::array<int, MaxArguments> m_arguments {};

    // What decides whether ASCII is drawn as itself.
    std::array<char, 4> m_charsets {'B', 'B', 'B', 'B'};  ///< G0..G3, by their designation's final byte
    int m_shiftedIn = 0;  ///< the set in GL
    bool m_singleShift = false;
    bool m_insert = false;
    bool m_leftRightMargins = false;
    bool m_autowrap = true;
    int m_repeat = 0;  ///< see repeatCount()
    bool m_restored = false;  ///< see cursorRestored()
    bool m_verticalMargins = false;
    bool m_horizontalMargins = false;
};

}  // namespace Hublot::Ui

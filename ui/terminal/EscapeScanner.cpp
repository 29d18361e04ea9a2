// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/terminal/EscapeScanner.h"

#include <algorithm>

namespace Hublot::Ui {

namespace {

bool isIntermediate(unsigned char byte)
{
    return byte >= 0x20 && byte <= 0x2f;
}

// A value no mode number reaches: keeps a long run of digits from overflowing.
constexpr int ArgumentCeiling = 1'000'000;

}  // namespace

bool EscapeScanner::step(unsigned char c)
{
    m_repeat = 0;
    m_restored = false;
    // libvterm 0.3.3 ends a read that stops inside a string just after an
    // ESC and a NUL, DEL or other C0 control by handing over a fragment of
    // 2^30 - 1 bytes from the read's end (seen with a fuzzer). Such bytes
    // are dropped there: libvterm ignores NUL and DEL, and a control between
    // an ESC and the byte that completes it means nothing.
    if (m_inEscape && inString() && (c < 0x20 || c == 0x7f) && c != 0x1b && c != 0x18 && c != 0x1a && c != 0x07)
        return false;
    // Bytes every state treats alike, as libvterm's parser does before its state switch.
    if (c == 0x00 || c == 0x7f)
        return true;  // ignored
    if (c == 0x18 || c == 0x1a) {  // CAN, SUB: whatever was under way is dropped
        m_inEscape = false;
        m_state = State::Normal;
        return true;
    }
    if (c == 0x1b) {
        m_intermediates = 0;
        if (!inString())
            m_state = State::Normal;
        m_inEscape = true;
        return true;
    }
    const bool stringEnd = c == 0x07 && inString();
    if (c < 0x20 && !stringEnd) {
        // C0 controls act inside sequences too, except in SOS.
        if (m_state != State::Sos)
            control(c);
        return true;
    }

    bool c1 = false;
    if (m_inEscape) {
        // ESC and a byte from 0x40 to 0x5f is the 8-bit control 0x80 higher;
        // inside a string only ESC \ (ST) is.
        if (m_intermediates == 0 && c >= 0x40 && c < 0x60 && (!inString() || c == 0x5c)) {
            c = static_cast<unsigned char>(c + 0x40);
            c1 = true;
            m_inEscape = false;
        } else {
            m_state = State::Normal;
        }
    }

    switch (m_state) {
    case State::CsiLeader:
        if (c >= 0x3c && c <= 0x3f) {
            if (m_leader == 0)
                m_leader = c;
            return true;
        }
        m_argument = 0;
        m_arguments.fill(0);
        m_state = State::CsiArguments;
        [[fallthrough]];
    case State::CsiArguments:
        if (c >= '0' && c <= '9') {
            if (m_argument >= MaxArguments)
                return false;  // an argument past the sixteenth: not for libvterm
            int &value = m_arguments[std::size_t(m_argument)];
            value = std::min(value * 10 + (c - '0'), ArgumentCeiling);
            return true;
        }
        if (c == ';' || c == ':') {
            // libvterm moves to the next argument without a bound: past the
            // sixteenth, the separator is kept from it.
            if (m_argument >= MaxArguments - 1) {
                m_argument = MaxArguments;
                return false;
            }
            ++m_argument;
            return true;
        }
        m_argument = std::min(m_argument + 1, int(MaxArguments));  // now the count
        m_intermediates = 0;
        m_firstIntermediate = 0;
        m_state = State::CsiIntermediate;
        [[fallthrough]];
    case State::CsiIntermediate:
        if (isIntermediate(c)) {
            if (m_intermediates++ == 0)
                m_firstIntermediate = c;
            return true;
        }
        if (c >= 0x40 && c <= 0x7e)
            csi(c);
        m_state = State::Normal;
        return m_repeat == 0;  // REP is the surface's to carry out
    case State::OscCommand:
        if (c >= '0' && c <= '9')
            return true;
        m_state = State::String;
        if (c == ';')
            return true;
        [[fallthrough]];  // the command's end is the string's first byte
    case State::String:
    case State::Sos:
        if (c == 0x07 || (c1 && c == 0x9c))
            m_state = State::Normal;
        return true;
    case State::DcsCommand:
        if (c >= 0x40 && c <= 0x7e)
            m_state = State::String;
        return true;
    case State::Normal: break;
    }

    if (m_inEscape) {
        if (isIntermediate(c)) {
            if (m_intermediates++ == 0)
                m_firstIntermediate = c;
        } else if (c >= 0x30 && c < 0x7f) {
            escape(c);
            m_inEscape = false;
        }
        return true;
    }
    if (c1) {
        switch (c) {
        case 0x90: m_state = State::DcsCommand; break;
        case 0x98: m_state = State::Sos; break;
        case 0x9b:
            m_leader = 0;
            m_state = State::CsiLeader;
            break;
        case 0x9d: m_state = State::OscCommand; break;
        case 0x9e:  // PM
        case 0x9f:  // APC
            m_state = State::String;
            break;
        default: control(c); break;
        }
        return true;
    }
    // Text: a single shift applies to its first character only.
    m_singleShift = false;
    return true;
}

void EscapeScanner::control(unsigned char byte)
{
    switch (byte) {
    case 0x0e: m_shiftedIn = 1; break;  // SO (LS1)
    case 0x0f: m_shiftedIn = 0; break;  // SI (LS0)
    case 0x8e:  // SS2
    case 0x8f:  // SS3
        m_singleShift = true;
        break;
    default: break;
    }
}

void EscapeScanner::escape(unsigned char final)
{
    if (m_intermediates == 0) {
        switch (final) {
        case 'c': reset(); break;  // RIS
        case '8': m_restored = true; break;  // DECRC
        case 'n': m_shiftedIn = 2; break;  // LS2
        case 'o': m_shiftedIn = 3; break;  // LS3
        default: break;
        }
        return;
    }
    if (m_intermediates != 1)
        return;
    // Designations: ESC ( ) * + F give G0 to G3 a 94-character set. Any set
    // but ASCII ('B') counts as not plain, even one libvterm does not know.
    switch (m_firstIntermediate) {
    case '(':
    case ')':
    case '*':
    case '+': m_charsets[std::size_t(m_firstIntermediate - '(')] = char(final); break;
    case '-':
    case '.':
    case '/': m_charsets[std::size_t(m_firstIntermediate - ',')] = 0; break;  // 96-character sets
    default: break;
    }
}

void EscapeScanner::csi(unsigned char final)
{
    if (m_leader == 0 && m_intermediates == 0 && final == 'b') {
        m_repeat = std::max(1, m_arguments[0]);  // REP: a missing or zero count is one
        return;
    }
    if (m_leader == 0 && m_firstIntermediate == '!' && final == 'p') {
        reset();  // DECSTR
        return;
    }
    if (m_leader == 0 && m_intermediates == 0 && (final == 'r' || final == 's')) {
        // DECSTBM, DECSLRM: without arguments (or with zeros) they reset.
        const bool set = std::any_of(m_arguments.begin(), m_arguments.begin() + std::min(m_argument, int(MaxArguments)),
                                     [](int value) { return value != 0; });
        (final == 'r' ? m_verticalMargins : m_horizontalMargins) = set;
        return;
    }
    if (m_intermediates != 0 || (final != 'h' && final != 'l'))
        return;
    const bool on = final == 'h';
    for (int i = 0; i < m_argument && i < MaxArguments; ++i) {
        const int mode = m_arguments[std::size_t(i)];
        if (m_leader == 0 && mode == 4)
            m_insert = on;
        else if (m_leader == '?' && mode == 7)
            m_autowrap = on;
        else if (m_leader == '?' && mode == 69)
            m_leftRightMargins = on;
    }
}

void EscapeScanner::reset()
{
    // libvterm's reset, soft or hard, gives every set its default (UTF-8,
    // which draws ASCII as itself), GL to G0, and these modes their defaults.
    m_charsets.fill('B');
    m_shiftedIn = 0;
    m_singleShift = false;
    m_insert = false;
    m_leftRightMargins = false;
    m_autowrap = true;
    m_verticalMargins = false;
    m_horizontalMargins = false;
}

}  // namespace Hublot::Ui

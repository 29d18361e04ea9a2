// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/logs/AnsiStyle.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Hublot::Ui {

/// Reads the ANSI escape sequences programs write to colour their output: a
/// piece of output in, its text (without any escape sequence or control
/// character but tab) and the styled spans of that text out. A pure function
/// over bytes; what carries from one piece to the next (the current style,
/// a sequence cut at the end of a piece) is in State.
///
/// SGR sequences ("\e[1;31m", 256 colours, truecolor in both the ";" and
/// ":" forms) set the style; every other CSI, OSC, DCS and two-byte sequence
/// is dropped. A carriage return followed by more text starts the text over,
/// as it does on a terminal for a progress line.
struct AnsiParser
{
    struct Span
    {
        qsizetype start = 0;  ///< byte offset in the text
        qsizetype length = 0;
        AnsiStyle style;
        bool operator==(const Span &) const = default;
    };

    struct State
    {
        AnsiStyle style;
        QByteArray pending;  ///< the start of a sequence the piece ended inside
        bool operator==(const State &) const = default;
    };

    struct Result
    {
        QByteArray text;
        QList<Span> spans;  ///< in order, not overlapping; only text whose style is not the default
    };

    /// A sequence cut longer than this is dropped rather than kept for the
    /// next piece: an OSC never terminated would otherwise grow forever.
    static constexpr qsizetype MaxPendingLength = 4096;

    /// Whether parse() would change bytes: they hold an escape or a control
    /// character other than tab. Most log lines do not, and skip parse().
    static bool needsParsing(QByteArrayView bytes);

    static Result parse(QByteArrayView bytes, State &state);

    /// Applies the parameters of one SGR sequence (what stands between
    /// "\e[" and "m") to style.
    static void applySgr(QByteArrayView parameters, AnsiStyle &style);
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Hublot::Ui {

/// The time the engine puts before each log line when asked for timestamps
/// (`docker logs -t`): RFC 3339 with up to nine digits of fraction and a
/// space after it, "2026-11-28T12:34:56.123456789Z ".
///
/// Written by hand rather than with QDateTime::fromString(), which takes a
/// microsecond or two a line: too long for a log of a million lines.
struct LogTimestamp
{
    struct Parsed
    {
        qint64 nanoseconds = 0;  ///< since the Unix epoch, UTC
        qsizetype consumed = 0;  ///< the timestamp and the space after it
    };

    /// The timestamp at the start of line, or nothing when it does not start with one.
    static std::optional<Parsed> parse(QByteArrayView line);

    /// In local time, to the millisecond: "2026-11-28 13:34:56.123".
    static QString toDisplay(qint64 nanoseconds);
};

}  // namespace Hublot::Ui

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace Hublot::Engine {

/// Reads the engine's newline-delimited JSON streams (/events, pull and
/// build progress). Qt parses whole documents only, so the framing is ours:
/// a pure function over the bytes received so far.
struct JsonLinesParser
{
    enum class Status { Complete, Incomplete, Malformed };

    struct Step
    {
        Status status = Status::Incomplete;
        QJsonObject object;  ///< the message, when Complete
        qsizetype consumed = 0;  ///< bytes to drop from the front of the buffer
        QString error;  ///< why, when Malformed
    };

    /// A line longer than this is Malformed rather than buffered for ever.
    static constexpr qsizetype MaxLineLength = 4 * 1024 * 1024;

    /// Parses the first message in buffer. Blank lines before it are
    /// skipped (and counted in consumed). Incomplete until its newline arrives.
    static Step parse(QByteArrayView buffer);
};

}  // namespace Hublot::Engine

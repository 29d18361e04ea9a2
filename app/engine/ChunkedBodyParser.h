// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Hublot::Engine {

/// Reads an HTTP/1.1 chunked body (RFC 9112 section 7.1) on a connection we
/// drive ourselves: each chunk is its size in hex (with optional
/// extensions) and CRLF, its data and CRLF; a chunk of size 0, optional
/// trailer lines and a blank line end the body. Qt's HTTP stack decodes
/// chunks too, but one read call per byte of each size line and one
/// cross-thread signal per chunk, and the engine writes each log line as a
/// chunk of its own. A pure function over bytes.
struct ChunkedBodyParser
{
    enum class Status { Complete, Incomplete, Malformed };

    struct Step
    {
        Status status = Status::Incomplete;
        /// When Complete: the chunk's data, a view into the buffer given to
        /// parse() (nothing is copied); empty for the last chunk.
        QByteArrayView data;
        qsizetype consumed = 0;  ///< when Complete: the whole chunk, or the end of the body
        bool last = false;  ///< when Complete: the chunk of size 0 and the trailers, which end the body
        QString error;  ///< why, when Malformed
    };

    /// A size line or a trailer line longer than this is Malformed rather
    /// than buffered for ever.
    static constexpr qsizetype MaxLineLength = 4096;
    /// A chunk announcing more data than this is Malformed: the engine
    /// writes chunks of a few tens of kilobytes.
    static constexpr qsizetype MaxChunkSize = 64 * 1024 * 1024;

    /// Parses the chunk at the start of buffer.
    static Step parse(QByteArrayView buffer);
};

}  // namespace Hublot::Engine

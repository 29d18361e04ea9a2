// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/StdStream.h"

#include <QByteArrayView>
#include <QString>

namespace Hublot::Engine {

/// Reads Docker's multiplexed stdout/stderr framing (exec and attach without
/// a TTY, logs of a container without one): an 8-byte header (the stream
/// type 0, 1 or 2, three zero bytes, the payload's length as a big-endian
/// 32-bit number) and then the payload. A pure function over bytes.
struct MultiplexedStreamParser
{
    enum class Status { Complete, Incomplete, Malformed };

    struct Step
    {
        Status status = Status::Incomplete;
        StdStream stream = StdStream::Stdout;  ///< when Complete
        /// When Complete: the payload, a view into the buffer given to
        /// parse() (nothing is copied), valid while that buffer is.
        QByteArrayView payload;
        qsizetype consumed = 0;  ///< when Complete: header and payload
        /// When Incomplete: how many bytes the whole frame needs once its
        /// header is in (else 0), so that a caller can reserve them once.
        qsizetype frameSize = 0;
        QString error;  ///< why, when Malformed
    };

    static constexpr qsizetype HeaderSize = 8;
    /// A frame announcing a longer payload is Malformed rather than
    /// buffered: the engine writes frames of a few tens of kilobytes.
    static constexpr qsizetype MaxPayloadSize = 64 * 1024 * 1024;

    /// Parses the frame at the start of buffer.
    static Step parse(QByteArrayView buffer);
};

}  // namespace Hublot::Engine

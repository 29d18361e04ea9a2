// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace Hublot::Engine {

/// Reads the head of an HTTP/1.x response (status line and headers, up to
/// the blank line) from the bytes received so far on a socket we drive
/// ourselves: the hijacked exec and attach connections, which Qt's HTTP
/// stack cannot carry. A pure function over bytes.
struct HttpResponseHeadParser
{
    enum class Status { Complete, Incomplete, Malformed };

    struct Step
    {
        Status status = Status::Incomplete;
        int statusCode = 0;  ///< when Complete
        QByteArray reason;  ///< when Complete: "Switching Protocols"
        QList<std::pair<QByteArray, QByteArray>> headers;  ///< when Complete, in order, values trimmed
        qsizetype consumed = 0;  ///< when Complete: the head's length, blank line included
        QString error;  ///< why, when Malformed

        /// The first header named name (compared without case), or a null array.
        [[nodiscard]] QByteArray header(QByteArrayView name) const;
    };

    /// A head longer than this is Malformed rather than buffered for ever.
    static constexpr qsizetype MaxHeadSize = 64 * 1024;

    /// Parses the head at the start of buffer. Incomplete until the blank
    /// line arrives; Malformed as soon as the bytes cannot start a response.
    static Step parse(QByteArrayView buffer);
};

}  // namespace Hublot::Engine

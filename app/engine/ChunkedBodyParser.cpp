// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ChunkedBodyParser.h"

namespace Hublot::Engine {

namespace {

ChunkedBodyParser::Step malformed(const QString &why)
{
    ChunkedBodyParser::Step step;
    step.status = ChunkedBodyParser::Status::Malformed;
    step.error = why;
    return step;
}

// How long a line is at least, when its CRLF is not in yet: a CR at the
// end may be the start of it.
qsizetype lineSoFar(QByteArrayView line)
{
    return line.endsWith('\r') ? line.size() - 1 : line.size();
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

}  // namespace

ChunkedBodyParser::Step ChunkedBodyParser::parse(QByteArrayView buffer)
{
    // The size: hex digits, then nothing, an extension (";name=value") or
    // the spaces some servers put before one.
    qsizetype size = 0;
    qsizetype digits = 0;
    for (; digits < buffer.size(); ++digits) {
        const int digit = hexDigit(buffer[digits]);
        if (digit < 0)
            break;
        size = size * 16 + digit;
        if (size > MaxChunkSize)
            return malformed(QStringLiteral("a chunk of more than %1 bytes").arg(MaxChunkSize));
    }
    if (digits == buffer.size()) {
        if (digits > MaxLineLength)
            return malformed(QStringLiteral("a chunk size line longer than %1 bytes").arg(MaxLineLength));
        return {};
    }
    if (digits == 0)
        return malformed(QStringLiteral("a chunk that does not start with its size"));
    const char after = buffer[digits];
    if (after != '\r' && after != ';' && after != ' ' && after != '\t')
        return malformed(QStringLiteral("a chunk size followed by '%1'").arg(QLatin1Char(after)));

    // The line ends at its first CR, which must come with its LF.
    const qsizetype lineEnd = buffer.indexOf('\r', digits);
    if (lineEnd < 0 || lineEnd == buffer.size() - 1) {
        if (lineSoFar(buffer) > MaxLineLength)
            return malformed(QStringLiteral("a chunk size line longer than %1 bytes").arg(MaxLineLength));
        return {};
    }
    if (buffer[lineEnd + 1] != '\n')
        return malformed(QStringLiteral("a chunk size line with a CR inside"));
    if (lineEnd > MaxLineLength)
        return malformed(QStringLiteral("a chunk size line longer than %1 bytes").arg(MaxLineLength));
    const qsizetype dataStart = lineEnd + 2;

    Step step;
    if (size > 0) {
        if (buffer.size() < dataStart + size + 2)
            return {};
        if (buffer[dataStart + size] != '\r' || buffer[dataStart + size + 1] != '\n')
            return malformed(QStringLiteral("a chunk whose data is not followed by CRLF"));
        step.status = Status::Complete;
        step.data = buffer.sliced(dataStart, size);
        step.consumed = dataStart + size + 2;
        return step;
    }

    // The last chunk: trailer lines, if any, up to a blank line.
    qsizetype lineStart = dataStart;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n", lineStart);
        if (end < 0) {
            if (lineSoFar(buffer.sliced(lineStart)) > MaxLineLength)
                return malformed(QStringLiteral("a trailer line longer than %1 bytes").arg(MaxLineLength));
            return {};
        }
        if (end - lineStart > MaxLineLength)
            return malformed(QStringLiteral("a trailer line longer than %1 bytes").arg(MaxLineLength));
        if (end == lineStart) {
            step.status = Status::Complete;
            step.last = true;
            step.consumed = end + 2;
            return step;
        }
        lineStart = end + 2;
    }
}

}  // namespace Hublot::Engine

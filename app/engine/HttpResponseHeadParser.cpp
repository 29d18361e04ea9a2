// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/HttpResponseHeadParser.h"

#include <algorithm>

namespace Hublot::Engine {

namespace {

constexpr QByteArrayView Version = "HTTP/1.";

HttpResponseHeadParser::Step malformed(const QString &why)
{
    HttpResponseHeadParser::Step step;
    step.status = HttpResponseHeadParser::Status::Malformed;
    step.error = why;
    return step;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 9110 token characters, which a header name is made of.
bool isTokenChar(char c)
{
    if (isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

}  // namespace

QByteArray HttpResponseHeadParser::Step::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponseHeadParser::Step HttpResponseHeadParser::parse(QByteArrayView buffer)
{
    // Refuse what cannot be a response as soon as its first bytes are in,
    // rather than waiting for a blank line that may never come.
    const qsizetype prefix = std::min(buffer.size(), Version.size());
    if (buffer.first(prefix) != Version.first(prefix))
        return malformed(QStringLiteral("not an HTTP/1 response"));

    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > MaxHeadSize) {
        if (end >= 0 || buffer.size() > MaxHeadSize)
            return malformed(QStringLiteral("a response head longer than %1 bytes").arg(MaxHeadSize));
        return {};
    }

    Step step;
    const QByteArrayView head = buffer.first(end);
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    // "HTTP/1.1 101 Switching Protocols": version digit, space, three digits, then a space or nothing.
    if (statusLine.size() < 12 || !isDigit(statusLine[7]) || statusLine[8] != ' ' || !isDigit(statusLine[9])
        || !isDigit(statusLine[10]) || !isDigit(statusLine[11]) || (statusLine.size() > 12 && statusLine[12] != ' '))
        return malformed(QStringLiteral("a malformed status line"));
    step.statusCode = (statusLine[9] - '0') * 100 + (statusLine[10] - '0') * 10 + (statusLine[11] - '0');
    if (statusLine.size() > 13)
        step.reason = statusLine.sliced(13).toByteArray();

    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line = lineEnd < 0 ? head.sliced(start) : head.sliced(start, lineEnd - start);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return malformed(QStringLiteral("a header line without a name"));
        const QByteArrayView name = line.first(colon);
        if (!std::all_of(name.begin(), name.end(), isTokenChar))
            return malformed(QStringLiteral("a header name with a character a name cannot hold"));
        step.headers.append({name.toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }

    step.status = Status::Complete;
    step.consumed = end + 4;
    return step;
}

}  // namespace Hublot::Engine

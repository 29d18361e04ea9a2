// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/JsonLinesParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Hublot::Engine {

JsonLinesParser::Step JsonLinesParser::parse(QByteArrayView buffer)
{
    Step step;
    qsizetype start = 0;
    while (start < buffer.size() && (buffer[start] == '\n' || buffer[start] == '\r'))
        ++start;
    const qsizetype newline = buffer.indexOf('\n', start);
    if (newline < 0) {
        step.consumed = start;
        if (buffer.size() - start > MaxLineLength) {
            step.status = Status::Malformed;
            step.error = QStringLiteral("a message longer than %1 bytes").arg(MaxLineLength);
        }
        return step;
    }
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(buffer.sliced(start, newline - start).toByteArray(), &parseError);
    step.consumed = newline + 1;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        step.status = Status::Malformed;
        step.error = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : QStringLiteral("a message that is not a JSON object");
        return step;
    }
    step.status = Status::Complete;
    step.object = document.object();
    return step;
}

}  // namespace Hublot::Engine

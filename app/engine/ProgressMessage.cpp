// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ProgressMessage.h"

#include "engine/JsonLinesParser.h"

namespace Hublot::Engine {

ProgressMessage ProgressMessage::fromJson(const QJsonObject &json)
{
    ProgressMessage m;
    m.id = json.value(u"id").toString();
    m.status = json.value(u"status").toString();
    const QJsonObject detail = json.value(u"progressDetail").toObject();
    if (detail.contains(u"current"))
        m.current = detail.value(u"current").toInteger();
    if (detail.contains(u"total"))
        m.total = detail.value(u"total").toInteger();
    m.error = json.value(u"errorDetail").toObject().value(u"message").toString();
    if (m.error.isEmpty())
        m.error = json.value(u"error").toString();
    m.aux = json.value(u"aux").toObject();
    return m;
}

ProgressMessage::Step ProgressMessage::parse(QByteArrayView buffer, ProgressMessage &message)
{
    const JsonLinesParser::Step line = JsonLinesParser::parse(buffer);
    Step step;
    step.consumed = line.consumed;
    step.error = line.error;
    switch (line.status) {
    case JsonLinesParser::Status::Incomplete: step.status = Status::Incomplete; break;
    case JsonLinesParser::Status::Malformed: step.status = Status::Malformed; break;
    case JsonLinesParser::Status::Complete:
        step.status = Status::Complete;
        message = fromJson(line.object);
        break;
    }
    return step;
}

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/DockerEvent.h"
#include "engine/JsonLinesParser.h"

using Hublot::Engine::DockerEvent;
using Hublot::Engine::JsonLinesParser;

// The /events stream as EventStream reads it: JSON lines, each an event.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = Hublot::Fuzz::bytesOf(data, size);
    qsizetype offset = 0;
    for (;;) {
        const JsonLinesParser::Step step = JsonLinesParser::parse(input.sliced(offset));
        if (step.status != JsonLinesParser::Status::Complete)
            break;
        offset += step.consumed;
        const DockerEvent event = DockerEvent::fromJson(step.object);
        HUBLOT_FUZZ_CHECK(event == DockerEvent::fromJson(step.object));
        HUBLOT_FUZZ_CHECK(event.attributes.size()
                          <= step.object.value(u"Actor").toObject().value(u"Attributes").toObject().size());
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/JsonLinesParser.h"

#include <QByteArray>
#include <QList>

using Hublot::Engine::JsonLinesParser;
using Status = JsonLinesParser::Status;

namespace {

struct Parsed
{
    QList<QJsonObject> objects;
    Status last = Status::Incomplete;
};

qsizetype drain(QByteArrayView buffer, Parsed &parsed)
{
    qsizetype offset = 0;
    for (;;) {
        const QByteArrayView rest = buffer.sliced(offset);
        const JsonLinesParser::Step step = JsonLinesParser::parse(rest);
        parsed.last = step.status;
        HUBLOT_FUZZ_CHECK(step.consumed >= 0 && step.consumed <= rest.size());
        if (step.status == Status::Malformed) {
            HUBLOT_FUZZ_CHECK(!step.error.isEmpty());
            return offset;
        }
        if (step.status == Status::Incomplete) {
            // Only blank lines may be dropped before a message is whole.
            for (char c : rest.first(step.consumed))
                HUBLOT_FUZZ_CHECK(c == '\n' || c == '\r');
            HUBLOT_FUZZ_CHECK(!rest.sliced(step.consumed).contains('\n'));
            return offset + step.consumed;
        }
        HUBLOT_FUZZ_CHECK(step.consumed > 0 && rest[step.consumed - 1] == '\n');
        parsed.objects.append(step.object);
        offset += step.consumed;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [chunk, input] = Hublot::Fuzz::cutOf(Hublot::Fuzz::bytesOf(data, size));

    Parsed whole;
    drain(input, whole);

    Parsed pieces;
    QByteArray buffer;
    for (qsizetype at = 0; at < input.size() && pieces.last != Status::Malformed; at += chunk) {
        buffer.append(input.sliced(at, std::min(chunk, input.size() - at)));
        buffer.remove(0, drain(buffer, pieces));
    }

    HUBLOT_FUZZ_CHECK(pieces.objects == whole.objects);
    HUBLOT_FUZZ_CHECK(pieces.last == whole.last);
    return 0;
}

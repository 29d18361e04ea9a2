// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/ChunkedBodyParser.h"

#include <QByteArray>

using Hublot::Engine::ChunkedBodyParser;
using Status = ChunkedBodyParser::Status;

namespace {

struct Parsed
{
    QByteArray body;
    Status last = Status::Incomplete;
    bool ended = false;
};

qsizetype drain(QByteArrayView buffer, Parsed &parsed)
{
    qsizetype offset = 0;
    while (!parsed.ended) {
        const QByteArrayView rest = buffer.sliced(offset);
        const ChunkedBodyParser::Step step = ChunkedBodyParser::parse(rest);
        parsed.last = step.status;
        if (step.status == Status::Malformed) {
            HUBLOT_FUZZ_CHECK(!step.error.isEmpty());
            break;
        }
        if (step.status == Status::Incomplete)
            break;
        HUBLOT_FUZZ_CHECK(step.consumed > step.data.size() && step.consumed <= rest.size());
        HUBLOT_FUZZ_CHECK(
            step.data.isEmpty()
            || (step.data.data() > rest.data() && step.data.data() + step.data.size() <= rest.data() + rest.size()));
        HUBLOT_FUZZ_CHECK(step.last == step.data.isEmpty());
        HUBLOT_FUZZ_CHECK(step.data.size() <= ChunkedBodyParser::MaxChunkSize);
        parsed.body.append(step.data);
        parsed.ended = step.last;
        offset += step.consumed;
    }
    return offset;
}

}  // namespace

// A chunked body as HijackedConnection reads it, whole and in pieces: the
// same data must come out, and the same verdict.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [chunk, input] = Hublot::Fuzz::cutOf(Hublot::Fuzz::bytesOf(data, size));

    Parsed whole;
    drain(input, whole);

    Parsed pieces;
    QByteArray buffer;
    for (qsizetype at = 0; at < input.size() && pieces.last != Status::Malformed && !pieces.ended; at += chunk) {
        buffer.append(input.sliced(at, std::min(chunk, input.size() - at)));
        buffer.remove(0, drain(buffer, pieces));
    }

    HUBLOT_FUZZ_CHECK(pieces.body == whole.body);
    HUBLOT_FUZZ_CHECK(pieces.ended == whole.ended);
    HUBLOT_FUZZ_CHECK(pieces.last == whole.last);
    return 0;
}

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/MultiplexedStreamParser.h"

#include <QByteArray>
#include <QList>

#include <utility>

using Hublot::Engine::MultiplexedStreamParser;
using Hublot::Engine::StdStream;
using Status = MultiplexedStreamParser::Status;

namespace {

struct Parsed
{
    QList<std::pair<StdStream, QByteArray>> frames;
    Status last = Status::Incomplete;
    qsizetype remainder = 0;
};

// Takes every complete frame out of buffer, checking each step; returns
// how many bytes were used.
qsizetype drain(QByteArrayView buffer, Parsed &parsed)
{
    qsizetype offset = 0;
    for (;;) {
        const QByteArrayView rest = buffer.sliced(offset);
        const MultiplexedStreamParser::Step step = MultiplexedStreamParser::parse(rest);
        parsed.last = step.status;
        if (step.status == Status::Malformed) {
            HUBLOT_FUZZ_CHECK(!step.error.isEmpty());
            return offset;
        }
        if (step.status == Status::Incomplete) {
            HUBLOT_FUZZ_CHECK(step.frameSize == 0 || step.frameSize > rest.size());
            HUBLOT_FUZZ_CHECK(step.frameSize
                              <= MultiplexedStreamParser::HeaderSize + MultiplexedStreamParser::MaxPayloadSize);
            return offset;
        }
        HUBLOT_FUZZ_CHECK(step.consumed == MultiplexedStreamParser::HeaderSize + step.payload.size());
        HUBLOT_FUZZ_CHECK(step.consumed <= rest.size());
        HUBLOT_FUZZ_CHECK(step.payload.data() == rest.data() + MultiplexedStreamParser::HeaderSize);
        HUBLOT_FUZZ_CHECK(int(step.stream) >= 0 && int(step.stream) <= 2);
        parsed.frames.append({step.stream, step.payload.toByteArray()});
        offset += step.consumed;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [chunk, input] = Hublot::Fuzz::cutOf(Hublot::Fuzz::bytesOf(data, size));

    Parsed whole;
    whole.remainder = input.size() - drain(input, whole);

    // The same bytes as a stream reads them: a piece at a time, keeping
    // only what is not parsed yet.
    Parsed pieces;
    QByteArray buffer;
    for (qsizetype at = 0; at < input.size() && pieces.last != Status::Malformed; at += chunk) {
        buffer.append(input.sliced(at, std::min(chunk, input.size() - at)));
        buffer.remove(0, drain(buffer, pieces));
    }
    pieces.remainder = buffer.size();

    HUBLOT_FUZZ_CHECK(pieces.frames == whole.frames);
    HUBLOT_FUZZ_CHECK(pieces.last == whole.last);
    if (whole.last != Status::Malformed)
        HUBLOT_FUZZ_CHECK(pieces.remainder == whole.remainder);
    return 0;
}

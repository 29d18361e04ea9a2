// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/HttpResponseHeadParser.h"

using Hublot::Engine::HttpResponseHeadParser;
using Status = HttpResponseHeadParser::Status;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = Hublot::Fuzz::bytesOf(data, size);
    const HttpResponseHeadParser::Step step = HttpResponseHeadParser::parse(bytes);
    if (step.status == Status::Malformed) {
        HUBLOT_FUZZ_CHECK(!step.error.isEmpty());
        return 0;
    }
    if (step.status == Status::Incomplete) {
        HUBLOT_FUZZ_CHECK(bytes.size() <= HttpResponseHeadParser::MaxHeadSize);
        return 0;
    }
    HUBLOT_FUZZ_CHECK(step.consumed >= 16 && step.consumed <= bytes.size());
    HUBLOT_FUZZ_CHECK(step.consumed <= HttpResponseHeadParser::MaxHeadSize);
    HUBLOT_FUZZ_CHECK(bytes.first(step.consumed).endsWith("\r\n\r\n"));
    HUBLOT_FUZZ_CHECK(step.statusCode >= 0 && step.statusCode <= 999);
    for (const auto &[name, value] : step.headers) {
        HUBLOT_FUZZ_CHECK(!name.isEmpty());
        HUBLOT_FUZZ_CHECK(!step.header(name).isNull());
        HUBLOT_FUZZ_CHECK(value == value.trimmed());
    }
    // What follows the head is the stream's, not the head's: the same head
    // parses the same alone, and one byte short of its blank line it is
    // still coming.
    const HttpResponseHeadParser::Step alone = HttpResponseHeadParser::parse(bytes.first(step.consumed));
    HUBLOT_FUZZ_CHECK(alone.status == Status::Complete);
    HUBLOT_FUZZ_CHECK(alone.consumed == step.consumed && alone.statusCode == step.statusCode);
    HUBLOT_FUZZ_CHECK(alone.headers == step.headers && alone.reason == step.reason);
    HUBLOT_FUZZ_CHECK(HttpResponseHeadParser::parse(bytes.first(step.consumed - 1)).status == Status::Incomplete);
    return 0;
}

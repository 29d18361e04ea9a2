// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/ContainerStats.h"
#include "engine/JsonLinesParser.h"

#include <cmath>

using Hublot::Engine::ContainerStats;
using Hublot::Engine::JsonLinesParser;
using Hublot::Engine::StatsSample;

// The stats stream as StatsStream reads it: JSON lines, each a sample that
// becomes one line of `docker stats`.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = Hublot::Fuzz::bytesOf(data, size);
    qsizetype offset = 0;
    for (;;) {
        const JsonLinesParser::Step step = JsonLinesParser::parse(input.sliced(offset));
        if (step.status != JsonLinesParser::Status::Complete)
            break;
        offset += step.consumed;
        const StatsSample sample = StatsSample::fromJson(step.object);
        const ContainerStats stats = ContainerStats::fromSample(sample);
        HUBLOT_FUZZ_CHECK(std::isfinite(stats.cpuPercent) && stats.cpuPercent >= 0);
        HUBLOT_FUZZ_CHECK(std::isfinite(stats.memoryPercent) && stats.memoryPercent >= 0);
        HUBLOT_FUZZ_CHECK(stats.memoryUsage <= sample.memoryUsage);
        HUBLOT_FUZZ_CHECK(!stats.name.startsWith(u'/') || sample.name.startsWith(u"//"));
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/ProgressMessage.h"
#include "engine/PullProgress.h"

using Hublot::Engine::ProgressMessage;
using Hublot::Engine::PullProgress;
using Status = ProgressMessage::Status;

// A pull's progress stream as ImagePull reads it: message after message
// into a PullProgress, whose figures a progress bar shows.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = Hublot::Fuzz::bytesOf(data, size);
    PullProgress progress;
    qsizetype offset = 0;
    int messages = 0;
    for (;;) {
        ProgressMessage message;
        const ProgressMessage::Step step = ProgressMessage::parse(input.sliced(offset), message);
        HUBLOT_FUZZ_CHECK(step.consumed >= 0 && step.consumed <= input.size() - offset);
        if (step.status != Status::Complete)
            break;
        HUBLOT_FUZZ_CHECK(step.consumed > 0);
        offset += step.consumed;
        progress.apply(message);
        ++messages;

        HUBLOT_FUZZ_CHECK(progress.messageCount() == messages);
        HUBLOT_FUZZ_CHECK(progress.currentBytes() >= 0);
        HUBLOT_FUZZ_CHECK(progress.currentBytes() <= progress.totalBytes());
        for (const PullProgress::Layer &layer : progress.layers()) {
            HUBLOT_FUZZ_CHECK(!layer.id.isEmpty());
            HUBLOT_FUZZ_CHECK(progress.layer(layer.id) == &layer);
            HUBLOT_FUZZ_CHECK(layer.current >= 0 && layer.total >= 0);
        }
    }
    return 0;
}

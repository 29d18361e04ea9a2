// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "engine/SshFailure.h"

using Hublot::Engine::EngineError;
using Hublot::Engine::SshFailure;

// What ssh (or the remote shell and docker) wrote to stderr before exiting;
// the first byte is the exit code.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int exitCode = data[0];
    const QByteArrayView standardError = Hublot::Fuzz::bytesOf(data + 1, size - 1);
    const EngineError error = SshFailure::classify(exitCode, standardError);
    const QString message = SshFailure::message(standardError);
    HUBLOT_FUZZ_CHECK(error.engineMessage == message);
    HUBLOT_FUZZ_CHECK(!message.contains(u'\r'));
    HUBLOT_FUZZ_CHECK(SshFailure::classify(exitCode, standardError).kind == error.kind);
    return 0;
}

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCheck.h"

#include "ui/RunCommand.h"
#include "ui/ShellWords.h"

using Hublot::Ui::RunCommand;
using Hublot::Ui::ShellWords;

// A pasted docker run command, as bytes. What parses must come back the
// same through the command line Hublot writes for it, in every layout; each
// word the splitter gives must come back the same through its quoting.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(Hublot::Fuzz::bytesOf(data, size));
    const ShellWords::Split split = ShellWords::split(text);
    if (split.status == ShellWords::Status::Ok) {
        for (const QString &word : split.words) {
            const ShellWords::Split again = ShellWords::split(ShellWords::quote(word));
            HUBLOT_FUZZ_CHECK(again.status == ShellWords::Status::Ok);
            HUBLOT_FUZZ_CHECK(again.words == QStringList {word});
        }
    }
    const RunCommand::Parsed parsed = RunCommand::parse(text);
    HUBLOT_FUZZ_CHECK(parsed.spec.has_value() == parsed.error.isEmpty());
    if (!parsed.spec)
        return 0;
    for (auto layout : {RunCommand::Layout::OneLine, RunCommand::Layout::Split, RunCommand::Layout::Auto}) {
        const RunCommand::Parsed again = RunCommand::parse(RunCommand::toCommand(*parsed.spec, layout));
        HUBLOT_FUZZ_CHECK(again.spec.has_value());
        HUBLOT_FUZZ_CHECK(*again.spec == *parsed.spec);
    }
    return 0;
}

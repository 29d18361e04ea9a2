// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Hublot::Engine {

/// The value of an operation that succeeds with nothing to tell
/// (start, stop, remove): Result<Done>.
struct Done
{
    bool operator==(const Done &) const = default;
};

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Hublot::Engine {

/// Which standard stream of a container process bytes belong to. The values
/// are the stream types of Docker's multiplexed framing.
enum class StdStream { Stdin = 0, Stdout = 1, Stderr = 2 };

}  // namespace Hublot::Engine

// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"

#include <QByteArrayView>

namespace Hublot::Engine {

/// Reads why an `ssh ... docker system dial-stdio` run failed from its exit
/// code and what it wrote to stderr: a pure function over bytes.
class SshFailure final
{
public:
    /// The typed error for a run that ended with exitCode before carrying any
    /// byte of the engine's; engineMessage is ssh's (or the remote docker's)
    /// own message, without carriage returns and ssh's advisory banners.
    static EngineError classify(int exitCode, QByteArrayView standardError);

    /// The message classify() keeps from stderr.
    static QString message(QByteArrayView standardError);
};

}  // namespace Hublot::Engine

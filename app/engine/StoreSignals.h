// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"
#include "engine/StoreChange.h"

#include <QObject>

namespace Hublot::Engine {

/// The signals of every ResourceStore. A class template cannot declare
/// signals itself, so the stores share this base.
class StoreSignals : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreSignals)

public:
    using QObject::QObject;

Q_SIGNALS:
    /// Emitted after a refresh that changed something; the store already
    /// holds the new snapshot. The first successful refresh emits it even
    /// when the engine has nothing, so views can leave their loading state.
    void changed(const Hublot::Engine::StoreChange &change);

    /// Emitted when a refresh failed; the store keeps its last snapshot.
    void refreshFailed(const Hublot::Engine::EngineError &error);
};

}  // namespace Hublot::Engine

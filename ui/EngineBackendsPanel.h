// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Hublot::Engine {
class ManagedEngine;
}

namespace Hublot::Ui {

/// Where the engine Hublot shows runs (the backend manager): an engine
/// Hublot starts on this computer, one in a virtual machine, or another
/// engine (a Docker context, a remote host) chosen in *Connect to an Engine*.
/// Shown on the Engine page, and on the page that says no engine answers.
class EngineBackendsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineBackendsPanel)

public:
    /// name prefixes the children's objectNames, so that two panels (one
    /// per page) can be told apart.
    EngineBackendsPanel(Engine::ManagedEngine *local, Engine::ManagedEngine *vm, const QString &name,
                        QWidget *parent = nullptr);

Q_SIGNALS:
    /// The user wants another engine: a context, or an address.
    void connectElsewhereRequested();
};

}  // namespace Hublot::Ui
